#include "readers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

// The test workbooks are made by tests/data/xlsx/make_xlsx.py (hand-written parts: gaps,
// rich text, inline strings, broken and hostile archives) and make_workers_xlsx.c
// (libxlsxwriter, as real exports are written).
namespace {

const QString XlsxDir = QStringLiteral(LENGKAP_TEST_DATA "/xlsx/");
const QString BrokenDir = QStringLiteral(LENGKAP_TEST_DATA "/broken/xlsx/");

struct Record
{
    int line;
    QStringList cells;
};

QList<Record> readAll(RecordSource &source)
{
    QList<Record> records;
    while (source.next()) {
        Record record {source.line(), {}};
        for (int i = 0; i < source.fieldCount(); ++i)
            record.cells.append(source.text(i));
        records.append(record);
    }
    return records;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void namedSheetWithGaps();
    void firstSheetByDefault();
    void sheetNameCaseInsensitive();
    void unknownSheetListsSheets();
    void rawBytesAreUntrimmed();
    void workersFromLibxlsxwriter();
    void spellingsReadAlike_data();
    void spellingsReadAlike();
    void broken_data();
    void broken();
};

void TestXlsxReader::namedSheetWithGaps()
{
    Result<std::unique_ptr<RecordSource>> opened
        = openXlsx(XlsxDir + u"gaps_two_sheets.xlsx"_s, u"Data"_s);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    RecordSource &source = **opened;
    QCOMPARE(source.displayName(), u"gaps_two_sheets.xlsx"_s);
    QCOMPARE(source.delimiterName(), QString());
    const QList<Record> records = readAll(source);
    QVERIFY(!source.error().has_value());
    QCOMPARE(records.size(), 4);
    // Header: shared strings, one of them rich text in two runs, and an inline string.
    QCOMPARE(records.at(0).line, 1);
    QCOMPARE(records.at(0).cells, QStringList({u"provinsi"_s, u"kabupaten_kota"_s,
                                               u"nama_puskesmas"_s, u"dokter_asn"_s}));
    // Row 2 is absent: the next record is row 3; B3 is missing and reads empty; the phonetic
    // run of the shared string "3" is not part of the text.
    QCOMPARE(records.at(1).line, 3);
    QCOMPARE(records.at(1).cells,
             QStringList({u"Nusa Tenggara Barat"_s, QString(), u"Keruak"_s, u"3"_s}));
    // Cells without references follow on from the previous cell.
    QCOMPARE(records.at(2).line, 7);
    QCOMPARE(records.at(2).cells, QStringList({u"Nusa Tenggara Barat"_s, u"Lombok Timur"_s,
                                               u"Sakra"_s, u"12"_s, u"1"_s, u"x"_s}));
    // An empty row is a (blank) record, as in CSV.
    QCOMPARE(records.at(3).line, 9);
    QCOMPARE(records.at(3).cells, QStringList());
}

void TestXlsxReader::firstSheetByDefault()
{
    Result<std::unique_ptr<RecordSource>> opened
        = openXlsx(XlsxDir + u"gaps_two_sheets.xlsx"_s, {});
    QVERIFY(opened.ok());
    const QList<Record> records = readAll(**opened);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().cells, QStringList({u"Petunjuk pengisian"_s}));
}

void TestXlsxReader::sheetNameCaseInsensitive()
{
    Result<std::unique_ptr<RecordSource>> opened
        = openXlsx(XlsxDir + u"gaps_two_sheets.xlsx"_s, u"data"_s);
    QVERIFY(opened.ok());
    QCOMPARE(readAll(**opened).size(), 4);
}

void TestXlsxReader::unknownSheetListsSheets()
{
    Result<std::unique_ptr<RecordSource>> opened
        = openXlsx(XlsxDir + u"gaps_two_sheets.xlsx"_s, u"Rekap"_s);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Input);
    QCOMPARE(opened.error().message,
             u"gaps_two_sheets.xlsx: no sheet named 'Rekap'; the sheets are: Petunjuk, Data"_s);
}

void TestXlsxReader::rawBytesAreUntrimmed()
{
    Result<std::unique_ptr<RecordSource>> opened
        = openXlsx(XlsxDir + u"gaps_two_sheets.xlsx"_s, u"Data"_s);
    QVERIFY(opened.ok());
    RecordSource &source = **opened;
    QVERIFY(source.next());
    QVERIFY(source.next());
    QCOMPARE(source.utf8(2), QByteArrayView(" Keruak "));
    QCOMPARE(source.text(2), u"Keruak"_s);
    QCOMPARE(source.utf8(1), QByteArrayView());
    QCOMPARE(source.utf8(40), QByteArrayView());
    QCOMPARE(source.text(-1), QString());
    QVERIFY(!source.isBlankRecord());
}

// The same 22 workers as tests/data/workers/sisdmk_codes.csv, as libxlsxwriter writes them:
// the workers reader gives the same counts from the sheet as from the CSV.
void TestXlsxReader::workersFromLibxlsxwriter()
{
    Result<std::unique_ptr<RecordSource>> opened
        = openXlsx(XlsxDir + u"workers_libxlsxwriter.xlsx"_s, u"Pegawai"_s);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    const Result<ImportBatch> fromXlsx = readWorkers(**opened, {});
    QVERIFY2(fromXlsx.ok(), qPrintable(fromXlsx.ok() ? QString() : fromXlsx.error().message));
    Result<std::unique_ptr<RecordSource>> csv
        = openCsv(QStringLiteral(LENGKAP_TEST_DATA "/workers/sisdmk_codes.csv"));
    QVERIFY(csv.ok());
    const Result<ImportBatch> fromCsv = readWorkers(**csv, {});
    QVERIFY(fromCsv.ok());

    QCOMPARE(fromXlsx->report.recordsRead, 22);
    // libxlsxwriter writes no element for the empty sheet row 4: a gap, not a record.
    QCOMPARE(fromXlsx->report.skippedEmptyRows, 0);
    QCOMPARE(fromXlsx->report.workersCounted, fromCsv->report.workersCounted);
    QCOMPARE(fromXlsx->report.unmappedProfessions, fromCsv->report.unmappedProfessions);
    QCOMPARE(fromXlsx->puskesmas.size(), fromCsv->puskesmas.size());
    for (qsizetype i = 0; i < fromCsv->puskesmas.size(); ++i) {
        QCOMPARE(fromXlsx->puskesmas.at(i).code, fromCsv->puskesmas.at(i).code);
        QCOMPARE(fromXlsx->puskesmas.at(i).districtCode, fromCsv->puskesmas.at(i).districtCode);
        QCOMPARE(fromXlsx->puskesmas.at(i).asn, fromCsv->puskesmas.at(i).asn);
        QCOMPARE(fromXlsx->puskesmas.at(i).nonAsn, fromCsv->puskesmas.at(i).nonAsn);
    }
    // Lines are sheet rows: Keruak starts on row 2, Sakra (worker 16) on row 18, after the gap.
    QCOMPARE(fromXlsx->puskesmas.at(0).line, 2);
    QCOMPARE(fromXlsx->puskesmas.at(1).line, 18);
    QCOMPARE(fromCsv->puskesmas.at(1).line, 17);
}

// The reader takes the shapes writers produce (<row r="2">, <c r="A2" t="s"><v>3</v></c>,
// <si><t>text</t></si>, ...) straight from its buffer and leaves anything else to its
// tokeniser. The same cells spelled with a space before every '>' (no fast path takes them) or
// spelled either way tag by tag must read alike, byte for byte, across the buffer's ends
// (make_spellings.py: 5,000 rows, 3,000 shared strings, every cell type, rows and cells
// without references, empty rows, entities, rich and phonetic runs, control characters).
void TestXlsxReader::spellingsReadAlike_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("fast") << u"spellings_fast.xlsx"_s;
    QTest::newRow("mixed") << u"spellings_mixed.xlsx"_s;
}

void TestXlsxReader::spellingsReadAlike()
{
    QFETCH(QString, file);
    struct Row
    {
        int line;
        std::vector<QByteArray> cells;
        std::vector<bool> numbers;
        bool operator==(const Row &) const = default;
    };
    auto readRows = [](const QString &name, QString *error) {
        std::vector<Row> rows;
        Result<std::unique_ptr<RecordSource>> opened = openXlsx(XlsxDir + name, {});
        if (!opened) {
            *error = opened.error().message;
            return rows;
        }
        RecordSource &source = **opened;
        while (source.next()) {
            Row row {source.line(), {}, {}};
            for (int i = 0; i < source.fieldCount(); ++i) {
                row.cells.push_back(source.utf8(i).toByteArray());
                row.numbers.push_back(source.isNumber(i));
            }
            rows.push_back(row);
        }
        if (source.error())
            *error = source.error()->message;
        return rows;
    };
    QString slowError;
    const std::vector<Row> slow = readRows(u"spellings_slow.xlsx"_s, &slowError);
    QVERIFY2(slowError.isEmpty(), qPrintable(slowError));
    QString error;
    const std::vector<Row> rows = readRows(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(slow.size() > 4000);
    QCOMPARE(rows.size(), slow.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!(rows[i] == slow[i]))
            QFAIL(qPrintable(u"record %1 (row %2) differs"_s.arg(i).arg(slow[i].line)));
    }
    // What the spellings hold, read as the tokeniser reads it: decoded entities, line ends
    // made \n, rich-text runs joined, phonetic runs left out, numbers marked.
    int entities = 0, lineEnds = 0, numbers = 0, utf8 = 0;
    for (const Row &row : slow) {
        for (size_t c = 0; c < row.cells.size(); ++c) {
            entities += row.cells[c].contains("a&b") || row.cells[c].contains("<tag>");
            lineEnds += row.cells[c].contains("line\nbreak") || row.cells[c].contains("cr\nonly");
            numbers += row.numbers[c];
            utf8 += row.cells[c].contains("\xe6\x97\xa5");
            QVERIFY(!row.cells[c].contains("PHON"));
            QVERIFY(!row.cells[c].contains('\r'));
        }
    }
    QVERIFY(entities > 100);
    QVERIFY(lineEnds > 100);
    QVERIFY(numbers > 1000);
    QVERIFY(utf8 > 100);
}

void TestXlsxReader::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("failsOnOpen");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("contains");
    QTest::newRow("a CSV file named .xlsx")
        << u"not_a_zip.xlsx"_s << true << u"not_a_zip.xlsx:"_s << u"not a zip archive"_s;
    QTest::newRow("truncated archive")
        << u"truncated.xlsx"_s << true << u"truncated.xlsx:"_s << u"truncated"_s;
    QTest::newRow("a zip that is no workbook")
        << u"zip_not_workbook.xlsx"_s << true << u"zip_not_workbook.xlsx:"_s
        << u"not an XLSX workbook"_s;
    QTest::newRow("zip bomb by ratio")
        << u"bomb_ratio.xlsx"_s << true << u"bomb_ratio.xlsx:"_s << u"200:1"_s;
    // The same bomb with its sizes rewritten to claim no compression: the central directory
    // looks harmless, but inflating stops at the declared size (20 KB), so the sheet reads as
    // truncated rather than growing to 8 MB.
    QTest::newRow("zip bomb lying about its size")
        << u"bomb_lying_sizes.xlsx"_s << false << u"bomb_lying_sizes.xlsx:783:"_s
        << u"truncated"_s;
    QTest::newRow("zip bomb by declared size")
        << u"bomb_declared_size.xlsx"_s << true << u"bomb_declared_size.xlsx:"_s
        << u"claims more compressed bytes than the file holds"_s;
    QTest::newRow("DTD with entities") << u"dtd.xlsx"_s << false << u"dtd.xlsx:"_s << u"DTD"_s;
    QTest::newRow("shared string index out of range")
        << u"shared_string_missing.xlsx"_s << false << u"shared_string_missing.xlsx:4:"_s
        << u"'99'"_s;
    QTest::newRow("malformed XML in row 5")
        << u"bad_xml_row5.xlsx"_s << false << u"bad_xml_row5.xlsx:5:"_s << u"not valid XML"_s;
    QTest::newRow("cell reference past XFD")
        << u"bad_cell_reference.xlsx"_s << false << u"bad_cell_reference.xlsx:2:"_s << u"'ZZZZ2'"_s;
}

void TestXlsxReader::broken()
{
    QFETCH(QString, file);
    QFETCH(bool, failsOnOpen);
    QFETCH(QString, prefix);
    QFETCH(QString, contains);
    Result<std::unique_ptr<RecordSource>> opened = openXlsx(BrokenDir + file, {});
    QString message;
    if (failsOnOpen) {
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Input);
        message = opened.error().message;
    } else {
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        readAll(**opened);
        QVERIFY((*opened)->error().has_value());
        QCOMPARE((*opened)->error()->kind, Error::Kind::Input);
        message = (*opened)->error()->message;
    }
    QVERIFY2(message.startsWith(prefix + u' '), qPrintable(message));
    QVERIFY2(message.contains(contains), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
