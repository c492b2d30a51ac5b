// Issue 11, defect 1: the window and the CLI on one database. The window holds a Store open for
// hours and imports through a second Store in its worker thread; lengkap-cli processes import and
// read the same file meanwhile. Opening a database file outside SQLite (a QFile to read its
// header) and closing it drops every POSIX lock the process holds on that file, so another
// process's last connection deleted the -wal and -shm under the window ("database disk image is
// malformed"). Here: 200 rounds of all three at once, no error, every import seen by the
// long-lived Store, integrity ok.
#include "../cli/runprogram.h"

#include "importer.h"
#include "store.h"
#include "storecheck.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestFaultsConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void windowAndCliShareOneFile();
};

namespace {

const QString seedRekap = QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv");

QProcess *startCli(const QStringList &arguments)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"en_GB.UTF-8"_s);
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(LENGKAP_CLI), arguments);
    return process;
}

} // namespace

void TestFaultsConcurrency::windowAndCliShareOneFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"shared.sqlite"_s);
    Result<ImportBatch> batch = readImportFile(seedRekap, {});
    QVERIFY2(batch, qPrintable(batch ? QString() : batch.error().message));

    Store window; // the window's long-lived connection
    QVERIFY(window.open(db, Store::OpenMode::WriteIfPossible));
    const QDate first(2000, 1, 1);
    QSet<QDate> imported;
    const int rounds = 200;
    QElapsedTimer timer;
    timer.start();
    // The window's import: a Store of its own on the same file, opened and closed.
    const auto windowImport = [&](QDate cutoff) {
        Store worker;
        Result<void> opened = worker.open(db, Store::OpenMode::WriteIfPossible);
        if (!opened)
            return opened.error().message;
        Result<ImportOutcome> written = worker.importBatch(*batch, cutoff, false);
        return written ? QString() : written.error().message;
    };
    QCOMPARE(windowImport(first), QString());
    imported.insert(first);
    for (int round = 0; round < rounds; ++round) {
        // The CLI imports one cut-off and reads the window's last one while the window imports
        // the next.
        const QDate windowCutoff = first.addMonths(2 * round);
        const QDate cliCutoff = first.addMonths(2 * round + 1);
        const QDate nextCutoff = first.addMonths(2 * round + 2);
        std::unique_ptr<QProcess> import(startCli({u"import"_s, u"--db"_s, db, u"--cutoff"_s,
                                                   cliCutoff.toString(Qt::ISODate), seedRekap}));
        std::unique_ptr<QProcess> summary(
            startCli({u"summary"_s, u"--db"_s, db, u"--json"_s, u"--cutoff"_s,
                      windowCutoff.toString(Qt::ISODate)}));
        QCOMPARE(windowImport(nextCutoff), QString());
        imported.insert(nextCutoff);
        for (QProcess *process : {import.get(), summary.get()}) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     qPrintable(u"round %1: %2"_s.arg(round).arg(
                         QString::fromUtf8(process->readAllStandardError()))));
        }
        QVERIFY(summary->readAllStandardOutput().contains("\"puskesmas\": 35"));
        imported.insert(cliCutoff);

        // The window sees every import, without an error.
        Result<QList<QDate>> cutoffs = window.cutoffs();
        QVERIFY2(cutoffs, qPrintable(u"round %1: %2"_s.arg(round).arg(
                              cutoffs ? QString() : cutoffs.error().message)));
        QCOMPARE(QSet<QDate>(cutoffs->cbegin(), cutoffs->cend()), imported);
        Result<Snapshot> latest = window.loadSnapshot(cliCutoff);
        QVERIFY2(latest, qPrintable(u"round %1: %2"_s.arg(round).arg(
                             latest ? QString() : latest.error().message)));
        QCOMPARE(latest->puskesmas.size(), 35);
    }
    qInfo("%d rounds in %lld ms", rounds, qint64(timer.elapsed()));
    window.close();
    const DatabaseHealth health = checkDatabase(db);
    QVERIFY2(health.healthy(),
             qPrintable(health.probe.problems.join(u"; "_s) + health.domain.join(u"; "_s)));
    QCOMPARE(health.cutoffs.size(), 2 * rounds + 1);
}

QTEST_GUILESS_MAIN(TestFaultsConcurrency)
#include "tst_faults_concurrency.moc"
