#pragma once

#include "importbatch.h"
#include "result.h"
#include "skm.h"
#include "snapshot.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// The PostgreSQL back end: the shared store of a province or the ministry, which district laptops
// push their cut-offs to and planners pull from (issue 15). Talks libpq directly, so a --server
// string means what it means to psql: a "key=value" string, a URI or "service=NAME", with
// passwords from .pgpass / PGPASSFILE and sslmode as libpq defines them. Rights are the server's
// business (row-level security and SECURITY DEFINER functions set up by init()); this class only
// asks. One object per connection, used by one thread.
namespace Lengkap {

struct PgConnection; // libpq's PGconn, kept out of this header

enum class AccountScope { District, Province, National };

// Who the connection is, as the server's lengkap.account says.
struct ServerAccount
{
    QString role;
    bool admin = false; // owns the Lengkap schema: pushes anything, manages accounts
    std::optional<AccountScope> scope; // unset for the admin or an unknown role
    QString region; // district code "52.03", province code "52", or "" (national)
    bool mayPush() const { return admin || scope == AccountScope::District; }
};

struct PushOutcome
{
    QStringList districtCodes; // pushed, sorted
    QStringList replacedDistricts; // those whose earlier push for the cut-off went to history
    int puskesmas = 0;
};

// One cut-off as the server holds it: the current push of each district visible to the account.
struct ServerCutoff
{
    QDate cutoff;
    ImportBatch batch; // format "server"; sample when any district's push was sample data
};

// The rows a push sends, in COPY text format (one line per Puskesmas, tab-separated, district
// code first): exposed so the benchmark can \copy exactly the same rows.
struct PushRows
{
    // district_code, pos, code, name, kategori, rpjmn, registered, asn[], non_asn[]
    QByteArray puskesmas;
    QByteArray typeKeys; // "{dokter,dokter_gigi,...}": the order of the count arrays
    int puskesmasCount = 0;
};

class PgServer
{
public:
    // The server schema this program writes; a server with a higher version is refused.
    static constexpr int SchemaVersion = 2;

    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Connects with libpq's conventions. When the server wants a password that neither the
    // string nor .pgpass gave, askPassword (if set) is called once and the connection retried.
    Result<void> connect(const QString &conninfo, const std::function<QString()> &askPassword = {});
    void disconnect();
    bool isConnected() const;
    // "dbname on host" for messages and the import log; never a password.
    QString displayName() const;

    // Creates the Lengkap schema (refused when one exists). The caller becomes its admin.
    Result<void> init();
    // Brings an older schema to SchemaVersion; returns the version found. Refuses a newer one.
    Result<int> migrate();
    // The schema version on the server, 0 when there is no Lengkap schema.
    Result<int> schemaVersion();
    // Refuses (Kind::Database) a server without a schema, or with an older or newer one.
    Result<void> checkSchema();

    Result<ServerAccount> account();
    // Creates a login role limited to a district, a province or the nation. Admin only (the
    // server refuses others). An empty password makes a role without one (peer, cert, trust).
    Result<void> addUser(const QString &role, AccountScope scope, const QString &region,
                         const QString &password);

    // Sends the districts' rows of the snapshot as their data for its cut-off, in one server
    // transaction: all or nothing. The server refuses the whole push (Kind::Input) when the
    // account may not push one of the districts. afterCopy runs after the rows reached the
    // server and before they are committed (tests stop the server or kill the client there).
    // beforeCommit, when set, runs last before COMMIT: an error from it rolls the push back
    // (the CLI waits there for the local file's integrity check, run alongside the push).
    Result<PushOutcome> push(const Snapshot &snapshot, const QStringList &districtCodes,
                             const QString &source, const std::function<void()> &afterCopy = {},
                             const std::function<Result<void>()> &beforeCommit = {});
    static PushRows pushRows(const Snapshot &snapshot, const QStringList &districtCodes);

    // The same push with its rows made while they are sent (the CLI reads the local file while
    // the server already parses what came): produce runs once the COPY began and hands rows in
    // pushRows' format to send (false: the connection failed); it returns how many Puskesmas it
    // sent, or an error that rolls the push back.
    using RowSink = std::function<bool(const QByteArray &rows)>;
    Result<PushOutcome> push(QDate cutoff, bool sample, const QString &source,
                             const std::function<Result<int>(const RowSink &send)> &produce,
                             const std::function<void()> &afterCopy = {},
                             const std::function<Result<void>()> &beforeCommit = {});
    // One line of pushRows: counts by NakesTypes index.
    static void appendPushRow(QByteArray &rows, QByteArrayView district, int pos,
                              QByteArrayView code, QByteArrayView name, QByteArrayView kategori,
                              bool rpjmn, bool registered, const int *asn, const int *nonAsn);
    // The same line in two steps: the fields up to the counts (with their tab), then the
    // counts and the newline.
    static void appendPushFields(QByteArray &rows, QByteArrayView district, int pos,
                                 QByteArrayView code, QByteArrayView name,
                                 QByteArrayView kategori, bool rpjmn, bool registered);
    static void appendPushCounts(QByteArray &rows, const int *asn, const int *nonAsn);

    // The cut-offs the server holds for the account, oldest first.
    Result<QList<QDate>> cutoffs();
    // The current data of every visible district at the cut-off (or at every cut-off when
    // cutoff is null), limited to a province when provinceCode is set. One read-only snapshot
    // of the server.
    Result<QList<ServerCutoff>> fetch(QDate cutoff, const QString &provinceCode = {});
    // The SKM standards every account reads (lengkap.standards, "skm"), checked as a local
    // standards file is (SkmStandards::fromJson).
    Result<SkmStandards> standards();
    // Replaces them. Only the admin may: the server refuses (Kind::Input) any other role.
    Result<void> setStandards(const SkmStandards &standards);

    // A fetched cut-off as the analysis reads it, without a local file.
    static Snapshot toSnapshot(const ServerCutoff &data);

private:
    std::unique_ptr<PgConnection> m_conn;
};

} // namespace Lengkap
