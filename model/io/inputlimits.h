#pragma once

#include "importbatch.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

// Bounds on what an import reads (issue 11): only regular files (a device such as /dev/zero, a
// FIFO or a folder would block a reader or never end), files of a sane size, names of a sane
// length (a 2 MiB Puskesmas name is an error, not data).
namespace Lengkap {

// Longest province, district, Puskesmas or kategori name accepted (the longest real ones are
// under 60 characters).
constexpr int MaxNameLength = 200;
// Largest input file: a national workers export is a few hundred MB.
constexpr qint64 MaxInputBytes = qint64(2) << 30;

// Kind::Input "file: ..." unless path is a regular file of at most maxBytes.
Result<void> checkInputFile(const QString &path, qint64 maxBytes = MaxInputBytes);

// The "file:line:" error of the first row whose Puskesmas name or kategori is longer than
// MaxNameLength; nullopt when all are within it.
std::optional<Error> checkNameLengths(const ImportBatch &batch);
std::optional<Error> checkNameLengths(const QList<ListEntry> &entries, const QString &sourceName);

// "... longer than 200 characters" for a cell named what, or an empty string when it is not.
QString nameTooLong(QStringView value, const QString &what);

} // namespace Lengkap
