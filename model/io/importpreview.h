#pragma once

#include "readers.h"

#include "importer.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

// A quick look at a file before it is imported, for the import window: the format readImportFile
// would pick, the dialect, the header and the first rows as the user's file has them. Reads only
// the first rows; the cells are for the screen (the user's own file) and are never logged or
// stored.
namespace Lengkap {

// One column role of the workers format (DOMAIN.md §5.3) and where the header row has it.

struct ImportPreview
{
    // The format readImportFile would read: Rekap, Long, Workers or Paste; Auto when the
    // header announces none of them. An XLSX workbook has xlsx set and the sheet's format here.
    ImportFormat format = ImportFormat::Auto;
    bool xlsx = false; // a workbook: XLSX, or an old .xls when xls is set too
    bool xls = false;
    bool ods = false; // an OpenDocument spreadsheet (xlsx set too)
    QString fileName; // without folder
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "windows-1252"; empty for XLSX
    QString delimiter; // ",", ";", "tab", or empty
    QStringList sheets; // XLSX: the workbook's sheets in order (empty when they cannot be listed)
    QString sheet; // XLSX: the sheet previewed: the one the import will read
    bool sheetNamed = false; // XLSX: named by the user (else chosen by its header)
    // XLSX without a named sheet where no sheet has a recognised header: the import's refusal
    // (the first sheet is previewed so the user can name the right one).
    QString sheetProblem;
    int headerLine = 0; // physical line (row for XLSX) of the header (its lower row)
    int headerRows = 1; // 2 for a two-row header with merged cells
    bool headerRecognised = false; // found by its names (else the first non-blank row)
    QStringList header; // the header's names (a two-row header's combined: "Unit Kerja Kode")
    QList<QStringList> rows; // the first data rows, blank ones left out
    QList<int> rowLines; // their lines
    // Paste format (§4): the title line and the first non-empty text lines as they are.
    QString title;
    QStringList textLines;
    // Workers format: every role and the column found for it (after options.columnMapping).
    QList<WorkerColumnRole> workerRoles;

    // "row 4" / "rows 4 and 5 (merged cells)": the header's row(s), for the window.
    QString headerDescription() const;
    // "rekap", "workers", ... and "xlsx (workers)" for a workbook.
    QString formatName() const;
    // Workers format: the required roles without a column (profession, status, district and
    // the Puskesmas code or name). Empty when nothing is missing or the format is not workers.
    QList<WorkerColumnRole> missingWorkerRoles() const;
};

// Reads the first `rows` data rows of the file (DOMAIN.md §5 dialects, XLSX sheet options.sheet)
// and detects the format as readImportFile does. Errors are "file:line: message".
Result<ImportPreview> previewImportFile(const QString &path, const ReadOptions &options,
                                        int rows = 20);

// The sheet names of an XLSX workbook, from its workbook part only (cheap; zip-bomb safe).
Result<QStringList> listXlsxSheets(const QString &path);
// The sheets the workbook hides: listed and readable when named, never picked by the import
// itself (as for .ods).
QStringList xlsxHiddenSheets(const QString &path);

} // namespace Lengkap
