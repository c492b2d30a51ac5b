#pragma once

#include "result.h"

#include <QString>

// Exports (CSV, XLSX, PDF) are written under a temporary name beside the chosen file and put in
// its place only when complete, so a full disk, a file-size limit or a crash never leaves a
// truncated file under the name the user chose; an older file of that name stays whole until
// the new one replaces it.
namespace Lengkap::OutputFile {

// "<path>.part-XXXXXXXX" in the same folder (a rename stays on one file system).
QString temporaryBeside(const QString &path);

// Puts temporary in place of path in one step (rename(2) on Unix, MoveFileExW with
// MOVEFILE_REPLACE_EXISTING on Windows): path holds the old file or the new one, never neither.
// On failure removes temporary and says why not.
Result<void> replace(const QString &temporary, const QString &path);

// A failed write of an output file (full disk, no permission): Kind::Database, as the CLI's exit 4
// "nothing lost" promises; reason is the system's words.
Error writeError(const QString &path, const QString &reason = {});

} // namespace Lengkap::OutputFile
