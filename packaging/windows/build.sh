#!/usr/bin/env bash
# Cross-builds Lengkap for 64-bit Windows on Debian 12 with mingw-w64 (posix threads) and a Qt
# 6.4.2 prefix for mingw, then makes what an officer installs:
#   build/windows/Lengkap-<version>-win64-setup.exe      per-user installer (no admin rights)
#   build/windows/Lengkap-<version>-win64-portable.zip   unzip and run; data stays beside it
# The Qt prefix: $LENGKAP_MINGW_PREFIX, else /opt/qt6-mingw, else the prebuilt tarball
# ../shared/toolchains/qt6.4.2-mingw-w64-x86_64.tar.xz (or $LENGKAP_MINGW_TARBALL) unpacked
# under /opt. Without any of them it stops and says what is missing.
#   bash packaging/windows/build.sh            build, deploy, installer, portable zip
#   bash packaging/windows/build.sh --check    only say whether a Windows build can be made here
set -euo pipefail
cd "$(dirname "$0")/../.."
source_dir=$PWD
build_dir="${LENGKAP_WINDOWS_BUILD:-$source_dir/build/windows}"
tarball="${LENGKAP_MINGW_TARBALL:-$source_dir/../shared/toolchains/qt6.4.2-mingw-w64-x86_64.tar.xz}"

say() { echo "windows: $*"; }
die() { echo "windows: $*" >&2; exit 1; }

find_prefix() {
    local candidate
    for candidate in "${LENGKAP_MINGW_PREFIX:-}" /opt/qt6-mingw; do
        if [ -n "$candidate" ] && [ -x "$candidate/bin/qt-cmake" ] \
            && [ -f "$candidate/lib/cmake/mingw-w64-x86_64.cmake" ]; then
            echo "$candidate"
            return 0
        fi
    done
    if [ -n "${LENGKAP_MINGW_PREFIX:-}" ]; then
        die "LENGKAP_MINGW_PREFIX=$LENGKAP_MINGW_PREFIX holds no Qt for mingw (bin/qt-cmake and lib/cmake/mingw-w64-x86_64.cmake missing)"
    fi
    return 1
}

if [ "${1:-}" = "--check" ]; then
    if find_prefix >/dev/null || [ -f "$tarball" ]; then exit 0; fi
    exit 1
fi

prefix=$(find_prefix) || {
    [ -f "$tarball" ] || die "no Qt for mingw: set LENGKAP_MINGW_PREFIX to a Qt 6.4.2 prefix built for x86_64-w64-mingw32, or put qt6.4.2-mingw-w64-x86_64.tar.xz at $tarball (see packaging/windows/README.md)"
    say "unpacking $(basename "$tarball") under /opt"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo tar -C /opt -xJf "$tarball"
    prefix=$(find_prefix) || die "the tarball did not give /opt/qt6-mingw"
}
say "Qt for mingw: $prefix"

# The cross compiler, the host's Qt tools (moc, rcc, uic, lrelease: Debian's Qt 6.4.2, the same
# version), the installer maker, and wine to test what was built.
packages=(
    cmake ninja-build pkgconf
    g++-mingw-w64-x86-64-posix mingw-w64-tools libz-mingw-w64-dev binutils-mingw-w64-x86-64
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    nsis wine wine64 xvfb imagemagick unzip poppler-utils curl
    libfreexl1 # FreeXL's copyright file, shipped with its DLL
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    say "installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq || die "apt-get update failed: cannot install ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" \
        || die "could not install ${missing[*]}"
fi

# FreeXL for old .xls workbooks, built once into the prefix (its DLL then deploys with Qt's).
sudo=""
[ -w "$prefix" ] || [ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo bash "$source_dir/packaging/windows/build-freexl.sh" "$prefix" || die "could not build FreeXL for mingw"

jobs="$(nproc 2>/dev/null || echo 2)"
"$prefix/bin/qt-cmake" -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DLENGKAP_WERROR=ON -DQT_HOST_PATH=/usr >/dev/null
cmake --build "$build_dir" -j "$jobs"

version=$(sed -n 's/^#define LENGKAP_VERSION "\(.*\)"$/\1/p' "$build_dir/model/lengkapversion.h")
[ -n "$version" ] || die "no version in $build_dir/model/lengkapversion.h"

# The folder an officer gets: the programs, every DLL they load, plugins, licences.
stage="$build_dir/stage/Lengkap"
rm -rf "$build_dir/stage"
bash "$source_dir/packaging/windows/deploy.sh" "$prefix" "$stage" \
    "$build_dir/lengkap.exe" "$build_dir/lengkap-cli.exe" "$build_dir/lengkap-cli-draw.dll"
bash "$source_dir/packaging/windows/licences.sh" "$source_dir" "$stage/licences"
cp "$source_dir/packaging/windows/README-windows.txt" "$stage/README.txt"

# Installer (per user, no admin rights) and portable zip.
setup="$build_dir/Lengkap-$version-win64-setup.exe"
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DSTAGE="$stage" -DOUTFILE="$setup" \
    -DSOURCE="$source_dir" "$source_dir/packaging/windows/lengkap.nsi"
portable_root="$build_dir/portable"
rm -rf "$portable_root"
mkdir -p "$portable_root"
cp -a "$stage" "$portable_root/Lengkap-$version"
cp "$source_dir/packaging/windows/portable.txt" "$portable_root/Lengkap-$version/portable.txt"
zip="$build_dir/Lengkap-$version-win64-portable.zip"
rm -f "$zip"
(cd "$portable_root" && cmake -E tar cf "$zip" --format=zip "Lengkap-$version")

say "built $(basename "$setup") ($(du -h "$setup" | cut -f1)) and $(basename "$zip") ($(du -h "$zip" | cut -f1))"
