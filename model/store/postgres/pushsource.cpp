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

#include <cstring>
#include <functional>
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
// The districts the cut-off holds: its own small table, not a pass over its Puskesmas.
constexpr auto SelectDistrictsSql = uR"(SELECT district_code FROM snapshot_district
        WHERE cutoff = :cutoff ORDER BY district_code)";
constexpr auto SelectSampleSql = uR"(SELECT coalesce(max(l.sample), 0)
        FROM snapshot_district sd JOIN import_log l ON l.id = sd.import_id
        WHERE sd.cutoff = :cutoff)";
constexpr auto SelectListKindsSql = uR"(SELECT list FROM list_import WHERE cutoff = :cutoff)";
constexpr auto SelectListEntriesSql = uR"(SELECT list, code, district_code, name_key
        FROM list_entry WHERE cutoff = :cutoff)";
// What a push sends, in three plain scans in the order of their keys (no index seek per
// Puskesmas, no sort in SQLite), joined by id in memory: the cut-off's Puskesmas (primary key
// order: by id), every Puskesmas' name and district (the table in rowid order: by id) and the
// cut-off's counts (primary key order: by id, then type). One statement joining them walked the
// name index and sought both other trees for each Puskesmas: 4 to 5 times the CPU of the scans
// for a national cut-off (10,300 Puskesmas, 92,700 counts).
constexpr auto SelectPushPuskesmasSql = uR"(SELECT puskesmas_id, kategori, rpjmn, registered
        FROM snapshot_puskesmas WHERE cutoff = :cutoff ORDER BY puskesmas_id)";
constexpr auto SelectPushNamesSql = uR"(SELECT id, district_code, code, name, name_key
        FROM puskesmas ORDER BY id)";
constexpr auto SelectPushCountsSql = uR"(SELECT puskesmas_id, type_key, asn, non_asn
        FROM staffing WHERE cutoff = :cutoff ORDER BY puskesmas_id, type_key)";

Error queryError(const QSqlQuery &query)
{
    return databaseError(query.lastError(), query.lastQuery()); // with SQLite's code: "damaged"
}

Error notOpen()
{
    return Error {Error::Kind::Database, StoreTr::tr("no database is open")};
}

bool inRegion(QByteArrayView district, Level level, const QByteArray &code);

QSqlDatabase openReadOnly(const QString &connectionName, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    db.open();
    return db;
}

// Text the membership sets point into, in chunks that never move: ~20,000 list entries cost a
// few allocations, not two each (and as few frees).
class TextPool
{
public:
    // first, or "first|second" when second is given.
    QByteArrayView store(QByteArrayView first, QByteArrayView second = {})
    {
        const qsizetype size = first.size() + (second.isNull() ? 0 : 1 + second.size());
        if (m_chunks.isEmpty() || m_used + size > m_chunks.constLast().size()) {
            m_chunks.append(QByteArray(std::max(ChunkSize, size), Qt::Uninitialized));
            m_used = 0;
        }
        char *at = m_chunks.last().data() + m_used;
        std::copy(first.cbegin(), first.cend(), at);
        if (!second.isNull()) {
            at[first.size()] = '|';
            std::copy(second.cbegin(), second.cend(), at + first.size() + 1);
        }
        m_used += size;
        return QByteArrayView(at, size);
    }

private:
    static constexpr qsizetype ChunkSize = 1 << 16;
    QList<QByteArray> m_chunks;
    qsizetype m_used = 0;
};

} // namespace

struct PushSource::Prepared
{
    QDate cutoff;
    Level level = Level::National;
    QByteArray region;
    bool sample = false;
    bool rpjmnList = false;
    bool registeredList = false;
    TextPool text; // what the sets and the Puskesmas below point into
    QSet<QByteArrayView> rpjmnCodes, rpjmnNames, registeredCodes, registeredNames;
    // The region's Puskesmas of the cut-off, in the order a push sends them (district, name
    // key, id), and their counts: ASN then Non-ASN by NakesTypes index, 2 * types per Puskesmas.
    struct Puskesmas
    {
        qint64 id = 0;
        QByteArrayView district, code, name, nameKey, kategori;
        bool rpjmn = false;
        bool registered = false;
        bool named = false; // its row of the puskesmas table was found
        qsizetype counts = 0; // where its counts start
    };
    QList<Puskesmas> puskesmas;
    QList<int> counts;
};

PushSource::PushSource()
    : m_connectionName(u"lengkap-push-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

PushSource::~PushSource()
{
    m_prepared.reset();
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
    // Damage in a page the push reads is found as it is read (no check of the whole file
    // first): with this, SQLite also checks each cell's size and place on the page.
    query.exec(u"PRAGMA cell_size_check = ON"_s);
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
        if (inRegion(district.toUtf8(), level, code.toUtf8()))
            codes.append(district);
    }
    return codes;
}

namespace {

// One row of a result, read in place: text as UTF-8 bytes (valid until the next row), no
// QVariant. Through SQLite's C API where Qt's driver shares the SQLite this program links (the
// rule BulkInsert writes by), else through QSqlQuery. Qt's QVariant/QString per value cost
// several times SQLite's own scan here (~10,000 Puskesmas, ~20,000 list entries, ~93,000 counts).
class Row
{
public:
    virtual ~Row() = default;
    virtual bool isNull(int column) const = 0;
    virtual QByteArrayView text(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
};

#if LENGKAP_SQLITE_API
class SqliteRow final : public Row
{
public:
    explicit SqliteRow(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    QByteArrayView text(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement, column) : 0);
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }

private:
    sqlite3_stmt *m_statement;
};
#endif

class QueryRow final : public Row
{
public:
    explicit QueryRow(const QSqlQuery &query, int columns)
        : m_query(query)
        , m_text(columns)
    {
    }
    void next()
    {
        for (qsizetype c = 0; c < m_text.size(); ++c)
            m_text[c] = m_query.value(int(c)).toString().toUtf8();
    }
    bool isNull(int column) const override { return m_query.isNull(column); }
    QByteArrayView text(int column) const override { return m_text.at(column); }
    qint64 integer(int column) const override { return m_text.at(column).toLongLong(); }

private:
    const QSqlQuery &m_query;
    QList<QByteArray> m_text;
};

// Runs sql (its one parameter, if any, is :cutoff) and hands each row to onRow.
Result<void> forEachRow(const QSqlDatabase &db, const char16_t *sql, int columns,
                        const QString &cutoff, const std::function<void(const Row &)> &onRow)
{
    const bool hasCutoff = QStringView(sql).contains(u":cutoff");
    const QStringList values = hasCutoff ? QStringList {cutoff} : QStringList();
#if LENGKAP_SQLITE_API
    if (auto *handle = static_cast<sqlite3 *>(BulkInsert::sqliteApiHandle(db))) {
        QByteArray text = QString::fromUtf16(sql).toUtf8();
        text.replace(":cutoff", "?1");
        auto failed = [handle, sql] {
            return sqliteError(sqlite3_extended_errcode(handle),
                               QString::fromUtf8(sqlite3_errmsg(handle)), QString::fromUtf16(sql));
        };
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr)
            != SQLITE_OK)
            return failed();
        const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(statement,
                                                                               &sqlite3_finalize);
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QByteArray value = values.at(i).toUtf8();
            if (sqlite3_bind_text(statement, int(i + 1), value.constData(), int(value.size()),
                                  SQLITE_TRANSIENT)
                != SQLITE_OK)
                return failed();
        }
        const SqliteRow row(statement);
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW)
            onRow(row);
        if (step != SQLITE_DONE)
            return failed();
        return {};
    }
#endif
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf16(sql)))
        return queryError(query);
    if (hasCutoff)
        query.bindValue(u":cutoff"_s, cutoff);
    if (!query.exec())
        return queryError(query);
    QueryRow row(query, columns);
    while (query.next()) {
        row.next();
        onRow(row);
    }
    return {};
}

bool inRegion(QByteArrayView district, Level level, const QByteArray &code)
{
    switch (level) {
    case Level::National:
        return true;
    case Level::Province:
        return district.size() > code.size() && district.startsWith(code)
               && district.at(code.size()) == '.';
    case Level::District:
        return district == code;
    }
    return false;
}

} // namespace

Result<Snapshot> PushSource::loadRegion(QDate cutoff, Level level, const QString &code) const
{
    // What a push sends, as a Snapshot: the same read (read()), so the push's rows are the ones
    // compared with Store::loadSnapshot.
    Result<std::unique_ptr<Prepared>> read = this->read(cutoff, level, code);
    if (!read)
        return read.error();
    const Prepared &d = **read;
    const int types = NakesTypes::count();
    Snapshot snapshot;
    snapshot.cutoff = cutoff;
    snapshot.source = QFileInfo(m_path).fileName();
    snapshot.sample = d.sample;
    snapshot.puskesmas.reserve(d.puskesmas.size());
    for (const Prepared::Puskesmas &row : d.puskesmas) {
        PuskesmasData p;
        p.id = row.id;
        p.districtCode = QString::fromUtf8(row.district);
        p.provinceCode = p.districtCode.section(u'.', 0, 0);
        p.code = QString::fromUtf8(row.code);
        p.name = QString::fromUtf8(row.name);
        p.kategori = QString::fromUtf8(row.kategori);
        p.rpjmn = row.rpjmn;
        p.registered = row.registered;
        const int *counts = d.counts.constData() + row.counts;
        p.asn = QList<int>(counts, counts + types);
        p.nonAsn = QList<int>(counts + types, counts + 2 * types);
        snapshot.puskesmas.append(std::move(p));
    }
    return snapshot;
}

Result<void> PushSource::prepare(QDate cutoff, Level level, const QString &code)
{
    if (!m_db.isOpen())
        return notOpen();
    // One read transaction from here to the end of sendRows (it ends when the connection
    // closes): the lists and the rows come from the same state of the file even if another
    // program writes to it meanwhile. Nothing is written, so nothing is ever committed.
    QSqlQuery begin(m_db);
    begin.exec(u"ROLLBACK"_s); // an earlier prepare's, if any (fails harmlessly when none)
    if (!begin.exec(u"BEGIN"_s))
        return queryError(begin);
    begin.finish();
    Result<std::unique_ptr<Prepared>> read = this->read(cutoff, level, code);
    if (!read)
        return read.error();
    m_prepared = std::move(*read);
    return {};
}

Result<std::unique_ptr<PushSource::Prepared>> PushSource::read(QDate cutoff, Level level,
                                                                const QString &code) const
{
    if (!m_db.isOpen())
        return notOpen();
    auto prepared = std::make_unique<Prepared>();
    Prepared &d = *prepared;
    d.cutoff = cutoff;
    d.level = level;
    d.region = code.toUtf8();
    const QString cutoffText = cutoff.toString(Qt::ISODate);
    Result<void> read = forEachRow(m_db, SelectSampleSql, 1, cutoffText,
                                   [&](const Row &row) { d.sample = row.integer(0) != 0; });
    if (!read)
        return read.error();
    // Membership lists imported for this cut-off decide; without one, the import's flags do
    // (as in Store::loadSnapshot).
    QSet<QByteArray> listKinds;
    read = forEachRow(m_db, SelectListKindsSql, 1, cutoffText,
                      [&](const Row &row) { listKinds.insert(row.text(0).toByteArray()); });
    if (!read)
        return read.error();
    const QByteArray rpjmnKey = listKindKey(ListKind::Rpjmn).toUtf8();
    const QByteArray registeredKey = listKindKey(ListKind::Registered).toUtf8();
    if (!listKinds.isEmpty()) {
        read = forEachRow(m_db, SelectListEntriesSql, 4, cutoffText, [&](const Row &row) {
            const QByteArrayView list = row.text(0);
            QSet<QByteArrayView> *codes = list == rpjmnKey        ? &d.rpjmnCodes
                                          : list == registeredKey ? &d.registeredCodes
                                                                  : nullptr;
            QSet<QByteArrayView> *names = list == rpjmnKey        ? &d.rpjmnNames
                                          : list == registeredKey ? &d.registeredNames
                                                                  : nullptr;
            if (!codes)
                return;
            if (!row.isNull(1))
                codes->insert(d.text.store(row.text(1)));
            if (!row.isNull(3))
                names->insert(d.text.store(row.text(2), row.text(3)));
        });
        if (!read)
            return read.error();
    }
    d.rpjmnList = listKinds.contains(rpjmnKey);
    d.registeredList = listKinds.contains(registeredKey);
    if (Result<void> rows = readRows(d, cutoffText); !rows)
        return rows.error();
    return prepared;
}

Result<void> PushSource::readRows(Prepared &d, const QString &cutoffText) const
{
    using Puskesmas = Prepared::Puskesmas;
    QList<Puskesmas> all; // the cut-off's Puskesmas by id
    Result<void> read = forEachRow(m_db, SelectPushPuskesmasSql, 4, cutoffText,
                                   [&](const Row &row) {
                                       Puskesmas p;
                                       p.id = row.integer(0);
                                       p.kategori = d.text.store(row.text(1));
                                       p.rpjmn = row.integer(2) == 1;
                                       p.registered = row.integer(3) == 1;
                                       all.append(p);
                                   });
    if (!read)
        return read;
    // Names and districts, merged by id; only the region's Puskesmas keep theirs.
    qsizetype next = 0;
    QByteArray nameKey;
    read = forEachRow(m_db, SelectPushNamesSql, 5, cutoffText, [&](const Row &row) {
        const qint64 id = row.integer(0);
        while (next < all.size() && all.at(next).id < id)
            ++next; // without a name: left out, as a join would
        if (next == all.size() || all.at(next).id != id)
            return; // not in this cut-off
        Puskesmas &p = all[next++];
        const QByteArrayView district = row.text(1);
        if (!inRegion(district, d.level, d.region))
            return;
        p.named = true;
        p.district = d.text.store(district);
        p.code = d.text.store(row.text(2));
        p.name = d.text.store(row.text(3));
        p.nameKey = d.text.store(row.text(4));
        // Membership lists imported for this cut-off decide; without one, the import's flags.
        nameKey.resize(0); // keeps its capacity: no allocation per row
        nameKey.append(p.district).append('|').append(p.nameKey);
        if (d.rpjmnList)
            p.rpjmn = (!p.code.isEmpty() && d.rpjmnCodes.contains(p.code))
                      || d.rpjmnNames.contains(nameKey);
        if (d.registeredList)
            p.registered = (!p.code.isEmpty() && d.registeredCodes.contains(p.code))
                           || d.registeredNames.contains(nameKey);
    });
    if (!read)
        return read;
    all.removeIf([](const Puskesmas &p) { return !p.named; });

    // Counts, merged by id (a Puskesmas without any keeps zeros).
    const int types = NakesTypes::count();
    QList<QByteArray> typeKeys;
    for (int t = 0; t < types; ++t)
        typeKeys.append(NakesTypes::at(t).key.toUtf8());
    d.counts = QList<int>(all.size() * 2 * types, 0);
    for (qsizetype i = 0; i < all.size(); ++i)
        all[i].counts = i * 2 * types;
    // Each Puskesmas' count rows come in type-key order, the same each time: the type seen at
    // the same place for the previous Puskesmas is tried first.
    QList<qsizetype> typeAtPlace;
    int place = 0;
    qint64 lastId = -1;
    next = 0;
    read = forEachRow(m_db, SelectPushCountsSql, 4, cutoffText, [&](const Row &row) {
        const qint64 id = row.integer(0);
        place = id == lastId ? place + 1 : 0;
        lastId = id;
        while (next < all.size() && all.at(next).id < id)
            ++next;
        if (next == all.size() || all.at(next).id != id)
            return; // another region's Puskesmas
        const QByteArrayView key = row.text(1);
        if (typeAtPlace.size() <= place)
            typeAtPlace.resize(place + 1, -1);
        qsizetype t = typeAtPlace.at(place);
        if (t < 0 || typeKeys.at(t) != key)
            typeAtPlace[place] = t = typeKeys.indexOf(key);
        if (t < 0)
            return; // a type this version does not know
        int *counts = d.counts.data() + all.at(next).counts;
        counts[t] = int(row.integer(2));
        counts[types + t] = int(row.integer(3));
    });
    if (!read)
        return read;

    // The order Store::loadSnapshot gives (district, name key, id: SQLite's binary order).
    auto binary = [](QByteArrayView a, QByteArrayView b) { // memcmp, then the shorter first
        const qsizetype common = std::min(a.size(), b.size());
        const int c = common > 0 ? std::memcmp(a.data(), b.data(), size_t(common)) : 0;
        return c != 0 ? c : a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
    };
    std::sort(all.begin(), all.end(), [&binary](const Puskesmas &a, const Puskesmas &b) {
        if (const int c = binary(a.district, b.district); c != 0)
            return c < 0;
        if (const int c = binary(a.nameKey, b.nameKey); c != 0)
            return c < 0;
        return a.id < b.id;
    });
    d.puskesmas = std::move(all);
    return {};
}

bool PushSource::preparedSample() const
{
    return m_prepared && m_prepared->sample;
}

Result<int> PushSource::sendRows(const PgServer::RowSink &send) const
{
    if (!m_db.isOpen() || !m_prepared)
        return notOpen();
    const Prepared &d = *m_prepared;
    const int types = NakesTypes::count();
    constexpr qsizetype Chunk = 1 << 18;
    QByteArray buffer;
    buffer.reserve(Chunk + 4096);
    QByteArrayView district;
    int pos = 0;
    for (const Prepared::Puskesmas &p : d.puskesmas) {
        if (p.district != district) {
            district = p.district;
            pos = 0;
        }
        PgServer::appendPushFields(buffer, p.district, pos++, p.code, p.name, p.kategori,
                                   p.rpjmn, p.registered);
        const int *counts = d.counts.constData() + p.counts;
        PgServer::appendPushCounts(buffer, counts, counts + types);
        if (buffer.size() >= Chunk) {
            if (!send(buffer))
                return Error {Error::Kind::Database, {}}; // the caller reports the connection's
            buffer.resize(0);
        }
    }
    if (!buffer.isEmpty() && !send(buffer))
        return Error {Error::Kind::Database, {}};
    return int(d.puskesmas.size());
}

} // namespace Lengkap
