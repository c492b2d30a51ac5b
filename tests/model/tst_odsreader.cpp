// Issue 13: OpenDocument spreadsheets (.ods) through openOds() (model/io/odsreader.cpp): what
// the cells of a sheet read as (repeats, merged cells, value types, paragraphs and runs,
// comments left out), hidden sheets, how an .ods is recognised, and the hostile files of
// tests/data/broken/ods (make_hostile_ods.py) refused with "file: message" or
// "file:line: message", quickly, without expanding what they ask for. The figures of whole
// imports against the CSV are in tst_workbookshapes (sameFiguresAsCsv).
#include "importer.h"
#include "importpreview.h"
#include "readers.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(LENGKAP_TEST_DATA "/") + name;
}

struct Record
{
    int line = 0;
    QStringList cells;
    QList<bool> numbers;
};

// Every record of a sheet, or the error.
Result<QList<Record>> readAll(const QString &file, const QString &sheet)
{
    Result<std::unique_ptr<RecordSource>> opened = openOds(dataPath(file), sheet);
    if (!opened)
        return opened.error();
    RecordSource &source = **opened;
    QList<Record> records;
    while (source.next()) {
        Record record;
        record.line = source.line();
        for (int i = 0; i < source.fieldCount(); ++i) {
            record.cells.append(source.text(i));
            record.numbers.append(source.isNumber(i));
        }
        records.append(record);
    }
    if (const std::optional<Error> error = source.error())
        return *error;
    return records;
}

} // namespace

class TestOdsReader : public QObject
{
    Q_OBJECT

private slots:
    void cellsAsWritten();
    void libreOfficePadding();
    void hiddenSheets();
    void openBySheetIndex();
    void onePassOverContent_data();
    void onePassOverContent();
    void recognised_data();
    void recognised();
    void hostile_data();
    void hostile();
};

// shapes_odfpy.ods, sheet Pegawai (make_shapes_ods.py says what each row holds).
void TestOdsReader::cellsAsWritten()
{
    const Result<QList<Record>> records = readAll(u"ods/shapes_odfpy.ods"_s, u"Pegawai"_s);
    QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.error().message));
    // 2 title rows, 1 blank, 2 header rows, 22 workers, JUMLAH, blank, Sumber, and the run of
    // blank rows up to row 1,048,576 as one record.
    QCOMPARE(records->size(), 31);
    const Record &title = records->at(0);
    QCOMPARE(title.line, 1);
    QCOMPARE(title.cells.size(), 1); // the 10 empty cells after it make no cells
    QCOMPARE(title.cells.at(0), u"DATA SDMK  PUSKESMAS\tKABUPATEN LOMBOK TIMUR"_s); // text:s c=2, text:tab
    QCOMPARE(records->at(2).line, 3);
    QVERIFY(records->at(2).cells.isEmpty());
    const Record &upper = records->at(3);
    QCOMPARE(upper.line, 4);
    QCOMPARE(upper.cells,
             QStringList({u"NIK"_s, u"Nama"_s, u"Tanggal Lahir"_s, u"Jenis SDMK"_s, QString(),
                          u"Status Kepegawaian"_s, u"Unit Kerja"_s, QString(),
                          u"Kabupaten/Kota"_s, u"Provinsi"_s, u"Aktif"_s})); // no comment text
    const Record &lower = records->at(4);
    QCOMPARE(lower.cells, QStringList({QString(), QString(), QString(), u"Rumpun"_s, u"Jenis"_s,
                                       QString(), u"Kode"_s, u"Nama"_s}));
    const Record &first = records->at(5);
    QCOMPARE(first.line, 6);
    QCOMPARE(first.cells.size(), 11);
    QCOMPARE(first.cells.at(0), u"0000000000000001"_s); // office:value of a float cell
    QVERIFY(first.numbers.at(0));
    QCOMPARE(first.cells.at(2), u"1960-01-10"_s); // office:date-value
    QVERIFY(!first.numbers.at(2));
    QCOMPARE(first.cells.at(8), u"LOMBOK TIMUR"_s); // two text:span runs and a text:s
    QCOMPARE(first.cells.at(10), u"TRUE"_s); // office:boolean-value
    QVERIFY(!first.numbers.at(4));
    const Record &total = records->at(27);
    QCOMPARE(total.line, 28);
    QCOMPARE(total.cells, QStringList({u"JUMLAH"_s, QString(), QString(), QString(), u"22"_s}));
    QCOMPARE(records->at(29).cells.first(), u"Sumber: SISDMK, diunduh 01-12-2024"_s);
    QCOMPARE(records->last().line, 31);
    QVERIFY(records->last().cells.isEmpty());
}

// LibreOffice pads every sheet with a repeated blank row up to row 1,048,576 and every row with
// repeated empty cells up to column 16,384: read as one blank record, no empty cells.
void TestOdsReader::libreOfficePadding()
{
    QElapsedTimer timer;
    timer.start();
    const Result<QList<Record>> records
        = readAll(u"ods/shapes_libreoffice.ods"_s, u"Data Pegawai"_s);
    QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.error().message));
    QVERIFY2(records->size() < 40, qPrintable(QString::number(records->size())));
    for (const Record &record : *records)
        QVERIFY(record.cells.size() <= 12);
    QCOMPARE(records->at(3).cells.first(), u"NIK"_s);
    QCOMPARE(records->at(3).line, 4);
    QVERIFY(timer.elapsed() < 10000);
}

void TestOdsReader::hiddenSheets()
{
    const Result<QStringList> sheets = listOdsSheets(dataPath(u"ods/shapes_odfpy.ods"_s));
    QVERIFY(sheets.ok());
    QCOMPARE(*sheets, QStringList({u"Lama"_s, u"Petunjuk"_s, u"Pegawai"_s}));
    QCOMPARE(odsHiddenSheets(dataPath(u"ods/shapes_odfpy.ods"_s)), QStringList({u"Lama"_s}));
    // Not picked by itself (its header is recognised, and it comes first)...
    const Result<ImportBatch> batch = readImportFile(dataPath(u"ods/shapes_odfpy.ods"_s));
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
    QCOMPARE(batch->report.sheet, u"Pegawai"_s);
    QCOMPARE(batch->format, u"ods"_s);
    // ...but read when named.
    const Result<QList<Record>> hidden = readAll(u"ods/shapes_odfpy.ods"_s, u"lama"_s);
    QVERIFY(hidden.ok());
    QCOMPARE(hidden->size(), 4);
    QCOMPARE(hidden->at(1).cells.at(6), u"P9999999999"_s);
    const Result<QList<Record>> none = readAll(u"ods/shapes_odfpy.ods"_s, u"Nope"_s);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().message,
             u"shapes_odfpy.ods: no sheet named 'Nope'; the sheets are: Lama, Petunjuk, Pegawai"_s);
    // The import window's preview reads the sheet the import reads.
    const Result<ImportPreview> preview
        = previewImportFile(dataPath(u"ods/shapes_odfpy.ods"_s), {}, 3);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QCOMPARE(preview->sheet, u"Pegawai"_s);
    QCOMPARE(preview->sheets, *sheets);
    QVERIFY(preview->ods && preview->xlsx && !preview->xls);
    QCOMPARE(preview->formatName(), u"ods (workers)"_s);
    QCOMPARE(preview->headerDescription(), u"rows 4 and 5 (merged cells)"_s);
    // A workbook with no recognised table lists its sheets.
    const Result<ImportBatch> noTable = readImportFile(dataPath(u"ods/no_table_two_sheets.ods"_s));
    QVERIFY(!noTable.ok());
    QVERIFY2(noTable.error().message.contains(u"the sheets are: Ringkasan, Catatan"_s),
             qPrintable(noTable.error().message));
}

// By the .ods name, or by the content whatever the name (the mimetype first in the zip).
// openOdsSheet(): the sheet found in the pass that reads it, by name (its spelling in the file
// returned) or by its place among the visible sheets (hidden ones skipped).
void TestOdsReader::openBySheetIndex()
{
    const QString path = dataPath(u"ods/shapes_odfpy.ods"_s); // Lama (hidden), Petunjuk, Pegawai
    Result<OdsSheet> first = openOdsSheet(path, {}, 0);
    QVERIFY(first.ok() && first->source);
    QCOMPARE(first->sheet, u"Petunjuk"_s);
    Result<OdsSheet> second = openOdsSheet(path, {}, 1);
    QVERIFY(second.ok() && second->source);
    QCOMPARE(second->sheet, u"Pegawai"_s);
    QVERIFY(second->source->next());
    QCOMPARE(second->source->line(), 1);
    QCOMPARE(second->source->text(0), u"DATA SDMK  PUSKESMAS\tKABUPATEN LOMBOK TIMUR"_s);
    const Result<OdsSheet> past = openOdsSheet(path, {}, 2);
    QVERIFY(past.ok());
    QVERIFY(!past->source);
    const Result<OdsSheet> named = openOdsSheet(path, u"LAMA"_s);
    QVERIFY(named.ok() && named->source);
    QCOMPARE(named->sheet, u"Lama"_s);
    const Result<OdsSheet> none = openOdsSheet(path, u"Nope"_s);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().message,
             u"shapes_odfpy.ods: no sheet named 'Nope'; the sheets are: Lama, Petunjuk, Pegawai"_s);
    // A broken file is an error, not "no such sheet".
    const Result<OdsSheet> broken = openOdsSheet(dataPath(u"broken/ods/dtd.ods"_s), {}, 0);
    QVERIFY(!broken.ok());
}

namespace {
int contentPasses = 0;
QtMessageHandler previousHandler = nullptr;
void countPasses(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "lengkap.import.ods") == 0
        && message.contains(u"content.xml: a pass begins"_s)) {
        ++contentPasses;
        return;
    }
    previousHandler(type, context, message);
}
} // namespace

// The import streams content.xml once when the first visible sheet holds the table: the sheet
// is chosen in the pass that reads it (it used to be listed first: a second whole pass, and a
// third for the hidden sheets). Counted from the reader's debug line per pass.
void TestOdsReader::onePassOverContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("sheetRead");
    QTest::addColumn<int>("passes");
    QTest::newRow("one sheet") << u"ods/sisdmk_codes_libreoffice.ods"_s << QString()
                               << u"sisdmk_codes_libreoffice"_s << 1;
    QTest::newRow("the sheet named, in another case")
        << u"ods/shapes_odfpy.ods"_s << u"pegawai"_s << u"Pegawai"_s << 1;
    // The first visible sheet holds no table: it is read up to its end, then the second found
    // in a new pass (the hidden one is passed over).
    QTest::newRow("table on the second visible sheet")
        << u"ods/shapes_odfpy.ods"_s << QString() << u"Pegawai"_s << 2;
    QTest::newRow("LibreOffice, table on the second sheet")
        << u"ods/shapes_libreoffice.ods"_s << QString() << u"Data Pegawai"_s << 2;
}

void TestOdsReader::onePassOverContent()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, sheetRead);
    QFETCH(int, passes);
    QLoggingCategory::setFilterRules(u"lengkap.import.ods.debug=true"_s);
    contentPasses = 0;
    previousHandler = qInstallMessageHandler(countPasses);
    ReadOptions options;
    options.sheet = sheet;
    const Result<ImportBatch> batch = readImportFile(dataPath(file), options);
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
    QCOMPARE(batch->report.sheet, sheetRead);
    QCOMPARE(batch->report.workersCounted, 19);
    QCOMPARE(contentPasses, passes);
}

void TestOdsReader::recognised_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("copyOf");
    QTest::addColumn<bool>("ods");
    QTest::newRow(".ods") << u"a.ods"_s << u"ods/shapes_libreoffice.ods"_s << true;
    QTest::newRow(".ODS") << u"a.ODS"_s << u"ods/shapes_odfpy.ods"_s << true;
    QTest::newRow("named .xlsx") << u"a.xlsx"_s << u"ods/shapes_libreoffice.ods"_s << true;
    QTest::newRow("no extension, odfpy") << u"a"_s << u"ods/shapes_odfpy.ods"_s << true;
    QTest::newRow("an .xlsx") << u"a.xlsx"_s << u"xlsx/shapes_openpyxl.xlsx"_s << false;
    QTest::newRow("an .odt renamed .zip")
        << u"a.zip"_s << u"broken/ods/wrong_mimetype.ods"_s << false;
}

void TestOdsReader::recognised()
{
    QFETCH(QString, name);
    QFETCH(QString, copyOf);
    QFETCH(bool, ods);
    QFile file(dataPath(copyOf));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(4096);
    QCOMPARE(looksLikeOds(name, head), ods);
    QCOMPARE(tableFileKind(name, head, ImportFormat::Auto) == TableFile::Ods, ods);
    QCOMPARE(tableFileKind(name, head, ImportFormat::Xlsx) == TableFile::Ods, ods);
}

void TestOdsReader::hostile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("prefix"); // "file:" or "file:line:"
    QTest::addColumn<QString>("message");
    QTest::newRow("a cell repeated a billion times")
        << u"repeat_cells_bomb.ods"_s << u"repeat_cells_bomb.ods:2: "_s
        << u"more than 16384 columns"_s;
    QTest::newRow("a row repeated a billion times")
        << u"repeat_rows_bomb.ods"_s << u"repeat_rows_bomb.ods: "_s << u"more than 1048576 rows"_s;
    QTest::newRow("16384 cells x 1,000,000 rows from one cell")
        << u"repeat_copies_bomb.ods"_s << u"repeat_copies_bomb.ods:2: "_s
        << u"repeats cells more than 16 million times"_s;
    QTest::newRow("two billion blank rows, then data")
        << u"blank_rows_then_data.ods"_s << u"blank_rows_then_data.ods: "_s
        << u"more than 1048576 rows"_s;
    QTest::newRow("a repeat count that is no number")
        << u"bad_repeat_count.ods"_s << u"bad_repeat_count.ods:2: "_s
        << u"invalid number of repeated cells"_s;
    QTest::newRow("a billion spaces") << u"spaces_bomb.ods"_s << u"spaces_bomb.ods:2: "_s
                                      << u"more than 64 MB of text"_s;
    QTest::newRow("compressed more than 200:1")
        << u"bomb_ratio.ods"_s << u"bomb_ratio.ods: "_s << u"content.xml is compressed more than 200:1"_s;
    QTest::newRow("the same, its zip headers lying")
        << u"bomb_lying_sizes.ods"_s << u"bomb_lying_sizes.ods:"_s << u"200:1"_s;
    QTest::newRow("a DTD") << u"dtd.ods"_s << u"dtd.ods: "_s << u"declares a DTD"_s;
    QTest::newRow("broken XML") << u"bad_xml_row3.ods"_s << u"bad_xml_row3.ods:3: "_s
                                << u"not valid XML"_s;
    QTest::newRow("not a zip") << u"not_a_zip.ods"_s << u"not_a_zip.ods: "_s
                               << u"not an OpenDocument spreadsheet (not a zip archive)"_s;
    QTest::newRow("an OpenDocument text")
        << u"wrong_mimetype.ods"_s << u"wrong_mimetype.ods: "_s
        << u"its mimetype is 'application/vnd.oasis.opendocument.text'"_s;
    QTest::newRow("no mimetype") << u"no_mimetype.ods"_s << u"no_mimetype.ods: "_s
                                 << u"not an OpenDocument spreadsheet (no mimetype)"_s;
    QTest::newRow("no content.xml") << u"no_content.ods"_s << u"no_content.ods: "_s
                                    << u"content.xml is missing"_s;
    QTest::newRow("cut short") << u"truncated.ods"_s << u"truncated.ods: "_s << QString();
}

void TestOdsReader::hostile()
{
    QFETCH(QString, file);
    QFETCH(QString, prefix);
    QFETCH(QString, message);
    const QString path = dataPath(u"broken/ods/"_s + file);
    QElapsedTimer timer;
    timer.start();
    for (const ImportFormat format : {ImportFormat::Auto, ImportFormat::Workers}) {
        ReadOptions options;
        options.format = format;
        const Result<ImportBatch> batch = readImportFile(path, options);
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().kind, Error::Kind::Input);
        QVERIFY2(batch.error().message.startsWith(prefix), qPrintable(batch.error().message));
        QVERIFY2(batch.error().message.contains(message), qPrintable(batch.error().message));
    }
    const Result<ImportPreview> preview = previewImportFile(path, {}, 5);
    QVERIFY(!preview.ok() || !preview->sheetProblem.isEmpty());
    if (!preview.ok())
        QVERIFY2(preview.error().message.startsWith(file + u":"_s),
                 qPrintable(preview.error().message));
    const Result<QList<ListEntry>> list = readListFile(path);
    QVERIFY(!list.ok());
    QVERIFY2(list.error().message.startsWith(file + u":"_s), qPrintable(list.error().message));
    // Nothing expanded: a few seconds at most even on a loaded machine.
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestOdsReader)
#include "tst_odsreader.moc"
