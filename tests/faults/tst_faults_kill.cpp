// Issue 11: crash consistency. lengkap-cli import --replace of a national file (10,280 Puskesmas)
// is killed with SIGKILL at 24 moments spread over its run (reading, the automatic backup,
// writing, committing, after the end). After every kill the database is healthy and the cut-off
// holds either all of the old data or all of the new, never a mix.
#include "../cli/runprogram.h"
#include "faultutil.h"

#include "store.h"
#include "storecheck.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestFaultsKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"lengkap.store.info=false"_s); }
    void killsDuringImportLeaveOldOrNew();
};

namespace {

const QDate cutoff(2025, 1, 1);

// What the cut-off holds, as one hash; empty when it cannot be read.
QByteArray fingerprint(const QString &db)
{
    Store store;
    if (!store.open(db, Store::OpenMode::ReadOnly))
        return {};
    const Result<Snapshot> snapshot = store.loadSnapshot(cutoff);
    if (!snapshot)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const PuskesmasData &p : snapshot->puskesmas) {
        hash.addData(p.name.toUtf8());
        for (int t = 0; t < p.asn.size(); ++t)
            hash.addData(QByteArray::number(p.asn.at(t)) + ',' + QByteArray::number(p.nonAsn.at(t))
                         + ';');
    }
    hash.addData(QByteArray::number(snapshot->puskesmas.size()));
    return hash.result().toHex();
}

QStringList importArguments(const QString &db, const QString &file)
{
    return {u"import"_s,    u"--db"_s, db, u"--cutoff"_s, cutoff.toString(Qt::ISODate),
            u"--replace"_s, file};
}

} // namespace

void TestFaultsKill::killsDuringImportLeaveOldOrNew()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"lengkap.sqlite"_s);
    const QString files[2] = {FaultUtil::writeNationalRekap(dir.filePath(u"a.csv"_s), 0),
                              FaultUtil::writeNationalRekap(dir.filePath(u"b.csv"_s), 1)};
    QByteArray prints[2];
    qint64 duration = 0;
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        const CliTest::Run run = CliTest::runCli(importArguments(db, files[i]));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        duration = timer.elapsed(); // the second: a replace, with its backup
        prints[i] = fingerprint(db);
        QVERIFY(!prints[i].isEmpty());
    }
    QVERIFY(prints[0] != prints[1]);
    qInfo("an uninterrupted import --replace took %lld ms", duration);

    int state = 1; // the database holds b.csv's data
    int killedWhileRunning = 0;
    int landed = 0;
    const int kills = 24;
    for (int k = 0; k < kills; ++k) {
        const int other = 1 - state;
        QProcess process;
        process.start(QStringLiteral(LENGKAP_CLI), importArguments(db, files[other]));
        QVERIFY(process.waitForStarted());
        // From the start to a little past the end of an uninterrupted run.
        QThread::msleep(quint64(duration * 1.1 * k / (kills - 1)));
        if (process.state() == QProcess::Running) {
            ++killedWhileRunning;
            process.kill(); // SIGKILL
        }
        QVERIFY(process.waitForFinished(60000));

        const DatabaseHealth health = checkDatabase(db);
        QVERIFY2(health.healthy(),
                 qPrintable(u"kill %1: %2 %3"_s.arg(k).arg(health.probe.problems.join(u"; "_s),
                                                           health.domain.join(u"; "_s))));
        const QByteArray now = fingerprint(db);
        QVERIFY2(now == prints[0] || now == prints[1],
                 qPrintable(u"kill %1 after %2 ms: neither the old nor the new data"_s.arg(k).arg(
                     duration * 11 * k / (10 * (kills - 1)))));
        if (now == prints[other]) {
            ++landed;
            state = other;
        }
    }
    qInfo("%d kills: %d while the import ran, %d imports landed whole, %d left the old data", kills,
          killedWhileRunning, landed, kills - landed);
    QVERIFY(killedWhileRunning >= 20);
}

QTEST_GUILESS_MAIN(TestFaultsKill)
#include "tst_faults_kill.moc"
