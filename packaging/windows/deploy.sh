#!/usr/bin/env bash
# deploy.sh PREFIX OUTDIR EXE... : put next to the executables everything they load on Windows.
# The DLL set is read from the import tables (objdump -p), recursively, starting from the
# executables and the Qt plugins they need, so it follows the code instead of a hand list.
# A DLL that is neither ours (Qt prefix, mingw runtime) nor a Windows system DLL stops the
# deployment: an officer's machine would refuse to start the program.
set -euo pipefail
prefix=$1
out=$2
shift 2
objdump=x86_64-w64-mingw32-objdump
strip=x86_64-w64-mingw32-strip
search=("$prefix/bin" /usr/x86_64-w64-mingw32/lib /usr/lib/gcc/x86_64-w64-mingw32/12-posix)
# Windows' own DLLs: every one has a counterpart among wine's builtin DLLs.
system_dlls=/usr/lib/x86_64-linux-gnu/wine/x86_64-windows

mkdir -p "$out"
for exe in "$@"; do
    cp "$exe" "$out/"
done
# Plugins Qt loads at run time, which no import table names:
#   platforms/qwindows      the window system
#   platforms/qoffscreen    lengkap-cli's PDF output (table --format pdf, report) draws without one
#   sqldrivers/qsqlite      the database (Qt's SQLite driver carries SQLite itself)
#   styles/qwindowsvistastyle, imageformats/qsvg + qico, iconengines/qsvgicon: looks and icons
plugins=(platforms/qwindows.dll platforms/qoffscreen.dll sqldrivers/qsqlite.dll
         styles/qwindowsvistastyle.dll imageformats/qsvg.dll imageformats/qico.dll
         iconengines/qsvgicon.dll)
for plugin in "${plugins[@]}"; do
    [ -f "$prefix/plugins/$plugin" ] || { echo "deploy: $prefix/plugins/$plugin is missing" >&2; exit 1; }
    mkdir -p "$out/$(dirname "$plugin")"
    cp "$prefix/plugins/$plugin" "$out/$plugin"
done

declare -A seen=()
queue=()
while IFS= read -r -d '' file; do queue+=("$file"); done \
    < <(find "$out" \( -name '*.exe' -o -name '*.dll' \) -print0)
while [ "${#queue[@]}" -gt 0 ]; do
    file=${queue[0]}
    queue=("${queue[@]:1}")
    while read -r dll; do
        key=${dll,,}
        [ -n "${seen[$key]:-}" ] && continue
        seen[$key]=1
        found=""
        for dir in "${search[@]}"; do
            if [ -f "$dir/$dll" ]; then found="$dir/$dll"; break; fi
        done
        if [ -n "$found" ]; then
            cp "$found" "$out/$dll"
            queue+=("$out/$dll")
        elif [ -f "$system_dlls/$key" ] || [[ $key == api-ms-win-* ]]; then
            : # part of Windows
        else
            echo "deploy: $(basename "$file") needs $dll, which is neither in the Qt prefix, the mingw runtime nor Windows" >&2
            exit 1
        fi
    done < <("$objdump" -p "$file" | sed -n 's/^[[:space:]]*DLL Name: //p')
done

# Debug information stays in the build folder; the officer's copy is stripped.
find "$out" \( -name '*.exe' -o -name '*.dll' \) -exec "$strip" --strip-unneeded {} +
echo "deploy: $(find "$out" -name '*.dll' | wc -l) DLLs beside $(find "$out" -maxdepth 1 -name '*.exe' | wc -l) programs in $out"
