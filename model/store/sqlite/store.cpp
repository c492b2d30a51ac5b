#include "store.h"

#include "bulkinsert.h"
#include "databaseerror.h"
#include "nakestypes.h"
#include "servercopy.h"
#include "storecheck.h"
#include "transaction.h"
#include "wilayah.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Store)
};

// Schema revision 1. Counts are stored per cut-off x Puskesmas x type, with the ASN and
// Non-ASN counts as two columns of the row. Puskesmas identity: code when known, else the
// normalised name within its district (name_key, see puskesmasNameKey()).
constexpr auto SchemaV1 = {
    uR"(CREATE TABLE province (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL) WITHOUT ROWID)",
    uR"(CREATE TABLE district (
        code TEXT PRIMARY KEY,
        province_code TEXT NOT NULL REFERENCES province(code),
        name TEXT NOT NULL) WITHOUT ROWID)",
    uR"(CREATE TABLE nakes_type (
        key TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE,
        label_id TEXT NOT NULL,
        label_en TEXT NOT NULL) WITHOUT ROWID)",
    uR"(CREATE TABLE puskesmas (
        id INTEGER PRIMARY KEY,
        district_code TEXT NOT NULL REFERENCES district(code),
        code TEXT UNIQUE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL))",
    uR"(CREATE INDEX puskesmas_by_name ON puskesmas(district_code, name_key))",
    uR"(CREATE TABLE import_log (
        id INTEGER PRIMARY KEY,
        cutoff TEXT NOT NULL,
        source_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        format TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        row_count INTEGER NOT NULL,
        districts TEXT NOT NULL,
        sample INTEGER NOT NULL DEFAULT 0,
        replaced INTEGER NOT NULL DEFAULT 0))",
    uR"(CREATE TABLE snapshot (
        cutoff TEXT PRIMARY KEY) WITHOUT ROWID)",
    uR"(CREATE TABLE snapshot_district (
        cutoff TEXT NOT NULL REFERENCES snapshot(cutoff),
        district_code TEXT NOT NULL REFERENCES district(code),
        import_id INTEGER NOT NULL REFERENCES import_log(id),
        PRIMARY KEY (cutoff, district_code)) WITHOUT ROWID)",
    uR"(CREATE TABLE snapshot_puskesmas (
        cutoff TEXT NOT NULL REFERENCES snapshot(cutoff),
        puskesmas_id INTEGER NOT NULL REFERENCES puskesmas(id),
        district_code TEXT NOT NULL,
        kategori TEXT NOT NULL DEFAULT '',
        rpjmn INTEGER,
        registered INTEGER,
        PRIMARY KEY (cutoff, puskesmas_id)) WITHOUT ROWID)",
    uR"(CREATE INDEX snapshot_puskesmas_by_district ON snapshot_puskesmas(cutoff, district_code))",
    uR"(CREATE TABLE staffing (
        cutoff TEXT NOT NULL,
        puskesmas_id INTEGER NOT NULL,
        type_key TEXT NOT NULL REFERENCES nakes_type(key),
        asn INTEGER NOT NULL CHECK (asn BETWEEN 0 AND 999),
        non_asn INTEGER NOT NULL CHECK (non_asn BETWEEN 0 AND 999),
        PRIMARY KEY (cutoff, puskesmas_id, type_key)) WITHOUT ROWID)",
    uR"(CREATE TABLE list_import (
        cutoff TEXT NOT NULL,
        list TEXT NOT NULL CHECK (list IN ('rpjmn', 'registered')),
        source_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (cutoff, list)) WITHOUT ROWID)",
    uR"(CREATE TABLE list_entry (
        cutoff TEXT NOT NULL,
        list TEXT NOT NULL,
        code TEXT,
        district_code TEXT,
        name_key TEXT,
        FOREIGN KEY (cutoff, list) REFERENCES list_import(cutoff, list) ON DELETE CASCADE))",
    uR"(CREATE INDEX list_entry_by_cutoff ON list_entry(cutoff, list))",
};

// Schema revision 2 (issue 14): scenarios, named lists of changes on top of a cut-off, apart
// from the imported data, which they never modify. Changes are ordered by position.
constexpr auto SchemaV2 = {
    uR"(CREATE TABLE scenario (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        cutoff TEXT NOT NULL,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL))",
    uR"(CREATE TABLE scenario_change (
        scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('add', 'convert', 'move')),
        puskesmas_id INTEGER NOT NULL REFERENCES puskesmas(id),
        to_puskesmas_id INTEGER REFERENCES puskesmas(id),
        type_key TEXT NOT NULL,
        asn INTEGER NOT NULL CHECK (asn IN (0, 1)),
        count INTEGER NOT NULL CHECK (count BETWEEN -999 AND 999),
        PRIMARY KEY (scenario_id, position)) WITHOUT ROWID)",
};

constexpr auto SelectCutoffsSql = uR"(SELECT cutoff FROM snapshot ORDER BY cutoff)";
constexpr auto SelectSnapshotDistrictsSql
    = uR"(SELECT sd.district_code FROM snapshot_district sd WHERE sd.cutoff = :cutoff)";
constexpr auto InsertSnapshotSql = uR"(INSERT OR IGNORE INTO snapshot (cutoff) VALUES (:cutoff))";
constexpr auto DeleteSnapshotDistrictSql
    = uR"(DELETE FROM snapshot_district WHERE cutoff = :cutoff AND district_code = :district)";
// Counts go with their snapshot rows. No foreign key from staffing to snapshot_puskesmas: that
// lookup per count row cost a quarter of the national import; the store deletes both together.
constexpr auto DeleteSnapshotStaffingSql = uR"(DELETE FROM staffing WHERE cutoff = :cutoff
        AND puskesmas_id IN (SELECT puskesmas_id FROM snapshot_puskesmas
                             WHERE cutoff = :cutoff AND district_code = :district))";
constexpr auto DeleteSnapshotPuskesmasSql
    = uR"(DELETE FROM snapshot_puskesmas WHERE cutoff = :cutoff AND district_code = :district)";
constexpr auto InsertImportLogSql = uR"(INSERT INTO import_log
        (cutoff, source_name, sha256, format, imported_at, row_count, districts, sample, replaced)
        VALUES (:cutoff, :source, :sha256, :format, :at, :rows, :districts, :sample, :replaced))";
constexpr auto InsertSnapshotDistrictSql = uR"(INSERT INTO snapshot_district
        (cutoff, district_code, import_id) VALUES (:cutoff, :district, :import))";
constexpr auto SelectPuskesmasOfDistrictSql
    = uR"(SELECT id, code, name_key FROM puskesmas WHERE district_code = :district)";
constexpr auto SelectCodedPuskesmasSql
    = uR"(SELECT code, id FROM puskesmas WHERE code IS NOT NULL)";
constexpr auto UpdatePuskesmasSql
    = uR"(UPDATE puskesmas SET code = COALESCE(code, :code), name = :name WHERE id = :id)";
constexpr auto CountListSql
    = uR"(SELECT count(*) FROM list_import WHERE cutoff = :cutoff AND list = :list)";
constexpr auto DeleteListSql
    = uR"(DELETE FROM list_import WHERE cutoff = :cutoff AND list = :list)";
constexpr auto InsertListImportSql = uR"(INSERT INTO list_import
        (cutoff, list, source_name, sha256, imported_at)
        VALUES (:cutoff, :list, :source, :sha256, :at))";
constexpr auto InsertListEntrySql = uR"(INSERT INTO list_entry
        (cutoff, list, code, district_code, name_key) VALUES (:cutoff, :list, :code, :district, :key))";
constexpr auto SelectSnapshotSql = uR"(SELECT p.id, p.code, p.name, sp.kategori, p.district_code,
        sp.rpjmn, sp.registered, p.name_key
        FROM snapshot_puskesmas sp JOIN puskesmas p ON p.id = sp.puskesmas_id
        WHERE sp.cutoff = :cutoff
        ORDER BY p.district_code, p.name_key, p.id)";
constexpr auto SelectStaffingSql = uR"(SELECT puskesmas_id, type_key, asn, non_asn
        FROM staffing WHERE cutoff = :cutoff)";
constexpr auto SelectListEntriesSql = uR"(SELECT list, code, district_code, name_key
        FROM list_entry WHERE cutoff = :cutoff)";
constexpr auto SelectListKindsSql = uR"(SELECT list FROM list_import WHERE cutoff = :cutoff)";
constexpr auto SelectSnapshotSourcesSql = uR"(SELECT l.source_name, l.sample, sd.district_code
        FROM snapshot_district sd JOIN import_log l ON l.id = sd.import_id
        WHERE sd.cutoff = :cutoff ORDER BY l.id, sd.district_code)";
constexpr auto SelectImportLogSql = uR"(SELECT id, cutoff, source_name, sha256, format,
        imported_at, row_count, districts, replaced FROM import_log ORDER BY id)";

Error databaseError(const QSqlQuery &query)
{
    return Lengkap::databaseError(query.lastError(), query.lastQuery());
}

bool prepare(QSqlQuery &query, QStringView sql)
{
    return query.prepare(sql.toString());
}

QString cutoffKey(QDate cutoff)
{
    return cutoff.toString(Qt::ISODate);
}

SqlValue optionalBool(const std::optional<bool> &value)
{
    return value ? SqlValue(int(*value)) : SqlValue();
}

SqlValue optionalText(const QByteArray &utf8)
{
    return utf8.isEmpty() ? SqlValue() : SqlValue(utf8);
}

} // namespace

Store::Store()
    : m_connectionName(u"lengkap-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Store::~Store()
{
    close();
}

bool Store::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool Store::bulkWritesUseSqliteApi() const
{
    return isOpen() && BulkInsert::usesSqliteApi(m_db);
}

void Store::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Error Store::readOnlyError() const
{
    return Error {Error::Kind::Database,
                  m_readOnlyReason.isEmpty()
                      ? StoreTr::tr("%1 was opened read-only; nothing was imported")
                            .arg(QDir::toNativeSeparators(m_path))
                      : m_readOnlyReason};
}

Result<qint64> Store::dataVersion() const
{
    if (!isOpen())
        return Error {Error::Kind::Database, StoreTr::tr("no database is open")};
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return databaseError(query);
    return query.value(0).toLongLong();
}

Result<void> Store::open(const QString &path)
{
    return open(path, OpenMode::ReadWrite);
}

namespace {

// Sizes and modification times of a database and its -wal (QFileInfo: a stat, no open).
QList<qint64> fileStamp(const QString &path)
{
    QList<qint64> stamp;
    for (const QString &file : {path, path + u"-wal"_s}) {
        const QFileInfo info(file);
        stamp << (info.exists() ? info.size() : -1)
              << (info.exists() ? info.lastModified().toMSecsSinceEpoch() : 0);
    }
    return stamp;
}

} // namespace

Store::Precheck Store::precheck(const QString &path)
{
    Precheck checked;
    checked.path = path;
    checked.stamp = fileStamp(path);
    checked.probe = probeDatabase(path, IntegrityCheck::Quick, [&checked](QSqlDatabase &db) {
        // The domain's rules as open() checks them: on the current schema only (an older one
        // is migrated first, and checked after).
        checked.domainProblems.reset();
        QSqlQuery query(db);
        if (query.exec(u"PRAGMA user_version"_s) && query.next()
            && query.value(0).toInt() == SchemaVersion) {
            query.finish();
            checked.domainProblems = domainProblems(db);
        }
    });
    return checked;
}

Store::BackgroundPrecheck::BackgroundPrecheck(const QString &path)
    : m_thread(QThread::create([this, path] { m_result = Store::precheck(path); }))
{
    // The SQLite driver plugin is loaded here, in the caller's thread, before the thread uses
    // it: loaded first by the short-lived thread, Qt's Windows build hung (or crashed) the
    // process at exit, after the thread had ended (seen under wine, test-wine.sh).
    (void)QSqlDatabase::isDriverAvailable(u"QSQLITE"_s);
    m_thread->start();
}

Store::BackgroundPrecheck::~BackgroundPrecheck()
{
    m_thread->wait();
}

Store::Precheck Store::BackgroundPrecheck::take()
{
    m_thread->wait();
    return std::move(m_result);
}

Result<void> Store::open(const QString &path, OpenMode mode)
{
    return open(path, mode, Precheck {});
}

Result<void> Store::open(const QString &path, OpenMode mode, const Precheck &checked)
{
    close();
    m_path = path;
    m_readOnly = false;
    m_readOnlyReason.clear();
    // A look taken beforehand counts only if nothing has changed since it began, and only if
    // it saw the file (a look that could not, e.g. busy at the time, is taken again).
    const bool prechecked = !checked.path.isEmpty() && checked.path == path
                            && checked.probe.verdict != DatabaseProbe::Verdict::Failed
                            && checked.stamp == fileStamp(path);
    // Look at the file through SQLite only, creating nothing (see storecheck.h): no QFile on a
    // database file, whose close would drop the POSIX locks of this process's open connections.
    const DatabaseProbe probe
        = prechecked ? checked.probe : probeDatabase(path, IntegrityCheck::Quick);
    using Verdict = DatabaseProbe::Verdict;
    const bool existing = probe.verdict == Verdict::Lengkap;
    if (probe.verdict == Verdict::Missing || probe.verdict == Verdict::Empty) {
        if (mode == OpenMode::ReadOnly)
            return probeRefusal(DatabaseProbe {}, path); // "no database at ..."
    } else if (!existing) {
        return probeRefusal(probe, path);
    }

    bool readOnly = mode == OpenMode::ReadOnly;
    if (!databaseLocationWritable(path)) {
        const QString reason = StoreTr::tr("%1 is read-only (a read-only file, folder or medium): "
                                           "it can be viewed, printed and exported, but nothing "
                                           "can be imported into it; copy it to a writable folder "
                                           "to import")
                                   .arg(QDir::toNativeSeparators(path));
        if (mode == OpenMode::ReadWrite || !existing)
            return Error {Error::Kind::Database, reason};
        readOnly = true;
        m_readOnlyReason = reason;
    }

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (readOnly) {
        // Immutable only where nobody can write and no -wal exists: SQLite could create no
        // -shm there, and without one it cannot read a WAL database otherwise.
        setReadOnlyConnection(
            m_db, path, !databaseLocationWritable(path) && !QFileInfo::exists(path + u"-wal"_s));
        if (!m_db.open()) {
            const Error error = databaseError(m_db.lastError());
            close();
            return error;
        }
        m_readOnly = true;
        qCInfo(lcStore) << "opened" << QFileInfo(path).fileName() << "read-only";
        return {};
    }

    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        const Error error = databaseError(m_db.lastError());
        close();
        return error;
    }
    if (Result<void> configured = configure(); !configured) {
        close();
        return configured;
    }
    QSqlQuery query(m_db);
    int userVersion = 0;
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        userVersion = query.value(0).toInt();
    query.finish();
    if (userVersion < SchemaVersion) {
        if (Result<void> migrated = migrate(userVersion); !migrated) {
            close();
            return migrated;
        }
    }
    if (existing) {
        // quick_check skips CHECK constraints: a flipped bit can make a count -126. Refuse to
        // write into data that break the domain's rules; a backup holds them whole.
        Result<QStringList> problems = prechecked && checked.domainProblems
                                           && userVersion == SchemaVersion
                                           ? *checked.domainProblems
                                           : domainProblems(m_db);
        if (!problems || !problems->isEmpty()) {
            const Error error
                = problems
                      ? Error {Error::Kind::Database,
                               StoreTr::tr("%1 is damaged: %2; nothing was written "
                                           "to it. Restore a backup: lengkap-cli "
                                           "restore --db %1 BACKUP (backups are kept "
                                           "in %3)")
                                   .arg(QDir::toNativeSeparators(path), problems->join(u"; "_s),
                                        QDir::toNativeSeparators(backupFolder(path)))}
                      : problems.error();
            close();
            return error;
        }
    }
    qCInfo(lcStore) << "opened" << QFileInfo(path).fileName() << "schema" << SchemaVersion;
    return {};
}

Result<void> Store::configure()
{
    QSqlQuery query(m_db);
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 5000"_s}) {
        if (!query.exec(pragma))
            return databaseError(query);
    }
    return {};
}

Result<void> Store::migrate(int fromVersion)
{
    // A migration rewrites a database that holds data: keep a copy of the old schema first.
    if (fromVersion > 0) {
        if (Result<QString> saved = autoBackup(u"migration"_s); !saved)
            return saved.error();
    }
    // Numbered migrations, each in one transaction with its user_version bump.
    Transaction tx(m_db, &m_transactionDepth);
    if (!tx.isActive())
        return databaseError(tx.lastError());
    QSqlQuery query(m_db);
    if (fromVersion < 1) {
        for (const char16_t *statement : SchemaV1) {
            if (!query.exec(QString::fromUtf16(statement)))
                return databaseError(query);
        }
        if (!query.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId)))
            return databaseError(query);
    }
    if (fromVersion < 2) {
        for (const char16_t *statement : SchemaV2) {
            if (!query.exec(QString::fromUtf16(statement)))
                return databaseError(query);
        }
    }
    if (Result<void> seeded = seedReferenceData(); !seeded)
        return seeded;
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion)))
        return databaseError(query);
    if (!tx.commit())
        return databaseError(tx.lastError());
    return {};
}

Result<void> Store::seedReferenceData()
{
    const Wilayah &wilayah = Wilayah::instance();
    QSqlQuery insert(m_db);
    if (!insert.prepare(u"INSERT OR REPLACE INTO province (code, name) VALUES (:code, :name)"_s))
        return databaseError(insert);
    for (const Province &p : wilayah.provinces()) {
        insert.bindValue(u":code"_s, p.code);
        insert.bindValue(u":name"_s, p.name);
        if (!insert.exec())
            return databaseError(insert);
    }
    if (!insert.prepare(u"INSERT OR REPLACE INTO district (code, province_code, name) "
                        "VALUES (:code, :province, :name)"_s))
        return databaseError(insert);
    for (const District &d : wilayah.districts()) {
        insert.bindValue(u":code"_s, d.code);
        insert.bindValue(u":province"_s, d.provinceCode);
        insert.bindValue(u":name"_s, d.name);
        if (!insert.exec())
            return databaseError(insert);
    }
    if (!insert.prepare(u"INSERT OR REPLACE INTO nakes_type (key, position, label_id, label_en) "
                        "VALUES (:key, :position, :id, :en)"_s))
        return databaseError(insert);
    const QList<NakesType> &types = NakesTypes::all();
    for (int i = 0; i < types.size(); ++i) {
        insert.bindValue(u":key"_s, types.at(i).key);
        insert.bindValue(u":position"_s, i);
        insert.bindValue(u":id"_s, types.at(i).labelId);
        insert.bindValue(u":en"_s, types.at(i).labelEn);
        if (!insert.exec())
            return databaseError(insert);
    }
    return {};
}

Result<ImportOutcome> Store::importBatch(const ImportBatch &batch, QDate cutoff, bool replace)
{
    if (!isOpen())
        return Error {Error::Kind::Database, StoreTr::tr("no database is open")};
    if (m_readOnly)
        return readOnlyError();
    if (!cutoff.isValid())
        return Error {Error::Kind::Usage, StoreTr::tr("invalid cut-off date")};
    // A copy pulled from a server takes only server data (issue 15, store/servercopy.h).
    if (batch.format != ServerCopyFormat) {
        if (const Result<bool> copy = isServerCopy(*this); !copy || *copy)
            return copy ? serverCopyImportError(m_path) : copy.error();
    }
    const QString cutoffText = cutoffKey(cutoff);
    const int types = NakesTypes::count();

    QSet<QString> districtSet;
    for (const PuskesmasCounts &p : batch.puskesmas) {
        districtSet.insert(p.districtCode);
        if (p.asn.size() != types || p.nonAsn.size() != types)
            return Error {Error::Kind::Input, StoreTr::tr("%1:%2: expected counts for %3 types")
                                                  .arg(batch.sourceName)
                                                  .arg(p.line)
                                                  .arg(types)};
    }
    QStringList districts(districtSet.cbegin(), districtSet.cend());
    std::sort(districts.begin(), districts.end());
    if (districts.isEmpty())
        return Error {Error::Kind::Input,
                      StoreTr::tr("%1: the file holds no Puskesmas").arg(batch.sourceName)};

    Transaction tx(m_db, &m_transactionDepth);
    if (!tx.isActive())
        return databaseError(tx.lastError());
    QSqlQuery query(m_db);

    // Districts the cut-off already holds: refused unless replace (DOMAIN.md §6).
    if (!prepare(query, SelectSnapshotDistrictsSql))
        return databaseError(query);
    query.bindValue(u":cutoff"_s, cutoffText);
    if (!query.exec())
        return databaseError(query);
    QSet<QString> held;
    while (query.next())
        held.insert(query.value(0).toString());
    query.finish();
    QStringList clashing;
    for (const QString &code : std::as_const(districts)) {
        if (held.contains(code))
            clashing.append(code);
    }
    if (!clashing.isEmpty() && !replace) {
        QStringList names;
        for (const QString &code : std::as_const(clashing))
            names.append(Wilayah::instance().district(code)->shortName);
        return Error {Error::Kind::Input,
                      StoreTr::tr("%1: the cut-off %2 already holds %3; nothing was imported "
                                  "(use --replace to swap that data for this file's)")
                          .arg(batch.sourceName, cutoffText, names.join(u", "_s))};
    }

    if (!clashing.isEmpty()) {
        // Replacing deletes data: keep a copy of what the file held first.
        if (Result<QString> saved = autoBackup(u"replace"_s); !saved)
            return saved.error();
    }

    if (!prepare(query, InsertSnapshotSql))
        return databaseError(query);
    query.bindValue(u":cutoff"_s, cutoffText);
    if (!query.exec())
        return databaseError(query);

    for (const QString &code : std::as_const(clashing)) {
        for (QStringView sql :
             {QStringView(DeleteSnapshotStaffingSql), QStringView(DeleteSnapshotPuskesmasSql),
              QStringView(DeleteSnapshotDistrictSql)}) {
            if (!prepare(query, sql))
                return databaseError(query);
            query.bindValue(u":cutoff"_s, cutoffText);
            query.bindValue(u":district"_s, code);
            if (!query.exec())
                return databaseError(query);
        }
    }

    if (!prepare(query, InsertImportLogSql))
        return databaseError(query);
    query.bindValue(u":cutoff"_s, cutoffText);
    query.bindValue(u":source"_s, batch.sourceName);
    query.bindValue(u":sha256"_s, batch.sha256.isNull() ? u""_s : batch.sha256);
    query.bindValue(u":format"_s, batch.format);
    query.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.bindValue(u":rows"_s, int(batch.puskesmas.size()));
    query.bindValue(u":districts"_s, districts.join(u' '));
    query.bindValue(u":sample"_s, int(batch.sample));
    query.bindValue(u":replaced"_s, int(!clashing.isEmpty()));
    if (!query.exec())
        return databaseError(query);
    const qint64 importId = query.lastInsertId().toLongLong();

    if (!prepare(query, InsertSnapshotDistrictSql))
        return databaseError(query);
    for (const QString &code : std::as_const(districts)) {
        query.bindValue(u":cutoff"_s, cutoffText);
        query.bindValue(u":district"_s, code);
        query.bindValue(u":import"_s, importId);
        if (!query.exec())
            return databaseError(query);
    }

    // Resolve each Puskesmas to its stable id: by code, else by normalised name in its district.
    QHash<QString, qint64> byCode;
    QHash<QString, qint64> byNameKey; // district + '|' + name_key, for rows known without code
    QHash<qint64, bool> hasCode;
    if (!prepare(query, SelectPuskesmasOfDistrictSql))
        return databaseError(query);
    for (const QString &code : std::as_const(districts)) {
        query.bindValue(u":district"_s, code);
        if (!query.exec())
            return databaseError(query);
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QString puskesmasCode = query.value(1).toString();
            if (!puskesmasCode.isEmpty())
                byCode.insert(puskesmasCode, id);
            byNameKey.insert(code + u'|' + query.value(2).toString(), id);
            hasCode.insert(id, !puskesmasCode.isEmpty());
        }
    }
    query.finish();

    // Every coded Puskesmas, loaded at the first code the file's districts do not hold: one that
    // moved district in the file is the same Puskesmas. A new file of new codes costs one query,
    // not one per Puskesmas.
    std::optional<QHash<QString, qint64>> anyByCode;
    QSqlQuery updatePuskesmas(m_db);
    if (!prepare(updatePuskesmas, UpdatePuskesmasSql))
        return databaseError(updatePuskesmas);
    // New Puskesmas get their ids here, so they can be written in bulk with the rest.
    if (!query.exec(u"SELECT COALESCE(MAX(id), 0) FROM puskesmas"_s) || !query.next())
        return databaseError(query);
    qint64 nextId = query.value(0).toLongLong() + 1;
    query.finish();

    BulkInsert newPuskesmas(m_db, u"puskesmas"_s,
                            {u"id"_s, u"district_code"_s, u"code"_s, u"name"_s, u"name_key"_s});
    BulkInsert members(m_db, u"snapshot_puskesmas"_s,
                       {u"cutoff"_s, u"puskesmas_id"_s, u"district_code"_s, u"kategori"_s,
                        u"rpjmn"_s, u"registered"_s});
    const QByteArray cutoffUtf8 = cutoffText.toUtf8();
    const QVariant nullText(QMetaType::fromType<QString>());
    QList<qint64> ids;
    ids.reserve(batch.puskesmas.size());
    QSet<qint64> seen;
    for (const PuskesmasCounts &p : batch.puskesmas) {
        const QString nameKey = puskesmasNameKey(p.name);
        const QString districtKey = p.districtCode + u'|' + nameKey;
        qint64 id = 0;
        if (!p.code.isEmpty()) {
            id = byCode.value(p.code);
            if (!id) {
                if (!anyByCode) {
                    anyByCode.emplace();
                    if (!query.exec(QString::fromUtf16(SelectCodedPuskesmasSql)))
                        return databaseError(query);
                    while (query.next())
                        anyByCode->insert(query.value(0).toString(), query.value(1).toLongLong());
                    query.finish();
                }
                id = anyByCode->value(p.code);
            }
            if (!id) {
                const qint64 named = byNameKey.value(districtKey);
                if (named && !hasCode.value(named))
                    id = named; // known by name only so far: it gets its code now
            }
        } else {
            id = byNameKey.value(districtKey);
        }
        if (id && id < nextId) {
            updatePuskesmas.bindValue(u":code"_s, p.code.isEmpty() ? nullText : QVariant(p.code));
            updatePuskesmas.bindValue(u":name"_s, p.name);
            updatePuskesmas.bindValue(u":id"_s, id);
            if (!updatePuskesmas.exec())
                return databaseError(updatePuskesmas);
        } else if (!id) {
            id = nextId++;
            if (Result<void> added
                = newPuskesmas.add({id, p.districtCode.toUtf8(), optionalText(p.code.toUtf8()),
                                    p.name.toUtf8(), nameKey.toUtf8()});
                !added)
                return added.error();
            byNameKey.insert(districtKey, id);
            if (!p.code.isEmpty())
                byCode.insert(p.code, id);
            hasCode.insert(id, !p.code.isEmpty());
        }
        if (seen.contains(id))
            return Error {Error::Kind::Input,
                          StoreTr::tr("%1:%2: Puskesmas '%3' appears twice in the file")
                              .arg(batch.sourceName)
                              .arg(p.line)
                              .arg(p.name)};
        seen.insert(id);
        ids.append(id);
    }
    if (Result<void> flushed = newPuskesmas.finish(); !flushed)
        return flushed.error();
    // Rows go in in key order (Puskesmas id, then type key): SQLite then appends to the
    // B-trees' last pages rather than searching them (15% fewer instructions for the staffing
    // rows of a national file, issue 13).
    QList<qsizetype> order(batch.puskesmas.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(),
              [&ids](qsizetype a, qsizetype b) { return ids.at(a) < ids.at(b); });
    for (const qsizetype i : std::as_const(order)) {
        const PuskesmasCounts &p = batch.puskesmas.at(i);
        if (Result<void> added
            = members.add({cutoffUtf8, ids.at(i), p.districtCode.toUtf8(),
                           p.kategori.toUtf8(), // '' rather than NULL: the column is NOT NULL
                           optionalBool(p.rpjmn), optionalBool(p.registered)});
            !added)
            return added.error();
    }
    if (Result<void> flushed = members.finish(); !flushed)
        return flushed.error();

    const QList<NakesType> &typeList = NakesTypes::all();
    QList<QByteArray> typeKeys;
    for (const NakesType &type : typeList)
        typeKeys.append(type.key.toUtf8());
    QList<int> typeOrder(types);
    std::iota(typeOrder.begin(), typeOrder.end(), 0);
    std::sort(typeOrder.begin(), typeOrder.end(),
              [&typeKeys](int a, int b) { return typeKeys.at(a) < typeKeys.at(b); });
    BulkInsert staffing(m_db, u"staffing"_s,
                        {u"cutoff"_s, u"puskesmas_id"_s, u"type_key"_s, u"asn"_s, u"non_asn"_s});
    auto staffingFailed = [&](const Error &error) -> Error {
        // The CHECK (0..999) refuses a count: name the first row that carries one.
        for (const PuskesmasCounts &p : batch.puskesmas) {
            for (int t = 0; t < types; ++t) {
                for (int count : {p.asn.at(t), p.nonAsn.at(t)}) {
                    if (count < 0 || count > 999)
                        return Error {Error::Kind::Input,
                                      StoreTr::tr("%1:%2: %3 workers of type %4 is outside 0..999; "
                                                  "nothing was imported")
                                          .arg(batch.sourceName)
                                          .arg(p.line)
                                          .arg(count)
                                          .arg(typeList.at(t).key)};
                }
            }
        }
        return error;
    };
    for (const qsizetype i : std::as_const(order)) {
        const PuskesmasCounts &p = batch.puskesmas.at(i);
        for (const int t : std::as_const(typeOrder)) {
            if (Result<void> added = staffing.add(
                    {cutoffUtf8, ids.at(i), typeKeys.at(t), p.asn.at(t), p.nonAsn.at(t)});
                !added)
                return staffingFailed(added.error());
        }
    }
    if (Result<void> flushed = staffing.finish(); !flushed)
        return staffingFailed(flushed.error());

    if (!tx.commit())
        return databaseError(tx.lastError());
    qCInfo(lcStore) << "imported" << batch.puskesmas.size() << "Puskesmas in" << districts.size()
                    << "districts for" << cutoffText;
    ImportOutcome outcome;
    outcome.importId = importId;
    outcome.puskesmas = int(batch.puskesmas.size());
    outcome.districtCodes = districts;
    outcome.replacedDistricts = clashing;
    return outcome;
}

Result<int> Store::importList(ListKind kind, QDate cutoff, const QList<ListEntry> &entries,
                              const QString &sourceName, const QString &sha256)
{
    if (!isOpen())
        return Error {Error::Kind::Database, StoreTr::tr("no database is open")};
    if (m_readOnly)
        return readOnlyError();
    if (!cutoff.isValid())
        return Error {Error::Kind::Usage, StoreTr::tr("invalid cut-off date")};
    if (const Result<bool> copy = isServerCopy(*this); !copy || *copy) // issue 15
        return copy ? serverCopyImportError(m_path) : copy.error();
    const QString cutoffText = cutoffKey(cutoff);
    const QString list = listKindKey(kind);
    Transaction tx(m_db, &m_transactionDepth);
    if (!tx.isActive())
        return databaseError(tx.lastError());
    QSqlQuery query(m_db);
    if (!prepare(query, CountListSql))
        return databaseError(query);
    query.bindValue(u":cutoff"_s, cutoffText);
    query.bindValue(u":list"_s, list);
    if (!query.exec() || !query.next())
        return databaseError(query);
    const bool replacing = query.value(0).toInt() > 0;
    query.finish();
    if (replacing) {
        // The earlier list of this kind is deleted: keep a copy first.
        if (Result<QString> saved = autoBackup(u"list"_s); !saved)
            return saved.error();
    }
    if (!prepare(query, DeleteListSql))
        return databaseError(query);
    query.bindValue(u":cutoff"_s, cutoffText);
    query.bindValue(u":list"_s, list);
    if (!query.exec())
        return databaseError(query);
    if (!prepare(query, InsertListImportSql))
        return databaseError(query);
    query.bindValue(u":cutoff"_s, cutoffText);
    query.bindValue(u":list"_s, list);
    query.bindValue(u":source"_s, sourceName);
    query.bindValue(u":sha256"_s, sha256.isNull() ? u""_s : sha256);
    query.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return databaseError(query);
    if (!prepare(query, InsertListEntrySql))
        return databaseError(query);
    int stored = 0;
    const QVariant nullText(QMetaType::fromType<QString>());
    for (const ListEntry &entry : entries) {
        query.bindValue(u":cutoff"_s, cutoffText);
        query.bindValue(u":list"_s, list);
        query.bindValue(u":code"_s, entry.code.isEmpty() ? nullText : QVariant(entry.code));
        query.bindValue(u":district"_s,
                        entry.districtCode.isEmpty() ? nullText : QVariant(entry.districtCode));
        query.bindValue(u":key"_s,
                        entry.name.isEmpty() ? nullText : QVariant(puskesmasNameKey(entry.name)));
        if (!query.exec())
            return databaseError(query);
        ++stored;
    }
    if (!tx.commit())
        return databaseError(tx.lastError());
    return stored;
}

Result<void> Store::writeAll(const std::function<Result<void>()> &writes)
{
    if (!isOpen())
        return Error {Error::Kind::Database, StoreTr::tr("no database is open")};
    if (m_readOnly)
        return readOnlyError();
    Transaction tx(m_db, &m_transactionDepth);
    if (!tx.isActive())
        return databaseError(tx.lastError());
    if (Result<void> written = writes(); !written)
        return written;
    if (!tx.commit())
        return databaseError(tx.lastError());
    return {};
}

Result<QList<QDate>> Store::cutoffs() const
{
    if (!m_db.isOpen())
        return Error {Error::Kind::Database, StoreTr::tr("no database is open")};
    QSqlQuery query(m_db);
    if (!query.exec(QString::fromUtf16(SelectCutoffsSql)))
        return databaseError(query);
    QList<QDate> dates;
    while (query.next())
        dates.append(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    return dates;
}

Result<Snapshot> Store::loadSnapshot(QDate cutoff) const
{
    if (!m_db.isOpen())
        return Error {Error::Kind::Database, StoreTr::tr("no database is open")};
    const QString cutoffText = cutoffKey(cutoff);
    const int types = NakesTypes::count();
    Snapshot snapshot;
    snapshot.cutoff = cutoff;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);

    if (!prepare(query, SelectSnapshotSourcesSql))
        return databaseError(query);
    query.bindValue(u":cutoff"_s, cutoffText);
    if (!query.exec())
        return databaseError(query);
    QStringList sources;
    while (query.next()) {
        if (!sources.contains(query.value(0).toString()))
            sources.append(query.value(0).toString());
        if (query.value(1).toInt())
            snapshot.sample = true;
        snapshot.districtSources.insert(query.value(2).toString(), query.value(0).toString());
    }
    snapshot.source = sources.join(u", "_s);

    // Membership lists imported for this cut-off decide; without one, the import's flags do.
    if (!prepare(query, SelectListKindsSql))
        return databaseError(query);
    query.bindValue(u":cutoff"_s, cutoffText);
    if (!query.exec())
        return databaseError(query);
    QSet<QString> listKinds;
    while (query.next())
        listKinds.insert(query.value(0).toString());
    QHash<QString, QSet<QString>> listCodes;
    QHash<QString, QSet<QString>> listNames;
    if (!listKinds.isEmpty()) {
        if (!prepare(query, SelectListEntriesSql))
            return databaseError(query);
        query.bindValue(u":cutoff"_s, cutoffText);
        if (!query.exec())
            return databaseError(query);
        while (query.next()) {
            const QString list = query.value(0).toString();
            if (!query.value(1).isNull())
                listCodes[list].insert(query.value(1).toString());
            if (!query.value(3).isNull())
                listNames[list].insert(query.value(2).toString() + u'|'
                                       + query.value(3).toString());
        }
    }
    const QString rpjmnKey = listKindKey(ListKind::Rpjmn);
    const QString registeredKey = listKindKey(ListKind::Registered);
    auto inList = [&](const QString &list, const QString &code, const QString &nameKey) {
        return (!code.isEmpty() && listCodes.value(list).contains(code))
               || listNames.value(list).contains(nameKey);
    };

    if (!prepare(query, SelectSnapshotSql))
        return databaseError(query);
    query.bindValue(u":cutoff"_s, cutoffText);
    if (!query.exec())
        return databaseError(query);
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        PuskesmasData p;
        p.id = query.value(0).toLongLong();
        p.code = query.value(1).toString();
        p.name = query.value(2).toString();
        p.kategori = query.value(3).toString();
        p.districtCode = query.value(4).toString();
        p.provinceCode = p.districtCode.section(u'.', 0, 0);
        const QString nameKey = p.districtCode + u'|' + query.value(7).toString();
        p.rpjmn = listKinds.contains(rpjmnKey) ? inList(rpjmnKey, p.code, nameKey)
                                               : query.value(5).toInt() == 1;
        p.registered = listKinds.contains(registeredKey) ? inList(registeredKey, p.code, nameKey)
                                                         : query.value(6).toInt() == 1;
        p.asn = QList<int>(types, 0);
        p.nonAsn = QList<int>(types, 0);
        rowOf.insert(p.id, snapshot.puskesmas.size());
        snapshot.puskesmas.append(std::move(p));
    }

    if (!prepare(query, SelectStaffingSql))
        return databaseError(query);
    query.bindValue(u":cutoff"_s, cutoffText);
    if (!query.exec())
        return databaseError(query);
    QHash<QString, int> typeIndex;
    for (int t = 0; t < types; ++t)
        typeIndex.insert(NakesTypes::at(t).key, t);
    while (query.next()) {
        const auto row = rowOf.constFind(query.value(0).toLongLong());
        const int t = typeIndex.value(query.value(1).toString(), -1);
        if (row == rowOf.cend() || t < 0)
            continue; // a type this version does not know
        PuskesmasData &p = snapshot.puskesmas[*row];
        p.asn[t] = query.value(2).toInt();
        p.nonAsn[t] = query.value(3).toInt();
    }
    return snapshot;
}

Result<QList<ImportLogEntry>> Store::importLog() const
{
    if (!m_db.isOpen())
        return Error {Error::Kind::Database, StoreTr::tr("no database is open")};
    QSqlQuery query(m_db);
    if (!query.exec(QString::fromUtf16(SelectImportLogSql)))
        return databaseError(query);
    QList<ImportLogEntry> log;
    while (query.next()) {
        ImportLogEntry e;
        e.id = query.value(0).toLongLong();
        e.cutoff = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        e.sourceName = query.value(2).toString();
        e.sha256 = query.value(3).toString();
        e.format = query.value(4).toString();
        e.importedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
        e.rowCount = query.value(6).toInt();
        e.districtCodes = query.value(7).toString().split(u' ', Qt::SkipEmptyParts);
        e.replaced = query.value(8).toInt() != 0;
        log.append(e);
    }
    return log;
}

} // namespace Lengkap
