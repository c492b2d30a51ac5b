// The domain checks that every open for writing runs (issue 11, model/store/sqlite/storecheck.cpp)
// on the national sample (DATA CONTOH: every cut-off, about 10,000 Puskesmas each): the rules as
// they were first written (one scan per rule, every count looked up in its cut-off, the full
// foreign-key check), as a baseline in the same run, against domainProblems() now; and
// Store::open for writing as a whole. Not a test: it prints min / median / max and the ratio.
#include "samplestore.h"
#include "store.h"
#include "storecheck.h"
#include "benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Lengkap;
using namespace Lengkap::Bench;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_domaincheck: %s\n", qPrintable(message));
    std::exit(1);
}

// The rules as first written: one statement each, the full foreign-key check.
const char16_t *const firstRules[] = {
    uR"(SELECT count(*) FROM staffing WHERE typeof(asn) <> 'integer'
         OR typeof(non_asn) <> 'integer' OR asn NOT BETWEEN 0 AND 999
         OR non_asn NOT BETWEEN 0 AND 999)",
    uR"(SELECT count(*) FROM staffing WHERE type_key NOT IN (SELECT key FROM nakes_type))",
    uR"(SELECT count(*) FROM staffing s WHERE NOT EXISTS (SELECT 1 FROM snapshot_puskesmas sp
         WHERE sp.cutoff = s.cutoff AND sp.puskesmas_id = s.puskesmas_id))",
    uR"(SELECT count(*) FROM snapshot_puskesmas sp
         WHERE NOT EXISTS (SELECT 1 FROM puskesmas p WHERE p.id = sp.puskesmas_id)
         OR NOT EXISTS (SELECT 1 FROM snapshot_district sd
                        WHERE sd.cutoff = sp.cutoff AND sd.district_code = sp.district_code)
         OR (sp.rpjmn IS NOT NULL AND sp.rpjmn NOT IN (0, 1))
         OR (sp.registered IS NOT NULL AND sp.registered NOT IN (0, 1)))",
    uR"(SELECT count(*) FROM snapshot_district sd
         WHERE NOT EXISTS (SELECT 1 FROM import_log l WHERE l.id = sd.import_id)
         OR NOT EXISTS (SELECT 1 FROM district d WHERE d.code = sd.district_code)
         OR NOT EXISTS (SELECT 1 FROM snapshot s WHERE s.cutoff = sd.cutoff))",
    uR"(SELECT count(*) FROM snapshot WHERE date(cutoff) IS NOT cutoff
         OR substr(cutoff, 9, 2) <> '01')",
    uR"(SELECT count(*) FROM puskesmas
         WHERE name = '' OR district_code NOT IN (SELECT code FROM district))",
    uR"(SELECT count(*) FROM pragma_foreign_key_check)",
    uR"(SELECT key FROM nakes_type)",
};

qint64 runFirstRules(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    qint64 broken = 0;
    for (const char16_t *sql : firstRules) {
        if (!query.exec(QString::fromUtf16(sql)))
            fail(query.lastError().text());
        while (query.next())
            broken += query.value(0).toLongLong();
    }
    return broken;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"lengkap.*.info=false"_s);
    const int runs = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 7;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"contoh.sqlite"_s);
    {
        Store store;
        if (!store.open(path))
            fail(u"cannot create %1"_s.arg(path));
        if (const Result<void> installed = installSampleIfEmpty(store); !installed)
            fail(installed.error().message);
    }
    {
        ScopedConnection connection;
        QSqlDatabase &db = connection.db();
        db.setDatabaseName(path);
        if (!db.open())
            fail(db.lastError().text());
        QSqlQuery count(db);
        if (count.exec(u"SELECT count(*), count(DISTINCT cutoff) FROM staffing"_s) && count.next())
            std::printf("national sample: %lld counts in %lld cut-offs\n",
                        count.value(0).toLongLong(), count.value(1).toLongLong());
        count.finish();
        Stats first, now, firstCpu, nowCpu;
        const auto cpuMs = [] {
            return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
        };
        for (int i = 0; i < runs; ++i) {
            // Interleaved, so a change in the machine's load hits both alike; CPU time too,
            // which a loaded machine disturbs less than wall time.
            QElapsedTimer timer;
            timer.start();
            double cpu = cpuMs();
            (void)runFirstRules(db);
            first.ms.append(double(timer.nsecsElapsed()) / 1e6);
            firstCpu.ms.append(cpuMs() - cpu);
            timer.restart();
            cpu = cpuMs();
            const Result<QStringList> problems = domainProblems(db);
            now.ms.append(double(timer.nsecsElapsed()) / 1e6);
            nowCpu.ms.append(cpuMs() - cpu);
            if (!problems || !problems->isEmpty())
                fail(u"the sample breaks a rule: %1"_s.arg(problems ? problems->join(u"; "_s)
                                                                    : problems.error().message));
        }
        std::printf("domain checks (warm page cache)\n");
        printStats("rules as first written (baseline)", first);
        printStats("domainProblems() now", now);
        std::printf("  ratio now / baseline (medians): %.2f\n", now.median() / first.median());
        printStats("CPU: rules as first written (baseline)", firstCpu);
        printStats("CPU: domainProblems() now", nowCpu);
        std::printf("  CPU ratio now / baseline (medians): %.2f\n",
                    nowCpu.median() / firstCpu.median());
    }
    Stats open;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        Store store;
        if (!store.open(path))
            fail(u"cannot open %1"_s.arg(path));
        open.ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("Store::open for writing (look, quick_check, domain checks)\n");
    printStats("open", open);
    return 0;
}
