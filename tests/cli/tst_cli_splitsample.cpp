// Issue 12: `lengkap-cli check` says when a database mixes the sample with the user's imports,
// and `lengkap-cli split-sample` takes the sample out after an automatic backup.
#include "runprogram.h"

#include "nakestypes.h"
#include "samplestore.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;
using namespace Lengkap::CliTest;

class TestCliSplitSample : public QObject
{
    Q_OBJECT

private slots:
    void checkThenSplit();
};

void TestCliSplitSample::checkThenSplit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mixed = dir.filePath(u"old.sqlite"_s);
    const QString sampleOnly = dir.filePath(u"contoh.sqlite"_s);
    {
        Store store;
        QVERIFY(store.open(mixed).ok());
        QVERIFY(installSample(store).ok());
        ImportBatch batch;
        batch.sourceName = u"lebak.csv"_s;
        batch.sha256 = u"00"_s;
        batch.format = u"rekap"_s;
        PuskesmasCounts p;
        p.districtCode = u"36.02"_s;
        p.name = u"RANGKASBITUNG"_s;
        p.asn = QList<int>(NakesTypes::count(), 1);
        p.nonAsn = QList<int>(NakesTypes::count(), 0);
        p.line = 2;
        batch.puskesmas = {p};
        QVERIFY(store.importBatch(batch, QDate(2025, 9, 1), false).ok());
        Store sample;
        QVERIFY(sample.open(sampleOnly).ok());
        QVERIFY(installSample(sample).ok());
    }
    const QStringList en {u"LANG=en_US.UTF-8"_s};

    Run check = runCli({u"check"_s, u"--db"_s, mixed}, en);
    QCOMPARE(check.code, 0);
    QVERIFY2(check.out.contains(u"mixed with your imports: 1,028 district tables"_s)
                 && check.out.contains(u"split-sample"_s),
             qPrintable(check.out));
    // The sample's own file is not "mixed".
    Run checkSample = runCli({u"check"_s, u"--db"_s, sampleOnly}, en);
    QCOMPARE(checkSample.code, 0);
    QVERIFY(!checkSample.out.contains(u"split-sample"_s));

    const qsizetype backups = Store::backups(mixed).size();
    Run split = runCli({u"split-sample"_s, u"--db"_s, mixed}, en);
    QVERIFY2(split.code == 0, qPrintable(split.err));
    QVERIFY2(split.out.contains(u"sample data removed"_s), qPrintable(split.out));
    QCOMPARE(Store::backups(mixed).size(), backups + 1);

    check = runCli({u"check"_s, u"--db"_s, mixed}, en);
    QCOMPARE(check.code, 0);
    QVERIFY(!check.out.contains(u"split-sample"_s));
    QVERIFY2(check.out.contains(u"cut-offs: 1"_s), qPrintable(check.out));

    // Nothing to do, and a sample file refused (exit 3, nothing written).
    QCOMPARE(runCli({u"split-sample"_s, u"--db"_s, mixed}, en).code, 0);
    Run refused = runCli({u"split-sample"_s, u"--db"_s, sampleOnly}, en);
    QCOMPARE(refused.code, 3);
    QVERIFY(Store::backups(sampleOnly).isEmpty());
    QCOMPARE(runCli({u"split-sample"_s}, en).code, 2);
}

QTEST_GUILESS_MAIN(TestCliSplitSample)
#include "tst_cli_splitsample.moc"
