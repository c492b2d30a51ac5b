#!/usr/bin/env bash
# Lengkap on a fresh Debian 12 / Ubuntu 24.04 machine, in one command:
#   bash packaging/setup.sh run    install what is missing, build, start on the sample data
#   bash packaging/setup.sh test   install what is missing, build, run the whole test suite
# Needs root or sudo only when packages are missing. Safe to run again.
set -euo pipefail

cd "$(dirname "$0")/.."
mode="${1:-run}"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev qt6-translations-l10n libgl-dev
    libxlsxwriter-dev libquazip1-qt6-dev libfreexl-dev zlib1g-dev libssl-dev libsqlite3-dev
    patch # the patched FreeXL source (packaging/freexl); libfreexl-dev: -DLENGKAP_FREEXL_SYSTEM=ON
    sqlite3 poppler-utils xvfb unzip fonts-dejavu-core
    appstream desktop-file-utils man-db
    postgresql libpq-dev openssl # openssl: the server tests make a certificate (sslmode)
    util-linux mount # setpriv, prlimit, mount: the faults tests (issue 11)
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"
case "$mode" in
run)
    cmake --preset release >/dev/null
    cmake --build --preset release -j "$jobs"
    # The first start fills the database with the national sample data set (DATA CONTOH).
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" = "" ]; then
        echo "No display found: starting under xvfb-run."
        exec xvfb-run -a -s "-screen 0 1366x768x24" build/release/app/lengkap "${@:2}"
    fi
    exec build/release/app/lengkap "${@:2}"
    ;;
test)
    # The Windows build and its wine tests run where a Qt for mingw is at hand (CI has one:
    # packaging/windows/README.md); elsewhere they are left out, and this says so.
    windows=OFF
    if bash packaging/windows/build.sh --check; then
        windows=ON
    else
        echo "Windows build and wine tests left out: no Qt for mingw here (set LENGKAP_MINGW_PREFIX; packaging/windows/README.md)."
    fi
    cmake --preset ci -DLENGKAP_WINDOWS_TESTS="$windows" >/dev/null
    cmake --build --preset ci -j "$jobs"
    if [ "$windows" = ON ]; then
        bash packaging/windows/build.sh
    fi
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    ctest --preset ci -j "$jobs" --label-exclude fuzz
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
