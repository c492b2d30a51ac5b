#pragma once

// A throwaway PostgreSQL cluster for the server tests and the server benchmark: initdb into a
// temporary folder, the server on a Unix socket in that folder (TCP on 127.0.0.1 only with
// enableSsl()), stopped at the end.
// Debian's binaries in /usr/lib/postgresql/<version>/bin (or LENGKAP_PG_BINDIR). PostgreSQL
// refuses to run as root, so as root (CI) every server program runs as "nobody" through
// setpriv. The admin role lengkap_admin has a password, given to clients by a PGPASSFILE, as a
// real deployment would; every failure comes back as a message for QFAIL, never a skip.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lengkap::ServerTest {

struct Output
{
    int code = -1; // -1: did not finish in time or did not start
    QString out;
    QString err;
};

class PgCluster
{
public:
    PgCluster()
        : m_root(QDir::tempPath() + QStringLiteral("/lengkap-pg-XXXXXX"))
    {
    }
    ~PgCluster() { stop(); }

    // Empty on success, else why the cluster could not start.
    QString start()
    {
        if (!m_root.isValid())
            return QStringLiteral("cannot create a temporary folder");
        m_binDir = qEnvironmentVariable("LENGKAP_PG_BINDIR");
        if (m_binDir.isEmpty()) {
            const QStringList versions
                = QDir(QStringLiteral("/usr/lib/postgresql"))
                      .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
            for (const QString &version : versions) {
                if (QFile::exists(
                        QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(version))) {
                    m_binDir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
                    break;
                }
            }
        }
        if (!QFile::exists(m_binDir + QStringLiteral("/initdb")))
            return QStringLiteral("no PostgreSQL server binaries (initdb) found under "
                                  "/usr/lib/postgresql/*/bin: install Debian's postgresql "
                                  "package (packaging/setup.sh does) or set LENGKAP_PG_BINDIR");
        if (geteuid() == 0) {
            const passwd *nobody = getpwnam("nobody");
            if (!nobody)
                return QStringLiteral("running as root but there is no user 'nobody' to run "
                                      "PostgreSQL as");
            m_uid = nobody->pw_uid;
            m_gid = nobody->pw_gid;
        }
        const QByteArray root = QFile::encodeName(m_root.path());
        ::chmod(root.constData(), 0755);
        if (m_uid >= 0 && ::chown(root.constData(), uid_t(m_uid), gid_t(m_gid)) != 0)
            return QStringLiteral("cannot hand %1 to nobody").arg(m_root.path());
        const QString pwfile = m_root.filePath(QStringLiteral("pw"));
        if (!writeFile(pwfile, adminPassword().toUtf8() + '\n', true))
            return QStringLiteral("cannot write %1").arg(pwfile);
        // Clients (root or not) read the admin password from here, 0600 as libpq wants it.
        m_passFile = m_root.filePath(QStringLiteral("pgpass"));
        if (!writeFile(m_passFile, "*:*:*:lengkap_admin:" + adminPassword().toUtf8() + '\n', false))
            return QStringLiteral("cannot write %1").arg(m_passFile);
        ::chmod(QFile::encodeName(m_passFile).constData(), 0600);

        const Output init = runServerProgram(
            QStringLiteral("initdb"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("lengkap_admin"),
             QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth=scram-sha-256"),
             QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
             QStringLiteral("--no-sync")},
            120000);
        if (init.code != 0)
            return QStringLiteral("initdb failed (exit %1): %2 %3")
                .arg(init.code)
                .arg(init.out, init.err);
        m_port = 20000 + int(QRandomGenerator::global()->bounded(30000));
        if (m_wantSsl) {
            if (const QString made = makeCertificate(); !made.isEmpty())
                return made;
        }
        if (const QString started = startServer(); !started.isEmpty())
            return started;
        const Output created
            = psqlAdmin(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE lengkap"));
        if (created.code != 0)
            return QStringLiteral("CREATE DATABASE failed: %1").arg(created.err);
        return {};
    }

    // Before start(): the server also listens on 127.0.0.1 (TCP, the same port number) with
    // ssl = on and a self-signed certificate for "localhost" made by the openssl command.
    void enableSsl() { m_wantSsl = true; }
    QString certificate() const { return m_root.filePath(QStringLiteral("server.crt")); }
    // The TCP address, for sslmode tests: "host=localhost hostaddr=127.0.0.1 port=... ...".
    QString tcpConninfo(const QString &user) const
    {
        return QStringLiteral("host=localhost hostaddr=127.0.0.1 port=%1 dbname=lengkap user=%2")
            .arg(m_port)
            .arg(user);
    }

    // Starts the (initialised) server again after stop(); empty on success. ssl: when SSL was
    // enabled, whether this run of the server offers it.
    QString startServer(bool ssl = true)
    {
        QString options = QStringLiteral("-c listen_addresses='' -k %1 -p %2 -c fsync=off "
                                         "-c max_connections=60")
                              .arg(m_root.path())
                              .arg(m_port);
        if (m_wantSsl)
            options = QStringLiteral("-c listen_addresses=127.0.0.1 -k %1 -p %2 -c fsync=off "
                                     "-c max_connections=60 -c ssl=%3 -c ssl_cert_file=%4 "
                                     "-c ssl_key_file=%5")
                          .arg(m_root.path())
                          .arg(m_port)
                          .arg(ssl ? QStringLiteral("on") : QStringLiteral("off"), certificate(),
                               m_root.filePath(QStringLiteral("server.key")));
        const Output started
            = runServerProgram(QStringLiteral("pg_ctl"),
                               {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), logFile(),
                                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                QStringLiteral("-o"), options, QStringLiteral("start")},
                               90000);
        if (started.code != 0) {
            QFile log(logFile());
            log.open(QIODevice::ReadOnly);
            return QStringLiteral("pg_ctl start failed (exit %1): %2 %3\nserver log:\n%4")
                .arg(started.code)
                .arg(started.out, started.err, QString::fromUtf8(log.readAll()));
        }
        m_running = true;
        return {};
    }

    // Fast shutdown: open sessions are ended, their transactions rolled back.
    void stop()
    {
        if (!m_running)
            return;
        runServerProgram(QStringLiteral("pg_ctl"),
                         {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                          QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                         60000);
        m_running = false;
    }

    QString conninfo(const QString &user, const QString &database = QStringLiteral("lengkap")) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
            .arg(m_root.path())
            .arg(m_port)
            .arg(database, user);
    }
    QString adminConninfo() const { return conninfo(QStringLiteral("lengkap_admin")); }
    static QString adminPassword() { return QStringLiteral("admin-secret-1"); }
    QString passFile() const { return m_passFile; }
    QString folder() const { return m_root.path(); }
    QString binDir() const { return m_binDir; }
    QString logFile() const { return m_root.filePath(QStringLiteral("server.log")); }

    // Adds "user password" to the client's PGPASSFILE.
    bool addPassword(const QString &user, const QString &password)
    {
        QFile file(m_passFile);
        if (!file.open(QIODevice::Append))
            return false;
        file.write(QStringLiteral("*:*:*:%1:%2\n").arg(user, password).toUtf8());
        return true;
    }

    // Environment for client programs: the pass file, nothing from the caller's PG* settings.
    QProcessEnvironment clientEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QStringLiteral("PG")))
                env.remove(key);
        }
        env.insert(QStringLiteral("PGPASSFILE"), m_passFile);
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LANGUAGE"));
        return env;
    }

    // psql as a role with plain SQL (no Lengkap client): -X, stop on the first error, tuples only.
    Output psql(const QString &conninfo, const QString &sql) const
    {
        return run(m_binDir + QStringLiteral("/psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                    QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-d"), conninfo, QStringLiteral("-c"), sql},
                   clientEnvironment(), 60000);
    }
    Output psqlAdmin(const QString &database, const QString &sql) const
    {
        return psql(conninfo(QStringLiteral("lengkap_admin"), database), sql);
    }

    static Output run(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &env, int timeoutMs,
                      const QString &workingDirectory = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory); // readable by nobody
        process.start(program, arguments);
        Output output;
        if (!process.waitForStarted(30000)) {
            output.err = process.errorString();
            return output;
        }
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
            output.err = QStringLiteral("timed out");
            return output;
        }
        output.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        output.out = QString::fromUtf8(process.readAllStandardOutput());
        output.err = QString::fromUtf8(process.readAllStandardError());
        return output;
    }

private:
    // server.crt / server.key in the cluster's folder, the key readable by the server only.
    QString makeCertificate()
    {
        const QString key = m_root.filePath(QStringLiteral("server.key"));
        const Output made
            = run(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate()},
                  QProcessEnvironment::systemEnvironment(), 120000);
        if (made.code != 0)
            return QStringLiteral("openssl could not make the test server's certificate (exit "
                                  "%1; packaging/setup.sh installs openssl): %2 %3")
                .arg(made.code)
                .arg(made.out, made.err);
        const QByteArray keyPath = QFile::encodeName(key);
        ::chmod(keyPath.constData(), 0600);
        if (m_uid >= 0 && ::chown(keyPath.constData(), uid_t(m_uid), gid_t(m_gid)) != 0)
            return QStringLiteral("cannot hand %1 to nobody").arg(key);
        return {};
    }

    QString dataDir() const { return m_root.filePath(QStringLiteral("data")); }

    bool writeFile(const QString &path, const QByteArray &data, bool forServer) const
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(data);
        file.close();
        if (forServer && m_uid >= 0)
            return ::chown(QFile::encodeName(path).constData(), uid_t(m_uid), gid_t(m_gid)) == 0;
        return true;
    }

    // initdb and pg_ctl as nobody when we are root (PostgreSQL refuses root).
    Output runServerProgram(const QString &name, const QStringList &arguments, int timeoutMs) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QStringLiteral("PG")))
                env.remove(key);
        }
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        if (m_uid < 0)
            return run(m_binDir + u'/' + name, arguments, env, timeoutMs, m_root.path());
        env.insert(QStringLiteral("HOME"), m_root.path());
        QStringList wrapped {
            QStringLiteral("--reuid=%1").arg(m_uid), QStringLiteral("--regid=%1").arg(m_gid),
            QStringLiteral("--clear-groups"), QStringLiteral("--"), m_binDir + u'/' + name};
        wrapped += arguments;
        return run(QStringLiteral("setpriv"), wrapped, env, timeoutMs, m_root.path());
    }

    QTemporaryDir m_root;
    QString m_binDir;
    QString m_passFile;
    int m_port = 0;
    int m_uid = -1;
    int m_gid = -1;
    bool m_running = false;
    bool m_wantSsl = false;
};

} // namespace Lengkap::ServerTest
