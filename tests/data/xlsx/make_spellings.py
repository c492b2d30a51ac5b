#!/usr/bin/env python3
"""Writes spellings_fast.xlsx, spellings_slow.xlsx and spellings_mixed.xlsx: one sheet of the
same cells (about 1.5 MB of XML: the reader's 64 KiB buffer ends inside rows, cells and shared
strings many times) spelled three ways. "fast" as writers write it (the shapes the XLSX reader
takes without its tokeniser), "slow" with a space before every '>' (valid XML that no fast path
takes), "mixed" choosing either spelling tag by tag. tst_xlsxreader::spellingsReadAlike reads all
three and wants the same records.

Run from this folder: python3 make_spellings.py. Deterministic (seeded); the files are committed.
It also writes the fuzz_xlsx seed ../../fuzz/corpus/xlsx/spellings_mixed_stored.xlsx: the first
rows and strings of the mixed spelling, stored without compression, so that mutations reach
the XML instead of breaking the deflate stream.
"""
import random
import zipfile

# As in make_xlsx.py (not imported: that script writes its files when loaded).
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
WORKBOOK = '<?xml version="1.0"?><workbook %s><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>' % NS
WORKBOOK_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                 '</Relationships>')

TEXTS = ['Siti Fiktifah', '  spaced  ', 'a&amp;b', '&lt;tag&gt; &quot;q&quot; &apos;a&apos;',
         '\u00d1o\u00f1o \u00fc', 'tab\there', 'line\r\nbreak', 'cr\ronly', '12345', '&#x41;&#66;',
         '', 'P1101', 'x y', '\u65e5\u672c', '3.2E+15', 'JUMLAH', '0', ' 7 ']


def column_name(i):
    name = ''
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        name = chr(ord('A') + rem) + name
    return name


def spell(rng, mode, row_count=5000, string_count=3000):
    def space():
        return ' ' if mode == 'slow' or (mode == 'mixed' and rng.random() < 0.5) else ''

    def start(name, attrs=()):
        text = '<' + name
        for key, value, quote in attrs:
            text += ' %s=%s%s%s' % (key, quote, value, quote)
        return text + space() + '>'

    def end(name):
        return '</' + name + space() + '>'

    def empty(name, attrs=()):
        text = '<' + name
        for key, value, quote in attrs:
            text += ' %s=%s%s%s' % (key, quote, value, quote)
        return text + space() + '/>'

    def element(name, content, attrs=()):
        return start(name, attrs) + content + end(name)

    content = random.Random(13)  # the cells: the same for every spelling
    strings = []
    sst = '<?xml version="1.0" encoding="UTF-8"?><sst %s>' % NS
    for i in range(string_count):
        text = content.choice(TEXTS) + ('' if content.random() < 0.5 else ' %d' % i)
        shape = content.randrange(6)
        if shape == 0:
            item = element('t', text, [('xml:space', 'preserve', '"')])
        elif shape == 1:
            half = len(text) // 2
            if '&' in text:
                half = 0
            item = (element('r', element('t', text[:half], [('xml:space', 'preserve', '"')]))
                    + element('r', start('rPr') + empty('b') + end('rPr') + element('t', text[half:], [('xml:space', 'preserve', '"')])))
        elif shape == 2:
            item = element('t', text) + element('rPh', element('t', 'PHON'), [('sb', '0', '"'), ('eb', '1', '"')])
        else:
            item = element('t', text)
        sst += element('si', item)
        if content.random() < 0.05:
            sst += '\n'
        strings.append(text)
    sst += '</sst>'

    rows = []
    row_number = 0
    while row_number < row_count:
        row_number += 1 if content.random() < 0.9 else content.randrange(2, 5)
        row_attrs = [('r', str(row_number), content.choice('"\''))] if content.random() < 0.9 else []
        if not row_attrs:
            row_number_written = None
        if content.random() < 0.1:
            row_attrs.append(('spans', '1:9', '"'))
        if content.random() < 0.03:
            rows.append(empty('row', row_attrs))
            continue
        cells = ''
        column = -1
        for _ in range(content.randrange(0, 10)):
            column += 1 if content.random() < 0.7 else content.randrange(2, 4)
            attrs = []
            with_ref = content.random() < 0.9 and row_attrs and row_attrs[0][0] == 'r'
            if with_ref:
                attrs.append(('r', column_name(column) + str(row_number), content.choice('"\'')))
            else:
                column_written = column
            kind = content.randrange(10)
            style = [('s', str(content.randrange(1, 4)), '"')] if content.random() < 0.3 else []
            if kind <= 2:
                index = content.randrange(len(strings))
                cell_attrs = attrs + style + [('t', 's', '"')]
                if content.random() < 0.2:
                    cell_attrs = [('t', 's', '"')] + attrs + style
                cells += element('c', element('v', str(index)), cell_attrs)
            elif kind == 3:
                text = content.choice(TEXTS)
                if content.random() < 0.3:
                    inner = element('t', text, [('xml:space', 'preserve', '"')])
                elif content.random() < 0.2:
                    inner = element('r', element('t', 'Sak')) + element('r', element('t', 'ra'))
                else:
                    inner = element('t', text)
                cells += element('c', element('is', inner), attrs + [('t', 'inlineStr', '"')])
            elif kind == 4:
                value = content.choice(['12', '3.5', '45291', '3.20123456789012E+15', '-1', '0'])
                cells += element('c', element('v', value), attrs + style + ([('t', 'n', '"')] if content.random() < 0.3 else []))
            elif kind == 5:
                cells += element('c', element('v', content.choice('01')), attrs + [('t', 'b', '"')])
            elif kind == 6:
                cells += element('c', element('v', content.choice(['#N/A', '#DIV/0!', '#REF!'])), attrs + [('t', 'e', '"')])
            elif kind == 7:
                cells += element('c', element('f', 'A1&amp;B1') + element('v', content.choice(TEXTS)), attrs + [('t', 'str', '"')])
            elif kind == 8:
                cells += empty('c', attrs + style)
            else:
                cells += element('c', '', attrs + style)
        rows.append(element('row', cells, row_attrs))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s>%s%s%s</worksheet>'
             % (NS, start('sheetData'), ''.join(rows), end('sheetData')))
    return sst, sheet


def write(path, sst, sheet, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, 'w', compression) as z:
        for name, data in [('[Content_Types].xml', CT), ('_rels/.rels', ROOT_RELS),
                           ('xl/workbook.xml', WORKBOOK), ('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
                           ('xl/sharedStrings.xml', sst), ('xl/worksheets/sheet1.xml', sheet)]:
            # A fixed date: the same bytes every run.
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 30, 0, 0, 0)), data.encode('utf-8'),
                       compress_type=compression)


for mode in ('fast', 'slow', 'mixed'):
    write('spellings_%s.xlsx' % mode, *spell(random.Random(7), mode))
write('../../fuzz/corpus/xlsx/spellings_mixed_stored.xlsx',
      *spell(random.Random(7), 'mixed', row_count=40, string_count=30), compression=zipfile.ZIP_STORED)
