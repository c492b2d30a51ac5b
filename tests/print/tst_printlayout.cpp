#include "analysis.h"
#include "printlayout.h"
#include "printtestdata.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestPrintLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void districtPdf_data();
    void districtPdf();
    void seedDistrictFirstPage();
    void noPageMostlyEmpty_data();
    void noPageMostlyEmpty();
    void provinceTable();
    void greyscalePatterns();
    void emptyTable();

private:
    static QString run(const QString &program, const QStringList &arguments);
    static QString pdfText(const QString &path);
    static int pdfPages(const QString &path, QString *pageSize = nullptr);
    static QList<double> pageFill(const QString &path);
    QString artifact(const QString &name) const;
    QTemporaryDir m_dir;
};

QString TestPrintLayout::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()) + u""_s; // not null: it ran
}

QString TestPrintLayout::pdfText(const QString &path)
{
    return run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
}

int TestPrintLayout::pdfPages(const QString &path, QString *pageSize)
{
    const QString info = run(u"pdfinfo"_s, {path});
    const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    const QRegularExpression size(u"Page size:\\s+([\\d.]+ x [\\d.]+) pts"_s);
    if (pageSize)
        *pageSize = size.match(info).captured(1);
    return pages.match(info).captured(1).toInt();
}

QString TestPrintLayout::artifact(const QString &name) const
{
    QDir().mkpath(QStringLiteral(LENGKAP_TEST_ARTIFACTS "/print"));
    return QStringLiteral(LENGKAP_TEST_ARTIFACTS "/print/") + name;
}

void TestPrintLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!run(u"pdfinfo"_s, {u"-v"_s}).isNull() || QFile::exists(u"/usr/bin/pdfinfo"_s),
             "poppler-utils are needed");
}

void TestPrintLayout::districtPdf_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<int>("puskesmas");
    QTest::newRow("A4 landscape, 64 Puskesmas")
        << int(PaperSize::A4) << int(QPageLayout::Landscape) << u"842 x 595"_s << 64;
    QTest::newRow("A4 landscape, 130 Puskesmas")
        << int(PaperSize::A4) << int(QPageLayout::Landscape) << u"842 x 595"_s << 130;
    QTest::newRow("A4 portrait, 64 Puskesmas")
        << int(PaperSize::A4) << int(QPageLayout::Portrait) << u"595 x 842"_s << 64;
    QTest::newRow("Letter landscape, 64 Puskesmas")
        << int(PaperSize::Letter) << int(QPageLayout::Landscape) << u"792 x 612"_s << 64;
    QTest::newRow("F4 portrait, 64 Puskesmas")
        << int(PaperSize::F4) << int(QPageLayout::Portrait) << u"609 x 935"_s << 64;
}

void TestPrintLayout::districtPdf()
{
    QFETCH(int, paper);
    QFETCH(int, orientation);
    QFETCH(QString, pageSize);
    QFETCH(int, puskesmas);

    const Analysis analysis(TestData::snapshot(TestData::bigDistrict(puskesmas), true));
    const RegionTable t
        = regionTable(analysis, Level::District, u"32.02"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(t.table.rows.size(), puskesmas);
    PageSetup setup;
    setup.paper = PaperSize(paper);
    setup.orientation = QPageLayout::Orientation(orientation);
    const QString name = u"district-%1-%2-%3.pdf"_s.arg(paper).arg(orientation).arg(puskesmas);
    const QString path = artifact(name);
    const Result<int> pages = writeSectionPdf(path, {t.context, &t.table}, setup);
    QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().message));

    QString size;
    QCOMPARE(pdfPages(path, &size), *pages);
    QCOMPARE(size, pageSize);
    QVERIFY(*pages >= 2); // 60+ Puskesmas never fit on one page

    const QString text = pdfText(path);
    const QStringList pageTexts = text.split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), *pages);
    for (int p = 0; p < pageTexts.size(); ++p) {
        const QString &page = pageTexts.at(p);
        QVERIFY2(page.contains(u"Completeness of the 9 priority health-worker types in Sukabumi"_s),
                 qPrintable(page.left(300)));
        QVERIFY(page.contains(u"Page %1 of %2"_s.arg(p + 1).arg(*pages)));
        QVERIFY(page.contains(u"SAMPLE DATA"_s));
        QVERIFY(page.contains(u"Cut-off:"_s));
        QVERIFY(page.contains(u"Criteria: In SISDMK"_s));
        QVERIFY(page.contains(u"Status: ASN + Non-ASN"_s));
        QVERIFY(page.contains(u"Printed"_s));
        // The header of the table on every page: the name column and the last column.
        QVERIFY2(page.contains(t.table.columns.first().header), qPrintable(page.left(600)));
        QVERIFY(page.contains(t.table.columns.last().header));
    }
    // The first page alone carries the headline figures and the legend.
    QVERIFY(pageTexts.first().contains(u"Headline figures"_s));
    QVERIFY(pageTexts.first().contains(u"Legend"_s));
    QVERIFY(!pageTexts.last().contains(u"Headline figures"_s));

    // Every Puskesmas is printed, each exactly once (never cut, never repeated). Long names may
    // wrap inside their cell, so compare the words in order.
    // wrap inside their cell; pdftotext's reading order keeps a cell's lines together.
    const QString flat = run(u"pdftotext"_s, {path, u"-"_s}).simplified();
    for (const QList<TableCell> &row : t.table.rows) {
        const QString nameText = row.first().text;
        const QRegularExpression exact(u"\\b%1\\b"_s.arg(QRegularExpression::escape(nameText)));
        QVERIFY2(flat.count(exact) == 1, qPrintable(nameText));
    }
}

// How much of each page's room above its footer the content uses, from the words' boxes
// (pdftotext -bbox): from the first word down to the last word above the footer's two lines,
// over the room from the first word down to the footer.
QList<double> TestPrintLayout::pageFill(const QString &path)
{
    const QString html = run(u"pdftotext"_s, {u"-bbox"_s, path, u"-"_s});
    QList<double> fill;
    const QRegularExpression word(u"<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">"_s);
    const QStringList pages = html.split(u"<page "_s).mid(1);
    for (const QString &page : pages) {
        QList<std::pair<double, double>> boxes;
        for (auto it = word.globalMatch(page); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            boxes.append({m.captured(1).toDouble(), m.captured(2).toDouble()});
        }
        if (boxes.isEmpty()) {
            fill.append(0);
            continue;
        }
        double top = boxes.first().first;
        double lastLine = 0;
        for (const auto &[yMin, yMax] : boxes) {
            top = std::min(top, yMin);
            lastLine = std::max(lastLine, yMin);
        }
        // The footer: its two lines (abbreviations; printed on, page n of m), 12 pt apart.
        double footerTop = lastLine;
        for (const auto &[yMin, yMax] : boxes) {
            if (yMin >= lastLine - 14)
                footerTop = std::min(footerTop, yMin);
        }
        double bottom = top;
        for (const auto &[yMin, yMax] : boxes) {
            if (yMax < footerTop - 1)
                bottom = std::max(bottom, yMax);
        }
        fill.append((bottom - top) / (footerTop - top));
    }
    return fill;
}

// Issue 12 §6: no page mostly empty because a block did not fit. Every page but the last of a
// printout uses at least 60% of its room, whatever the size of the district (the first page's
// blocks, then the table, flow onto as few pages as they need).
void TestPrintLayout::noPageMostlyEmpty_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("puskesmas");
    for (const int count : {8, 14, 20, 26, 32, 40, 52, 64, 90, 130}) {
        QTest::addRow("A4 landscape, %d Puskesmas", count) << int(QPageLayout::Landscape) << count;
        QTest::addRow("A4 portrait, %d Puskesmas", count) << int(QPageLayout::Portrait) << count;
    }
}

void TestPrintLayout::noPageMostlyEmpty()
{
    QFETCH(int, orientation);
    QFETCH(int, puskesmas);
    const Analysis analysis(TestData::snapshot(TestData::bigDistrict(puskesmas), true));
    const RegionTable t
        = regionTable(analysis, Level::District, u"32.02"_s, Criteria::Sisdmk, Status::All);
    PageSetup setup;
    setup.orientation = QPageLayout::Orientation(orientation);
    const QString path = artifact(u"fill-%1-%2.pdf"_s.arg(orientation).arg(puskesmas));
    const Result<int> pages = writeSectionPdf(path, {t.context, &t.table}, setup);
    QVERIFY(pages.ok());
    const QList<double> fill = pageFill(path);
    QCOMPARE(fill.size(), *pages);
    QStringList figures;
    for (double f : fill)
        figures << QString::number(qRound(f * 100)) + u'%';
    qInfo("%d Puskesmas: %s", puskesmas, qPrintable(figures.join(u' ')));
    for (int p = 0; p + 1 < fill.size(); ++p)
        QVERIFY2(fill.at(p) >= 0.6, qPrintable(u"page %1 of %2 is %3 used: %4"_s.arg(p + 1)
                                                   .arg(fill.size())
                                                   .arg(figures.at(p), figures.join(u' '))));
}

void TestPrintLayout::seedDistrictFirstPage()
{
    const Analysis analysis(TestData::snapshot(TestData::lombokTimur()));
    const RegionTable t
        = regionTable(analysis, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(t.table.rows.size(), 35);
    const QString path = artifact(u"lombok-timur.pdf"_s);
    const Result<int> pages = writeSectionPdf(path, {t.context, &t.table});
    QVERIFY(pages.ok());
    const QString text = pdfText(path);
    QVERIFY(text.contains(
        u"Completeness of the 9 priority health-worker types in Lombok Timur, Nusa Tenggara Barat"_s));
    QVERIFY(!text.contains(u"SAMPLE DATA"_s));
    // Headline figures of the seed (DOMAIN.md §4), in the test's C locale.
    QVERIFY(text.contains(u"27 (77.14%)"_s));
    QVERIFY(text.contains(u"8 (22.86%)"_s));
    for (const QString &name : {u"KERUAK"_s, u"SUKARAJA"_s, u"AIKMEL UTARA"_s, u"BELANTING"_s})
        QVERIFY2(text.contains(name), qPrintable(name));
    // Issue 12: an empty cell prints as on screen, "–" on the hatching, not "0". AIKMEL UTARA
    // has no dentist: ASN, Non-ASN and total of Dokter Gigi are empty.
    const QStringList lines = text.split(u'\n');
    const auto aikmelUtara = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(u"AIKMEL UTARA"_s);
    });
    QVERIFY(aikmelUtara != lines.cend());
    QVERIFY2(aikmelUtara->count(u"–"_s) == 3, qPrintable(*aikmelUtara));
    const QStringList cells = aikmelUtara->simplified().split(u' ');
    QVERIFY2(!cells.mid(5, 3).contains(u"0"_s), qPrintable(*aikmelUtara));

    // Pictures to look at.
    const QString prefix = artifact(u"lombok-timur"_s);
    QVERIFY(!run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, path, prefix}).isNull());
    QVERIFY(QFile::exists(prefix + u"-1.png"_s));
}

void TestPrintLayout::provinceTable()
{
    QList<PuskesmasData> all = TestData::lombokTimur();
    all += TestData::bigDistrict(20, u"52.01"_s);
    all += TestData::bigDistrict(12, u"52.71"_s);
    const Analysis analysis(TestData::snapshot(all));
    const RegionTable t
        = regionTable(analysis, Level::Province, u"52"_s, Criteria::Sisdmk, Status::Asn);
    QCOMPARE(t.table.rows.size(), 3);
    const QString path = artifact(u"province-52.pdf"_s);
    const Result<int> pages = writeSectionPdf(path, {t.context, &t.table});
    QVERIFY(pages.ok());
    QCOMPARE(*pages, 1);
    const QString text = pdfText(path);
    QVERIFY(text.contains(
        u"Completeness of the 9 priority health-worker types in Nusa Tenggara Barat"_s));
    QVERIFY(text.contains(u"Status: ASN only"_s));
    QVERIFY(text.contains(u"Lombok Timur"_s));
    QVERIFY(text.contains(u"Lombok Barat"_s));
    QVERIFY(text.contains(u"Kota Mataram"_s));
    run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, path, artifact(u"province-52"_s)});
}

// Kosong cells and bands must differ in greyscale: render the seed's first page in grey and
// compare the grey levels of a Kosong cell's area with a filled one via the hatching.
void TestPrintLayout::greyscalePatterns()
{
    const QString path = artifact(u"lombok-timur.pdf"_s);
    QVERIFY(QFile::exists(path));
    const QString prefix = artifact(u"lombok-timur-grey"_s);
    QVERIFY(!run(u"pdftoppm"_s, {u"-png"_s, u"-gray"_s, u"-r"_s, u"100"_s, u"-f"_s, u"1"_s, u"-l"_s,
                                 u"1"_s, path, prefix})
                 .isNull());
    QImage image(prefix + u"-1.png"_s);
    QVERIFY(!image.isNull());
    // A hatched area has many grey levels close together; count distinct levels overall.
    QSet<int> levels;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            levels.insert(qGray(image.pixel(x, y)) / 16);
    }
    QVERIFY(levels.size() >= 6);
}

void TestPrintLayout::emptyTable()
{
    const Analysis analysis(TestData::snapshot(TestData::lombokTimur()));
    // No Puskesmas of Lombok Timur is on a registered list in this snapshot... make one.
    Snapshot s = TestData::snapshot(TestData::lombokTimur());
    for (PuskesmasData &p : s.puskesmas)
        p.rpjmn = false;
    const Analysis none(s);
    const RegionTable t
        = regionTable(none, Level::District, u"52.03"_s, Criteria::Rpjmn, Status::All);
    QCOMPARE(t.table.rows.size(), 0);
    const QString path = artifact(u"empty.pdf"_s);
    const Result<int> pages = writeSectionPdf(path, {t.context, &t.table});
    QVERIFY(pages.ok());
    QCOMPARE(*pages, 1);
    QVERIFY(pdfText(path).contains(u"No Puskesmas match these criteria."_s));
}

} // namespace Lengkap

QTEST_MAIN(Lengkap::TestPrintLayout)
#include "tst_printlayout.moc"
