// Tests views/scenariocomparedialog.cpp (issue 14): a scenario beside the baseline, and two
// scenarios side by side, for a district and for its province.
#include "nakestypes.h"
#include "scenariocomparedialog.h"
#include "twocutoffs.h"

#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestScenarioCompareDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sideBySide_data();
    void sideBySide();

private:
    QTemporaryDir m_dir;
    Store m_store;
};

void TestScenarioCompareDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(u"lengkap.sqlite"_s)));
    QVERIFY(TestData::fillTwoCutoffs(m_store, m_dir.path()));
    const Snapshot june = *m_store.loadSnapshot(TestData::June);
    auto idOf = [&june](const QString &name) {
        for (const PuskesmasData &p : june.puskesmas) {
            if (p.name == name)
                return p.id;
        }
        return qint64(0);
    };
    const int gigi = NakesTypes::indexOf(u"dokter_gigi");
    // "one": a dentist for SUKARAJA; "two": also one for SEMBALUN.
    ScenarioDocument one;
    one.name = u"one"_s;
    one.cutoff = TestData::June;
    one.changes = {{ScenarioChange::Kind::Add, idOf(u"SUKARAJA"_s), 0, gigi, true, 1}};
    QVERIFY(m_store.saveScenario(one));
    ScenarioDocument two = one;
    two.name = u"two"_s;
    two.changes.append({ScenarioChange::Kind::Add, idOf(u"SEMBALUN"_s), 0, gigi, true, 1});
    QVERIFY(m_store.saveScenario(two));
}

void TestScenarioCompareDialog::sideBySide_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("difference"); // of the region's own row
    QTest::addColumn<int>("rows");
    QTest::newRow("baseline and one, Lombok Timur")
        << int(Level::District) << u"52.03"_s << QString() << u"one"_s << u"+1"_s << 36;
    QTest::newRow("one and two, NTB")
        << int(Level::Province) << u"52"_s << u"one"_s << u"two"_s << u"+1"_s << 2;
    QTest::newRow("two and baseline, NTB")
        << int(Level::Province) << u"52"_s << u"two"_s << QString() << u"-2"_s << 2;
}

void TestScenarioCompareDialog::sideBySide()
{
    QFETCH(int, level);
    QFETCH(QString, code);
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, difference);
    QFETCH(int, rows);
    ScenarioCompareDialog dialog(&m_store, TestData::June, Level(level), code, Criteria::Sisdmk,
                                 Status::All);
    dialog.setSides(left, right);
    QCOMPARE(dialog.table()->rowCount(), rows);
    QCOMPARE(dialog.table()->item(0, 3)->text().replace(u'−', u'-'), difference);
}

QTEST_MAIN(TestScenarioCompareDialog)
#include "tst_scenariocomparedialog.moc"
