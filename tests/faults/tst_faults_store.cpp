// Issue 11 in the store: refused files get no -wal/-shm, read-only opens create nothing, damage
// that quick_check misses is refused for writing, database errors say what happened, automatic
// backups (keep 10) and restore, and data_version for the window to follow the file.
#include "../model/testutil.h"

#include "databaseerror.h"
#include "store.h"
#include "storecheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestFaultsStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusedFilesGetNoCompanions_data();
    void refusedFilesGetNoCompanions();
    void readOnlyOpenCreatesNothing();
    void flippedCountIsRefusedForWriting();
    void precheckCountsOnlyForAnUnchangedFile();
    void messagesNameWhatHappened_data();
    void messagesNameWhatHappened();
    void busyDatabaseSaysSo();
    void replaceKeepsTenBackups();
    void restoreRefusesUnhealthyFiles_data();
    void restoreRefusesUnhealthyFiles();
    void restoreSwapsDataOfAnOpenDatabase();
    void restoreReplacesADamagedDatabase();
    void restoreStopsWhenTheTargetIsBusy_data();
    void restoreStopsWhenTheTargetIsBusy();
    void dataVersionFollowsOtherWriters();

private:
    QString dbPath() const { return m_dir->filePath(u"lengkap.sqlite"_s); }
    void makeDatabase(const QString &path, int asn = 2);
    static QByteArray hashOf(const QString &path);
    static void flipCount(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
const QString lebak = u"36.02"_s;
const QDate december(2024, 12, 1);

int atlm()
{
    return NakesTypes::indexOf(u"atlm");
}

// One Puskesmas whose ATLM counts (123 ASN, 124 Non-ASN) are stored as the bytes 7B 7C right
// after the key "atlm": a pattern to find in the file and flip.
ImportBatch markedBatch(int asn)
{
    PuskesmasCounts p = TestUtil::puskesmas(lebak, u"Rangkasbitung"_s, asn, 3);
    p.asn[atlm()] = 123;
    p.nonAsn[atlm()] = 124;
    return TestUtil::batch(u"lebak.csv"_s, {p, TestUtil::puskesmas(lebak, u"Cipanas"_s, asn, 1)});
}

bool runSqlite(const QString &path, const QString &script)
{
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {path, script});
    return sqlite.waitForFinished(30000) && sqlite.exitCode() == 0;
}

QByteArray dumpOf(const QString &path)
{
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {path, u".dump"_s});
    if (!sqlite.waitForFinished(30000) || sqlite.exitCode() != 0)
        return {};
    return sqlite.readAllStandardOutput();
}

// Another program (the sqlite3 shell) holding a lock on the database until it is released.
class LockHolder
{
public:
    bool hold(const QString &path, const QByteArray &statements)
    {
        m_shell.start(u"sqlite3"_s, {path});
        if (!m_shell.waitForStarted())
            return false;
        m_shell.write(statements + "\nSELECT 'held';\n");
        while (!m_shell.readAllStandardOutput().contains("held")) {
            if (!m_shell.waitForReadyRead(10000))
                return false;
        }
        return true;
    }
    bool release()
    {
        m_shell.write("ROLLBACK;\n.quit\n");
        m_shell.closeWriteChannel();
        return m_shell.waitForFinished(10000) && m_shell.exitCode() == 0;
    }
    ~LockHolder()
    {
        if (m_shell.state() != QProcess::NotRunning) {
            m_shell.kill();
            m_shell.waitForFinished();
        }
    }

private:
    QProcess m_shell;
};

} // namespace

void TestFaultsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFaultsStore::makeDatabase(const QString &path, int asn)
{
    Store store;
    QVERIFY(store.open(path));
    QVERIFY(store.importBatch(markedBatch(asn), december, false));
}

QByteArray TestFaultsStore::hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A single flipped bit: the ATLM count 123 (0x7B) becomes 0xFB, -5 as SQLite's 1-byte integer.
void TestFaultsStore::flipCount(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf(QByteArray("atlm\x7b\x7c"));
    QVERIFY(at > 0);
    QCOMPARE(bytes.indexOf(QByteArray("atlm\x7b\x7c"), at + 1), -1);
    file.seek(at + 4);
    file.write("\xfb", 1);
}

void TestFaultsStore::refusedFilesGetNoCompanions_data()
{
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<QString>("message");
    QTest::newRow("another program's database in WAL mode")
        << QByteArray("foreign") << u"not a Lengkap database"_s;
    QTest::newRow("a newer Lengkap database in WAL mode")
        << QByteArray("newer") << u"newer version"_s;
    QTest::newRow("a damaged database in WAL mode") << QByteArray("damaged") << u"damaged"_s;
    QTest::newRow("a text file") << QByteArray("text") << u"not an SQLite file"_s;
}

void TestFaultsStore::refusedFilesGetNoCompanions()
{
    QFETCH(QByteArray, setup);
    QFETCH(QString, message);
    const QString path = dbPath();
    if (setup == "text") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("provinsi,kabupaten_kota\nBanten,Lebak\n");
    } else if (setup == "foreign") {
        QVERIFY(runSqlite(path, u"PRAGMA journal_mode=WAL; CREATE TABLE songs(title TEXT);"_s));
    } else if (setup == "newer") {
        QVERIFY(runSqlite(
            path, u"PRAGMA journal_mode=WAL; PRAGMA application_id = %1; "
                  "PRAGMA user_version = 99; CREATE TABLE future(x);"_s.arg(Store::ApplicationId)));
    } else {
        QVERIFY(runSqlite(path, u"PRAGMA journal_mode=WAL; PRAGMA application_id = %1; "
                                "PRAGMA user_version = 1; CREATE TABLE t(x TEXT); "
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                "WHERE i < 2000) INSERT INTO t SELECT hex(randomblob(100)) FROM n; "
                                "CREATE INDEX ti ON t(x);"_s.arg(Store::ApplicationId)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096 * 5);
        f.write(QByteArray(4096, '\xA5'));
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    const QByteArray before = hashOf(path);
    for (Store::OpenMode mode : {Store::OpenMode::ReadWrite, Store::OpenMode::ReadOnly,
                                 Store::OpenMode::WriteIfPossible}) {
        Store store;
        const Result<void> opened = store.open(path, mode);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::Database);
        QVERIFY2(opened.error().message.contains(message), qPrintable(opened.error().message));
    }
    QCOMPARE(hashOf(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList {u"lengkap.sqlite"_s});
}

void TestFaultsStore::readOnlyOpenCreatesNothing()
{
    Store store;
    const Result<void> opened = store.open(dbPath(), Store::OpenMode::ReadOnly);
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(u"no database at"_s),
             qPrintable(opened.error().message));
    QVERIFY(QDir(m_dir->path()).isEmpty());

    makeDatabase(dbPath());
    const QByteArray before = hashOf(dbPath());
    Store reader;
    QVERIFY(reader.open(dbPath(), Store::OpenMode::ReadOnly));
    QVERIFY(reader.isReadOnly());
    QCOMPARE(reader.loadSnapshot(december)->puskesmas.size(), 2);
    const Result<ImportOutcome> written = reader.importBatch(markedBatch(5), december, true);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, Error::Kind::Database);
    reader.close();
    QCOMPARE(hashOf(dbPath()), before);
}

void TestFaultsStore::flippedCountIsRefusedForWriting()
{
    makeDatabase(dbPath());
    flipCount(dbPath());
    // SQLite's quick check does not see it (it skips CHECK constraints)...
    QCOMPARE(probeDatabase(dbPath(), IntegrityCheck::Quick).verdict,
             DatabaseProbe::Verdict::Lengkap);
    const QByteArray before = hashOf(dbPath());
    {
        // ... the domain check does: no import writes into the damaged file.
        Store store;
        const Result<void> opened = store.open(dbPath());
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::Database);
        QVERIFY2(opened.error().message.contains(u"outside 0..999"_s)
                     && opened.error().message.contains(u"restore"_s),
                 qPrintable(opened.error().message));
        QVERIFY(!store.isOpen());
    }
    QCOMPARE(hashOf(dbPath()), before);
    const DatabaseHealth health = checkDatabase(dbPath());
    QVERIFY(!health.healthy());
    QCOMPARE(health.domain.size(), 1);
    // Viewing stays possible.
    Store viewer;
    QVERIFY(viewer.open(dbPath(), Store::OpenMode::ReadOnly));
    const Snapshot snapshot = *viewer.loadSnapshot(december);
    const auto marked
        = std::find_if(snapshot.puskesmas.cbegin(), snapshot.puskesmas.cend(),
                       [](const PuskesmasData &p) { return p.name == u"Rangkasbitung"_s; });
    QVERIFY(marked != snapshot.puskesmas.cend());
    QCOMPARE(marked->asn.at(atlm()), -5);
}

// `lengkap-cli import` checks the database on another thread while it reads the file
// (Store::precheck): open() must take that look only while neither the file nor its -wal has
// changed since it began, and look again otherwise.
void TestFaultsStore::precheckCountsOnlyForAnUnchangedFile()
{
    makeDatabase(dbPath());
    Store::Precheck checked = Store::precheck(dbPath());
    QCOMPARE(checked.probe.verdict, DatabaseProbe::Verdict::Lengkap);
    QVERIFY(checked.domainProblems.has_value());
    QVERIFY(checked.domainProblems->ok());
    QVERIFY((*checked.domainProblems)->isEmpty());
    QVERIFY(Store().open(dbPath(), Store::OpenMode::ReadWrite, checked));
    // Why open() refuses the file with that look ("" when it opens it).
    const auto refusal = [this](const Store::Precheck &look) {
        Store store;
        const Result<void> opened = store.open(dbPath(), Store::OpenMode::ReadWrite, look);
        return opened ? QString() : opened.error().message;
    };

    // Unchanged: the look taken beforehand is what open() goes by (a planted finding shows it).
    checked = Store::precheck(dbPath());
    checked.domainProblems = QStringList {u"planted finding"_s};
    QVERIFY2(refusal(checked).contains(u"planted finding"_s), qPrintable(refusal(checked)));
    // ... unless it could not see the file (busy at the time, say): then it looks again.
    checked = Store::precheck(dbPath());
    checked.probe.verdict = DatabaseProbe::Verdict::Failed;
    checked.probe.failure = Error {Error::Kind::Database, u"planted failure"_s};
    QVERIFY2(refusal(checked).isEmpty(), qPrintable(refusal(checked)));

    // Changed since (a bit flipped by something else): open() looks again, and refuses.
    checked = Store::precheck(dbPath());
    QVERIFY((*checked.domainProblems)->isEmpty());
    QTest::qWait(20); // a later modification time than the look's, on any file system
    flipCount(dbPath());
    QVERIFY2(refusal(checked).contains(u"outside 0..999"_s), qPrintable(refusal(checked)));

    // A look taken of the damaged file refuses it too, and of another path counts for nothing.
    checked = Store::precheck(dbPath());
    QVERIFY(!(*checked.domainProblems)->isEmpty());
    QVERIFY(refusal(checked).contains(u"outside 0..999"_s));
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    makeDatabase(other);
    QVERIFY(Store().open(other, Store::OpenMode::ReadWrite, checked));
}

void TestFaultsStore::messagesNameWhatHappened_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("busy") << 5 << u"in use by another program"_s;
    QTest::newRow("locked") << 6 << u"in use by another program"_s;
    QTest::newRow("busy, extended (BUSY_SNAPSHOT)") << 517 << u"in use by another program"_s;
    QTest::newRow("disk full") << 13 << u"disk is full"_s;
    QTest::newRow("read-only") << 8 << u"read-only"_s;
    QTest::newRow("damaged") << 11 << u"damaged"_s;
    QTest::newRow("not a database") << 26 << u"damaged"_s;
    QTest::newRow("I/O error (IOERR_WRITE)") << 778 << u"disk or media error"_s;
    QTest::newRow("cannot open") << 14 << u"cannot be opened"_s;
    QTest::newRow("no code, no text") << 0 << u"database error"_s;
}

void TestFaultsStore::messagesNameWhatHappened()
{
    QFETCH(int, code);
    QFETCH(QString, words);
    // The driver's text is often empty (a failed COMMIT): the code alone must tell.
    const Error error = sqliteError(code, QString());
    QCOMPARE(error.kind, Error::Kind::Database);
    QVERIFY2(error.message.contains(words), qPrintable(error.message));
    QVERIFY(!error.message.trimmed().endsWith(u':'));
}

void TestFaultsStore::busyDatabaseSaysSo()
{
    makeDatabase(dbPath());
    // Another program holds the write lock past the 5 s busy timeout.
    const QString name = u"holder"_s;
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        holder.setDatabaseName(dbPath());
        QVERIFY(holder.open());
        QSqlQuery begin(holder);
        QVERIFY(begin.exec(u"BEGIN IMMEDIATE"_s));
        Store store;
        QVERIFY(store.open(dbPath()));
        QElapsedTimer timer;
        timer.start();
        const Result<ImportOutcome> written = store.importBatch(markedBatch(7), december, true);
        QVERIFY(!written);
        QVERIFY(timer.elapsed() >= 4000);
        QCOMPARE(written.error().kind, Error::Kind::Database);
        QVERIFY2(written.error().message.contains(u"in use by another program"_s)
                     && written.error().message.contains(u"nothing was changed"_s),
                 qPrintable(written.error().message));
        QVERIFY(begin.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(name);
}

void TestFaultsStore::replaceKeepsTenBackups()
{
    Store store;
    QVERIFY(store.open(dbPath()));
    QVERIFY(store.importBatch(markedBatch(1), december, false));
    QVERIFY(Store::backups(dbPath()).isEmpty()); // nothing replaced yet
    for (int asn = 2; asn <= 13; ++asn) {
        QVERIFY(store.importBatch(markedBatch(asn), december, true));
        QCOMPARE(Store::backups(dbPath()).size(), std::min(asn - 1, Store::KeptBackups));
    }
    const QStringList backups = Store::backups(dbPath());
    QCOMPARE(QDir(Store::backupFolder(dbPath())).entryList(QDir::Files).size(), Store::KeptBackups);
    // The newest holds the data from before the last replace (dokter ASN 12), healthy.
    QVERIFY(checkDatabase(backups.first()).healthy());
    Store newest;
    QVERIFY(newest.open(backups.first(), Store::OpenMode::ReadOnly));
    QCOMPARE(newest.loadSnapshot(december)->puskesmas.first().asn.first(), 12);
    QVERIFY(backups.first().endsWith(u"-replace.sqlite"_s));
}

void TestFaultsStore::restoreRefusesUnhealthyFiles_data()
{
    QTest::addColumn<QByteArray>("backup");
    QTest::newRow("a text file") << QByteArray("text");
    QTest::newRow("a database with a flipped count") << QByteArray("flipped");
    QTest::newRow("the database itself") << QByteArray("self");
}

void TestFaultsStore::restoreRefusesUnhealthyFiles()
{
    QFETCH(QByteArray, backup);
    makeDatabase(dbPath());
    QString file = m_dir->filePath(u"backup.sqlite"_s);
    if (backup == "text") {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
    } else if (backup == "flipped") {
        makeDatabase(file, 9);
        flipCount(file);
    } else {
        file = dbPath();
    }
    const QString before = TestUtil::dump(dbPath());
    const Result<void> restored = Store::restore(dbPath(), file);
    QVERIFY(!restored);
    QVERIFY(restored.error().kind != Error::Kind::Database);
    QCOMPARE(TestUtil::dump(dbPath()), before);
}

void TestFaultsStore::restoreStopsWhenTheTargetIsBusy_data()
{
    QTest::addColumn<QByteArray>("journal");
    QTest::addColumn<QByteArray>("lock");
    // A rollback-journal file (an old copy) under an exclusive lock: opening it for writing
    // (switching it to WAL) waits out the busy timeout.
    QTest::newRow("exclusive lock while opening")
        << QByteArray("delete") << QByteArray("BEGIN EXCLUSIVE;");
    // The program's own WAL files: readers pass, the swap's write transaction waits.
    QTest::newRow("write lock in WAL mode") << QByteArray("wal") << QByteArray("BEGIN IMMEDIATE;");
}

void TestFaultsStore::restoreStopsWhenTheTargetIsBusy()
{
    QFETCH(QByteArray, journal);
    QFETCH(QByteArray, lock);
    const QString backup = m_dir->filePath(u"backup.sqlite"_s);
    makeDatabase(backup, 4);
    makeDatabase(dbPath(), 2);
    QVERIFY(runSqlite(dbPath(), u"PRAGMA journal_mode = %1;"_s.arg(QString::fromLatin1(journal))));
    const QByteArray before = dumpOf(dbPath());
    QVERIFY(!before.isEmpty());
    const QStringList files
        = QDir(m_dir->path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);

    LockHolder holder;
    QVERIFY(holder.hold(dbPath(), lock));
    QElapsedTimer timer;
    timer.start();
    const Result<void> restored = Store::restore(dbPath(), backup);
    QVERIFY(!restored);
    QVERIFY(timer.elapsed() >= 4000); // waited the busy timeout, then gave up
    QCOMPARE(restored.error().kind, Error::Kind::Database);
    QVERIFY2(restored.error().message.contains(u"in use by another program"_s)
                 && restored.error().message.contains(u"nothing was changed"_s),
             qPrintable(restored.error().message));
    QVERIFY(holder.release());

    // Nothing changed: the same rows, no file moved, no backup taken, no temporary left.
    QCOMPARE(dumpOf(dbPath()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), files);
    QVERIFY(Store::backups(dbPath()).isEmpty());
}

void TestFaultsStore::restoreSwapsDataOfAnOpenDatabase()
{
    const QString file = m_dir->filePath(u"backup.sqlite"_s);
    makeDatabase(dbPath(), 4);
    {
        Store store;
        QVERIFY(store.open(dbPath()));
        QVERIFY(store.backupTo(file));
        QVERIFY(!store.backupTo(file)); // never overwrites
        QVERIFY(store.importBatch(markedBatch(8), december.addMonths(1), false));
    }
    Store window; // open meanwhile, as the window would be
    QVERIFY(window.open(dbPath(), Store::OpenMode::WriteIfPossible));
    QCOMPARE(window.cutoffs()->size(), 2);
    const qint64 version = *window.dataVersion();
    const Result<void> restored = Store::restore(dbPath(), file);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
    QVERIFY(*window.dataVersion() != version);
    QCOMPARE(window.cutoffs()->size(), 1);
    QCOMPARE(window.loadSnapshot(december)->puskesmas.first().asn.first(), 4);
    // What it held before is a backup of its own.
    QCOMPARE(Store::backups(dbPath()).size(), 1);
    QVERIFY(Store::backups(dbPath()).first().endsWith(u"-restore.sqlite"_s));
    QVERIFY(checkDatabase(dbPath()).healthy());
}

void TestFaultsStore::restoreReplacesADamagedDatabase()
{
    const QString file = m_dir->filePath(u"backup.sqlite"_s);
    makeDatabase(file, 6);
    makeDatabase(dbPath(), 2);
    flipCount(dbPath());
    const QByteArray damaged = hashOf(dbPath());
    const Result<void> restored = Store::restore(dbPath(), file);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
    QVERIFY(checkDatabase(dbPath()).healthy());
    Store store;
    QVERIFY(store.open(dbPath()));
    QCOMPARE(store.loadSnapshot(december)->puskesmas.first().asn.first(), 6);
    // The damaged file is kept, moved into the backups folder.
    const QStringList kept = QDir(Store::backupFolder(dbPath()))
                                 .entryList({u"lengkap-damaged-*.sqlite"_s}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(hashOf(QDir(Store::backupFolder(dbPath())).filePath(kept.first())), damaged);
}

void TestFaultsStore::dataVersionFollowsOtherWriters()
{
    Store window;
    QVERIFY(window.open(dbPath(), Store::OpenMode::WriteIfPossible));
    const qint64 before = *window.dataVersion();
    QCOMPARE(*window.dataVersion(), before); // stable while nobody writes
    {
        Store other;
        QVERIFY(other.open(dbPath()));
        QVERIFY(other.importBatch(markedBatch(3), december, false));
    }
    QVERIFY(*window.dataVersion() != before);
}

QTEST_GUILESS_MAIN(TestFaultsStore)
#include "tst_faults_store.moc"
