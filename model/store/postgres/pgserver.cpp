#include "pgserver.h"

#include "nakestypes.h"
#include "skm.h"
#include "wilayah.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QVarLengthArray>

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "lengkap.server")

namespace Lengkap {

struct PgConnection
{
    PGconn *conn = nullptr;
    ~PgConnection()
    {
        if (conn)
            PQfinish(conn);
    }
};

namespace {

struct ServerTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::PgServer)
};

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

// The only way in for clients (schema 1's, remade by schema 2 with the check of its table).
// Reads the rows the client copied into the temporary table push_prepare() made, checks the
// account may push every district in them (else nothing is written), moves each district's
// current push to history and writes the new one.
constexpr const char *PushFunctionSql =
    R"(CREATE OR REPLACE FUNCTION lengkap.push(p_cutoff date, p_source text, p_sample boolean,
                                    p_type_keys text[])
        RETURNS TABLE (out_district text, out_replaced boolean)
        LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, lengkap, pg_temp AS $$
        DECLARE
            acct lengkap.account;
            is_admin boolean;
            others text;
        BEGIN
            -- The rows must be in the table push_prepare() made in this transaction: one the
            -- client made itself could be a view calling the client's own functions, which
            -- this function (running as the schema's owner) would then run with its rights.
            IF NOT EXISTS (SELECT 1 FROM pg_class c
                           WHERE c.oid = to_regclass('pg_temp.push_puskesmas')
                             AND c.relkind = 'r' AND c.relowner = (
                                 SELECT r.oid FROM pg_roles r WHERE r.rolname = current_user))
            THEN
                RAISE EXCEPTION USING ERRCODE = '42501',
                    MESSAGE = 'permission denied: a push sends its rows into the table '
                              'lengkap.push_prepare() makes';
            END IF;
            is_admin := pg_has_role(session_user,
                (SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = 'lengkap'), 'MEMBER');
            SELECT a.* INTO acct FROM lengkap.account a WHERE a.role = session_user;
            IF NOT is_admin AND (acct.role IS NULL OR acct.scope <> 'district') THEN
                RAISE EXCEPTION USING ERRCODE = '42501',
                    MESSAGE = format('account %s may not push data (only district accounts push)',
                                     session_user);
            END IF;
            IF NOT is_admin THEN
                SELECT string_agg(DISTINCT s.district_code, ', ') INTO others
                FROM pg_temp.push_puskesmas s
                WHERE s.district_code IS DISTINCT FROM acct.region;
                IF others IS NOT NULL THEN
                    RAISE EXCEPTION USING ERRCODE = '42501',
                        MESSAGE = format('account %s may push only district %s; the data also '
                                         'hold %s', session_user, acct.region, others);
                END IF;
            END IF;
            IF cardinality(p_type_keys) IS NULL
               OR cardinality(p_type_keys) <> (SELECT count(DISTINCT k) FROM unnest(p_type_keys) k)
               OR NOT p_type_keys <@ (SELECT array_agg(t.key) FROM lengkap.nakes_type t) THEN
                RAISE EXCEPTION USING ERRCODE = '22023',
                    MESSAGE = format('unknown or repeated worker types %s', p_type_keys);
            END IF;
            IF EXISTS (SELECT 1 FROM pg_temp.push_puskesmas s
                       WHERE cardinality(s.asn) IS DISTINCT FROM cardinality(p_type_keys)
                          OR cardinality(s.non_asn) IS DISTINCT FROM cardinality(p_type_keys)) THEN
                RAISE EXCEPTION USING ERRCODE = '22023',
                    MESSAGE = 'every Puskesmas needs one ASN and one Non-ASN count per type';
            END IF;
            CREATE TEMPORARY TABLE push_map (district_code text PRIMARY KEY, id bigint NOT NULL,
                                             puskesmas integer NOT NULL,
                                             replaced boolean NOT NULL DEFAULT false)
                ON COMMIT DROP;
            INSERT INTO pg_temp.push_map (district_code, id, puskesmas)
                SELECT d.district_code, nextval('lengkap.push_id_seq'), d.n
                FROM (SELECT s.district_code, count(*) AS n FROM pg_temp.push_puskesmas s
                      GROUP BY s.district_code ORDER BY 1) d;
            IF NOT FOUND THEN
                RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'the push holds no Puskesmas';
            END IF;
            -- One pusher per district and cut-off at a time, taken in code order (no deadlock).
            PERFORM pg_advisory_xact_lock(hashtext('lengkap.push'), hashtext(p_cutoff::text
                                                                             || m.district_code))
                FROM pg_temp.push_map m ORDER BY m.district_code;
            UPDATE pg_temp.push_map m SET replaced = true FROM lengkap.push p
                WHERE p.cutoff = p_cutoff AND p.district_code = m.district_code
                  AND p.replaced_at IS NULL;
            UPDATE lengkap.push p SET replaced_at = now(), replaced_by = session_user
                FROM pg_temp.push_map m
                WHERE p.cutoff = p_cutoff AND p.district_code = m.district_code
                  AND p.replaced_at IS NULL;
            INSERT INTO lengkap.push (id, cutoff, district_code, pushed_by, source, sample,
                                      puskesmas, type_keys)
                SELECT m.id, p_cutoff, m.district_code, session_user, coalesce(p_source, ''),
                       coalesce(p_sample, false), m.puskesmas, p_type_keys
                FROM pg_temp.push_map m;
            INSERT INTO lengkap.puskesmas (push_id, pos, district_code, code, name, kategori,
                                           rpjmn, registered, asn, non_asn)
                SELECT m.id, s.pos, m.district_code, s.code, s.name, s.kategori, s.rpjmn,
                       s.registered, s.asn, s.non_asn
                FROM pg_temp.push_puskesmas s JOIN pg_temp.push_map m
                    ON m.district_code = s.district_code;
            RETURN QUERY SELECT m.district_code, m.replaced FROM pg_temp.push_map m
                ORDER BY m.district_code;
        END $$)";

// Server schema revision 1, all in schema "lengkap", owned by the role that ran init (the admin).
// A push is one row of lengkap.push per district and cut-off; its Puskesmas point at it, each
// with its ASN and Non-ASN counts as two arrays in the order of the push's type_keys (one row
// per Puskesmas, not per type: a national read is 10,300 rows, not 92,700; a 10th type is one
// more array element, named by the push). Re-pushing marks the earlier row replaced (when, by whom)
// and leaves its rows in place: that is the history. Clients get SELECT through row-level security
// and EXECUTE on lengkap.push(); no INSERT, UPDATE, DELETE or DDL anywhere.
constexpr const char *SchemaV1[] = {
    R"(CREATE SCHEMA lengkap)",
    R"(CREATE TABLE lengkap.meta (
        key text PRIMARY KEY,
        value text NOT NULL))",
    R"(CREATE TABLE lengkap.province (
        code text PRIMARY KEY,
        name text NOT NULL))",
    R"(CREATE TABLE lengkap.district (
        code text PRIMARY KEY,
        province_code text NOT NULL REFERENCES lengkap.province (code),
        name text NOT NULL))",
    R"(CREATE TABLE lengkap.nakes_type (
        key text PRIMARY KEY,
        position integer NOT NULL UNIQUE,
        label_id text NOT NULL,
        label_en text NOT NULL))",
    // SKM standards as the planner's JSON document (SkmStandards::toJson); admin writes only.
    R"(CREATE TABLE lengkap.standards (
        name text PRIMARY KEY,
        document text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by name NOT NULL DEFAULT session_user))",
    R"(CREATE TABLE lengkap.account (
        role name PRIMARY KEY,
        scope text NOT NULL CHECK (scope IN ('district', 'province', 'national')),
        region text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by name NOT NULL DEFAULT session_user))",
    R"(CREATE TABLE lengkap.push (
        id bigserial PRIMARY KEY,
        cutoff date NOT NULL CHECK (extract(day FROM cutoff) = 1),
        district_code text NOT NULL REFERENCES lengkap.district (code),
        pushed_by name NOT NULL,
        pushed_at timestamptz NOT NULL DEFAULT now(),
        source text NOT NULL DEFAULT '',
        sample boolean NOT NULL DEFAULT false,
        puskesmas integer NOT NULL,
        type_keys text[] NOT NULL,
        replaced_at timestamptz,
        replaced_by name))",
    R"(CREATE UNIQUE INDEX push_current ON lengkap.push (cutoff, district_code)
        WHERE replaced_at IS NULL)",
    R"(CREATE TABLE lengkap.puskesmas (
        push_id bigint NOT NULL REFERENCES lengkap.push (id) ON DELETE CASCADE,
        pos integer NOT NULL,
        district_code text NOT NULL,
        code text,
        name text NOT NULL,
        kategori text NOT NULL DEFAULT '',
        rpjmn boolean NOT NULL,
        registered boolean NOT NULL,
        asn smallint[] NOT NULL CHECK (0 <= ALL (asn) AND 999 >= ALL (asn)),
        non_asn smallint[] NOT NULL CHECK (0 <= ALL (non_asn) AND 999 >= ALL (non_asn)),
        CHECK (cardinality(asn) = cardinality(non_asn)),
        PRIMARY KEY (push_id, pos)))",
    // What the caller's account may read, as a LIKE pattern on district codes: evaluated once
    // per query (an InitPlan in the policies below), not once per row.
    R"(CREATE FUNCTION lengkap.read_pattern() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, lengkap AS $$
        SELECT CASE a.scope WHEN 'national' THEN '%' WHEN 'province' THEN a.region || '.%'
               ELSE a.region END
        FROM lengkap.account a WHERE a.role = session_user $$)",
    R"(ALTER TABLE lengkap.push ENABLE ROW LEVEL SECURITY)",
    R"(ALTER TABLE lengkap.puskesmas ENABLE ROW LEVEL SECURITY)",
    R"(ALTER TABLE lengkap.account ENABLE ROW LEVEL SECURITY)",
    R"(CREATE POLICY push_read ON lengkap.push FOR SELECT
        USING (district_code LIKE (SELECT lengkap.read_pattern())))",
    R"(CREATE POLICY puskesmas_read ON lengkap.puskesmas FOR SELECT
        USING (district_code LIKE (SELECT lengkap.read_pattern())))",
    R"(CREATE POLICY account_read ON lengkap.account FOR SELECT USING (role = session_user))",
    PushFunctionSql,
    R"(DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lengkap_client') THEN
            CREATE ROLE lengkap_client NOLOGIN;
        END IF;
    END $$)",
    R"(REVOKE ALL ON SCHEMA lengkap FROM PUBLIC)",
    R"(REVOKE ALL ON ALL TABLES IN SCHEMA lengkap FROM PUBLIC)",
    R"(REVOKE ALL ON ALL FUNCTIONS IN SCHEMA lengkap FROM PUBLIC)",
    R"(GRANT USAGE ON SCHEMA lengkap TO lengkap_client)",
    R"(GRANT SELECT ON lengkap.meta, lengkap.province, lengkap.district, lengkap.nakes_type,
        lengkap.standards, lengkap.account, lengkap.push, lengkap.puskesmas TO lengkap_client)",
    R"(GRANT EXECUTE ON FUNCTION lengkap.read_pattern(), lengkap.push(date, text, boolean, text[])
        TO lengkap_client)",
};

// Server schema revision 2: the table a push copies its rows into is made by the server
// (lengkap.push_prepare(), owned by the schema's owner, INSERT granted to the pushing role), and
// lengkap.push() reads only that table. In revision 1 the client made pg_temp.push_puskesmas
// itself, so it could make it a view over its own function, which lengkap.push() (SECURITY
// DEFINER) then ran with the owner's rights: a district account could change the standards or,
// with a superuser owner, anything (tst_pgserver pushTableMadeByClientRefused).
constexpr const char *SchemaV2[] = {
    R"(CREATE FUNCTION lengkap.push_prepare() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, lengkap, pg_temp AS $$
        BEGIN
            CREATE TEMPORARY TABLE push_puskesmas (district_code text NOT NULL,
                pos integer NOT NULL, code text, name text NOT NULL, kategori text NOT NULL,
                rpjmn boolean NOT NULL, registered boolean NOT NULL, asn smallint[] NOT NULL,
                non_asn smallint[] NOT NULL) ON COMMIT DROP;
            EXECUTE format('GRANT INSERT ON pg_temp.push_puskesmas TO %I', session_user);
        END $$)",
    PushFunctionSql,
    R"(REVOKE ALL ON FUNCTION lengkap.push_prepare() FROM PUBLIC)",
    R"(GRANT EXECUTE ON FUNCTION lengkap.push_prepare() TO lengkap_client)",
    R"(UPDATE lengkap.meta SET value = '2' WHERE key = 'schema_version')",
};

// The client's side of a push: the server makes the temporary table the rows are copied into
// (gone at commit or rollback).
constexpr const char *CreatePushTablesSql = "SELECT lengkap.push_prepare()";
constexpr const char *CopyPuskesmasSql = "COPY pg_temp.push_puskesmas FROM STDIN";
constexpr const char *CallPushSql
    = "SELECT out_district, out_replaced FROM lengkap.push($1, $2, $3, $4)";
constexpr const char *SelectVersionSql
    = "SELECT value FROM lengkap.meta WHERE key = 'schema_version'";
constexpr const char *SelectAccountSql
    = R"(SELECT session_user, pg_has_role(session_user, n.nspowner, 'MEMBER'), a.scope, a.region
        FROM pg_namespace n LEFT JOIN lengkap.account a ON a.role = session_user
        WHERE n.nspname = 'lengkap')";
constexpr const char *SelectCutoffsSql
    = "SELECT DISTINCT cutoff FROM lengkap.push WHERE replaced_at IS NULL ORDER BY cutoff";

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8).trimmed();
}

// COPY text format: backslash escapes for the characters that end fields and rows.
void appendCopyField(QByteArray &line, QByteArrayView value)
{
    // Most values need no escape: appended whole (a push makes ~30,000 of them).
    if (std::none_of(value.cbegin(), value.cend(),
                     [](char c) { return c == '\\' || c == '\t' || c == '\n' || c == '\r'; })) {
        line.append(value);
        return;
    }
    for (char c : value) {
        switch (c) {
        case '\\':
            line.append("\\\\");
            break;
        case '\t':
            line.append("\\t");
            break;
        case '\n':
            line.append("\\n");
            break;
        case '\r':
            line.append("\\r");
            break;
        default:
            line.append(c);
        }
    }
}

QList<QByteArray> splitCopyLine(const char *data, int size)
{
    QList<QByteArray> fields;
    QByteArray field;
    bool isNull = false;
    for (int i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\n')
            break;
        if (c == '\t') {
            fields.append(isNull ? QByteArray() : (field.isNull() ? QByteArray("") : field));
            field = QByteArray();
            isNull = false;
            continue;
        }
        if (c == '\\' && i + 1 < size) {
            const char n = data[++i];
            switch (n) {
            case 'N':
                isNull = true;
                break;
            case 't':
                field.append('\t');
                break;
            case 'n':
                field.append('\n');
                break;
            case 'r':
                field.append('\r');
                break;
            default:
                field.append(n);
            }
            continue;
        }
        field.append(c);
    }
    fields.append(isNull ? QByteArray() : (field.isNull() ? QByteArray("") : field));
    return fields;
}

} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer() = default;

namespace {

// Where a failed command leaves us: the server's message, or the lost connection said plainly.
Error serverError(PGconn *conn, const PGresult *result, const QString &what)
{
    if (PQstatus(conn) == CONNECTION_BAD)
        return Error {Error::Kind::Database,
                      ServerTr::tr("%1: the connection to the server was lost (%2); the server "
                                   "keeps its previous data, nothing was changed. Try again when "
                                   "the server is back.")
                          .arg(what, text(PQerrorMessage(conn)))};
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message = result && *PQresultErrorMessage(result)
                                ? text(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY))
                                : text(PQerrorMessage(conn));
    if (state && qstrcmp(state, "42501") == 0)
        return Error {
            Error::Kind::Input,
            ServerTr::tr("%1: the server refused: %2; nothing was changed").arg(what, message)};
    if (state && (qstrncmp(state, "22", 2) == 0 || qstrncmp(state, "23", 2) == 0))
        return Error {Error::Kind::Input,
                      ServerTr::tr("%1: the server refused the data: %2; nothing was changed")
                          .arg(what, message)};
    return Error {Error::Kind::Database, ServerTr::tr("%1: server error: %2").arg(what, message)};
}

Error notConnected()
{
    return Error {Error::Kind::Database, ServerTr::tr("not connected to a server")};
}

} // namespace

Result<void> PgServer::connect(const QString &conninfo, const std::function<QString()> &askPassword)
{
    disconnect();
    const QByteArray info = conninfo.toUtf8();
    // expand_dbname: the string may be key=value, a URI or service=NAME, as psql takes it.
    auto open = [&info](const QByteArray &password) {
        const char *keys[] = {"dbname", "password", "application_name", nullptr};
        const char *values[]
            = {info.constData(), password.isEmpty() ? nullptr : password.constData(), "lengkap",
               nullptr};
        return PQconnectdbParams(keys, values, 1);
    };
    auto conn = std::make_unique<PgConnection>();
    conn->conn = open({});
    if (conn->conn && PQstatus(conn->conn) == CONNECTION_BAD
        && PQconnectionNeedsPassword(conn->conn) && askPassword) {
        const QString password = askPassword();
        if (!password.isEmpty()) {
            PQfinish(conn->conn);
            conn->conn = open(password.toUtf8());
        }
    }
    if (!conn->conn)
        return Error {Error::Kind::Database, ServerTr::tr("cannot connect: out of memory")};
    if (PQstatus(conn->conn) != CONNECTION_OK)
        return Error {
            Error::Kind::Database,
            ServerTr::tr("cannot connect to the server: %1").arg(text(PQerrorMessage(conn->conn)))};
    PgResult set(PQexec(conn->conn, "SET client_encoding = 'UTF8'; SET search_path = pg_catalog"));
    if (PQresultStatus(set.get()) != PGRES_COMMAND_OK)
        return serverError(conn->conn, set.get(), ServerTr::tr("connect"));
    m_conn = std::move(conn);
    qCInfo(lcServer) << "connected to" << displayName();
    return {};
}

void PgServer::disconnect()
{
    m_conn.reset();
}

bool PgServer::isConnected() const
{
    return m_conn && PQstatus(m_conn->conn) == CONNECTION_OK;
}

QString PgServer::displayName() const
{
    if (!m_conn)
        return {};
    const QString host = QString::fromUtf8(PQhost(m_conn->conn));
    const QString db = QString::fromUtf8(PQdb(m_conn->conn));
    return host.startsWith(u'/') ? db : ServerTr::tr("%1 on %2").arg(db, host);
}

Result<int> PgServer::schemaVersion()
{
    if (!isConnected())
        return notConnected();
    PGconn *conn = m_conn->conn;
    PgResult exists(PQexec(conn, "SELECT to_regclass('lengkap.meta') IS NOT NULL"));
    if (PQresultStatus(exists.get()) != PGRES_TUPLES_OK)
        return serverError(conn, exists.get(), ServerTr::tr("schema check"));
    if (qstrcmp(PQgetvalue(exists.get(), 0, 0), "t") != 0)
        return 0;
    PgResult version(PQexec(conn, SelectVersionSql));
    if (PQresultStatus(version.get()) != PGRES_TUPLES_OK)
        return serverError(conn, version.get(), ServerTr::tr("schema check"));
    if (PQntuples(version.get()) != 1)
        return Error {Error::Kind::Database,
                      ServerTr::tr("the server's Lengkap schema has no version: it is damaged")};
    return QByteArray(PQgetvalue(version.get(), 0, 0)).toInt();
}

Result<void> PgServer::checkSchema()
{
    const Result<int> version = schemaVersion();
    if (!version)
        return version.error();
    if (*version == 0)
        return Error {Error::Kind::Database,
                      ServerTr::tr("%1 holds no Lengkap data yet: the administrator runs "
                                   "'lengkap-cli server init --server ...' first")
                          .arg(displayName())};
    if (*version > SchemaVersion)
        return Error {Error::Kind::Database,
                      ServerTr::tr("%1 was set up by a newer version of Lengkap (server schema %2, "
                                   "this program knows %3): update Lengkap to use it")
                          .arg(displayName())
                          .arg(*version)
                          .arg(SchemaVersion)};
    if (*version < SchemaVersion)
        return Error {Error::Kind::Database,
                      ServerTr::tr("%1 has an older Lengkap schema (%2, this program needs %3): "
                                   "the administrator runs 'lengkap-cli server migrate --server "
                                   "...'")
                          .arg(displayName())
                          .arg(*version)
                          .arg(SchemaVersion)};
    return {};
}

namespace {

// Runs statements in order; stops at the first failure.
Result<void> execAll(PGconn *conn, std::initializer_list<const char *> statements,
                     const QString &what)
{
    for (const char *sql : statements) {
        PgResult result(PQexec(conn, sql));
        const ExecStatusType status = PQresultStatus(result.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return serverError(conn, result.get(), what);
    }
    return {};
}

Result<void> execParams(PGconn *conn, const char *sql, const QList<QByteArray> &params,
                        const QString &what)
{
    QList<const char *> values;
    for (const QByteArray &param : params)
        values.append(param.isNull() ? nullptr : param.constData());
    PgResult result(PQexecParams(conn, sql, int(values.size()), nullptr, values.constData(),
                                 nullptr, nullptr, 0));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return serverError(conn, result.get(), what);
    return {};
}

// Numbered migrations to SchemaVersion; index 0 makes revision 1 from nothing.
Result<void> applyMigrations(PGconn *conn, int from, int to)
{
    const QString what = ServerTr::tr("server schema");
    if (from < 1) {
        for (const char *sql : SchemaV1) {
            if (Result<void> done = execAll(conn, {sql}, what); !done)
                return done;
        }
        const Wilayah &wilayah = Wilayah::instance();
        for (const Province &p : wilayah.provinces()) {
            if (Result<void> done
                = execParams(conn, "INSERT INTO lengkap.province (code, name) VALUES ($1, $2)",
                             {p.code.toUtf8(), p.name.toUtf8()}, what);
                !done)
                return done;
        }
        for (const District &d : wilayah.districts()) {
            if (Result<void> done
                = execParams(conn,
                             "INSERT INTO lengkap.district (code, province_code,"
                             " name) VALUES ($1, $2, $3)",
                             {d.code.toUtf8(), d.provinceCode.toUtf8(), d.name.toUtf8()}, what);
                !done)
                return done;
        }
        const QList<NakesType> &types = NakesTypes::all();
        for (int i = 0; i < types.size(); ++i) {
            if (Result<void> done
                = execParams(conn,
                             "INSERT INTO lengkap.nakes_type (key, position, label_id, label_en) "
                             "VALUES ($1, $2, $3, $4)",
                             {types.at(i).key.toUtf8(), QByteArray::number(i),
                              types.at(i).labelId.toUtf8(), types.at(i).labelEn.toUtf8()},
                             what);
                !done)
                return done;
        }
        if (Result<void> done
            = execParams(conn, "INSERT INTO lengkap.standards (name, document) VALUES ('skm', $1)",
                         {SkmStandards().toJson()}, what);
            !done)
            return done;
        if (Result<void> done = execAll(
                conn, {"INSERT INTO lengkap.meta (key, value) VALUES ('schema_version', '1')"},
                what);
            !done)
            return done;
    }
    if (from < 2 && to >= 2) {
        for (const char *sql : SchemaV2) {
            if (Result<void> done = execAll(conn, {sql}, what); !done)
                return done;
        }
    }
    // Later revisions go here, each ending with its schema_version update.
    Q_ASSERT(to == 2);
    return {};
}

// Rolls back unless committed, so a failed step leaves the server as it was.
class ServerTransaction
{
public:
    // begin may be several statements, the last of them giving expected (a push's BEGIN, temporary
    // table and COPY go in one round trip).
    ServerTransaction(PGconn *conn, const char *begin = "BEGIN",
                      ExecStatusType expected = PGRES_COMMAND_OK)
        : m_conn(conn)
    {
        PgResult result(PQexec(conn, begin));
        m_active = PQresultStatus(result.get()) == expected;
        if (!m_active) {
            m_error = serverError(conn, result.get(), ServerTr::tr("begin"));
            // A later statement failed after BEGIN: end the transaction it left.
            if (PQtransactionStatus(conn) == PQTRANS_INERROR
                || PQtransactionStatus(conn) == PQTRANS_INTRANS)
                PgResult(PQexec(conn, "ROLLBACK"));
        }
    }
    ~ServerTransaction()
    {
        if (m_active && PQstatus(m_conn) == CONNECTION_OK)
            PgResult(PQexec(m_conn, "ROLLBACK"));
    }
    ServerTransaction(const ServerTransaction &) = delete;
    ServerTransaction &operator=(const ServerTransaction &) = delete;
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Result<void> commit(const QString &what)
    {
        PgResult result(PQexec(m_conn, "COMMIT"));
        m_active = false;
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
            return serverError(m_conn, result.get(), what);
        return {};
    }

private:
    PGconn *m_conn;
    bool m_active = false;
    Error m_error;
};

} // namespace

Result<void> PgServer::init()
{
    if (!isConnected())
        return notConnected();
    const Result<int> version = schemaVersion();
    if (!version)
        return version.error();
    if (*version > 0)
        return Error {Error::Kind::Database,
                      ServerTr::tr("%1 already holds a Lengkap schema (version %2); nothing was "
                                   "changed ('server migrate' upgrades an older one)")
                          .arg(displayName())
                          .arg(*version)};
    ServerTransaction tx(m_conn->conn);
    if (!tx.isActive())
        return tx.error();
    if (Result<void> done = applyMigrations(m_conn->conn, 0, SchemaVersion); !done)
        return done;
    return tx.commit(ServerTr::tr("server schema"));
}

Result<int> PgServer::migrate()
{
    if (!isConnected())
        return notConnected();
    ServerTransaction tx(m_conn->conn);
    if (!tx.isActive())
        return tx.error();
    const Result<int> version = schemaVersion();
    if (!version)
        return version.error();
    if (*version == 0)
        return Error {
            Error::Kind::Database,
            ServerTr::tr("%1 holds no Lengkap schema: run 'server init' first").arg(displayName())};
    if (*version > SchemaVersion)
        return checkSchema().error();
    if (*version < SchemaVersion) {
        // One migrator at a time: the lock waits for a concurrent one to finish.
        if (Result<void> locked
            = execAll(m_conn->conn, {"LOCK TABLE lengkap.meta IN ACCESS EXCLUSIVE MODE"},
                      ServerTr::tr("server schema"));
            !locked)
            return locked.error();
        if (Result<void> done = applyMigrations(m_conn->conn, *version, SchemaVersion); !done)
            return done.error();
    }
    if (Result<void> committed = tx.commit(ServerTr::tr("server schema")); !committed)
        return committed.error();
    return *version;
}

Result<ServerAccount> PgServer::account()
{
    if (!isConnected())
        return notConnected();
    PgResult result(PQexec(m_conn->conn, SelectAccountSql));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return serverError(m_conn->conn, result.get(), ServerTr::tr("account"));
    if (PQntuples(result.get()) != 1)
        return Error {Error::Kind::Database, ServerTr::tr("the server holds no Lengkap schema")};
    ServerAccount account;
    account.role = QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
    account.admin = qstrcmp(PQgetvalue(result.get(), 0, 1), "t") == 0;
    if (!PQgetisnull(result.get(), 0, 2)) {
        const QByteArray scope = PQgetvalue(result.get(), 0, 2);
        account.scope = scope == "district"   ? AccountScope::District
                        : scope == "province" ? AccountScope::Province
                                              : AccountScope::National;
        account.region = QString::fromUtf8(PQgetvalue(result.get(), 0, 3));
    }
    return account;
}

Result<void> PgServer::addUser(const QString &role, AccountScope scope, const QString &region,
                               const QString &password)
{
    if (!isConnected())
        return notConnected();
    if (Result<void> schema = checkSchema(); !schema)
        return schema;
    PGconn *conn = m_conn->conn;
    const QByteArray roleUtf8 = role.toUtf8();
    std::unique_ptr<char, decltype(&PQfreemem)> ident(
        PQescapeIdentifier(conn, roleUtf8.constData(), size_t(roleUtf8.size())), &PQfreemem);
    if (!ident)
        return serverError(conn, nullptr, ServerTr::tr("add user"));
    QByteArray create = "CREATE ROLE " + QByteArray(ident.get()) + " LOGIN IN ROLE lengkap_client";
    if (!password.isEmpty()) {
        // Hashed here (SCRAM when the server uses it): the password never crosses in clear text.
        const QByteArray passwordUtf8 = password.toUtf8();
        std::unique_ptr<char, decltype(&PQfreemem)> hashed(
            PQencryptPasswordConn(conn, passwordUtf8.constData(), roleUtf8.constData(), nullptr),
            &PQfreemem);
        if (!hashed)
            return serverError(conn, nullptr, ServerTr::tr("add user"));
        std::unique_ptr<char, decltype(&PQfreemem)> literal(
            PQescapeLiteral(conn, hashed.get(), strlen(hashed.get())), &PQfreemem);
        if (!literal)
            return serverError(conn, nullptr, ServerTr::tr("add user"));
        create += " PASSWORD " + QByteArray(literal.get());
    }
    const QByteArray scopeKey = scope == AccountScope::District   ? "district"
                                : scope == AccountScope::Province ? "province"
                                                                  : "national";
    ServerTransaction tx(conn);
    if (!tx.isActive())
        return tx.error();
    const QString what = ServerTr::tr("add user %1").arg(role);
    if (Result<void> done = execAll(conn, {create.constData()}, what); !done)
        return done;
    if (Result<void> done = execParams(
            conn, "INSERT INTO lengkap.account (role, scope, region) VALUES ($1, $2, $3)",
            {roleUtf8, scopeKey, region.toUtf8().isNull() ? QByteArray("") : region.toUtf8()},
            what);
        !done)
        return done;
    return tx.commit(what);
}

namespace {

// Numbers written in place, not through a QByteArray each (~20 per line, 10,300 lines).
void appendNumber(QByteArray &rows, int value)
{
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    rows.append(digits, qsizetype(end - digits));
}

} // namespace

void PgServer::appendPushRow(QByteArray &rows, QByteArrayView district, int pos,
                             QByteArrayView code, QByteArrayView name, QByteArrayView kategori,
                             bool rpjmn, bool registered, const int *asn, const int *nonAsn)
{
    appendPushFields(rows, district, pos, code, name, kategori, rpjmn, registered);
    appendPushCounts(rows, asn, nonAsn);
}

void PgServer::appendPushFields(QByteArray &rows, QByteArrayView district, int pos,
                                QByteArrayView code, QByteArrayView name,
                                QByteArrayView kategori, bool rpjmn, bool registered)
{
    rows += district;
    rows += '\t';
    appendNumber(rows, pos);
    rows += '\t';
    if (code.isEmpty())
        rows += "\\N";
    else
        appendCopyField(rows, code);
    rows += '\t';
    appendCopyField(rows, name);
    rows += '\t';
    appendCopyField(rows, kategori);
    rows += rpjmn ? "\tt\t" : "\tf\t";
    rows += registered ? "t\t" : "f\t";
}

void PgServer::appendPushCounts(QByteArray &rows, const int *asn, const int *nonAsn)
{
    // Written into a buffer on the stack, then appended once: a QByteArray append per number
    // and comma cost ~4,000 instructions a Puskesmas (a push writes 10,300 of these).
    const int types = NakesTypes::count();
    QVarLengthArray<char, 512> line(qsizetype(types) * 2 * 12 + 8); // an int is <= 11 chars
    char *at = line.data();
    char *const end = line.data() + line.size();
    auto appendArray = [types, &at, end](const int *counts) {
        *at++ = '{';
        for (int t = 0; t < types; ++t) {
            if (t)
                *at++ = ',';
            at = std::to_chars(at, end, counts[t]).ptr;
        }
        *at++ = '}';
    };
    appendArray(asn);
    *at++ = '\t';
    appendArray(nonAsn);
    *at++ = '\n';
    rows.append(line.constData(), qsizetype(at - line.constData()));
}

PushRows PgServer::pushRows(const Snapshot &snapshot, const QStringList &districtCodes)
{
    PushRows rows;
    const QSet<QString> wanted(districtCodes.cbegin(), districtCodes.cend());
    const int types = NakesTypes::count();
    rows.typeKeys = "{";
    for (int t = 0; t < types; ++t)
        rows.typeKeys += (t ? "," : "") + NakesTypes::at(t).key.toUtf8();
    rows.typeKeys += '}';
    QHash<QString, int> nextPos;
    for (const PuskesmasData &p : snapshot.puskesmas) {
        if (!wanted.contains(p.districtCode))
            continue;
        appendPushRow(rows.puskesmas, p.districtCode.toUtf8(), nextPos[p.districtCode]++,
                      p.code.toUtf8(), p.name.toUtf8(), p.kategori.toUtf8(), p.rpjmn, p.registered,
                      p.asn.constData(), p.nonAsn.constData());
        ++rows.puskesmasCount;
    }
    return rows;
}

namespace {

// Reads COPY ... TO STDOUT line by line.
Result<void> copyOut(PGconn *conn, const QByteArray &sql, const QString &what,
                     const std::function<void(const char *, int)> &row)
{
    PgResult start(PQexec(conn, sql.constData()));
    if (PQresultStatus(start.get()) != PGRES_COPY_OUT)
        return serverError(conn, start.get(), what);
    char *buffer = nullptr;
    int size = 0;
    while ((size = PQgetCopyData(conn, &buffer, 0)) > 0) {
        row(buffer, size);
        PQfreemem(buffer);
    }
    if (size == -2)
        return serverError(conn, nullptr, what);
    PgResult end(PQgetResult(conn));
    const bool ok = PQresultStatus(end.get()) == PGRES_COMMAND_OK;
    Error error = ok ? Error {} : serverError(conn, end.get(), what);
    while (PGresult *more = PQgetResult(conn))
        PQclear(more);
    if (!ok)
        return error;
    return {};
}

} // namespace

Result<PushOutcome> PgServer::push(const Snapshot &snapshot, const QStringList &districtCodes,
                                   const QString &source, const std::function<void()> &afterCopy,
                                   const std::function<Result<void>()> &beforeCommit)
{
    const PushRows rows = pushRows(snapshot, districtCodes);
    if (rows.puskesmasCount == 0)
        return Error {Error::Kind::Input,
                      ServerTr::tr("nothing to push: cut-off %1 holds no Puskesmas of those "
                                   "districts")
                          .arg(snapshot.cutoff.toString(Qt::ISODate))};
    return push(
        snapshot.cutoff, snapshot.sample, source,
        [&rows](const RowSink &send) -> Result<int> {
            constexpr qsizetype Chunk = 1 << 18;
            for (qsizetype offset = 0; offset < rows.puskesmas.size(); offset += Chunk) {
                if (!send(rows.puskesmas.mid(offset, Chunk)))
                    return Error {Error::Kind::Database, {}};
            }
            return rows.puskesmasCount;
        },
        afterCopy, beforeCommit);
}

Result<PushOutcome> PgServer::push(QDate cutoffDate, bool sample, const QString &source,
                                   const std::function<Result<int>(const RowSink &)> &produce,
                                   const std::function<void()> &afterCopy,
                                   const std::function<Result<void>()> &beforeCommit)
{
    if (!isConnected())
        return notConnected();
    if (Result<void> schema = checkSchema(); !schema)
        return schema.error();
    PGconn *conn = m_conn->conn;
    const QString what = ServerTr::tr("push");
    // One round trip to the start of the COPY.
    const QByteArray begin
        = QByteArray("BEGIN; ") + CreatePushTablesSql + "; " + CopyPuskesmasSql;
    ServerTransaction tx(conn, begin.constData(), PGRES_COPY_IN);
    if (!tx.isActive())
        return tx.error();
    int puskesmas = 0;
    {
        bool sent = true;
        const Result<int> produced = produce([conn, &sent](const QByteArray &rows) {
            sent = sent && PQputCopyData(conn, rows.constData(), int(rows.size())) == 1;
            return sent;
        });
        if (!sent)
            return serverError(conn, nullptr, what);
        // A local failure ends the COPY with an error: the server discards what came.
        if (PQputCopyEnd(conn, produced ? nullptr : "the local rows could not be read") != 1)
            return serverError(conn, nullptr, what);
        PgResult end(PQgetResult(conn));
        const bool ok = PQresultStatus(end.get()) == PGRES_COMMAND_OK;
        Error error = ok ? Error {} : serverError(conn, end.get(), what);
        while (PGresult *more = PQgetResult(conn))
            PQclear(more);
        if (!produced)
            return produced.error();
        if (!ok)
            return error;
        puskesmas = *produced;
    }
    if (puskesmas == 0)
        return Error {Error::Kind::Input,
                      ServerTr::tr("nothing to push: cut-off %1 holds no Puskesmas of those "
                                   "districts")
                          .arg(cutoffDate.toString(Qt::ISODate))};
    if (afterCopy)
        afterCopy();
    const QByteArray cutoff = cutoffDate.toString(Qt::ISODate).toUtf8();
    const QByteArray sourceUtf8 = source.toUtf8();
    QByteArray typeKeys = "{";
    for (int t = 0; t < NakesTypes::count(); ++t)
        typeKeys += (t ? "," : "") + NakesTypes::at(t).key.toUtf8();
    typeKeys += '}';
    const char *values[]
        = {cutoff.constData(), sourceUtf8.constData(), sample ? "t" : "f", typeKeys.constData()};
    PgResult result(PQexecParams(conn, CallPushSql, 4, nullptr, values, nullptr, nullptr, 0));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return serverError(conn, result.get(), what);
    PushOutcome outcome;
    outcome.puskesmas = puskesmas;
    for (int i = 0; i < PQntuples(result.get()); ++i) {
        const QString code = QString::fromUtf8(PQgetvalue(result.get(), i, 0));
        outcome.districtCodes.append(code);
        if (qstrcmp(PQgetvalue(result.get(), i, 1), "t") == 0)
            outcome.replacedDistricts.append(code);
    }
    result.reset();
    if (beforeCommit) {
        if (Result<void> allowed = beforeCommit(); !allowed)
            return allowed.error(); // tx rolls back
    }
    if (Result<void> committed = tx.commit(what); !committed)
        return committed.error();
    qCInfo(lcServer) << "pushed" << outcome.puskesmas << "Puskesmas in"
                     << outcome.districtCodes.size() << "districts for" << cutoff;
    return outcome;
}

Result<QList<QDate>> PgServer::cutoffs()
{
    if (!isConnected())
        return notConnected();
    if (Result<void> schema = checkSchema(); !schema)
        return schema.error();
    PgResult result(PQexec(m_conn->conn, SelectCutoffsSql));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return serverError(m_conn->conn, result.get(), ServerTr::tr("cut-offs"));
    QList<QDate> dates;
    for (int i = 0; i < PQntuples(result.get()); ++i)
        dates.append(
            QDate::fromString(QString::fromLatin1(PQgetvalue(result.get(), i, 0)), Qt::ISODate));
    return dates;
}

Result<QList<ServerCutoff>> PgServer::fetch(QDate cutoff, const QString &provinceCode)
{
    if (!isConnected())
        return notConnected();
    if (Result<void> schema = checkSchema(); !schema)
        return schema.error();
    PGconn *conn = m_conn->conn;
    const QString what = ServerTr::tr("pull");
    // One consistent view of the server while three statements read it.
    ServerTransaction tx(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!tx.isActive())
        return tx.error();
    // COPY takes no parameters: the filter is built from a date and a checked province code.
    QByteArray filter = "p.replaced_at IS NULL";
    if (cutoff.isValid())
        filter += " AND p.cutoff = '" + cutoff.toString(Qt::ISODate).toLatin1() + "'";
    if (!provinceCode.isEmpty()) {
        const QByteArray code = provinceCode.toUtf8();
        std::unique_ptr<char, decltype(&PQfreemem)> literal(
            PQescapeLiteral(conn, (code + ".%").constData(), size_t(code.size() + 2)), &PQfreemem);
        if (!literal)
            return serverError(conn, nullptr, what);
        filter += " AND p.district_code LIKE " + QByteArray(literal.get());
    }

    const int types = NakesTypes::count();
    QHash<QByteArray, int> typeIndex;
    for (int t = 0; t < types; ++t)
        typeIndex.insert(NakesTypes::at(t).key.toUtf8(), t);
    struct PushInfo
    {
        QDate cutoff;
        QList<int> typeOf; // array position -> NakesTypes index, -1 for a type unknown here
    };
    QHash<qint64, PushInfo> pushes;
    QMap<QDate, ServerCutoff> byCutoff;
    const QString sourceName = ServerTr::tr("server %1").arg(displayName());
    Result<void> read
        = copyOut(conn,
                  "COPY (SELECT p.id, p.cutoff, p.sample, p.type_keys FROM lengkap.push p WHERE "
                      + filter + ") TO STDOUT",
                  what, [&](const char *line, int size) {
                      const QList<QByteArray> f = splitCopyLine(line, size);
                      PushInfo info;
                      info.cutoff = QDate::fromString(QString::fromLatin1(f.value(1)), Qt::ISODate);
                      const QByteArray keys = f.value(3).mid(1, f.value(3).size() - 2); // {a,b,...}
                      for (const QByteArray &key : keys.split(','))
                          info.typeOf.append(typeIndex.value(key, -1));
                      pushes.insert(f.value(0).toLongLong(), info);
                      ServerCutoff &entry = byCutoff[info.cutoff];
                      entry.cutoff = info.cutoff;
                      entry.batch.format = u"server"_s;
                      entry.batch.sourceName = sourceName;
                      entry.batch.sample = entry.batch.sample || f.value(2) == "t";
                  });
    if (!read)
        return read.error();

    // "{1,0,3}" into counts by type index, through the push's own type order.
    auto readCounts = [types](const QByteArray &array, const QList<int> &typeOf) {
        QList<int> counts(types, 0);
        int position = 0;
        int value = 0;
        for (qsizetype i = 1; i < array.size(); ++i) {
            const char c = array.at(i);
            if (c == ',' || c == '}') {
                const int t = typeOf.value(position++, -1);
                if (t >= 0)
                    counts[t] = value;
                value = 0;
            } else {
                value = value * 10 + (c - '0');
            }
        }
        return counts;
    };
    read = copyOut(conn,
                   "COPY (SELECT k.push_id, k.district_code, k.code, k.name, k.kategori, k.rpjmn, "
                   "k.registered, k.asn, k.non_asn FROM lengkap.push p JOIN lengkap.puskesmas k "
                   "ON k.push_id = p.id WHERE "
                       + filter + ") TO STDOUT",
                   what, [&](const char *line, int size) {
                       const QList<QByteArray> f = splitCopyLine(line, size);
                       const PushInfo info = pushes.value(f.value(0).toLongLong());
                       ServerCutoff &entry = byCutoff[info.cutoff];
                       PuskesmasCounts p;
                       p.districtCode = QString::fromUtf8(f.value(1));
                       p.code = QString::fromUtf8(f.value(2));
                       p.name = QString::fromUtf8(f.value(3));
                       p.kategori = QString::fromUtf8(f.value(4));
                       p.rpjmn = f.value(5) == "t";
                       p.registered = f.value(6) == "t";
                       p.asn = readCounts(f.value(7), info.typeOf);
                       p.nonAsn = readCounts(f.value(8), info.typeOf);
                       p.line = int(entry.batch.puskesmas.size()) + 1;
                       entry.batch.puskesmas.append(std::move(p));
                   });
    if (!read)
        return read.error();
    if (Result<void> committed = tx.commit(what); !committed)
        return committed.error();
    QList<ServerCutoff> result;
    for (ServerCutoff &entry : byCutoff) {
        entry.batch.report.format = u"server"_s;
        entry.batch.report.recordsRead = int(entry.batch.puskesmas.size());
        result.append(std::move(entry));
    }
    return result;
}

Result<SkmStandards> PgServer::standards()
{
    if (!isConnected())
        return notConnected();
    if (Result<void> schema = checkSchema(); !schema)
        return schema.error();
    PgResult result(
        PQexec(m_conn->conn, "SELECT document FROM lengkap.standards WHERE name = 'skm'"));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return serverError(m_conn->conn, result.get(), ServerTr::tr("standards"));
    if (PQntuples(result.get()) != 1)
        return SkmStandards(); // none set: the preset, as a local file without standards
    Result<SkmStandards> read = SkmStandards::fromJson(QByteArray(PQgetvalue(result.get(), 0, 0)));
    if (!read)
        return Error {Error::Kind::Database,
                      ServerTr::tr("the server's SKM standards cannot be read (%1): the "
                                   "administrator sets them again with 'lengkap-cli server "
                                   "standards --set FILE'")
                          .arg(read.error().message)};
    return read;
}

Result<void> PgServer::setStandards(const SkmStandards &standards)
{
    if (!isConnected())
        return notConnected();
    if (Result<void> schema = checkSchema(); !schema)
        return schema;
    // No privilege but SELECT for client roles: the server refuses anyone but the admin.
    return execParams(m_conn->conn,
                      R"(INSERT INTO lengkap.standards (name, document) VALUES ('skm', $1)
                      ON CONFLICT (name) DO UPDATE SET document = EXCLUDED.document,
                          updated_at = now(), updated_by = session_user)",
                      {standards.toJson()}, ServerTr::tr("set standards"));
}

Snapshot PgServer::toSnapshot(const ServerCutoff &data)
{
    return snapshotFromBatch(data.batch, data.cutoff);
}

} // namespace Lengkap
