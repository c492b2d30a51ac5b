// Issue 13: SISDMK workbooks as they really come. The same 22 workers as
// tests/data/workers/sisdmk_codes.csv, laid out as exports lay them out and written by two
// writers (tests/data/xlsx/make_shapes.py with openpyxl, make_shapes_xlsx.c with libxlsxwriter),
// and as a CSV with title and footer rows: readImportFile() (the CLI and the import window both
// import through it) gives the same figures as from the plain CSV, and its report says which
// sheet and header row it used, how many footer rows it left out and whether Excel damaged the
// NIK column.
#include "importer.h"
#include "importpreview.h"
#include "readers.h"
#include "tablesource.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(LENGKAP_TEST_DATA "/") + name;
}

} // namespace

class TestWorkbookShapes : public QObject
{
    Q_OBJECT

private slots:
    void sameFiguresAsCsv_data();
    void sameFiguresAsCsv();
    void noSheetWithATable();
    void hiddenSheet_data();
    void hiddenSheet();
    void oldXls_data();
    void oldXls();
    void oldXlsWithoutTable_data();
    void oldXlsWithoutTable();
    void previewFindsTheHeader();
    void previewReadsTheImportsSheet_data();
    void previewReadsTheImportsSheet();
    void footerRows_data();
    void footerRows();
};

void TestWorkbookShapes::sameFiguresAsCsv_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet"); // --sheet, or empty
    QTest::addColumn<QString>("sheetRead");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<int>("headerRows");
    QTest::addColumn<int>("footerRows");
    QTest::addColumn<bool>("nikDamaged");
    QTest::addColumn<int>("firstLine"); // sheet row of the first Puskesmas's first worker
    // openpyxl: inline strings, numbers typed t="n", booleans, dates as serials, merged cells.
    QTest::newRow("openpyxl: title rows, two-row merged header, second sheet, footers")
        << u"xlsx/shapes_openpyxl.xlsx"_s << QString() << u"Pegawai"_s << 5 << 2 << 2 << true << 6;
    QTest::newRow("openpyxl: the sheet named") << u"xlsx/shapes_openpyxl.xlsx"_s << u"pegawai"_s
                                               << u"Pegawai"_s << 5 << 2 << 2 << true << 6;
    // libxlsxwriter: shared strings, numbers without a type, booleans, dates as serials.
    QTest::newRow("libxlsxwriter: title rows, header on row 4, second sheet, footers")
        << u"xlsx/shapes_libxlsxwriter.xlsx"_s << QString() << u"Data Pegawai"_s << 4 << 1 << 2
        << true << 5;
    // openpyxl: a hidden first sheet with a table is passed over (as for .ods).
    QTest::newRow("openpyxl: a hidden sheet with a table first, then the data")
        << u"xlsx/hidden_sheet_openpyxl.xlsx"_s << QString() << u"Pegawai"_s << 1 << 1 << 0 << false
        << 2;
    // xlwt: an old binary workbook (BIFF8), read through FreeXL where the build has it.
    if (xlsSupported()) {
        QTest::newRow("xlwt .xls: title rows, two-row merged header, second sheet, footers")
            << u"xls/shapes_xlwt.xls"_s << QString() << u"Pegawai"_s << 5 << 2 << 2 << true << 6;
        QTest::newRow("xlwt .xls: the sheet named")
            << u"xls/shapes_xlwt.xls"_s << u"PEGAWAI"_s << u"Pegawai"_s << 5 << 2 << 2 << true
            << 6;
        // LibreOffice Calc, a second .xls writer (make_shapes_xls_libreoffice.sh): the openpyxl
        // and libxlsxwriter workbooks and the plain CSV saved as .xls (BIFF8 as LibreOffice
        // writes it: shared strings, RK/MULRK numbers, date-formatted serials, MERGEDCELLS).
        QTest::newRow("LibreOffice .xls: title rows, two-row merged header, second sheet, footers")
            << u"xls/shapes_libreoffice.xls"_s << QString() << u"Pegawai"_s << 5 << 2 << 2 << true
            << 6;
        QTest::newRow("LibreOffice .xls: the sheet named")
            << u"xls/shapes_libreoffice.xls"_s << u"pegawai"_s << u"Pegawai"_s << 5 << 2 << 2
            << true << 6;
        QTest::newRow("LibreOffice .xls: title rows, header on row 4, second sheet, footers")
            << u"xls/shapes_row4_libreoffice.xls"_s << QString() << u"Data Pegawai"_s << 4 << 1 << 2
            << true << 5;
        QTest::newRow("LibreOffice .xls of the plain CSV (NIKs became numbers)")
            << u"xls/sisdmk_codes_libreoffice.xls"_s << QString() << u"sisdmk_codes_libreoffice"_s
            << 1 << 1 << 0 << true << 2;
        // LibreOffice keeps a hidden sheet hidden in .xls; FreeXL tells with Lengkap's patch.
        if (xlsTellsHiddenSheets())
            QTest::newRow("LibreOffice .xls: a hidden sheet with a table first, then the data")
                << u"xls/hidden_sheet_libreoffice.xls"_s << QString() << u"Pegawai"_s << 1 << 1
                << 0 << false << 2;
    }
    // OpenDocument (.ods) from two writers: odfpy (make_shapes_ods.py: a hidden sheet first,
    // merged header by spans and covered cells, float NIKs, date and boolean cells, repeats)
    // and LibreOffice (the libxlsxwriter workbook and the plain CSV, converted headless).
    QTest::newRow("odfpy .ods: hidden sheet, two-row merged header, third sheet, footers")
        << u"ods/shapes_odfpy.ods"_s << QString() << u"Pegawai"_s << 5 << 2 << 2 << true << 6;
    QTest::newRow("odfpy .ods: the sheet named")
        << u"ods/shapes_odfpy.ods"_s << u"PEGAWAI"_s << u"Pegawai"_s << 5 << 2 << 2 << true << 6;
    QTest::newRow("LibreOffice .ods: title rows, header on row 4, second sheet, footers")
        << u"ods/shapes_libreoffice.ods"_s << QString() << u"Data Pegawai"_s << 4 << 1 << 2
        << true << 5;
    QTest::newRow("LibreOffice .ods of the plain CSV (NIKs became numbers)")
        << u"ods/sisdmk_codes_libreoffice.ods"_s << QString() << u"sisdmk_codes_libreoffice"_s
        << 1 << 1 << 0 << true << 2;
    QTest::newRow("CSV: title rows, header on line 4, footers")
        << u"workers/title_footer.csv"_s << QString() << QString() << 4 << 1 << 2 << false << 5;
    QTest::newRow("the plain CSV") << u"workers/sisdmk_codes.csv"_s << QString() << QString() << 1
                                   << 1 << 0 << false << 2;
}

void TestWorkbookShapes::sameFiguresAsCsv()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, sheetRead);
    QFETCH(int, headerLine);
    QFETCH(int, headerRows);
    QFETCH(int, footerRows);
    QFETCH(bool, nikDamaged);
    QFETCH(int, firstLine);

    const Result<ImportBatch> plain = readImportFile(dataPath(u"workers/sisdmk_codes.csv"_s));
    QVERIFY2(plain.ok(), qPrintable(plain.ok() ? QString() : plain.error().message));
    ReadOptions options;
    options.sheet = sheet;
    const Result<ImportBatch> shaped = readImportFile(dataPath(file), options);
    QVERIFY2(shaped.ok(), qPrintable(shaped.ok() ? QString() : shaped.error().message));

    const ImportReport &report = shaped->report;
    QCOMPARE(report.sheet, sheetRead);
    QCOMPARE(report.headerLine, headerLine);
    QCOMPARE(report.headerRows, headerRows);
    QCOMPARE(report.footerRowsSkipped, footerRows);
    QCOMPARE(report.nikDamaged, nikDamaged);
    QCOMPARE(report.recordsRead, plain->report.recordsRead);
    QCOMPARE(report.workersCounted, plain->report.workersCounted);
    QCOMPARE(report.unmappedProfessions, plain->report.unmappedProfessions);
    QCOMPARE(shaped->puskesmas.size(), plain->puskesmas.size());
    for (qsizetype i = 0; i < plain->puskesmas.size(); ++i) {
        const PuskesmasCounts &a = shaped->puskesmas.at(i);
        const PuskesmasCounts &b = plain->puskesmas.at(i);
        QCOMPARE(a.code, b.code);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.districtCode, b.districtCode);
        QCOMPARE(a.asn, b.asn);
        QCOMPARE(a.nonAsn, b.nonAsn);
    }
    QCOMPARE(shaped->puskesmas.first().line, firstLine);
}

void TestWorkbookShapes::noSheetWithATable()
{
    const Result<ImportBatch> batch = readImportFile(dataPath(u"xlsx/no_table_two_sheets.xlsx"_s));
    QVERIFY(!batch.ok());
    QCOMPARE(batch.error().kind, Error::Kind::Input);
    QVERIFY2(batch.error().message.startsWith(u"no_table_two_sheets.xlsx: "_s),
             qPrintable(batch.error().message));
    QVERIFY2(batch.error().message.contains(u"the sheets are: Ringkasan, Catatan"_s),
             qPrintable(batch.error().message));
    // The preview shows the first sheet with the import's refusal, so the user can name one.
    const Result<ImportPreview> preview
        = previewImportFile(dataPath(u"xlsx/no_table_two_sheets.xlsx"_s), {}, 5);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QCOMPARE(preview->sheets, QStringList({u"Ringkasan"_s, u"Catatan"_s}));
    QCOMPARE(preview->sheet, u"Ringkasan"_s);
    QVERIFY(!preview->headerRecognised);
    QCOMPARE(preview->sheetProblem, batch.error().message);
}

// A hidden sheet (.xlsx: state="hidden"; .xls: the BOUNDSHEET visibility, where FreeXL can
// tell) is listed and read when named, never picked by itself, by the import and the preview
// alike: it holds old data or look-up lists. (.ods: tst_odsreader.)
void TestWorkbookShapes::hiddenSheet_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xlsx, openpyxl") << u"xlsx/hidden_sheet_openpyxl.xlsx"_s;
    QTest::newRow("xls, LibreOffice") << u"xls/hidden_sheet_libreoffice.xls"_s;
}

void TestWorkbookShapes::hiddenSheet()
{
    QFETCH(QString, file);
    const QString path = dataPath(file);
    const bool xls = file.endsWith(u".xls"_s);
    if (xls && (!xlsSupported() || !xlsTellsHiddenSheets()))
        QSKIP("this build's FreeXL cannot tell hidden sheets (packaging/freexl)");
    QCOMPARE(*(xls ? listXlsSheets(path) : listXlsxSheets(path)),
             QStringList({u"Lama"_s, u"Pegawai"_s}));
    QCOMPARE(xls ? xlsHiddenSheets(path) : xlsxHiddenSheets(path), QStringList({u"Lama"_s}));
    const Result<ImportBatch> data = readImportFile(path, {});
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
    QCOMPARE(data->report.sheet, u"Pegawai"_s);
    ReadOptions named;
    named.sheet = u"lama"_s;
    const Result<ImportBatch> old = readImportFile(path, named);
    QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().message));
    QCOMPARE(old->report.sheet, u"Lama"_s);
    QCOMPARE(old->puskesmas.size(), 1);
    QCOMPARE(old->puskesmas.first().code, u"P9999999999"_s);
    const Result<ImportPreview> preview = previewImportFile(path, {}, 3);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QCOMPARE(preview->sheets, QStringList({u"Lama"_s, u"Pegawai"_s}));
    QCOMPARE(preview->sheet, u"Pegawai"_s);
    QVERIFY(preview->headerRecognised);
}

// Old .xls workbooks: read through FreeXL when the build has it, and then a damaged or hostile
// one is refused with "file: message", never read as a broken CSV; without FreeXL every .xls
// is refused with a message saying to save it as .xlsx or CSV.
void TestWorkbookShapes::oldXls_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // with FreeXL
    QTest::newRow("an OLE2 header and nothing else")
        << u"broken/xls/old_binary.xls"_s << u"old_binary.xls: the workbook is"_s;
    QTest::newRow("truncated") << u"broken/xls/truncated.xls"_s << u"truncated.xls: the workbook is"_s;
    QTest::newRow("OLE2 signature, then noise")
        << u"broken/xls/bogus_ole2.xls"_s << u"bogus_ole2.xls: "_s;
    // Found by fuzz_xls: FreeXL opens it, then refuses a cell of the first row.
    QTest::newRow("a cell outside its sheet")
        << u"broken/xls/cell_outside_sheet.xls"_s << u"cell_outside_sheet.xls:1: the workbook is"_s;
    QTest::newRow("a CSV named .xls")
        << u"broken/xls/text_named_xls.xls"_s
        << u"text_named_xls.xls: not an Excel workbook (no valid .xls header"_s;
    // tests/fuzz/findings/freexl-1.0.6-overread.xls: a directory entry whose name claims 65,535
    // bytes made FreeXL 1.0.6 read past its stack buffer. Only with the patched FreeXL
    // (packaging/freexl); the system library's result depends on what lies on the stack.
#ifndef LENGKAP_FREEXL_PATCHED
    if (!xlsSupported())
#endif
        QTest::newRow("a directory entry name longer than 64 bytes")
            << u"broken/xls/dir_entry_name_overlong.xls"_s
            << u"dir_entry_name_overlong.xls: the workbook is severely damaged (refused)"_s;
}

void TestWorkbookShapes::oldXls()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString expected = xlsSupported()
                                 ? message
                                 : QFileInfo(file).fileName()
                                       + u": an old Excel workbook (.xls): this build does not"_s;
    const QString name = QFileInfo(file).fileName();
    for (const Result<ImportBatch> &batch :
         {readImportFile(dataPath(file)), readImportFile(dataPath(file), {ImportFormat::Workers})}) {
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().kind, Error::Kind::Input);
        QVERIFY2(batch.error().message.startsWith(expected), qPrintable(batch.error().message));
    }
    const Result<QList<ListEntry>> list = readListFile(dataPath(file));
    QVERIFY(!list.ok());
    QVERIFY2(list.error().message.startsWith(name + u":"_s), qPrintable(list.error().message));
    const Result<ImportPreview> preview = previewImportFile(dataPath(file), {}, 5);
    QVERIFY(!preview.ok());
    QVERIFY2(preview.error().message.startsWith(name + u":"_s),
             qPrintable(preview.error().message));
}

// The same for both .xls writers (xlwt and LibreOffice): no recognised sheet, an unknown
// --sheet, and the preview's choice.
void TestWorkbookShapes::oldXlsWithoutTable_data()
{
    QTest::addColumn<QString>("noTable");
    QTest::addColumn<QString>("shapes");
    QTest::newRow("xlwt") << u"xls/no_table_two_sheets.xls"_s << u"xls/shapes_xlwt.xls"_s;
    QTest::newRow("LibreOffice") << u"xls/no_table_two_sheets_libreoffice.xls"_s
                                 << u"xls/shapes_libreoffice.xls"_s;
}

void TestWorkbookShapes::oldXlsWithoutTable()
{
    if (!xlsSupported())
        QSKIP("built without FreeXL (LENGKAP_WITH_FREEXL=OFF): oldXls covers the refusal");
    QFETCH(QString, noTable);
    QFETCH(QString, shapes);
    const Result<ImportBatch> batch = readImportFile(dataPath(noTable));
    QVERIFY(!batch.ok());
    QVERIFY2(batch.error().message.contains(u"the sheets are: Ringkasan, Catatan"_s),
             qPrintable(batch.error().message));
    ReadOptions nope;
    nope.sheet = u"Nope"_s;
    const Result<ImportBatch> named = readImportFile(dataPath(shapes), nope);
    QVERIFY(!named.ok());
    QVERIFY2(named.error().message.contains(u"no sheet named 'Nope'; the sheets are: Petunjuk, "
                                            "Pegawai"_s),
             qPrintable(named.error().message));
    // The preview picks the sheet the import reads.
    const Result<ImportPreview> preview = previewImportFile(dataPath(shapes), {}, 3);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QVERIFY(preview->xls && preview->xlsx);
    QCOMPARE(preview->sheets, QStringList({u"Petunjuk"_s, u"Pegawai"_s}));
    QCOMPARE(preview->sheet, u"Pegawai"_s);
    QCOMPARE(preview->headerLine, 5);
    QCOMPARE(preview->headerRows, 2);
    QCOMPARE(preview->formatName(), u"xls (workers)"_s);
    QCOMPARE(readImportFile(dataPath(shapes))->format, u"xls"_s);
}

// The import window's preview shows the header the import will use, not the title row.
void TestWorkbookShapes::previewFindsTheHeader()
{
    ReadOptions options;
    options.sheet = u"Pegawai"_s;
    const Result<ImportPreview> preview
        = previewImportFile(dataPath(u"xlsx/shapes_openpyxl.xlsx"_s), options, 3);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QCOMPARE(preview->headerLine, 5);
    QVERIFY2(preview->header.contains(u"Jenis SDMK Jenis"_s), qPrintable(preview->header.join(u'|')));
    QCOMPARE(preview->format, ImportFormat::Workers);
    QVERIFY(preview->missingWorkerRoles().isEmpty());
    QCOMPARE(preview->rowLines.first(), 6);
}

// The preview and the import choose the sheet and the header alike (openImportTable decides for
// both): the preview shows the sheet and the header row(s) the import will read.
void TestWorkbookShapes::previewReadsTheImportsSheet_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet"); // named, or empty
    QTest::addColumn<QString>("sheetRead");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<int>("headerRows");
    QTest::addColumn<QString>("description");
    // The table is on the second sheet in both: the first holds a summary.
    QTest::newRow("openpyxl, no sheet named") << u"xlsx/shapes_openpyxl.xlsx"_s << QString()
                                              << u"Pegawai"_s << 5 << 2
                                              << u"rows 4 and 5 (merged cells)"_s;
    QTest::newRow("libxlsxwriter, no sheet named")
        << u"xlsx/shapes_libxlsxwriter.xlsx"_s << QString() << u"Data Pegawai"_s << 4 << 1
        << u"row 4"_s;
    QTest::newRow("libxlsxwriter, the sheet named in another case")
        << u"xlsx/shapes_libxlsxwriter.xlsx"_s << u"data pegawai"_s << u"Data Pegawai"_s << 4
        << 1 << u"row 4"_s;
    if (xlsSupported()) {
        QTest::newRow("LibreOffice .xls, no sheet named")
            << u"xls/shapes_row4_libreoffice.xls"_s << QString() << u"Data Pegawai"_s << 4 << 1
            << u"row 4"_s;
        QTest::newRow("LibreOffice .xls, two-row header, the sheet named in another case")
            << u"xls/shapes_libreoffice.xls"_s << u"PEGAWAI"_s << u"Pegawai"_s << 5 << 2
            << u"rows 4 and 5 (merged cells)"_s;
    }
    QTest::newRow("CSV with title rows") << u"workers/title_footer.csv"_s << QString()
                                         << QString() << 4 << 1 << u"row 4"_s;
}

void TestWorkbookShapes::previewReadsTheImportsSheet()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, sheetRead);
    QFETCH(int, headerLine);
    QFETCH(int, headerRows);
    QFETCH(QString, description);

    ReadOptions options;
    options.sheet = sheet;
    const Result<ImportPreview> preview = previewImportFile(dataPath(file), options, 5);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    const Result<ImportBatch> batch = readImportFile(dataPath(file), options);
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));

    QCOMPARE(preview->sheet, sheetRead);
    QCOMPARE(preview->sheet, batch->report.sheet);
    QCOMPARE(preview->sheetNamed, !sheet.isEmpty());
    QVERIFY(preview->sheetProblem.isEmpty());
    QCOMPARE(preview->headerLine, headerLine);
    QCOMPARE(preview->headerLine, batch->report.headerLine);
    QCOMPARE(preview->headerRows, headerRows);
    QCOMPARE(preview->headerRows, batch->report.headerRows);
    QVERIFY(preview->headerRecognised);
    QCOMPARE(preview->headerDescription(), description);
    QCOMPARE(preview->format, ImportFormat::Workers);
    QVERIFY(preview->missingWorkerRoles().isEmpty());
    // The first row shown is the first row the import reads.
    QCOMPARE(preview->rowLines.first(), batch->puskesmas.first().line);
    QCOMPARE(preview->rows.size(), 5);
}

void TestWorkbookShapes::footerRows_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<bool>("footer");
    QTest::newRow("JUMLAH") << QStringList({u"JUMLAH"_s, u""_s, u"22"_s}) << true;
    QTest::newRow("Total:") << QStringList({u""_s, u"Total:"_s, u"22"_s}) << true;
    QTest::newRow("Grand Total") << QStringList({u"Grand Total"_s}) << true;
    QTest::newRow("Sumber: ...") << QStringList({u"Sumber: SISDMK"_s}) << true;
    QTest::newRow("a worker") << QStringList({u"3201"_s, u"Siti"_s}) << false;
    QTest::newRow("a Puskesmas named Sumberjaya")
        << QStringList({u"SUMBERJAYA"_s, u"Sakra"_s}) << false;
    QTest::newRow("a province starting with T") << QStringList({u"Timur"_s}) << false;
}

namespace {

class CellsSource : public RecordSource
{
public:
    explicit CellsSource(const QStringList &cells)
    {
        for (const QString &cell : cells)
            m_cells.append(cell.toUtf8());
    }
    bool next() override { return false; }
    int line() const override { return 1; }
    int fieldCount() const override { return int(m_cells.size()); }
    QString text(int i) const override { return QString::fromUtf8(m_cells.at(i)); }
    QByteArrayView utf8(int i) const override { return m_cells.at(i); }
    std::optional<Error> error() const override { return std::nullopt; }
    QString displayName() const override { return {}; }
    qint64 position() const override { return 0; }
    qint64 size() const override { return 0; }
    QString encodingName() const override { return {}; }
    QString delimiterName() const override { return {}; }

private:
    QList<QByteArray> m_cells;
};

} // namespace

void TestWorkbookShapes::footerRows()
{
    QFETCH(QStringList, cells);
    QFETCH(bool, footer);
    QCOMPARE(TableSource::isFooterRecord(CellsSource(cells)), footer);
}

QTEST_GUILESS_MAIN(TestWorkbookShapes)
#include "tst_workbookshapes.moc"
