// Tests model/io/rekapreader.cpp (DOMAIN.md §5.1): the seed district, every dialect to the same
// batch, wilayah matching, golden dumps and the broken corpus in tests/data/broken/rekap/.
#include "batchdump.h"
#include "importer.h"
#include "nakestypes.h"
#include "readers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(LENGKAP_TEST_DATA "/") + name;
}

Result<ImportBatch> readRekapFile(const QString &path, const ReadOptions &options = {})
{
    Result<std::unique_ptr<RecordSource>> source = openCsv(path);
    if (!source)
        return source.error();
    return readRekap(**source, options);
}

const PuskesmasCounts *find(const ImportBatch &batch, const QString &name)
{
    for (const PuskesmasCounts &p : batch.puskesmas) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QString header()
{
    QStringList names = {u"provinsi"_s, u"kabupaten_kota"_s, u"nama_puskesmas"_s};
    for (const NakesType &type : NakesTypes::all())
        names << type.key + u"_asn"_s << type.key + u"_non_asn"_s;
    return names.join(u',');
}

QString counts(int value)
{
    QStringList cells;
    for (int i = 0; i < 2 * NakesTypes::count(); ++i)
        cells << QString::number(value);
    return cells.join(u',');
}

} // namespace

class TestRekapReader : public QObject
{
    Q_OBJECT

private slots:
    void lombokTimur_data();
    void lombokTimur();
    void golden_data();
    void golden();
    void dialects_data();
    void dialects();
    void districtMatching_data();
    void districtMatching();
    void provinceRestriction();
    void reportCounts();
    void broken_data();
    void broken();

private:
    QTemporaryDir m_dir;
};

void TestRekapReader::lombokTimur_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("asn");
    QTest::addColumn<int>("nonAsn");
    QTest::newRow("KERUAK physicians") << u"KERUAK"_s << u"dokter"_s << 3 << 1;
    QTest::newRow("KERUAK nurses") << u"KERUAK"_s << u"perawat"_s << 13 << 42;
    QTest::newRow("KORLEKO midwives") << u"KORLEKO"_s << u"bidan"_s << 10 << 11;
    QTest::newRow("KORLEKO health promotion") << u"KORLEKO"_s << u"promkes"_s << 1 << 2;
    QTest::newRow("KORLEKO has no dentist") << u"KORLEKO"_s << u"dokter_gigi"_s << 0 << 0;
    QTest::newRow("SURALAGA laboratory") << u"SURALAGA"_s << u"atlm"_s << 1 << 4;
}

void TestRekapReader::lombokTimur()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(int, asn);
    QFETCH(int, nonAsn);
    const Result<ImportBatch> batch = readRekapFile(dataPath(u"lombok_timur_rekap.csv"_s));
    QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
    QCOMPARE(batch->puskesmas.size(), 35);
    QCOMPARE(batch->report.recordsRead, 35);
    for (const PuskesmasCounts &p : batch->puskesmas) {
        QCOMPARE(p.districtCode, u"52.03"_s);
        QCOMPARE(p.asn.size(), NakesTypes::count());
    }
    const PuskesmasCounts *p = find(*batch, name);
    QVERIFY(p);
    const int t = NakesTypes::indexOf(type);
    QVERIFY(t >= 0);
    QCOMPARE(p->asn.at(t), asn);
    QCOMPARE(p->nonAsn.at(t), nonAsn);
}

void TestRekapReader::golden_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("golden");
    QTest::newRow("Lombok Timur seed rows")
        << u"lombok_timur_rekap.csv"_s << u"lombok_timur_rekap.txt"_s;
    QTest::newRow("labels as headers, flags, codes, windows-1252, sep=;")
        << u"rekap_options.csv"_s << u"rekap_options.txt"_s;
}

void TestRekapReader::golden()
{
    QFETCH(QString, file);
    QFETCH(QString, golden);
    ReadOptions options;
    options.format = ImportFormat::Rekap;
    const Result<ImportBatch> batch = readImportFile(dataPath(file), options);
    QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
    TestSupport::compareGolden(golden, TestSupport::dumpBatch(*batch));
}

void TestRekapReader::dialects_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("cp1252");
    QTest::newRow("UTF-8, comma, LF") << QByteArray("\n") << ',' << false << false;
    QTest::newRow("UTF-8 with BOM, semicolon, CRLF") << QByteArray("\r\n") << ';' << true << false;
    QTest::newRow("windows-1252, semicolon, CRLF") << QByteArray("\r\n") << ';' << false << true;
    QTest::newRow("windows-1252, comma, CR") << QByteArray("\r") << ',' << false << true;
    QTest::newRow("UTF-8, tab, CR") << QByteArray("\r") << '\t' << false << false;
}

// The same rekap content in every dialect reads to the same batch, line numbers included (the
// quoted two-line name moves the next record two lines down).
void TestRekapReader::dialects()
{
    QFETCH(QByteArray, eol);
    QFETCH(char, delimiter);
    QFETCH(bool, bom);
    QFETCH(bool, cp1252);
    const QString d = QString(QLatin1Char(delimiter));
    const QString c = counts(1);
    QString text = header() + u'\n';
    text += u"Banten,Lebak,Caf\u00e9 S\u00e9la,"_s + c + u'\n';
    text += u"Banten,Lebak,\"Cibadak, Kota\",%1\n"_s.arg(c);
    text += u"Banten,Lebak,\"Puskesmas \"\"Baru\"\"\nMalingping\",%1\n"_s.arg(c);
    text += u"Banten,Kota Serang,Serang Kota,%1\n"_s.arg(c);
    // Switch the delimiter outside quotes only (the names hold commas).
    QString converted;
    bool quoted = false;
    for (QChar ch : std::as_const(text)) {
        if (ch == u'"')
            quoted = !quoted;
        converted += (!quoted && ch == u',') ? d : QString(ch);
    }
    QByteArray bytes = cp1252 ? converted.toLatin1() : converted.toUtf8();
    bytes.replace("\n", eol);
    if (bom)
        bytes.prepend("\xEF\xBB\xBF");
    const QString path = m_dir.filePath(u"dialect.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    ReadOptions options;
    options.format = ImportFormat::Rekap;
    const Result<ImportBatch> batch = readImportFile(path, options);
    QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
    QCOMPARE(batch->report.delimiter, delimiter == '\t' ? u"tab"_s : d);
    QCOMPARE(batch->puskesmas.size(), 4);
    QCOMPARE(batch->puskesmas.at(0).name, u"Caf\u00e9 S\u00e9la"_s);
    QCOMPARE(batch->puskesmas.at(2).name, u"Puskesmas \"Baru\"\nMalingping"_s);
    QCOMPARE(batch->puskesmas.at(3).line, 6);
    QCOMPARE(batch->puskesmas.at(3).districtCode, u"36.73"_s);

    // Every dialect gives the dump of the first one.
    static QString reference;
    const QString dump = TestSupport::dumpBatch(*batch, false);
    if (reference.isEmpty())
        reference = dump;
    QCOMPARE(dump, reference);
}

void TestRekapReader::districtMatching_data()
{
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("code");
    QTest::newRow("Kab. Lebak") << u"Banten"_s << u"Kab. Lebak"_s << u"36.02"_s;
    QTest::newRow("LEBAK in capitals") << u"BANTEN"_s << u"LEBAK"_s << u"36.02"_s;
    QTest::newRow("Kabupaten Lebak") << u"Provinsi Banten"_s << u"Kabupaten Lebak"_s << u"36.02"_s;
    QTest::newRow("bare Serang is the Kabupaten") << u"Banten"_s << u"Serang"_s << u"36.04"_s;
    QTest::newRow("Kota Serang is the city") << u"Banten"_s << u"Kota Serang"_s << u"36.73"_s;
    QTest::newRow("KOTA SERANG as the dashboard writes it")
        << u"BANTEN"_s << u"KOTA SERANG"_s << u"36.73"_s;
    QTest::newRow("province by alias") << u"NTB"_s << u"Lombok Timur"_s << u"52.03"_s;
    QTest::newRow("no province given") << u""_s << u"LOMBOK TIMUR"_s << u"52.03"_s;
}

void TestRekapReader::districtMatching()
{
    QFETCH(QString, province);
    QFETCH(QString, district);
    QFETCH(QString, code);
    const QString path = m_dir.filePath(u"match.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(
        (header() + u"\n\"%1\",\"%2\",Satu,%3\n"_s.arg(province, district, counts(2))).toUtf8());
    file.close();
    const Result<ImportBatch> batch = readRekapFile(path);
    QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
    QCOMPARE(batch->puskesmas.size(), 1);
    QCOMPARE(batch->puskesmas.at(0).districtCode, code);
}

void TestRekapReader::provinceRestriction()
{
    ReadOptions options;
    options.provinceCode = u"52"_s;
    const Result<ImportBatch> lombok
        = readRekapFile(dataPath(u"lombok_timur_rekap.csv"_s), options);
    QVERIFY(lombok);
    options.provinceCode = u"36"_s;
    const Result<ImportBatch> refused
        = readRekapFile(dataPath(u"lombok_timur_rekap.csv"_s), options);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(u"lombok_timur_rekap.csv:2: "_s),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"Banten"_s), qPrintable(refused.error().message));
}

void TestRekapReader::reportCounts()
{
    const Result<ImportBatch> batch = readRekapFile(dataPath(u"rekap_options.csv"_s));
    QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
    QCOMPARE(batch->report.encoding, u"windows-1252"_s);
    QCOMPARE(batch->report.delimiter, u";"_s);
    QCOMPARE(batch->report.skippedEmptyRows, 1);
    QCOMPARE(batch->report.emptyCountCells, 4);
    QCOMPARE(batch->puskesmas.size(), 5);
    const PuskesmasCounts &cibadak = batch->puskesmas.at(1);
    QCOMPARE(cibadak.name, u"Cibadak; S\u00e9latan"_s);
    QCOMPARE(cibadak.code, u"P3602002"_s);
    QCOMPARE(cibadak.line, 4);
    QCOMPARE(cibadak.rpjmn, std::optional<bool>(false));
    QCOMPARE(cibadak.registered, std::optional<bool>(false));
    QCOMPARE(batch->puskesmas.at(2).registered, std::optional<bool>());
    QCOMPARE(batch->puskesmas.at(2).line, 6);
    QCOMPARE(batch->puskesmas.at(0).asn.at(NakesTypes::indexOf(u"promkes")), 1);
}

void TestRekapReader::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing required column")
        << u"missing_column.csv"_s << u"missing_column.csv:1: "_s << u"atlm_non_asn"_s;
    QTest::newRow("typo of a required column")
        << u"typo_column.csv"_s << u"typo_column.csv:1: "_s
        << u"unknown column 'doktr_asn': did you mean 'dokter_asn'?"_s;
    QTest::newRow("column twice") << u"duplicate_column.csv"_s << u"duplicate_column.csv:1: "_s
                                  << u"bidan_asn appears twice"_s;
    QTest::newRow("short row") << u"short_row.csv"_s << u"short_row.csv:3: "_s
                               << u"has 30 cells but the header has 31"_s;
    QTest::newRow("long row") << u"long_row.csv"_s << u"long_row.csv:2: "_s
                              << u"has 32 cells but the header has 31"_s;
    QTest::newRow("word for a number") << u"lebak.csv"_s << u"lebak.csv:17: "_s
                                       << u"column dokter_asn: 'tiga' is not a whole number"_s;
    QTest::newRow("negative count") << u"negative_count.csv"_s << u"negative_count.csv:4: "_s
                                    << u"column bidan_asn: '-2' is negative"_s;
    QTest::newRow("fraction") << u"fraction_count.csv"_s << u"fraction_count.csv:5: "_s
                              << u"column gizi_non_asn: '2.5' is not a whole number"_s;
    QTest::newRow("absurd count") << u"absurd_count.csv"_s << u"absurd_count.csv:6: "_s
                                  << u"column perawat_non_asn: '1500' is more than 999"_s;
    QTest::newRow("total disagrees") << u"total_mismatch.csv"_s << u"total_mismatch.csv:3: "_s
                                     << u"column dokter_total: 5 is not"_s;
    QTest::newRow("duplicate Puskesmas by name")
        << u"duplicate_name.csv"_s << u"duplicate_name.csv:6: "_s
        << u"duplicate Puskesmas 'Puskesmas Keruak' in this district (first on line 2)"_s;
    QTest::newRow("duplicate code") << u"duplicate_code.csv"_s << u"duplicate_code.csv:6: "_s
                                    << u"duplicate kode_puskesmas 'P5203001' (first on line 3)"_s;
    QTest::newRow("empty name") << u"empty_name.csv"_s << u"empty_name.csv:5: "_s
                                << u"empty nama_puskesmas"_s;
    QTest::newRow("empty code") << u"empty_code.csv"_s << u"empty_code.csv:4: "_s
                                << u"empty kode_puskesmas"_s;
    QTest::newRow("unknown district names the closest")
        << u"unknown_district.csv"_s << u"unknown_district.csv:4: "_s
        << u"unknown district 'Lombok Timor' in Nusa Tenggara Barat; closest: Lombok Timur"_s;
    QTest::newRow("unknown province") << u"unknown_province.csv"_s << u"unknown_province.csv:2: "_s
                                      << u"unknown province 'Nusa Tenggara Barta'"_s;
    QTest::newRow("flag that is not yes or no")
        << u"bad_flag.csv"_s << u"bad_flag.csv:3: "_s << u"column rpjmn: 'mungkin'"_s;
}

void TestRekapReader::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, prefix);
    QFETCH(QString, fragment);
    const Result<ImportBatch> batch = readRekapFile(dataPath(u"broken/rekap/"_s + file));
    QVERIFY(!batch);
    QCOMPARE(batch.error().kind, Error::Kind::Input);
    QVERIFY2(batch.error().message.startsWith(prefix), qPrintable(batch.error().message));
    QVERIFY2(batch.error().message.contains(fragment), qPrintable(batch.error().message));
}

QTEST_GUILESS_MAIN(TestRekapReader)
#include "tst_rekapreader.moc"
