#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The invalid rows of one file, gathered so that the user sees them all at once, one
// "file:line: message" per line, instead of one per attempt (DOMAIN.md §5: nothing is imported
// while any row is invalid). After Limit of them the reader stops. What is wrong with the file
// as a whole (header, quoting, encoding) still stops a reader at once.
namespace Lengkap {

class RowErrors
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::RowErrors)

public:
    static constexpr int Limit = 50;

    explicit RowErrors(QString file)
        : m_file(std::move(file))
    {
    }

    // Adds a row's error; false once Limit are gathered (stop reading).
    bool add(const Error &error);
    bool isEmpty() const { return m_messages.isEmpty(); }
    // The reader's end, given the record source's own error (a broken file, or a cancelled
    // read, which wins): nothing when every row was valid, else one Input error listing all.
    std::optional<Error> finish(const std::optional<Error> &sourceError = std::nullopt) const;

private:
    QString m_file;
    QStringList m_messages;
    bool m_full = false;
};

} // namespace Lengkap
