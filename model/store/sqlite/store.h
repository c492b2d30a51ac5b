#pragma once

#include "importbatch.h"
#include "result.h"
#include "scenariodocument.h"
#include "snapshot.h"
#include "snapshotsource.h"
#include "storecheck.h"
#include "types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

// The one owner of the SQLite database. Hands out value types; no SQL outside store*.cpp.
// A Store is used only by the thread that opened it (Qt's rule for QSqlDatabase): a worker
// thread opens its own Store on the same file.
namespace Lengkap {

struct ImportLogEntry
{
    qint64 id = 0;
    QDate cutoff;
    QString sourceName;
    QString sha256;
    QString format;
    QDateTime importedAt; // UTC
    int rowCount = 0;
    QStringList districtCodes;
    bool replaced = false;
};

struct ImportOutcome
{
    qint64 importId = 0;
    int puskesmas = 0;
    QStringList districtCodes; // the districts the import wrote, sorted
    QStringList replacedDistricts; // those that swapped older data (--replace)
};

// A database made before the national sample got a file of its own (issue 12) may hold the
// sample (DATA CONTOH: import_log.sample = 1) beside the user's own imports.
struct MixedSample
{
    QList<QDate> cutoffs; // cut-offs holding districts of the sample, oldest first
    int sampleDistricts = 0; // (cut-off, district) pairs the sample holds
    int sampleImports = 0;
    int ownDistricts = 0; // (cut-off, district) pairs of the user's own imports
    bool isMixed() const { return sampleDistricts > 0 && ownDistricts > 0; }
};

class Store : public SnapshotSource
{
public:
    // The schema this program writes; databases with a higher user_version are refused.
    static constexpr int SchemaVersion = 2;
    // PRAGMA application_id: "LGKP".
    static constexpr int ApplicationId = 0x4C474B50;

    Store();
    ~Store() override;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    enum class OpenMode {
        ReadWrite, // creates a missing database; refuses a read-only one (imports, demo)
        ReadOnly, // never creates, never writes (summaries, tables, reports, exports)
        WriteIfPossible, // the window: read-write, else read-only with readOnlyReason()
    };

    // Opens or creates a Lengkap database: migrates an older schema inside one transaction;
    // refuses (Kind::Database, file untouched, no -wal or -shm left beside it) a foreign,
    // corrupt or newer database, and, for writing, one whose data break the domain's rules.
    Result<void> open(const QString &path); // OpenMode::ReadWrite
    Result<void> open(const QString &path, OpenMode mode);

    // What open() reads of an existing database before it writes to it: the quick integrity
    // check and the domain's rules, which take time in proportion to the file (~0.3 s for a
    // year of a province). Read-only, on a connection of its own, so it may run on another
    // thread beforehand: `lengkap-cli import` runs it while it reads the file to import. open()
    // takes it when neither the database nor its -wal has changed since, else looks again.
    struct Precheck
    {
        QString path;
        DatabaseProbe probe;
        std::optional<Result<QStringList>> domainProblems; // when the schema is current
        QList<qint64> stamp; // sizes and times of the file and its -wal, before the look
    };
    static Precheck precheck(const QString &path);
    Result<void> open(const QString &path, OpenMode mode, const Precheck &checked);
    // precheck() on a QThread of its own (a thread Qt knows, whose SQL connection it cleans up
    // on every platform), started at construction; take() and the destructor wait for it.
    class BackgroundPrecheck
    {
    public:
        explicit BackgroundPrecheck(const QString &path);
        ~BackgroundPrecheck();
        BackgroundPrecheck(const BackgroundPrecheck &) = delete;
        BackgroundPrecheck &operator=(const BackgroundPrecheck &) = delete;
        Precheck take();

    private:
        Precheck m_result;
        std::unique_ptr<QThread> m_thread;
    };
    // Opened read-only: asked for, or the file, its folder or its medium cannot be written.
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; } // empty unless forced
    // SQLite's PRAGMA data_version: changes when another connection (another process, or the
    // import thread) commits to the file. The window polls it to follow the file.
    Result<qint64> dataVersion() const;

    // Backups (storebackup.cpp). A backup is a consistent copy as of the last commit, made by
    // VACUUM INTO through a connection of its own: it can be taken while this connection holds
    // an open write transaction, and shows the data from before it.
    static constexpr int KeptBackups = 10;
    // "backups" beside the database.
    static QString backupFolder(const QString &databasePath);
    // The automatic backups of this database, newest first.
    static QStringList backups(const QString &databasePath);
    // A copy into file, which must not exist yet.
    Result<void> backupTo(const QString &file) const;
    // A copy into backupFolder(), named after the database, the time (UTC) and the reason
    // ("replace", "list", "migration", "restore", "delete"); keeps the newest KeptBackups.
    // Callers about to delete or replace data call this first and give up if it fails.
    Result<QString> autoBackup(const QString &reason) const;
    // Puts the data of backupFile (a healthy Lengkap database) into the database at
    // databasePath, atomically, after an automatic backup of what it held; a damaged database
    // is moved into backupFolder() first. Refuses (Kind::Input) any other file.
    static Result<void> restore(const QString &databasePath, const QString &backupFile);
    void close();
    bool isOpen() const;
    // Whether imports write through SQLite's C API (model/store/sqlite/bulkinsert.h) on this connection.
    bool bulkWritesUseSqliteApi() const;
    QString path() const { return m_path; }

    // Writes a batch as the cut-off's data for the districts it holds, atomically. Refuses
    // (Kind::Input, nothing written) a district the cut-off already holds unless replace.
    Result<ImportOutcome> importBatch(const ImportBatch &batch, QDate cutoff, bool replace);

    // Sets the cut-off's rpjmn or registered list to these entries (replacing an earlier list
    // of that kind for that cut-off), atomically. Returns how many entries were stored.
    Result<int> importList(ListKind kind, QDate cutoff, const QList<ListEntry> &entries,
                           const QString &sourceName, const QString &sha256);

    // Runs several writes (importBatch, importList) as one transaction: all or nothing.
    Result<void> writeAll(const std::function<Result<void>()> &writes);

    // Cut-off dates that hold data, oldest first.
    Result<QList<QDate>> cutoffs() const override;
    Result<Snapshot> loadSnapshot(QDate cutoff) const override;
    // SnapshotSource (storesource.cpp): the file's path; imports when writable and no server copy.
    QString sourceName() const override { return m_path; }
    bool acceptsImports() const override;
    // A server copy (servercopy.h) only: deletes the data of the cut-off's districts in the
    // province (every district when provinceCode is empty), so that a pull replaces what an
    // earlier pull brought for that scope. One transaction (or part of writeAll's); returns how
    // many districts were removed.
    Result<int> clearServerScope(QDate cutoff, const QString &provinceCode);
    Result<QList<ImportLogEntry>> importLog() const;

    // Scenarios (issue 14, schema 2; storescenarios.cpp): documents apart from the imported
    // data, which scenario work never writes. Names are unique; every write is atomic.
    Result<QList<ScenarioInfo>> scenarios() const; // by name
    Result<ScenarioDocument> loadScenario(const QString &name) const; // unknown: Kind::Input
    // Saves a new scenario (id 0) or replaces a saved one's name and changes; returns its id.
    Result<qint64> saveScenario(const ScenarioDocument &document);
    Result<void> renameScenario(const QString &name, const QString &newName);
    Result<qint64> duplicateScenario(const QString &name, const QString &newName);
    // Deletes a scenario after a backup of the database (backupBeforeDeletion); returns the
    // backup's path.
    Result<QString> deleteScenario(const QString &name);
    // A consistent copy of the whole database (VACUUM INTO) beside it, in <name>.backups/,
    // before something is deleted. Returns its path.
    Result<QString> backupBeforeDeletion(const QString &what);

    // The sample's part of the open database (storesample.cpp); read only.
    Result<MixedSample> mixedSample() const;
    // Deletes the sample's rows (its imports, their districts, Puskesmas rows and counts, its
    // RPJMN and registered lists, cut-offs left empty, Puskesmas no longer referenced) in one
    // transaction, after an automatic backup ("sample"); the user's imports are not touched.
    // Returns the backup's path. A failure leaves the file as it was.
    Result<QString> removeSample();

private:
    Error readOnlyError() const;
    Result<void> configure();
    Result<void> migrate(int fromVersion);
    Result<void> seedReferenceData();
    Result<qint64> scenarioId(const QString &name) const; // 0 when there is none
    Result<void> writeScenarioChanges(qint64 id, const QList<ScenarioChange> &changes);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0; // > 0 while a Transaction is open; nested ones are savepoints
    bool m_readOnly = false;
    QString m_readOnlyReason;
};

} // namespace Lengkap
