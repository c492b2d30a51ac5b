#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QStringList>

#include <initializer_list>
#include <memory>

// Many rows into one table, fast: an import writes ~93,000 count rows, and Qt's per-value
// binding (QSqlResult::bindValue builds a placeholder name with QString::arg for every value)
// cost more than SQLite's own work. Where Qt's SQLite driver runs on the very SQLite library this
// program links (checked at run time, see bulkinsert.cpp), rows go through SQLite's C API: one
// multi-row statement prepared once, values bound in place, one step per group of rows (a step
// per row cost SQLite 40% more instructions than a step per 64 rows, issue 13). Elsewhere (Qt
// builds with their own copy of SQLite, as on Windows) a portable path writes multi-row INSERTs
// through QSqlQuery. Both write inside the caller's transaction; tests run both.
namespace Lengkap {

// One value of a row: NULL, an integer, or UTF-8 text. Rows are written in groups, so text must
// outlive add(): text given as a QByteArray is kept by sharing it (no copy), text given as a
// view is copied.
class SqlValue
{
public:
    enum class Kind { Null, Integer, Text };

    SqlValue() = default;
    SqlValue(std::nullptr_t) { }
    SqlValue(int value)
        : m_kind(Kind::Integer)
        , m_integer(value)
    {
    }
    SqlValue(qint64 value)
        : m_kind(Kind::Integer)
        , m_integer(value)
    {
    }
    SqlValue(QByteArrayView utf8)
        : m_kind(Kind::Text)
        , m_text(utf8)
    {
    }
    SqlValue(const QByteArray &utf8)
        : m_kind(Kind::Text)
        , m_text(utf8)
        , m_owner(utf8)
    {
    }

    Kind kind() const { return m_kind; }
    qint64 integer() const { return m_integer; }
    QByteArrayView text() const { return m_text; }
    // The text's bytes, kept alive: shared when given as a QByteArray, else copied.
    QByteArray ownedText() const
    {
        return m_owner.isNull() && !m_text.isNull() ? m_text.toByteArray() : m_owner;
    }

private:
    Kind m_kind = Kind::Null;
    qint64 m_integer = 0;
    QByteArrayView m_text;
    QByteArray m_owner;
};

class BulkInsert
{
public:
    BulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // One row, a value per column in order. An error (a CHECK or UNIQUE constraint, a full disk)
    // may surface here or in finish(); the caller's transaction then rolls back.
    Result<void> add(std::initializer_list<SqlValue> row);
    Result<void> finish();

    // Whether rows on this connection go through SQLite's C API.
    static bool usesSqliteApi(const QSqlDatabase &db);
    // The connection's sqlite3 handle (a sqlite3 *) under the same rule, else nullptr: for a
    // reader that goes through SQLite's C API for the same reason (model/store/postgres/pushsource.cpp).
    static void *sqliteApiHandle(const QSqlDatabase &db);
    // Tests turn the C API path off to check the portable one writes the same rows.
    static void setSqliteApiAllowed(bool allowed);

    class Backend;

private:
    std::unique_ptr<Backend> m_backend;
};

} // namespace Lengkap
