// Tests model/scenario.cpp: the seed district (DOMAIN.md §4: every incomplete Puskesmas of
// Lombok Timur lacks only a dentist), the distribution rule on hand-made cases, optimality
// against brute force over every small case, criteria/status, and speed on the national sample.
#include "analysis.h"
#include "nakestypes.h"
#include "sampledata.h"
#include "scenario.h"

#include "../views/seedsnapshot.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <bit>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedDistrict_data();
    void seedDistrict();
    void seedReceivers();
    void rule_data();
    void rule();
    void optimalOnEverySmallCase();
    void criteriaAndStatus();
    void nationalScenario();

private:
    std::unique_ptr<Analysis> m_seed;
};

namespace {

int type(const char *key)
{
    return NakesTypes::indexOf(QString::fromLatin1(key));
}

// A Puskesmas of Lebak (36.02) with one worker of every type except those in emptyMask.
PuskesmasData lacking(const QString &name, quint32 emptyMask, qint64 id = 0)
{
    PuskesmasData p;
    p.id = id;
    p.name = name;
    p.districtCode = u"36.02"_s;
    p.rpjmn = p.registered = true;
    for (int t = 0; t < NakesTypes::count(); ++t) {
        p.asn.append(emptyMask & (1u << t) ? 0 : 1);
        p.nonAsn.append(0);
    }
    return p;
}

Analysis analysisOf(const QList<quint32> &emptyMasks)
{
    Snapshot s;
    s.cutoff = QDate(2025, 1, 1);
    for (qsizetype i = 0; i < emptyMasks.size(); ++i)
        s.puskesmas.append(lacking(u"P%1"_s.arg(i), emptyMasks.at(i), i + 1));
    return Analysis(std::move(s));
}

quint32 bit(const char *key)
{
    return 1u << type(key);
}

// The most Puskesmas the budgets can complete: every subset, tried.
int bruteForce(const QList<quint32> &masks, const QList<int> &budget)
{
    int best = 0;
    const int n = int(masks.size());
    for (quint32 subset = 0; subset < (1u << n); ++subset) {
        QList<int> need(budget.size(), 0);
        int complete = 0;
        for (int i = 0; i < n; ++i) {
            if (!masks.at(i))
                ++complete; // complete before
            else if (subset & (1u << i)) {
                ++complete;
                for (int t = 0; t < budget.size(); ++t)
                    need[t] += masks.at(i) >> t & 1;
            }
        }
        bool fits = true;
        for (int t = 0; t < budget.size(); ++t)
            fits = fits && need.at(t) <= budget.at(t);
        if (fits)
            best = std::max(best, complete);
    }
    return best;
}

} // namespace

void TestScenario::initTestCase()
{
    m_seed = std::make_unique<Analysis>(TestData::seedSnapshot());
}

void TestScenario::seedDistrict_data()
{
    QTest::addColumn<int>("dentists");
    QTest::addColumn<int>("completeAfter");
    QTest::addColumn<int>("used");
    QTest::addColumn<int>("leftOver");
    QTest::addColumn<int>("shortageAfter");
    QTest::newRow("no dentist") << 0 << 27 << 0 << 0 << 8;
    QTest::newRow("five dentists") << 5 << 32 << 5 << 0 << 3;
    QTest::newRow("eight dentists complete the district") << 8 << 35 << 8 << 0 << 0;
    QTest::newRow("ten dentists leave two over") << 10 << 35 << 8 << 2 << 0;
}

void TestScenario::seedDistrict()
{
    QFETCH(int, dentists);
    QFETCH(int, completeAfter);
    QFETCH(int, used);
    QFETCH(int, leftOver);
    QFETCH(int, shortageAfter);
    const ScenarioResult r = planScenario(*m_seed, Level::District, u"52.03"_s, Criteria::Sisdmk,
                                          Status::All, {{type("dokter_gigi"), dentists}});
    QCOMPARE(r.name, u"Lombok Timur"_s);
    QCOMPARE(r.puskesmas, 35);
    QCOMPARE(r.completeBefore, 27);
    QCOMPARE(r.shortageBefore, 8);
    QCOMPARE(QString::number(r.completePctBefore(), 'f', 2), u"77.14"_s);
    QCOMPARE(r.completeAfter, completeAfter);
    QCOMPARE(r.totalUsed(), used);
    QCOMPARE(r.leftOver(), leftOver);
    QCOMPARE(r.leftOver(type("dokter_gigi")), leftOver);
    QCOMPARE(r.shortageAfter, shortageAfter);
    QCOMPARE(r.assignments.size(), used);
    QVERIFY(r.optimal);
}

void TestScenario::seedReceivers()
{
    const ScenarioResult r = planScenario(*m_seed, Level::District, u"52.03"_s, Criteria::Sisdmk,
                                          Status::All, {{type("dokter_gigi"), 8}});
    QSet<QString> names;
    for (const Assignment &a : r.assignments) {
        QCOMPARE(a.type, type("dokter_gigi"));
        QCOMPARE(a.district, u"Lombok Timur"_s);
        QVERIFY(a.completes);
        names.insert(a.puskesmas);
    }
    // DOMAIN.md §4: the eight Puskesmas missing a dentist.
    const QSet<QString> seed {u"SUKARAJA"_s, u"SAKRA"_s,    u"KORLEKO"_s,   u"WANASABA"_s,
                              u"SEMBALUN"_s, u"SAMBELIA"_s, u"BELANTING"_s, u"AIKMEL UTARA"_s};
    QCOMPARE(names, seed);
}

void TestScenario::rule_data()
{
    QTest::addColumn<QList<quint32>>("masks");
    QTest::addColumn<QList<int>>("placed"); // by type index
    QTest::addColumn<int>("completeAfter");
    QTest::addColumn<QStringList>("receivers"); // "P0:dokter_gigi", in result order

    const int types = NakesTypes::count();
    auto budget = [types](std::initializer_list<std::pair<const char *, int>> counts) {
        QList<int> b(types, 0);
        for (const auto &[key, n] : counts)
            b[type(key)] = n;
        return b;
    };
    const quint32 gigi = bit("dokter_gigi");
    const quint32 atlm = bit("atlm");
    const quint32 gizi = bit("gizi");

    QTest::newRow("the one lacking only a dentist first")
        << QList<quint32> {gigi | atlm, gigi} << budget({{"dokter_gigi", 1}}) << 1
        << QStringList {u"P1:dokter_gigi"_s};
    QTest::newRow("two types complete the one lacking both")
        << QList<quint32> {gigi | gizi, gigi | atlm} << budget({{"dokter_gigi", 1}, {"atlm", 1}})
        << 1 << QStringList {u"P1:dokter_gigi"_s, u"P1:atlm"_s};
    // Pairs sharing types: taking {atlm, gizi} first would leave one complete, not two.
    QTest::newRow("the pairs that fit together")
        << QList<quint32> {atlm | gizi, gigi | atlm, gigi | gizi}
        << budget({{"dokter_gigi", 2}, {"atlm", 1}, {"gizi", 1}}) << 2
        << QStringList {u"P1:dokter_gigi"_s, u"P1:atlm"_s, u"P2:dokter_gigi"_s, u"P2:gizi"_s};
    QTest::newRow("a worker that completes nothing goes to the fewest empty cells")
        << QList<quint32> {gigi | atlm | gizi, gigi | gizi, 0} << budget({{"dokter_gigi", 1}}) << 1
        << QStringList {u"P1:dokter_gigi"_s};
    QTest::newRow("more workers than empty cells")
        << QList<quint32> {gigi, 0} << budget({{"dokter_gigi", 3}}) << 2
        << QStringList {u"P0:dokter_gigi"_s};
    QTest::newRow("nothing placed")
        << QList<quint32> {gigi, atlm} << budget({}) << 0 << QStringList {};
}

void TestScenario::rule()
{
    QFETCH(QList<quint32>, masks);
    QFETCH(QList<int>, placed);
    QFETCH(int, completeAfter);
    QFETCH(QStringList, receivers);
    const Analysis analysis = analysisOf(masks);
    QList<Placement> placements;
    for (int t = 0; t < placed.size(); ++t) {
        if (placed.at(t))
            placements.append({t, placed.at(t)});
    }
    const ScenarioResult r = planScenario(analysis, Level::District, u"36.02"_s, Criteria::Sisdmk,
                                          Status::All, placements);
    QCOMPARE(r.completeAfter, completeAfter);
    QStringList got;
    for (const Assignment &a : r.assignments)
        got.append(a.puskesmas + u':' + NakesTypes::at(a.type).key);
    QCOMPARE(got, receivers);
}

// Every case of up to 6 Puskesmas over 3 placed types (plus a 4th, never placed), budgets 0..3:
// sampled with a fixed seed, compared with brute force.
void TestScenario::optimalOnEverySmallCase()
{
    const int types = NakesTypes::count();
    QRandomGenerator random(20250601);
    const QList<int> placedTypes {type("dokter_gigi"), type("atlm"), type("gizi")};
    const int notPlaced = type("farmasi");
    int cases = 0;
    int withSharedPatterns = 0;
    for (int round = 0; round < 4000; ++round) {
        const int n = 1 + random.bounded(6);
        QList<quint32> masks;
        for (int i = 0; i < n; ++i) {
            quint32 mask = 0;
            for (int t : placedTypes) {
                if (random.bounded(2))
                    mask |= 1u << t;
            }
            if (random.bounded(6) == 0)
                mask |= 1u << notPlaced;
            masks.append(mask);
        }
        QList<int> budget(types, 0);
        QList<Placement> placements;
        for (int t : placedTypes) {
            budget[t] = random.bounded(4);
            placements.append({t, budget.at(t)});
        }
        const Analysis analysis = analysisOf(masks);
        const ScenarioResult r = planScenario(analysis, Level::National, {}, Criteria::Sisdmk,
                                              Status::All, placements);
        const int best = bruteForce(masks, budget);
        const QString where = u"case %1: masks %2"_s.arg(round).arg([&masks] {
            QStringList s;
            for (quint32 m : masks)
                s.append(QString::number(m, 2));
            return s.join(u' ');
        }());
        QVERIFY2(r.completeAfter == best,
                 qPrintable(where + u" got %1 want %2"_s.arg(r.completeAfter).arg(best)));
        QVERIFY(r.optimal);
        // Every worker goes to an empty cell while there is one, each cell at most once.
        QSet<QPair<qint64, int>> cells;
        for (const Assignment &a : r.assignments) {
            QVERIFY(masks.at(a.puskesmasId - 1) & (1u << a.type));
            QVERIFY(!cells.contains({a.puskesmasId, a.type}));
            cells.insert({a.puskesmasId, a.type});
        }
        int shortage = 0;
        for (quint32 m : masks)
            shortage += std::popcount(m);
        for (int t : placedTypes) {
            int emptyCells = 0;
            for (quint32 m : masks)
                emptyCells += m >> t & 1;
            QCOMPARE(r.used.at(t), std::min(emptyCells, budget.at(t)));
        }
        QCOMPARE(r.shortageBefore, shortage);
        QCOMPARE(r.shortageAfter, shortage - r.totalUsed());
        ++cases;
        int multi = 0;
        for (quint32 m : masks)
            multi += std::popcount(m) >= 2 ? 1 : 0;
        withSharedPatterns += multi >= 2 ? 1 : 0;
    }
    QCOMPARE(cases, 4000);
    QVERIFY(withSharedPatterns > 1000); // the search, not only step 1, was exercised
}

void TestScenario::criteriaAndStatus()
{
    Snapshot s;
    s.cutoff = QDate(2025, 1, 1);
    s.puskesmas
        = {lacking(u"ON LIST"_s, bit("dokter_gigi"), 1),
           lacking(u"OFF LIST"_s, bit("dokter_gigi"), 2), lacking(u"NON-ASN DENTIST"_s, 0, 3)};
    s.puskesmas[1].rpjmn = false;
    // The third has its dentist as Non-ASN: empty under ASN only.
    s.puskesmas[2].asn[type("dokter_gigi")] = 0;
    s.puskesmas[2].nonAsn[type("dokter_gigi")] = 1;
    const Analysis analysis(std::move(s));
    const QList<Placement> two {{type("dokter_gigi"), 2}};

    ScenarioResult r
        = planScenario(analysis, Level::District, u"36.02"_s, Criteria::Rpjmn, Status::All, two);
    QCOMPARE(r.puskesmas, 2);
    QCOMPARE(r.completeBefore, 1);
    QCOMPARE(r.completeAfter, 2);
    QCOMPARE(r.leftOver(), 1);
    QCOMPARE(r.assignments.size(), 1);
    QCOMPARE(r.assignments.first().puskesmas, u"ON LIST"_s);

    r = planScenario(analysis, Level::Province, u"36"_s, Criteria::Sisdmk, Status::Asn, two);
    QCOMPARE(r.puskesmas, 3);
    QCOMPARE(r.completeBefore, 0);
    QCOMPARE(r.completeAfter, 2);
    QCOMPARE(r.shortageAfter, 1);
    QCOMPARE(r.assignments.first().puskesmas, u"ON LIST"_s);
    QCOMPARE(r.assignments.last().puskesmas, u"OFF LIST"_s);

    r = planScenario(analysis, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All, two);
    QCOMPARE(r.puskesmas, 0);
    QCOMPARE(r.leftOver(), 2);
}

void TestScenario::nationalScenario()
{
    const SampleData sample = generateSampleData();
    Snapshot s;
    s.cutoff = sample.cutoffs.last().cutoff;
    qint64 id = 1;
    for (const PuskesmasCounts &c : sample.cutoffs.last().batch.puskesmas) {
        PuskesmasData p;
        p.id = id++;
        p.name = c.name;
        p.kategori = c.kategori;
        p.districtCode = c.districtCode;
        p.rpjmn = p.registered = true;
        p.asn = c.asn;
        p.nonAsn = c.nonAsn;
        s.puskesmas.append(p);
    }
    const Analysis analysis(std::move(s));
    QVERIFY(analysis.snapshot().puskesmas.size() > 10000);
    const QList<Placement> placements {{type("dokter_gigi"), 1200},
                                       {type("atlm"), 900},
                                       {type("gizi"), 400},
                                       {type("farmasi"), 300},
                                       {type("promkes"), 500}};
    const RegionSummary before = analysis.national(Criteria::Sisdmk, Status::All);
    // Its speed is measured in bench/bench_national, not here.
    const ScenarioResult r
        = planScenario(analysis, Level::National, {}, Criteria::Sisdmk, Status::All, placements);
    QCOMPARE(r.completeBefore, before.complete);
    QCOMPARE(r.shortageBefore, before.shortage);
    QVERIFY(r.completeAfter > r.completeBefore);
    QCOMPARE(r.totalUsed(), 3300);
    QCOMPARE(r.shortageAfter, r.shortageBefore - 3300);
    // One type: step 1 alone, exact whatever the size.
    const ScenarioResult dentists = planScenario(analysis, Level::National, {}, Criteria::Sisdmk,
                                                 Status::All, {{type("dokter_gigi"), 1200}});
    QVERIFY(dentists.optimal);
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
