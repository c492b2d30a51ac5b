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
import os, shutil, statistics, sys, zipfile

here = sys.argv[1]
sys.path.insert(0, here)
import workers_data

root = os.path.abspath(os.path.join(here, '..'))
bench = workers_data.BenchRun(root, sys.argv[2:], rows=200000, prefix='lengkap-bench-ods-')
other = bench.option('--compare', '')
csv_path = bench.generate('pegawai_%d.csv' % bench.rows,
                          lambda p: workers_data.write_csv(root, bench.rows, p))
ods_path = bench.generate('pegawai_%d.ods' % bench.rows,
                          lambda p: workers_data.write_ods(root, bench.rows, p))
with zipfile.ZipFile(ods_path) as z:
    inflated = z.getinfo('content.xml').file_size
print('%s: %.1f MB; %s: %.1f MB, content.xml %.0f MB inflated'
      % (os.path.basename(csv_path), os.path.getsize(csv_path) / 1e6,
         os.path.basename(ods_path), os.path.getsize(ods_path) / 1e6, inflated / 1e6))

kinds = ['csv', 'ods'] + (['compare'] if other else [])
times = {k: [] for k in kinds}
rss = {k: 0.0 for k in kinds}
for r in range(bench.runs):
    for k, path, extra, program in (('csv', csv_path, ('--format', 'workers'), None),
                                    ('ods', ods_path, (), None), ('compare', ods_path, (), other)):
        if k not in kinds:
            continue
        t, m = bench.import_timed(path, os.path.join(bench.work, k + '.db'), *extra, cli=program)
        times[k].append(t)
        rss[k] = max(rss[k], m)
    print('run %d: %s' % (r + 1, ', '.join('%s %.3f s' % (k, times[k][-1]) for k in kinds)))

counts = {k: bench.counts(os.path.join(bench.work, k + '.db')) for k in kinds} if shutil.which('sqlite3') else None
same = all(c == counts['csv'] for c in counts.values()) if counts else None
med = {k: statistics.median(v) for k, v in times.items()}
print()
print('rows %d, cli %s' % (bench.rows, bench.cli))
names = {'csv': 'CSV', 'ods': 'ODS', 'compare': 'ODS by --compare %s' % other}
for k in kinds:
    print('lengkap-cli import, %s: median %.3f s (min %.3f, max %.3f, %d runs), peak RSS %.0f MB'
          % (names[k], med[k], min(times[k]), max(times[k]), bench.runs, rss[k]))
print('ratio ods / csv: %.2fx' % (med['ods'] / med['csv']))
if other:
    print('ratio compare / ods: %.2fx' % (med['compare'] / med['ods']))
print('load average after: %.2f %.2f %.2f' % os.getloadavg())
if same is not None:
    print('counts identical (%s): %s' % (', '.join(kinds), 'yes' if same else 'NO'))
bench.finish()
sys.exit(0 if same in (True, None) else 1)
PYTHON
