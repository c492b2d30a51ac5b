#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Move-only RAII transaction (as Mixxx's SqlTransaction): BEGIN IMMEDIATE on construction, so a
// writer holds the lock from the start; rolls back in the destructor unless commit() succeeded.
// Nested inside another Transaction on the same connection (depth counter owned by the Store,
// as KMyMoney's commit units), it becomes a SAVEPOINT, so a composite write such as the sample
// data set (two cut-offs and four lists) is all or nothing.
namespace Lengkap {

class Transaction
{
public:
    Transaction(QSqlDatabase db, int *depth)
        : m_db(std::move(db))
        , m_depth(depth)
        , m_level((*depth)++)
    {
        QSqlQuery begin(m_db);
        m_active = begin.exec(m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                           : savepoint(u"SAVEPOINT"));
        if (!m_active)
            m_error = begin.lastError();
    }
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery rollback(m_db);
            if (m_level == 0) {
                rollback.exec(QStringLiteral("ROLLBACK"));
            } else {
                rollback.exec(savepoint(u"ROLLBACK TO"));
                rollback.exec(savepoint(u"RELEASE"));
            }
        }
        if (m_depth)
            --*m_depth;
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // Why BEGIN or COMMIT failed: the statement's error, with SQLite's result code. The
    // connection's own lastError() stays empty when a QSqlQuery fails.
    QSqlError lastError() const { return m_error; }
    bool commit()
    {
        if (!m_active)
            return false;
        QSqlQuery commit(m_db);
        if (!commit.exec(m_level == 0 ? QStringLiteral("COMMIT") : savepoint(u"RELEASE"))) {
            m_error = commit.lastError();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QString savepoint(QStringView verb) const
    {
        return verb.toString() + QStringLiteral(" lengkap_%1").arg(m_level);
    }

    QSqlDatabase m_db;
    int *m_depth = nullptr;
    int m_level = 0;
    bool m_active = false;
    QSqlError m_error;
};

} // namespace Lengkap
