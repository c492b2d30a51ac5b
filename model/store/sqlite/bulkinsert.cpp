#include "bulkinsert.h"

#include "databaseerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

#if LENGKAP_SQLITE_API
#include <dlfcn.h>
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

std::atomic<bool> sqliteApiAllowed {true};

QString insertHead(const QString &table, const QStringList &columns)
{
    return u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s));
}

QString placeholders(qsizetype columns, qsizetype rows)
{
    QString row = u"("_s;
    for (qsizetype c = 0; c < columns; ++c)
        row += c ? u",?"_s : u"?"_s;
    row += u')';
    QString text;
    for (qsizetype r = 0; r < rows; ++r) {
        if (r)
            text += u',';
        text += row;
    }
    return text;
}

#if LENGKAP_SQLITE_API
// The connection's sqlite3 handle, when it is safe to use with the SQLite this program links:
// only if Qt's SQLite plugin resolves sqlite3_step to the same function as we do, that is, both
// run on one shared libsqlite3 (Debian's Qt does). A plugin with SQLite compiled in (Qt's own
// binaries) has its own copy, whose handles must not meet another copy's code.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!sqliteApiAllowed.load(std::memory_order_relaxed))
        return nullptr;
    const QSqlDriver *driver = db.driver();
    if (!driver || !db.isOpen())
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    static const bool sameLibrary = [driver] {
        // The driver's meta-object lives in the plugin; ask the plugin's own symbol lookup
        // (which searches the plugin and its dependencies) where sqlite3_step is.
        Dl_info info {};
        if (!dladdr(driver->metaObject(), &info) || !info.dli_fname)
            return false;
        void *plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
        if (!plugin)
            return false;
        const void *step = dlsym(plugin, "sqlite3_step");
        dlclose(plugin);
        const bool same = step == reinterpret_cast<const void *>(&sqlite3_step);
        qCDebug(lcStore) << "SQLite C API for bulk inserts:" << (same ? "yes" : "no");
        return same;
    }();
    return sameLibrary ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}
#endif

} // namespace

class BulkInsert::Backend
{
public:
    virtual ~Backend() = default;
    virtual Result<void> add(std::initializer_list<SqlValue> row) = 0;
    virtual Result<void> finish() = 0;
};

namespace {

#if LENGKAP_SQLITE_API
// Rows gathered into groups of RowsPerStatement and written by one multi-row statement, prepared
// once; the last, shorter group by a statement of its own size. Values are bound in place
// (text as SQLITE_STATIC: the held copies below keep the bytes alive until the step).
class SqliteBackend final : public BulkInsert::Backend
{
public:
    SqliteBackend(sqlite3 *db, const QString &table, const QString &head, int columns)
        : m_db(db)
        , m_table(table)
        , m_head(head)
        , m_columns(columns)
        , m_rowsPerStatement(std::max(1, std::min(64, MaxVariables / columns)))
    {
        m_held.reserve(m_rowsPerStatement * columns);
    }
    ~SqliteBackend() override { sqlite3_finalize(m_full); }

    Result<void> add(std::initializer_list<SqlValue> row) override
    {
        Q_ASSERT(int(row.size()) == m_columns);
        for (const SqlValue &value : row) {
            Held held {value.kind(), value.integer(), {}};
            if (value.kind() == SqlValue::Kind::Text)
                held.text = value.ownedText();
            m_held.append(std::move(held));
        }
        if (m_held.size() == qsizetype(m_rowsPerStatement) * m_columns)
            return flush();
        return {};
    }

    Result<void> finish() override { return m_held.isEmpty() ? Result<void>() : flush(); }

private:
    // SQLite's lowest limit on bound parameters (SQLITE_MAX_VARIABLE_NUMBER before 3.32).
    static constexpr int MaxVariables = 999;

    struct Held
    {
        SqlValue::Kind kind;
        qint64 integer;
        QByteArray text;
    };

    Result<void> flush()
    {
        const int rows = int(m_held.size() / m_columns);
        sqlite3_stmt *statement = nullptr;
        sqlite3_stmt *tail = nullptr;
        if (rows == m_rowsPerStatement) {
            if (!m_full)
                m_full = prepare(rows);
            statement = m_full;
        } else {
            statement = tail = prepare(rows);
        }
        if (!statement) {
            m_held.clear();
            return databaseError(m_prepareError, m_table);
        }
        int rc = SQLITE_OK;
        for (qsizetype i = 0; i < m_held.size() && rc == SQLITE_OK; ++i) {
            const Held &value = m_held.at(i);
            const int index = int(i) + 1;
            switch (value.kind) {
            case SqlValue::Kind::Null:
                rc = sqlite3_bind_null(statement, index);
                break;
            case SqlValue::Kind::Integer:
                rc = sqlite3_bind_int64(statement, index, value.integer);
                break;
            case SqlValue::Kind::Text:
                // A null QByteArray is empty text, not NULL.
                rc = sqlite3_bind_text(statement, index,
                                       value.text.isNull() ? "" : value.text.constData(),
                                       int(value.text.size()), SQLITE_STATIC);
                break;
            }
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_step(statement);
        const int code = sqlite3_extended_errcode(m_db);
        const QString message = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement); // no view of the held text outlives it
        sqlite3_finalize(tail);
        m_held.clear();
        if (rc != SQLITE_DONE)
            return sqliteError(code, message, m_table);
        return {};
    }

    sqlite3_stmt *prepare(int rows)
    {
        const QByteArray text = (m_head + placeholders(m_columns, rows)).toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()),
                               rows == m_rowsPerStatement ? SQLITE_PREPARE_PERSISTENT : 0,
                               &statement, nullptr)
            != SQLITE_OK) {
            m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_finalize(statement);
            return nullptr;
        }
        return statement;
    }

    sqlite3 *m_db;
    QString m_table;
    QString m_head;
    int m_columns;
    int m_rowsPerStatement;
    sqlite3_stmt *m_full = nullptr;
    QList<Held> m_held;
    QString m_prepareError;
};
#endif

// Multi-row INSERTs of RowsPerStatement rows through QSqlQuery (positional parameters, the full
// statement prepared once), so Qt's per-statement overhead is paid once per hundred rows.
class QtBackend final : public BulkInsert::Backend
{
public:
    static constexpr int RowsPerStatement = 100;

    QtBackend(const QSqlDatabase &db, const QString &table, const QString &head, int columns)
        : m_db(db)
        , m_table(table)
        , m_head(head)
        , m_columns(columns)
        , m_full(db)
    {
        m_values.reserve(RowsPerStatement * columns);
    }

    Result<void> add(std::initializer_list<SqlValue> row) override
    {
        Q_ASSERT(int(row.size()) == m_columns);
        for (const SqlValue &value : row) {
            switch (value.kind()) {
            case SqlValue::Kind::Null:
                m_values.append(QVariant());
                break;
            case SqlValue::Kind::Integer:
                m_values.append(QVariant(value.integer()));
                break;
            case SqlValue::Kind::Text:
                m_values.append(value.text().isNull() ? u""_s : QString::fromUtf8(value.text()));
                break;
            }
        }
        if (m_values.size() == RowsPerStatement * m_columns)
            return flush();
        return {};
    }

    Result<void> finish() override
    {
        Result<void> flushed = m_values.isEmpty() ? Result<void>() : flush();
        m_full.finish();
        return flushed;
    }

private:
    Result<void> flush()
    {
        const qsizetype rows = m_values.size() / m_columns;
        QSqlQuery tail(m_db);
        QSqlQuery *query = &m_full;
        if (rows == RowsPerStatement) {
            if (!m_prepared && !m_full.prepare(m_head + placeholders(m_columns, rows)))
                return databaseError(m_full.lastError(), m_table);
            m_prepared = true;
        } else {
            if (!tail.prepare(m_head + placeholders(m_columns, rows)))
                return databaseError(tail.lastError(), m_table);
            query = &tail;
        }
        for (qsizetype i = 0; i < m_values.size(); ++i)
            query->bindValue(int(i), m_values.at(i));
        m_values.clear();
        if (!query->exec())
            return databaseError(query->lastError(), m_table);
        return {};
    }

    QSqlDatabase m_db;
    QString m_table;
    QString m_head;
    int m_columns;
    QSqlQuery m_full;
    bool m_prepared = false;
    QVariantList m_values;
};

} // namespace

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    const QString head = insertHead(table, columns);
#if LENGKAP_SQLITE_API
    if (sqlite3 *handle = sqliteHandle(db)) {
        m_backend = std::make_unique<SqliteBackend>(handle, table, head, int(columns.size()));
        return;
    }
#endif
    m_backend = std::make_unique<QtBackend>(db, table, head, int(columns.size()));
}

BulkInsert::~BulkInsert() = default;

Result<void> BulkInsert::add(std::initializer_list<SqlValue> row)
{
    return m_backend->add(row);
}

Result<void> BulkInsert::finish()
{
    return m_backend->finish();
}

bool BulkInsert::usesSqliteApi(const QSqlDatabase &db)
{
#if LENGKAP_SQLITE_API
    return sqliteHandle(db) != nullptr;
#else
    Q_UNUSED(db);
    return false;
#endif
}

void *BulkInsert::sqliteApiHandle(const QSqlDatabase &db)
{
#if LENGKAP_SQLITE_API
    return sqliteHandle(db);
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

void BulkInsert::setSqliteApiAllowed(bool allowed)
{
    sqliteApiAllowed.store(allowed, std::memory_order_relaxed);
}

} // namespace Lengkap
