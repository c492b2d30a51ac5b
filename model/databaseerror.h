#pragma once

#include "result.h"

#include <QLoggingCategory>
#include <QStringView>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Lengkap {

// A failure of the database (Error::Kind::Database: "database error: <SQLite's words>"), logged
// under lengkap.store with what was being done (an SQL statement or a table), never with values.
Error databaseError(const QString &text, QStringView context = {});

} // namespace Lengkap
