#include "databaseerror.h"

#include <QCoreApplication>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "lengkap.store", QtInfoMsg)

namespace Lengkap {

namespace {

struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Store)
};

// SQLite's primary result codes (sqlite3.h); the model library may not link SQLite itself.
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteNoMem = 7,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteAuth = 23,
    SqliteNotADb = 26,
};

QString messageFor(int code, const QString &text)
{
    switch (code & 0xff) {
    case SqliteBusy:
    case SqliteLocked:
        return StoreTr::tr("the database is in use by another program (an import or a backup is "
                           "under way); nothing was changed: try again in a moment");
    case SqliteFull:
        return StoreTr::tr("the disk is full; nothing was changed: free some space on the disk "
                           "and try again");
    case SqliteReadOnly:
        return StoreTr::tr("the database is read-only (a read-only file, folder or medium); "
                           "nothing was changed: copy it to a writable folder to import into it");
    case SqliteCorrupt:
    case SqliteNotADb:
        return StoreTr::tr("the database is damaged; nothing was written to it: check it with "
                           "'lengkap-cli check' and restore a backup with 'lengkap-cli restore'");
    case SqliteIoErr:
        return StoreTr::tr("reading or writing the database failed (a disk or media error); "
                           "nothing was changed: check the disk or medium and try again");
    case SqliteCantOpen:
        return StoreTr::tr("the database cannot be opened (a missing folder, no permission, or a "
                           "read-only folder); nothing was changed");
    case SqliteNoMem:
        return StoreTr::tr("out of memory; nothing was changed: close other programs and try "
                           "again");
    case SqlitePerm:
    case SqliteAuth:
        return StoreTr::tr("no permission to use the database; nothing was changed");
    case SqliteConstraint:
        return StoreTr::tr("the data break a rule of the database (%1); nothing was written")
            .arg(text.trimmed());
    default:
        break;
    }
    if (!text.trimmed().isEmpty())
        return StoreTr::tr("database error: %1").arg(text.trimmed());
    return StoreTr::tr("database error (SQLite code %1); nothing was changed").arg(code);
}

} // namespace

Error databaseError(const QString &text, QStringView context)
{
    if (context.isEmpty())
        qCWarning(lcStore) << "database error:" << text;
    else
        qCWarning(lcStore) << "database error:" << text << "in" << context.left(200);
    return Error {Error::Kind::Database, messageFor(0, text)};
}

Error sqliteError(int code, const QString &text, QStringView context)
{
    if (context.isEmpty())
        qCWarning(lcStore) << "database error" << code << text;
    else
        qCWarning(lcStore) << "database error" << code << text << "in" << context.left(200);
    return Error {Error::Kind::Database, messageFor(code, text)};
}

int sqliteResultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0;
}

Error databaseError(const QSqlError &error, QStringView context)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    QString text = error.databaseText().trimmed();
    if (!error.driverText().trimmed().isEmpty())
        text = text.isEmpty() ? error.driverText().trimmed()
                              : QStringLiteral("%1 (%2)").arg(text, error.driverText().trimmed());
    return sqliteError(ok ? code : 0, text, context);
}

} // namespace Lengkap
