// Drives the dashboard as a user would, on the national sample data set installed into a fresh
// store (the program's first start): national -> Nusa Tenggara Barat -> Lombok Timur, status
// toggle, chart clicks, breadcrumb and Alt+Left; saves screenshots in Indonesian and English.
#include "breadcrumbbar.h"
#include "colorscheme.h"
#include "dashboardwindow.h"
#include "frozentableview.h"
#include "language.h"
#include "nakestypes.h"
#include "regiontablemodel.h"
#include "samplestore.h"
#include "scenariopanel.h"
#include "staffingtablemodel.h"
#include "store.h"
#include "summarycharts.h"
#include "tablefilterproxy.h"
#include "tableroles.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestDashboardWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void drillDownAndBack();
    void searchOpensDistrict();
    void remembersRegion();
    void switchesPalette();
    void scenarioPanelFollowsTheView();
    void screenshots_data();
    void screenshots();

private:
    QString label(const char *name) const;
    int rowOf(const QAbstractItemModel *model, const QString &code) const;
    void openLombokTimur();
    void grab(const QString &name);

    QTemporaryDir m_dir;
    Store m_store;
    QList<QDate> m_cutoffs;
    std::unique_ptr<DashboardWindow> m_window;
};

void TestDashboardWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_dashboardwindow"_s);
    QVERIFY(m_dir.isValid());
    const Result<void> opened = m_store.open(m_dir.filePath(u"lengkap.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    const Result<void> installed = installSampleIfEmpty(m_store);
    QVERIFY2(installed.ok(), qPrintable(installed ? QString() : installed.error().message));
    // a second call leaves the data alone
    QVERIFY(installSampleIfEmpty(m_store).ok());
    const Result<QList<QDate>> cutoffs = m_store.cutoffs();
    QVERIFY(cutoffs.ok());
    QCOMPARE(cutoffs->size(), 2);
    m_cutoffs = *cutoffs;
    QDir().mkpath(QStringLiteral(LENGKAP_TEST_ARTIFACTS));
}

void TestDashboardWindow::init()
{
    QSettings().clear();
    Language::apply(Language::indonesian());
    m_window = std::make_unique<DashboardWindow>();
    const Result<void> set = m_window->setData(
        m_cutoffs, [this](QDate cutoff) { return m_store.loadSnapshot(cutoff); },
        m_dir.filePath(u"lengkap.sqlite"_s));
    QVERIFY(set.ok());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboardWindow::cleanup()
{
    m_window.reset();
}

QString TestDashboardWindow::label(const char *name) const
{
    const auto *widget = m_window->findChild<QLabel *>(QString::fromLatin1(name));
    return widget ? widget->text() : QString();
}

int TestDashboardWindow::rowOf(const QAbstractItemModel *model, const QString &code) const
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(TableRoles::RegionCodeRole).toString() == code)
            return r;
    }
    return -1;
}

void TestDashboardWindow::grab(const QString &name)
{
    QCoreApplication::processEvents();
    const QString path
        = QStringLiteral(LENGKAP_TEST_ARTIFACTS) + u"/dashboard_"_s + name + u".png"_s;
    QVERIFY(m_window->grab().save(path));
}

void TestDashboardWindow::openLombokTimur()
{
    // National: double-click Nusa Tenggara Barat.
    QCOMPARE(m_window->level(), Level::National);
    FrozenTableView *table = m_window->currentTable();
    QCOMPARE(table->objectName(), u"regionTable"_s);
    QCOMPARE(m_window->regionModel()->rowCount(), 38);
    int row = rowOf(table->model(), u"52"_s);
    QVERIFY(row >= 0);
    QModelIndex cell = table->model()->index(row, RegionTableModel::Puskesmas);
    table->scrollTo(cell);
    const QPoint at = table->visualRect(cell).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at); // a double-click's first press
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_window->level(), Level::Province);
    QCOMPARE(m_window->regionCode(), u"52"_s);

    // Province: Lombok Timur with the keyboard.
    table = m_window->currentTable();
    row = rowOf(table->model(), u"52.03"_s);
    QVERIFY(row >= 0);
    table->setCurrentIndex(table->model()->index(row, 1));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->level(), Level::District);
    QCOMPARE(m_window->regionCode(), u"52.03"_s);
}

void TestDashboardWindow::drillDownAndBack()
{
    openLombokTimur();
    // The headline figures are the engine's (DOMAIN.md §4).
    const RegionSummary engine
        = m_window->analysis()->summary(Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(engine.puskesmas, 35);
    QCOMPARE(engine.complete, 27);
    QCOMPARE(m_window->summary().complete, 27);
    QCOMPARE(label("completePct"), u"77,14%"_s);
    QVERIFY2(label("completeCount").contains(u"27"_s), qPrintable(label("completeCount")));
    QVERIFY(label("completeCount").contains(u"35"_s));
    QCOMPARE(label("incompletePct"), u"22,86%"_s);
    QVERIFY(label("incompleteCount").contains(u"8"_s));
    QVERIFY(label("shortage").contains(u"8"_s));
    QVERIFY(label("shortage").contains(u"Lombok Timur"_s));
    QVERIFY(label("title").contains(u"Lombok Timur"_s));
    QVERIFY(label("sampleLabel").size() > 0);
    QVERIFY(m_window->findChild<QLabel *>(u"sampleLabel"_s)->isVisible());
    QCOMPARE(m_window->currentTable()->objectName(), u"staffingTable"_s);
    QCOMPARE(m_window->currentProxy()->rowCount(), 35);
    QCOMPARE(m_window->breadcrumb()->parts(),
             QStringList({u"Indonesia"_s, u"Nusa Tenggara Barat"_s, u"Lombok Timur"_s}));

    // Status: ASN only, with the keyboard on the selector.
    auto *status = m_window->findChild<QComboBox *>(u"statusCombo"_s);
    QVERIFY(status);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(m_window->status(), Status::Asn);
    QCOMPARE(m_window->summary().complete, 13);
    QCOMPARE(m_window->summary().shortage, 22);
    QVERIFY(label("completeCount").contains(u"13"_s));
    QCOMPARE(m_window->staffingModel()->status(), Status::Asn);
    QTest::keyClick(status, Qt::Key_Up);
    QCOMPARE(m_window->status(), Status::All);
    QCOMPARE(m_window->summary().complete, 27);

    // Click the dentist bar: exactly the 8 Puskesmas without a dentist.
    SummaryCharts *charts = m_window->charts();
    const int dentist = NakesTypes::indexOf(u"dokter_gigi");
    QTest::mouseClick(charts->barView()->viewport(), Qt::LeftButton, {},
                      charts->barCenter(dentist));
    TableFilterProxy *proxy = m_window->currentProxy();
    QCOMPARE(proxy->missingType(), dentist);
    QCOMPARE(proxy->rowCount(), 8);
    QStringList names;
    for (int r = 0; r < proxy->rowCount(); ++r)
        names.append(proxy->index(r, StaffingTableModel::Name).data().toString());
    names.sort();
    QStringList expected {u"AIKMEL UTARA"_s, u"BELANTING"_s, u"KORLEKO"_s,  u"SAKRA"_s,
                          u"SAMBELIA"_s,     u"SEMBALUN"_s,  u"SUKARAJA"_s, u"WANASABA"_s};
    QCOMPARE(names, expected);
    QCOMPARE(m_window->findChild<QComboBox *>(u"filterCombo"_s)->currentData().toInt(), dentist);
    grab(u"district_filtered_id"_s);

    // Click the complete segment of the donut: the 27 complete ones.
    QTest::mouseClick(charts->donutView()->viewport(), Qt::LeftButton, {},
                      charts->sliceCenter(true));
    QCOMPARE(proxy->missingType(), -1);
    QCOMPARE(proxy->rowCount(), 27);
    QTest::mouseClick(charts->donutView()->viewport(), Qt::LeftButton, {},
                      charts->sliceCenter(false));
    QCOMPARE(proxy->rowCount(), 8);

    // Back with the breadcrumb to the province, then Alt+Left to the nation.
    QWidget *province = m_window->breadcrumb()->partWidget(1);
    QVERIFY(province);
    QTest::mouseClick(province, Qt::LeftButton);
    QCOMPARE(m_window->level(), Level::Province);
    QCOMPARE(m_window->regionCode(), u"52"_s);
    // the district we came from is selected
    QCOMPARE(m_window->currentTable()->currentIndex().data(TableRoles::RegionCodeRole).toString(),
             u"52.03"_s);
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->level(), Level::National);
    QCOMPARE(m_window->summary().puskesmas,
             m_window->analysis()->national(Criteria::Sisdmk, Status::All).puskesmas);

    // The dentist bar at national level sorts the provinces by Puskesmas without a dentist.
    QTest::mouseClick(charts->barView()->viewport(), Qt::LeftButton, {},
                      charts->barCenter(dentist));
    FrozenTableView *table = m_window->currentTable();
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
             RegionTableModel::missingColumn(dentist));
    const int first = table->model()
                          ->index(0, RegionTableModel::missingColumn(dentist))
                          .data(TableRoles::SortRole)
                          .toInt();
    const int second = table->model()
                           ->index(1, RegionTableModel::missingColumn(dentist))
                           .data(TableRoles::SortRole)
                           .toInt();
    QVERIFY(first >= second);

    // Criteria toggle recomputes: RPJMN has 10,195 Puskesmas nationally.
    auto *criteria = m_window->findChild<QComboBox *>(u"criteriaCombo"_s);
    criteria->setCurrentIndex(criteria->findData(QVariant::fromValue(Criteria::Rpjmn)));
    QCOMPARE(m_window->criteria(), Criteria::Rpjmn);
    QCOMPARE(m_window->summary().puskesmas, 10195);
}

void TestDashboardWindow::searchOpensDistrict()
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    QVERIFY(search);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"Nusa Tenggara"_s);
    QCOMPARE(m_window->currentProxy()->rowCount(), 2); // NTB and NTT
    search->clear();
    QTest::keyClicks(search, u"Kab. Lombok Timur"_s);
    QCOMPARE(m_window->currentProxy()->rowCount(), 0);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->level(), Level::District);
    QCOMPARE(m_window->regionCode(), u"52.03"_s);
    QVERIFY(search->text().isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_Home, Qt::AltModifier);
    QCOMPARE(m_window->level(), Level::National);
}

void TestDashboardWindow::remembersRegion()
{
    openLombokTimur();
    m_window->setStatus(Status::Asn);
    m_window->close();
    m_window = std::make_unique<DashboardWindow>();
    QVERIFY(m_window
                ->setData(
                    m_cutoffs, [this](QDate c) { return m_store.loadSnapshot(c); },
                    m_dir.filePath(u"lengkap.sqlite"_s))
                .ok());
    m_window->restoreLastRegion();
    QCOMPARE(m_window->level(), Level::District);
    QCOMPARE(m_window->regionCode(), u"52.03"_s);
    QCOMPARE(m_window->status(), Status::Asn);
    QCOMPARE(m_window->summary().complete, 13);
}

// View > colour-blind palette recolours everything at once, the headline cards included.
void TestDashboardWindow::switchesPalette()
{
    auto *palette = m_window->findChild<QAction *>(u"alternativePalette"_s);
    QVERIFY(palette);
    auto *card = m_window->findChild<QFrame *>(u"completeCard"_s);
    QVERIFY(card);
    QVERIFY(!ColorScheme::alternative());
    const QString standard = ColorScheme::complete().name();
    QVERIFY(card->styleSheet().contains(standard));
    palette->trigger();
    QVERIFY(ColorScheme::alternative());
    QVERIFY(ColorScheme::complete().name() != standard);
    QVERIFY2(card->styleSheet().contains(ColorScheme::complete().name()),
             qPrintable(card->styleSheet()));
    grab(u"national_alternative_id"_s);
    palette->trigger();
    QVERIFY(!ColorScheme::alternative());
    QVERIFY(card->styleSheet().contains(standard));
}

void TestDashboardWindow::scenarioPanelFollowsTheView()
{
    // Ctrl+K opens the planners' dock on the region on screen; placing 8 dentists in Lombok
    // Timur completes all 35 Puskesmas (every incomplete one lacks only a dentist).
    openLombokTimur();
    ScenarioPanel *panel = m_window->scenarioPanel();
    QVERIFY(!panel->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(panel->isVisible());
    auto *complete = panel->findChild<QLabel *>(u"completeLabel"_s);
    QVERIFY(complete);
    QVERIFY2(complete->text().contains(u"27"_s), qPrintable(complete->text()));
    QSpinBox *dentists = panel->findChild<QSpinBox *>(u"place_dokter_gigi"_s);
    QVERIFY(dentists);
    dentists->setFocus();
    dentists->selectAll();
    QTest::keyClicks(dentists, u"8"_s);
    QVERIFY2(complete->text().contains(u"<b>35</b>"_s), qPrintable(complete->text()));
    grab(u"district_scenario_id"_s);
    // Toggling status goes through to the panel: ASN only starts from 13 complete.
    m_window->setStatus(Status::Asn);
    QVERIFY2(complete->text().contains(u"13"_s), qPrintable(complete->text()));
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(!panel->isVisible());
}

void TestDashboardWindow::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("percent");
    QTest::newRow("Indonesian") << u"id"_s << u"77,14%"_s;
    QTest::newRow("English") << u"en"_s << u"77.14%"_s;
}

void TestDashboardWindow::screenshots()
{
    QFETCH(QString, language);
    QFETCH(QString, percent);
    Language::apply(language);
    QCoreApplication::processEvents();
    if (language == u"en"_s)
        QVERIFY(label("title").startsWith(u"Completeness"_s));
    grab(u"national_"_s + language);
    m_window->showProvince(u"52"_s);
    grab(u"province_"_s + language);
    m_window->showDistrict(u"52.03"_s);
    QCOMPARE(label("completePct"), percent);
    grab(u"district_"_s + language);
    m_window->setStatus(Status::Asn);
    grab(u"district_asn_"_s + language);
    Language::apply(Language::indonesian());
}

} // namespace Lengkap

QTEST_MAIN(Lengkap::TestDashboardWindow)
#include "tst_dashboardwindow.moc"
