#!/bin/sh
# ODS import benchmark (issue 13, fourth pass): the worker export of bench_workers.sh (default
# 200,000 rows) as CSV and as an OpenDocument spreadsheet written as LibreOffice writes it
# (workers_data.write_ods; generated, never committed), both imported by lengkap-cli in the same
# run, alternately; prints each median and the ods / csv ratio, the load average before and
# after, and whether both stored identical counts. No target in the issue: this shows what one
# pass over content.xml costs against the CSV.
#
#   bench/bench_ods.sh [--cli PATH] [--compare PATH] [--runs N] [--rows N] [--keep DIR]
#
# --compare: another lengkap-cli (e.g. built from main) whose ODS import is timed in the same
# loop, for a before/after ratio measured under the same load.
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
rows = int(option('--rows', '200000'))
keep = option('--keep', '')
other = option('--compare', '')
if not os.path.exists(cli):
    sys.exit('lengkap-cli not found at %s (pass --cli PATH or set LENGKAP_CLI)' % cli)

print('load average: %.2f %.2f %.2f' % os.getloadavg())
work = keep or tempfile.mkdtemp(prefix='lengkap-bench-ods-')
os.makedirs(work, exist_ok=True)
csv_path = os.path.join(work, 'pegawai_%d.csv' % rows)
ods_path = os.path.join(work, 'pegawai_%d.ods' % rows)
for path, make in ((csv_path, lambda p: workers_data.write_csv(root, rows, p)),
                   (ods_path, lambda p: workers_data.write_ods(root, rows, p))):
    if not os.path.exists(path):
        t = time.time()
        make(path + '.part')
        os.rename(path + '.part', path)
        print('generated %s in %.0f s' % (os.path.basename(path), time.time() - t))
with zipfile.ZipFile(ods_path) as z:
    inflated = z.getinfo('content.xml').file_size
print('%s: %.1f MB; %s: %.1f MB, content.xml %.0f MB inflated'
      % (os.path.basename(csv_path), os.path.getsize(csv_path) / 1e6,
         os.path.basename(ods_path), os.path.getsize(ods_path) / 1e6, inflated / 1e6))

def timed(path, db, *extra, program=None):
    for p in (db, db + '-wal', db + '-shm'):
        if os.path.exists(p):
            os.remove(p)
    cmd = ['/usr/bin/time', '-f', '%M', program or cli, 'import', *extra, '--cutoff', '2024-12-01', '--db', db, path]
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit('%s failed (%d): %s' % (path, p.returncode, p.stderr[-2000:]))
    return elapsed, int(p.stderr.strip().splitlines()[-1]) / 1024.0

kinds = ['csv', 'ods'] + (['compare'] if other else [])
dbs = {k: os.path.join(work, k + '.db') for k in kinds}
times = {k: [] for k in kinds}
rss = {k: 0.0 for k in kinds}
for r in range(runs):
    for k, path, extra, program in (('csv', csv_path, ('--format', 'workers'), None),
                                    ('ods', ods_path, (), None), ('compare', ods_path, (), other)):
        if k not in kinds:
            continue
        t, m = timed(path, dbs[k], *extra, program=program)
        times[k].append(t)
        rss[k] = max(rss[k], m)
    print('run %d: %s' % (r + 1, ', '.join('%s %.3f s' % (k, times[k][-1]) for k in kinds)))

def counts(db):
    p = subprocess.run(['sqlite3', '-csv', db, 'SELECT p.code, s.type_key, s.asn, s.non_asn FROM staffing s '
                        'JOIN puskesmas p ON p.id = s.puskesmas_id ORDER BY 1, 2'],
                       capture_output=True, text=True, check=True)
    return p.stdout
same = all(counts(dbs[k]) == counts(dbs['csv']) for k in kinds) if shutil.which('sqlite3') else None
med = {k: statistics.median(v) for k, v in times.items()}
print()
print('rows %d, cli %s' % (rows, cli))
names = {'csv': 'CSV', 'ods': 'ODS', 'compare': 'ODS by --compare %s' % other}
for k in kinds:
    print('lengkap-cli import, %s: median %.3f s (min %.3f, max %.3f, %d runs), peak RSS %.0f MB'
          % (names[k], med[k], min(times[k]), max(times[k]), runs, rss[k]))
print('ratio ods / csv: %.2fx' % (med['ods'] / med['csv']))
if other:
    print('ratio compare / ods: %.2fx' % (med['compare'] / med['ods']))
print('load average after: %.2f %.2f %.2f' % os.getloadavg())
if same is not None:
    print('counts identical (%s): %s' % (', '.join(kinds), 'yes' if same else 'NO'))
if not keep:
    shutil.rmtree(work)
sys.exit(0 if same in (True, None) else 1)
PYTHON
