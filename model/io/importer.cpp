// The entry point of every import: picks the format (DOMAIN.md §5) from the options, the file's
// signature and its header, runs the reader and fills in what every batch carries.
#include "importer.h"

#include "inputlimits.h"
#include "importpreview.h"
#include "readers.h"
#include "tablereader.h"
#include "tablesource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct ImporterTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Importer)
};

QString hashFile(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

Result<ImportBatch> readTable(TableSource &source, ImportFormat format, const ReadOptions &options)
{
    switch (format) {
    case ImportFormat::Rekap:
        return readRekap(source, options);
    case ImportFormat::Long:
        return readLong(source, options);
    case ImportFormat::Workers:
        return readWorkers(source, options);
    default:
        break;
    }
    QStringList rekapColumns = {u"provinsi"_s, u"kabupaten_kota"_s, u"nama_puskesmas"_s};
    rekapColumns.append(u"<type>_asn"_s);
    rekapColumns.append(u"<type>_non_asn"_s);
    return inputError(
        u"%1:%2: %3"_s.arg(source.displayName())
            .arg(std::max(1, source.headerLine()))
            .arg(ImporterTr::tr("cannot tell the format from the header; expected rekap "
                                "(%1, ...), long (provinsi, kabupaten_kota, nama_puskesmas, "
                                "jenis, status, jumlah) or a worker export (a profession "
                                "column such as jenis tenaga, rumpun, profesi or jabatan, "
                                "and a status kepegawaian column)")
                     .arg(rekapColumns.join(u", "_s))));
}

Result<std::unique_ptr<RecordSource>> openRecords(const QString &path, TableFile kind,
                                                  const QString &sheet)
{
    switch (kind) {
    case TableFile::Xlsx:
        return openXlsx(path, sheet);
    case TableFile::Xls:
        return openXls(path, sheet);
    case TableFile::Ods:
        return openOds(path, sheet);
    case TableFile::Csv:
        break;
    }
    return openCsv(path);
}

Result<std::unique_ptr<TableSource>> tableWithHeader(std::unique_ptr<RecordSource> records)
{
    auto source = std::make_unique<TableSource>(std::move(records));
    if (!source->findHeader()) {
        if (const std::optional<Error> error = source->error())
            return *error;
        return inputError(u"%1:%2: %3"_s.arg(source->displayName())
                              .arg(std::max(1, source->line()))
                              .arg(ImporterTr::tr("the file has no header row")));
    }
    return source;
}

Result<std::unique_ptr<TableSource>> openTableSource(const QString &path, TableFile kind,
                                                     const QString &sheet)
{
    Result<std::unique_ptr<RecordSource>> opened = openRecords(path, kind, sheet);
    if (!opened)
        return opened.error();
    return tableWithHeader(std::move(*opened));
}

// An empty sheet (no header row) is passed over when looking for the table; a broken workbook
// is not.
bool isSheetWithoutHeader(const Error &error)
{
    return error.message.contains(ImporterTr::tr("the file has no header row"));
}

} // namespace

Result<ImportTable> openImportTable(const QString &path, TableFile kind,
                                    const ReadOptions &options, SheetChoice choice)
{
    const bool workbook = kind != TableFile::Csv;
    ImportTable table;
    auto take = [&table](Result<std::unique_ptr<TableSource>> source) -> Result<ImportTable> {
        if (!source)
            return source.error();
        table.source = std::move(*source);
        return std::move(table);
    };
    if (kind == TableFile::Ods && !options.sheet.isEmpty()) {
        // The reader finds the sheet and its name in the pass that reads it.
        table.sheetNamed = true;
        Result<OdsSheet> opened = openOdsSheet(path, options.sheet);
        if (!opened)
            return opened.error();
        table.sheet = opened->sheet;
        return take(tableWithHeader(std::move(opened->source)));
    }
    if (kind == TableFile::Ods) {
        // The visible sheets in turn, each opened by streaming content.xml up to it: a workbook
        // whose first sheet holds the table is read in one pass (listing the sheets first was a
        // whole second pass over content.xml). Hidden sheets are read only when named: they
        // hold look-up lists or old data. The sheets are listed only when none is recognised.
        for (int index = 0;; ++index) {
            Result<OdsSheet> opened = openOdsSheet(path, {}, index);
            if (!opened)
                return opened.error();
            if (!opened->source)
                break;
            Result<std::unique_ptr<TableSource>> source
                = tableWithHeader(std::move(opened->source));
            if (!source) {
                if (isSheetWithoutHeader(source.error()))
                    continue;
                return source.error();
            }
            if ((*source)->headerRecognised()) {
                table.sheet = opened->sheet;
                return take(std::move(source));
            }
        }
    }
    if (!workbook || !options.sheet.isEmpty()) {
        // The sheet's own name for the report, as the reader matches it (exact, else any case).
        table.sheet = options.sheet;
        table.sheetNamed = workbook;
        if (const Result<QStringList> sheets = listSheets(path, kind);
            sheets && !sheets->contains(options.sheet)) {
            for (const QString &name : *sheets) {
                if (name.compare(options.sheet, Qt::CaseInsensitive) == 0) {
                    table.sheet = name;
                    break;
                }
            }
        }
        return take(openTableSource(path, kind, options.sheet));
    }
    const Result<QStringList> sheets = listSheets(path, kind);
    if (!sheets || sheets->size() <= 1) {
        if (sheets && !sheets->isEmpty())
            table.sheet = sheets->first();
        return take(openTableSource(path, kind, {}));
    }
    // A hidden sheet is read only when named: it holds look-up lists or old data (.ods: the
    // loop above skipped them).
    const QStringList hidden = kind == TableFile::Xlsx  ? xlsxHiddenSheets(path)
                               : kind == TableFile::Xls ? xlsHiddenSheets(path)
                                                        : QStringList();
    for (const QString &sheet : kind == TableFile::Ods ? QStringList() : *sheets) {
        if (hidden.contains(sheet))
            continue;
        Result<std::unique_ptr<TableSource>> source = openTableSource(path, kind, sheet);
        if (!source) {
            if (isSheetWithoutHeader(source.error()))
                continue;
            return source.error();
        }
        if ((*source)->headerRecognised()) {
            table.sheet = sheet;
            return take(std::move(source));
        }
    }
    const Error none = inputError(
        ImporterTr::tr("%1: no sheet has a header this program recognises (a rekap, long or "
                       "worker table); the sheets are: %2. Name the sheet to read with --sheet, "
                       "or in the import window.")
            .arg(QFileInfo(path).fileName(), sheets->join(u", "_s)));
    if (choice == SheetChoice::RefuseUnrecognised)
        return none;
    // The import window shows the first sheet anyway, so the user can name the right one.
    for (const QString &sheet : *sheets) {
        Result<std::unique_ptr<TableSource>> source = openTableSource(path, kind, sheet);
        if (!source)
            continue;
        table.sheet = sheet;
        table.unrecognised = none;
        return take(std::move(source));
    }
    return none;
}

namespace {

// What the table source found, in the report: the sheet, the header row, footer rows, a NIK
// column damaged by Excel.
void reportTable(const TableSource &source, const QString &sheet, ImportReport &report)
{
    report.sheet = sheet;
    report.headerLine = source.headerLine();
    report.headerRows = source.headerRows();
    report.footerRowsSkipped = source.footerRows();
    report.firstFooterLine = source.firstFooterLine();
    report.nikDamaged = source.nikDamaged();
}

} // namespace

bool isPasteTitle(QStringView line)
{
    return line.contains(u"Kelengkapan 9 Jenis Nakes"_s, Qt::CaseInsensitive);
}

// The header row's cells run together ("KabupatenPuskesmasJenis") or are tab separated.
bool isPasteHeaderRow(QStringView line)
{
    static const QRegularExpression headerRow(u"^\\s*Kabupaten\\t*Puskesmas\\t*Jenis"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    return headerRow.match(line.toString()).hasMatch();
}

TableFile tableFileKind(const QString &path, QByteArrayView head, ImportFormat format)
{
    if (format == ImportFormat::Paste)
        return TableFile::Csv;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return TableFile::Xls; // whatever its name or the format asked for
    if (looksLikeOds(path, head))
        return TableFile::Ods; // a .ods name, or the OpenDocument mimetype first in a zip
    if (format == ImportFormat::Xlsx || looksLikeXlsx(path, head))
        return TableFile::Xlsx;
    // A file named .xls that is no workbook (some systems export text as .xls) goes to FreeXL
    // too, which refuses it: reading it as a CSV would guess at its layout.
    if (looksLikeXls(path, head))
        return TableFile::Xls;
    return TableFile::Csv;
}

Result<QStringList> listSheets(const QString &path, TableFile kind)
{
    switch (kind) {
    case TableFile::Xlsx:
        return listXlsxSheets(path);
    case TableFile::Xls:
        return listXlsSheets(path);
    case TableFile::Ods:
        return listOdsSheets(path);
    case TableFile::Csv:
        break;
    }
    return QStringList();
}

bool looksLikeXlsx(const QString &path, QByteArrayView head)
{
    return path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) || head.startsWith("PK\x03\x04");
}

QByteArray readFileHead(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(size);
}

bool looksLikePaste(const QByteArray &head)
{
    if (head.contains('\0'))
        return false;
    const QString text = QString::fromUtf8(head);
    int nonEmpty = 0;
    for (QStringView line : QStringView(text).split(QRegularExpression(u"\r\n|\r|\n"_s))) {
        if (line.trimmed().isEmpty())
            continue;
        if (++nonEmpty > 30)
            break;
        if ((nonEmpty <= 5 && isPasteTitle(line)) || isPasteHeaderRow(line))
            return true;
    }
    return false;
}

QString importFormatKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return u"auto"_s;
    case ImportFormat::Rekap:
        return u"rekap"_s;
    case ImportFormat::Long:
        return u"long"_s;
    case ImportFormat::Workers:
        return u"workers"_s;
    case ImportFormat::Paste:
        return u"paste"_s;
    case ImportFormat::Xlsx:
        return u"xlsx"_s;
    }
    return {};
}

bool parseImportFormat(const QString &key, ImportFormat *format)
{
    for (ImportFormat f : {ImportFormat::Auto, ImportFormat::Rekap, ImportFormat::Long,
                           ImportFormat::Workers, ImportFormat::Paste, ImportFormat::Xlsx}) {
        if (key.compare(importFormatKey(f), Qt::CaseInsensitive) == 0) {
            if (format)
                *format = f;
            return true;
        }
    }
    return false;
}

ImportFormat detectTableFormat(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header)
        names.append(normalizeHeaderName(name));
    for (const QString &name : std::as_const(names)) {
        if (name.endsWith(u"_asn"_s) && name.size() > 4)
            return ImportFormat::Rekap;
    }
    if (names.contains(u"jenis"_s) && names.contains(u"status"_s) && names.contains(u"jumlah"_s))
        return ImportFormat::Long;
    bool profession = false;
    bool status = false;
    for (const QString &name : std::as_const(names)) {
        for (const QString &word :
             {u"jenis_tenaga"_s, u"jenis_nakes"_s, u"jenis_sdmk"_s, u"rumpun"_s, u"profesi"_s,
              u"jabatan"_s}) {
            if (name.contains(word))
                profession = true;
        }
        if (name.contains(u"status"_s) || name.contains(u"kepegawaian"_s))
            status = true;
    }
    if (profession && status)
        return ImportFormat::Workers;
    return ImportFormat::Auto;
}

Result<ImportBatch> readImportFile(const QString &path, const ReadOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (Result<void> readable = checkInputFile(path); !readable)
        return readable.error();
    const QByteArray head = readFileHead(path, 64 * 1024);
    ImportFormat format = options.format;
    const TableFile kind = tableFileKind(path, head, format);
    const bool xlsx = kind != TableFile::Csv; // a workbook, new or old
    if (format == ImportFormat::Auto && !xlsx && looksLikePaste(head))
        format = ImportFormat::Paste;

    Result<ImportBatch> batch = Error {};
    if (format == ImportFormat::Paste) {
        batch = readPaste(path, options);
    } else {
        Result<ImportTable> table = openImportTable(path, kind, options);
        if (!table)
            return table.error();
        TableSource &source = *table->source;
        ImportFormat tableFormat = format;
        if (xlsx) {
            tableFormat = options.sheetFormat;
            if (format != ImportFormat::Auto && format != ImportFormat::Xlsx)
                tableFormat = format;
        }
        if (tableFormat != ImportFormat::Rekap && tableFormat != ImportFormat::Long
            && tableFormat != ImportFormat::Workers)
            tableFormat = detectTableFormat(source.header());
        batch = readTable(source, tableFormat, options);
        if (batch) {
            reportTable(source, table->sheet, batch->report);
            batch->sha256 = source.sha256Hex();
            if (kind == TableFile::Xlsx)
                batch->format = importFormatKey(ImportFormat::Xlsx);
            else if (kind == TableFile::Xls)
                batch->format = u"xls"_s;
            else if (kind == TableFile::Ods)
                batch->format = u"ods"_s;
        }
    }
    if (!batch)
        return batch;
    batch->sourceName = QFileInfo(path).fileName();
    if (const std::optional<Error> tooLong = checkNameLengths(*batch))
        return *tooLong;
    if (batch->sha256.isEmpty())
        batch->sha256 = hashFile(path);
    if (batch->format.isEmpty())
        batch->format = importFormatKey(format);
    batch->report.format = batch->format;
    batch->report.elapsedMs = timer.elapsed();
    return batch;
}

Result<QList<ListEntry>> readListFile(const QString &path, const ReadOptions &options)
{
    if (Result<void> readable = checkInputFile(path); !readable)
        return readable.error();
    const QByteArray head = readFileHead(path, 8);
    Result<std::unique_ptr<RecordSource>> source
        = openRecords(path, tableFileKind(path, head, options.format), options.sheet);
    if (!source)
        return source.error();
    Result<QList<ListEntry>> entries = readList(**source, options);
    if (entries) {
        if (const std::optional<Error> tooLong
            = checkNameLengths(*entries, QFileInfo(path).fileName()))
            return *tooLong;
    }
    return entries;
}

} // namespace Lengkap
