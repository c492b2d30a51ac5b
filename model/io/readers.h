#pragma once

#include "importbatch.h"
#include "importer.h"
#include "recordsource.h"
#include "result.h"

#include <QHash>
#include <QStringList>

#include <memory>

// The readers behind readImportFile(), one per format (DOMAIN.md §5). Each returns counts or
// the first "file:line: message" error, and never keeps personal data.
namespace Lengkap {

// Table formats are read through a RecordSource (CSV or an XLSX sheet); the header is the
// first non-blank record.
Result<ImportBatch> readRekap(RecordSource &source, const ReadOptions &options); // §5.1
Result<ImportBatch> readLong(RecordSource &source, const ReadOptions &options); // §5.2
Result<ImportBatch> readWorkers(RecordSource &source, const ReadOptions &options); // §5.3
Result<QList<ListEntry>> readList(RecordSource &source, const ReadOptions &options); // §5.5
// The dashboard copy (§4) is text, not a table.
Result<ImportBatch> readPaste(const QString &path, const ReadOptions &options); // §5.4

// Workers format (§5.3): the column each role reads, by the user's mapping (role key ->
// header) or else by the header names exports use. Shared by readWorkers() and the import
// window's preview, so the window shows what the import will find.
struct WorkerColumnRole
{
    QString key; // the ReadOptions::columnMapping key: "profession", "status", ...
    QString description; // for people: "profession (Jenis Tenaga)"
    bool required = false; // puskesmas_code and puskesmas_name: one of the two is required
    int column = -1; // index in the header, -1 when not found
};
QList<WorkerColumnRole> matchWorkerColumns(const QStringList &header,
                                           const QHash<QString, QString> &mapping);

// File sniffing shared by readImportFile() and the preview: the first bytes of a file, an
// XLSX workbook (name or zip signature), the ministry's dashboard copy (§4: its title in the
// first lines, or its header row with cells run together or tab separated).
QByteArray readFileHead(const QString &path, qint64 size);
bool looksLikeXlsx(const QString &path, QByteArrayView head);
bool looksLikePaste(const QByteArray &head);
bool isPasteTitle(QStringView line);
bool isPasteHeaderRow(QStringView line);

// Old binary workbooks (.xls): the OLE2 signature, or the .xls name on a file that is not a zip.
// Read through FreeXL when the build has it (xlsSupported()); else openXls() and
// listXlsSheets() refuse them with a message saying to save as .xlsx or CSV.
bool looksLikeXls(const QString &path, QByteArrayView head);
bool xlsSupported();
Result<std::unique_ptr<RecordSource>> openXls(const QString &path, const QString &sheet);
Result<QStringList> listXlsSheets(const QString &path);
// The sheets Excel hides (hidden or very hidden): empty when the file cannot be read, or when
// FreeXL cannot tell (a FreeXL without packaging/freexl/worksheet-visibility.patch).
QStringList xlsHiddenSheets(const QString &path);
// Whether xlsHiddenSheets() can tell (the build's FreeXL has the patch).
bool xlsTellsHiddenSheets();

// OpenDocument spreadsheets (.ods): the .ods name, or a zip whose first entry is the
// spreadsheet mimetype. Hidden sheets are listed (and can be named) but not picked by
// themselves: odsHiddenSheets() names them.
bool looksLikeOds(const QString &path, QByteArrayView head);
Result<std::unique_ptr<RecordSource>> openOds(const QString &path, const QString &sheet);
Result<QStringList> listOdsSheets(const QString &path);
QStringList odsHiddenSheets(const QString &path);
// A sheet opened in the one pass over content.xml that then streams it: the one named (exact
// or in any case; sheet empty: the first), or with visibleIndex >= 0 the visibleIndex-th sheet
// that is not hidden (no source when there are fewer). sheet: its name as the file spells it.
struct OdsSheet
{
    std::unique_ptr<RecordSource> source;
    QString sheet;
};
Result<OdsSheet> openOdsSheet(const QString &path, const QString &sheet, int visibleIndex = -1);

// The kind of file a table is read from, and its sheets (empty for a CSV).
enum class TableFile { Csv, Xlsx, Xls, Ods };
// The kind of a file from its name and first bytes (an OLE2 signature wins over any name).
TableFile tableFileKind(const QString &path, QByteArrayView head, ImportFormat format);
Result<QStringList> listSheets(const QString &path, TableFile kind);

// Which table format a header row announces (Auto when none fits).
ImportFormat detectTableFormat(const QStringList &header);

// Opens a CSV file (any dialect of §5) or an XLSX sheet as a RecordSource.
Result<std::unique_ptr<RecordSource>> openCsv(const QString &path);
Result<std::unique_ptr<RecordSource>> openXlsx(const QString &path, const QString &sheet);

} // namespace Lengkap
