#pragma once

#include "result.h"

#include <QLoggingCategory>
#include <QStringView>

class QSqlError;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Lengkap {

// A failure of the database (Error::Kind::Database: "database error: <SQLite's words>"), logged
// under lengkap.store with what was being done (an SQL statement or a table), never with values.
Error databaseError(const QString &text, QStringView context = {});

// The same from SQLite's result code (primary or extended, as sqlite3_errcode() or the driver's
// QSqlError::nativeErrorCode() give it): busy, full, read-only, damaged and I/O failures get a
// message that says what happened and what to do, because the driver's own text can be empty
// (a failed BEGIN IMMEDIATE or COMMIT) or mean nothing to a district officer.
Error sqliteError(int code, const QString &text, QStringView context = {});
Error databaseError(const QSqlError &error, QStringView context = {});

// SQLite's primary result code of a driver error, or 0 when it has none.
int sqliteResultCode(const QSqlError &error);

} // namespace Lengkap
