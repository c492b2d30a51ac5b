#pragma once

#include "importbatch.h"
#include "importer.h"
#include "recordsource.h"
#include "result.h"

#include <QStringList>

#include <memory>

// The readers behind readImportFile(), one per format (DOMAIN.md §5). Each returns counts or
// the first "file:line: message" error, and never keeps personal data.
namespace Lengkap {

// Table formats are read through a RecordSource (CSV or an XLSX sheet); the header is the
// first non-blank record.
Result<ImportBatch> readRekap(RecordSource &source, const ReadOptions &options);      // §5.1
Result<ImportBatch> readLong(RecordSource &source, const ReadOptions &options);       // §5.2
Result<ImportBatch> readWorkers(RecordSource &source, const ReadOptions &options);    // §5.3
Result<QList<ListEntry>> readList(RecordSource &source, const ReadOptions &options);   // §5.5
// The dashboard copy (§4) is text, not a table.
Result<ImportBatch> readPaste(const QString &path, const ReadOptions &options);       // §5.4

// Which table format a header row announces (Auto when none fits).
ImportFormat detectTableFormat(const QStringList &header);

// Opens a CSV file (any dialect of §5) or an XLSX sheet as a RecordSource.
Result<std::unique_ptr<RecordSource>> openCsv(const QString &path);
Result<std::unique_ptr<RecordSource>> openXlsx(const QString &path, const QString &sheet);

} // namespace Lengkap
