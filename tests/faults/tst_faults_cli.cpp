// Issue 11 through lengkap-cli: a read-only database (read-only folder or file, as a user who
// cannot write there: CI runs as root, where chmod stops nothing, so the CLI runs as "nobody"
// through setpriv), a mistyped --db, a busy database, backup/restore/check, a full disk during
// import and export (a small tmpfs; root only, as in CI) and exports under a file-size limit.
#include "../cli/runprogram.h"
#include "../model/testutil.h"
#include "faultutil.h"

#include "store.h"
#include "wilayah.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestFaultsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void readOnlyDatabaseOpensForViewing_data();
    void readOnlyDatabaseOpensForViewing();
    void mistypedDbCreatesNothing_data();
    void mistypedDbCreatesNothing();
    void busyDatabaseMessage();
    void backupRestoreCheck();
    void fullDiskDuringImport();
    void fullDiskDuringExport_data();
    void fullDiskDuringExport();
    void exportsUnderAFileSizeLimit_data();
    void exportsUnderAFileSizeLimit();

private:
    using Run = CliTest::Run;
    static Run cli(const QStringList &arguments, const QStringList &environment = {})
    {
        return CliTest::runCli(arguments, environment);
    }
    QString db() const { return m_dir->filePath(u"t.sqlite"_s); }
    void importSeed(const QString &database);

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_shared; // the national sample database, made once
    QString m_national;
};

namespace {

const QString seedRekap = QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv");

// Runs the CLI as a user who owns nothing here ("nobody"), so file permissions hold even for
// root; as that user already when not root.
// The program as the other user finds it installed: lengkap-cli and the module that draws
// tables (cli/drawmodule.h) copied into a folder anyone may read. The build tree of a clone in a
// private folder (mktemp -d) is not: there the other user could start lengkap-cli but not open
// the module beside it, and table would fail for a reason no installation has.
QString installedForOthers()
{
    static QTemporaryDir folder;
    static const QString program = [] {
        if (!folder.isValid())
            return QString();
        QFile::setPermissions(folder.path(), QFileDevice::Permissions(0x7755));
        const QFileInfo cli(QStringLiteral(LENGKAP_CLI));
        for (const QString &name : {cli.fileName(), u"lengkap-cli-draw.so"_s}) {
            const QString to = folder.filePath(name);
            if (!QFile::copy(cli.dir().filePath(name), to)
                || !QFile::setPermissions(to, QFileDevice::Permissions(0x7755)))
                return QString();
        }
        return folder.filePath(cli.fileName());
    }();
    return program;
}

CliTest::Run asOtherUser(const QStringList &arguments)
{
    if (::geteuid() != 0)
        return CliTest::runCli(arguments);
    const QString program = installedForOthers();
    if (program.isEmpty())
        return CliTest::Run {-1, {}, u"cannot copy lengkap-cli where another user may run it"_s};
    return CliTest::runProgram(u"setpriv"_s,
                               QStringList {u"--reuid=65534"_s, u"--regid=65534"_s,
                                            u"--clear-groups"_s, program}
                                   + arguments);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool mountTmpfs(const QString &dir, int kilobytes)
{
    return CliTest::runProgram(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s,
                                            u"size=%1k"_s.arg(kilobytes), u"tmpfs"_s, dir})
               .code
           == 0;
}

void unmount(const QString &dir)
{
    CliTest::runProgram(u"umount"_s, {dir});
}

// Fills the file system of dir up to all but about `leave` bytes.
void fillUp(const QString &dir, qint64 leave)
{
    QFile filler(QDir(dir).filePath(u"filler"_s));
    if (!filler.open(QIODevice::WriteOnly))
        return;
    const QByteArray block(4096, 'f');
    const qint64 free = CliTest::runProgram(u"df"_s, {u"-B1"_s, u"--output=avail"_s, dir})
                            .out.split(u'\n')
                            .value(1)
                            .trimmed()
                            .toLongLong();
    for (qint64 written = 0; written + leave < free; written += block.size()) {
        if (filler.write(block) != block.size())
            break;
    }
    filler.close();
}

} // namespace

void TestFaultsCli::initTestCase()
{
    QVERIFY(m_shared.isValid());
    m_national = m_shared.filePath(u"national.sqlite"_s);
    const Run demo = cli({u"demo"_s, u"--db"_s, m_national});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
}

void TestFaultsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFaultsCli::importSeed(const QString &database)
{
    const Run run
        = cli({u"import"_s, u"--db"_s, database, u"--cutoff"_s, u"2024-12-01"_s, seedRekap});
    QVERIFY2(run.code == 0, qPrintable(run.err));
}

void TestFaultsCli::readOnlyDatabaseOpensForViewing_data()
{
    QTest::addColumn<bool>("readOnlyFolder");
    QTest::newRow("read-only folder (555), read-only file (444)") << true;
    QTest::newRow("read-only file (444) in a writable folder") << false;
}

void TestFaultsCli::readOnlyDatabaseOpensForViewing()
{
    QFETCH(bool, readOnlyFolder);
    if (::geteuid() == 0)
        QVERIFY2(!QStandardPaths::findExecutable(u"setpriv"_s).isEmpty(),
                 "setpriv (util-linux) is needed to run the CLI as another user");
    // The other user must reach the files: the temporary folder is private by default.
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::Permissions(0x7755)));
    const QString media = m_dir->filePath(u"media"_s);
    const QString out = m_dir->filePath(u"out"_s);
    QVERIFY(QDir().mkpath(media));
    QVERIFY(QDir().mkpath(out));
    const QString database = QDir(media).filePath(u"lengkap.sqlite"_s);
    importSeed(database);
    QVERIFY(!QFile::exists(database + u"-wal"_s));
    const QByteArray before = contents(database);
    QVERIFY(QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
    QFile::Permissions open
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
          | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
          | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(out, open));
    QVERIFY(QFile::setPermissions(media, readOnlyFolder ? QFileDevice::Permissions(
                                             QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                             | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                             | QFileDevice::ReadOther | QFileDevice::ExeOther)
                                                        : open));

    // Viewing, tables and reports work...
    const Run summary = asOtherUser({u"summary"_s, u"--db"_s, database, u"--json"_s});
    QVERIFY2(summary.code == 0, qPrintable(summary.err));
    QVERIFY(summary.out.contains(u"\"puskesmas\": 35"_s));
    const QString csv = QDir(out).filePath(u"lombok.csv"_s);
    const Run table = asOtherUser(
        {u"table"_s, u"--db"_s, database, u"--district"_s, u"Lombok Timur"_s, u"-o"_s, csv});
    QVERIFY2(table.code == 0, qPrintable(table.err));
    QVERIFY(QFileInfo(csv).size() > 1000);
    const Run check = asOtherUser({u"check"_s, u"--db"_s, database});
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    // ... an import is refused with a clear message, nothing written. The file to import is
    // copied where the other user may read it: a clone in a private folder (mktemp -d) would
    // otherwise refuse it as unreadable input (exit 3) before the database is looked at.
    const QString rekap = QDir(out).filePath(u"lombok_timur_rekap.csv"_s);
    QFile::remove(rekap);
    QVERIFY(QFile::copy(seedRekap, rekap));
    QVERIFY(QFile::setPermissions(rekap, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                             | QFileDevice::ReadOther));
    const Run import = asOtherUser(
        {u"import"_s, u"--db"_s, database, u"--cutoff"_s, u"2025-01-01"_s, rekap});
    QCOMPARE(import.code, 4);
    QVERIFY2(import.err.contains(u"read-only"_s) && import.err.contains(u"import"_s),
             qPrintable(import.err));
    QVERIFY(!import.err.contains(u"not a Lengkap database"_s));
    QCOMPARE(contents(database), before);
    QCOMPARE(QDir(media).entryList(QDir::Files), QStringList {u"lengkap.sqlite"_s});
    QVERIFY(QFile::setPermissions(media, open)); // so the temporary folder can be removed
}

void TestFaultsCli::mistypedDbCreatesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("summary") << QStringList {u"summary"_s, u"--json"_s};
    QTest::newRow("table") << QStringList {u"table"_s, u"-o"_s, u"out.csv"_s};
    QTest::newRow("report") << QStringList {u"report"_s, u"--all-districts"_s, u"-o"_s,
                                            u"out.pdf"_s};
    QTest::newRow("check") << QStringList {u"check"_s};
    QTest::newRow("backup") << QStringList {u"backup"_s, u"-o"_s, u"b.sqlite"_s};
}

void TestFaultsCli::mistypedDbCreatesNothing()
{
    QFETCH(QStringList, arguments);
    for (QString &argument : arguments) {
        if (argument.contains(u'.'))
            argument = m_dir->filePath(argument);
    }
    const Run run = cli(arguments + QStringList {u"--db"_s, m_dir->filePath(u"typo.sqlite"_s)});
    QCOMPARE(run.code, 4);
    QVERIFY2(run.err.contains(u"no database at"_s), qPrintable(run.err));
    QVERIFY(QDir(m_dir->path()).isEmpty());
    // In Indonesian, as the issue asks.
    const Run id = cli(arguments + QStringList {u"--db"_s, m_dir->filePath(u"typo.sqlite"_s)},
                       {u"LANG=id_ID.UTF-8"_s});
    QVERIFY2(id.err.contains(u"tidak ada basis data di"_s), qPrintable(id.err));
}

void TestFaultsCli::busyDatabaseMessage()
{
    importSeed(db());
    const QString name = u"holder"_s;
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        holder.setDatabaseName(db());
        QVERIFY(holder.open());
        QSqlQuery begin(holder);
        QVERIFY(begin.exec(u"BEGIN IMMEDIATE"_s));
        const Run run
            = cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2025-01-01"_s, seedRekap},
                  {u"LANG=id_ID.UTF-8"_s});
        QCOMPARE(run.code, 4);
        // Was "kesalahan basis data: " and nothing more.
        QVERIFY2(run.err.contains(u"basis data sedang dipakai program lain"_s)
                     && run.err.contains(u"coba lagi"_s),
                 qPrintable(run.err));
        QVERIFY(begin.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(name);
}

void TestFaultsCli::backupRestoreCheck()
{
    importSeed(db());
    Run check = cli({u"check"_s, u"--db"_s, db()});
    QCOMPARE(check.code, 0);
    QVERIFY(check.out.contains(u"integrity: ok"_s));
    QVERIFY(check.out.contains(u"2024-12-01: 1 districts, 35 Puskesmas"_s));
    const QString backup = m_dir->filePath(u"backup.sqlite"_s);
    QCOMPARE(cli({u"backup"_s, u"--db"_s, db(), u"-o"_s, backup}).code, 0);
    QCOMPARE(cli({u"backup"_s, u"--db"_s, db(), u"-o"_s, backup}).code, 2); // never overwrites
    QCOMPARE(cli({u"check"_s, u"--db"_s, backup}).code, 0);

    // A flipped count: check says so (exit 4), imports are refused, restore mends it.
    {
        QFile file(db());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        // An ATLM count of 3 ASN (1-byte integer 03 after the key): one flipped bit.
        const qsizetype at = bytes.lastIndexOf(QByteArray("atlm\x03"));
        QVERIFY(at > 0);
        file.seek(at + 4);
        file.write("\x83", 1); // 3 -> -125
    }
    check = cli({u"check"_s, u"--db"_s, db()});
    QCOMPARE(check.code, 4);
    QVERIFY2(check.out.contains(u"outside 0..999"_s), qPrintable(check.out));
    const Run refused
        = cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2025-01-01"_s, seedRekap});
    QCOMPARE(refused.code, 4);
    QVERIFY2(refused.err.contains(u"damaged"_s) && refused.err.contains(u"restore"_s),
             qPrintable(refused.err));
    const QString text = m_dir->filePath(u"notes.txt"_s);
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a database\n");
    notes.close();
    QCOMPARE(cli({u"restore"_s, u"--db"_s, db(), text}).code, 3);
    const Run restored = cli({u"restore"_s, u"--db"_s, db(), backup});
    QVERIFY2(restored.code == 0, qPrintable(restored.err));
    QCOMPARE(cli({u"check"_s, u"--db"_s, db()}).code, 0);
    QCOMPARE(cli({u"import"_s, u"--db"_s, db(), u"--cutoff"_s, u"2025-01-01"_s, seedRekap}).code,
             0);
}

void TestFaultsCli::fullDiskDuringImport()
{
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root (CI runs as root)");
    const QString disk = m_dir->filePath(u"disk"_s);
    QVERIFY(QDir().mkpath(disk));
    QVERIFY(mountTmpfs(disk, 16384));
    const auto cleanup = qScopeGuard([&] { unmount(disk); });
    const QString database = QDir(disk).filePath(u"lengkap.sqlite"_s);
    importSeed(database);
    const QString national = FaultUtil::writeNationalRekap(m_dir->filePath(u"national.csv"_s));
    fillUp(disk, 200 * 1024);
    const QString before = TestUtil::dump(database);
    QVERIFY(before.contains(u"KERUAK"_s));
    const Run run
        = cli({u"import"_s, u"--db"_s, database, u"--cutoff"_s, u"2025-01-01"_s, national},
              {u"LANG=id_ID.UTF-8"_s});
    QCOMPARE(run.code, 4);
    QVERIFY2(run.err.contains(u"disk penuh"_s) && run.err.contains(u"tidak ada yang berubah"_s),
             qPrintable(run.err));
    QCOMPARE(TestUtil::dump(database), before);
    QFile::remove(QDir(disk).filePath(u"filler"_s));
    QCOMPARE(cli({u"check"_s, u"--db"_s, database}).code, 0);
    // With room again, the same import lands.
    const Run again
        = cli({u"import"_s, u"--db"_s, database, u"--cutoff"_s, u"2025-01-01"_s, national});
    QVERIFY2(again.code == 0, qPrintable(again.err));
}

void TestFaultsCli::fullDiskDuringExport_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << u"table.csv"_s;
    QTest::newRow("xlsx") << u"table.xlsx"_s;
    QTest::newRow("pdf") << u"table.pdf"_s;
    QTest::newRow("report pdf") << u"report.pdf"_s;
}

void TestFaultsCli::fullDiskDuringExport()
{
    QFETCH(QString, name);
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root (CI runs as root)");
    const QString disk = m_dir->filePath(u"disk"_s);
    QVERIFY(QDir().mkpath(disk));
    QVERIFY(mountTmpfs(disk, 512));
    const auto cleanup = qScopeGuard([&] { unmount(disk); });
    const QString output = QDir(disk).filePath(name);
    QFile old(output);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the export of last month\n");
    old.close();
    fillUp(disk, 0);
    const QStringList arguments
        = name.startsWith(u"report"_s)
              ? QStringList {u"report"_s, u"--all-districts"_s, u"--quiet"_s, u"-o"_s, output}
              : QStringList {u"table"_s, u"-o"_s, output};
    const Run run = cli(arguments + QStringList {u"--db"_s, m_national});
    QCOMPARE(run.code, 4);
    QVERIFY2(run.err.contains(name), qPrintable(run.err));
    QCOMPARE(contents(output), QByteArray("the export of last month\n"));
    QCOMPARE(QDir(disk).entryList(QDir::Files), (QStringList {u"filler"_s, name}));
}

void TestFaultsCli::exportsUnderAFileSizeLimit_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("killed"); // SIGXFSZ kills the process, else the write fails (EFBIG)
    for (const QString &name : {u"table.csv"_s, u"table.xlsx"_s, u"table.pdf"_s, u"report.pdf"_s}) {
        QTest::newRow(qPrintable(name + u", killed"_s)) << name << true;
        QTest::newRow(qPrintable(name + u", write fails"_s)) << name << false;
    }
}

void TestFaultsCli::exportsUnderAFileSizeLimit()
{
    QFETCH(QString, name);
    QFETCH(bool, killed);
    const QString database = m_national;
    // Held open, so the CLI's read connection finds its -wal and -shm and writes neither.
    Store holder;
    QVERIFY(holder.open(database));
    const QString output = m_dir->filePath(name);
    QFile old(output);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the export of last month\n");
    old.close();
    const QStringList arguments
        = name.startsWith(u"report"_s)
              ? QStringList {u"report"_s, u"--all-districts"_s, u"--quiet"_s}
              : QStringList {u"table"_s};
    QStringList command {QStringLiteral(LENGKAP_CLI)};
    command << arguments << u"--db"_s << database << u"-o"_s << output;
    for (QString &word : command)
        word = u"'"_s + word + u"'"_s;
    // 2 KiB: every export here is larger.
    const QString script = (killed ? QString() : u"trap '' XFSZ; "_s)
                           + u"exec prlimit --fsize=2048 "_s + command.join(u' ');
    const Run run = CliTest::runProgram(u"sh"_s, {u"-c"_s, script});
    if (killed) {
        QVERIFY2(run.code == -2 || run.code > 128, qPrintable(run.err));
    } else {
        QCOMPARE(run.code, 4);
        QVERIFY2(run.err.contains(name), qPrintable(run.err));
    }
    QCOMPARE(contents(output), QByteArray("the export of last month\n"));
}

QTEST_GUILESS_MAIN(TestFaultsCli)
#include "tst_faults_cli.moc"
