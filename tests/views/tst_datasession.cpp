// Tests views/datasession.cpp (issue 12 §2): the sample lives in its own file, opened on a first
// start with its banner; the user's own file starts empty with its first step; imports from the
// sample go to the user's file and never into the sample; Open / Save As / recent files; the
// window title names the file; printouts and the status bar name only the sources of the rows
// they show.
#include "dashboardwindow.h"
#include "datasession.h"
#include "importdialog.h"
#include "importer.h"
#include "language.h"
#include "store.h"
#include "tabledata.h"

#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestDataSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartShowsSampleApart();
    void importFromSampleGoesToOwnFile();
    void emptyOwnDatabaseShowsFirstStep();
    void saveAsAndRecentFiles();
    void sourcesOfTheRowsShown();

private:
    QString own() const { return m_dir->filePath(u"lengkap.sqlite"_s); }
    QString sample() const { return m_dir->filePath(u"lengkap-contoh.sqlite"_s); }
    static QList<QDate> cutoffsOf(const QString &path);
    static bool importInto(const QString &db, const QString &file, QDate cutoff);
    QString bannerText() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DashboardWindow> m_window;
    std::unique_ptr<DataSession> m_session;
};

QList<QDate> TestDataSession::cutoffsOf(const QString &path)
{
    Store store;
    if (!store.open(path))
        return {};
    const Result<QList<QDate>> cutoffs = store.cutoffs();
    return cutoffs ? *cutoffs : QList<QDate> {};
}

bool TestDataSession::importInto(const QString &db, const QString &file, QDate cutoff)
{
    Store store;
    if (!store.open(db))
        return false;
    const Result<ImportBatch> batch = readImportFile(file);
    return batch && store.importBatch(*batch, cutoff, false).ok();
}

QString TestDataSession::bannerText() const
{
    if (!m_session->banner()->isVisibleTo(m_window.get()))
        return {};
    return m_session->banner()->findChild<QLabel *>(u"bannerText"_s)->text();
}

void TestDataSession::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_datasession"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestDataSession::init()
{
    QSettings().clear();
    Language::apply(Language::indonesian());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<DashboardWindow>();
    m_session = std::make_unique<DataSession>(m_window.get(), own(), sample());
    m_window->show();
}

void TestDataSession::cleanup()
{
    m_session.reset();
    m_window.reset();
    m_dir.reset();
}

void TestDataSession::firstStartShowsSampleApart()
{
    QVERIFY(m_session->start().ok());
    QVERIFY(m_session->isSample());
    QCOMPARE(bannerText(), u"Ini DATA CONTOH — Impor data Anda"_s);
    QVERIFY(m_window->analysis() && m_window->analysis()->snapshot().sample);
    QVERIFY(m_window->windowTitle().contains(u"lengkap-contoh.sqlite"_s));
    // The user's own file holds nothing of the sample.
    QVERIFY(cutoffsOf(sample()).size() >= 1);
    QVERIFY(cutoffsOf(own()).isEmpty());
    // and the sample is no recent file of the user's
    QVERIFY(DataSession::recentFiles().isEmpty());
}

void TestDataSession::importFromSampleGoesToOwnFile()
{
    QVERIFY(m_session->start().ok());
    const QList<QDate> sampleCutoffs = cutoffsOf(sample());
    QCOMPARE(m_session->importTarget(), QFileInfo(own()).absoluteFilePath());
    std::unique_ptr<ImportDialog> dialog = m_session->createImportDialog(
        QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv"));
    // Not the sample's cut-off on screen: the user's own file has nothing of it.
    const QDate today = QDate::currentDate();
    QCOMPARE(dialog->cutoff(), QDate(today.year(), today.month(), 1));
    dialog.reset();

    // The import itself, as the dialog writes it, then the session reloads.
    QVERIFY(importInto(own(), QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv"),
                       QDate(2024, 12, 1)));
    QVERIFY(m_session->open(own(), QDate(2024, 12, 1)).ok());
    QVERIFY(!m_session->isSample());
    QCOMPARE(bannerText(), QString());
    QCOMPARE(cutoffsOf(own()), QList<QDate> {QDate(2024, 12, 1)});
    QCOMPARE(cutoffsOf(sample()), sampleCutoffs); // the sample is untouched
    QVERIFY(!m_window->analysis()->snapshot().sample);
    QCOMPARE(m_window->regionCode(), u"52.03"_s); // home: the one district
    QVERIFY(m_window->windowTitle().startsWith(u"lengkap.sqlite"_s));
    // Now the on-screen cut-off is the import dialog's default.
    dialog = m_session->createImportDialog({});
    QCOMPARE(dialog->cutoff(), QDate(2024, 12, 1));
}

void TestDataSession::emptyOwnDatabaseShowsFirstStep()
{
    QVERIFY(m_session->open(own()).ok());
    QVERIFY(!m_window->analysis());
    QVERIFY2(bannerText().contains(u"Langkah pertama"_s), qPrintable(bannerText()));
    auto *button = m_session->banner()->findChild<QPushButton *>(u"bannerImport"_s);
    QVERIFY(button && button->isVisibleTo(m_window.get()));
    QVERIFY(button->text().contains(u"Impor"_s));
}

void TestDataSession::saveAsAndRecentFiles()
{
    QVERIFY(importInto(own(), QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv"),
                       QDate(2024, 12, 1)));
    QVERIFY(m_session->open(own()).ok());
    const QString copy = m_dir->filePath(u"lotim-desember.sqlite"_s);
    QVERIFY(m_session->saveAs(copy).ok());
    QCOMPARE(m_session->path(), QFileInfo(copy).absoluteFilePath());
    QVERIFY(m_window->windowTitle().startsWith(u"lotim-desember.sqlite"_s));
    QCOMPARE(cutoffsOf(copy), QList<QDate> {QDate(2024, 12, 1)});
    QCOMPARE(m_window->summary().puskesmas, 35);
    QCOMPARE(DataSession::recentFiles(), (QStringList {QFileInfo(copy).absoluteFilePath(),
                                                       QFileInfo(own()).absoluteFilePath()}));
    const QList<QAction *> recent = m_session->recentMenu()->actions();
    QCOMPARE(recent.size(), 2);
    QVERIFY(recent.at(0)->text().contains(u"lotim-desember.sqlite"_s));
    recent.at(1)->trigger();
    QCOMPARE(m_session->path(), QFileInfo(own()).absoluteFilePath());
    // The next start opens the last file, not the sample.
    DashboardWindow window;
    DataSession session(&window, own(), sample());
    QVERIFY(session.start().ok());
    QCOMPARE(session.path(), QFileInfo(own()).absoluteFilePath());
}

void TestDataSession::sourcesOfTheRowsShown()
{
    QVERIFY(importInto(own(), QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv"),
                       QDate(2024, 12, 1)));
    QVERIFY(
        importInto(own(), QStringLiteral(LENGKAP_TEST_DATA "/long_lebak.csv"), QDate(2024, 12, 1)));
    QVERIFY(m_session->open(own()).ok());
    QCOMPARE(m_window->level(), Level::National);
    const Analysis &analysis = *m_window->analysis();
    const RegionTable lotim
        = regionTable(analysis, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(lotim.context.source, u"lombok_timur_rekap.csv"_s);
    const RegionTable lebak
        = regionTable(analysis, Level::District, u"36.02"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(lebak.context.source, u"long_lebak.csv"_s);
    const RegionTable nation
        = regionTable(analysis, Level::National, {}, Criteria::Sisdmk, Status::All);
    QCOMPARE(nation.context.source, u"lombok_timur_rekap.csv, long_lebak.csv"_s);
    m_window->showDistrict(u"52.03"_s);
    const QString status = m_window->findChild<QLabel *>(u"sourceLabel"_s)->text();
    QVERIFY2(status.contains(u"lombok_timur_rekap.csv"_s) && !status.contains(u"lebak"_s),
             qPrintable(status));
}

} // namespace Lengkap

QTEST_MAIN(Lengkap::TestDataSession)
#include "tst_datasession.moc"
