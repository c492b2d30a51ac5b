#include "pushsource.h"

#include "bulkinsert.h"
#include "databaseerror.h"
#include "nakestypes.h"
#include "servercopy.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <memory>

#if LENGKAP_SQLITE_API
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

// The store's own messages (same context and source text, so the same translations).
struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Store)
};

constexpr auto SelectImportFormatsSql
    = uR"(SELECT count(*), coalesce(sum(format = :server), 0) FROM import_log)";
constexpr auto SelectCutoffsSql = uR"(SELECT cutoff FROM snapshot ORDER BY cutoff)";
constexpr auto SelectDistrictsSql = uR"(SELECT DISTINCT p.district_code
        FROM snapshot_puskesmas sp JOIN puskesmas p ON p.id = sp.puskesmas_id
        WHERE sp.cutoff = :cutoff ORDER BY p.district_code)";
constexpr auto SelectSampleSql = uR"(SELECT coalesce(max(l.sample), 0)
        FROM snapshot_district sd JOIN import_log l ON l.id = sd.import_id
        WHERE sd.cutoff = :cutoff)";
constexpr auto SelectListKindsSql = uR"(SELECT list FROM list_import WHERE cutoff = :cutoff)";
constexpr auto SelectListEntriesSql = uR"(SELECT list, code, district_code, name_key
        FROM list_entry WHERE cutoff = :cutoff)";
constexpr auto SelectRowsSql = uR"(SELECT p.district_code, p.code, p.name, sp.kategori, sp.rpjmn,
        sp.registered, p.name_key, p.id
        FROM snapshot_puskesmas sp JOIN puskesmas p ON p.id = sp.puskesmas_id
        WHERE sp.cutoff = :cutoff
        ORDER BY p.district_code, p.name_key, p.id)";
constexpr auto SelectStaffingSql = uR"(SELECT puskesmas_id, type_key, asn, non_asn
        FROM staffing WHERE cutoff = :cutoff)";

Error queryError(const QSqlQuery &query)
{
    return databaseError(query.lastError().text(), query.lastQuery());
}

Error notOpen()
{
    return Error {Error::Kind::Database, StoreTr::tr("no database is open")};
}

bool inRegion(const QString &district, Level level, const QString &code)
{
    switch (level) {
    case Level::National:
        return true;
    case Level::Province:
        return district.size() > code.size() && district.startsWith(code)
               && district.at(code.size()) == u'.';
    case Level::District:
        return district == code;
    }
    return false;
}

QSqlDatabase openReadOnly(const QString &connectionName, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    db.open();
    return db;
}

} // namespace

PushSource::PushSource()
    : m_connectionName(u"lengkap-push-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

PushSource::~PushSource()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<void> PushSource::open(const QString &path)
{
    m_path = path;
    if (QFileInfo(path).size() == 0)
        return {}; // an empty file holds no data (Store::open would make it a database: a write)
    {
        // Refuse a foreign file before SQLite touches it, as Store::open does.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error {Error::Kind::Database,
                          StoreTr::tr("%1: cannot be read: %2").arg(path, file.errorString())};
        if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
            return Error {Error::Kind::Database,
                          StoreTr::tr("%1 is not a Lengkap database (not an SQLite file); it was "
                                      "left untouched")
                              .arg(path)};
    }
    m_db = openReadOnly(m_connectionName, path);
    if (!m_db.isOpen())
        return databaseError(m_db.lastError().text());
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return Error {Error::Kind::Database,
                      StoreTr::tr("%1 is not a Lengkap database or is damaged; it was left "
                                  "untouched")
                          .arg(path)};
    const int applicationId = query.value(0).toInt();
    int userVersion = 0;
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        userVersion = query.value(0).toInt();
    bool hasTables = false;
    if (query.exec(u"SELECT count(*) FROM sqlite_schema"_s) && query.next())
        hasTables = query.value(0).toInt() > 0;
    query.finish();
    // An SQLite file without tables holds no data yet (Store::open would set it up: a write);
    // cutoffs() then gives none. An older schema would need a migration, which is a write too:
    // schema 1 is the only one, so a Lengkap file of another version is a newer one.
    if (applicationId == 0 && userVersion == 0 && !hasTables) {
        m_db.close();
        return {};
    }
    if (applicationId != Store::ApplicationId || userVersion < Store::SchemaVersion)
        return Error {Error::Kind::Database,
                      StoreTr::tr("%1 is not a Lengkap database; it was left untouched").arg(path)};
    if (userVersion > Store::SchemaVersion)
        return Error {Error::Kind::Database,
                      StoreTr::tr("%1 was written by a newer version of Lengkap (schema %2, "
                                  "this program knows %3); it was left untouched: update "
                                  "Lengkap to open it")
                          .arg(path)
                          .arg(userVersion)
                          .arg(Store::SchemaVersion)};
    return {};
}

Result<bool> PushSource::isServerCopy() const
{
    if (!m_db.isOpen())
        return false; // an empty file
    QSqlQuery query(m_db);
    if (!query.prepare(QString::fromUtf16(SelectImportFormatsSql)))
        return queryError(query);
    query.bindValue(u":server"_s, ServerCopyFormat.toString());
    if (!query.exec() || !query.next())
        return queryError(query);
    const qint64 entries = query.value(0).toLongLong();
    return entries > 0 && query.value(1).toLongLong() == entries;
}

Result<QList<QDate>> PushSource::cutoffs() const
{
    if (!m_db.isOpen())
        return QList<QDate>(); // an empty file
    QSqlQuery query(m_db);
    if (!query.exec(QString::fromUtf16(SelectCutoffsSql)))
        return queryError(query);
    QList<QDate> dates;
    while (query.next())
        dates.append(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    return dates;
}

Result<QStringList> PushSource::districtCodes(QDate cutoff, Level level, const QString &code) const
{
    if (!m_db.isOpen())
        return notOpen();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf16(SelectDistrictsSql)))
        return queryError(query);
    query.bindValue(u":cutoff"_s, cutoff.toString(Qt::ISODate));
    if (!query.exec())
        return queryError(query);
    QStringList codes;
    while (query.next()) {
        const QString district = query.value(0).toString();
        if (inRegion(district, level, code))
            codes.append(district);
    }
    return codes;
}

Result<Snapshot> PushSource::loadRegion(QDate cutoff, Level level, const QString &code) const
{
    if (!m_db.isOpen())
        return notOpen();
    const QString cutoffText = cutoff.toString(Qt::ISODate);
    Snapshot snapshot;
    snapshot.cutoff = cutoff;
    snapshot.source = QFileInfo(m_path).fileName();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    auto run = [&](const char16_t *sql) {
        if (!query.prepare(QString::fromUtf16(sql)))
            return false;
        query.bindValue(u":cutoff"_s, cutoffText);
        return query.exec();
    };

    if (!run(SelectSampleSql) || !query.next())
        return queryError(query);
    snapshot.sample = query.value(0).toInt() != 0;

    // Membership lists imported for this cut-off decide; without one, the import's flags do
    // (as in Store::loadSnapshot).
    if (!run(SelectListKindsSql))
        return queryError(query);
    QSet<QString> listKinds;
    while (query.next())
        listKinds.insert(query.value(0).toString());
    QHash<QString, QSet<QString>> listCodes;
    QHash<QString, QSet<QString>> listNames;
    if (!listKinds.isEmpty()) {
        if (!run(SelectListEntriesSql))
            return queryError(query);
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
    const bool rpjmnList = listKinds.contains(rpjmnKey);
    const bool registeredList = listKinds.contains(registeredKey);
    const QSet<QString> rpjmnCodes = listCodes.value(rpjmnKey);
    const QSet<QString> rpjmnNames = listNames.value(rpjmnKey);
    const QSet<QString> registeredCodes = listCodes.value(registeredKey);
    const QSet<QString> registeredNames = listNames.value(registeredKey);

    const int types = NakesTypes::count();
    if (!run(SelectRowsSql))
        return queryError(query);
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        const QString district = query.value(0).toString();
        if (!inRegion(district, level, code))
            continue;
        PuskesmasData p;
        p.id = query.value(7).toLongLong();
        p.districtCode = district;
        p.provinceCode = district.section(u'.', 0, 0);
        p.code = query.value(1).toString();
        p.name = query.value(2).toString();
        p.kategori = query.value(3).toString();
        const QString nameKey = district + u'|' + query.value(6).toString();
        p.rpjmn = rpjmnList ? (!p.code.isEmpty() && rpjmnCodes.contains(p.code))
                                  || rpjmnNames.contains(nameKey)
                            : query.value(4).toInt() == 1;
        p.registered = registeredList ? (!p.code.isEmpty() && registeredCodes.contains(p.code))
                                            || registeredNames.contains(nameKey)
                                      : query.value(5).toInt() == 1;
        p.asn = QList<int>(types, 0);
        p.nonAsn = QList<int>(types, 0);
        rowOf.insert(p.id, snapshot.puskesmas.size());
        snapshot.puskesmas.append(std::move(p));
    }
    query.finish();

    // The counts: ~93,000 rows for the nation. Through SQLite's C API where Qt's driver runs on
    // the SQLite this program links (as BulkInsert writes them): Qt's QVariant per value cost
    // several times SQLite's own scan. Elsewhere the same rows through QSqlQuery.
    QList<QByteArray> typeKeys;
    for (int t = 0; t < types; ++t)
        typeKeys.append(NakesTypes::at(t).key.toUtf8());
    auto typeOf = [&typeKeys](QByteArrayView key) {
        for (qsizetype t = 0; t < typeKeys.size(); ++t) {
            if (typeKeys.at(t) == key)
                return int(t);
        }
        return -1; // a type this version does not know
    };
    auto setCounts = [&](qint64 id, int type, int asn, int nonAsn) {
        const auto row = rowOf.constFind(id);
        if (row == rowOf.cend() || type < 0)
            return; // another region's Puskesmas, or an unknown type
        PuskesmasData &p = snapshot.puskesmas[*row];
        p.asn[type] = asn;
        p.nonAsn[type] = nonAsn;
    };
#if LENGKAP_SQLITE_API
    if (auto *handle = static_cast<sqlite3 *>(BulkInsert::sqliteApiHandle(m_db))) {
        const QByteArray sql
            = QString::fromUtf16(SelectStaffingSql).toUtf8().replace(":cutoff", "?");
        const QByteArray cutoffUtf8 = cutoffText.toUtf8();
        sqlite3_stmt *statement = nullptr;
        auto sqliteError = [handle] {
            return databaseError(QString::fromUtf8(sqlite3_errmsg(handle)),
                                 QString::fromUtf16(SelectStaffingSql));
        };
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr)
            != SQLITE_OK)
            return sqliteError();
        const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(statement,
                                                                               &sqlite3_finalize);
        if (sqlite3_bind_text(statement, 1, cutoffUtf8.constData(), int(cutoffUtf8.size()),
                              SQLITE_TRANSIENT)
            != SQLITE_OK)
            return sqliteError();
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto *key = reinterpret_cast<const char *>(sqlite3_column_text(statement, 1));
            setCounts(sqlite3_column_int64(statement, 0),
                      typeOf(QByteArrayView(key, sqlite3_column_bytes(statement, 1))),
                      sqlite3_column_int(statement, 2), sqlite3_column_int(statement, 3));
        }
        if (step != SQLITE_DONE)
            return sqliteError();
        return snapshot;
    }
#endif
    if (!run(SelectStaffingSql))
        return queryError(query);
    while (query.next())
        setCounts(query.value(0).toLongLong(), typeOf(query.value(1).toString().toUtf8()),
                  query.value(2).toInt(), query.value(3).toInt());
    return snapshot;
}

Result<void> PushSource::checkIntegrity(const QString &path)
{
    const QString name = u"lengkap-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> outcome;
    {
        QSqlDatabase db = openReadOnly(name, path);
        if (!db.isOpen()) {
            outcome = databaseError(db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()
                || query.value(0).toString() != u"ok"_s)
                outcome = Error {Error::Kind::Database,
                                 StoreTr::tr("%1 is damaged (integrity check failed); it was left "
                                             "untouched. Restore it from a backup.")
                                     .arg(path)};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace Lengkap
