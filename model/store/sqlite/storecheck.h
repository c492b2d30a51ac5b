#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// Looking at a database file without changing it: what the Store does before it opens a file,
// what `lengkap-cli check` and `restore` report. Everything goes through SQLite: a QFile opened
// and closed on a database file drops every POSIX lock this process holds on it, including the
// locks of a connection that is still open (the window's), and another process may then delete
// the -wal and -shm files under it ("database disk image is malformed").
namespace Lengkap {

// A QSqlDatabase connection under a name of its own, removed when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection();
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// SQLite's URI for a file; with immutable=1 SQLite takes no locks and creates no -wal or -shm.
QString sqliteFileUri(const QString &path, bool immutable);

// Whether this process may write the file and create files beside it (access(2) on Unix, so
// read-only media count as read-only; root may write anything else).
bool databaseLocationWritable(const QString &path);

// Opens path read-only for a look that must create nothing: immutable when no -wal exists (no
// other connection has the file open), else a plain read-only connection. Sets the connection's
// name and options; the caller opens it.
void setReadOnlyConnection(QSqlDatabase &db, const QString &path, bool immutable);

struct DatabaseProbe
{
    enum class Verdict {
        Lengkap, // a healthy Lengkap database this program can read
        Missing,
        Empty, // a file of 0 bytes: becomes a new database when opened for writing
        NotAFile, // a folder, a device, a FIFO
        NotSqlite,
        Foreign, // an SQLite database of another program
        Newer, // a Lengkap database of a newer schema
        Damaged, // the integrity check failed
        Failed, // SQLite could not look (busy, I/O error, no permission): see failure
    };
    Verdict verdict = Verdict::Missing;
    int schemaVersion = 0;
    int applicationId = 0;
    QStringList problems; // Damaged: what the integrity check said (a few lines)
    Error failure; // Failed: SQLite's error, in words for people
};

enum class IntegrityCheck { Quick, Full };

// Looks at path through SQLite, read-only, creating no file. extra, when given, runs on the
// same connection after a Lengkap verdict (the check command's domain checks and counts).
DatabaseProbe probeDatabase(const QString &path, IntegrityCheck check,
                            const std::function<void(QSqlDatabase &)> &extra = {});

// Why a probed file is refused, in words for people (the path named, "left untouched").
Error probeRefusal(const DatabaseProbe &probe, const QString &path);

// Rules of the data the schema cannot enforce or that SQLite's quick_check skips (CHECK
// constraints): counts 0..999, keys that must be present, flags 0/1, cut-offs on the 1st.
// Returns one line per broken rule, empty when the data are sound.
Result<QStringList> domainProblems(const QSqlDatabase &db);

// Everything `lengkap-cli check` reports.
struct DatabaseHealth
{
    struct Cutoff
    {
        QDate cutoff;
        int districts = 0;
        int puskesmas = 0;
    };
    DatabaseProbe probe;
    QStringList domain; // domainProblems()
    QList<Cutoff> cutoffs;
    bool healthy() const
    {
        return probe.verdict == DatabaseProbe::Verdict::Lengkap && domain.isEmpty();
    }
};

// The full integrity check, the domain checks, the schema version, the cut-offs and their counts.
DatabaseHealth checkDatabase(const QString &path);

} // namespace Lengkap
