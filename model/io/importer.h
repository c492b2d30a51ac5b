#pragma once

#include "importbatch.h"
#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

// Entry point of every import, shared by the CLI and the import window: detects the format and
// dialect, runs the right reader and returns counts (never personal data) or a "file:line:" error.
namespace Lengkap {

enum class ImportFormat { Auto, Rekap, Long, Workers, Paste, Xlsx };

QString importFormatKey(ImportFormat format);
bool parseImportFormat(const QString &key, ImportFormat *format);

struct ReadOptions
{
    ImportFormat format = ImportFormat::Auto;
    // For .xlsx: the table format inside (Auto detects rekap/long/workers from the header).
    ImportFormat sheetFormat = ImportFormat::Auto;
    QString sheet; // XLSX sheet name; empty = first sheet
    QString provinceCode; // --province: restricts district matching to this province
    // Workers format: role -> header, chosen by the user when a required column is not found.
    // Roles: "puskesmas_code", "puskesmas_name", "district", "province", "profession", "status".
    QHash<QString, QString> columnMapping;
    const std::atomic_bool *cancel = nullptr; // set from another thread
    std::function<void(qint64 done, qint64 total)> progress; // called now and then
};

// Reads a whole staffing file. Kind::Input errors carry "file:line: message".
Result<ImportBatch> readImportFile(const QString &path, const ReadOptions &options = {});

// Where the table was found, for people (the CLI prints these lines, the import window shows
// them): the sheet, the header row(s), totals and footer rows left out, a NIK column damaged by
// Excel. Empty for a plain table whose header is on the first row.
QStringList tableLayoutNotes(const ImportReport &report);

// Reads a list of Puskesmas (codes, or province/district/name) for import-list.
Result<QList<ListEntry>> readListFile(const QString &path, const ReadOptions &options = {});

} // namespace Lengkap
