"""The SISDMK-like worker export of the benchmarks (bench_workers.sh, bench_xlsx.sh), as CSV and
as XLSX workbooks written the way Excel (shared strings) or streaming exporters (inline strings)
write them. Generated, never committed. Fake names; NIK are random 16-digit text."""
import csv, os, random, zipfile
from xml.sax.saxutils import escape

PROFESSIONS = [
    ('Dokter Umum', 'dokter', 5), ('Dokter Ahli Pertama', 'dokter', 2), ('Dokter', 'dokter', 1),
    ('Dokter Gigi', 'dokter_gigi', 2), ('Dokter Gigi Ahli Muda', 'dokter_gigi', 1),
    ('Perawat', 'perawat', 14), ('Perawat Terampil', 'perawat', 8), ('Ners', 'perawat', 6),
    ('Perawat Ahli Pertama', 'perawat', 4),
    ('Bidan', 'bidan', 12), ('Bidan Terampil', 'bidan', 8), ('Bidan Ahli Muda', 'bidan', 4),
    ('Penyuluh Kesehatan Masyarakat', 'promkes', 2), ('Promosi Kesehatan', 'promkes', 1),
    ('Sanitarian Terampil', 'sanitasi', 2), ('Tenaga Sanitasi Lingkungan', 'sanitasi', 1),
    ('Nutrisionis', 'gizi', 2), ('Nutrisionis Ahli Pertama', 'gizi', 1),
    ('Apoteker', 'farmasi', 2), ('Tenaga Teknis Kefarmasian', 'farmasi', 3),
    ('Pranata Laboratorium Kesehatan', 'atlm', 2), ('Ahli Teknologi Laboratorium Medik', 'atlm', 1),
    ('Dokter Spesialis Anak', '', 1), ('Perawat Gigi', '', 1), ('Epidemiolog Kesehatan', '', 1),
    ('Administrator Kesehatan', '', 2), ('Pengemudi', '', 2)]
STATUSES = [('PNS', 45), ('PPPK', 15), ('P3K', 2), ('pns', 1), ('Honorer', 20), ('Kontrak', 8),
            ('BLUD', 7), ('Nusantara Sehat', 2)]
HEADER = ['NIK', 'Nama', 'Tanggal Lahir', 'Jenis Kelamin', 'Jenis Tenaga', 'Status Kepegawaian',
          'Kode Puskesmas', 'Nama Puskesmas', 'Kabupaten/Kota', 'Provinsi']


def worker_rows(root, rows):
    """Yields (count of Puskesmas, then) one list of 10 cells per worker; the date as (y, m, d)."""
    rng = random.Random(20241201)
    provinces = {r[0]: r[1] for r in csv.reader(open(os.path.join(root, 'resources/wilayah/provinces.csv'))) if r[0] != 'code'}
    regencies = [r for r in csv.reader(open(os.path.join(root, 'resources/wilayah/regencies.csv'))) if r[0] != 'code']
    kecamatan = {}
    for r in csv.reader(open(os.path.join(root, 'resources/wilayah/districts.csv'))):
        if r[0] != 'code':
            kecamatan.setdefault(r[1], []).append(r)
    puskesmas = []
    for reg in regencies:
        for kec in kecamatan.get(reg[0], []):
            for seq in range(1, 3 if rng.random() < 0.42 else 2):
                code = 'P' + kec[0].replace('.', '') + '%02d' % seq
                name = kec[2].upper() + ('' if seq == 1 else ' %d' % seq)
                district = reg[2].replace('Kabupaten Administrasi ', '').replace('Kabupaten ', '').upper()
                puskesmas.append((code, name, district, provinces[reg[1]].upper()))
    yield len(puskesmas)
    profs = rng.choices([p[0] for p in PROFESSIONS], [p[2] for p in PROFESSIONS], k=rows)
    stats = rng.choices([s[0] for s in STATUSES], [s[1] for s in STATUSES], k=rows)
    firsts = ['Siti', 'Ahmad', 'Ni Made', 'Baiq', 'Lalu', 'Dewi', 'Rudi', 'Wayan', 'Yohana', 'Agus']
    lasts = ['Fiktifah', 'Contohwati', 'Sampelita', 'Rekaan', 'Samaran', 'Karangan']
    per = rows // len(puskesmas)
    extra = rows - per * len(puskesmas)
    i = 0
    for n, p in enumerate(puskesmas):
        for _ in range(per + (1 if n < extra else 0)):
            nik = '%016d' % (rng.randrange(10**15, 10**16) if i % 7 else rng.randrange(10**15))
            yield [nik, '%s %s' % (firsts[i % 10], lasts[i % 6]), (1955 + i % 45, 1 + i % 12, 1 + i % 28),
                   'P' if i % 3 else 'L', profs[i], stats[i], p[0], p[1], p[2], p[3]]
            i += 1


def write_csv(root, rows, path):
    gen = worker_rows(root, rows)
    count = next(gen)
    with open(path, 'w', newline='') as f:
        f.write(','.join(HEADER) + '\n')
        out = []
        for r in gen:
            out.append('%s,%s,%04d-%02d-%02d,%s,%s,%s,%s,%s,%s,%s\n' % (r[0], r[1], *r[2], *r[3:]))
            if len(out) > 50000:
                f.write(''.join(out))
                out = []
        f.write(''.join(out))
    return count


def column_name(i):
    name = ''
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        name = chr(65 + rem) + name
    return name


def excel_serial(y, m, d):
    import datetime
    return (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days


NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
PARTS = {
    '[Content_Types].xml':
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '</Types>',
    '_rels/.rels':
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
    'xl/workbook.xml':
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook %s %s><sheets><sheet name="Pegawai" sheetId="1" r:id="rId1"/></sheets></workbook>' % (NS, RNS),
    'xl/_rels/workbook.xml.rels':
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>',
    'xl/styles.xml':
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet %s><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '</styleSheet>' % NS,
}


def write_xlsx(root, rows, path, inline=False):
    """Shared strings as Excel writes them (t="s", one <si> per distinct text), or inline strings
    (t="inlineStr"), as streaming exporters write them. Dates are serial numbers with a date style."""
    gen = worker_rows(root, rows)
    next(gen)
    cols = [column_name(i) for i in range(len(HEADER))]
    strings = {}
    order = []

    def cell(ref, text):
        if inline:
            return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(text))
        index = strings.get(text)
        if index is None:
            index = strings[text] = len(order)
            order.append(text)
        return '<c r="%s" t="s"><v>%d</v></c>' % (ref, index)

    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, text in PARTS.items():
            if inline and name == 'xl/sharedStrings.xml':
                continue
            if name == 'xl/_rels/workbook.xml.rels' and inline:
                text = text.replace('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>', '')
            if name == '[Content_Types].xml' and inline:
                text = text.replace('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>', '')
            z.writestr(name, text)
        with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f:
            f.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<worksheet %s %s><dimension ref="A1:J%d"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                     '<sheetFormatPr defaultRowHeight="15"/><sheetData>' % (NS, RNS, rows + 1)).encode())
            f.write(('<row r="1" spans="1:10">' + ''.join(cell('%s1' % cols[i], h) for i, h in enumerate(HEADER)) + '</row>').encode())
            out = []
            for n, r in enumerate(gen, start=2):
                cells = [cell('A%d' % n, r[0]), cell('B%d' % n, r[1]),
                         '<c r="C%d" s="1"><v>%d</v></c>' % (n, excel_serial(*r[2]))]
                cells += [cell('%s%d' % (cols[i], n), r[i]) for i in range(3, 10)]
                out.append('<row r="%d" spans="1:10">%s</row>' % (n, ''.join(cells)))
                if len(out) >= 20000:
                    f.write(''.join(out).encode())
                    out = []
            f.write(''.join(out).encode())
            f.write(b'</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')
        if not inline:
            with z.open('xl/sharedStrings.xml', 'w', force_zip64=True) as f:
                f.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<sst %s count="%d" uniqueCount="%d">' % (NS, rows * 9 + 10, len(order))).encode())
                out = []
                for s in order:
                    out.append('<si><t>%s</t></si>' % escape(s))
                    if len(out) >= 50000:
                        f.write(''.join(out).encode())
                        out = []
                f.write(''.join(out).encode())
                f.write(b'</sst>')


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"')


def write_ods(root, rows, path):
    """An OpenDocument spreadsheet as LibreOffice writes one: the mimetype stored first, every
    cell a table:table-cell with office:value-type and a text:p, NIK as text, dates as
    office:date-value, the sheet padded with a repeated blank row to row 1,048,576."""
    gen = worker_rows(root, rows)
    next(gen)

    def text(t):
        return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(t)

    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.spreadsheet',
                   compress_type=zipfile.ZIP_STORED)
        z.writestr('META-INF/manifest.xml',
                   '<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   '</manifest:manifest>')
        with z.open('content.xml', 'w', force_zip64=True) as f:
            f.write(('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
                     '<office:automatic-styles><style:style style:name="ta1" style:family="table">'
                     '<style:table-properties table:display="true"/></style:style></office:automatic-styles>'
                     '<office:body><office:spreadsheet><table:table table:name="Pegawai" table:style-name="ta1">'
                     '<table:table-column table:number-columns-repeated="10"/>' % ODS_NS).encode())
            f.write(('<table:table-row>' + ''.join(text(h) for h in HEADER) + '</table:table-row>').encode())
            out = []
            for r in gen:
                y, m, d = r[2]
                cells = [text(r[0]), text(r[1]),
                         '<table:table-cell office:value-type="date" office:date-value="%04d-%02d-%02d">'
                         '<text:p>%02d/%02d/%04d</text:p></table:table-cell>' % (y, m, d, d, m, y)]
                cells += [text(r[i]) for i in range(3, 10)]
                out.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
                if len(out) >= 20000:
                    f.write(''.join(out).encode())
                    out = []
            f.write(''.join(out).encode())
            f.write(('<table:table-row table:number-rows-repeated="%d"><table:table-cell '
                     'table:number-columns-repeated="1024"/></table:table-row>'
                     '</table:table></office:spreadsheet></office:body></office:document-content>'
                     % (1048576 - rows - 1)).encode())


class BenchRun:
    """What a benchmark script of this folder needs around the data: its options (--cli,
    --runs, --rows, --keep and any other through option()), the working folder, the generated
    files, timed imports and the stored counts. bench_ods.sh uses it."""

    def __init__(self, root, args, rows, runs=5, prefix='lengkap-bench-'):
        self.args = args
        self.cli = self.option('--cli', os.environ.get(
            'LENGKAP_CLI', os.path.join(root, 'build/release/cli/lengkap-cli')))
        self.runs = int(self.option('--runs', str(runs)))
        self.rows = int(self.option('--rows', str(rows)))
        self.keep = self.option('--keep', '')
        if not os.path.exists(self.cli):
            raise SystemExit('lengkap-cli not found at %s (pass --cli PATH or set LENGKAP_CLI)' % self.cli)
        print('load average: %.2f %.2f %.2f' % os.getloadavg())
        import tempfile
        self.work = self.keep or tempfile.mkdtemp(prefix=prefix)
        os.makedirs(self.work, exist_ok=True)

    def option(self, name, default):
        return self.args[self.args.index(name) + 1] if name in self.args else default

    def generate(self, name, make):
        """The file name in the working folder, made by make(path) unless kept from a run before."""
        import time
        path = os.path.join(self.work, name)
        if not os.path.exists(path):
            t = time.time()
            make(path + '.part')
            os.rename(path + '.part', path)
            print('generated %s in %.0f s' % (name, time.time() - t))
        return path

    def import_timed(self, path, db, *extra, cli=None):
        """Seconds and peak RSS (MB, GNU time) of one lengkap-cli import into a fresh db."""
        import subprocess, time
        for p in (db, db + '-wal', db + '-shm'):
            if os.path.exists(p):
                os.remove(p)
        cmd = ['/usr/bin/time', '-f', '%M', cli or self.cli, 'import', *extra,
               '--cutoff', '2024-12-01', '--db', db, path]
        t = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        elapsed = time.perf_counter() - t
        if p.returncode != 0:
            raise SystemExit('%s failed (%d): %s' % (path, p.returncode, p.stderr[-2000:]))
        return elapsed, int(p.stderr.strip().splitlines()[-1]) / 1024.0

    @staticmethod
    def counts(db):
        """Every Puskesmas's stored counts, to check that two imports stored the same."""
        import subprocess
        return subprocess.run(['sqlite3', '-csv', db, 'SELECT p.code, s.type_key, s.asn, s.non_asn FROM staffing s '
                               'JOIN puskesmas p ON p.id = s.puskesmas_id ORDER BY 1, 2'],
                              capture_output=True, text=True, check=True).stdout

    def finish(self):
        if not self.keep:
            import shutil
            shutil.rmtree(self.work)
