#!/usr/bin/python3
"""Writes the old binary (.xls, BIFF8) workbooks of issue 13 with xlwt (python3-xlwt, Debian),
from tests/data/workers/sisdmk_codes.csv: the same 22 workers as the CSV, laid out as
make_shapes.py lays out shapes_openpyxl.xlsx. Run from this folder once:
/usr/bin/python3 make_shapes_xls.py (the files are committed; CI never needs xlwt).

  shapes_xlwt.xls          sheet 1 "Petunjuk" (instructions, no table), sheet 2 "Pegawai": a
                           title, the export date and a blank row above a two-row header with
                           merged cells ("Jenis SDMK" over "Rumpun" / "Jenis", "Unit Kerja" over
                           "Kode" / "Nama", the other columns merged over both rows); NIK stored
                           as numbers; birth dates as dates; a boolean column; a JUMLAH row and
                           a "Sumber:" row below the data.
  no_table_two_sheets.xls  two sheets, neither with a recognisable header.
And the hostile corpus in ../broken/xls/: truncated.xls (shapes_xlwt.xls cut in half),
bogus_ole2.xls (the OLE2 signature, then noise), text_named_xls.xls (a CSV named .xls).
"""
import csv
import datetime
import random
import xlwt

rows = list(csv.reader(open('../workers/sisdmk_codes.csv', encoding='utf-8')))
header, data = rows[0], rows[1:]
col = {name: i for i, name in enumerate(header)}

wb = xlwt.Workbook(encoding='utf-8')
info = wb.add_sheet('Petunjuk')
info.write(0, 0, 'Petunjuk pengisian')
info.write(1, 0, 'Data fiktif untuk pengujian')
ws = wb.add_sheet('Pegawai')
ws.write(0, 0, 'DATA SDMK PUSKESMAS KABUPATEN LOMBOK TIMUR')
ws.write(1, 0, 'Tanggal ekspor: 01-12-2024')
# Row 3 blank; header on rows 4 and 5 (0-based 3 and 4).
top = ['NIK', 'Nama', 'Tanggal Lahir', 'Jenis SDMK', None, 'Status Kepegawaian', 'Unit Kerja',
       None, 'Kabupaten/Kota', 'Provinsi', 'Aktif']
bottom = [None, None, None, 'Rumpun', 'Jenis', None, 'Kode', 'Nama', None, None, None]
for j, (a, b) in enumerate(zip(top, bottom)):
    if a and b is None:
        ws.write_merge(3, 4, j, j, a)  # one name over both rows
ws.write_merge(3, 3, 3, 4, 'Jenis SDMK')
ws.write_merge(3, 3, 6, 7, 'Unit Kerja')
for j, b in enumerate(bottom):
    if b:
        ws.write(4, j, b)
date_style = xlwt.easyxf(num_format_str='DD-MM-YYYY')
RUMPUN = {'Dokter': 'Medis', 'Perawat': 'Keperawatan', 'Bidan': 'Kebidanan'}
r = 5
for d in data:
    profession = d[col['Jenis Tenaga']]
    rumpun = next((v for k, v in RUMPUN.items() if profession.startswith(k)), 'Lainnya')
    y, m, day = (int(x) for x in d[col['Tanggal Lahir']].split('-'))
    values = [float(d[col['NIK']]), d[col['Nama']], datetime.date(y, m, day), rumpun, profession,
              d[col['Status Kepegawaian']], d[col['Kode Puskesmas']], d[col['Nama Puskesmas']],
              d[col['Kabupaten/Kota']], d[col['Provinsi']], True]
    for j, v in enumerate(values):
        if isinstance(v, datetime.date):
            ws.write(r, j, v, date_style)
        else:
            ws.write(r, j, v)
    r += 1
ws.write(r, 0, 'JUMLAH')
ws.write(r, 4, len(data))
ws.write(r + 2, 0, 'Sumber: SISDMK, diunduh 01-12-2024')
wb.save('shapes_xlwt.xls')

wb = xlwt.Workbook(encoding='utf-8')
a = wb.add_sheet('Ringkasan')
a.write(0, 0, 'Ringkasan')
a.write(1, 0, 'Tidak ada tabel')
b = wb.add_sheet('Catatan')
for i, row in enumerate([['Kolom', 'Isi'], ['Satu', 'Dua']]):
    for j, v in enumerate(row):
        b.write(i, j, v)
wb.save('no_table_two_sheets.xls')

whole = open('shapes_xlwt.xls', 'rb').read()
open('../broken/xls/truncated.xls', 'wb').write(whole[:len(whole) // 2])
noise = random.Random(13)
open('../broken/xls/bogus_ole2.xls', 'wb').write(
    b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + bytes(noise.randrange(256) for _ in range(4088)))
open('../broken/xls/text_named_xls.xls', 'wb').write(open('../workers/sisdmk_codes.csv', 'rb').read())
