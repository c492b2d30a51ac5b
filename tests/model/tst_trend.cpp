// Tests model/analysis/trend.cpp (issue 14): change between two cut-offs (became complete with the types
// gained, lost completeness with the types lost, per region), districts held by one cut-off only
// listed and never counted, and trend points.
#include "analysis.h"
#include "nakestypes.h"
#include "trend.h"

#include "../views/seedsnapshot.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestTrend : public QObject
{
    Q_OBJECT

private slots:
    void diffBetweenCutoffs();
    void districtsInOneCutoffOnly_data();
    void districtsInOneCutoffOnly();
    void trendPoints();
};

namespace {

int type(const char *key)
{
    return NakesTypes::indexOf(QString::fromLatin1(key));
}

PuskesmasData &named(Snapshot &s, const QString &name)
{
    for (PuskesmasData &p : s.puskesmas) {
        if (p.name == name)
            return p;
    }
    qFatal("no Puskesmas %s", qPrintable(name));
}

// The seed a month later: SAKRA got a dentist, KERUAK lost every midwife, Lebak (36.02) was not
// imported, Lombok Tengah (52.02) was.
Snapshot nextMonth()
{
    Snapshot s = TestData::seedSnapshot(false);
    s.cutoff = QDate(2025, 7, 1);
    named(s, u"SAKRA"_s).asn[type("dokter_gigi")] = 1;
    named(s, u"KERUAK"_s).asn[type("bidan")] = 0;
    named(s, u"KERUAK"_s).nonAsn[type("bidan")] = 0;
    s.puskesmas.removeIf([](const PuskesmasData &p) { return p.districtCode == u"36.02"_s; });
    s.puskesmas.append(TestData::madeUp(u"52.02"_s, u"PRAYA"_s, 2001, -1));
    return s;
}

} // namespace

void TestTrend::diffBetweenCutoffs()
{
    const Analysis from(TestData::seedSnapshot(false));
    const Analysis to(nextMonth());
    const CutoffDiff d
        = diffCutoffs(from, to, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(d.before.complete, 27);
    QCOMPARE(d.after.complete, 27); // one gained, one lost
    QCOMPARE(d.becameComplete.size(), 1);
    QCOMPARE(d.becameComplete.first().puskesmas, u"SAKRA"_s);
    QCOMPARE(d.becameComplete.first().types, QList<int> {type("dokter_gigi")});
    QCOMPARE(d.lostCompleteness.size(), 1);
    QCOMPARE(d.lostCompleteness.first().puskesmas, u"KERUAK"_s);
    QCOMPARE(d.lostCompleteness.first().district, u"Lombok Timur"_s);
    QCOMPARE(d.lostCompleteness.first().types, QList<int> {type("bidan")});
    QCOMPARE(d.regions.size(), 1);
    QCOMPARE(d.regions.first().completeFrom, 27);
    QCOMPARE(d.regions.first().completeTo, 27);
    QVERIFY(d.onlyInFrom.isEmpty());
    QVERIFY(d.onlyInTo.isEmpty());
}

void TestTrend::districtsInOneCutoffOnly_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("onlyInFrom");
    QTest::addColumn<QStringList>("onlyInTo");
    QTest::addColumn<int>("regionRows");
    QTest::newRow("nation") << int(Level::National) << QString() << QStringList {u"36.02"_s}
                            << QStringList {u"52.02"_s} << 1; // only NTB is in both
    QTest::newRow("Banten, gone") << int(Level::Province) << u"36"_s << QStringList {u"36.02"_s}
                                  << QStringList {} << 0;
    QTest::newRow("NTB, one district new")
        << int(Level::Province) << u"52"_s << QStringList {} << QStringList {u"52.02"_s} << 3;
}

void TestTrend::districtsInOneCutoffOnly()
{
    QFETCH(int, level);
    QFETCH(QString, code);
    QFETCH(QStringList, onlyInFrom);
    QFETCH(QStringList, onlyInTo);
    QFETCH(int, regionRows);
    const Analysis from(TestData::seedSnapshot(false));
    const Analysis to(nextMonth());
    const CutoffDiff d = diffCutoffs(from, to, Level(level), code, Criteria::Sisdmk, Status::All);
    QCOMPARE(d.onlyInFrom, onlyInFrom);
    QCOMPARE(d.onlyInTo, onlyInTo);
    QCOMPARE(d.regions.size(), regionRows);
    // Lebak's complete Puskesmas (CIBADAK) are not a loss, PRAYA is not a gain.
    for (const CompletenessChange &c : d.lostCompleteness)
        QCOMPARE(c.puskesmas, u"KERUAK"_s);
    for (const CompletenessChange &c : d.becameComplete)
        QCOMPARE(c.puskesmas, u"SAKRA"_s);
    for (const RegionChange &r : d.regions) {
        QVERIFY(r.code != u"36"_s && r.code != u"36.02"_s && r.code != u"52.02"_s);
        QCOMPARE(r.change(), 0);
    }
}

void TestTrend::trendPoints()
{
    const Analysis from(TestData::seedSnapshot(false));
    const Analysis to(nextMonth());
    QVERIFY(holdsRegion(from, Level::District, u"36.02"_s));
    QVERIFY(!holdsRegion(to, Level::District, u"36.02"_s));
    QVERIFY(holdsRegion(to, Level::Province, u"52"_s));
    QVERIFY(!holdsRegion(from, Level::Province, u"11"_s));
    QVERIFY(holdsRegion(from, Level::National, {}));
    const TrendPoint p
        = trendPoint(from, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(p.cutoff, QDate(2025, 6, 1));
    QCOMPARE(p.puskesmas, 35);
    QCOMPARE(p.complete, 27);
    QCOMPARE(QString::number(p.completePct(), 'f', 2), u"77.14"_s);
    const TrendPoint asn
        = trendPoint(from, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::Asn);
    QCOMPARE(asn.complete, 13);
}

QTEST_GUILESS_MAIN(TestTrend)
#include "tst_trend.moc"
