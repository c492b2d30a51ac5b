// Tests model/analysis/scenarioworkspace.cpp and model/analysis/scenariodocument.cpp (issue 14): the changes a
// planner makes (+/- workers, Non-ASN -> ASN, moves, a proposal in one step) give a snapshot the
// ordinary Analysis reads; taking changes back restores the baseline exactly.
#include "analysis.h"
#include "nakestypes.h"
#include "scenarioworkspace.h"

#include "../views/seedsnapshot.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestScenarioWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void changesOfEachKind_data();
    void changesOfEachKind();
    void analysisReadsTheScenario();
    void undoRestoresExactly();
    void countsStopAtZero();
    void refusesUnknownPuskesmas();
    void savedChangesReapply();
};

namespace {

int type(const char *key)
{
    return NakesTypes::indexOf(QString::fromLatin1(key));
}

qint64 idOf(const Snapshot &s, const QString &name)
{
    for (const PuskesmasData &p : s.puskesmas) {
        if (p.name == name)
            return p.id;
    }
    return 0;
}

const PuskesmasData &row(const Snapshot &s, qint64 id)
{
    for (const PuskesmasData &p : s.puskesmas) {
        if (p.id == id)
            return p;
    }
    static const PuskesmasData none;
    return none;
}

ScenarioWorkspace seedWorkspace()
{
    ScenarioDocument d;
    d.name = u"NTB"_s;
    d.cutoff = QDate(2025, 6, 1);
    return ScenarioWorkspace(TestData::seedSnapshot(false), d);
}

} // namespace

void TestScenarioWorkspace::changesOfEachKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("asn");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("fromDelta"); // asn, non-asn change of bidan at SAKRA
    QTest::addColumn<QList<int>>("toDelta"); // at KERUAK
    QTest::newRow("add two ASN") << int(ScenarioChange::Kind::Add) << true << 2 << QList<int> {2, 0}
                                 << QList<int> {0, 0};
    QTest::newRow("remove one Non-ASN")
        << int(ScenarioChange::Kind::Add) << false << -1 << QList<int> {0, -1} << QList<int> {0, 0};
    QTest::newRow("appoint two honorer as PPPK") << int(ScenarioChange::Kind::Convert) << true << 2
                                                 << QList<int> {2, -2} << QList<int> {0, 0};
    QTest::newRow("move one Non-ASN to KERUAK")
        << int(ScenarioChange::Kind::Move) << false << 1 << QList<int> {0, -1} << QList<int> {0, 1};
}

void TestScenarioWorkspace::changesOfEachKind()
{
    QFETCH(int, kind);
    QFETCH(bool, asn);
    QFETCH(int, count);
    QFETCH(QList<int>, fromDelta);
    QFETCH(QList<int>, toDelta);
    const Snapshot base = TestData::seedSnapshot(false);
    const qint64 sakra = idOf(base, u"SAKRA"_s);
    const qint64 keruak = idOf(base, u"KERUAK"_s);
    const int bidan = type("bidan");
    // SAKRA has 21 ASN and 35 Non-ASN midwives, KERUAK 17 and 23 (lombok_timur_rekap.csv).
    QCOMPARE(row(base, sakra).asn.at(bidan), 21);
    QCOMPARE(row(base, keruak).nonAsn.at(bidan), 23);
    const QList<int> sakraWas {row(base, sakra).asn.at(bidan), row(base, sakra).nonAsn.at(bidan)};
    const QList<int> keruakWas {row(base, keruak).asn.at(bidan),
                                row(base, keruak).nonAsn.at(bidan)};
    const QList<int> expectFrom {sakraWas.at(0) + fromDelta.at(0),
                                 sakraWas.at(1) + fromDelta.at(1)};
    const QList<int> expectTo {keruakWas.at(0) + toDelta.at(0), keruakWas.at(1) + toDelta.at(1)};
    const ScenarioChange change {ScenarioChange::Kind(kind), sakra, keruak, bidan, asn, count};
    QStringList warnings;
    const Snapshot after = applyScenario(base, {change}, u"x"_s, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(after.scenario, u"x"_s);
    QCOMPARE((QList<int> {row(after, sakra).asn.at(bidan), row(after, sakra).nonAsn.at(bidan)}),
             expectFrom);
    QCOMPARE((QList<int> {row(after, keruak).asn.at(bidan), row(after, keruak).nonAsn.at(bidan)}),
             expectTo);
    // The baseline is a value: untouched.
    QCOMPARE(row(base, sakra).asn.at(bidan), sakraWas.at(0));
    QVERIFY(!describeChange(change, base).isEmpty());
    QVERIFY(describeChange(change, base).contains(u"SAKRA"_s));
}

void TestScenarioWorkspace::analysisReadsTheScenario()
{
    ScenarioWorkspace w = seedWorkspace();
    const Snapshot &base = w.baseline()->snapshot();
    const int gigi = type("dokter_gigi");
    // DOMAIN.md §4: 27 complete; SAKRA and SEMBALUN lack only a dentist.
    QCOMPARE(
        w.analysis()->summary(Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All).complete,
        27);
    QVERIFY(w.push({{ScenarioChange::Kind::Add, idOf(base, u"SAKRA"_s), 0, gigi, true, 1},
                    {ScenarioChange::Kind::Add, idOf(base, u"SEMBALUN"_s), 0, gigi, false, 1}}));
    RegionSummary s
        = w.analysis()->summary(Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(s.complete, 29);
    QCOMPARE(s.shortage, 6);
    // Under ASN only the Non-ASN dentist does not count.
    const RegionSummary asnBase
        = w.baseline()->summary(Level::District, u"52.03"_s, Criteria::Sisdmk, Status::Asn);
    const RegionSummary asnNow
        = w.analysis()->summary(Level::District, u"52.03"_s, Criteria::Sisdmk, Status::Asn);
    QVERIFY(asnNow.shortage == asnBase.shortage - 1 || asnNow.shortage == asnBase.shortage);
    QCOMPARE(w.analysis()->snapshot().scenario, u"NTB"_s);
    QVERIFY(w.baseline()->snapshot().scenario.isEmpty());
    QCOMPARE(w.changedCells().size(), 2);
    QVERIFY(w.isChanged(idOf(base, u"SAKRA"_s), gigi));
    QVERIFY(!w.isChanged(idOf(base, u"SAKRA"_s), type("dokter")));
}

void TestScenarioWorkspace::undoRestoresExactly()
{
    ScenarioWorkspace w = seedWorkspace();
    const Snapshot base = w.snapshot();
    const qint64 sakra = idOf(base, u"SAKRA"_s);
    const qint64 keruak = idOf(base, u"KERUAK"_s);
    QVERIFY(w.push({{ScenarioChange::Kind::Add, sakra, 0, 1, true, 3}}));
    QVERIFY(w.push({{ScenarioChange::Kind::Move, keruak, sakra, 2, true, 1},
                    {ScenarioChange::Kind::Convert, keruak, 0, 3, true, 1}}));
    QCOMPARE(w.changes().size(), 3);
    w.pop(); // the second push: two changes in one step
    QCOMPARE(w.changes().size(), 1);
    QCOMPARE(row(w.snapshot(), keruak).asn, row(base, keruak).asn);
    QCOMPARE(row(w.snapshot(), keruak).nonAsn, row(base, keruak).nonAsn);
    w.pop();
    QVERIFY(w.changes().isEmpty());
    for (qsizetype i = 0; i < base.puskesmas.size(); ++i) {
        QCOMPARE(w.snapshot().puskesmas.at(i).asn, base.puskesmas.at(i).asn);
        QCOMPARE(w.snapshot().puskesmas.at(i).nonAsn, base.puskesmas.at(i).nonAsn);
    }
    QVERIFY(w.changedCells().isEmpty());
    // A change and its opposite: no cell differs from the baseline, so none is outlined.
    QVERIFY(w.push({{ScenarioChange::Kind::Add, sakra, 0, 1, true, 1}}));
    QVERIFY(w.push({{ScenarioChange::Kind::Add, sakra, 0, 1, true, -1}}));
    QVERIFY(w.changedCells().isEmpty());
}

void TestScenarioWorkspace::countsStopAtZero()
{
    ScenarioWorkspace w = seedWorkspace();
    const qint64 sakra = idOf(w.snapshot(), u"SAKRA"_s);
    const int dokter = type("dokter");
    const QList<int> was = row(w.snapshot(), sakra).asn;
    QVERIFY(w.push({{ScenarioChange::Kind::Add, sakra, 0, dokter, true, -500}}));
    QCOMPARE(row(w.snapshot(), sakra).asn.at(dokter), 0);
    QCOMPARE(w.warnings().size(), 1);
    QVERIFY(w.warnings().first().contains(u"SAKRA"_s));
    w.pop();
    QCOMPARE(row(w.snapshot(), sakra).asn, was); // the workers stopped at 0 come back
    QVERIFY(w.warnings().isEmpty());
}

void TestScenarioWorkspace::refusesUnknownPuskesmas()
{
    ScenarioWorkspace w = seedWorkspace();
    const qint64 sakra = idOf(w.snapshot(), u"SAKRA"_s);
    QVERIFY(!w.push({{ScenarioChange::Kind::Add, sakra, 0, 1, true, 1},
                     {ScenarioChange::Kind::Add, 999999, 0, 1, true, 1}}));
    QVERIFY(w.changes().isEmpty());
    QVERIFY(!w.push({{ScenarioChange::Kind::Move, sakra, 999999, 1, true, 1}}));
    QVERIFY(w.changedCells().isEmpty());
}

void TestScenarioWorkspace::savedChangesReapply()
{
    const Snapshot base = TestData::seedSnapshot(false);
    ScenarioDocument d;
    d.name = u"saved"_s;
    d.cutoff = base.cutoff;
    d.changes = {{ScenarioChange::Kind::Add, idOf(base, u"SAKRA"_s), 0, 1, true, 1},
                 {ScenarioChange::Kind::Add, 999999, 0, 1, true, 1}};
    const ScenarioWorkspace w(base, d);
    QCOMPARE(w.changes().size(), 1); // the one naming a Puskesmas not held is dropped
    QCOMPARE(w.warnings().size(), 1);
    const Snapshot applied = applyScenario(base, d.changes, d.name);
    for (qsizetype i = 0; i < applied.puskesmas.size(); ++i) {
        const PuskesmasData &p = applied.puskesmas.at(i);
        QCOMPARE(row(w.snapshot(), p.id).asn, p.asn);
    }
}

QTEST_GUILESS_MAIN(TestScenarioWorkspace)
#include "tst_scenarioworkspace.moc"
