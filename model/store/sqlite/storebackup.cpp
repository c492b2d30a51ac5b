// Backups and restore of the SQLite database (Store's backup API, store.h). A backup is made by
// VACUUM INTO through a read-only connection of its own: consistent as of the last commit, and
// possible while the Store's own connection holds a write transaction (WAL readers never wait).
#include "store.h"

#include "databaseerror.h"
#include "storecheck.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Store)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// VACUUM INTO does not sync the file it writes; a backup must survive a power cut. (The file is
// a new one, never a database another connection has open, so opening it here is harmless.)
void syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

// Copies the database the connection shows into file (which must not exist), through a
// temporary name beside it: a failed copy (full disk) leaves nothing under file's name.
Result<void> vacuumInto(QSqlDatabase &db, const QString &file)
{
    const QString temporary
        = file + u".part-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QSqlQuery query(db);
    if (!query.prepare(u"VACUUM INTO :file"_s)) {
        return databaseError(query.lastError(), u"VACUUM INTO");
    }
    query.bindValue(u":file"_s, QFileInfo(temporary).absoluteFilePath());
    if (!query.exec()) {
        const Error error = databaseError(query.lastError(), u"VACUUM INTO");
        query.finish();
        QFile::remove(temporary);
        return error;
    }
    query.finish();
    syncFile(temporary);
    if (!QFile::rename(temporary, file)) {
        QFile::remove(temporary);
        return Error {Error::Kind::Database, StoreTr::tr("cannot write %1").arg(native(file))};
    }
    return {};
}

Result<void> copyDatabaseFile(const QString &source, const QString &file)
{
    ScopedConnection connection;
    setReadOnlyConnection(connection.db(), source, !QFileInfo::exists(source + u"-wal"_s));
    if (!connection.db().open())
        return databaseError(connection.db().lastError());
    return vacuumInto(connection.db(), file);
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
}

// Moves a damaged database and its companions into the backups folder, so restore can put a
// healthy file in its place and nothing of the damaged one is lost.
Result<void> moveAside(const QString &databasePath)
{
    const QString folder = Store::backupFolder(databasePath);
    if (!QDir().mkpath(folder))
        return Error {Error::Kind::Database,
                      StoreTr::tr("cannot create the backup folder %1").arg(native(folder))};
    const QString target = QDir(folder).filePath(QFileInfo(databasePath).completeBaseName()
                                                 + u"-damaged-"_s + stamp() + u".sqlite"_s);
    if (!QFile::rename(databasePath, target))
        return Error {Error::Kind::Database,
                      StoreTr::tr("cannot move the damaged %1 aside").arg(native(databasePath))};
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(databasePath + suffix))
            QFile::rename(databasePath + suffix, target + suffix);
    }
    return {};
}

} // namespace

QString Store::backupFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

QStringList Store::backups(const QString &databasePath)
{
    const QDir folder(backupFolder(databasePath));
    const QString stem = QFileInfo(databasePath).completeBaseName();
    // <stem>-YYYYMMDD-HHMMSS-mmm-<reason>.sqlite: the name sorts by time.
    QStringList names = folder.entryList(
        {stem + u"-\?\?\?\?\?\?\?\?-\?\?\?\?\?\?-\?\?\?-*.sqlite"_s}, QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());
    QStringList paths;
    for (const QString &name : std::as_const(names))
        paths.append(folder.filePath(name));
    return paths;
}

Result<void> Store::backupTo(const QString &file) const
{
    if (!isOpen())
        return Error {Error::Kind::Database, StoreTr::tr("no database is open")};
    if (QFileInfo::exists(file))
        return Error {
            Error::Kind::Usage,
            StoreTr::tr("%1 already exists; choose a new name for the backup").arg(native(file))};
    ScopedConnection connection;
    connection.db().setDatabaseName(m_db.databaseName());
    QString options = m_db.connectOptions();
    if (!options.contains(u"QSQLITE_OPEN_READONLY"_s))
        options.prepend(u"QSQLITE_OPEN_READONLY;"_s);
    connection.db().setConnectOptions(options);
    if (!connection.db().open())
        return databaseError(connection.db().lastError());
    return vacuumInto(connection.db(), file);
}

Result<QString> Store::autoBackup(const QString &reason) const
{
    const QString folder = backupFolder(m_path);
    const auto failed = [&](const QString &why) {
        return Error {Error::Kind::Database,
                      StoreTr::tr("could not make a backup of %1 before changing it (%2); nothing "
                                  "was changed")
                          .arg(native(m_path), why)};
    };
    if (!QDir().mkpath(folder))
        return failed(StoreTr::tr("cannot create the folder %1").arg(native(folder)));
    const QString stem = QFileInfo(m_path).completeBaseName();
    QString file;
    for (int n = 0; file.isEmpty() || QFileInfo::exists(file); ++n)
        file = QDir(folder).filePath(
            u"%1-%2-%3%4.sqlite"_s.arg(stem, stamp(), reason, n ? u"-%1"_s.arg(n) : QString()));
    if (Result<void> copied = backupTo(file); !copied)
        return failed(copied.error().message);
    const QStringList all = backups(m_path);
    for (qsizetype i = KeptBackups; i < all.size(); ++i)
        QFile::remove(all.at(i));
    qCInfo(lcStore) << "backup" << QFileInfo(file).fileName();
    return file;
}

Result<void> Store::restore(const QString &databasePath, const QString &backupFile)
{
    using Verdict = DatabaseProbe::Verdict;
    if (QFileInfo(databasePath).absoluteFilePath() == QFileInfo(backupFile).absoluteFilePath())
        return Error {Error::Kind::Usage,
                      StoreTr::tr("the backup and the database are the same file")};
    // Only a healthy Lengkap database is put in place.
    const DatabaseHealth source = checkDatabase(backupFile);
    if (!source.healthy()) {
        const QString why = source.probe.verdict == Verdict::Lengkap
                                ? source.domain.join(u"; "_s)
                                : probeRefusal(source.probe, backupFile).message;
        return Error {Error::Kind::Input,
                      StoreTr::tr("%1 is not a healthy Lengkap database (%2); nothing was "
                                  "restored")
                          .arg(native(backupFile), why)};
    }

    const DatabaseProbe target = probeDatabase(databasePath, IntegrityCheck::Quick);
    switch (target.verdict) {
    case Verdict::Missing:
    case Verdict::Empty:
    case Verdict::Lengkap:
    case Verdict::Damaged:
        break;
    default:
        return Error {target.verdict == Verdict::Failed ? Error::Kind::Database
                                                        : Error::Kind::Input,
                      StoreTr::tr("%1; nothing was restored")
                          .arg(probeRefusal(target, databasePath).message)};
    }
    if (!databaseLocationWritable(databasePath))
        return Error {
            Error::Kind::Database,
            StoreTr::tr("%1 is read-only; nothing was restored").arg(native(databasePath))};

    // The backup as a database of this program's schema (older backups are migrated), beside
    // the target so it can be renamed into place.
    const QString prepared = QFileInfo(databasePath)
                                 .absoluteDir()
                                 .filePath(u".%1-restore-%2.sqlite"_s.arg(
                                     QFileInfo(databasePath).completeBaseName(),
                                     QUuid::createUuid().toString(QUuid::Id128).left(8)));
    const auto cleanUp = [&prepared] {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(prepared + suffix);
    };
    if (Result<void> copied = copyDatabaseFile(backupFile, prepared); !copied)
        return copied;
    {
        Store normalised;
        if (Result<void> opened = normalised.open(prepared); !opened) {
            cleanUp();
            return opened;
        }
    }

    bool replaceFile = target.verdict != Verdict::Lengkap;
    if (!replaceFile) {
        // Sound structure, impossible data (domain checks): replace the file as well. Anything
        // else that stops a look (busy, I/O) stops the restore: a healthy file is never moved.
        const DatabaseHealth current = checkDatabase(databasePath);
        if (current.probe.verdict == Verdict::Damaged
            || (current.probe.verdict == Verdict::Lengkap && !current.domain.isEmpty())) {
            replaceFile = true;
        } else if (current.probe.verdict != Verdict::Lengkap) {
            cleanUp();
            return Error {Error::Kind::Database,
                          StoreTr::tr("%1; nothing was restored")
                              .arg(probeRefusal(current.probe, databasePath).message)};
        }
    }
    Store store;
    if (!replaceFile) {
        if (Result<void> opened = store.open(databasePath); !opened) {
            cleanUp();
            return opened;
        }
    }
    if (replaceFile) {
        if (target.verdict == Verdict::Empty)
            QFile::remove(databasePath);
        else if (target.verdict != Verdict::Missing) {
            if (Result<void> moved = moveAside(databasePath); !moved) {
                cleanUp();
                return moved;
            }
        }
        if (!QFile::rename(prepared, databasePath)) {
            cleanUp();
            return Error {
                Error::Kind::Database,
                StoreTr::tr("cannot write %1; nothing was restored").arg(native(databasePath))};
        }
        return {};
    }

    // A healthy database, perhaps open in the window: swap its rows for the backup's in one
    // transaction, so every connection sees the old data or the restored data, never a mix.
    QSqlQuery query(store.m_db);
    if (!query.prepare(u"ATTACH DATABASE :file AS restored"_s)) {
        cleanUp();
        return databaseError(query.lastError(), u"ATTACH");
    }
    query.bindValue(u":file"_s, prepared);
    if (!query.exec()) {
        const Error error = databaseError(query.lastError(), u"ATTACH");
        cleanUp();
        return error;
    }
    Result<void> swapped = [&]() -> Result<void> {
        Transaction tx(store.m_db, &store.m_transactionDepth);
        if (!tx.isActive())
            return databaseError(tx.lastError());
        // The backup of what the database holds, once the write lock is ours: a busy database
        // stops the restore before anything, even a backup, is made. (The copy reads through a
        // connection of its own: the state before this transaction.)
        if (Result<QString> saved = store.autoBackup(u"restore"_s); !saved)
            return saved.error();
        QSqlQuery q(store.m_db);
        if (!q.exec(u"PRAGMA defer_foreign_keys = ON"_s))
            return databaseError(q.lastError());
        if (!q.exec(u"SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite%' ORDER BY name"_s))
            return databaseError(q.lastError());
        QStringList tables;
        while (q.next())
            tables.append(q.value(0).toString());
        for (const QString &table : std::as_const(tables)) {
            QStringList columns;
            if (!q.exec(u"SELECT name FROM pragma_table_info('%1', 'main')"_s.arg(table)))
                return databaseError(q.lastError());
            while (q.next())
                columns.append(u"\"%1\""_s.arg(q.value(0).toString()));
            const QString list = columns.join(u", "_s);
            if (!q.exec(u"DELETE FROM main.\"%1\""_s.arg(table)))
                return databaseError(q.lastError(), table);
            if (!q.exec(u"INSERT INTO main.\"%1\" (%2) SELECT %2 FROM restored.\"%1\""_s.arg(table,
                                                                                             list)))
                return databaseError(q.lastError(), table);
        }
        q.finish();
        if (!tx.commit())
            return databaseError(tx.lastError());
        return {};
    }();
    query.exec(u"DETACH DATABASE restored"_s);
    query.finish();
    store.close();
    cleanUp();
    return swapped;
}

} // namespace Lengkap
