#!/bin/bash
# Writes the second set of old binary (.xls, BIFF8) workbooks of issue 13 with LibreOffice Calc
# (7.4.7 here; `soffice`, Debian's libreoffice-calc-nogui), so that the .xls tests do not rest on
# one writer (xlwt, make_shapes_xls.py) only. Each is converted headless from a committed file
# of the same data; the results are committed, CI never needs LibreOffice. Run from this folder:
#   bash make_shapes_xls_libreoffice.sh
#
#   shapes_libreoffice.xls           from ../xlsx/shapes_openpyxl.xlsx: sheet 1 "Petunjuk" (no
#                                    table), sheet 2 "Pegawai": title, export date and blank row
#                                    above a two-row header with merged cells; NIK as numbers;
#                                    birth dates as date serials; booleans; JUMLAH and "Sumber:"
#                                    rows below the data.
#   shapes_row4_libreoffice.xls      from ../xlsx/shapes_libxlsxwriter.xlsx: sheet 2 "Data
#                                    Pegawai", header on row 4, TOTAL and "Sumber:" rows.
#   sisdmk_codes_libreoffice.xls     from ../workers/sisdmk_codes.csv: one sheet, LibreOffice
#                                    turns the NIKs into numbers and the ISO dates into dates.
#   no_table_two_sheets_libreoffice.xls  from ../xlsx/no_table_two_sheets.xlsx: two sheets,
#                                    neither with a recognisable header.
#   hidden_sheet_libreoffice.xls     from ../xlsx/hidden_sheet_openpyxl.xlsx: a hidden first sheet
#                                    "Lama" with a recognised header and one old worker, then the
#                                    22 workers on "Pegawai" (LibreOffice keeps "Lama" hidden).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# soffice names a converted file (and the sheet of a CSV) after its source: copy first.
cp "$here/../xlsx/shapes_openpyxl.xlsx" "$work/shapes_libreoffice.xlsx"
cp "$here/../xlsx/shapes_libxlsxwriter.xlsx" "$work/shapes_row4_libreoffice.xlsx"
cp "$here/../workers/sisdmk_codes.csv" "$work/sisdmk_codes_libreoffice.csv"
cp "$here/../xlsx/no_table_two_sheets.xlsx" "$work/no_table_two_sheets_libreoffice.xlsx"
cp "$here/../xlsx/hidden_sheet_openpyxl.xlsx" "$work/hidden_sheet_libreoffice.xlsx"
# A profile of its own, so that a LibreOffice already running for the user is not reused.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to xls \
    --outdir "$work/out" "$work"/*.xlsx "$work"/*.csv
cp "$work"/out/*.xls "$here/"
