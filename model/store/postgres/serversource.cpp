#include "serversource.h"

#include <QCoreApplication>

namespace Lengkap {

namespace {
struct SourceTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::PgServer)
};
} // namespace

ServerSource::ServerSource(std::shared_ptr<PgServer> server, ServerAccount account)
    : m_server(std::move(server))
    , m_account(std::move(account))
{
}

Result<std::shared_ptr<ServerSource>> ServerSource::open(std::shared_ptr<PgServer> server)
{
    if (Result<void> schema = server->checkSchema(); !schema)
        return schema.error();
    Result<ServerAccount> account = server->account();
    if (!account)
        return account.error();
    return std::shared_ptr<ServerSource>(new ServerSource(std::move(server), std::move(*account)));
}

Result<QList<QDate>> ServerSource::cutoffs() const
{
    return m_server->cutoffs();
}

Result<Snapshot> ServerSource::loadSnapshot(QDate cutoff) const
{
    Result<QList<ServerCutoff>> fetched = m_server->fetch(cutoff);
    if (!fetched)
        return fetched.error();
    if (fetched->isEmpty())
        return Error {
            Error::Kind::Input,
            SourceTr::tr("The server holds no data for %1.").arg(cutoff.toString(Qt::ISODate))};
    return PgServer::toSnapshot(fetched->first());
}

QString ServerSource::sourceName() const
{
    return SourceTr::tr("%1 (account %2)").arg(m_server->displayName(), m_account.role);
}

Result<std::optional<SkmStandards>> ServerSource::standards() const
{
    Result<SkmStandards> standards = m_server->standards();
    if (!standards)
        return standards.error();
    return std::optional<SkmStandards>(std::move(*standards));
}

} // namespace Lengkap
