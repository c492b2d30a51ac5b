// National import and summaries (bench/README.md): the national sample exported as a rekap CSV,
// imported through the real path and, as a baseline in the same run, by the sqlite3 shell; then
// the engine's national table and every region's summary under the 6 criteria x status.
// Not a test: it prints min / median / max and the targets of issue 3.
#include "analysis.h"
#include "bulkinsert.h"
#include "importer.h"
#include "nakestypes.h"
#include "sampledata.h"
#include "scenario.h"
#include "store.h"
#include "wilayah.h"
#include "benchstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

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
    std::fprintf(stderr, "bench_national: %s\n", qPrintable(message));
    std::exit(1);
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

// DOMAIN.md §5.1, with the optional total columns left out (the reader computes nothing then).
void writeRekap(const QString &path, const ImportBatch &batch)
{
    const Wilayah &wilayah = Wilayah::instance();
    QByteArray out
        = "provinsi,kabupaten_kota,kode_puskesmas,nama_puskesmas,kategori,rpjmn,teregistrasi";
    for (const NakesType &type : NakesTypes::all())
        out += ',' + type.key.toUtf8() + "_asn," + type.key.toUtf8() + "_non_asn";
    out += '\n';
    for (const PuskesmasCounts &row : batch.puskesmas) {
        const District *district = wilayah.district(row.districtCode);
        const Province *province = wilayah.province(district->provinceCode);
        out += csvField(province->name) + ',' + csvField(district->name) + ',' + csvField(row.code)
               + ',' + csvField(row.name) + ',' + csvField(row.kategori) + ','
               + (row.rpjmn.value_or(false) ? '1' : '0') + ','
               + (row.registered.value_or(false) ? '1' : '0');
        for (qsizetype t = 0; t < row.asn.size(); ++t)
            out += ',' + QByteArray::number(row.asn.at(t)) + ','
                   + QByteArray::number(row.nonAsn.at(t));
        out += '\n';
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size())
        fail(u"cannot write %1"_s.arg(path));
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"National import and summaries benchmark (bench/README.md)"_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Repetitions of each measurement (>= 7)."_s,
                                        u"n"_s, u"9"_s);
    parser.addOption(runsOption);
    const QCommandLineOption portableOption(
        u"portable"_s, u"Write rows through QSqlQuery only, as Qt builds with their own SQLite "
                       u"(Windows, macOS) do; default: SQLite's C API where safe."_s);
    parser.addOption(portableOption);
    parser.process(app);
    if (parser.isSet(portableOption))
        BulkInsert::setSqliteApiAllowed(false);
    const int runs = std::max(7, parser.value(runsOption).toInt());
    QLoggingCategory::setFilterRules(u"lengkap.*.info=false"_s);

    QTemporaryDir dir;
    if (!dir.isValid())
        fail(u"no temporary directory"_s);
    QFile loadavg(u"/proc/loadavg"_s);
    const QByteArray load
        = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().trimmed() : QByteArray("?");
    std::printf("bench_national: %d runs, %d cores, load average %s\n", runs,
                QThread::idealThreadCount(), load.constData());
    {
        Store probe;
        if (!probe.open(dir.filePath(u"probe.db"_s)))
            fail(u"cannot open a database"_s);
        std::printf("rows written through: %s\n",
                    probe.bulkWritesUseSqliteApi() ? "SQLite's C API" : "QSqlQuery (portable)");
    }

    // The data set: generation is what the window does on first start.
    Stats generate, generateCpu;
    SampleData sample;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        sample = generateSampleData();
        generate.ms.append(elapsedMs(timer));
        generateCpu.ms.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    }
    const SampleCutoff &latest = sample.cutoffs.last();
    const QString csvPath = dir.filePath(u"nasional.csv"_s);
    writeRekap(csvPath, latest.batch);
    std::printf("\nsample: %lld Puskesmas, cut-off %s, rekap CSV %lld bytes\n",
                static_cast<long long>(latest.batch.puskesmas.size()),
                qPrintable(latest.cutoff.toString(Qt::ISODate)),
                static_cast<long long>(QFile(csvPath).size()));
    printStats("generateSampleData (both cut-offs)", generate, "[target < 100 ms]");
    printStats("generateSampleData, processor time", generateCpu);

    // (a) The full import path into a fresh database each run.
    // (a) The full import path into a fresh database, and (b) the baseline: the sqlite3 shell
    // importing the same file into a fresh database. Interleaved run by run, so both see the same
    // load on a shared machine; the ratio is the median of the per-run ratios.
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    Stats read, write, total, open, writeCpu, baseline, ratio;
    QString lastDatabase;
    for (int run = 0; run < runs; ++run) {
        const QString dbPath = dir.filePath(u"lengkap-%1.db"_s.arg(run));
        QElapsedTimer timer;
        timer.start();
        Store store;
        const Result<void> opened = store.open(dbPath);
        if (!opened)
            fail(opened.error().message);
        open.ms.append(elapsedMs(timer));
        timer.restart();
        const Result<ImportBatch> batch = readImportFile(csvPath);
        if (!batch)
            fail(batch.error().message);
        read.ms.append(elapsedMs(timer));
        if (batch->puskesmas.size() != latest.batch.puskesmas.size())
            fail(u"read %1 rows, expected %2"_s.arg(batch->puskesmas.size())
                     .arg(latest.batch.puskesmas.size()));
        QElapsedTimer storeTimer;
        storeTimer.start();
        const std::clock_t cpuStart = std::clock();
        const Result<ImportOutcome> outcome = store.importBatch(*batch, latest.cutoff, false);
        if (!outcome)
            fail(outcome.error().message);
        write.ms.append(elapsedMs(storeTimer));
        writeCpu.ms.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        total.ms.append(elapsedMs(timer));
        store.close();
        if (!lastDatabase.isEmpty())
            removeDatabase(lastDatabase);
        lastDatabase = dbPath;

        if (sqlite3.isEmpty())
            continue;
        const QString baselinePath = dir.filePath(u"sqlite3-%1.db"_s.arg(run));
        QProcess process;
        timer.restart();
        process.start(sqlite3, {baselinePath, u".import --csv %1 rekap"_s.arg(csvPath)});
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0)
            fail(u"sqlite3 failed: %1"_s.arg(
                QString::fromLocal8Bit(process.readAllStandardError())));
        baseline.ms.append(elapsedMs(timer));
        ratio.ms.append(total.ms.last() / baseline.ms.last());
        removeDatabase(baselinePath);
    }
    std::printf("\n(a) import: readImportFile + Store::importBatch, fresh database\n");
    printStats("Store::open (create schema, seed wilayah)", open);
    printStats("readImportFile (rekap CSV)", read);
    printStats("Store::importBatch", write);
    printStats("Store::importBatch, processor time", writeCpu);
    printStats("national import (read + store)", total, "[target < 300 ms]");

    std::printf("\n(b) baseline: sqlite3 .import --csv, fresh database (process start included)\n");
    if (sqlite3.isEmpty()) {
        std::printf("  sqlite3 not found: baseline skipped (apt-get install sqlite3)\n");
    } else {
        printStats("sqlite3 .import --csv", baseline);
        std::printf("  ratio ours / sqlite3, per run: min %.2f  median %.2f  max %.2f\n",
                    ratio.min(), ratio.median(), ratio.max());
    }

    // (c) The engine on the snapshot the store gives back.
    std::printf("\n(c) summaries: Analysis on the imported snapshot, 6 criteria x status\n");
    Store store;
    if (const Result<void> opened = store.open(lastDatabase); !opened)
        fail(opened.error().message);
    QElapsedTimer loadTimer;
    loadTimer.start();
    Result<Snapshot> snapshot = store.loadSnapshot(latest.cutoff);
    if (!snapshot)
        fail(snapshot.error().message);
    const double loadMs = elapsedMs(loadTimer);
    loadTimer.restart();
    const Analysis analysis(std::move(*snapshot));
    const double indexMs = elapsedMs(loadTimer);
    std::printf("  Store::loadSnapshot %.3f ms, Analysis index %.3f ms (once per cut-off)\n",
                loadMs, indexMs);

    const QList<Criteria> criteriaList = {Criteria::Sisdmk, Criteria::Registered, Criteria::Rpjmn};
    const QList<Status> statusList = {Status::All, Status::Asn};
    const QStringList provinceCodes = analysis.provinceCodes();
    const QStringList districtCodes = analysis.districtCodes();
    qint64 checksum = 0; // keeps the work observable
    Stats nationalTable, tablesSweep, summarySweep;
    for (int run = 0; run < runs; ++run) {
        for (Criteria criteria : criteriaList) {
            for (Status status : statusList) {
                QElapsedTimer timer;
                timer.start();
                const QList<RegionSummary> provinces = analysis.provinces(criteria, status);
                nationalTable.ms.append(elapsedMs(timer));
                checksum += provinces.size() ? provinces.first().complete : 0;
            }
        }
        // Every table the window can show: the nation, its provinces, each province's districts.
        QElapsedTimer timer;
        timer.start();
        for (Criteria criteria : criteriaList) {
            for (Status status : statusList) {
                checksum += analysis.national(criteria, status).complete;
                checksum += analysis.provinces(criteria, status).size();
                for (const QString &province : provinceCodes)
                    checksum += analysis.districts(province, criteria, status).size();
            }
        }
        tablesSweep.ms.append(elapsedMs(timer));
        // The same regions one summary() call each: 1 + provinces + districts per combination.
        timer.restart();
        for (Criteria criteria : criteriaList) {
            for (Status status : statusList) {
                checksum += analysis.summary(Level::National, {}, criteria, status).complete;
                for (const QString &province : provinceCodes)
                    checksum
                        += analysis.summary(Level::Province, province, criteria, status).complete;
                for (const QString &district : districtCodes)
                    checksum
                        += analysis.summary(Level::District, district, criteria, status).shortage;
            }
        }
        summarySweep.ms.append(elapsedMs(timer));
    }
    printStats("national table (Analysis::provinces)", nationalTable, "[target < 16 ms]");
    std::printf("  all regions (1 + %lld + %lld) x 6 combinations:\n",
                static_cast<long long>(provinceCodes.size()),
                static_cast<long long>(districtCodes.size()));
    printStats("  as tables (national/provinces/districts)", tablesSweep);
    printStats("  as one summary() per region", summarySweep);

    // (d) a planner's national scenario: 3,300 workers of five types (issue: scenarios).
    const auto typeIndex = [](const char16_t *key) {
        return NakesTypes::indexOf(QStringView(key));
    };
    const QList<Placement> placements {{typeIndex(u"dokter_gigi"), 1200},
                                       {typeIndex(u"atlm"), 900},
                                       {typeIndex(u"gizi"), 400},
                                       {typeIndex(u"farmasi"), 300},
                                       {typeIndex(u"promkes"), 500}};
    Stats scenario;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ScenarioResult result = planScenario(analysis, Level::National, {}, Criteria::Sisdmk,
                                                   Status::All, placements);
        scenario.ms.append(elapsedMs(timer));
        checksum += result.completeAfter;
    }
    std::printf("\n(d) scenarios\n");
    printStats("national scenario, 3,300 workers of 5 types", scenario, "[target < 50 ms]");

    const RegionSummary lombokTimur
        = analysis.summary(Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    std::printf("  check: Lombok Timur %d / %d complete, shortage %d; checksum %lld\n",
                lombokTimur.puskesmas, lombokTimur.complete, lombokTimur.shortage,
                static_cast<long long>(checksum));
    return 0;
}
