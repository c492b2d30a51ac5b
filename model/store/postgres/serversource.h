#pragma once

#include "pgserver.h"
#include "snapshotsource.h"

#include <memory>

// The province server as a SnapshotSource (issue 15): what the window shows when connected. Each
// cut-off is fetched when asked for, as the account may read it; the SKM standards are the
// server's. The connection is shared: the window keeps the source, and with it the connection,
// for as long as it may ask for another cut-off.
namespace Lengkap {

class ServerSource : public SnapshotSource
{
public:
    // Checks the schema version and reads who the connection is.
    static Result<std::shared_ptr<ServerSource>> open(std::shared_ptr<PgServer> server);

    Result<QList<QDate>> cutoffs() const override;
    Result<Snapshot> loadSnapshot(QDate cutoff) const override;
    QString sourceName() const override; // "lengkap on host (account dinkes_lebak)"
    bool acceptsImports() const override { return false; }
    bool acceptsPushes() const override { return m_account.mayPush(); }
    Result<std::optional<SkmStandards>> standards() const override;

    const ServerAccount &account() const { return m_account; }
    const std::shared_ptr<PgServer> &server() const { return m_server; }

private:
    ServerSource(std::shared_ptr<PgServer> server, ServerAccount account);

    std::shared_ptr<PgServer> m_server;
    ServerAccount m_account;
};

} // namespace Lengkap
