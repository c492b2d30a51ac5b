// Issue 11, items 8 and 9 in the window: it follows its database file (another process's import
// is noticed through data_version and a refresh is offered, never an error), says when the
// database is read-only, and offers the newest healthy backup when it finds damage: when a file
// is opened, and when damage shows later (a cut-off that fails to load, an import the damaged
// file refuses), never SQLite's "malformed".
#include "../cli/runprogram.h"
#include "../model/testutil.h"

#include "faultutil.h"

#include "dashboardwindow.h"
#include "databasefollower.h"
#include "databaserecovery.h"
#include "datasession.h"
#include "importdialog.h"
#include "store.h"
#include "storecheck.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestFaultsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void followsAnotherProcessesImport();
    void saysWhenReadOnly();
    void offersRestoreWhenDamaged();
    void doesNotOfferRestoreForAForeignFile();
    void damageFoundLoadingACutoffOffersRestore();
    void importIntoADamagedFileOffersRestore();

private:
    QString dbPath() const { return m_dir->filePath(u"lengkap.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_settingsDir;
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

CliTest::Run importFile(const QString &db, const QString &cutoff, const QString &file,
                        bool replace = false)
{
    QStringList arguments {u"import"_s, u"--db"_s, db, u"--cutoff"_s, cutoff};
    if (replace)
        arguments << u"--replace"_s;
    return CliTest::runCli(arguments << file);
}

// The pages of the database file that hold rows of cut-off `only` and of no other cut-off
// `other` (tables and indexes keyed by the cut-off's text). Read while no connection of this
// process is open on the file.
QList<qint64> pagesOnlyOf(const QString &path, const QByteArray &only, const QByteArray &other,
                          int *pageSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const int size = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
    *pageSize = size == 1 ? 65536 : size;
    QList<qint64> pages;
    for (qint64 page = 2; page * *pageSize <= bytes.size(); ++page) {
        const QByteArray content = bytes.mid((page - 1) * *pageSize, *pageSize);
        if (content.contains(only) && !content.contains(other))
            pages.append(page);
    }
    return pages;
}

// Zeroes the pages through another process (dd): this process has a connection open on the
// file, and a QFile opened and closed here would drop that connection's locks.
bool zeroPagesFromOutside(const QString &path, const QList<qint64> &pages, int pageSize)
{
    for (const qint64 page : pages) {
        const CliTest::Run dd
            = CliTest::runProgram(u"dd"_s, {u"if=/dev/zero"_s, u"of="_s + path,
                                            u"bs=%1"_s.arg(pageSize), u"seek=%1"_s.arg(page - 1),
                                            u"count=1"_s, u"conv=notrunc"_s, u"status=none"_s});
        if (dd.code != 0)
            return false;
    }
    return true;
}

// Writes bytes at offset through another process (dd), for the same reason.
bool patchFromOutside(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QProcess dd;
    dd.start(u"dd"_s, {u"of="_s + path, u"bs=1"_s, u"seek=%1"_s.arg(offset), u"conv=notrunc"_s,
                       u"status=none"_s});
    if (!dd.waitForStarted())
        return false;
    dd.write(bytes);
    dd.closeWriteChannel();
    return dd.waitForFinished(30000) && dd.exitStatus() == QProcess::NormalExit
           && dd.exitCode() == 0;
}

// The user picks a cut-off in the window's box.
void chooseCutoff(QComboBox *combo, QDate cutoff)
{
    const int index = combo->findData(cutoff);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

// Answers the modal windows as they come (they run event loops of their own): the restore
// offer is accepted, any other message box is noted and closed, the import dialog is driven by
// onImport.
class ModalAnswers : public QObject
{
public:
    QStringList offers; // the restore offers' texts
    QStringList others; // any other message box
    std::function<void(ImportDialog *)> onImport;

    ModalAnswers()
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswers::tick);
        m_timer.start(50);
    }

private:
    void tick()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (box->objectName() == u"restoreOffer"_s) {
                offers.append(box->text());
                if (auto *restore = box->findChild<QPushButton *>(u"restoreNewest"_s))
                    restore->click();
                else
                    box->reject();
            } else {
                others.append(box->text());
                box->reject();
            }
        } else if (auto *dialog = qobject_cast<ImportDialog *>(modal); dialog && onImport) {
            onImport(dialog);
        }
    }
    QTimer m_timer;
};
} // namespace

void TestFaultsWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_faults_window"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestFaultsWindow::init()
{
    QSettings().clear();
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

void TestFaultsWindow::damageFoundLoadingACutoffOffersRestore()
{
    // A national database (larger than SQLite's page cache, as the users' are): 2024-12 and
    // 2025-01, then 2025-01 replaced by other figures, which keeps a backup of the first ones.
    const QString first = FaultUtil::writeNationalRekap(m_dir->filePath(u"v0.csv"_s), 0);
    const QString second = FaultUtil::writeNationalRekap(m_dir->filePath(u"v1.csv"_s), 1);
    QCOMPARE(importFile(dbPath(), u"2024-12-01"_s, first).code, 0);
    QCOMPARE(importFile(dbPath(), u"2025-01-01"_s, first).code, 0);
    QCOMPARE(importFile(dbPath(), u"2025-01-01"_s, second, true).code, 0);
    QCOMPARE(Store::backups(dbPath()).size(), 1);
    int pageSize = 0;
    const QList<qint64> pages = pagesOnlyOf(dbPath(), "2025-01-01", "2024-12-01", &pageSize);
    QVERIFY2(pages.size() > 20, qPrintable(QString::number(pages.size())));

    DashboardWindow window;
    DataSession session(&window, dbPath(), m_dir->filePath(u"contoh.sqlite"_s));
    QVERIFY(session.open(dbPath(), QDate(2024, 12, 1)));
    window.show();
    QCOMPARE(window.analysis()->snapshot().cutoff, QDate(2024, 12, 1));

    // The disk damages the pages of 2025-01 while the window is open.
    QVERIFY(zeroPagesFromOutside(dbPath(), pages, pageSize));
    ModalAnswers answers;
    auto *combo = window.findChild<QComboBox *>(u"cutoffCombo"_s);
    QVERIFY(combo);
    chooseCutoff(combo, QDate(2025, 1, 1));
    QTRY_COMPARE_WITH_TIMEOUT(answers.offers.size(), 1, 60000);
    QVERIFY2(answers.others.isEmpty(), qPrintable(answers.others.join(u" | "_s)));
    const QString offer = answers.offers.first();
    QVERIFY2(offer.contains(u"-replace.sqlite"_s) && offer.contains(u"Restore it?"_s),
             qPrintable(offer));
    QVERIFY2(!offer.contains(u"malformed"_s), qPrintable(offer));

    // Restored: the window shows the backup's figures (2025-01 as first imported: 1 non-ASN
    // worker of every type everywhere), the damaged file is kept among the backups.
    QTRY_VERIFY_WITH_TIMEOUT(checkDatabase(dbPath()).healthy(), 30000);
    QTRY_VERIFY(window.analysis() && window.analysis()->snapshot().cutoff == QDate(2024, 12, 1));
    combo = window.findChild<QComboBox *>(u"cutoffCombo"_s);
    chooseCutoff(combo, QDate(2025, 1, 1));
    QTRY_COMPARE(window.analysis()->snapshot().cutoff, QDate(2025, 1, 1));
    const Snapshot &shown = window.analysis()->snapshot();
    QCOMPARE(shown.puskesmas.size(), 10280);
    QCOMPARE(shown.puskesmas.first().nonAsn.first(), 1); // the backup's, not the replaced 2
    QVERIFY2(answers.others.isEmpty(), qPrintable(answers.others.join(u" | "_s)));
    QCOMPARE(QDir(Store::backupFolder(dbPath()))
                 .entryList({u"lengkap-damaged-*.sqlite"_s}, QDir::Files)
                 .size(),
             1);
}

void TestFaultsWindow::importIntoADamagedFileOffersRestore()
{
    QCOMPARE(import(dbPath(), u"2024-12-01"_s).code, 0);
    QCOMPARE(import(dbPath(), u"2024-12-01"_s, true).code, 0); // --replace: a backup
    // Where a count of the file lies (read before this process opens the file).
    qsizetype at = -1;
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        at = file.readAll().lastIndexOf(QByteArray("atlm\x03"));
        QVERIFY(at > 0);
    }
    DashboardWindow window;
    DataSession session(&window, dbPath(), m_dir->filePath(u"contoh.sqlite"_s));
    QVERIFY(session.open(dbPath()));
    window.show();
    QCOMPARE(window.analysis()->snapshot().puskesmas.size(), 35);
    const int before = window.summary().complete;

    // One flipped bit makes an ATLM count -5 while the window is open: SQLite's quick_check
    // still passes, the data rules do not.
    QVERIFY(patchFromOutside(dbPath(), at + 4, QByteArray("\x83", 1)));
    QVERIFY(!checkDatabase(dbPath()).healthy());

    // File > Import of another month: the import refuses the damaged file; the window offers
    // the backup, restores it, and the import then lands.
    ModalAnswers answers;
    int step = 0;
    QString refusal;
    QElapsedTimer deadline;
    deadline.start();
    answers.onImport = [&](ImportDialog *dialog) {
        if (deadline.hasExpired(90000)) { // never stuck in the dialog: close it, fail below
            dialog->reject();
            return;
        }
        auto *check = dialog->findChild<QPushButton *>(u"checkButton"_s);
        auto *importButton = dialog->findChild<QPushButton *>(u"importButton"_s);
        if (dialog->isBusy())
            return;
        if (step == 0) {
            dialog->setFile(seedRekap);
            dialog->setCutoff(QDate(2025, 1, 1));
            check->click();
            step = 1;
        } else if (step == 1 && importButton->isEnabled()) {
            importButton->click(); // refused: the restore offer comes from here
            step = 2;
        } else if (step == 2 && !answers.offers.isEmpty() && importButton->isEnabled()) {
            refusal = dialog->reportText();
            importButton->click(); // again, into the restored file
            step = 3;
        } else if (step == 3 && !importButton->isEnabled()) {
            dialog->accept();
            step = 4;
        }
    };
    window.importAction()->trigger();
    QCOMPARE(step, 4); // the dialog ran modal inside trigger()
    QCOMPARE(answers.offers.size(), 1);
    QVERIFY2(!answers.offers.first().contains(u"malformed"_s), qPrintable(answers.offers.first()));
    QVERIFY2(answers.offers.first().contains(u"outside 0..999"_s),
             qPrintable(answers.offers.first()));
    QVERIFY2(refusal.contains(u"nothing was written"_s), qPrintable(refusal));
    QVERIFY2(answers.others.isEmpty(), qPrintable(answers.others.join(u" | "_s)));
    QVERIFY(checkDatabase(dbPath()).healthy());
    Store store;
    QVERIFY(store.open(dbPath(), Store::OpenMode::ReadOnly));
    QCOMPARE(*store.cutoffs(), (QList<QDate> {QDate(2024, 12, 1), QDate(2025, 1, 1)}));
    QCOMPARE(window.analysis()->snapshot().cutoff, QDate(2025, 1, 1));
    QCOMPARE(window.summary().complete, before); // the same figures, from the restored data
}

QTEST_MAIN(TestFaultsWindow)
#include "tst_faults_window.moc"
