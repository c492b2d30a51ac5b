// Tests model/io/puskesmasname.cpp (issue 12 §5): a worker export's "PUSKESMAS Banjarsari" shows as
// the rekap's "BANJARSARI", read through the real workers reader too.
#include "importer.h"
#include "puskesmasname.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestPuskesmasName : public QObject
{
    Q_OBJECT

private slots:
    void displayName_data();
    void displayName();
    void workersFileNames_data();
    void workersFileNames();
};

void TestPuskesmasName::displayName_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("shown");
    QTest::newRow("worker export") << u"PUSKESMAS Banjarsari"_s << u"BANJARSARI"_s;
    QTest::newRow("rekap") << u"BANJARSARI"_s << u"BANJARSARI"_s;
    QTest::newRow("PKM. and spaces") << u"Pkm.  Cikulur "_s << u"CIKULUR"_s;
    QTest::newRow("UPTD") << u"UPTD Puskesmas Malingping"_s << u"MALINGPING"_s;
    QTest::newRow("two words") << u"puskesmas aikmel utara"_s << u"AIKMEL UTARA"_s;
    QTest::newRow("only the word") << u"Puskesmas"_s << u"PUSKESMAS"_s;
}

void TestPuskesmasName::displayName()
{
    QFETCH(QString, written);
    QFETCH(QString, shown);
    QCOMPARE(puskesmasDisplayName(written), shown);
}

void TestPuskesmasName::workersFileNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("PUSKESMAS KERUAK") << u"sisdmk_codes.csv"_s;
    QTest::newRow("Puskesmas Keruak / KERUAK") << u"names_semicolon.csv"_s;
}

void TestPuskesmasName::workersFileNames()
{
    QFETCH(QString, file);
    const Result<ImportBatch> batch
        = readImportFile(QStringLiteral(LENGKAP_TEST_DATA "/workers/") + file);
    QVERIFY2(batch.ok(), qPrintable(batch ? QString() : batch.error().message));
    QVERIFY(!batch->puskesmas.isEmpty());
    for (const PuskesmasCounts &p : batch->puskesmas) {
        QVERIFY2(!p.name.startsWith(u"PUSKESMAS"_s, Qt::CaseInsensitive), qPrintable(p.name));
        QCOMPARE(p.name, p.name.toUpper());
    }
}

QTEST_GUILESS_MAIN(TestPuskesmasName)
#include "tst_puskesmasname.moc"
