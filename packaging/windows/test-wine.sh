#!/usr/bin/env bash
# test-wine.sh [WINDOWS_BUILD_DIR]: use the Windows build as an officer would, under wine, in a
# fresh WINEPREFIX: install silently, run the installed programs on a folder with a space and a
# non-ASCII letter in its name, export PDF and XLSX, start the window and take a screenshot, try
# the portable zip, uninstall; then run the test executables that need no display.
# Needs what packaging/windows/build.sh made (and installs): wine64, xvfb-run, ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/../.."
source_dir=$PWD
build_dir="$(realpath "${1:-$source_dir/build/windows}")"
version=$(sed -n 's/^#define LENGKAP_VERSION "\(.*\)"$/\1/p' "$build_dir/model/lengkapversion.h")
setup="$build_dir/Lengkap-$version-win64-setup.exe"
zip="$build_dir/Lengkap-$version-win64-portable.zip"
out="$build_dir/test-wine"
failures=0
export wine="${WINE:-wine}" # Debian: /usr/bin/wine runs the 64-bit loader when only wine64 is installed

say() { echo "wine: $*"; }
fail() { echo "wine: FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "wine: $*" >&2; exit 1; }
for tool in "$wine" xvfb-run import identify pdfinfo unzip python3 x86_64-w64-mingw32-objdump; do
    command -v "$tool" >/dev/null || die "$tool is missing (packaging/windows/build.sh installs it)"
done
[ -f "$setup" ] || die "no installer at $setup: run packaging/windows/build.sh first"
[ -f "$zip" ] || die "no portable zip at $zip: run packaging/windows/build.sh first"

rm -rf "$out"
mkdir -p "$out"
export WINEPREFIX="$out/prefix"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=" # no Mono/Gecko download prompts
export LANG=C.UTF-8
# Whatever happens, no wine process of this prefix outlives the test.
trap 'wineserver -k 2>/dev/null || true' EXIT
started=$SECONDS
wineboot -i >/dev/null 2>&1 || "$wine" wineboot -i >/dev/null 2>&1 || die "wineboot failed"
say "fresh prefix in $((SECONDS - started)) s"

user=$("$wine" cmd /c 'echo %USERNAME%' 2>/dev/null | tr -d '\r')
home_unix="$WINEPREFIX/drive_c/users/$user"
home_win="C:\\users\\$user"
[ -d "$home_unix" ] || die "no wine user folder $home_unix"
data_name="Data Dinkes Ñusa"
data_unix="$home_unix/$data_name"
data_win="$home_win\\$data_name"
mkdir -p "$data_unix"

# --- the installer, silent, as an IT department runs it --------------------------------------
"$wine" "$setup" /S >"$out/setup.log" 2>&1 || fail "setup.exe /S exited $?"
install_unix="$home_unix/AppData/Local/Programs/Lengkap"
install_win="$home_win\\AppData\\Local\\Programs\\Lengkap"
[ -f "$install_unix/lengkap.exe" ] && [ -f "$install_unix/lengkap-cli.exe" ] \
    || die "setup /S did not install into $install_unix"
entry=$("$wine" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Lengkap' /v DisplayVersion 2>/dev/null || true)
[[ $entry == *"$version"* ]] || fail "no uninstall entry for the current user"
[ -f "$home_unix/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Lengkap/Lengkap.lnk" ] \
    || fail "no Start-menu shortcut"
say "installed $(du -sh "$install_unix" | cut -f1) into $install_win"

cli() { "$wine" "$install_win\\lengkap-cli.exe" "$@"; }
json_check() { # json_check FILE PYTHON-EXPRESSION-ON-d
    python3 -c "import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); sys.exit(0 if ($2) else 1)" "$1"
}

got=$(cli --version 2>&1 | tr -d '\r') || true
[ "$got" = "lengkap-cli $version" ] || fail "--version said '$got'"
# table and report draw through lengkap-cli-draw.dll, loaded only by them: the other commands
# start without Qt6Gui.dll and what it brings (issue 15). Wine's loader trace says what a run
# loaded.
[ -f "$install_unix/lengkap-cli-draw.dll" ] || fail "lengkap-cli-draw.dll is not installed"
if x86_64-w64-mingw32-objdump -p "$install_unix/lengkap-cli.exe" | grep -qi 'DLL Name: Qt6Gui.dll'; then
    fail "lengkap-cli.exe imports Qt6Gui.dll"
fi
loaded=$(WINEDEBUG=+loaddll "$wine" "$install_win\\lengkap-cli.exe" --version 2>&1 >/dev/null | tr -d '\r') || true
grep -qi 'Qt6Core.dll' <<<"$loaded" || fail "no loader trace of --version: $loaded"
! grep -qi 'Qt6Gui.dll' <<<"$loaded" || fail "--version loaded Qt6Gui.dll"

started=$SECONDS
cli demo --db "$data_win\\contoh.sqlite" >"$out/demo.out" 2>&1 || fail "demo exited non-zero: $(cat "$out/demo.out")"
say "demo (national sample, two cut-offs) in $((SECONDS - started)) s"
cli summary --db "$data_win\\contoh.sqlite" --district "Lombok Timur" --json >"$out/lotim.json" 2>"$out/lotim.err" \
    || fail "summary exited non-zero: $(cat "$out/lotim.err")"
json_check "$out/lotim.json" "d['puskesmas']==35 and d['complete']==27 and d['complete_pct']==77.14 and d['shortage']==8" \
    || fail "Lombok Timur summary: $(cat "$out/lotim.json")"
cli summary --db "$data_win\\contoh.sqlite" --district "Lombok Timur" --status asn --json >"$out/lotim-asn.json" 2>&1 \
    || fail "summary --status asn failed"
json_check "$out/lotim-asn.json" "d['complete']==13 and d['shortage']==22" || fail "ASN summary: $(cat "$out/lotim-asn.json")"

# An officer's own rekap file, saved by Excel on Windows (CRLF), in the folder with the Ñ.
sed 's/$/\r/' "$source_dir/tests/data/lombok_timur_rekap.csv" >"$data_unix/rekap lotim.csv"
cli import --db "$data_win\\dinkes.sqlite" --cutoff 2024-12-01 "$data_win\\rekap lotim.csv" >"$out/import.out" 2>&1 \
    || fail "import exited non-zero: $(cat "$out/import.out")"
cli summary --db "$data_win\\dinkes.sqlite" --district "Lombok Timur" --json >"$out/import.json" 2>&1 || fail "summary after import failed"
json_check "$out/import.json" "d['puskesmas']==35 and d['complete']==27 and d['cutoff']=='2024-12-01'" \
    || fail "summary after import: $(cat "$out/import.json")"
# A refused import: exit 3 and a file:line message, readable UTF-8.
printf 'provinsi,kabupaten_kota\r\nNTB,Lombok Timur\r\n' >"$data_unix/rusak.csv"
set +e
cli import --db "$data_win\\dinkes.sqlite" --cutoff 2024-12-01 --format rekap "$data_win\\rusak.csv" >"$out/refused.out" 2>&1
code=$?
set -e
[ "$code" -eq 3 ] || fail "a broken file gave exit $code, not 3"
grep -q 'rusak.csv:1' "$out/refused.out" || fail "no file:line in: $(cat "$out/refused.out")"
python3 -c "import sys; open(sys.argv[1], encoding='utf-8').read()" "$out/refused.out" || fail "stderr is not UTF-8"
# Imports into a database that exists check it on a second thread while the file is read
# (Store::BackgroundPrecheck): the refused one above and this one must both end, with their code.
cli import --replace --db "$data_win\\dinkes.sqlite" --cutoff 2024-12-01 "$data_win\\rekap lotim.csv" >"$out/reimport.out" 2>&1 \
    || fail "import --replace into the existing database exited non-zero: $(cat "$out/reimport.out")"
# An old Excel workbook (.xls) through the shipped FreeXL DLL: the same figures as its CSV.
cp "$source_dir/tests/data/xls/shapes_xlwt.xls" "$data_unix/pegawai lama.xls"
cp "$source_dir/tests/data/workers/sisdmk_codes.csv" "$data_unix/pegawai.csv"
for f in "pegawai lama.xls" pegawai.csv; do
    cli import --db "$data_win\\$f.sqlite" --cutoff 2024-12-01 "$data_win\\$f" >"$out/$f.out" 2>&1 \
        || fail "import of $f exited non-zero: $(cat "$out/$f.out")"
    cli summary --db "$data_win\\$f.sqlite" --json >"$out/$f.json" 2>&1 || fail "summary of $f failed"
done
cmp -s "$out/pegawai lama.xls.json" "$out/pegawai.csv.json" \
    || fail ".xls and CSV differ: $(cat "$out/pegawai lama.xls.json")"
json_check "$out/pegawai.csv.json" "d['puskesmas']==3 and d['complete']==1" \
    || fail "worker file summary: $(cat "$out/pegawai.csv.json")"
grep -q 'Pegawai' "$out/pegawai lama.xls.out" || fail "the .xls report names no sheet: $(cat "$out/pegawai lama.xls.out")"

# Non-ASCII in a message comes out as UTF-8, not as the OEM code page's guess.
set +e
cli summary --db "$data_win\\dinkes.sqlite" --district "Ñusa Raya" --json >"$out/unknown.out" 2>&1
set -e
grep -q 'Ñusa Raya' "$out/unknown.out" || fail "the message lost its Ñ: $(cat "$out/unknown.out")"

cli table --db "$data_win\\dinkes.sqlite" --district "Lombok Timur" --format pdf -o "$data_win\\lotim.pdf" >"$out/pdf.out" 2>&1 \
    || fail "table --format pdf failed: $(cat "$out/pdf.out")"
pages=$(pdfinfo "$data_unix/lotim.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -ge 1 ] || fail "the PDF has no pages"
loaded=$(WINEDEBUG=+loaddll "$wine" "$install_win\\lengkap-cli.exe" summary --db "$data_win\\dinkes.sqlite" --json 2>&1 >/dev/null | tr -d '\r') || true
grep -qi 'qsqlite.dll' <<<"$loaded" || fail "no loader trace of summary: $loaded"
! grep -qi 'Qt6Gui.dll' <<<"$loaded" || fail "summary loaded Qt6Gui.dll"
cli table --db "$data_win\\dinkes.sqlite" --district "Lombok Timur" --format xlsx -o "$data_win\\lotim.xlsx" >"$out/xlsx.out" 2>&1 \
    || fail "table --format xlsx failed: $(cat "$out/xlsx.out")"
sheet=$(unzip -p "$data_unix/lotim.xlsx" xl/worksheets/sheet1.xml xl/sharedStrings.xml 2>/dev/null || true)
[[ ${sheet,,} == *keruak* ]] || fail "the XLSX does not hold the district's rows"
say "CLI: version, demo, summaries, import (CRLF, non-ASCII folder), .xls = CSV, refusal, PDF ($pages pages), XLSX"

# --- the window, installed copy, first start as an officer has it ------------------------------
shot() { # shot PNG EXE [ARGS...]: start the window under a 1366x768 X server, wait until it is
          # drawn (the first start in a prefix builds wine's font cache: slow on a busy machine),
          # screenshot it, close it as a user does (WM_CLOSE: it saves its settings)
    local png=$1
    shift
    # A wineserver started by the CLI steps (no X display) would keep the window off the X
    # server: the window starts a wineserver of its own, inside Xvfb.
    wineserver -k 2>/dev/null || true
    wineserver -w 2>/dev/null || true
    # The real window system: CI exports QT_QPA_PLATFORM=offscreen, which wine would pass on.
    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
        png=$1; shift
        "$wine" "$@" >/dev/null 2>&1 &
        pid=$!
        trap "kill \$pid 2>/dev/null; wineserver -k 2>/dev/null" EXIT
        drawn=0
        for _ in $(seq 1 60); do
            sleep 3
            kill -0 $pid 2>/dev/null || exit 3
            import -window root "$png" 2>/dev/null || continue
            spread=$(identify -format "%[fx:standard_deviation]" "$png")
            if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > 0.05 else 1)" "$spread"; then
                drawn=1; break
            fi
        done
        [ $drawn -eq 1 ] || exit 5
        sleep 3
        import -window root "$png"
        "$wine" taskkill /IM lengkap.exe >/dev/null 2>&1
        for _ in $(seq 1 30); do sleep 1; kill -0 $pid 2>/dev/null || exit 0; done
        exit 4' shot "$png" "$@"
}
started=$SECONDS
shot "$out/lengkap-wine.png" "$install_win\\lengkap.exe" \
    || fail "the window did not start, draw and close (exit $?: 3 died, 5 never drawn, 4 did not close)"
say "window drawn and closed in $((SECONDS - started)) s: screenshot $out/lengkap-wine.png"
# A first start shows the sample (DATA CONTOH) from a file of its own; the user's file comes
# with the first import.
[ -f "$home_unix/AppData/Roaming/Lengkap/Lengkap/lengkap-contoh.sqlite" ] \
    || fail "the window kept no sample database in %APPDATA%\\Lengkap\\Lengkap"

# --- portable zip, on a "USB stick" --------------------------------------------------------------
stick_unix="$WINEPREFIX/drive_c/USB Ñ"
mkdir -p "$stick_unix"
unzip -q "$zip" -d "$stick_unix"
portable_unix="$stick_unix/Lengkap-$version"
portable_win="C:\\USB Ñ\\Lengkap-$version"
[ -f "$portable_unix/portable.txt" ] || fail "the portable zip has no portable.txt"
rm -rf "$home_unix/AppData/Roaming/Lengkap"
shot "$out/lengkap-portable.png" "$portable_win\\lengkap.exe" || fail "the portable window did not run and close (exit $?)"
[ -f "$portable_unix/data/lengkap-contoh.sqlite" ] || fail "portable: no database beside lengkap.exe"
[ -f "$portable_unix/Lengkap/Lengkap.ini" ] || fail "portable: no settings beside lengkap.exe"
[ ! -e "$home_unix/AppData/Roaming/Lengkap" ] || fail "portable: wrote into %APPDATA%"
say "portable: database and settings beside the program, nothing in the profile"

# --- uninstall ------------------------------------------------------------------------------------
"$wine" "$install_win\\uninstall.exe" /S >/dev/null 2>&1 || fail "uninstall.exe /S exited $?"
for _ in $(seq 1 60); do [ -e "$install_unix" ] || break; sleep 1; done
[ ! -e "$install_unix" ] || fail "the program folder is still there after uninstalling: $(ls "$install_unix")"
[ -f "$data_unix/dinkes.sqlite" ] || fail "uninstalling removed the user's data"
if "$wine" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Lengkap' >/dev/null 2>&1; then
    fail "the uninstall entry is still registered"
fi
say "uninstalled; the data stayed"

# --- test executables that need no display ----------------------------------------------------
# Run from the build folder with the Qt prefix and the mingw runtime on the DLL path.
prefix=$(sed -n 's/^CMAKE_PREFIX_PATH:[A-Z]*=//p' "$build_dir/CMakeCache.txt" | cut -d';' -f1)
[ -n "$prefix" ] || prefix=/opt/qt6-mingw
export WINEPATH="Z:${prefix//\//\\}\\bin;Z:\\usr\\x86_64-w64-mingw32\\lib;Z:\\usr\\lib\\gcc\\x86_64-w64-mingw32\\12-posix"
export QT_PLUGIN_PATH="Z:${prefix//\//\\}\\plugins"
export QT_QPA_PLATFORM=offscreen
while read -r test; do
    [[ -z $test || $test == \#* ]] && continue
    exe=$(find "$build_dir" -maxdepth 2 -name "$test.exe" | head -n 1)
    [ -n "$exe" ] || { fail "$test.exe was not built"; continue; }
    # QtTest's own output file: under wine its console output does not reach a pipe.
    if (cd "$(dirname "$exe")" && timeout 600 "$wine" "$(basename "$exe")" -o "$out/$test.txt,txt" >/dev/null 2>&1); then
        say "$test: $(grep -a '^Totals' "$out/$test.txt" | tr -d '\r')"
    else
        fail "$test under wine: $(grep -a -E '^(FAIL|Totals)' "$out/$test.txt" 2>/dev/null | head -n 5 | tr -d '\r')"
    fi
done <"$source_dir/packaging/windows/wine-tests.txt"

if [ "$failures" -gt 0 ]; then
    echo "wine: $failures check(s) failed; logs in $out" >&2
    exit 1
fi
say "all checks passed"
