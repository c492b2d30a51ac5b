#include "analysis.h"
#include "importer.h"
#include "printtestdata.h"
#include "scenarioworkspace.h"
#include "tabledata.h"
#include "tableexport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestTableExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void escapeFormula_data();
    void escapeFormula();
    void csvEscapesInjectedName();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void xlsxDistrict();
    void xlsxProvinceBands();
    void scenarioOutlinesInXlsx();
    void scenarioColumnInCsv();
    void tabSeparated();

private:
    static QString unzip(const QString &archive, const QString &member);
    // Lombok Timur under a scenario: 2 more Gizi (ASN) at row 0, 1 Perawat (Non-ASN) fewer at row 3.
    static std::unique_ptr<ScenarioWorkspace> scenario();
    // The border style and colour ("medium FF6A1B9A") of a cell of sheet1, read from styles.xml.
    static QString borderOf(const QString &sheet, const QString &styles, const QString &cell);
    QTemporaryDir m_dir;
};

QString TestTableExport::unzip(const QString &archive, const QString &member)
{
    QProcess process;
    process.start(u"unzip"_s, {u"-p"_s, archive, member});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestTableExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestTableExport::escapeFormula_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hyperlink formula")
        << u"=HYPERLINK(\"http://x\",\"klik\")"_s << u"'=HYPERLINK(\"http://x\",\"klik\")"_s;
    QTest::newRow("plus") << u"+62 812"_s << u"'+62 812"_s;
    QTest::newRow("minus") << u"-1+1"_s << u"'-1+1"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("carriage return") << u"\rx"_s << u"'\rx"_s;
    QTest::newRow("plain name") << u"KERUAK"_s << u"KERUAK"_s;
    QTest::newRow("equals inside") << u"A=B"_s << u"A=B"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTableExport::escapeFormula()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TableExport::escapeFormula(text), expected);
}

void TestTableExport::csvEscapesInjectedName()
{
    QList<PuskesmasData> list = TestData::lombokTimur();
    list[0].name = u"=HYPERLINK(\"http://x\",\"klik\")"_s;
    list[1].kategori = u"-Pedesaan"_s;
    const Analysis analysis(TestData::snapshot(list));
    const RegionTable t
        = regionTable(analysis, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    const QByteArray bytes = TableExport::csv(t.table, t.context);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 36);
    QVERIFY(
        lines.first().startsWith(u"provinsi,kabupaten_kota,nama_puskesmas,kategori,dokter_asn,"_s));
    // The name is quoted, its quotes doubled, and starts with ' so no spreadsheet runs it.
    const QString keruak = [&] {
        for (const QString &line : lines) {
            if (line.contains(u"HYPERLINK"_s))
                return line;
        }
        return QString();
    }();
    QVERIFY2(keruak.contains(u",\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\","_s),
             qPrintable(keruak));
    QVERIFY(text.contains(u",'-Pedesaan,"_s));
    // Counts stay bare numbers: KERUAK's dokter 3 + 1 = 4, dokter gigi 0 + 1 = 1.
    QVERIFY2(keruak.contains(u",3,1,4,0,1,1,13,42,55,"_s), qPrintable(keruak));
}

void TestTableExport::csvRoundTrip_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("complete");
    QTest::addColumn<int>("shortage");
    QTest::newRow("Lombok Timur, ASN + Non-ASN") << Status::All << 27 << 8;
    QTest::newRow("Lombok Timur, ASN only") << Status::Asn << 13 << 22;
}

// Export the district table as CSV, import it again with the program's own reader: the same
// Puskesmas, the same counts, the same figures (DOMAIN.md §4).
void TestTableExport::csvRoundTrip()
{
    QFETCH(Status, status);
    QFETCH(int, complete);
    QFETCH(int, shortage);
    const Analysis analysis(TestData::snapshot(TestData::lombokTimur()));
    const RegionTable t
        = regionTable(analysis, Level::District, u"52.03"_s, Criteria::Sisdmk, status);
    const QString path = m_dir.filePath(u"lombok_timur_%1.csv"_s.arg(statusKey(status)));
    const Result<void> written = TableExport::writeCsv(path, t.table, t.context);
    QVERIFY(written.ok());

    const Result<ImportBatch> batch = readImportFile(path);
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
    QCOMPARE(batch->puskesmas.size(), 35);
    QCOMPARE(batch->format, u"rekap"_s);

    Snapshot snapshot = TestData::snapshot({});
    for (const PuskesmasCounts &c : batch->puskesmas) {
        QCOMPARE(c.districtCode, u"52.03"_s);
        PuskesmasData p;
        p.name = c.name;
        p.kategori = c.kategori;
        p.districtCode = c.districtCode;
        p.asn = c.asn;
        p.nonAsn = c.nonAsn;
        snapshot.puskesmas.append(p);
    }
    // Every count survives, Puskesmas by Puskesmas.
    const QList<PuskesmasData> original = TestData::lombokTimur();
    for (int i = 0; i < original.size(); ++i) {
        QCOMPARE(snapshot.puskesmas.at(i).name, original.at(i).name);
        QCOMPARE(snapshot.puskesmas.at(i).kategori, original.at(i).kategori);
        QCOMPARE(snapshot.puskesmas.at(i).asn, original.at(i).asn);
        QCOMPARE(snapshot.puskesmas.at(i).nonAsn, original.at(i).nonAsn);
    }
    const Analysis again(snapshot);
    const RegionSummary s = again.summary(Level::District, u"52.03"_s, Criteria::Sisdmk, status);
    QCOMPARE(s.puskesmas, 35);
    QCOMPARE(s.complete, complete);
    QCOMPARE(s.shortage, shortage);
}

void TestTableExport::xlsxDistrict()
{
    QList<PuskesmasData> list = TestData::lombokTimur();
    list[2].name = u"=HYPERLINK(\"http://x\",\"klik\")"_s;
    const Analysis analysis(TestData::snapshot(list, true));
    const RegionTable t
        = regionTable(analysis, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    const QString path = m_dir.filePath(u"lombok_timur.xlsx"_s);
    const Result<void> written = TableExport::writeXlsx(path, {{&t.table, t.context}});
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

    const QString workbook = unzip(path, u"xl/workbook.xml"_s);
    QVERIFY2(workbook.contains(u"name=\"Lombok Timur\""_s), qPrintable(workbook));
    QVERIFY(workbook.contains(u"name=\"Keterangan\""_s));

    const QString sheet = unzip(path, u"xl/worksheets/sheet1.xml"_s);
    // Header frozen: two header rows (type, then ASN / Non-ASN / Total) and the name column.
    QVERIFY2(
        sheet.contains(
            u"<pane xSplit=\"1\" ySplit=\"2\" topLeftCell=\"B3\" activePane=\"bottomRight\" state=\"frozen\"/>"_s),
        qPrintable(sheet.left(1500)));
    QCOMPARE(sheet.count(u"<row "_s), 2 + 35);
    QVERIFY(sheet.contains(u"<cols>"_s)); // column widths set
    QVERIFY(sheet.contains(u"<mergeCell ref=\"C1:E1\"/>"_s)); // "Dokter" over its 3 columns
    // Numbers as numbers: KERUAK's perawat total 55 is a plain value, not a shared string.
    QVERIFY(sheet.contains(QRegularExpression(u"<c r=\"K3\" s=\"\\d+\"><v>55</v></c>"_s)));
    // No formula anywhere, even for the injected name.
    QVERIFY(!sheet.contains(u"<f>"_s));
    const QString strings = unzip(path, u"xl/sharedStrings.xml"_s);
    QVERIFY(strings.contains(u"KERUAK"_s));
    QVERIFY2(strings.contains(u"<t>=HYPERLINK(\"http://x\",\"klik\")</t>"_s)
                 || strings.contains(u"<t>=HYPERLINK(&quot;http://x&quot;,&quot;klik&quot;)</t>"_s),
             qPrintable(strings.left(400)));
    QVERIFY(strings.contains(u"AIKMEL UTARA"_s));

    // Fill colours of Sudah Terisi / Kosong are cell formats.
    const QString styles = unzip(path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains(u"FFC8E6C9"_s));
    QVERIFY(styles.contains(u"FFFFCDD2"_s));

    const QString notes = unzip(path, u"xl/worksheets/sheet2.xml"_s);
    QVERIFY(!notes.isEmpty());
    QVERIFY(strings.contains(u"In SISDMK"_s));
    QVERIFY(strings.contains(u"ASN + Non-ASN"_s));
    QVERIFY(strings.contains(u"2024-12-01"_s));
    QVERIFY(strings.contains(u"lombok_timur_rekap.csv"_s));
    QVERIFY(strings.contains(u"SAMPLE DATA"_s));
}

void TestTableExport::xlsxProvinceBands()
{
    QList<PuskesmasData> all = TestData::lombokTimur();
    all += TestData::bigDistrict(20, u"52.01"_s);
    const Analysis analysis(TestData::snapshot(all));
    const RegionTable t
        = regionTable(analysis, Level::Province, u"52"_s, Criteria::Sisdmk, Status::All);
    const QString path = m_dir.filePath(u"ntb.xlsx"_s);
    QVERIFY(TableExport::writeXlsx(path, {{&t.table, t.context}}).ok());
    const QString styles = unzip(path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains(u"FF1B5E20"_s)); // dark green band of Lombok Timur
    const QString sheet = unzip(path, u"xl/worksheets/sheet1.xml"_s);
    QCOMPARE(sheet.count(u"<row "_s), 2 + 2); // group header row "Puskesmas without" + header
    // complete_pct is a number (77.142857...) shown with 2 decimals by its format.
    QVERIFY(sheet.contains(QRegularExpression(u"<v>77\\.14\\d*</v>"_s)));
}

std::unique_ptr<ScenarioWorkspace> TestTableExport::scenario()
{
    const Snapshot base = TestData::snapshot(TestData::lombokTimur());
    ScenarioDocument document;
    document.name = u"Rencana NTB"_s;
    document.cutoff = base.cutoff;
    auto workspace = std::make_unique<ScenarioWorkspace>(base, document);
    const qint64 first = base.puskesmas.at(0).id;
    const qint64 fourth = base.puskesmas.at(3).id;
    workspace->push({{ScenarioChange::Kind::Add, first, 0, NakesTypes::indexOf(u"gizi"_s), true, 2}});
    workspace->push(
        {{ScenarioChange::Kind::Add, fourth, 0, NakesTypes::indexOf(u"perawat"_s), false, -1}});
    return workspace;
}

QString TestTableExport::borderOf(const QString &sheet, const QString &styles, const QString &cell)
{
    const QRegularExpressionMatch c
        = QRegularExpression(u"<c r=\"%1\" s=\"(\\d+)\""_s.arg(cell)).match(sheet);
    if (!c.hasMatch())
        return u"no cell %1"_s.arg(cell);
    const int xf = c.captured(1).toInt();
    const qsizetype xfs = styles.indexOf(u"<cellXfs"_s);
    QRegularExpressionMatchIterator it
        = QRegularExpression(u"<xf [^>]*borderId=\"(\\d+)\""_s).globalMatch(styles, xfs);
    int border = -1;
    for (int i = 0; it.hasNext(); ++i) {
        const QRegularExpressionMatch m = it.next();
        if (i == xf) {
            border = m.captured(1).toInt();
            break;
        }
    }
    const qsizetype bordersAt = styles.indexOf(u"<borders"_s);
    const qsizetype bordersEnd = styles.indexOf(u"</borders>"_s);
    const QStringList borders = styles.mid(bordersAt, bordersEnd - bordersAt)
                                    .split(u"<border>"_s, Qt::SkipEmptyParts)
                                    .mid(1);
    if (border < 0 || border >= borders.size())
        return u"no border %1"_s.arg(border);
    const QRegularExpressionMatch left
        = QRegularExpression(u"<left style=\"(\\w+)\"><color rgb=\"(\\w+)\""_s)
              .match(borders.at(border));
    return left.hasMatch() ? left.captured(1) + u' ' + left.captured(2) : borders.at(border);
}

// Issue 14: the cells a scenario changed are outlined in the XLSX too, and the notes say why.
void TestTableExport::scenarioOutlinesInXlsx()
{
    const std::unique_ptr<ScenarioWorkspace> workspace = scenario();
    const RegionTable t = regionTable(*workspace->analysis(), Level::District, u"52.03"_s,
                                      Criteria::Sisdmk, Status::All);
    QCOMPARE(t.context.scenario, u"Rencana NTB"_s);
    const QString path = m_dir.filePath(u"scenario.xlsx"_s);
    QVERIFY(TableExport::writeXlsx(path, {{&t.table, t.context}}).ok());
    const QString sheet = unzip(path, u"xl/worksheets/sheet1.xml"_s);
    const QString styles = unzip(path, u"xl/styles.xml"_s);
    QVERIFY(!sheet.isEmpty() && !styles.isEmpty());

    const auto letter = [](int column) {
        QString name;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            name.prepend(QChar(u'A' + (c - 1) % 26));
        return name;
    };
    const QSet<qint64> changedRows {workspace->snapshot().puskesmas.at(0).id,
                                    workspace->snapshot().puskesmas.at(3).id};
    int outlined = 0;
    int plain = 0;
    for (int r = 0; r < t.table.rows.size(); ++r) {
        for (int c = 0; c < t.table.columns.size(); ++c) {
            const TableCell &cell = t.table.rows.at(r).at(c);
            const QString ref = letter(c) + QString::number(r + 3); // 2 header rows
            const QString border = borderOf(sheet, styles, ref);
            if (cell.changed) {
                QVERIFY2(border == u"medium FF6A1B9A"_s, qPrintable(ref + u": "_s + border));
                ++outlined;
            } else {
                QVERIFY2(border.startsWith(u"thin "_s), qPrintable(ref + u": "_s + border));
                ++plain;
            }
        }
    }
    // Gizi and Perawat, each ASN, Non-ASN and Total (the changed type's count cells).
    QVERIFY2(outlined >= 2 && outlined <= 6, qPrintable(QString::number(outlined)));
    QVERIFY(plain > 300);
    Q_UNUSED(changedRows);
    const QString strings = unzip(path, u"xl/sharedStrings.xml"_s);
    QVERIFY(strings.contains(u"Outlined cells"_s));
    QVERIFY(strings.contains(u"SCENARIO: Rencana NTB"_s) || strings.contains(u"Rencana NTB"_s));

    // Without a scenario: no outline anywhere, no note.
    const Analysis plainAnalysis(TestData::snapshot(TestData::lombokTimur()));
    const RegionTable p
        = regionTable(plainAnalysis, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    const QString plainPath = m_dir.filePath(u"plain.xlsx"_s);
    QVERIFY(TableExport::writeXlsx(plainPath, {{&p.table, p.context}}).ok());
    QVERIFY(!unzip(plainPath, u"xl/sharedStrings.xml"_s).contains(u"Outlined cells"_s));
    QVERIFY(borderOf(unzip(plainPath, u"xl/worksheets/sheet1.xml"_s),
                     unzip(plainPath, u"xl/styles.xml"_s), u"C3"_s)
                .startsWith(u"thin "_s));
}

// CSV cannot outline: a scenario's Puskesmas table names the changed types in its last column.
void TestTableExport::scenarioColumnInCsv()
{
    const std::unique_ptr<ScenarioWorkspace> workspace = scenario();
    const RegionTable t = regionTable(*workspace->analysis(), Level::District, u"52.03"_s,
                                      Criteria::Sisdmk, Status::All);
    const QString text = QString::fromUtf8(TableExport::csv(t.table, t.context).mid(3));
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 36);
    QVERIFY(lines.first().endsWith(u",scenario_changed_types"_s));
    const QString first = workspace->snapshot().puskesmas.at(0).name;
    const QString fourth = workspace->snapshot().puskesmas.at(3).name;
    int changed = 0;
    for (const QString &line : lines.mid(1)) {
        const QString last = line.section(u',', -1);
        if (line.contains(u',' + first + u',')) {
            QCOMPARE(last, u"gizi"_s);
            ++changed;
        } else if (line.contains(u',' + fourth + u',')) {
            QCOMPARE(last, u"perawat"_s);
            ++changed;
        } else {
            QCOMPARE(last, QString());
        }
    }
    QCOMPARE(changed, 2);
    // Without a scenario the CSV is as before: no such column.
    const Analysis plainAnalysis(TestData::snapshot(TestData::lombokTimur()));
    const RegionTable p
        = regionTable(plainAnalysis, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    QVERIFY(!QString::fromUtf8(TableExport::csv(p.table, p.context)).contains(u"scenario_"_s));
}

void TestTableExport::tabSeparated()
{
    const Analysis analysis(TestData::snapshot(TestData::lombokTimur()));
    const RegionTable t
        = regionTable(analysis, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    const QString text = TableExport::tabSeparated(t.table);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 36);
    QCOMPARE(lines.first().split(u'\t').size(), t.table.columns.size());
    QVERIFY(lines.at(1).startsWith(u"KERUAK\t\t3\t1\t4\t"_s));
}

} // namespace Lengkap

QTEST_MAIN(Lengkap::TestTableExport)
#include "tst_tableexport.moc"
