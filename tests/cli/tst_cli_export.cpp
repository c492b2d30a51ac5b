// lengkap-cli table and report end to end (DOMAIN.md §6, issue 6): files written, their
// contents, exit codes, and nothing written on errors.
#include "runprogram.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestCliExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void districtPdf();
    void districtCsvImportsAgain();
    void xlsxTables_data();
    void xlsxTables();
    void errorsWriteNothing_data();
    void errorsWriteNothing();
    void provinceReport();

private:
    using Run = Lengkap::CliTest::Run;
    // English messages and page texts (lengkap-cli speaks Indonesian unless told otherwise);
    // no display needed.
    static Run run(const QString &program, const QStringList &arguments)
    {
        return Lengkap::CliTest::runProgram(program, arguments,
                                            {u"QT_QPA_PLATFORM=offscreen"_s, u"LANG=en_US.UTF-8"_s,
                                             u"LC_ALL=en_US.UTF-8"_s, u"LANGUAGE=en"_s});
    }
    Run cli(const QStringList &arguments) const
    {
        return run(QStringLiteral(LENGKAP_CLI), arguments);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path(u"lengkap.db"_s);
    const Run imported = cli({u"import"_s, u"--db"_s, m_db, u"--cutoff"_s, u"2024-12-01"_s,
                              QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv")});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
}

void TestCliExport::districtPdf()
{
    const QString pdf = path(u"lombok-timur.pdf"_s);
    const Run r = cli({u"table"_s, u"--db"_s, m_db, u"--district"_s, u"Lombok Timur"_s,
                       u"--format"_s, u"pdf"_s, u"-o"_s, pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Run info = run(u"pdfinfo"_s, {pdf});
    QVERIFY2(info.out.contains(u"842 x 595 pts (A4)"_s), qPrintable(info.out));
    const Run text = run(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(
        text.out.contains(u"Completeness of the 9 priority health-worker types in Lombok Timur"_s));
    for (const QString &name :
         {u"KERUAK"_s, u"SUKARAJA"_s, u"KORLEKO"_s, u"AIKMEL UTARA"_s, u"LENEK"_s})
        QVERIFY2(text.out.contains(name), qPrintable(name));

    // Paper and orientation are selectable.
    const QString folio = path(u"lombok-timur-f4.pdf"_s);
    QCOMPARE(cli({u"table"_s, u"--db"_s, m_db, u"--district"_s, u"Lombok Timur"_s, u"--paper"_s,
                  u"f4"_s, u"--portrait"_s, u"-o"_s, folio})
                 .code,
             0);
    QVERIFY(run(u"pdfinfo"_s, {folio}).out.contains(u"609 x 935 pts"_s));
}

// DOMAIN.md §4 figures survive export as CSV and import into another database.
void TestCliExport::districtCsvImportsAgain()
{
    const QString csv = path(u"lombok-timur.csv"_s);
    const Run r = cli({u"table"_s, u"--db"_s, m_db, u"--district"_s, u"LOMBOK TIMUR"_s,
                       u"--status"_s, u"all"_s, u"--format"_s, u"csv"_s, u"-o"_s, csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));

    const QString other = path(u"again.db"_s);
    const Run imported = cli({u"import"_s, u"--db"_s, other, u"--cutoff"_s, u"2024-12-01"_s, csv});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    for (const auto &[status, complete, shortage] :
         {std::tuple {u"all"_s, 27, 8}, std::tuple {u"asn"_s, 13, 22}}) {
        const Run summary = cli({u"summary"_s, u"--db"_s, other, u"--district"_s, u"Lombok Timur"_s,
                                 u"--status"_s, status, u"--json"_s});
        QVERIFY2(summary.code == 0, qPrintable(summary.err));
        QVERIFY(summary.out.contains(u"\"puskesmas\": 35"_s));
        QVERIFY2(summary.out.contains(u"\"complete\": %1,"_s.arg(complete)),
                 qPrintable(summary.out));
        QVERIFY(summary.out.contains(u"\"shortage\": %1,"_s.arg(shortage)));
    }
}

void TestCliExport::xlsxTables_data()
{
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("rows"); // header rows + data rows
    QTest::newRow("district") << QStringList {u"--district"_s, u"Lombok Timur"_s}
                              << u"Lombok Timur"_s << 2 + 35;
    QTest::newRow("province") << QStringList {u"--province"_s, u"Nusa Tenggara Barat"_s}
                              << u"Nusa Tenggara Barat"_s << 2 + 1;
    QTest::newRow("nation") << QStringList {} << u"Indonesia"_s << 2 + 1;
}

void TestCliExport::xlsxTables()
{
    QFETCH(QStringList, scope);
    QFETCH(QString, sheet);
    QFETCH(int, rows);
    const QString xlsx = path(u"table-%1.xlsx"_s.arg(QTest::currentDataTag()));
    const Run r = cli(QStringList {u"table"_s, u"--db"_s, m_db} + scope
                      + QStringList {u"--format"_s, u"xlsx"_s, u"-o"_s, xlsx});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Run workbook = run(u"unzip"_s, {u"-p"_s, xlsx, u"xl/workbook.xml"_s});
    QVERIFY2(workbook.out.contains(u"name=\"%1\""_s.arg(sheet)), qPrintable(workbook.out));
    QVERIFY(workbook.out.contains(u"name=\"Keterangan\""_s));
    const Run data = run(u"unzip"_s, {u"-p"_s, xlsx, u"xl/worksheets/sheet1.xml"_s});
    QCOMPARE(data.out.count(u"<row "_s), rows);
    QVERIFY(data.out.contains(u"state=\"frozen\""_s));
}

void TestCliExport::errorsWriteNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::newRow("no -o") << QStringList {u"table"_s, u"--district"_s, u"Lombok Timur"_s} << 2;
    QTest::newRow("unknown format")
        << QStringList {u"table"_s, u"--format"_s, u"docx"_s, u"-o"_s, u"OUT"_s} << 2;
    QTest::newRow("unknown paper")
        << QStringList {u"table"_s, u"--paper"_s, u"a3"_s, u"-o"_s, u"OUT"_s} << 2;
    QTest::newRow("unknown district")
        << QStringList {u"table"_s, u"--district"_s, u"Atlantis"_s, u"-o"_s, u"OUT"_s} << 2;
    QTest::newRow("district without data")
        << QStringList {u"table"_s, u"--district"_s, u"Lebak"_s, u"--format"_s,
                        u"csv"_s,   u"-o"_s,         u"OUT"_s}
        << 3;
    QTest::newRow("unknown cut-off")
        << QStringList {u"table"_s, u"--cutoff"_s, u"2020-01-01"_s, u"--format"_s,
                        u"pdf"_s,   u"-o"_s,       u"OUT"_s}
        << 3;
    QTest::newRow("report without --all-districts")
        << QStringList {u"report"_s, u"-o"_s, u"OUT"_s} << 2;
    QTest::newRow("report of a province without data")
        << QStringList {u"report"_s, u"--all-districts"_s, u"--province"_s, u"Banten"_s, u"-o"_s,
                        u"OUT"_s}
        << 3;
}

void TestCliExport::errorsWriteNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    const QString out = path(u"never-%1.out"_s.arg(QTest::currentDataTag()).replace(u' ', u'_'));
    arguments.replaceInStrings(u"OUT"_s, out);
    arguments.insert(1, u"--db"_s);
    arguments.insert(2, m_db);
    const Run r = cli(arguments);
    QVERIFY2(r.code == code, qPrintable(u"%1: %2"_s.arg(r.code).arg(r.err)));
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(out));
}

void TestCliExport::provinceReport()
{
    const QString pdf = path(u"ntb-report.pdf"_s);
    const Run r = cli({u"report"_s, u"--db"_s, m_db, u"--all-districts"_s, u"--province"_s,
                       u"NTB"_s, u"-o"_s, pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(u"report: 100%"_s)); // progress on stderr
    const Run text = run(u"pdftotext"_s, {pdf, u"-"_s});
    const QStringList pages = text.out.split(u'\f', Qt::SkipEmptyParts);
    // Contents, the province's district table, Lombok Timur's section (2 pages).
    QCOMPARE(pages.size(), 4);
    QVERIFY(pages.at(0).contains(u"Contents"_s));
    QVERIFY(pages.at(0).contains(u"Lombok Timur"_s));
    QVERIFY(pages.at(1).contains(
        u"Completeness of the 9 priority health-worker types in Nusa Tenggara Barat"_s));
    QVERIFY(pages.at(2).contains(
        u"Completeness of the 9 priority health-worker types in Lombok Timur, Nusa Tenggara Barat"_s));
    QVERIFY(pages.at(3).contains(u"Page 4 of 4"_s));
    QVERIFY(QRegularExpression(u"Lombok Timur[ .]+3"_s).match(pages.at(0)).hasMatch());

    // PDF bookmarks, appended to QPdfWriter's file: poppler reads them.
    const Run outline = run(
        u"pdftohtml"_s, {u"-xml"_s, u"-i"_s, u"-stdout"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf});
    QVERIFY2(outline.out.contains(u"<item page=\"1\">Contents</item>"_s),
             qPrintable(outline.out.right(500)));
    QVERIFY(outline.out.contains(u"<item page=\"2\">Districts of Nusa Tenggara Barat</item>"_s));
    QVERIFY(outline.out.contains(u"<item page=\"3\">Lombok Timur</item>"_s));
    QCOMPARE(run(u"pdfinfo"_s, {pdf}).code, 0);
}

} // namespace Lengkap

QTEST_GUILESS_MAIN(Lengkap::TestCliExport)
#include "tst_cli_export.moc"
