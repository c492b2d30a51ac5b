// Tests model/io/longreader.cpp (DOMAIN.md §5.2): labels and status spellings, summing of repeated
// keys, a golden dump and the broken corpus in tests/data/broken/long/.
#include "batchdump.h"
#include "importer.h"
#include "nakestypes.h"
#include "readers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(LENGKAP_TEST_DATA "/") + name;
}

Result<ImportBatch> readLongFile(const QString &path)
{
    Result<std::unique_ptr<RecordSource>> source = openCsv(path);
    if (!source)
        return source.error();
    return readLong(**source, {});
}

} // namespace

class TestLongReader : public QObject
{
    Q_OBJECT

private slots:
    void sums_data();
    void sums();
    void golden();
    void broken_data();
    void broken();
};

void TestLongReader::sums_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("asn");
    QTest::addColumn<int>("nonAsn");
    // Rangkasbitung: "Dokter" ASN 2 + PNS 1 + PPPK 1 under three spellings of the district and
    // the name; "Physician" Non-ASN 3; dentists as label and key, "non asn" and "Non-ASN".
    QTest::newRow("physicians, ASN = ASN + PNS + PPPK rows") << 0 << u"dokter"_s << 4 << 3;
    QTest::newRow("dentists by label and by key") << 0 << u"dokter_gigi"_s << 0 << 2;
    QTest::newRow("empty count reads 0") << 0 << u"atlm"_s << 0 << 0;
    QTest::newRow("health promotion by both labels") << 1 << u"promkes"_s << 1 << 2;
    QTest::newRow("sanitation label in lower case") << 1 << u"sanitasi"_s << 1 << 0;
    QTest::newRow("Kabupaten Serang midwives") << 2 << u"bidan"_s << 5 << 0;
    QTest::newRow("laboratory by full label, PPPK") << 2 << u"atlm"_s << 1 << 0;
    QTest::newRow("Kota Serang midwives") << 3 << u"bidan"_s << 4 << 6;
}

void TestLongReader::sums()
{
    QFETCH(int, index);
    QFETCH(QString, type);
    QFETCH(int, asn);
    QFETCH(int, nonAsn);
    const Result<ImportBatch> batch = readLongFile(dataPath(u"long_lebak.csv"_s));
    QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
    QCOMPARE(batch->puskesmas.size(), 4);
    const PuskesmasCounts &p = batch->puskesmas.at(index);
    const int t = NakesTypes::indexOf(type);
    QCOMPARE(p.asn.at(t), asn);
    QCOMPARE(p.nonAsn.at(t), nonAsn);
    QCOMPARE(batch->puskesmas.at(0).districtCode, u"36.02"_s);
    QCOMPARE(batch->puskesmas.at(1).name, u"Cibadak, Kota"_s);
    QCOMPARE(batch->puskesmas.at(2).districtCode, u"36.04"_s);
    QCOMPARE(batch->puskesmas.at(3).districtCode, u"36.73"_s);
    QCOMPARE(batch->report.skippedEmptyRows, 1);
    QCOMPARE(batch->report.emptyCountCells, 1);
}

void TestLongReader::golden()
{
    ReadOptions options;
    options.format = ImportFormat::Long;
    const Result<ImportBatch> batch = readImportFile(dataPath(u"long_lebak.csv"_s), options);
    QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
    TestSupport::compareGolden(u"long_lebak.txt"_s, TestSupport::dumpBatch(*batch));
}

void TestLongReader::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing jumlah") << u"missing_column.csv"_s << u"missing_column.csv:1: "_s
                                    << u"missing required column(s): jumlah"_s;
    QTest::newRow("typo of jenis")
        << u"typo_column.csv"_s << u"typo_column.csv:1: "_s << u"did you mean 'jenis'?"_s;
    QTest::newRow("unknown type") << u"unknown_type.csv"_s << u"unknown_type.csv:3: "_s
                                  << u"column jenis: 'Dokter Hewan' is not one of the types"_s;
    QTest::newRow("unknown status") << u"bad_status.csv"_s << u"bad_status.csv:4: "_s
                                    << u"column status: 'Lainnya' is neither ASN nor Non-ASN"_s;
    QTest::newRow("word for a number") << u"not_a_number.csv"_s << u"not_a_number.csv:2: "_s
                                       << u"column jumlah: 'dua' is not a whole number"_s;
    QTest::newRow("negative count") << u"negative_count.csv"_s << u"negative_count.csv:5: "_s
                                    << u"column jumlah: '-1' is negative"_s;
    QTest::newRow("empty name") << u"empty_name.csv"_s << u"empty_name.csv:3: "_s
                                << u"empty nama_puskesmas"_s;
    QTest::newRow("empty code") << u"empty_code.csv"_s << u"empty_code.csv:2: "_s
                                << u"empty kode_puskesmas"_s;
    QTest::newRow("unknown district names the closest")
        << u"unknown_district.csv"_s << u"unknown_district.csv:4: "_s
        << u"unknown district 'Lebakk Selatan' in Banten; closest: Lebak"_s;
    QTest::newRow("one code, two Puskesmas")
        << u"code_conflict.csv"_s << u"code_conflict.csv:4: "_s
        << u"kode_puskesmas 'P3602001' is 'Puskesmas Cibadak'"_s;
    QTest::newRow("short row") << u"short_row.csv"_s << u"short_row.csv:5: "_s
                               << u"has 6 cells but the header has 7"_s;
}

void TestLongReader::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, prefix);
    QFETCH(QString, fragment);
    const Result<ImportBatch> batch = readLongFile(dataPath(u"broken/long/"_s + file));
    QVERIFY(!batch);
    QCOMPARE(batch.error().kind, Error::Kind::Input);
    QVERIFY2(batch.error().message.startsWith(prefix), qPrintable(batch.error().message));
    QVERIFY2(batch.error().message.contains(fragment), qPrintable(batch.error().message));
}

QTEST_GUILESS_MAIN(TestLongReader)
#include "tst_longreader.moc"
