#!/usr/bin/env python3
"""Writes the hand-made XLSX test files of tests/data/xlsx and tests/data/broken/xlsx.

Run from this folder: python3 make_xlsx.py. The files are committed; this script documents how
they were made. workers_libxlsxwriter.xlsx comes from make_workers_xlsx.c (libxlsxwriter).
"""
import struct
import zipfile

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def workbook(sheets):
    """sheets: list of (name, target) in workbook order."""
    wb = '<?xml version="1.0"?><workbook %s><sheets>' % NS
    rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    for i, (name, target) in enumerate(sheets):
        # Relationship ids deliberately not in sheet order: the reader must follow them.
        rid = 'rId%d' % (10 + len(sheets) - i)
        wb += '<sheet name="%s" sheetId="%d" r:id="%s"/>' % (name, i + 1, rid)
        rels += ('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="%s"/>'
                 % (rid, target))
    rels += ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
             '</Relationships>')
    return wb + '</sheets></workbook>', rels


def sheet(rows_xml):
    return '<?xml version="1.0"?><worksheet %s><sheetData>%s</sheetData></worksheet>' % (NS, rows_xml)


def write(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, 'w', compression) as z:
        for name, data in parts:
            z.writestr(name, data)


SST = ('<?xml version="1.0"?><sst %s count="7" uniqueCount="7">'
       '<si><t>provinsi</t></si>'                                   # 0
       '<si><r><t>kabupaten</t></r><r><rPr><b/></rPr><t>_kota</t></r></si>'  # 1: rich text runs
       '<si><t>nama_puskesmas</t></si>'                             # 2
       '<si><t xml:space="preserve"> Keruak </t></si>'              # 3
       '<si><t>3</t><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>'  # 4: number stored as text
       '<si><t>Nusa Tenggara Barat</t></si>'                        # 5
       '<si><t>Lombok Timur</t></si>'                               # 6
       '</sst>') % NS

DATA = sheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
    '<c r="D1" t="inlineStr"><is><t>dokter_asn</t></is></c></row>'
    # row 2 missing; B3 missing (gap); D3 a number stored as text
    '<row r="3"><c r="A3" t="s"><v>5</v></c><c r="C3" t="s"><v>3</v></c><c r="D3" t="s"><v>4</v></c></row>'
    # cells without references follow on; a boolean and a formula string
    '<row r="7"><c t="s"><v>5</v></c><c t="s"><v>6</v></c><c t="inlineStr"><is><r><t>Sak</t></r><r><t>ra</t></r></is></c>'
    '<c><v>12</v></c><c t="b"><v>1</v></c><c t="str"><f>A1</f><v>x</v></c></row>'
    '<row r="9"></row>')
HELP = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Petunjuk pengisian</t></is></c></row>')

wb, wbrels = workbook([('Petunjuk', 'worksheets/sheet1.xml'), ('Data', '/xl/worksheets/data.xml')])
BASE = [('[Content_Types].xml', CT), ('_rels/.rels', ROOT_RELS), ('xl/workbook.xml', wb),
        ('xl/_rels/workbook.xml.rels', wbrels), ('xl/sharedStrings.xml', SST),
        ('xl/worksheets/sheet1.xml', HELP), ('xl/worksheets/data.xml', DATA)]
write('gaps_two_sheets.xlsx', BASE)

# Broken files -----------------------------------------------------------------------------
with open('../broken/xlsx/not_a_zip.xlsx', 'w') as f:
    f.write('provinsi,kabupaten_kota\nNusa Tenggara Barat,Lombok Timur\n')
good = open('gaps_two_sheets.xlsx', 'rb').read()
with open('../broken/xlsx/truncated.xlsx', 'wb') as f:
    f.write(good[:len(good) // 2])
write('../broken/xlsx/zip_not_workbook.xlsx', [('readme.txt', 'just a zip'), ('data.csv', 'a,b\n1,2\n')])

def one_sheet(path, sheet_xml, sst=SST, extra=()):
    wb1, rels1 = workbook([('Data', 'worksheets/sheet1.xml')])
    write(path, [('[Content_Types].xml', CT), ('_rels/.rels', ROOT_RELS), ('xl/workbook.xml', wb1),
                 ('xl/_rels/workbook.xml.rels', rels1), ('xl/sharedStrings.xml', sst),
                 ('xl/worksheets/sheet1.xml', sheet_xml)] + list(extra))

one_sheet('../broken/xlsx/shared_string_missing.xlsx',
          sheet('<row r="1"><c t="s"><v>0</v></c></row><row r="4"><c t="s"><v>99</v></c></row>'))
one_sheet('../broken/xlsx/bad_xml_row5.xlsx',
          sheet('<row r="1"><c t="s"><v>0</v></c></row><row r="5"><c t="s"><v>1</v></c></ro></row>'))
one_sheet('../broken/xlsx/bad_cell_reference.xlsx',
          sheet('<row r="1"><c t="s"><v>0</v></c></row><row r="2"><c r="ZZZZ2"><v>1</v></c></row>'))
one_sheet('../broken/xlsx/dtd.xlsx',
          '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">]>'
          '<worksheet %s><sheetData><row r="1"><c t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>' % NS)
# A zip bomb: 8 MB of one repeated row, compressed about 1000:1.
row = '<row><c><v>0</v></c></row>'
one_sheet('../broken/xlsx/bomb_ratio.xlsx', sheet(row * (8 * 1024 * 1024 // len(row))))
# Sizes that lie: the central directory claims 600 MB for a small sheet.
one_sheet('../broken/xlsx/bomb_declared_size.xlsx', sheet('<row r="1"><c><v>1</v></c></row>'))
data = bytearray(open('../broken/xlsx/bomb_declared_size.xlsx', 'rb').read())
pos = 0
while True:
    pos = data.find(b'PK\x01\x02', pos)
    if pos < 0:
        break
    name_len = struct.unpack_from('<H', data, pos + 28)[0]
    if data[pos + 46:pos + 46 + name_len] == b'xl/worksheets/sheet1.xml':
        struct.pack_into("<I", data, pos + 20, 4000000)    # compressed size (keeps ratio < 200)
        struct.pack_into('<I', data, pos + 24, 600 * 1024 * 1024)
    pos += 4
open('../broken/xlsx/bomb_declared_size.xlsx', 'wb').write(bytes(data))
