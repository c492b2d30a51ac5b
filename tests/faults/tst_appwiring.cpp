// Tests views/appwiring.cpp: the window started as app/main.cpp starts it, on a temporary data
// folder in portable mode (portable.txt beside the "program"): the first start shows the sample
// under its banner; an import goes to the user's own file; an import by lengkap-cli in another
// process is noticed and a refresh offered; a read-only file disables Import; File > Open moves
// the follower to the file opened.
#include "../cli/runprogram.h"

#include "apppaths.h"
#include "appwiring.h"
#include "dashboardwindow.h"
#include "databasefollower.h"
#include "datasession.h"
#include "importdialog.h"
#include "store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {
const QString seedRekap = QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv");

CliTest::Run cliImport(const QString &db, const QString &cutoff)
{
    return CliTest::runCli({u"import"_s, u"--db"_s, db, u"--cutoff"_s, cutoff, seedRekap});
}

// Answers the modal windows as they come (each runs an event loop of its own).
class ModalAnswers : public QObject
{
public:
    std::function<void(QWidget *)> answer;
    QStringList messages; // message boxes seen (and closed)

    ModalAnswers()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                messages.append(box->text());
                box->reject();
            } else if (modal && answer) {
                answer(modal);
            }
        });
        m_timer.start(50);
    }

private:
    QTimer m_timer;
};
} // namespace

class TestAppWiring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartImportAndAnotherProcess();
    void readOnlyFileDisablesImport();
    void fileOpenMovesTheFollower();

private:
    QString bannerText(AppWiring &wiring) const;
    std::unique_ptr<QTemporaryDir> m_program;
    AppPaths m_paths;
};

void TestAppWiring::initTestCase()
{
    QCoreApplication::setOrganizationName(u"Lengkap"_s);
    QCoreApplication::setApplicationName(u"Lengkap"_s);
}

void TestAppWiring::init()
{
    // A portable "installation": portable.txt beside the program, data and settings there.
    m_program = std::make_unique<QTemporaryDir>();
    QVERIFY(m_program->isValid());
    QFile marker(m_program->filePath(QString::fromLatin1(AppPaths::PortableMarker)));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    m_paths = AppPaths::resolve(m_program->path());
    QVERIFY(m_paths.portable);
    m_paths.apply();
    QSettings().clear();
}

void TestAppWiring::cleanup()
{
    m_program.reset();
}

QString TestAppWiring::bannerText(AppWiring &wiring) const
{
    QToolBar *banner = wiring.session().banner();
    if (!banner->isVisibleTo(&wiring.window()))
        return {};
    return banner->findChild<QLabel *>(u"bannerText"_s)->text();
}

void TestAppWiring::firstStartImportAndAnotherProcess()
{
    AppWiring wiring(m_paths, 50);
    QVERIFY(wiring.start());
    wiring.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wiring.window()));

    // First start: the sample, under its banner, in a file of its own in the data folder.
    QVERIFY(wiring.session().isSample());
    QCOMPARE(bannerText(wiring), u"This is SAMPLE DATA — import your data"_s);
    QVERIFY(wiring.window().analysis()->snapshot().sample);
    QVERIFY(QFile::exists(m_paths.dataDirectory + u"/lengkap-contoh.sqlite"_s));
    QVERIFY(wiring.window().importAction()->isEnabled());
    QVERIFY(wiring.follower() && !wiring.follower()->refreshOffered());

    // File > Import: the import goes to the user's own file, which the window then shows.
    ModalAnswers answers;
    int step = 0;
    QElapsedTimer deadline;
    deadline.start();
    answers.answer = [&step, &deadline](QWidget *modal) {
        auto *dialog = qobject_cast<ImportDialog *>(modal);
        if (!dialog)
            return;
        if (deadline.hasExpired(90000)) { // never stuck in the dialog: close it, fail below
            dialog->reject();
            return;
        }
        if (dialog->isBusy())
            return;
        auto *importButton = dialog->findChild<QPushButton *>(u"importButton"_s);
        if (step == 0) {
            dialog->setFile(seedRekap);
            dialog->setCutoff(QDate(2024, 12, 1));
            dialog->findChild<QPushButton *>(u"checkButton"_s)->click();
            step = 1;
        } else if (step == 1 && importButton->isEnabled()) {
            importButton->click();
            step = 2;
        } else if (step == 2 && !importButton->isEnabled()) {
            dialog->accept();
            step = 3;
        }
    };
    wiring.window().importAction()->trigger();
    QCOMPARE(step, 3); // the dialog ran modal inside trigger()
    QVERIFY2(answers.messages.isEmpty(), qPrintable(answers.messages.join(u" | "_s)));
    const QString own = QFileInfo(m_paths.databaseFile()).absoluteFilePath();
    QCOMPARE(wiring.session().path(), own);
    QVERIFY(!wiring.session().isSample());
    QCOMPARE(bannerText(wiring), QString());
    QCOMPARE(wiring.window().analysis()->snapshot().cutoff, QDate(2024, 12, 1));
    QCOMPARE(wiring.window().analysis()->snapshot().puskesmas.size(), 35);
    {
        Store sample;
        QVERIFY(sample.open(m_paths.dataDirectory + u"/lengkap-contoh.sqlite"_s,
                            Store::OpenMode::ReadOnly));
        QVERIFY(!sample.cutoffs()->contains(QDate(2024, 12, 1))); // nothing went to the sample
    }
    // The window's own import is no "other program".
    QTest::qWait(300);
    QVERIFY(!wiring.follower()->refreshOffered());

    // lengkap-cli imports another month into the same file while the window is open.
    QCOMPARE(cliImport(own, u"2025-01-01"_s).code, 0);
    QTRY_VERIFY(wiring.follower()->refreshOffered());
    QVERIFY(wiring.follower()->bar()->isVisible());
    QTest::mouseClick(wiring.follower()->refreshButton(), Qt::LeftButton);
    QVERIFY(!wiring.follower()->refreshOffered());
    auto *combo = wiring.window().findChild<QComboBox *>(u"cutoffCombo"_s);
    QCOMPARE(combo->count(), 2);
    QVERIFY(combo->findData(QDate(2025, 1, 1)) >= 0);
    QVERIFY2(answers.messages.isEmpty(), qPrintable(answers.messages.join(u" | "_s)));
    // The settings live beside the program (portable), where the next start finds the file.
    QCOMPARE(QSettings().value(u"files/last"_s).toString(), own);
    QVERIFY(QFile::exists(m_program->filePath(u"Lengkap/Lengkap.ini"_s)));
}

void TestAppWiring::readOnlyFileDisablesImport()
{
    // A database on read-only media: a read-only tmpfs as root (root may write any file), a
    // 555 folder and 444 file otherwise.
    const QString folder = m_program->filePath(u"stick"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + u"/dinkes.sqlite"_s;
    const bool root = ::geteuid() == 0;
    if (root)
        QCOMPARE(CliTest::runProgram(
                     u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=8m"_s, u"tmpfs"_s, folder})
                     .code,
                 0);
    const auto cleanup = qScopeGuard([&] {
        if (root)
            CliTest::runProgram(u"umount"_s, {folder});
        else
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    QCOMPARE(cliImport(db, u"2024-12-01"_s).code, 0);
    if (root) {
        QCOMPARE(CliTest::runProgram(u"mount"_s, {u"-o"_s, u"remount,ro"_s, folder}).code, 0);
    } else {
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }

    AppWiring wiring(m_paths, 50);
    QVERIFY(wiring.start(db));
    wiring.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wiring.window()));
    QCOMPARE(wiring.window().analysis()->snapshot().puskesmas.size(), 35);
    QVERIFY(!wiring.window().importAction()->isEnabled());
    QVERIFY(wiring.follower()->bar()->isVisible());
    QVERIFY2(wiring.follower()->text().contains(u"Read-only"_s),
             qPrintable(wiring.follower()->text()));
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList {u"dinkes.sqlite"_s});
}

void TestAppWiring::fileOpenMovesTheFollower()
{
    const QString first = m_program->filePath(u"pertama.sqlite"_s);
    const QString second = m_program->filePath(u"kedua.sqlite"_s);
    QCOMPARE(cliImport(first, u"2024-12-01"_s).code, 0);
    QCOMPARE(cliImport(second, u"2024-12-01"_s).code, 0);
    AppWiring wiring(m_paths, 50);
    QVERIFY(wiring.start(first));
    wiring.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wiring.window()));
    QCOMPARE(wiring.session().path(), QFileInfo(first).absoluteFilePath());

    // File > Open database…, the second file chosen in the file dialog.
    ModalAnswers answers;
    bool chosen = false;
    answers.answer = [&](QWidget *modal) {
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            // Typed into the dialog's file name box, then Open (tried again at each tick until
            // the dialog takes it: its folder view loads in the background).
            if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
                name->setText(QDir::toNativeSeparators(second));
            else
                dialog->selectFile(second);
            chosen = true;
            QMetaObject::invokeMethod(dialog, "accept"); // as the Open button does
        }
    };
    auto *open = wiring.window().findChild<QAction *>(u"openDatabaseAction"_s);
    if (!open) // the session's actions are its own children
        open = wiring.session().findChild<QAction *>(u"openDatabaseAction"_s);
    QVERIFY(open);
    open->trigger();
    QTRY_COMPARE(wiring.session().path(), QFileInfo(second).absoluteFilePath());
    QVERIFY(chosen);

    // The follower now watches the second file: an import into the first is not this window's
    // business, one into the second is.
    QCOMPARE(cliImport(first, u"2025-01-01"_s).code, 0);
    QTest::qWait(400);
    QVERIFY(!wiring.follower()->refreshOffered());
    QCOMPARE(cliImport(second, u"2025-01-01"_s).code, 0);
    QTRY_VERIFY(wiring.follower()->refreshOffered());
    QVERIFY2(answers.messages.isEmpty(), qPrintable(answers.messages.join(u" | "_s)));
}

QTEST_MAIN(TestAppWiring)
#include "tst_appwiring.moc"
