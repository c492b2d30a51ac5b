#!/bin/sh
# Worker-level import benchmark (issue 4; see bench/README.md, "Worker-level import").
#
#   bench/bench_workers.sh [--cli PATH] [--runs N] [--rows N] [--keep DIR]
#
# Generates a SISDMK-like worker export (default 1,000,000 rows, ~10,300 Puskesmas across the
# real districts of resources/wilayah, with NIK, fake names and birth dates; never committed),
# then times, alternately and N times each (default 5):
#   lengkap:  lengkap-cli import --format workers --db X FILE   (fresh database each run)
#   sqlite3:  the sqlite3 shell doing .import of the same file plus a GROUP BY to the same
#             counts (Puskesmas x type x ASN/Non-ASN), into a fresh database file
# and prints both medians, the ratio, the peak RSS of each, and whether the counts are identical
# (the GROUP BY output against the staffing table lengkap-cli wrote). Targets: ratio >= 6,
# lengkap peak RSS < 300 MB.
# The margin must hold on every machine of the kind, whatever its cores: each run also times
# lengkap-cli confined to one core (sched_setaffinity; sqlite3 uses one anyway) and the CPU time
# (user + system) of both, and prints those ratios too.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec python3 - "$here/.." "$@" <<'PYTHON'
import os, shutil, statistics, subprocess, sys, tempfile, time

root = os.path.abspath(sys.argv[1])
sys.path.insert(0, os.path.join(root, 'bench'))
import workers_data # the generator bench_xlsx.sh shares
args = sys.argv[2:]
def option(name, default):
    if name in args:
        return args[args.index(name) + 1]
    return default
cli = option('--cli', os.environ.get('LENGKAP_CLI', os.path.join(root, 'build/release/cli/lengkap-cli')))
runs = int(option('--runs', '5'))
rows = int(option('--rows', '1000000'))
keep = option('--keep', '')
if not os.path.exists(cli):
    sys.exit('lengkap-cli not found at %s (pass --cli PATH or set LENGKAP_CLI)' % cli)
if not shutil.which('sqlite3'):
    sys.exit('sqlite3 is not installed (apt-get install sqlite3)')

print('load average: %.2f %.2f %.2f' % os.getloadavg())
work = keep or tempfile.mkdtemp(prefix='lengkap-bench-workers-')
os.makedirs(work, exist_ok=True)
data = os.path.join(work, 'pegawai_%d.csv' % rows)

if not os.path.exists(data):
    t = time.time()
    count = workers_data.write_csv(root, rows, data)
    print('generated %s: %d rows, %d Puskesmas, %.1f MB in %.1f s' % (
        data, rows, count, os.path.getsize(data) / 1e6, time.time() - t))
else:
    print('reusing %s (%.1f MB)' % (data, os.path.getsize(data) / 1e6))

prof_values = ','.join("('%s','%s')" % (p[0], p[1]) for p in workers_data.PROFESSIONS if p[1])
SQL = """.mode csv
.import '%s' w
CREATE TABLE prof(name TEXT PRIMARY KEY, type TEXT) WITHOUT ROWID;
INSERT INTO prof VALUES %s;
CREATE TABLE counts AS SELECT w."Kode Puskesmas" AS code, prof.type AS type,
  sum(upper(trim(w."Status Kepegawaian")) IN ('PNS','PPPK','P3K')) AS asn,
  sum(upper(trim(w."Status Kepegawaian")) NOT IN ('PNS','PPPK','P3K')) AS non_asn
  FROM w JOIN prof ON prof.name = w."Jenis Tenaga" GROUP BY 1, 2;
SELECT count(*), sum(asn), sum(non_asn) FROM counts;
""" % (data, prof_values)

one_core = {min(os.sched_getaffinity(0))}
cpu_of = {}
def run(cmd, stdin=None, cores=None, label=None):
    """Runs cmd (on the given cores, if any), returns (seconds, stdout); adds its CPU time
    (user + system) to cpu_of[label]."""
    before = os.times()
    t = time.perf_counter()
    p = subprocess.run(cmd, input=stdin, capture_output=True, text=True,
                       preexec_fn=(lambda: os.sched_setaffinity(0, cores)) if cores else None)
    elapsed = time.perf_counter() - t
    after = os.times()
    if p.returncode != 0:
        sys.exit('%s failed (%d): %s' % (cmd[0], p.returncode, p.stderr[-2000:]))
    if label:
        cpu_of.setdefault(label, []).append(after.children_user - before.children_user
                                            + after.children_system - before.children_system)
    return elapsed, p.stdout

def peak_rss(cmd, stdin=None):
    """Peak RSS in MB of one run, from GNU time (getrusage of the children would mix them)."""
    p = subprocess.run(['/usr/bin/time', '-f', '%M'] + cmd, input=stdin, capture_output=True, text=True)
    return int(p.stderr.strip().splitlines()[-1]) / 1024.0

ours, ours_one, theirs = [], [], []
db = os.path.join(work, 'lengkap.db')
base = os.path.join(work, 'sqlite.db')
def fresh():
    for path in (db, db + '-wal', db + '-shm', base):
        if os.path.exists(path):
            os.remove(path)
import_cmd = [cli, 'import', '--format', 'workers', '--cutoff', '2024-12-01', '--db', db, data]
for r in range(runs):
    fresh()
    t, _ = run(import_cmd, label='lengkap')
    ours.append(t)
    fresh()
    t, _ = run(import_cmd, cores=one_core, label='lengkap, one core')
    ours_one.append(t)
    t, out = run(['sqlite3', base], stdin=SQL, label='sqlite3')
    theirs.append(t)
    print('run %d: lengkap %.3f s, lengkap on one core %.3f s, sqlite3 %.3f s'
          % (r + 1, ours[-1], ours_one[-1], theirs[-1]))

# Peak RSS, each in a separate measured run.
fresh()
rss_ours = peak_rss([cli, 'import', '--format', 'workers', '--cutoff', '2024-12-01', '--db', db, data])
rss_theirs = peak_rss(['sqlite3', base], stdin=SQL)

# Identical counts: the GROUP BY result against what lengkap-cli stored.
def rows_of(dbfile, sql):
    p = subprocess.run(['sqlite3', '-csv', dbfile, sql], capture_output=True, text=True, check=True)
    return sorted(p.stdout.splitlines())
baseline = rows_of(base, 'SELECT code, type, asn, non_asn FROM counts WHERE asn + non_asn > 0')
stored = rows_of(db, 'SELECT p.code, s.type_key, s.asn, s.non_asn FROM staffing s '
                     'JOIN puskesmas p ON p.id = s.puskesmas_id WHERE s.asn + s.non_asn > 0')
identical = baseline == stored

m_ours, m_theirs = statistics.median(ours), statistics.median(theirs)
print()
print('rows %d, file %.1f MB, runs %d' % (rows, os.path.getsize(data) / 1e6, runs))
print('lengkap-cli import --format workers: median %.3f s (min %.3f, max %.3f), peak RSS %.0f MB'
      % (m_ours, min(ours), max(ours), rss_ours))
print('sqlite3 .import + GROUP BY:          median %.3f s (min %.3f, max %.3f), peak RSS %.0f MB'
      % (m_theirs, min(theirs), max(theirs), rss_theirs))
print('ratio (sqlite3 / lengkap): %.1fx   target >= 6x: %s' % (m_theirs / m_ours, 'met' if m_theirs / m_ours >= 6 else 'NOT met'))
m_one = statistics.median(ours_one)
print('lengkap-cli confined to one core:    median %.3f s (min %.3f, max %.3f)'
      % (m_one, min(ours_one), max(ours_one)))
print('ratio (sqlite3 / lengkap on one core): %.1fx   target >= 6x: %s'
      % (m_theirs / m_one, 'met' if m_theirs / m_one >= 6 else 'NOT met'))
cpu = {k: statistics.median(v) for k, v in cpu_of.items()}
print('CPU time (user + system), medians: lengkap %.3f s, on one core %.3f s, sqlite3 %.3f s; '
      'ratio sqlite3 / lengkap %.1fx' % (cpu['lengkap'], cpu['lengkap, one core'], cpu['sqlite3'],
                                         cpu['sqlite3'] / cpu['lengkap']))
print('peak RSS target < 300 MB: %s' % ('met' if rss_ours < 300 else 'NOT met'))
print('counts identical (%d Puskesmas x type cells): %s' % (len(baseline), 'yes' if identical else 'NO'))
if not identical:
    print('first differences:', [x for x in baseline if x not in set(stored)][:5], [x for x in stored if x not in set(baseline)][:5])
if not keep:
    shutil.rmtree(work)
sys.exit(0 if identical else 1)
PYTHON
