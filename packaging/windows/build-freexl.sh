#!/usr/bin/env bash
# build-freexl.sh PREFIX : cross-builds FreeXL 1.0.6 (old .xls workbooks, issue 13) for 64-bit
# Windows into the mingw prefix PREFIX (the Qt prefix, /opt/qt6-mingw): bin/libfreexl-1.dll,
# lib/libfreexl.dll.a, include/freexl.h, lib/pkgconfig/freexl.pc (the toolchain's pkg-config
# looks there, and deploy.sh finds the DLL in PREFIX/bin). Done once: a prefix that has the
# .pc of this version and these patches is left alone.
# The source is Debian's (the .orig tarball of freexl 1.0.6-2 from deb.debian.org, checked
# against its SHA-256), with the patches of packaging/freexl applied after that check (the Linux
# build applies the same ones, packaging/freexl/freexl.cmake); mingw-w64 has no iconv, so
# freexl/iconv_win32.c converts through Windows' code pages instead.
set -euo pipefail
prefix=$1
version=1.0.6
sha256=3de8b57a3d130cb2881ea52d3aa9ce1feedb1b57b7daa4eb37f751404f90fc22
url="http://deb.debian.org/debian/pool/main/f/freexl/freexl_${version}.orig.tar.gz"
here="$(cd "$(dirname "$0")" && pwd)"
patches=("$here/../freexl/dir-entry-name-length.patch" "$here/../freexl/worksheet-visibility.patch")
cc=x86_64-w64-mingw32-gcc-posix
# Which patches the prefix's FreeXL has: a DLL built before a patch was added is built again.
patched=$(cat "${patches[@]}" | sha256sum | cut -c1-16)

if grep -qs "^Version: $version\$" "$prefix/lib/pkgconfig/freexl.pc" \
    && grep -qs "^lengkap_patches=$patched\$" "$prefix/lib/pkgconfig/freexl.pc" \
    && [ -f "$prefix/bin/libfreexl-1.dll" ]; then
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball="$prefix/src/freexl_${version}.orig.tar.gz" # kept beside the prefix for the next build
if ! echo "$sha256  $tarball" | sha256sum -c --status 2>/dev/null; then
    mkdir -p "$prefix/src"
    curl -fsSL --retry 3 -o "$work/freexl.tar.gz" "$url" || { echo "freexl: cannot download $url" >&2; exit 1; }
    echo "$sha256  $work/freexl.tar.gz" | sha256sum -c --status \
        || { echo "freexl: $url does not have the expected SHA-256" >&2; exit 1; }
    mv "$work/freexl.tar.gz" "$tarball"
fi
tar -C "$work" -xzf "$tarball"
src="$work/freexl-$version"
for p in "${patches[@]}"; do
    patch -d "$src" -p1 --forward --batch -s -i "$p" || { echo "freexl: $p does not apply" >&2; exit 1; }
done
"$cc" -O2 -DDLL_EXPORT -I"$here/freexl" -I"$src/headers" -c "$src/src/freexl.c" -o "$work/freexl.o"
"$cc" -O2 -Wall -I"$here/freexl" -c "$here/freexl/iconv_win32.c" -o "$work/iconv_win32.o"
mkdir -p "$prefix/bin" "$prefix/lib/pkgconfig" "$prefix/include"
"$cc" -shared -o "$prefix/bin/libfreexl-1.dll" "$work/freexl.o" "$work/iconv_win32.o" \
    -Wl,--out-implib,"$prefix/lib/libfreexl.dll.a" -static-libgcc
cp "$src/headers/freexl.h" "$prefix/include/"
cat > "$prefix/lib/pkgconfig/freexl.pc" <<PC
prefix=$prefix
lengkap_patches=$patched
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: freexl
Description: read old Excel (.xls) workbooks (built by Lengkap's packaging/windows/build-freexl.sh)
Version: $version
Libs: -L\${libdir} -lfreexl
Cflags: -I\${includedir}
PC
echo "freexl: $version built into $prefix"
