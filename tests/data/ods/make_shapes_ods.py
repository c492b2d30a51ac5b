#!/usr/bin/python3
"""Writes .ods workbooks of issue 13 with odfpy (python3-odf, Debian) from
tests/data/workers/sisdmk_codes.csv: the same 22 workers as the CSV, laid out as exports lay them
out, with what OpenDocument writers put in a sheet. Run from this folder:
/usr/bin/python3 make_shapes_ods.py

  shapes_odfpy.ods  sheet 1 "Lama" HIDDEN (table:display="false") with a worker table of other
                    data (never picked by itself); sheet 2 "Petunjuk" (no table); sheet 3
                    "Pegawai": a title (with text:s and text:tab), the export date and a blank
                    row above a two-row header with merged cells (number-columns-spanned /
                    number-rows-spanned + covered-table-cell), a comment (office:annotation) on
                    a header cell; NIK as float cells; birth dates as date cells; a boolean
                    column; the Kabupaten/Provinsi text split in text:span runs; empty cells as
                    number-columns-repeated; a JUMLAH and a "Sumber:" row; then a blank row
                    repeated to row 1,048,576 as LibreOffice writes it.
  no_table_two_sheets.ods  two sheets, neither with a recognisable header.
"""
import csv
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableProperties
from odf.table import Table, TableRow, TableCell, CoveredTableCell
from odf.text import P, S, Tab, Span
from odf.office import Annotation

rows = list(csv.reader(open('../workers/sisdmk_codes.csv', encoding='utf-8')))
header, data = rows[0], rows[1:]
col = {name: i for i, name in enumerate(header)}
RUMPUN = {'Dokter': 'Medis', 'Perawat': 'Keperawatan', 'Bidan': 'Kebidanan'}


def text_cell(value, **kw):
    c = TableCell(valuetype='string', **kw)
    c.addElement(P(text=value))
    return c


def blank(n=1):
    return TableCell(numbercolumnsrepeated=n) if n > 1 else TableCell()


def row(*cells, repeat=1):
    r = TableRow(numberrowsrepeated=repeat) if repeat > 1 else TableRow()
    for c in cells:
        r.addElement(c)
    return r


def worker_table(name, workers, stylename=None):
    t = Table(name=name, stylename=stylename) if stylename else Table(name=name)
    t.addElement(row(*[text_cell(h) for h in header]))
    for d in workers:
        t.addElement(row(*[text_cell(v) for v in d]))
    return t


doc = OpenDocumentSpreadsheet()
hidden = Style(name='taHidden', family='table')
hidden.addElement(TableProperties(display='false'))
doc.automaticstyles.addElement(hidden)

# A hidden sheet first, with a recognisable header and other data: must not be picked.
other = [list(d) for d in data[:3]]
for d in other:
    d[col['Kode Puskesmas']] = 'P9999999999'
doc.spreadsheet.addElement(worker_table('Lama', other, stylename=hidden))

info = Table(name='Petunjuk')
info.addElement(row(text_cell('Petunjuk pengisian')))
info.addElement(row(text_cell('Data fiktif untuk pengujian')))
doc.spreadsheet.addElement(info)

ws = Table(name='Pegawai')
title = TableCell(valuetype='string')
p = P(text='DATA SDMK')
p.addElement(S(c=2))
p.addText('PUSKESMAS')
p.addElement(Tab())
p.addText('KABUPATEN LOMBOK TIMUR')
title.addElement(p)
ws.addElement(row(title, blank(10)))
ws.addElement(row(text_cell('Tanggal ekspor: 01-12-2024')))
ws.addElement(row(blank(11)))
top = ['NIK', 'Nama', 'Tanggal Lahir', 'Jenis SDMK', None, 'Status Kepegawaian', 'Unit Kerja',
       None, 'Kabupaten/Kota', 'Provinsi', 'Aktif']
bottom = [None, None, None, 'Rumpun', 'Jenis', None, 'Kode', 'Nama', None, None, None]
upper = []
for j, a in enumerate(top):
    if a is None:
        upper.append(CoveredTableCell())
        continue
    if a in ('Jenis SDMK', 'Unit Kerja'):
        c = text_cell(a, numbercolumnsspanned=2)
    else:
        c = text_cell(a, numberrowsspanned=2)
    if a == 'Provinsi':
        note = Annotation()
        note.addElement(P(text='Catatan: bukan bagian dari judul kolom'))
        c.insertBefore(note, c.firstChild)
    upper.append(c)
ws.addElement(row(*upper))
lower = []
for j, b in enumerate(bottom):
    lower.append(text_cell(b) if b else CoveredTableCell())
ws.addElement(row(*lower))
for d in data:
    profession = d[col['Jenis Tenaga']]
    rumpun = next((v for k, v in RUMPUN.items() if profession.startswith(k)), 'Lainnya')
    nik = TableCell(valuetype='float', value=d[col['NIK']])
    nik.addElement(P(text=d[col['NIK']]))
    birth = TableCell(valuetype='date', datevalue=d[col['Tanggal Lahir']])
    birth.addElement(P(text=d[col['Tanggal Lahir']]))
    district = TableCell(valuetype='string')
    dp = P()
    words = d[col['Kabupaten/Kota']].split(' ', 1)
    dp.addElement(Span(text=words[0]))
    if len(words) > 1:
        dp.addElement(S())
        dp.addElement(Span(text=words[1]))
    district.addElement(dp)
    active = TableCell(valuetype='boolean', booleanvalue='true')
    active.addElement(P(text='TRUE'))
    ws.addElement(row(nik, text_cell(d[col['Nama']]), birth, text_cell(rumpun),
                      text_cell(profession), text_cell(d[col['Status Kepegawaian']]),
                      text_cell(d[col['Kode Puskesmas']]), text_cell(d[col['Nama Puskesmas']]),
                      district, text_cell(d[col['Provinsi']]), active, blank(1013)))
total = TableCell(valuetype='float', value=str(len(data)))
total.addElement(P(text=str(len(data))))
ws.addElement(row(text_cell('JUMLAH'), blank(3), total, blank(1019)))
ws.addElement(row(blank(1024)))
ws.addElement(row(text_cell('Sumber: SISDMK, diunduh 01-12-2024'), blank(1023)))
used = 5 + len(data) + 3
ws.addElement(row(blank(1024), repeat=1048576 - used))
doc.spreadsheet.addElement(ws)
doc.save('shapes_odfpy.ods')

doc = OpenDocumentSpreadsheet()
a = Table(name='Ringkasan')
a.addElement(row(text_cell('Ringkasan')))
a.addElement(row(text_cell('Tidak ada tabel')))
doc.spreadsheet.addElement(a)
b = Table(name='Catatan')
b.addElement(row(text_cell('Kolom'), text_cell('Isi')))
b.addElement(row(text_cell('Satu'), text_cell('Dua')))
doc.spreadsheet.addElement(b)
doc.save('no_table_two_sheets.ods')
