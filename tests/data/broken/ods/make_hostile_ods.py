#!/usr/bin/python3
"""Writes the hostile .ods files of tests/model/tst_odsreader.cpp (issue 13) with Python's
zipfile: each must be refused with "file: message" or "file:line: message", quickly and without
expanding what it asks for. Run from this folder: /usr/bin/python3 make_hostile_ods.py
"""
import struct
import zipfile

MIME = b'application/vnd.oasis.opendocument.spreadsheet'
HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        '<office:body><office:spreadsheet><table:table table:name="Data">')
TAIL = '</table:table></office:spreadsheet></office:body></office:document-content>'
HEADER = ('<table:table-row>' + ''.join(
    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % h
    for h in ['Jenis Tenaga', 'Status Kepegawaian', 'Kode Puskesmas', 'Nama Puskesmas',
              'Kabupaten/Kota', 'Provinsi'])
    + '</table:table-row>')
ROW = ('<table:table-row>' + ''.join(
    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % v
    for v in ['Dokter Umum', 'PNS', 'P5203010101', 'PUSKESMAS KERUAK', 'LOMBOK TIMUR',
              'NUSA TENGGARA BARAT']) + '</table:table-row>')


def ods(name, content, mimetype=MIME, manifest=True):
    with zipfile.ZipFile(name, 'w') as z:
        if mimetype is not None:
            z.writestr(zipfile.ZipInfo('mimetype'), mimetype, compress_type=zipfile.ZIP_STORED)
        if manifest:
            z.writestr('META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?>\n'
                       '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
                       'xmlns:manifest:1.0"/>', compress_type=zipfile.ZIP_DEFLATED)
        if content is not None:
            z.writestr('content.xml', content, compress_type=zipfile.ZIP_DEFLATED)


def sheet(rows):
    return HEAD + HEADER + rows + TAIL


# A cell with text repeated a billion times across: more columns than a sheet has.
ods('repeat_cells_bomb.ods', sheet(
    '<table:table-row><table:table-cell table:number-columns-repeated="1000000000" '
    'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'))
# A row with content repeated a billion times: more rows than a sheet has.
ods('repeat_rows_bomb.ods', sheet(ROW.replace('<table:table-row>',
    '<table:table-row table:number-rows-repeated="1000000000">', 1)))
# Within the sheet's limits, but 16,384 cells x 1,000,000 rows made of one cell: the copies cap.
ods('repeat_copies_bomb.ods', sheet(
    '<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
    'table:number-columns-repeated="16384" office:value-type="float" office:value="1">'
    '<text:p>1</text:p></table:table-cell></table:table-row>'))
# Two billion blank rows (only counted), then a row with content past the last row.
ods('blank_rows_then_data.ods', sheet(
    '<table:table-row table:number-rows-repeated="2000000000"><table:table-cell '
    'table:number-columns-repeated="1000000000"/></table:table-row>' + ROW))
# A repeat count that is not a number.
ods('bad_repeat_count.ods', sheet(ROW.replace('<table:table-cell ',
    '<table:table-cell table:number-columns-repeated="-5" ', 1)))
# text:s asking for a billion spaces.
ods('spaces_bomb.ods', sheet(
    '<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s '
    'text:c="1000000000"/>b</text:p></table:table-cell></table:table-row>'))
# content.xml compressed far more than 200:1 (the central directory says so).
ods('bomb_ratio.ods', sheet(ROW + '<!--' + ' ' * (8 * 1024 * 1024) + '-->'))
# Entities: a DTD (billion laughs) before the document.
ods('dtd.ods', '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
    + sheet(ROW.replace('Dokter Umum', '&lol2;')).split('\n', 1)[1])
# Broken XML in the third row (cells not closed).
ods('bad_xml_row3.ods', sheet(ROW + '<table:table-row><table:table-cell><text:p>x'
                                      '</table:table-row>'))
# Not a zip at all; an OpenDocument text (.odt) renamed; a zip with no mimetype; cut short.
with open('not_a_zip.ods', 'w') as f:
    f.write('Jenis Tenaga,Status Kepegawaian\nDokter Umum,PNS\n')
ods('wrong_mimetype.ods', sheet(ROW), mimetype=b'application/vnd.oasis.opendocument.text')
ods('no_mimetype.ods', sheet(ROW), mimetype=None)
ods('no_content.ods', None)
ods('truncated_source.ods', sheet(ROW * 200))
data = open('truncated_source.ods', 'rb').read()
with open('truncated.ods', 'wb') as f:
    f.write(data[:len(data) // 2])
import os
os.remove('truncated_source.ods')

# The ratio bomb with its zip headers lying: content.xml claims to be stored uncompressed at
# its compressed size, so the central directory check passes; inflating must stop there.
ods('bomb_lying_sizes.ods', sheet(ROW + '<!--' + ' ' * (8 * 1024 * 1024) + '-->'))
b = bytearray(open('bomb_lying_sizes.ods', 'rb').read())
with zipfile.ZipFile('bomb_lying_sizes.ods') as z:
    info = z.getinfo('content.xml')
lh = info.header_offset
assert b[lh:lh + 4] == b'PK\x03\x04'
struct.pack_into('<I', b, lh + 22, info.compress_size)  # local header: uncompressed size
cd = b.find(b'PK\x01\x02' + b[lh + 4:lh + 6])
while cd >= 0:
    name_len = struct.unpack_from('<H', b, cd + 28)[0]
    if bytes(b[cd + 46:cd + 46 + name_len]) == b'content.xml':
        struct.pack_into('<I', b, cd + 24, info.compress_size)  # central: uncompressed size
        break
    cd = b.find(b'PK\x01\x02', cd + 4)
open('bomb_lying_sizes.ods', 'wb').write(bytes(b))
