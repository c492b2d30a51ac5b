#!/usr/bin/python3
"""Writes the workbooks of issue 13 ("SISDMK workbooks as they really come") with openpyxl
(python3-openpyxl, Debian), from tests/data/workers/sisdmk_codes.csv: the same 22 workers as the
CSV, laid out as exports lay them out. make_shapes_xlsx.c writes the libxlsxwriter ones.
Run from this folder: /usr/bin/python3 make_shapes.py

  shapes_openpyxl.xlsx   sheet 1 "Petunjuk" (instructions, no table), sheet 2 "Pegawai": a
                         title, the export date and a blank row above a two-row header with
                         merged cells ("Jenis SDMK" over "Rumpun" / "Jenis", "Unit Kerja" over
                         "Kode" / "Nama", NIK and status merged over both rows); NIK stored as
                         numbers; birth dates as dates (serial numbers); a boolean column; a
                         JUMLAH row and a "Sumber:" row below the data.
  no_table_two_sheets.xlsx  two sheets, neither with a recognisable header.
"""
import csv
import datetime
import openpyxl

rows = list(csv.reader(open('../workers/sisdmk_codes.csv', encoding='utf-8')))
header, data = rows[0], rows[1:]
col = {name: i for i, name in enumerate(header)}

wb = openpyxl.Workbook()
info = wb.active
info.title = 'Petunjuk'
info['A1'] = 'Petunjuk pengisian'
info['A2'] = 'Data fiktif untuk pengujian'
ws = wb.create_sheet('Pegawai')
ws['A1'] = 'DATA SDMK PUSKESMAS KABUPATEN LOMBOK TIMUR'
ws['A2'] = 'Tanggal ekspor: 01-12-2024'
# Row 3 blank; header on rows 4 and 5.
top = ['NIK', 'Nama', 'Tanggal Lahir', 'Jenis SDMK', None, 'Status Kepegawaian', 'Unit Kerja', None,
       'Kabupaten/Kota', 'Provinsi', 'Aktif']
bottom = [None, None, None, 'Rumpun', 'Jenis', None, 'Kode', 'Nama', None, None, None]
for j, (a, b) in enumerate(zip(top, bottom), start=1):
    if a:
        ws.cell(row=4, column=j, value=a)
    if b:
        ws.cell(row=5, column=j, value=b)
ws.merge_cells('D4:E4')
ws.merge_cells('G4:H4')
for letter in 'ABCFIJK':
    ws.merge_cells('%s4:%s5' % (letter, letter))
RUMPUN = {'Dokter': 'Medis', 'Perawat': 'Keperawatan', 'Bidan': 'Kebidanan'}
r = 6
for d in data:
    profession = d[col['Jenis Tenaga']]
    rumpun = next((v for k, v in RUMPUN.items() if profession.startswith(k)), 'Lainnya')
    y, m, day = (int(x) for x in d[col['Tanggal Lahir']].split('-'))
    values = [int(d[col['NIK']]), d[col['Nama']], datetime.date(y, m, day), rumpun, profession,
              d[col['Status Kepegawaian']], d[col['Kode Puskesmas']], d[col['Nama Puskesmas']],
              d[col['Kabupaten/Kota']], d[col['Provinsi']], True]
    for j, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=j, value=v)
        if isinstance(v, datetime.date):
            cell.number_format = 'DD-MM-YYYY'
    r += 1
ws.cell(row=r, column=1, value='JUMLAH')
ws.cell(row=r, column=5, value=len(data))
ws.cell(row=r + 2, column=1, value='Sumber: SISDMK, diunduh 01-12-2024')
wb.save('shapes_openpyxl.xlsx')

wb = openpyxl.Workbook()
a = wb.active
a.title = 'Ringkasan'
a['A1'] = 'Ringkasan'
a['A2'] = 'Tidak ada tabel'
b = wb.create_sheet('Catatan')
b.append(['Kolom', 'Isi'])
b.append(['Satu', 'Dua'])
wb.save('no_table_two_sheets.xlsx')
