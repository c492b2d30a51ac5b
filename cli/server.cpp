// lengkap-cli server init|migrate|add-user, push and pull (issue 15): the PostgreSQL server a
// province or the ministry shares. --server takes what libpq takes: "host=... dbname=...", a
// postgresql:// URI or service=NAME; passwords come from .pgpass / PGPASSFILE or are asked on the
// terminal, never from the command line.
#include "commands.h"
#include "common.h"

#include "servercopy.h"
#include "skm.h"
#include "wilayah.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

#ifdef LENGKAP_WITH_POSTGRES
#include "pgserver.h"
#include "pushsource.h"

#include <future>
#endif

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {

struct ServerCliTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

// Where a push spends its time, for bench/README.md:
// QT_LOGGING_RULES="lengkap.cli.push.debug=true" lengkap-cli push ... prints each step's end,
// in ms since the command started, on stderr.
Q_LOGGING_CATEGORY(lcPush, "lengkap.cli.push", QtInfoMsg)

class StepClock
{
public:
    StepClock() { m_timer.start(); }
    void mark(const char *step) const
    {
        qCDebug(lcPush, "%7.1f ms  %s", double(m_timer.nsecsElapsed()) / 1e6, step);
    }

private:
    QElapsedTimer m_timer;
};

#ifndef LENGKAP_WITH_POSTGRES

int noServerSupport()
{
    err() << ServerCliTr::tr("this build has no server support (built without libpq): push, "
                             "pull and server need a Lengkap built with PostgreSQL")
          << Qt::endl;
    return Usage;
}

#else

QCommandLineOption serverOption()
{
    return QCommandLineOption(u"server"_s,
                              ServerCliTr::tr("The server, as libpq takes it: \"host=... "
                                              "dbname=... user=...\", a postgresql:// URI or "
                                              "service=NAME."),
                              u"CONNINFO"_s);
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO);
#else
    return false;
#endif
}

// Reads a line from the terminal without echo (POSIX); empty when there is no terminal.
QString askHidden(const QString &prompt)
{
    if (!stdinIsTerminal())
        return {};
    err() << prompt;
    err().flush();
#ifdef Q_OS_UNIX
    termios saved {};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    err() << u'\n';
    err().flush();
    return QString::fromStdString(line);
}

Result<void> connectTo(PgServer &server, const QString &conninfo)
{
    if (conninfo.isEmpty())
        return Error {Error::Kind::Usage, ServerCliTr::tr("--server is required")};
    return server.connect(conninfo, [] { return askHidden(ServerCliTr::tr("Server password: ")); });
}

int runServerInit(const QStringList &arguments, bool migrate)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        migrate ? ServerCliTr::tr("Upgrade the server's Lengkap schema to this version's.")
                : ServerCliTr::tr("Create the Lengkap schema on a PostgreSQL database. The role "
                                  "that runs it becomes the Lengkap administrator."));
    const QCommandLineOption server = serverOption();
    parser.addOption(server);
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    PgServer pg;
    if (Result<void> connected = connectTo(pg, parser.value(server)); !connected)
        return fail(connected.error());
    if (!migrate) {
        if (Result<void> done = pg.init(); !done)
            return fail(done.error());
        out() << ServerCliTr::tr("%1: Lengkap server schema %2 created")
                     .arg(pg.displayName())
                     .arg(PgServer::SchemaVersion)
              << Qt::endl;
        return Ok;
    }
    const Result<int> from = pg.migrate();
    if (!from)
        return fail(from.error());
    if (*from == PgServer::SchemaVersion)
        out() << ServerCliTr::tr("%1: the server schema is up to date (version %2)")
                     .arg(pg.displayName())
                     .arg(*from)
              << Qt::endl;
    else
        out() << ServerCliTr::tr("%1: server schema migrated from version %2 to %3")
                     .arg(pg.displayName())
                     .arg(*from)
                     .arg(PgServer::SchemaVersion)
              << Qt::endl;
    return Ok;
}

int runAddUser(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ServerCliTr::tr(
        "Create a login role limited to one district (pushes and reads it), one province (reads "
        "it) or the nation (reads everything). Run as the Lengkap administrator."));
    const QCommandLineOption server = serverOption();
    const QCommandLineOption name(u"name"_s, ServerCliTr::tr("The new role's name."), u"ROLE"_s);
    const QCommandLineOption district = districtOption();
    const QCommandLineOption province = provinceOption();
    const QCommandLineOption national(u"national"_s,
                                      ServerCliTr::tr("A national account: reads every district."));
    const QCommandLineOption passwordFile(
        u"password-file"_s, ServerCliTr::tr("Read the password from the first line of FILE."),
        u"FILE"_s);
    const QCommandLineOption noPassword(
        u"no-password"_s,
        ServerCliTr::tr("Create the role without a password (the server authenticates it "
                        "otherwise, e.g. peer or certificate)."));
    parser.addOptions({server, name, district, province, national, passwordFile, noPassword});
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
        return usage(ServerCliTr::tr("--name is required"));
    const int scopes = int(parser.isSet(district)) + int(parser.isSet(national))
                       + int(parser.isSet(province) && !parser.isSet(district));
    if (scopes != 1)
        return usage(ServerCliTr::tr("give exactly one of --district, --province or --national"));
    if (parser.isSet(passwordFile) && parser.isSet(noPassword))
        return usage(ServerCliTr::tr("--password-file and --no-password exclude each other"));

    AccountScope scope = AccountScope::National;
    QString region;
    if (!parser.isSet(national)) {
        const Result<Scope> resolved = resolveScope(parser.value(province), parser.value(district));
        if (!resolved)
            return fail(resolved.error());
        scope
            = resolved->level == Level::District ? AccountScope::District : AccountScope::Province;
        region = resolved->code;
    }

    QString password;
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error {Error::Kind::Input, ServerCliTr::tr("%1: cannot be read: %2")
                                                       .arg(file.fileName(), file.errorString())});
        password = QString::fromUtf8(file.readLine()).trimmed();
        if (password.isEmpty())
            return fail(Error {
                Error::Kind::Input,
                ServerCliTr::tr("%1: the first line holds no password").arg(file.fileName())});
    } else if (!parser.isSet(noPassword)) {
        if (!stdinIsTerminal())
            return usage(ServerCliTr::tr("no terminal to ask the password on: give "
                                         "--password-file FILE (or --no-password)"));
        password = askHidden(ServerCliTr::tr("Password for %1: ").arg(parser.value(name)));
        if (password.isEmpty() || askHidden(ServerCliTr::tr("Again: ")) != password)
            return fail(Error {Error::Kind::Input,
                               ServerCliTr::tr("the passwords are empty or differ; nothing was "
                                               "created")});
    }

    PgServer pg;
    if (Result<void> connected = connectTo(pg, parser.value(server)); !connected)
        return fail(connected.error());
    if (Result<void> added = pg.addUser(parser.value(name), scope, region, password); !added)
        return fail(added.error());
    const Wilayah &wilayah = Wilayah::instance();
    const QString where = scope == AccountScope::National   ? ServerCliTr::tr("the nation")
                          : scope == AccountScope::Province ? wilayah.province(region)->name
                                                            : wilayah.district(region)->shortName;
    out() << ServerCliTr::tr("%1: account %2 created for %3")
                 .arg(pg.displayName(), parser.value(name), where)
          << Qt::endl;
    return Ok;
}

int runStandards(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ServerCliTr::tr(
        "Show the SKM standards the server prescribes (any account), or replace them with a "
        "standards file (the Lengkap administrator only: the server refuses anyone else). The "
        "window uses the server's standards while it shows the server's data."));
    const QCommandLineOption server = serverOption();
    const QCommandLineOption show(u"show"_s,
                                  ServerCliTr::tr("Print the server's standards (JSON)."));
    const QCommandLineOption set(
        u"set"_s,
        ServerCliTr::tr("Replace the server's standards with FILE (JSON, as saved by "
                        "the window's standards dialog)."),
        u"FILE"_s);
    parser.addOptions({server, show, set});
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.isSet(show) == parser.isSet(set))
        return usage(ServerCliTr::tr("give exactly one of --show or --set FILE"));
    std::optional<SkmStandards> wanted;
    if (parser.isSet(set)) {
        // Checked before connecting: a bad file never reaches the server.
        QFile file(parser.value(set));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error {Error::Kind::Input, ServerCliTr::tr("%1: cannot be read: %2")
                                                       .arg(file.fileName(), file.errorString())});
        Result<SkmStandards> read = SkmStandards::fromJson(file.readAll());
        if (!read)
            return fail(Error {Error::Kind::Input, ServerCliTr::tr("%1: %2; nothing was changed")
                                                       .arg(QFileInfo(file.fileName()).fileName(),
                                                            read.error().message)});
        wanted = std::move(*read);
    }
    PgServer pg;
    if (Result<void> connected = connectTo(pg, parser.value(server)); !connected)
        return fail(connected.error());
    if (wanted) {
        if (Result<void> done = pg.setStandards(*wanted); !done)
            return fail(done.error());
        out() << ServerCliTr::tr("%1: SKM standards replaced").arg(pg.displayName()) << Qt::endl;
        return Ok;
    }
    const Result<SkmStandards> standards = pg.standards();
    if (!standards)
        return fail(standards.error());
    out() << QString::fromUtf8(standards->toJson());
    out().flush();
    return Ok;
}

#endif // LENGKAP_WITH_POSTGRES

} // namespace

int runServer(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + sub);
    if (sub == u"--help"_s || sub == u"-h"_s || sub.isEmpty()) {
        out() << ServerCliTr::tr("Usage: %1 server init|migrate|add-user|standards --server "
                                 "CONNINFO [options]")
                     .arg(u"lengkap-cli"_s)
              << u'\n'
              << ServerCliTr::tr("'%1 server <command> --help' describes a command.")
                     .arg(u"lengkap-cli"_s)
              << Qt::endl;
        return sub.isEmpty() ? Usage : Ok;
    }
#ifndef LENGKAP_WITH_POSTGRES
    return noServerSupport();
#else
    if (sub == u"init"_s)
        return runServerInit(rest, false);
    if (sub == u"migrate"_s)
        return runServerInit(rest, true);
    if (sub == u"add-user"_s)
        return runAddUser(rest);
    if (sub == u"standards"_s)
        return runStandards(rest);
    return usage(ServerCliTr::tr("unknown server command '%1' (init, migrate, add-user or "
                                 "standards)")
                     .arg(sub));
#endif
}

int runPush(const QStringList &arguments)
{
#ifndef LENGKAP_WITH_POSTGRES
    Q_UNUSED(arguments);
    return noServerSupport();
#else
    const StepClock clock;
    clock.mark("command started");
    QCommandLineParser parser;
    parser.setApplicationDescription(ServerCliTr::tr(
        "Send a cut-off's district data from a local database to the server, in one server "
        "transaction: all or nothing. A district pushed again for the same cut-off replaces "
        "its earlier data; the server keeps that in its history."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption server = serverOption();
    const QCommandLineOption district = districtOption();
    const QCommandLineOption province = provinceOption();
    const QCommandLineOption cutoff = cutoffOption();
    parser.addOptions({db, server, district, province, cutoff});
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.isSet(db))
        return usage(ServerCliTr::tr("--db is required"));
    if (!parser.isSet(server))
        return usage(ServerCliTr::tr("--server is required"));
    const Result<Scope> scope = resolveScope(parser.value(province), parser.value(district));
    if (!scope)
        return fail(scope.error());
    if (parser.isSet(cutoff)) {
        if (Result<QDate> date = parseCutoff(parser.value(cutoff)); !date)
            return fail(date.error());
    }
    const QString path = parser.value(db);
    if (!QFileInfo::exists(path))
        return fail(Error {Error::Kind::Input, ServerCliTr::tr("%1: no such file").arg(path)});

    // The local file is only read: opened read-only, only the cut-off and region pushed are
    // read (model/store/postgres/pushsource.h), while the server connection is made. No check of
    // the whole file first: every page the push sends from is checked by SQLite as it is read, and
    // a damaged one ends the push with nothing sent (see PushSource).
    PushSource source;
    if (Result<void> opened = source.open(path); !opened)
        return fail(opened.error());
    clock.mark("local file opened");
    if (const Result<bool> copy = source.isServerCopy(); !copy || *copy)
        return fail(copy ? Error {Error::Kind::Input,
                                  ServerCliTr::tr("%1 is a copy of the server's data: there is "
                                                  "nothing of yours to push")
                                      .arg(QFileInfo(path).fileName())}
                         : copy.error());
    const Result<QList<QDate>> cutoffs = source.cutoffs();
    if (!cutoffs)
        return fail(cutoffs.error());
    if (cutoffs->isEmpty())
        return fail(Error {Error::Kind::Input,
                           ServerCliTr::tr("%1 holds no data yet: import a file first (or run "
                                           "'demo')")
                               .arg(QFileInfo(path).fileName())});
    QDate date = cutoffs->last();
    if (parser.isSet(cutoff)) {
        date = *parseCutoff(parser.value(cutoff));
        if (!cutoffs->contains(date)) {
            QStringList known;
            for (const QDate &d : std::as_const(*cutoffs))
                known.append(d.toString(Qt::ISODate));
            return fail(Error {Error::Kind::Input,
                               ServerCliTr::tr("no data for cut-off %1; the database holds %2")
                                   .arg(date.toString(Qt::ISODate), known.join(u", "_s))});
        }
    }
    auto noData = [&] {
        return fail(Error {Error::Kind::Input,
                           ServerCliTr::tr("%1 holds no data for that region at cut-off %2; "
                                           "nothing was pushed")
                               .arg(QFileInfo(path).fileName(), date.toString(Qt::ISODate))});
    };
    const Result<QStringList> present = source.districtCodes(date, scope->level, scope->code);
    if (!present)
        return fail(present.error());
    if (present->isEmpty())
        return noData();
    clock.mark("server copy, cut-offs, districts looked up");

    PgServer pg; // outlives the future below (its destructor waits for it)
    std::future<Result<void>> connection = std::async(std::launch::async, [&pg, &parser, &server, &clock] {
        Result<void> connected = connectTo(pg, parser.value(server));
        clock.mark("connected (thread)");
        return connected;
    });
    // A failed read of the local file (a damaged page: SQLite's "damaged" message) names the file
    // and says that the server got nothing.
    auto localError = [&path](const Error &error) {
        return Error {error.kind, ServerCliTr::tr("%1: %2; nothing was pushed")
                                      .arg(QFileInfo(path).fileName(), error.message)};
    };
    // Everything the push sends is read while the connection is made.
    const Result<void> prepared = source.prepare(date, scope->level, scope->code);
    clock.mark("local rows read");
    const Result<void> connected = connection.get();
    if (!prepared)
        return fail(localError(prepared.error()));
    if (!connected)
        return fail(connected.error());

    // For the tests only: hold the transaction open after the rows were sent, so a test can
    // kill this process or stop the server half-way through a push.
    const int pauseMs = qEnvironmentVariableIntValue("LENGKAP_TEST_PUSH_PAUSE_MS");
    auto pause = [pauseMs, &clock] {
        clock.mark("rows copied");
        if (pauseMs <= 0)
            return;
        std::fputs("lengkap-test: rows sent, pausing before commit\n", stderr);
        std::fflush(stderr);
        QThread::msleep(pauseMs);
    };
    const Result<PushOutcome> pushed = pg.push(
        date, source.preparedSample(), QFileInfo(path).fileName(),
        [&](const PgServer::RowSink &send) -> Result<int> {
            clock.mark("transaction begun, COPY started");
            const Result<int> sent = source.sendRows(send);
            if (!sent && !sent.error().message.isEmpty())
                return localError(sent.error());
            return sent;
        },
        pause, [&clock]() -> Result<void> {
            clock.mark("lengkap.push() done");
            return {};
        });
    if (!pushed)
        return fail(pushed.error());
    clock.mark("committed");
    out() << ServerCliTr::tr("%n Puskesmas of cut-off %1 pushed to %2", nullptr, pushed->puskesmas)
                 .arg(date.toString(Qt::ISODate), pg.displayName())
          << u" ("_s
          << ServerCliTr::tr("%n district(s)", nullptr, int(pushed->districtCodes.size()))
          << u")\n"_s;
    // A district's push names what it replaced; a province's or the nation's counts it (514
    // names on one line say nothing).
    constexpr qsizetype NamedReplacedMax = 10;
    if (pushed->replacedDistricts.size() > NamedReplacedMax) {
        out() << ServerCliTr::tr("replaced the earlier data of %n district(s) (kept in the "
                                 "server's history)",
                                 nullptr, int(pushed->replacedDistricts.size()))
              << u'\n';
    } else if (!pushed->replacedDistricts.isEmpty()) {
        QStringList names;
        for (const QString &code : pushed->replacedDistricts)
            names.append(Wilayah::instance().district(code)->shortName);
        out() << ServerCliTr::tr("replaced the earlier data of %1 (kept in the server's history)")
                     .arg(names.join(u", "_s))
              << u'\n';
    }
    out().flush();
    return Ok;
#endif
}

int runPull(const QStringList &arguments)
{
#ifndef LENGKAP_WITH_POSTGRES
    Q_UNUSED(arguments);
    return noServerSupport();
#else
    QCommandLineParser parser;
    parser.setApplicationDescription(ServerCliTr::tr(
        "Copy the server's current data (every cut-off, or one) into a local file for offline "
        "viewing and printing. The file is marked as a copy of the server: imports into it are "
        "refused."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption server = serverOption();
    const QCommandLineOption province = provinceOption();
    const QCommandLineOption cutoff = cutoffOption();
    parser.addOptions({db, server, province, cutoff});
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.isSet(db))
        return usage(ServerCliTr::tr("--db is required"));
    if (!parser.isSet(server))
        return usage(ServerCliTr::tr("--server is required"));
    const Result<Scope> scope = resolveScope(parser.value(province), {});
    if (!scope)
        return fail(scope.error());
    QDate date;
    if (parser.isSet(cutoff)) {
        Result<QDate> parsed = parseCutoff(parser.value(cutoff));
        if (!parsed)
            return fail(parsed.error());
        date = *parsed;
    }

    // Fetch first: a server that fails never touches the local file.
    PgServer pg;
    if (Result<void> connected = connectTo(pg, parser.value(server)); !connected)
        return fail(connected.error());
    Result<QList<ServerCutoff>> fetched = pg.fetch(date, scope->code);
    if (!fetched)
        return fail(fetched.error());
    if (fetched->isEmpty())
        return fail(Error {Error::Kind::Input,
                           ServerCliTr::tr("%1 holds no data you may read for that region and "
                                           "cut-off; nothing was written")
                               .arg(pg.displayName())});

    const QString path = parser.value(db);
    Store store;
    if (Result<void> opened = openStore(store, path); !opened)
        return fail(opened.error());
    const Result<QList<ImportLogEntry>> log = store.importLog();
    if (!log)
        return fail(log.error());
    const Result<bool> copy = isServerCopy(store);
    if (!copy)
        return fail(copy.error());
    if (!log->isEmpty() && !*copy)
        return fail(Error {Error::Kind::Input,
                           ServerCliTr::tr("%1 holds your own imports: pull into a new file (or "
                                           "an earlier copy of the server); nothing was written")
                               .arg(QFileInfo(path).fileName())});
    // The pulled scope (the province or everything, the cut-off or every one) becomes what the
    // server shows now: districts an earlier pull brought and the account no longer reads go.
    QList<QDate> cleared;
    if (*copy) {
        if (date.isValid()) {
            cleared.append(date);
        } else {
            const Result<QList<QDate>> held = store.cutoffs();
            if (!held)
                return fail(held.error());
            cleared = *held;
        }
    }
    const Result<void> written = store.writeAll([&]() -> Result<void> {
        for (const QDate &held : std::as_const(cleared)) {
            if (const Result<int> done = store.clearServerScope(held, scope->code); !done)
                return done.error();
        }
        for (const ServerCutoff &entry : std::as_const(*fetched)) {
            const Result<ImportOutcome> imported
                = store.importBatch(entry.batch, entry.cutoff, true);
            if (!imported)
                return imported.error();
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    for (const ServerCutoff &entry : std::as_const(*fetched))
        out() << ServerCliTr::tr("%n Puskesmas of cut-off %1 pulled from %2", nullptr,
                                 int(entry.batch.puskesmas.size()))
                     .arg(entry.cutoff.toString(Qt::ISODate), pg.displayName())
              << u'\n';
    out() << ServerCliTr::tr("%1 is a copy of the server (read-only for imports)")
                 .arg(QFileInfo(path).fileName())
          << Qt::endl;
    return Ok;
#endif
}

} // namespace Lengkap::Cli
