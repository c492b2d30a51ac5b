#include "rowerrors.h"

using namespace Qt::StringLiterals;

namespace Lengkap {

bool RowErrors::add(const Error &error)
{
    if (m_full)
        return false;
    m_messages.append(error.message);
    m_full = m_messages.size() >= Limit;
    return !m_full;
}

std::optional<Error> RowErrors::finish(const std::optional<Error> &sourceError) const
{
    if (sourceError && sourceError->kind == Error::Kind::Cancelled)
        return sourceError;
    QStringList messages = m_messages;
    if (m_full)
        messages.append(
            tr("%1: stopped reading after %n invalid rows", nullptr, Limit).arg(m_file));
    if (sourceError)
        messages.append(sourceError->message);
    if (messages.isEmpty())
        return std::nullopt;
    return inputError(messages.join(u'\n'));
}

} // namespace Lengkap
