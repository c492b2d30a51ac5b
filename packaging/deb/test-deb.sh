#!/usr/bin/env bash
# test-deb.sh [BUILD_DIR]: build the .deb from a Linux build folder (default build/ci), check its
# metadata, install it with apt on this machine, use the installed copy as a user would, and
# remove it again. Needs root (or sudo) for apt.
set -euo pipefail
cd "$(dirname "$0")/../.."
source_dir=$PWD
build_dir="$(realpath "${1:-build/ci}")"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
say() { echo "deb: $*"; }
die() { echo "deb: FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb apt-get appstreamcli desktop-file-validate pdfinfo unzip python3; do
    command -v "$tool" >/dev/null || die "$tool is missing (packaging/setup.sh installs it)"
done
[ -x "$build_dir/cli/lengkap-cli" ] || die "no build in $build_dir"
version=$(sed -n 's/^#define LENGKAP_VERSION "\(.*\)"$/\1/p' "$build_dir/model/lengkapversion.h")

appstreamcli validate --no-net "$source_dir/packaging/io.github.lengkap.Lengkap.metainfo.xml" >/dev/null \
    || die "appstreamcli: $(appstreamcli validate --no-net "$source_dir/packaging/io.github.lengkap.Lengkap.metainfo.xml")"
grep -q "<release version=\"$version\"" "$source_dir/packaging/io.github.lengkap.Lengkap.metainfo.xml" \
    || die "the metainfo names no release $version"
desktop-file-validate "$source_dir/packaging/lengkap.desktop" || die "desktop-file-validate"

work=$(mktemp -d)
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        DEBIAN_FRONTEND=noninteractive $sudo apt-get remove --purge -y -qq lengkap >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

(cd "$build_dir" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) || die "cpack: $(tail -n 20 "$work/cpack.log")"
deb=$(find "$work/package" -maxdepth 1 -name 'lengkap_*.deb' | head -n 1)
[ -n "$deb" ] || die "cpack made no .deb"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libxlsxwriter libqt6sql6-sqlite libqt6gui6 libqt6widgets6 libquazip1-qt6; do
    [[ $depends == *"$needed"* ]] || die "Depends lacks $needed: $depends"
done
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/lengkap ./usr/bin/lengkap-cli ./usr/share/applications/lengkap.desktop \
    ./usr/share/metainfo/io.github.lengkap.Lengkap.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/lengkap.svg ./usr/share/icons/hicolor/48x48/apps/lengkap.png \
    ./usr/share/icons/hicolor/256x256/apps/lengkap.png ./usr/share/man/man1/lengkap-cli.1.gz \
    ./usr/share/man/man1/lengkap.1.gz ./usr/share/doc/lengkap/wilayah/LICENSE-ODbL.md; do
    grep -q " $path\$" <<<"$contents" || die "the package lacks $path"
done
# table and report draw through a module lengkap-cli loads only for them (cli/drawabi.h).
module=$(grep -o ' \./usr/lib/\(.*/\)\?lengkap/lengkap-cli-draw\.so$' <<<"$contents" | sed 's/^ \.//') \
    || die "the package lacks lib/lengkap/lengkap-cli-draw.so"
say "$(basename "$deb"): $(du -h "$deb" | cut -f1); Depends: $depends"

DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 \
    || die "apt-get install: $(tail -n 20 "$work/apt.log")"
installed=1
cd "$work"
[ "$(/usr/bin/lengkap-cli --version)" = "lengkap-cli $version" ] || die "--version: $(/usr/bin/lengkap-cli --version)"
/usr/bin/lengkap-cli demo --db "$work/data.sqlite" >/dev/null || die "demo failed"
/usr/bin/lengkap-cli summary --db "$work/data.sqlite" --district "Lombok Timur" --json >"$work/lotim.json" \
    || die "summary failed"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if (d['puskesmas'],d['complete'],d['complete_pct'],d['shortage'])==(35,27,77.14,8) else 1)" \
    "$work/lotim.json" || die "Lombok Timur: $(cat "$work/lotim.json")"
/usr/bin/lengkap-cli table --db "$work/data.sqlite" --district "Lombok Timur" --format xlsx -o "$work/lotim.xlsx" \
    || die "XLSX export failed"
members=$(unzip -l "$work/lotim.xlsx") || die "the XLSX is not a zip"
[[ $members == *xl/worksheets/sheet1.xml* ]] || die "the XLSX has no sheet"
/usr/bin/lengkap-cli table --db "$work/data.sqlite" --district "Lombok Timur" --format pdf -o "$work/lotim.pdf" \
    || die "PDF export failed"
pages=$(pdfinfo "$work/lotim.pdf" | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -ge 1 ] || die "the PDF has no pages"
# Which libraries the installed copy opens (the loader's trace): QtGui and the module for a PDF,
# neither for a summary.
loaded() {
    rm -f "$work"/trace.*
    LD_DEBUG=files LD_DEBUG_OUTPUT="$work/trace" /usr/bin/lengkap-cli "$@" >/dev/null 2>&1 || return 1
    cat "$work"/trace.*
}
trace=$(loaded table --db "$work/data.sqlite" --district "Lombok Timur" --format pdf -o "$work/again.pdf") \
    || die "PDF export under LD_DEBUG failed"
grep -q "file=$module " <<<"$trace" || die "the PDF export did not load $module"
trace=$(loaded summary --db "$work/data.sqlite" --district "Lombok Timur" --json) || die "summary under LD_DEBUG failed"
! grep -q 'file=libQt6Gui' <<<"$trace" || die "summary loaded QtGui"
# The window: still running after 10 s (timeout's 124), on the demo database, offscreen.
set +e
QT_QPA_PLATFORM=offscreen timeout 10 /usr/bin/lengkap --db "$work/data.sqlite" >"$work/window.log" 2>&1
code=$?
set -e
[ "$code" -eq 124 ] || die "the window exited with $code: $(cat "$work/window.log")"
man -w lengkap-cli >/dev/null 2>&1 || [ -f /usr/share/man/man1/lengkap-cli.1.gz ] || die "no man page"
say "installed copy: --version, demo, summary (35/27/77.14/8, no QtGui), XLSX, PDF ($pages pages, through $module), window"

DEBIAN_FRONTEND=noninteractive $sudo apt-get remove --purge -y -qq lengkap >"$work/remove.log" 2>&1 \
    || die "apt-get remove: $(tail -n 20 "$work/remove.log")"
installed=0
[ ! -e /usr/bin/lengkap ] && [ ! -e /usr/bin/lengkap-cli ] && [ ! -e "$module" ] && [ ! -e /usr/share/applications/lengkap.desktop ] \
    || die "files left after removing the package"
say "removed cleanly"
