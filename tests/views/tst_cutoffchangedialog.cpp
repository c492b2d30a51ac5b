// Tests views/cutoffchangedialog.cpp (issue 14): the change between two cut-offs as a table and
// a list, districts in one cut-off only named apart, and the trend line over every cut-off.
#include "cutoffchangedialog.h"
#include "twocutoffs.h"

#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestCutoffChangeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void district();
    void nation();

private:
    QTemporaryDir m_dir;
    Store m_store;
};

void TestCutoffChangeDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(u"lengkap.sqlite"_s)));
    QVERIFY(TestData::fillTwoCutoffs(m_store, m_dir.path()));
}

void TestCutoffChangeDialog::district()
{
    CutoffChangeDialog dialog(&m_store, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    dialog.setCutoffs(TestData::May, TestData::June);
    QCOMPARE(dialog.diff().becameComplete.size(), 1);
    QCOMPARE(dialog.diff().becameComplete.first().puskesmas, u"SAKRA"_s);
    QCOMPARE(dialog.diff().lostCompleteness.first().puskesmas, u"KERUAK"_s);
    QCOMPARE(dialog.regionTable()->rowCount(), 1);
    QCOMPARE(dialog.regionTable()->item(0, 1)->text(), u"27"_s);
    QCOMPARE(dialog.regionTable()->item(0, 3)->text(), u"0"_s);
    // The list names the Puskesmas and the types gained and lost.
    const QTreeWidgetItem *became = dialog.changeList()->topLevelItem(0);
    QCOMPARE(became->childCount(), 1);
    QCOMPARE(became->child(0)->text(0), u"SAKRA"_s);
    QVERIFY(!became->child(0)->text(2).isEmpty());
    const QTreeWidgetItem *lost = dialog.changeList()->topLevelItem(1);
    QCOMPARE(lost->child(0)->text(0), u"KERUAK"_s);
    // Trend: both cut-offs hold Lombok Timur, 77,14% each.
    QCOMPARE(dialog.trend().size(), 2);
    QCOMPARE(dialog.trendSeries()->count(), 2);
    QCOMPARE(QString::number(dialog.trendSeries()->at(0).y(), 'f', 2), u"77.14"_s);
}

void TestCutoffChangeDialog::nation()
{
    CutoffChangeDialog dialog(&m_store, Level::National, {}, Criteria::Sisdmk, Status::All);
    dialog.setCutoffs(TestData::May, TestData::June);
    // Banten was imported in May only: named, never a loss.
    QCOMPARE(dialog.diff().onlyInFrom.size(), 3);
    QCOMPARE(dialog.diff().lostCompleteness.size(), 1);
    QCOMPARE(dialog.regionTable()->rowCount(), 1); // only NTB is in both cut-offs
    const QLabel *note = dialog.findChild<QLabel *>();
    QVERIFY(note);
    bool named = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        named = named || label->text().contains(u"Lebak"_s);
    QVERIFY(named);
    QCOMPARE(dialog.trend().size(), 2);
    dialog.show();
    dialog.grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS "/cutoff_change_national.png"));
}

QTEST_MAIN(TestCutoffChangeDialog)
#include "tst_cutoffchangedialog.moc"
