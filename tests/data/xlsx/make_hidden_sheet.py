#!/usr/bin/python3
"""Writes hidden_sheet_openpyxl.xlsx with openpyxl (python3-openpyxl, Debian) for issue 13: a
hidden first sheet "Lama" holding an old worker table (a recognised header, one worker of a
Puskesmas that is not in the data), then "Pegawai" with the 22 workers of
../workers/sisdmk_codes.csv as they are (NIK as text). The import must not pick the hidden
sheet by itself (as for .ods), and reads it when named. Run from this folder once:
/usr/bin/python3 make_hidden_sheet.py (the file is committed; CI never needs openpyxl).
"""
import csv
import openpyxl

rows = list(csv.reader(open('../workers/sisdmk_codes.csv', encoding='utf-8')))
header = rows[0]
wb = openpyxl.Workbook()
old = wb.active
old.title = 'Lama'
old.sheet_state = 'hidden'
old.append(header)
first = dict(zip(header, rows[1]))
first['Kode Puskesmas'] = 'P9999999999'
first['Nama Puskesmas'] = 'PUSKESMAS LAMA'
old.append([first[h] for h in header])
ws = wb.create_sheet('Pegawai')
for row in rows:
    ws.append(row)
wb.active = 1
wb.save('hidden_sheet_openpyxl.xlsx')
