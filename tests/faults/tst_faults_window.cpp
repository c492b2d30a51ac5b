// Issue 11, items 8 and 9 in the window: it follows its database file (another process's import
// is noticed through data_version and a refresh is offered, never an error), says when the
// database is read-only, and offers the newest healthy backup when it finds damage.
#include "../cli/runprogram.h"
#include "../model/testutil.h"

#include "dashboardwindow.h"
#include "databasefollower.h"
#include "databaserecovery.h"
#include "store.h"
#include "storecheck.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestFaultsWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void followsAnotherProcessesImport();
    void saysWhenReadOnly();
    void offersRestoreWhenDamaged();
    void doesNotOfferRestoreForAForeignFile();

private:
    QString dbPath() const { return m_dir->filePath(u"lengkap.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
const QString seedRekap = QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv");

CliTest::Run import(const QString &db, const QString &cutoff, bool replace = false)
{
    QStringList arguments {u"import"_s, u"--db"_s, db, u"--cutoff"_s, cutoff};
    if (replace)
        arguments << u"--replace"_s;
    return CliTest::runCli(arguments << seedRekap);
}
} // namespace

void TestFaultsWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFaultsWindow::followsAnotherProcessesImport()
{
    QCOMPARE(import(dbPath(), u"2024-12-01"_s).code, 0);
    Store store;
    QVERIFY(store.open(dbPath(), Store::OpenMode::WriteIfPossible));
    DashboardWindow window;
    const auto loader = [&store](QDate cutoff) {
        return store.loadSnapshot(cutoff);
    };
    const auto reload = [&] {
        const Result<QList<QDate>> cutoffs = store.cutoffs();
        QVERIFY(cutoffs);
        QVERIFY(window.setData(*cutoffs, loader, dbPath()));
    };
    reload();
    DatabaseFollower follower(store, &window, reload, 50);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200);
    QVERIFY(!follower.refreshOffered());
    QVERIFY(follower.bar()->isHidden());

    // lengkap-cli imports a new cut-off while the window is open.
    QCOMPARE(import(dbPath(), u"2025-01-01"_s).code, 0);
    QTRY_VERIFY(follower.refreshOffered());
    QVERIFY(follower.bar()->isVisible());
    QVERIFY2(follower.text().contains(u"changed by another program"_s),
             qPrintable(follower.text()));
    QVERIFY(!follower.text().contains(u"locked"_s) && !follower.text().contains(u"malformed"_s));
    window.grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS "/faults_refresh_bar.png"));
    QCOMPARE(window.analysis()->snapshot().cutoff, QDate(2024, 12, 1)); // not yet refreshed
    QTest::mouseClick(follower.refreshButton(), Qt::LeftButton);
    QVERIFY(!follower.refreshOffered());
    QVERIFY(follower.bar()->isHidden());
    QCOMPARE(window.analysis()->snapshot().cutoff, QDate(2025, 1, 1));

    // The window's own reload (after its import) is not "another program".
    {
        Store worker;
        QVERIFY(worker.open(dbPath()));
        Result<ImportBatch> batch = TestUtil::batch(
            u"a.csv"_s, {TestUtil::puskesmas(u"36.02"_s, u"Rangkasbitung"_s, 1, 0)});
        QVERIFY(worker.importBatch(*batch, QDate(2025, 2, 1), false));
    }
    reload();
    follower.resync();
    QTest::qWait(200);
    QVERIFY(!follower.refreshOffered());
}

void TestFaultsWindow::saysWhenReadOnly()
{
    QCOMPARE(import(dbPath(), u"2024-12-01"_s).code, 0);
    Store store;
    QVERIFY(store.open(dbPath(), Store::OpenMode::ReadOnly));
    DashboardWindow window;
    DatabaseFollower follower(store, &window, {}, 50);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(follower.bar()->isVisible());
    QVERIFY2(follower.text().contains(u"Read-only"_s), qPrintable(follower.text()));
}

void TestFaultsWindow::offersRestoreWhenDamaged()
{
    QCOMPARE(import(dbPath(), u"2024-12-01"_s).code, 0);
    QCOMPARE(import(dbPath(), u"2024-12-01"_s, true).code, 0); // --replace: a backup
    QCOMPARE(Store::backups(dbPath()).size(), 1);
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qsizetype at = file.readAll().lastIndexOf(QByteArray("atlm\x03"));
        QVERIFY(at > 0);
        file.seek(at + 4);
        file.write("\x83", 1);
    }
    Store store;
    const Result<void> opened = store.open(dbPath(), Store::OpenMode::WriteIfPossible);
    QVERIFY(!opened);
    QString asked;
    QVERIFY(DatabaseRecovery::offerRestore(nullptr, dbPath(), opened.error().message,
                                           [&asked](const QString &question) {
                                               asked = question;
                                               return true;
                                           }));
    QVERIFY2(asked.contains(u"-replace.sqlite"_s) && asked.contains(u"Restore it?"_s),
             qPrintable(asked));
    QVERIFY(store.open(dbPath(), Store::OpenMode::WriteIfPossible));
    QCOMPARE(store.loadSnapshot(QDate(2024, 12, 1))->puskesmas.size(), 35);
    QVERIFY(checkDatabase(dbPath()).healthy());
}

void TestFaultsWindow::doesNotOfferRestoreForAForeignFile()
{
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database\n");
    file.close();
    bool asked = false;
    QVERIFY(!DatabaseRecovery::offerRestore(nullptr, dbPath(), u"x"_s, [&asked](const QString &) {
        asked = true;
        return true;
    }));
    QVERIFY(!asked);
}

QTEST_MAIN(TestFaultsWindow)
#include "tst_faults_window.moc"
