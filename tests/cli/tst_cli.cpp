// Tests the lengkap-cli contract of DOMAIN.md §6 end to end: exit codes, JSON keys, refused
// imports leaving the database unchanged, --replace, demo and the seed figures.
#include "runprogram.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void summaryKeys();
    void summaryCoverage_data();
    void summaryCoverage();
    void importMessageSummarises();
    void demoGivesSeedFigures_data();
    void demoGivesSeedFigures();
    void importThenSummary_data();
    void importThenSummary();
    void refusedImportsWriteNothing_data();
    void refusedImportsWriteNothing();
    void oldXlsWorkbooks();
    void xlsSameFiguresAsCsv_data();
    void xlsSameFiguresAsCsv();
    void odsWorkbooks();
    void replaceSwapsOneDistrict();
    void newerDatabaseIsRefused();
    void messagesInIndonesianByDefault();

private:
    using Run = Lengkap::CliTest::Run;
    static Run cli(const QStringList &arguments, const QStringList &environment = {})
    {
        return Lengkap::CliTest::runCli(arguments, environment);
    }
    QString db() const { return m_dir->filePath(u"t.sqlite"_s); }
    QString writeFile(const QString &name, const QByteArray &content) const;
    QString dump() const;
    QString dumpFigures(const QString &database) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
const QString seedRekap = QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv");
const QByteArray rekapHeader
    = "provinsi,kabupaten_kota,nama_puskesmas,dokter_asn,dokter_non_asn,dokter_gigi_asn,dokter_"
      "gigi_non_asn,"
      "perawat_asn,perawat_non_asn,bidan_asn,bidan_non_asn,promkes_asn,promkes_non_asn,sanitasi_"
      "asn,"
      "sanitasi_non_asn,gizi_asn,gizi_non_asn,farmasi_asn,farmasi_non_asn,atlm_asn,atlm_non_asn\n";
} // namespace

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCli::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

QString TestCli::dump() const
{
    return Lengkap::CliTest::runProgram(u"sqlite3"_s, {db(), u".dump"_s}).out;
}

// The stored figures only: the import log differs by file name, format and digest.
QString TestCli::dumpFigures(const QString &database) const
{
    return Lengkap::CliTest::runProgram(u"sqlite3"_s, {database, u".dump puskesmas staffing "
                                                                 "snapshot snapshot_district "
                                                                 "snapshot_puskesmas"_s})
        .out;
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help lists the commands") << QStringList {u"--help"_s} << u"import-list"_s;
    QTest::newRow("--version") << QStringList {u"--version"_s} << u"lengkap-cli 0."_s;
    QTest::newRow("summary --help") << QStringList {u"summary"_s, u"--help"_s} << u"--criteria"_s;
    QTest::newRow("import --help") << QStringList {u"import"_s, u"--help"_s} << u"--replace"_s;
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = cli(arguments);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList {} << u"Usage"_s;
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << u"unknown command"_s;
    QTest::newRow("unknown option")
        << QStringList {u"summary"_s, u"--db"_s, u"x"_s, u"--json"_s, u"--colour"_s} << u"colour"_s;
    QTest::newRow("summary without --db") << QStringList {u"summary"_s, u"--json"_s} << u"--db"_s;
    QTest::newRow("bad criteria") << QStringList {u"summary"_s, u"--db"_s,       u"x"_s,
                                                  u"--json"_s,  u"--criteria"_s, u"all"_s}
                                  << u"criteria"_s;
    QTest::newRow("bad status") << QStringList {u"summary"_s, u"--db"_s,     u"x"_s,
                                                u"--json"_s,  u"--status"_s, u"pns"_s}
                                << u"status"_s;
    QTest::newRow("unknown district names the closest")
        << QStringList {u"summary"_s, u"--db"_s,       u"x"_s,
                        u"--json"_s,  u"--district"_s, u"Lombok Timuur"_s}
        << u"Lombok Timur"_s;
    QTest::newRow("cut-off not the 1st")
        << QStringList {u"import"_s, u"--db"_s, u"x"_s, u"--cutoff"_s, u"2024-12-15"_s, seedRekap}
        << u"2024-12-01"_s;
    QTest::newRow("import without file")
        << QStringList {u"import"_s, u"--db"_s, u"x"_s} << u"FILE"_s;
    QTest::newRow("bad bands") << QStringList {u"summary"_s, u"--db"_s,    u"x"_s,
                                               u"--json"_s,  u"--bands"_s, u"75,50,25"_s}
                               << u"--bands"_s;
    QTest::newRow("bad list kind")
        << QStringList {u"import-list"_s, u"--db"_s, u"x"_s, u"--list"_s, u"ikk"_s, seedRekap}
        << u"rpjmn"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message) || run.out.contains(message), qPrintable(run.err + run.out));
    QVERIFY(!QFile::exists(m_dir->filePath(u"x"_s)));
}

void TestCli::summaryKeys()
{
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s, seedRekap}).code,
             0);
    const Run run = cli({u"summary"_s, u"--db"_s, db(), u"--json"_s});
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QStringList keys {u"level"_s,
                            u"region"_s,
                            u"province"_s,
                            u"cutoff"_s,
                            u"criteria"_s,
                            u"status"_s,
                            u"puskesmas"_s,
                            u"complete"_s,
                            u"incomplete"_s,
                            u"complete_pct"_s,
                            u"incomplete_pct"_s,
                            u"band"_s,
                            u"shortage"_s,
                            u"missing_by_type"_s,
                            u"districts_with_data"_s,
                            u"districts_in_region"_s};
    for (const QString &key : keys)
        QVERIFY2(o.contains(key), qPrintable(key));
    QCOMPARE(o.size(), keys.size());
    QCOMPARE(o.value(u"level"_s).toString(), u"national"_s);
    QCOMPARE(o.value(u"cutoff"_s).toString(), u"2024-12-01"_s);
    QCOMPARE(o.value(u"missing_by_type"_s).toObject().keys().size(), 9);
    QVERIFY(run.out.contains(u"\"complete_pct\": 77.14"_s));
}

void TestCli::summaryCoverage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("withData"); // -1: the keys are absent
    QTest::addColumn<int>("inRegion");
    QTest::newRow("national") << QStringList {} << 1 << 514;
    QTest::newRow("Banten") << QStringList {u"--province"_s, u"Banten"_s} << 1 << 8;
    QTest::newRow("Lebak: no coverage keys")
        << QStringList {u"--district"_s, u"Lebak"_s} << -1 << -1;
}

// Issue 12: one district's data must not pass for the nation's; the JSON says how much of the
// region the cut-off holds.
void TestCli::summaryCoverage()
{
    QFETCH(QStringList, options);
    QFETCH(int, withData);
    QFETCH(int, inRegion);
    const QString file = writeFile(
        u"lebak.csv"_s, rekapHeader + "Banten,Kab. Lebak,A,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n");
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s, file}).code, 0);
    const Run run = cli(QStringList {u"summary"_s, u"--db"_s, db(), u"--json"_s} + options);
    QCOMPARE(run.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.contains(u"districts_with_data"_s), withData >= 0);
    QCOMPARE(o.contains(u"districts_in_region"_s), inRegion >= 0);
    if (withData >= 0) {
        QCOMPARE(o.value(u"districts_with_data"_s).toInt(), withData);
        QCOMPARE(o.value(u"districts_in_region"_s).toInt(), inRegion);
    }
}

// Issue 12: a file of many districts is summed up in one figure, not a list of 514 names.
void TestCli::importMessageSummarises()
{
    const QString few = writeFile(
        u"few.csv"_s, rekapHeader + "Banten,Lebak,A,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n");
    const Run one = cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s, few});
    QCOMPARE(one.code, 0);
    QVERIFY2(one.out.contains(u"Lebak"_s), qPrintable(one.out));
    const QString many = writeFile(
        u"banten.csv"_s, rekapHeader
                             + "Banten,Pandeglang,A,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n"
                               "Banten,Serang,B,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n"
                               "Banten,Tangerang,C,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n"
                               "Banten,Kota Cilegon,D,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n");
    const Run four = cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2025-01-01"_s, many},
                         {u"LANG=id_ID.UTF-8"_s});
    QCOMPARE(four.code, 0);
    QVERIFY2(four.out.contains(u"4 Puskesmas di 4 kabupaten/kota"_s), qPrintable(four.out));
    QVERIFY2(!four.out.contains(u"Pandeglang"_s), qPrintable(four.out));
}

void TestCli::demoGivesSeedFigures_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Lombok Timur, all")
        << QStringList {u"--district"_s, u"Lombok Timur"_s}
        << u"\"puskesmas\": 35|\"complete\": 27|\"complete_pct\": 77.14|\"incomplete_pct\": 22.86|\"shortage\": 8|\"band\": \"dark_green\"|\"dokter_gigi\": 8"_s;
    QTest::newRow("Lombok Timur, ASN only")
        << QStringList {u"--district"_s, u"LOMBOK TIMUR"_s, u"--status"_s, u"asn"_s}
        << u"\"complete\": 13|\"shortage\": 22|\"status\": \"asn\""_s;
    QTest::newRow("Kab. Lombok Timur, older cut-off")
        << QStringList {u"--district"_s, u"Kab. Lombok Timur"_s, u"--cutoff"_s, u"2025-05-01"_s}
        << u"\"complete\": 27|\"cutoff\": \"2025-05-01\""_s;
    QTest::newRow("national RPJMN list") << QStringList {u"--criteria"_s, u"rpjmn"_s}
                                         << u"\"puskesmas\": 10195|\"level\": \"national\""_s;
    QTest::newRow("other ministry pages' bands")
        << QStringList {u"--district"_s, u"Lombok Timur"_s, u"--bands"_s, u"50,80,99"_s}
        << u"\"complete_pct\": 77.14|\"band\": \"orange\""_s;
    QTest::newRow("province") << QStringList {u"--province"_s, u"NTB"_s}
                              << u"\"level\": \"province\"|\"region\": \"Nusa Tenggara Barat\""_s;
}

void TestCli::demoGivesSeedFigures()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    const Run demo = cli({u"demo"_s, u"--db"_s, db()});
    QCOMPARE(demo.code, 0);
    QVERIFY(demo.out.contains(u"SAMPLE"_s));
    const Run run = cli(QStringList {u"summary"_s, u"--db"_s, db(), u"--json"_s} + options);
    QCOMPARE(run.code, 0);
    for (const QString &fragment : expected.split(u'|'))
        QVERIFY2(run.out.contains(fragment), qPrintable(fragment + u"\n"_s + run.out));
}

void TestCli::importThenSummary_data()
{
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("puskesmas");
    QTest::addColumn<int>("complete");
    QTest::addColumn<int>("shortage");
    // Two Puskesmas of Lebak: A complete (ASN only), B lacks an ASN dentist but has a Non-ASN
    // one; A is on the RPJMN list, B is registered.
    QTest::newRow("sisdmk, all") << u"sisdmk"_s << u"all"_s << 2 << 2 << 0;
    QTest::newRow("sisdmk, asn") << u"sisdmk"_s << u"asn"_s << 2 << 1 << 1;
    QTest::newRow("rpjmn, all") << u"rpjmn"_s << u"all"_s << 1 << 1 << 0;
    QTest::newRow("rpjmn, asn") << u"rpjmn"_s << u"asn"_s << 1 << 1 << 0;
    QTest::newRow("registered, all") << u"registered"_s << u"all"_s << 1 << 1 << 0;
    QTest::newRow("registered, asn") << u"registered"_s << u"asn"_s << 1 << 0 << 1;
}

void TestCli::importThenSummary()
{
    QFETCH(QString, criteria);
    QFETCH(QString, status);
    QFETCH(int, puskesmas);
    QFETCH(int, complete);
    QFETCH(int, shortage);
    QByteArray header = rekapHeader;
    header.replace("nama_puskesmas,", "nama_puskesmas,rpjmn,teregistrasi,");
    const QString file = writeFile(
        u"lebak.csv"_s, header
                            + "Banten,Kab. Lebak,A,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n"
                              "BANTEN,LEBAK,B,0,1,1,0,0,2,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n");
    const Run imported = cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s, file});
    QCOMPARE(imported.code, 0);
    QCOMPARE(imported.err, QString()); // the library's logging stays quiet
    const Run run = cli({u"summary"_s, u"--db"_s, db(), u"--json"_s, u"--district"_s, u"Lebak"_s,
                         u"--criteria"_s, criteria, u"--status"_s, status});
    QCOMPARE(run.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(u"puskesmas"_s).toInt(), puskesmas);
    QCOMPARE(o.value(u"complete"_s).toInt(), complete);
    QCOMPARE(o.value(u"shortage"_s).toInt(), shortage);
    QCOMPARE(o.value(u"criteria"_s).toString(), criteria);
}

void TestCli::refusedImportsWriteNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("a word for a count")
        << QByteArray(rekapHeader + "Banten,Lebak,A,tiga,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n")
        << QStringList {u"broken.csv:2:"_s};
    QTest::newRow("bad last row") << QByteArray(
        rekapHeader
        + "Banten,Lebak,A,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n"
          "Banten,Lebak,B,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,-4\n")
                                  << QStringList {u"broken.csv:3:"_s};
    QTest::newRow("unknown district")
        << QByteArray(rekapHeader + "Banten,Lebakk,A,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n")
        << QStringList {u"Lebak"_s};
    // Every invalid row is listed, the last one too.
    QTest::newRow("two bad rows") << QByteArray(
        rekapHeader + "Banten,Lebak,A,tiga,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n"
        + "Banten,Lebak,B,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n"
        + "Banten,Lebak,C,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,-4\n")
                                  << QStringList {u"broken.csv:2: "_s, u"broken.csv:4: "_s};
    QTest::newRow("a district the cut-off holds") << QByteArray(
        rekapHeader + "Nusa Tenggara Barat,Lombok Timur,X,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n")
                                                  << QStringList {u"--replace"_s};
    QTest::newRow("empty file") << QByteArray() << QStringList {u"broken.csv"_s};
}

void TestCli::refusedImportsWriteNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, messages);
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s, seedRekap}).code,
             0);
    const QString before = dump();
    QVERIFY(before.contains(u"KERUAK"_s));
    const Run run = cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s,
                         writeFile(u"broken.csv"_s, content)});
    QCOMPARE(run.code, 3);
    for (const QString &message : std::as_const(messages))
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(dump(), before);
}

// Issue 13: an old .xls workbook imports like its .xlsx (FreeXL builds); a damaged or hostile one
// is refused with exit 3 and nothing written, as is every .xls in a build without FreeXL.
void TestCli::oldXlsWorkbooks()
{
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s, seedRekap}).code,
             0);
    const QString before = dump();
    const QString data = QStringLiteral(LENGKAP_TEST_DATA);
    QStringList hostile{u"truncated.xls"_s, u"bogus_ole2.xls"_s, u"text_named_xls.xls"_s,
                        u"old_binary.xls"_s, u"cell_outside_sheet.xls"_s};
#ifdef LENGKAP_FREEXL_PATCHED
    // FreeXL 1.0.6 over-read on it (tests/fuzz/findings); the patched FreeXL refuses it.
    hostile << u"dir_entry_name_overlong.xls"_s;
#endif
    for (const QString &name : std::as_const(hostile)) {
        const Run run = cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s,
                             data + u"/broken/xls/"_s + name});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(name + u":"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(dump(), before);
    }
    const Run run = cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2025-01-01"_s,
                         u"--lang"_s, u"en"_s, data + u"/xls/shapes_xlwt.xls"_s});
    if (run.err.contains(u"this build does not read them"_s)) {
        QCOMPARE(run.code, 3); // built without FreeXL
        QCOMPARE(dump(), before);
        return;
    }
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Sheet read: Pegawai"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Header on rows 4 and 5"_s), qPrintable(run.err));
}

// Issue 13: the .xls workbooks of both writers (xlwt, LibreOffice) store through the CLI exactly
// what the CSV of the same 22 workers stores (Puskesmas, staffing, snapshot rows).
void TestCli::xlsSameFiguresAsCsv_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheetRead");
    QTest::newRow("xlwt, two-row header") << u"shapes_xlwt.xls"_s << u"Pegawai"_s;
    QTest::newRow("LibreOffice, two-row header") << u"shapes_libreoffice.xls"_s << u"Pegawai"_s;
    QTest::newRow("LibreOffice, header on row 4")
        << u"shapes_row4_libreoffice.xls"_s << u"Data Pegawai"_s;
    QTest::newRow("LibreOffice, the plain CSV saved as .xls")
        << u"sisdmk_codes_libreoffice.xls"_s << u"sisdmk_codes_libreoffice"_s;
}

void TestCli::xlsSameFiguresAsCsv()
{
    QFETCH(QString, file);
    QFETCH(QString, sheetRead);
    const QString data = QStringLiteral(LENGKAP_TEST_DATA);
    const Run csv = cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s,
                         data + u"/workers/sisdmk_codes.csv"_s});
    QVERIFY2(csv.code == 0, qPrintable(csv.err));
    const QString xlsDb = m_dir->filePath(u"xls.sqlite"_s);
    const Run xls = cli({u"import"_s, u"--db"_s, xlsDb, u"--cutoff"_s, u"2024-12-01"_s, u"--lang"_s,
                         u"en"_s, data + u"/xls/"_s + file});
    if (xls.err.contains(u"this build does not read them"_s))
        QSKIP("built without FreeXL: oldXlsWorkbooks covers the refusal");
    QVERIFY2(xls.code == 0, qPrintable(xls.err));
    QVERIFY2(xls.err.contains(u"Sheet read: "_s + sheetRead), qPrintable(xls.err));
    const bool footers = file != u"sisdmk_codes_libreoffice.xls"_s;
    QVERIFY2(xls.err.contains(u"2 totals or footer rows"_s) == footers, qPrintable(xls.err));
    QVERIFY2(xls.err.contains(u"The NIK column holds numbers"_s), qPrintable(xls.err));
    const QString expected = dumpFigures(db());
    QVERIFY(expected.contains(u"INSERT INTO staffing"_s));
    QCOMPARE(dumpFigures(xlsDb), expected);
}

// Issue 13: an OpenDocument spreadsheet imports like its .xlsx; a hostile one is refused with
// exit 3, "file: message" and nothing written.
void TestCli::odsWorkbooks()
{
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s, seedRekap}).code,
             0);
    const QString before = dump();
    const QString data = QStringLiteral(LENGKAP_TEST_DATA);
    for (const QString &name :
         {u"repeat_cells_bomb.ods"_s, u"repeat_rows_bomb.ods"_s, u"repeat_copies_bomb.ods"_s,
          u"bomb_ratio.ods"_s, u"bomb_lying_sizes.ods"_s, u"dtd.ods"_s, u"not_a_zip.ods"_s,
          u"wrong_mimetype.ods"_s, u"truncated.ods"_s}) {
        const Run run = cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s,
                             data + u"/broken/ods/"_s + name});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(name + u":"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(dump(), before);
    }
    for (const QString &format : {u"auto"_s, u"xlsx"_s}) {
        const Run run = cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2025-01-01"_s,
                             u"--replace"_s, u"--format"_s, format, u"--lang"_s, u"en"_s,
                             data + u"/ods/shapes_odfpy.ods"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Sheet read: Pegawai"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Header on rows 4 and 5"_s), qPrintable(run.err));
    }
}

void TestCli::replaceSwapsOneDistrict()
{
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s, seedRekap}).code,
             0);
    const QString lebak = writeFile(
        u"lebak.csv"_s, rekapHeader + "Banten,Lebak,A,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n");
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s, lebak}).code, 0);
    // Lombok Timur again, with one Puskesmas: refused, then swapped with --replace.
    const QString one
        = writeFile(u"lotim.csv"_s,
                    rekapHeader + "NTB,Lombok Timur,KERUAK,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0\n");
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s, one}).code, 3);
    QCOMPARE(
        cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s, u"--replace"_s, one})
            .code,
        0);
    const QJsonObject lotim
        = QJsonDocument::fromJson(
              cli({u"summary"_s, u"--db"_s, db(), u"--json"_s, u"--district"_s, u"Lombok Timur"_s})
                  .out.toUtf8())
              .object();
    QCOMPARE(lotim.value(u"puskesmas"_s).toInt(), 1);
    QCOMPARE(lotim.value(u"complete"_s).toInt(), 0);
    const QJsonObject nation
        = QJsonDocument::fromJson(cli({u"summary"_s, u"--db"_s, db(), u"--json"_s}).out.toUtf8())
              .object();
    QCOMPARE(nation.value(u"puskesmas"_s).toInt(), 2); // Lebak untouched
}

void TestCli::newerDatabaseIsRefused()
{
    QCOMPARE(Lengkap::CliTest::runProgram(u"sqlite3"_s,
                                          {db(), u"PRAGMA application_id = 1279740752; PRAGMA "
                                                 u"user_version = 42; CREATE TABLE t(x);"_s})
                 .code,
             0);
    const QString before = dump();
    const Run run = cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2024-12-01"_s, seedRekap});
    QCOMPARE(run.code, 4);
    QVERIFY2(run.err.contains(u"newer"_s), qPrintable(run.err));
    QCOMPARE(dump(), before);
    QCOMPARE(cli({u"summary"_s, u"--db"_s, db(), u"--json"_s}).code, 4);
}

void TestCli::messagesInIndonesianByDefault()
{
    const Run run
        = cli({u"summary"_s, u"--db"_s, db(), u"--json"_s, u"--district"_s, u"Lombok Timuur"_s},
              {u"LANG=id_ID.UTF-8"_s});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"kabupaten/kota"_s, Qt::CaseInsensitive), qPrintable(run.err));
    const Run english = cli({u"summary"_s, u"--db"_s, db(), u"--json"_s, u"--district"_s,
                             u"Lombok Timuur"_s, u"--lang"_s, u"en"_s},
                            {u"LANG=id_ID.UTF-8"_s});
    QVERIFY2(english.err.contains(u"unknown district"_s), qPrintable(english.err));
    // --lang before the command, as the main help lists it among the options.
    const Run first = cli({u"--lang"_s, u"en"_s, u"summary"_s, u"--db"_s, db(), u"--json"_s,
                           u"--district"_s, u"Lombok Timuur"_s},
                          {u"LANG=id_ID.UTF-8"_s});
    QCOMPARE(first.code, 2);
    QVERIFY2(first.err.contains(u"unknown district"_s), qPrintable(first.err));
    const Run firstEquals = cli({u"--lang=en"_s, u"summary"_s, u"--db"_s, db(), u"--json"_s,
                                 u"--district"_s, u"Lombok Timuur"_s},
                                {u"LANG=id_ID.UTF-8"_s});
    QVERIFY2(firstEquals.err.contains(u"unknown district"_s), qPrintable(firstEquals.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
