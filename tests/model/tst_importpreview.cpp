// previewImportFile(): the format, dialect, header and first rows the import window shows, and
// the workers column roles, which must agree with what readImportFile() then finds.
#include "importpreview.h"
#include "tablesource.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestImportPreview : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void rowLimit();
    void pasteSeed();
    void workersRoles();
    void workersMappingAgreesWithReader();
    void xlsxSheets();
    void missingFile();
};

namespace {

QString data(const QString &name)
{
    return QStringLiteral(LENGKAP_TEST_DATA) + u'/' + name;
}

} // namespace

void TestImportPreview::formats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ImportFormat>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("firstHeader");
    QTest::addColumn<QString>("fourthHeader");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstName");

    QTest::newRow("rekap, comma, UTF-8")
        << u"lombok_timur_rekap.csv"_s << ImportFormat::Rekap << u"UTF-8"_s << u","_s
        << u"provinsi"_s << u"kategori"_s << 20 << u"KERUAK"_s;
    QTest::newRow("rekap, semicolon, BOM, CRLF")
        << u"importui/rekap_semicolon_bom.csv"_s << ImportFormat::Rekap << u"UTF-8 (BOM)"_s
        << u";"_s << u"provinsi"_s << u"kategori"_s << 4 << u"KERUAK"_s;
    QTest::newRow("long") << u"long_lebak.csv"_s << ImportFormat::Long << u"UTF-8"_s << u","_s
                          << u"provinsi"_s << u"jenis"_s << -1 << QString();
    QTest::newRow("workers, semicolon")
        << u"workers/names_semicolon.csv"_s << ImportFormat::Workers << u"UTF-8"_s << u";"_s
        << u"nik"_s << u"profesi"_s << -1 << QString();
}

void TestImportPreview::formats()
{
    QFETCH(QString, file);
    QFETCH(ImportFormat, format);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QString, firstHeader);
    QFETCH(QString, fourthHeader);
    QFETCH(int, rows);
    QFETCH(QString, firstName);

    const Result<ImportPreview> preview = previewImportFile(data(file), {});
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QCOMPARE(preview->format, format);
    QVERIFY(!preview->xlsx);
    QCOMPARE(preview->encoding, encoding);
    QCOMPARE(preview->delimiter, delimiter);
    QCOMPARE(preview->headerLine, 1);
    QCOMPARE(preview->header.value(0), firstHeader);
    QCOMPARE(preview->header.value(3), fourthHeader);
    QVERIFY(!preview->rows.isEmpty());
    QCOMPARE(preview->rows.size(), preview->rowLines.size());
    QCOMPARE(preview->rowLines.first(), 2);
    if (rows >= 0)
        QCOMPARE(preview->rows.size(), rows);
    if (!firstName.isEmpty())
        QCOMPARE(preview->rows.first().value(2), firstName);
    QCOMPARE(preview->formatName(), importFormatKey(format));
}

void TestImportPreview::rowLimit()
{
    const Result<ImportPreview> preview
        = previewImportFile(data(u"lombok_timur_rekap.csv"_s), {}, 3);
    QVERIFY(preview.ok());
    QCOMPARE(preview->rows.size(), 3);
    QCOMPARE(preview->rowLines, (QList<int> {2, 3, 4}));
    QCOMPARE(preview->rows.at(2).value(2), u"JEROWARU"_s);
    // Rekap header: 4 identity columns, kategori, then asn / non_asn / total for each type.
    QCOMPARE(preview->rows.at(0).size(), preview->header.size());
}

void TestImportPreview::pasteSeed()
{
    const QString seed = QStringLiteral(LENGKAP_TEST_DATA) + u"/seeds/001_35240db93ad70f41.txt"_s;
    const Result<ImportPreview> preview = previewImportFile(seed, {}, 20);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QCOMPARE(preview->format, ImportFormat::Paste);
    QCOMPARE(preview->formatName(), u"paste"_s);
    QCOMPARE(preview->encoding, u"UTF-8"_s);
    QCOMPARE(preview->delimiter, QString()); // cells written together
    QCOMPARE(preview->title, u"Kelengkapan 9 Jenis Nakes di LOMBOK TIMUR NUSA TENGGARA BARAT"_s);
    QCOMPARE(preview->headerLine, 23);
    QCOMPARE(preview->header.size(), 1);
    QVERIFY(preview->header.first().startsWith(u"KabupatenPuskesmasJenisDokterDokter Gigi"_s));
    QCOMPARE(preview->textLines.size(), 20);
    QCOMPARE(preview->textLines.first(), preview->title);
    QVERIFY(preview->rows.isEmpty());

    // Tab-separated copies: the header cells are split.
    const Result<ImportPreview> tabs
        = previewImportFile(data(u"paste/lombok_timur_tabs.txt"_s), {});
    QVERIFY(tabs.ok());
    QCOMPARE(tabs->format, ImportFormat::Paste);
    QCOMPARE(tabs->delimiter, u"tab"_s);
    QCOMPARE(tabs->header.value(0), u"Kabupaten"_s);
    QCOMPARE(tabs->header.value(1), u"Puskesmas"_s);
}

void TestImportPreview::workersRoles()
{
    const Result<ImportPreview> preview
        = previewImportFile(data(u"importui/workers_unusual_headers.csv"_s), {});
    QVERIFY(preview.ok());
    QCOMPARE(preview->format, ImportFormat::Workers);
    QStringList missing;
    for (const WorkerColumnRole &role : preview->missingWorkerRoles())
        missing.append(role.key);
    QCOMPARE(missing, (QStringList {u"district"_s, u"profession"_s, u"status"_s}));
    QCOMPARE(preview->workerRoles.size(), 7);
    QCOMPARE(preview->workerRoles.at(1).key, u"puskesmas_name"_s);
    QCOMPARE(preview->workerRoles.at(1).column, 0);

    ReadOptions options;
    options.columnMapping = {{u"district"_s, u"Wilayah Kab"_s},
                             {u"profession"_s, u"Jenis Tenaga Kesehatan (SDMK)"_s},
                             {u"status"_s, u"Status Kepegawaian Terakhir"_s}};
    const Result<ImportPreview> mapped
        = previewImportFile(data(u"importui/workers_unusual_headers.csv"_s), options);
    QVERIFY(mapped.ok());
    QVERIFY(mapped->missingWorkerRoles().isEmpty());
    QCOMPARE(mapped->workerRoles.at(2).column, 1);
    QCOMPARE(mapped->workerRoles.at(4).column, 3);
    QCOMPARE(mapped->workerRoles.at(5).column, 4);
}

// The preview's verdict on the workers columns is the reader's: complete roles read, missing
// ones fail; and the mapping the window builds makes the reader succeed.
void TestImportPreview::workersMappingAgreesWithReader()
{
    for (const QString &file :
         {u"workers/names_semicolon.csv"_s, u"workers/sisdmk_codes.csv"_s,
          u"workers/jabatan_unitkerja.csv"_s, u"importui/workers_unusual_headers.csv"_s}) {
        const Result<ImportPreview> preview = previewImportFile(data(file), {});
        QVERIFY2(preview.ok(), qPrintable(file));
        QCOMPARE(preview->format, ImportFormat::Workers);
        const Result<ImportBatch> batch = readImportFile(data(file), {});
        QVERIFY2(batch.ok() == preview->missingWorkerRoles().isEmpty(), qPrintable(file));
    }
    ReadOptions options;
    options.columnMapping = {{u"district"_s, u"Wilayah Kab"_s},
                             {u"profession"_s, u"Jenis Tenaga Kesehatan (SDMK)"_s},
                             {u"status"_s, u"Status Kepegawaian Terakhir"_s}};
    const Result<ImportBatch> batch
        = readImportFile(data(u"importui/workers_unusual_headers.csv"_s), options);
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
    QCOMPARE(batch->puskesmas.size(), 2);
    QCOMPARE(batch->report.recordsRead, 20);
}

void TestImportPreview::xlsxSheets()
{
    const QString workbook = data(u"xlsx/gaps_two_sheets.xlsx"_s);
    const Result<QStringList> sheets = listXlsxSheets(workbook);
    QVERIFY2(sheets.ok(), qPrintable(sheets.ok() ? QString() : sheets.error().message));
    QCOMPARE(sheets->size(), 2);

    const Result<ImportPreview> first = previewImportFile(workbook, {});
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QVERIFY(first->xlsx);
    QCOMPARE(first->sheets, *sheets);
    // No sheet named: the one the import reads, the first with a recognised header (the second
    // here; the first holds no table).
    const Result<ImportTable> imported = openImportTable(workbook, TableFile::Xlsx, {});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(first->sheet, imported->sheet);
    QCOMPARE(first->sheet, sheets->last());
    QVERIFY(!first->sheetNamed);
    QVERIFY(first->formatName().startsWith(u"xlsx ("_s));
    QVERIFY(!first->header.isEmpty());

    ReadOptions options;
    options.sheet = sheets->first();
    const Result<ImportPreview> second = previewImportFile(workbook, options);
    QVERIFY(second.ok());
    QCOMPARE(second->sheet, sheets->first());
    QVERIFY(second->sheetNamed);

    options.sheet = u"no such sheet"_s;
    QVERIFY(!previewImportFile(workbook, options).ok());
    QVERIFY(!listXlsxSheets(data(u"lombok_timur_rekap.csv"_s)).ok());
}

void TestImportPreview::missingFile()
{
    const Result<ImportPreview> preview = previewImportFile(data(u"no/such/file.csv"_s), {});
    QVERIFY(!preview.ok());
    QCOMPARE(preview.error().kind, Error::Kind::Input);
}

} // namespace Lengkap

QTEST_GUILESS_MAIN(Lengkap::TestImportPreview)
#include "tst_importpreview.moc"
