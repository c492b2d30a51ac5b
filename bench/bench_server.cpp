// The PostgreSQL server (issue 15, bench/README.md), on a throwaway cluster started here as the
// server tests start theirs: push of the national sample cut-off against psql \copy of the same
// rows into the same tables, pull of a province against pg_dump of those rows, and the national
// view drawn from a server connection. Baselines run interleaved with ours, run by run.
// Not a test: it prints min / median / max and the ratios.
#include "../tests/server/pgcluster.h"

#include "analysis.h"
#include "pgserver.h"
#include "samplestore.h"
#include "serversource.h"
#include "skm.h"
#include "store.h"
#include "wilayah.h"
#include "benchstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Lengkap;
using Lengkap::ServerTest::Output;
using Lengkap::ServerTest::PgCluster;
using namespace Lengkap::Bench;

namespace {

void printRatio(const char *label, const Stats &ours, const Stats &base, double target)
{
    Stats ratio;
    for (qsizetype i = 0; i < ours.ms.size(); ++i)
        ratio.ms.append(ours.ms.at(i) / base.ms.at(i));
    std::printf("  %-46s min %8.2f  median %8.2f  max %8.2f     target < %.1f: %s\n", label,
                ratio.min(), ratio.median(), ratio.max(), target,
                ratio.median() < target ? "met" : "NOT MET");
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_server: %s\n", qPrintable(message));
    std::exit(1);
}

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return elapsedMs(timer);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"lengkap.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each measurement (default 7)."_s,
                                        u"N"_s, u"7"_s);
    const QCommandLineOption cliOption(u"cli"_s, u"The lengkap-cli to time."_s, u"PATH"_s,
                                       QCoreApplication::applicationDirPath()
                                           + u"/../cli/lengkap-cli"_s);
    const QCommandLineOption otherCliOption(
        u"compare-cli"_s,
        u"Another lengkap-cli (e.g. an older build) whose push is timed in the same runs."_s,
        u"PATH"_s);
    parser.addOptions({runsOption, cliOption, otherCliOption});
    parser.process(app);
    const int runs = std::max(3, parser.value(runsOption).toInt());
    const QString cli = parser.value(cliOption);
    const QString otherCli = parser.value(otherCliOption);
    if (!QFile::exists(cli))
        fail(u"no lengkap-cli at %1 (give --cli)"_s.arg(cli));

    double load[3] = {};
    if (getloadavg(load, 3) == 3)
        std::printf("load average %.2f %.2f %.2f\n", load[0], load[1], load[2]);

    PgCluster cluster;
    if (const QString reason = cluster.start(); !reason.isEmpty())
        fail(u"the PostgreSQL server did not start: "_s + reason);
    qputenv("PGPASSFILE", QFile::encodeName(cluster.passFile()));
    const QProcessEnvironment env = cluster.clientEnvironment();
    const QString admin = cluster.adminConninfo();

    QTemporaryDir dir;
    const QString sample = dir.filePath(u"sample.sqlite"_s);
    Store store;
    if (!store.open(sample).ok() || !installSample(store).ok())
        fail(u"cannot write the national sample"_s);
    const QDate cutoff = store.cutoffs()->last();
    const Snapshot snapshot = *store.loadSnapshot(cutoff);
    store.close();
    const QString cutoffText = cutoff.toString(Qt::ISODate);

    PgServer server;
    if (Result<void> c = server.connect(admin); !c)
        fail(c.error().message);
    if (Result<void> i = server.init(); !i)
        fail(i.error().message);
    if (Result<void> a = server.addUser(u"kemenkes"_s, AccountScope::National, {}, u"n-secret"_s);
        !a)
        fail(a.error().message);
    cluster.addPassword(u"kemenkes"_s, u"n-secret"_s);
    QStringList districts;
    for (const PuskesmasData &p : snapshot.puskesmas) {
        if (districts.isEmpty() || districts.last() != p.districtCode)
            districts.append(p.districtCode);
    }
    const PushRows rows = PgServer::pushRows(snapshot, districts);
    std::printf("national sample %s: %d Puskesmas x %lld types x 2 statuses, %lld districts\n",
                qPrintable(cutoffText), rows.puskesmasCount,
                static_cast<long long>(rows.typeKeys.count(',') + 1),
                static_cast<long long>(districts.size()));

    // The baseline's files: the same rows with the push ids psql inserts, one \copy per table.
    auto psqlScript = [&](qint64 firstId) {
        QHash<QByteArray, qint64> idOf;
        QByteArray pushes;
        for (qsizetype i = 0; i < districts.size(); ++i) {
            const QByteArray code = districts.at(i).toUtf8();
            idOf.insert(code, firstId + i);
            pushes += QByteArray::number(firstId + i) + '\t' + cutoffText.toLatin1() + '\t' + code
                      + "\tlengkap_admin\t0\t" + rows.typeKeys + '\n';
        }
        auto withIds = [&idOf](const QByteArray &data) {
            QByteArray out;
            out.reserve(data.size() + data.size() / 4);
            for (const QByteArray &line : data.split('\n')) {
                if (line.isEmpty())
                    continue;
                const qsizetype tab = line.indexOf('\t');
                out += QByteArray::number(idOf.value(line.left(tab))) + '\t' + line + '\n';
            }
            return out;
        };
        auto write = [&dir](const QString &name, const QByteArray &data) {
            QFile file(dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(data);
        };
        write(u"push.txt"_s, pushes);
        write(u"puskesmas.txt"_s, withIds(rows.puskesmas));
        write(
            u"copy.sql"_s,
            (u"BEGIN;\n"
             "UPDATE lengkap.push SET replaced_at = now(), replaced_by = session_user "
             "WHERE cutoff = '%1' AND replaced_at IS NULL;\n"
             "\\copy lengkap.push (id, cutoff, district_code, pushed_by, puskesmas, type_keys) "
             "FROM '%2'\n"
             "\\copy lengkap.puskesmas (push_id, district_code, pos, code, name, kategori, rpjmn, "
             "registered, asn, non_asn) FROM '%3'\n"
             "SELECT setval('lengkap.push_id_seq', %4);\n"
             "COMMIT;\n"_s)
                .arg(cutoffText, dir.filePath(u"push.txt"_s), dir.filePath(u"puskesmas.txt"_s))
                .arg(firstId + districts.size())
                .toUtf8());
    };
    auto nextId = [&]() {
        const Output max = cluster.psqlAdmin(
            u"lengkap"_s, u"SELECT coalesce(max(id), 0) + 1 FROM lengkap.push"_s);
        return max.out.trimmed().toLongLong();
    };

    std::printf("\npush of the national cut-off (%d runs, interleaved)\n", runs);
    Stats pushCli, pushOther, pushOnly, pushCopy;
    for (int run = 0; run < runs; ++run) {
        if (!otherCli.isEmpty()) {
            pushOther.ms.append(timed([&] {
                const Output o = PgCluster::run(
                    otherCli,
                    {u"push"_s, u"--db"_s, sample, u"--server"_s, admin, u"--cutoff"_s, cutoffText},
                    env, 300000);
                if (o.code != 0)
                    fail(u"push (--compare-cli) failed: "_s + o.err);
            }));
        }
        // The server part alone: connect and push the snapshot already read from the file.
        pushOnly.ms.append(timed([&] {
            PgServer pusher;
            if (Result<void> c = pusher.connect(admin); !c)
                fail(c.error().message);
            if (Result<PushOutcome> p = pusher.push(snapshot, districts, u"bench"_s); !p)
                fail(p.error().message);
        }));
        pushCli.ms.append(timed([&] {
            const Output o = PgCluster::run(
                cli,
                {u"push"_s, u"--db"_s, sample, u"--server"_s, admin, u"--cutoff"_s, cutoffText},
                env, 300000);
            if (o.code != 0)
                fail(u"push failed: "_s + o.err);
        }));
        psqlScript(nextId());
        pushCopy.ms.append(timed([&] {
            const Output o = PgCluster::run(cluster.binDir() + u"/psql"_s,
                                            {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s,
                                             u"-d"_s, admin, u"-f"_s, dir.filePath(u"copy.sql"_s)},
                                            env, 300000);
            if (o.code != 0)
                fail(u"psql \\copy failed: "_s + o.err);
        }));
    }
    printStats("lengkap-cli push (process, SQLite read incl.)", pushCli);
    if (!otherCli.isEmpty())
        printStats("--compare-cli push (process)", pushOther);
    printStats("PgServer connect + push (in process)", pushOnly);
    printStats("psql \\copy of the same rows (process)", pushCopy);
    printRatio("ratio lengkap-cli push / \\copy", pushCli, pushCopy, 2.0);
    if (!otherCli.isEmpty())
        printRatio("ratio --compare-cli push / \\copy", pushOther, pushCopy, 2.0);
    printRatio("ratio connect + push / \\copy", pushOnly, pushCopy, 2.0);
    // One last push, so the current data are ours for the reads below.
    {
        const Output o = PgCluster::run(
            cli, {u"push"_s, u"--db"_s, sample, u"--server"_s, admin, u"--cutoff"_s, cutoffText},
            env, 300000);
        if (o.code != 0)
            fail(u"push failed: "_s + o.err);
    }

    // Pull of the largest province of the sample against pg_dump of the same rows.
    QHash<QString, int> perProvince;
    for (const PuskesmasData &p : snapshot.puskesmas)
        ++perProvince[p.provinceCode];
    QString province = perProvince.cbegin().key(); // any, then the largest
    for (auto it = perProvince.cbegin(); it != perProvince.cend(); ++it) {
        if (it.value() > perProvince.value(province))
            province = it.key();
    }
    const QString provinceName = Wilayah::instance().province(province)->name;
    const Output copied = cluster.psqlAdmin(
        u"lengkap"_s,
        u"CREATE SCHEMA bench; "
        "CREATE TABLE bench.push AS SELECT * FROM lengkap.push WHERE replaced_at IS NULL AND "
        "cutoff = '%1' AND district_code LIKE '%2.%'; "
        "CREATE TABLE bench.puskesmas AS SELECT k.* FROM lengkap.puskesmas k JOIN bench.push p "
        "ON p.id = k.push_id; "
        ""_s.arg(cutoffText, province));
    if (copied.code != 0)
        fail(u"cannot copy the province's rows: "_s + copied.err);
    std::printf("\npull of %s (%d Puskesmas; %d runs, interleaved)\n", qPrintable(provinceName),
                perProvince.value(province), runs);
    Stats pull, dump;
    for (int run = 0; run < runs; ++run) {
        const QString target = dir.filePath(u"pull-%1.sqlite"_s.arg(run));
        pull.ms.append(timed([&] {
            const Output o = PgCluster::run(cli,
                                            {u"pull"_s, u"--db"_s, target, u"--server"_s,
                                             cluster.conninfo(u"kemenkes"_s), u"--province"_s,
                                             provinceName, u"--cutoff"_s, cutoffText},
                                            env, 300000);
            if (o.code != 0)
                fail(u"pull failed: "_s + o.err);
        }));
        dump.ms.append(timed([&] {
            const Output o = PgCluster::run(
                cluster.binDir() + u"/pg_dump"_s,
                {u"--data-only"_s, u"-t"_s, u"bench.push"_s, u"-t"_s, u"bench.puskesmas"_s, u"-f"_s,
                 dir.filePath(u"dump-%1.sql"_s.arg(run)), u"-d"_s, admin},
                env, 300000);
            if (o.code != 0)
                fail(u"pg_dump failed: "_s + o.err);
        }));
    }
    printStats("lengkap-cli pull --province (process, new file)", pull);
    printStats("pg_dump --data-only of those rows (process)", dump);
    printRatio("ratio pull / pg_dump", pull, dump, 2.0);

    // The national view from a server connection as the window opens it (ServerConnection,
    // DashboardWindow::setSource): connect; the back end (schema check, account), its cut-offs
    // and standards; the snapshot fetched; the Analysis and the national table.
    std::printf("\nnational view from a server connection (national account, RLS on; %d runs)\n",
                runs);
    Stats view, connectStep, openStep, fetchStep, analysisStep;
    int complete = 0;
    for (int run = 0; run < runs; ++run) {
        view.ms.append(timed([&] {
            auto national = std::make_shared<PgServer>();
            connectStep.ms.append(timed([&] {
                if (Result<void> c = national->connect(cluster.conninfo(u"kemenkes"_s)); !c)
                    fail(c.error().message);
            }));
            std::shared_ptr<ServerSource> source;
            openStep.ms.append(timed([&] {
                Result<std::shared_ptr<ServerSource>> opened = ServerSource::open(national);
                if (!opened)
                    fail(opened.error().message);
                source = *opened;
                const Result<QList<QDate>> cutoffs = source->cutoffs();
                if (!cutoffs || !cutoffs->contains(cutoff))
                    fail(u"cut-offs failed"_s);
                if (const Result<std::optional<SkmStandards>> standards = source->standards();
                    !standards || !standards->has_value())
                    fail(u"standards failed"_s);
            }));
            Result<Snapshot> snapshot = Snapshot();
            fetchStep.ms.append(timed([&] { snapshot = source->loadSnapshot(cutoff); }));
            if (!snapshot)
                fail(u"fetch failed"_s);
            analysisStep.ms.append(timed([&] {
                const Analysis analysis(std::move(*snapshot));
                const QList<RegionSummary> provinces
                    = analysis.provinces(Criteria::Sisdmk, Status::All);
                complete = analysis.national(Criteria::Sisdmk, Status::All).complete;
                if (provinces.isEmpty())
                    fail(u"no provinces"_s);
            }));
        }));
    }
    printStats("connect (SCRAM password)", connectStep);
    printStats("back end: schema, account, cut-offs, standards", openStep);
    printStats("loadSnapshot (2 COPY TO STDOUT, RLS, to Snapshot)", fetchStep);
    printStats("Analysis + national table", analysisStep);
    printStats("connect + fetch + Analysis + national table", view,
               view.median() < 200 ? "target < 200 ms: met" : "target < 200 ms: NOT MET");
    std::printf("  (national complete: %d)\n", complete);
    cluster.stop();
    return 0;
}
