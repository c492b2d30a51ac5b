#!/bin/sh
# XLSX import benchmark (issue 13; see bench/README.md, "XLSX import").
#
#   bench/bench_xlsx.sh [--cli PATH] [--compare PATH] [--runs N] [--openpyxl-runs M] [--rows N]
#                       [--keep DIR]
#
# Generates (never committed) the worker export of bench_workers.sh (default 1,000,000 rows) as
# CSV, as an XLSX workbook with shared strings (as Excel writes it; dates as serial numbers) and
# as an XLSX workbook with inline strings (as streaming exporters write it), then times in the
# same run, alternately:
#   csv:      lengkap-cli import --format workers of the CSV         (N runs, default 5)
#   xlsx:     lengkap-cli import of the shared-string workbook       (N runs)
#   openpyxl: python3-openpyxl's read-only mode iterating every row  (M runs, default 3)
#   compare:  with --compare, the shared-string import by another lengkap-cli (e.g. one built
#             from main), in the same loop                          (N runs)
# and prints the medians and both ratios: openpyxl / xlsx (target >= 10x) and xlsx / csv (target
# <= 3x); then imports the inline-string workbook once and prints its time; the peak RSS of each
# import (target < 300 MB); and whether the CSV and both workbooks gave identical counts.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec python3 - "$here" "$@" <<'PYTHON'
import os, shutil, statistics, subprocess, sys, tempfile, time, zipfile

here = sys.argv[1]
root = os.path.abspath(os.path.join(here, '..'))
sys.path.insert(0, here)
import workers_data

args = sys.argv[2:]
def option(name, default):
    if name in args:
        return args[args.index(name) + 1]
    return default
cli = option('--cli', os.environ.get('LENGKAP_CLI', os.path.join(root, 'build/release/cli/lengkap-cli')))
runs = int(option('--runs', '5'))
py_runs = int(option('--openpyxl-runs', '3'))
rows = int(option('--rows', '1000000'))
keep = option('--keep', '')
other = option('--compare', '')
if other and not os.path.exists(other):
    sys.exit('--compare: %s not found' % other)
if not os.path.exists(cli):
    sys.exit('lengkap-cli not found at %s (pass --cli PATH or set LENGKAP_CLI)' % cli)
# openpyxl is the Debian package: the system interpreter, whatever python3 is first on PATH.
python = '/usr/bin/python3' if os.path.exists('/usr/bin/python3') else sys.executable
if subprocess.run([python, '-c', 'import openpyxl'], capture_output=True).returncode != 0:
    sys.exit('openpyxl is not installed (apt-get install python3-openpyxl)')

print('load average: %.2f %.2f %.2f' % os.getloadavg())
work = keep or tempfile.mkdtemp(prefix='lengkap-bench-xlsx-')
os.makedirs(work, exist_ok=True)
csv_path = os.path.join(work, 'pegawai_%d.csv' % rows)
shared_path = os.path.join(work, 'pegawai_%d.xlsx' % rows)
inline_path = os.path.join(work, 'pegawai_%d_inline.xlsx' % rows)
for path, make in ((csv_path, lambda p: workers_data.write_csv(root, rows, p)),
                   (shared_path, lambda p: workers_data.write_xlsx(root, rows, p)),
                   (inline_path, lambda p: workers_data.write_xlsx(root, rows, p, inline=True))):
    if not os.path.exists(path):
        t = time.time()
        make(path + '.part')
        os.rename(path + '.part', path)
        print('generated %s in %.0f s' % (os.path.basename(path), time.time() - t))
def sheet_size(path):
    with zipfile.ZipFile(path) as z:
        return z.getinfo('xl/worksheets/sheet1.xml').file_size
for path in (csv_path, shared_path, inline_path):
    extra = '' if path == csv_path else ', sheet XML %.0f MB inflated' % (sheet_size(path) / 1e6)
    print('%s: %.1f MB%s' % (os.path.basename(path), os.path.getsize(path) / 1e6, extra))

OPENPYXL = '''
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
n = 0
for row in wb.worksheets[0].iter_rows(values_only=True):
    n += 1
print(n)
'''

def fresh(db):
    for path in (db, db + '-wal', db + '-shm'):
        if os.path.exists(path):
            os.remove(path)

def timed(cmd):
    """Seconds and peak RSS (MB, GNU time) of one run."""
    t = time.perf_counter()
    p = subprocess.run(['/usr/bin/time', '-f', '%M'] + cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit('%s failed (%d): %s' % (' '.join(cmd[:3]), p.returncode, p.stderr[-2000:]))
    return elapsed, int(p.stderr.strip().splitlines()[-1]) / 1024.0, p.stdout

def lengkap(path, db, *extra):
    fresh(db)
    return timed([cli, 'import', *extra, '--cutoff', '2024-12-01', '--db', db, path])

dbs = {k: os.path.join(work, k + '.db') for k in ('csv', 'xlsx', 'inline', 'compare')}
times = {'csv': [], 'xlsx': [], 'openpyxl': []}
if other:
    times['compare'] = []
rss = {'csv': 0.0, 'xlsx': 0.0, 'inline': 0.0}
for r in range(max(runs, py_runs)):
    line = []
    if r < runs:
        t, m, _ = lengkap(csv_path, dbs['csv'], '--format', 'workers')
        times['csv'].append(t); rss['csv'] = max(rss['csv'], m)
        t, m, _ = lengkap(shared_path, dbs['xlsx'])
        times['xlsx'].append(t); rss['xlsx'] = max(rss['xlsx'], m)
        line.append('csv %.3f s, xlsx %.3f s' % (times['csv'][-1], times['xlsx'][-1]))
        if other:
            fresh(dbs['compare'])
            t, _, _ = timed([other, 'import', '--cutoff', '2024-12-01', '--db', dbs['compare'], shared_path])
            times['compare'].append(t)
            line.append('compare %.3f s' % t)
    if r < py_runs:
        t, _, out = timed([python, '-c', OPENPYXL, shared_path])
        if int(out.strip()) != rows + 1:
            sys.exit('openpyxl read %s rows, expected %d' % (out.strip(), rows + 1))
        times['openpyxl'].append(t)
        line.append('openpyxl %.2f s' % t)
    print('run %d: %s' % (r + 1, ', '.join(line)))
t_inline, rss['inline'], _ = lengkap(inline_path, dbs['inline'])

def counts(db):
    p = subprocess.run(['sqlite3', '-csv', db, 'SELECT p.code, s.type_key, s.asn, s.non_asn FROM staffing s '
                        'JOIN puskesmas p ON p.id = s.puskesmas_id ORDER BY 1, 2'],
                       capture_output=True, text=True, check=True)
    return p.stdout
same = counts(dbs['csv']) == counts(dbs['xlsx']) == counts(dbs['inline']) if shutil.which('sqlite3') else None
if same and other:
    same = counts(dbs['compare']) == counts(dbs['csv'])

med = {k: statistics.median(v) for k, v in times.items()}
def span(k):
    return 'median %.3f s (min %.3f, max %.3f, %d runs)' % (med[k], min(times[k]), max(times[k]), len(times[k]))
print()
print('rows %d' % rows)
print('lengkap-cli import, CSV (--format workers): %s, peak RSS %.0f MB' % (span('csv'), rss['csv']))
print('lengkap-cli import, XLSX shared strings:    %s, peak RSS %.0f MB' % (span('xlsx'), rss['xlsx']))
print('openpyxl read-only, iterating the rows:     %s' % span('openpyxl'))
print('lengkap-cli import, XLSX inline strings:    %.3f s (1 run), peak RSS %.0f MB' % (t_inline, rss['inline']))
if other:
    print('XLSX shared strings by --compare %s: %s' % (other, span('compare')))
r_py = med['openpyxl'] / med['xlsx']
r_csv = med['xlsx'] / med['csv']
print('ratio openpyxl / xlsx: %.1fx   target >= 10x: %s' % (r_py, 'met' if r_py >= 10 else 'NOT met'))
print('ratio xlsx / csv:      %.2fx   target <= 3x:  %s' % (r_csv, 'met' if r_csv <= 3 else 'NOT met'))
if other:
    print('ratio compare / xlsx:  %.2fx   compare / csv: %.2fx' % (med['compare'] / med['xlsx'], med['compare'] / med['csv']))
peak = max(rss.values())
print('peak RSS target < 300 MB: %s (largest %.0f MB)' % ('met' if peak < 300 else 'NOT met', peak))
if same is not None:
    print('counts identical (CSV, XLSX shared, XLSX inline%s): %s' % (', compare' if other else '', 'yes' if same else 'NO'))
print('load average: %.2f %.2f %.2f' % os.getloadavg())
if not keep:
    shutil.rmtree(work)
sys.exit(0 if same in (True, None) else 1)
PYTHON
