// Tests the window's home region and coverage notes (issue 12 §1): an officer's database with
// one district opens at that district, not at "Indonesia"; above it, the header, the headline
// and the printout say how much of the region the cut-off holds. Saves screenshots.
#include "breadcrumbbar.h"
#include "dashboardwindow.h"
#include "language.h"
#include "nakestypes.h"
#include "tabledata.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestHomeRegion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensAtHome_data();
    void opensAtHome();
    void coverageNotes_data();
    void coverageNotes();
    void userChoiceOnSameDatabase();
    void otherCutoffWithoutRegion();
    void printedTitleSaysCoverage();
    void screenshots_data();
    void screenshots();

private:
    static Snapshot snapshotOf(QDate cutoff, const QStringList &districts);
    void open(DashboardWindow &window, const QStringList &districts,
              const QString &database = u"officer.sqlite"_s);
    QString text(const DashboardWindow &window, const char *name) const;
    QTemporaryDir m_settingsDir;
};

Snapshot TestHomeRegion::snapshotOf(QDate cutoff, const QStringList &districts)
{
    Snapshot snapshot;
    snapshot.cutoff = cutoff;
    snapshot.source = u"lebak_rekap.csv"_s;
    int id = 0;
    for (const QString &district : districts) {
        for (int i = 0; i < 43; ++i) {
            PuskesmasData p;
            p.id = ++id;
            p.code = u"P%1"_s.arg(id);
            p.name = u"PUSKESMAS %1"_s.arg(id);
            p.districtCode = district;
            p.rpjmn = p.registered = true;
            p.asn = QList<int>(NakesTypes::count(), 1);
            p.nonAsn = QList<int>(NakesTypes::count(), 0);
            if (i >= 7) // 7 of 43 complete, as Lebak in the issue
                p.asn[NakesTypes::count() - 1] = 0;
            snapshot.puskesmas.append(p);
        }
    }
    return snapshot;
}

void TestHomeRegion::open(DashboardWindow &window, const QStringList &districts,
                          const QString &database)
{
    const QDate cutoff(2024, 12, 1);
    const Result<void> set = window.setData(
        {cutoff}, [districts](QDate c) -> Result<Snapshot> { return snapshotOf(c, districts); },
        database);
    QVERIFY(set.ok());
}

QString TestHomeRegion::text(const DashboardWindow &window, const char *name) const
{
    const auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
    return label && label->isVisibleTo(&window) ? label->text() : QString();
}

void TestHomeRegion::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_homeregion"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QDir().mkpath(QStringLiteral(LENGKAP_TEST_ARTIFACTS));
}

void TestHomeRegion::init()
{
    QSettings().clear();
    Language::apply(Language::indonesian());
}

void TestHomeRegion::opensAtHome_data()
{
    QTest::addColumn<QStringList>("districts");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("breadcrumb");
    QTest::newRow("Lebak alone: Lebak") << QStringList {u"36.02"_s} << Level::District << u"36.02"_s
                                        << QStringList {u"Indonesia"_s, u"Banten"_s, u"Lebak"_s};
    QTest::newRow("Lebak and Pandeglang: Banten")
        << QStringList {u"36.01"_s, u"36.02"_s} << Level::Province << u"36"_s
        << QStringList {u"Indonesia"_s, u"Banten"_s};
    QTest::newRow("Lebak and Lombok Timur: Indonesia")
        << QStringList {u"36.02"_s, u"52.03"_s} << Level::National << QString()
        << QStringList {u"Indonesia"_s};
}

void TestHomeRegion::opensAtHome()
{
    QFETCH(QStringList, districts);
    QFETCH(Level, level);
    QFETCH(QString, code);
    QFETCH(QStringList, breadcrumb);
    DashboardWindow window;
    open(window, districts);
    window.restoreLastRegion(); // nothing saved: stays home
    QCOMPARE(window.level(), level);
    QCOMPARE(window.regionCode(), code);
    QCOMPARE(window.breadcrumb()->parts(), breadcrumb);
}

void TestHomeRegion::coverageNotes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("upLevels");
    QTest::addColumn<QString>("note");
    QTest::newRow("Lebak: no note") << u"id"_s << 0 << QString();
    QTest::newRow("Banten") << u"id"_s << 1 << u"berisi 1 dari 8 kabupaten/kota di Banten"_s;
    QTest::newRow("Indonesia") << u"id"_s << 2 << u"berisi 1 dari 514 kabupaten/kota"_s;
    QTest::newRow("Indonesia, English") << u"en"_s << 2 << u"contains 1 of 514 districts"_s;
}

void TestHomeRegion::coverageNotes()
{
    QFETCH(QString, language);
    QFETCH(int, upLevels);
    QFETCH(QString, note);
    Language::apply(language);
    DashboardWindow window;
    open(window, {u"36.02"_s});
    window.show();
    for (int i = 0; i < upLevels; ++i)
        window.goBack();
    const QString header = text(window, "coverageLabel");
    const QString headline = text(window, "completeCount");
    QVERIFY2(headline.contains(language == u"id"_s ? u"7 Puskesmas Lengkap dari 43"_s
                                                   : u"7 Puskesmas complete of 43"_s),
             qPrintable(headline));
    if (note.isEmpty()) {
        QCOMPARE(header, QString());
        QVERIFY2(!headline.contains(u"514"_s) && !headline.contains(u"(berisi"_s),
                 qPrintable(headline));
    } else {
        QVERIFY2(header.contains(note), qPrintable(header));
        QVERIFY2(headline.contains(note), qPrintable(headline));
    }
}

// The user's own choice of region wins, on the database it was made on only.
void TestHomeRegion::userChoiceOnSameDatabase()
{
    {
        DashboardWindow window;
        open(window, {u"36.01"_s, u"36.02"_s});
        window.showDistrict(u"36.01"_s);
        window.close(); // saves the region
    }
    {
        DashboardWindow window;
        open(window, {u"36.01"_s, u"36.02"_s});
        QCOMPARE(window.level(), Level::Province);
        window.restoreLastRegion();
        QCOMPARE(window.level(), Level::District);
        QCOMPARE(window.regionCode(), u"36.01"_s);
    }
    {
        DashboardWindow window;
        open(window, {u"36.01"_s, u"36.02"_s}, u"other.sqlite"_s);
        window.restoreLastRegion();
        QCOMPARE(window.level(), Level::Province);
        QCOMPARE(window.regionCode(), u"36"_s);
    }
}

// A cut-off that does not hold the region on screen opens at its own home region.
void TestHomeRegion::otherCutoffWithoutRegion()
{
    DashboardWindow window;
    const QDate december(2024, 12, 1);
    const QDate january(2025, 1, 1);
    const Result<void> set = window.setData(
        {december, january},
        [=](QDate c) -> Result<Snapshot> {
            return snapshotOf(c,
                              c == january ? QStringList {u"52.03"_s} : QStringList {u"36.02"_s});
        },
        u"officer.sqlite"_s, december);
    QVERIFY(set.ok());
    QCOMPARE(window.regionCode(), u"36.02"_s);
    auto *combo = window.findChild<QComboBox *>(u"cutoffCombo"_s);
    QVERIFY(combo);
    const int index = combo->findData(january);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QCOMPARE(window.shownCutoff(), january);
    QCOMPARE(window.level(), Level::District);
    QCOMPARE(window.regionCode(), u"52.03"_s);
}

void TestHomeRegion::printedTitleSaysCoverage()
{
    Language::apply(Language::english());
    const Analysis analysis(snapshotOf(QDate(2024, 12, 1), {u"36.02"_s}));
    const RegionTable national
        = regionTable(analysis, Level::National, {}, Criteria::Sisdmk, Status::All);
    QCOMPARE(PrintText::regionTitle(national.context),
             u"Indonesia (contains 1 of 514 districts)"_s);
    const RegionTable banten
        = regionTable(analysis, Level::Province, u"36"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(PrintText::regionTitle(banten.context),
             u"Banten (contains 1 of 8 districts in Banten)"_s);
    const RegionTable lebak
        = regionTable(analysis, Level::District, u"36.02"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(PrintText::regionTitle(lebak.context), u"Lebak, Banten"_s);
}

void TestHomeRegion::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("id") << u"id"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestHomeRegion::screenshots()
{
    QFETCH(QString, language);
    Language::apply(language);
    DashboardWindow window;
    open(window, {u"36.02"_s});
    window.resize(1366, 728);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    const QString dir = QStringLiteral(LENGKAP_TEST_ARTIFACTS) + u'/';
    QVERIFY(window.grab().save(dir + u"home_district_"_s + language + u".png"_s));
    window.showNational();
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(dir + u"home_national_partial_"_s + language + u".png"_s));
}

} // namespace Lengkap

QTEST_MAIN(Lengkap::TestHomeRegion)
#include "tst_homeregion.moc"
