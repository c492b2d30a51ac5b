// Issue 12: opening a database that an earlier version filled with the sample beside the user's
// imports shows a bar offering to move the sample out; doing so keeps a backup and leaves the
// user's cut-offs only.
#include "dashboardwindow.h"
#include "datasession.h"
#include "language.h"
#include "nakestypes.h"
#include "samplesplitbar.h"
#include "samplestore.h"
#include "store.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

ImportBatch lebak()
{
    ImportBatch batch;
    batch.sourceName = u"lebak_rekap.csv"_s;
    batch.sha256 = u"00"_s;
    batch.format = u"rekap"_s;
    for (const QString &name : {u"RANGKASBITUNG"_s, u"MALINGPING"_s}) {
        PuskesmasCounts p;
        p.districtCode = u"36.02"_s;
        p.name = name;
        p.asn = QList<int>(NakesTypes::count(), 1);
        p.nonAsn = QList<int>(NakesTypes::count(), 0);
        p.line = int(batch.puskesmas.size()) + 2;
        batch.puskesmas.append(p);
    }
    return batch;
}

} // namespace

class TestSampleSplitBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersAndMovesSampleOut_data();
    void offersAndMovesSampleOut();

private:
    QTemporaryDir m_dir;
};

void TestSampleSplitBar::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_samplesplitbar"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestSampleSplitBar::offersAndMovesSampleOut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("says");
    QTest::newRow("id") << Language::indonesian() << u"DATA CONTOH"_s;
    QTest::newRow("en") << Language::english() << u"SAMPLE DATA"_s;
}

void TestSampleSplitBar::offersAndMovesSampleOut()
{
    QFETCH(QString, language);
    QFETCH(QString, says);
    QVERIFY(Language::apply(language));
    QSettings().clear();
    const QString path = m_dir.filePath(language + u"_old.sqlite"_s);
    {
        // An old-style file: the sample (first start), then the user's Lebak at its own cut-off.
        Store old;
        QVERIFY(old.open(path).ok());
        QVERIFY(installSample(old).ok());
        QVERIFY(old.importBatch(lebak(), QDate(2025, 9, 1), false).ok());
    }
    DashboardWindow window;
    DataSession session(&window, m_dir.filePath(language + u"_own.sqlite"_s),
                        m_dir.filePath(language + u"_sample.sqlite"_s));
    auto *bar = window.findChild<SampleSplitBar *>(u"sampleSplitBar"_s);
    QVERIFY(bar);
    window.resize(1366, 728);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The sample's own file: no bar.
    QVERIFY(session.openSample().ok());
    QVERIFY(!bar->isVisible());

    QVERIFY(session.open(path).ok());
    QVERIFY(bar->isVisible());
    const QString text = bar->findChild<QLabel *>(u"sampleSplitText"_s)->text();
    QVERIFY2(text.contains(says) && text.contains(QLocale().toString(1028)) && text.contains(u"2025"_s), qPrintable(text));
    QVERIFY(bar->findChild<QPushButton *>(u"sampleSplitButton"_s)->isEnabled());
    QCOMPARE(session.store().cutoffs()->size(), 3);
    QTest::qWait(20);
    QVERIFY(window.grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS) + u"/sample_split_bar_"_s
                               + language + u".png"_s));

    const int backupsBefore = int(Store::backups(path).size());
    const Result<QString> backup = bar->moveSampleOut();
    QVERIFY(backup.ok());
    QCOMPARE(Store::backups(path).size(), backupsBefore + 1);
    QVERIFY(!bar->isVisible());
    QCOMPARE(*session.store().cutoffs(), QList<QDate> {QDate(2025, 9, 1)});
    QCOMPARE(window.shownCutoff(), QDate(2025, 9, 1));
    QCOMPARE(session.path(), QFileInfo(path).absoluteFilePath());

    // Opened again later: nothing left to offer.
    QVERIFY(session.openSample().ok());
    QVERIFY(session.open(path).ok());
    QVERIFY(!bar->isVisible());
    Language::apply(Language::indonesian());
}

QTEST_MAIN(TestSampleSplitBar)
#include "tst_samplesplitbar.moc"
