#pragma once

#include "result.h"

#include <QString>

// A local file filled by `lengkap-cli pull` holds a copy of the server's data (issue 15): it is
// for viewing and printing offline, and imports into it are refused, so nobody mistakes local
// edits for the province's data. The mark is the import log itself: every import in such a file
// came from a server (format "server"); no schema change is needed.
namespace Lengkap {

class Store;

inline constexpr QStringView ServerCopyFormat = u"server";

// Whether the open store holds only data pulled from a server.
Result<bool> isServerCopy(const Store &store);

// Kind::Input error for an import into a server copy; nothing is written.
Error serverCopyImportError(const QString &path);

} // namespace Lengkap
