#!/usr/bin/env bash
# licences.sh SOURCE_DIR OUTDIR: the licence texts of everything the Windows build ships, taken
# from the Debian packages the DLLs were built from or with (Qt's own texts are the LGPL ones).
set -euo pipefail
source_dir=$1
out=$2
mkdir -p "$out"
copy() { # copy SOURCE TARGET_NAME: a missing text stops the build, it must not ship without
    [ -f "$1" ] || { echo "licences: $1 is missing" >&2; exit 1; }
    cp "$1" "$out/$2"
}
copy /usr/share/common-licenses/LGPL-3 "Qt-LGPL-3.0.txt"
copy /usr/share/common-licenses/GPL-3 "GPL-3.0.txt"
copy /usr/share/common-licenses/LGPL-2.1 "QuaZip-LGPL-2.1.txt"
copy /usr/share/doc/libquazip1-qt6-1/copyright "QuaZip-copyright.txt"
copy /usr/share/doc/libxlsxwriter4/copyright "libxlsxwriter-copyright.txt"
copy /usr/share/doc/libz-mingw-w64/copyright "zlib-copyright.txt"
copy /usr/share/doc/libfreexl1/copyright "FreeXL-copyright.txt"
copy /usr/share/doc/mingw-w64-common/copyright "mingw-w64-runtime-copyright.txt"
copy /usr/share/doc/gcc-mingw-w64-base/copyright "GCC-runtime-copyright.txt"
copy "$source_dir/resources/wilayah/LICENSE-ODbL.md" "wilayah-ODbL.md"
copy "$source_dir/resources/wilayah/README.md" "wilayah-README.md"
cat > "$out/README.txt" <<'TEXT'
Lengkap ships with these libraries, each under its own licence:

- Qt 6.4.2 (Core, Gui, Widgets, Sql, PrintSupport, Svg, Charts, Core5Compat) and its plugins:
  GNU LGPL 3.0 (Qt-LGPL-3.0.txt, which builds on GPL-3.0.txt). Qt's SQLite driver contains
  SQLite 3.40.1, which is in the public domain. The Qt libraries are separate DLLs that can be
  replaced; their sources are at https://download.qt.io/archive/qt/6.4/6.4.2/.
- QuaZip 1.4: GNU LGPL 2.1 with a static linking exception (QuaZip-*.txt).
- libxlsxwriter 1.1.4 and the minizip it carries: BSD 2-clause and zlib licences
  (libxlsxwriter-copyright.txt).
- zlib 1.2.13: zlib licence (zlib-copyright.txt).
- FreeXL 1.0.6 (libfreexl-1.dll, old .xls workbooks): MPL 1.1, GPL 2 or LGPL 2.1 at your
  choice (FreeXL-copyright.txt); its sources are Debian's freexl_1.0.6.orig.tar.gz.
- The mingw-w64 runtime (libwinpthread-1.dll) and the GCC runtime (libstdc++-6.dll,
  libgcc_s_seh-1.dll): GPL 3 with the GCC Runtime Library Exception, MIT and ZPL
  (mingw-w64-runtime-copyright.txt, GCC-runtime-copyright.txt).
- Province, district and kecamatan names: Open Database License (wilayah-ODbL.md,
  wilayah-README.md).
TEXT
