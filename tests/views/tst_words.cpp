// Issue 12 §5 and §6, words and keys: one Alt key per menu in both languages, every button
// translated, the first start in the system's language, Backspace while typing, the import
// dialog's plain format names and idle progress bar, dates on paper as Indonesians write them.
#include "dashboardwindow.h"
#include "datasession.h"
#include "exportcontroller.h"
#include "frozentableview.h"
#include "importdialog.h"
#include "language.h"
#include "methodologydialog.h"
#include "samplestore.h"
#include "scenariopanel.h"
#include "store.h"
#include "tabledata.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestWords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void oneAltKeyPerMenu_data();
    void oneAltKeyPerMenu();
    void methodologyCloseTranslated();
    void firstStartFollowsSystem_data();
    void firstStartFollowsSystem();
    void backspaceWhileTyping();
    void plainFormatNames_data();
    void plainFormatNames();
    void idleProgressBarHidden();
    void printedDates_data();
    void printedDates();

private:
    static QChar mnemonic(const QString &text);
    QTemporaryDir m_dir;
    Store m_store;
};

QChar TestWords::mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

void TestWords::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_words"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QVERIFY(m_store.open(m_dir.filePath(u"sample.sqlite"_s)).ok());
    QVERIFY(installSampleIfEmpty(m_store).ok());
}

void TestWords::init()
{
    QSettings().clear();
}

void TestWords::oneAltKeyPerMenu_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Indonesian") << Language::indonesian();
    QTest::newRow("English") << Language::english();
}

// Every menu of the window, as main() builds it (DataSession and ExportController add theirs):
// no two entries share an Alt key, nor do two menus of the menu bar.
void TestWords::oneAltKeyPerMenu()
{
    QFETCH(QString, language);
    Language::apply(language);
    DashboardWindow window;
    DataSession session(&window, m_dir.filePath(u"own.sqlite"_s),
                        m_dir.filePath(u"sample.sqlite"_s));
    ExportController exports(&window);
    QVERIFY(session.openSample().ok());
    QList<QMenu *> menus;
    QStringList problems;
    QHash<QChar, QString> barKeys;
    for (QAction *action : window.menuBar()->actions()) {
        const QChar key = mnemonic(action->text());
        if (key.isNull())
            problems << u"menu \"%1\" has no Alt key"_s.arg(action->text());
        else if (barKeys.contains(key))
            problems << u"menus \"%1\" and \"%2\" share Alt+%3"_s.arg(barKeys.value(key),
                                                                      action->text(), key);
        barKeys.insert(key, action->text());
        if (action->menu())
            menus << action->menu();
    }
    for (int i = 0; i < menus.size(); ++i) {
        QHash<QChar, QString> keys;
        for (QAction *action : menus.at(i)->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (action->menu())
                menus << action->menu();
            const QChar key = mnemonic(action->text());
            if (key.isNull())
                continue; // entries of generated lists (recent files) may have none
            if (keys.contains(key))
                problems << u"in \"%1\": \"%2\" and \"%3\" share Alt+%4"_s.arg(
                    menus.at(i)->title(), keys.value(key), action->text(), key);
            keys.insert(key, action->text());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestWords::methodologyCloseTranslated()
{
    Language::apply(Language::indonesian());
    MethodologyDialog dialog;
    auto *close = dialog.findChild<QPushButton *>(u"closeButton"_s);
    QVERIFY(close);
    QCOMPARE(close->text(), u"&Tutup"_s);
}

void TestWords::firstStartFollowsSystem_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("language");
    QTest::newRow("LANG=en_US") << QStringList {u"en-US"_s, u"en"_s} << Language::english();
    QTest::newRow("LANG=en_GB") << QStringList {u"en-GB"_s} << Language::english();
    QTest::newRow("Windows in Indonesian") << QStringList {u"id-ID"_s} << Language::indonesian();
    QTest::newRow("other: the program's default")
        << QStringList {u"fr-FR"_s} << Language::indonesian();
    QTest::newRow("none") << QStringList {} << Language::indonesian();
}

void TestWords::firstStartFollowsSystem()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, language);
    QCOMPARE(Language::defaultFor(uiLanguages), language);
}

// Backspace goes up a level, but never while the user types in the search box or a spin box.
void TestWords::backspaceWhileTyping()
{
    Language::apply(Language::indonesian());
    DashboardWindow window;
    QVERIFY(window
                .setData(
                    m_store.cutoffs().value(), [this](QDate c) { return m_store.loadSnapshot(c); },
                    m_dir.filePath(u"sample.sqlite"_s))
                .ok());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showDistrict(u"52.03"_s);
    auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, u"sak"_s);
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(search->text(), u"sa"_s);
    QCOMPARE(window.level(), Level::District);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace); // on an empty box: still nothing leaves
    QCOMPARE(window.level(), Level::District);

    window.scenarioAction()->trigger();
    auto *spin = window.scenarioPanel()->findChild<QSpinBox *>(u"place_dokter_gigi"_s);
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, u"12"_s);
    QTest::keyClick(spin, Qt::Key_Backspace);
    QCOMPARE(spin->value(), 1);
    QCOMPARE(window.level(), Level::District);

    // In the table it still goes up.
    window.currentTable()->setFocus();
    QTest::keyClick(window.currentTable(), Qt::Key_Backspace);
    QCOMPARE(window.level(), Level::Province);
}

void TestWords::plainFormatNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("formatValue");
    QTest::addColumn<bool>("xlsx");
    QTest::addColumn<QString>("name");
    QTest::newRow("rekap") << u"id"_s << int(ImportFormat::Rekap) << false
                           << u"Rekap per Puskesmas"_s;
    QTest::newRow("workers") << u"id"_s << int(ImportFormat::Workers) << false
                             << u"Data per nakes (SISDMK)"_s;
    QTest::newRow("paste") << u"id"_s << int(ImportFormat::Paste) << false
                           << u"Salinan tabel dasbor"_s;
    QTest::newRow("xlsx rekap") << u"id"_s << int(ImportFormat::Rekap) << true
                                << u"Rekap per Puskesmas, buku kerja Excel"_s;
    QTest::newRow("workers, English") << u"en"_s << int(ImportFormat::Workers) << false
                                      << u"One row per health worker (SISDMK)"_s;
}

void TestWords::plainFormatNames()
{
    QFETCH(QString, language);
    QFETCH(int, formatValue);
    const auto format = ImportFormat(formatValue);
    QFETCH(bool, xlsx);
    QFETCH(QString, name);
    Language::apply(language);
    QCOMPARE(ImportDialog::formatLabel(format, xlsx), name);
    ImportDialog dialog(m_dir.filePath(u"own.sqlite"_s));
    if (format == ImportFormat::Rekap && !xlsx) {
        dialog.setFile(QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv"));
        QCOMPARE(dialog.findChild<QLabel *>(u"formatLabel"_s)->text(), name);
    }
}

void TestWords::idleProgressBarHidden()
{
    Language::apply(Language::indonesian());
    ImportDialog dialog(m_dir.filePath(u"own.sqlite"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *bar = dialog.findChild<QProgressBar *>(u"progressBar"_s);
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());
    dialog.setFile(QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv"));
    QVERIFY(!bar->isVisible());
}

void TestWords::printedDates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("printed");
    QTest::newRow("Indonesian") << u"id"_s << u"1 Desember 2024"_s << u"29 November 2026 14.05"_s;
    QTest::newRow("English") << u"en"_s << u"1 December 2024"_s << u"29 November 2026 2:05"_s;
}

void TestWords::printedDates()
{
    QFETCH(QString, language);
    QFETCH(QString, date);
    QFETCH(QString, printed);
    Language::apply(language);
    QCOMPARE(PrintText::date(QDate(2024, 12, 1)), date);
    const QString at = PrintText::dateTime(QDateTime(QDate(2026, 11, 29), QTime(14, 5)));
    QVERIFY2(at.startsWith(printed), qPrintable(at));
}

} // namespace Lengkap

QTEST_MAIN(Lengkap::TestWords)
#include "tst_words.moc"
