#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

// Move-only RAII transaction (as Mixxx's SqlTransaction): BEGIN IMMEDIATE on construction, so a
// writer holds the lock from the start; rolls back in the destructor unless commit() succeeded.
namespace Lengkap {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery rollback(m_db);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction(Transaction &&other) noexcept
        : m_db(std::move(other.m_db))
        , m_active(std::exchange(other.m_active, false))
    {
    }

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        QSqlQuery commit(m_db);
        if (!commit.exec(QStringLiteral("COMMIT")))
            return false;
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Lengkap
