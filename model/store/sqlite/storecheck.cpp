#include "storecheck.h"

#include "databaseerror.h"
#include "nakestypes.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <climits>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Store)
};

constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADb = 26;

// A writer leaves a trace: its -wal file exists while it is connected, and a checkpoint changes
// the main file's size or time. An immutable look is trusted only when neither happened.
struct FileStamp
{
    qint64 size = -1;
    qint64 modified = 0;
    bool wal = false;
    bool operator==(const FileStamp &) const = default;
};

FileStamp stampOf(const QString &path)
{
    const QFileInfo info(path);
    return {info.size(), info.lastModified().toMSecsSinceEpoch(),
            QFileInfo::exists(path + u"-wal"_s)};
}

bool writableHere(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

DatabaseProbe probeOnce(const QString &path, bool immutable, IntegrityCheck check,
                        const std::function<void(QSqlDatabase &)> &extra)
{
    DatabaseProbe probe;
    ScopedConnection connection;
    QSqlDatabase &db = connection.db();
    setReadOnlyConnection(db, path, immutable);
    const auto failed = [&](const QSqlError &error) {
        const int code = sqliteResultCode(error);
        if (code == SqliteNotADb) {
            probe.verdict = DatabaseProbe::Verdict::NotSqlite;
        } else if (code == SqliteCorrupt) {
            probe.verdict = DatabaseProbe::Verdict::Damaged;
            probe.problems = {error.databaseText()};
        } else {
            probe.verdict = DatabaseProbe::Verdict::Failed;
            probe.failure = databaseError(error, u"probe");
        }
        return probe;
    };
    if (!db.open())
        return failed(db.lastError());
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return failed(query.lastError());
    probe.applicationId = query.value(0).toInt();
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return failed(query.lastError());
    probe.schemaVersion = query.value(0).toInt();
    if (!query.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !query.next())
        return failed(query.lastError());
    const bool hasTables = query.value(0).toInt() > 0;
    if (probe.applicationId != Store::ApplicationId && (hasTables || probe.schemaVersion != 0)) {
        probe.verdict = DatabaseProbe::Verdict::Foreign;
        return probe;
    }
    if (probe.schemaVersion > Store::SchemaVersion) {
        probe.verdict = DatabaseProbe::Verdict::Newer;
        return probe;
    }
    if (!query.exec(check == IntegrityCheck::Quick ? u"PRAGMA quick_check(20)"_s
                                                   : u"PRAGMA integrity_check(20)"_s))
        return failed(query.lastError());
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            probe.problems.append(line);
    }
    query.finish();
    if (!probe.problems.isEmpty()) {
        probe.verdict = DatabaseProbe::Verdict::Damaged;
        return probe;
    }
    probe.verdict = DatabaseProbe::Verdict::Lengkap;
    if (extra)
        extra(db);
    return probe;
}

} // namespace

ScopedConnection::ScopedConnection()
    : m_name(u"lengkap-look-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_db(QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name))
{
}

ScopedConnection::~ScopedConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString sqliteFileUri(const QString &path, bool immutable)
{
    QString uri
        = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    if (immutable)
        uri += u"?immutable=1"_s;
    return uri;
}

bool databaseLocationWritable(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!writableHere(folder)) {
        // The -wal and -shm files cannot be created; they may already exist and be writable.
        for (const QString &companion : {path + u"-wal"_s, path + u"-shm"_s}) {
            if (!QFileInfo::exists(companion) || !writableHere(companion))
                return false;
        }
    }
    return !info.exists() || writableHere(path);
}

void setReadOnlyConnection(QSqlDatabase &db, const QString &path, bool immutable)
{
    if (immutable) {
        db.setDatabaseName(sqliteFileUri(path, true));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
}

DatabaseProbe probeDatabase(const QString &path, IntegrityCheck check,
                            const std::function<void(QSqlDatabase &)> &extra)
{
    DatabaseProbe probe;
    const QFileInfo info(path);
    if (!info.exists()) {
        probe.verdict = DatabaseProbe::Verdict::Missing;
        return probe;
    }
    if (!info.isFile()) {
        probe.verdict = DatabaseProbe::Verdict::NotAFile;
        return probe;
    }
    if (info.size() == 0) {
        probe.verdict = DatabaseProbe::Verdict::Empty;
        return probe;
    }
    // Without a -wal file no connection has the file open: look immutably, so a file we refuse
    // gets no -wal and -shm beside it. Should a writer come and go meanwhile, look again; after
    // three tries, look as an ordinary reader does.
    for (int attempt = 0;; ++attempt) {
        const FileStamp before = stampOf(path);
        const bool immutable = !before.wal && attempt < 3;
        probe = probeOnce(path, immutable, check, extra);
        if (!immutable || stampOf(path) == before)
            return probe;
    }
}

Error probeRefusal(const DatabaseProbe &probe, const QString &path)
{
    using Verdict = DatabaseProbe::Verdict;
    const QString name = QDir::toNativeSeparators(path);
    switch (probe.verdict) {
    case Verdict::Lengkap:
    case Verdict::Empty:
        break;
    case Verdict::Missing:
        return Error {
            Error::Kind::Database,
            StoreTr::tr("no database at %1: check the path (nothing was created)").arg(name)};
    case Verdict::NotAFile:
        return Error {Error::Kind::Database,
                      StoreTr::tr("%1 is a folder or a device, not a database file; it was left "
                                  "untouched")
                          .arg(name)};
    case Verdict::NotSqlite:
        return Error {Error::Kind::Database,
                      StoreTr::tr("%1 is not a Lengkap database (not an SQLite file); it was left "
                                  "untouched")
                          .arg(name)};
    case Verdict::Foreign:
        return Error {Error::Kind::Database,
                      StoreTr::tr("%1 is not a Lengkap database; it was left untouched").arg(name)};
    case Verdict::Newer:
        return Error {Error::Kind::Database,
                      StoreTr::tr("%1 was written by a newer version of Lengkap (schema %2, this "
                                  "program knows %3); it was left untouched: update Lengkap to "
                                  "open it")
                          .arg(name)
                          .arg(probe.schemaVersion)
                          .arg(Store::SchemaVersion)};
    case Verdict::Damaged:
        return Error {Error::Kind::Database,
                      StoreTr::tr("%1 is damaged (integrity check failed); it was left untouched. "
                                  "Restore a backup: lengkap-cli restore --db %1 BACKUP (backups "
                                  "are kept in %2)")
                          .arg(name, QDir::toNativeSeparators(Store::backupFolder(path)))};
    case Verdict::Failed:
        return Error {Error::Kind::Database,
                      StoreTr::tr("%1: %2").arg(name, probe.failure.message)};
    }
    return Error {Error::Kind::Database, StoreTr::tr("%1 cannot be opened").arg(name)};
}

Result<QStringList> domainProblems(const QSqlDatabase &db)
{
    // Every open for writing runs these (issue 11), so they are shaped to cost little on a
    // national database (about 185,000 counts): the counts' values and types are read in ONE
    // scan, each Puskesmas of a cut-off is looked up once for its 9 counts instead of once per
    // count, and the foreign key of the counts (their worker type) is the second rule of that
    // scan, so the foreign-key check looks at the other tables only.
    // bench/bench_domaincheck.cpp measures this against the rules as separate scans.
    QStringList problems;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto add = [&problems](const char *message, qint64 broken) {
        if (broken > 0)
            problems.append(QCoreApplication::translate("Lengkap::Store", message, nullptr,
                                                        int(std::min<qint64>(broken, INT_MAX))));
    };
    const auto count = [&query](const char16_t *sql) -> Result<QList<qint64>> {
        if (!query.exec(QString::fromUtf16(sql)) || !query.next())
            return databaseError(query.lastError(), QStringView(sql));
        QList<qint64> values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).toLongLong());
        query.finish();
        return values;
    };
    // The counts' values and worker types: one scan of the table.
    const Result<QList<qint64>> counts = count(uR"(SELECT
        count(*) FILTER (WHERE typeof(asn) <> 'integer' OR typeof(non_asn) <> 'integer'
                         OR asn NOT BETWEEN 0 AND 999 OR non_asn NOT BETWEEN 0 AND 999),
        count(*) FILTER (WHERE type_key NOT IN (SELECT key FROM nakes_type))
        FROM staffing)");
    if (!counts)
        return counts.error();
    add(QT_TRANSLATE_NOOP("Lengkap::Store", "%n worker count(s) outside 0..999"), counts->at(0));
    add(QT_TRANSLATE_NOOP("Lengkap::Store", "%n count(s) of an unknown worker type"),
        counts->at(1));
    // Every Puskesmas of the counts in its cut-off: looked up once per Puskesmas and cut-off
    // (the primary key's order gives them without sorting); only when one is missing are the
    // counts it takes along counted, for the message.
    const Result<QList<qint64>> orphans = count(uR"(SELECT count(*)
        FROM (SELECT DISTINCT cutoff, puskesmas_id FROM staffing) AS g
        WHERE NOT EXISTS (SELECT 1 FROM snapshot_puskesmas sp
                          WHERE sp.cutoff = g.cutoff AND sp.puskesmas_id = g.puskesmas_id))");
    if (!orphans)
        return orphans.error();
    if (orphans->at(0) > 0) {
        const Result<QList<qint64>> rows = count(uR"(SELECT count(*) FROM staffing s
            WHERE NOT EXISTS (SELECT 1 FROM snapshot_puskesmas sp
                              WHERE sp.cutoff = s.cutoff AND sp.puskesmas_id = s.puskesmas_id))");
        if (!rows)
            return rows.error();
        add(QT_TRANSLATE_NOOP("Lengkap::Store",
                              "%n count(s) of a Puskesmas missing from its cut-off"),
            rows->at(0));
    }
    struct Rule
    {
        const char16_t *sql; // counts the rows that break the rule
        const char *message; // %n rows
    };
    static const Rule rules[] = {
        {uR"(SELECT count(*) FROM snapshot_puskesmas sp
             WHERE NOT EXISTS (SELECT 1 FROM puskesmas p WHERE p.id = sp.puskesmas_id)
             OR NOT EXISTS (SELECT 1 FROM snapshot_district sd
                            WHERE sd.cutoff = sp.cutoff AND sd.district_code = sp.district_code)
             OR (sp.rpjmn IS NOT NULL AND sp.rpjmn NOT IN (0, 1))
             OR (sp.registered IS NOT NULL AND sp.registered NOT IN (0, 1)))",
         QT_TRANSLATE_NOOP("Lengkap::Store",
                           "%n Puskesmas row(s) of a cut-off without their Puskesmas or district, "
                           "or with a flag other than 0 or 1")},
        {uR"(SELECT count(*) FROM snapshot_district sd
             WHERE NOT EXISTS (SELECT 1 FROM import_log l WHERE l.id = sd.import_id)
             OR NOT EXISTS (SELECT 1 FROM district d WHERE d.code = sd.district_code)
             OR NOT EXISTS (SELECT 1 FROM snapshot s WHERE s.cutoff = sd.cutoff))",
         QT_TRANSLATE_NOOP("Lengkap::Store",
                           "%n district row(s) of a cut-off without their import, district or "
                           "cut-off")},
        {uR"(SELECT count(*) FROM snapshot WHERE date(cutoff) IS NOT cutoff
             OR substr(cutoff, 9, 2) <> '01')",
         QT_TRANSLATE_NOOP("Lengkap::Store", "%n cut-off(s) that are not the 1st of a month")},
        {uR"(SELECT count(*) FROM puskesmas
             WHERE name = '' OR district_code NOT IN (SELECT code FROM district))",
         QT_TRANSLATE_NOOP("Lengkap::Store", "%n Puskesmas without a name or a known district")},
    };
    for (const Rule &rule : rules) {
        if (!query.exec(QString::fromUtf16(rule.sql)) || !query.next())
            return databaseError(query.lastError(), QStringView(rule.sql));
        add(rule.message, query.value(0).toLongLong());
    }

    // Foreign keys, table by table. The counts' table is left out only while its one foreign
    // key is the worker type the scan above checked; should the schema give it another, it is
    // checked here like every other table.
    if (!query.exec(uR"(SELECT name, (SELECT count(*) FROM pragma_foreign_key_list(name)) AS fks,
            (SELECT count(*) FROM pragma_foreign_key_list(name)
             WHERE "table" = 'nakes_type' AND "from" = 'type_key' AND "to" = 'key') AS typeFks
            FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%')"_s))
        return databaseError(query.lastError(), u"sqlite_schema");
    QStringList tables;
    while (query.next()) {
        const bool countsOnly = query.value(0).toString() == u"staffing"_s
                                && query.value(1).toInt() == 1 && query.value(2).toInt() == 1;
        if (query.value(1).toInt() > 0 && !countsOnly)
            tables.append(query.value(0).toString());
    }
    qint64 dangling = 0;
    for (const QString &table : std::as_const(tables)) {
        if (!query.exec(u"SELECT count(*) FROM pragma_foreign_key_check('%1')"_s.arg(table))
            || !query.next())
            return databaseError(query.lastError(), u"pragma_foreign_key_check");
        dangling += query.value(0).toLongLong();
    }
    add(QT_TRANSLATE_NOOP("Lengkap::Store", "%n row(s) that refer to a missing row"), dangling);

    // Every worker type of this program must be known to the database.
    if (!query.exec(u"SELECT key FROM nakes_type"_s))
        return databaseError(query.lastError(), u"nakes_type");
    QStringList keys;
    while (query.next())
        keys.append(query.value(0).toString());
    QStringList missing;
    for (const NakesType &type : NakesTypes::all()) {
        if (!keys.contains(type.key))
            missing.append(type.key);
    }
    if (!missing.isEmpty())
        problems.append(StoreTr::tr("worker types missing: %1").arg(missing.join(u", "_s)));
    return problems;
}

DatabaseHealth checkDatabase(const QString &path)
{
    DatabaseHealth health;
    std::optional<Error> failure; // a check that could not run (busy, I/O) is no verdict
    health.probe = probeDatabase(path, IntegrityCheck::Full, [&](QSqlDatabase &db) {
        health.cutoffs.clear(); // a second look after a writer came and went starts afresh
        failure.reset();
        Result<QStringList> domain = domainProblems(db);
        if (!domain) {
            failure = domain.error();
            return;
        }
        health.domain = *domain;
        QSqlQuery query(db);
        if (!query.exec(uR"(SELECT s.cutoff,
                (SELECT count(*) FROM snapshot_district sd WHERE sd.cutoff = s.cutoff),
                (SELECT count(*) FROM snapshot_puskesmas sp WHERE sp.cutoff = s.cutoff)
                FROM snapshot s ORDER BY s.cutoff)"_s)) {
            failure = databaseError(query.lastError(), u"snapshot");
            return;
        }
        while (query.next())
            health.cutoffs.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                                   query.value(1).toInt(), query.value(2).toInt()});
    });
    if (failure) {
        health.probe.verdict = DatabaseProbe::Verdict::Failed;
        health.probe.failure = *failure;
        health.domain.clear();
    }
    return health;
}

} // namespace Lengkap
