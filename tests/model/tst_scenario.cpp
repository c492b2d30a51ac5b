// Tests model/analysis/scenario.cpp: the seed district (DOMAIN.md §4: every incomplete Puskesmas of
// Lombok Timur lacks only a dentist), the distribution rule on hand-made cases, optimality
// against brute force over every small case, criteria/status, and speed on the national sample.
#include "analysis.h"
#include "nakestypes.h"
#include "sampledata.h"
#include "scenario.h"
#include "scenarioworkspace.h"

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
    void totalOptimalOnSmallCases();
    void tieBreaks_data();
    void tieBreaks();
    void leftoversToSkmShortage();
    void totalFillsThenSkm();
    void explanations();
    void proposalAsChanges();

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

// The most Puskesmas a total of n workers of any types can complete: every subset, tried.
int bruteForceTotal(const QList<quint32> &masks, int n)
{
    int best = 0;
    const int size = int(masks.size());
    for (quint32 subset = 0; subset < (1u << size); ++subset) {
        int complete = 0;
        int cost = 0;
        for (int i = 0; i < size; ++i) {
            if (!masks.at(i)) {
                ++complete;
            } else if (subset & (1u << i)) {
                ++complete;
                cost += std::popcount(masks.at(i));
            }
        }
        if (cost <= n)
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
    const Analysis analysis(sampleSnapshot(generateSampleData()));
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

// Random small districts, a total N of any types: the same count as brute force, every worker
// in an empty cell while one is left, none lost.
void TestScenario::totalOptimalOnSmallCases()
{
    QRandomGenerator random(20261129);
    const int types = NakesTypes::count();
    int multi = 0;
    for (int round = 0; round < 3000; ++round) {
        const int n = 1 + random.bounded(7);
        QList<quint32> masks;
        int shortage = 0;
        for (int i = 0; i < n; ++i) {
            quint32 mask = 0;
            for (int t = 0; t < types; ++t) {
                if (random.bounded(5) == 0)
                    mask |= 1u << t;
            }
            masks.append(mask);
            shortage += std::popcount(mask);
            multi += std::popcount(mask) >= 2;
        }
        const int total = random.bounded(12);
        const Analysis analysis = analysisOf(masks);
        ProposalRequest request;
        request.total = total;
        request.leftoverToSkm = false;
        const ScenarioResult r = planProposal(analysis, Level::District, u"36.02"_s,
                                              Criteria::Sisdmk, Status::All, request);
        QCOMPARE(r.completeAfter, bruteForceTotal(masks, total));
        QCOMPARE(r.totalUsed(), std::min(total, shortage));
        QCOMPARE(r.leftOver(), total - r.totalUsed());
        QCOMPARE(r.shortageAfter, shortage - r.totalUsed());
        QSet<QPair<qint64, int>> cells;
        for (const Assignment &a : r.assignments) {
            QVERIFY(masks.at(a.puskesmasId - 1) & (1u << a.type));
            QVERIFY(!cells.contains({a.puskesmasId, a.type}));
            cells.insert({a.puskesmasId, a.type});
        }
    }
    QVERIFY(multi > 1000);
}

void TestScenario::tieBreaks_data()
{
    QTest::addColumn<QStringList>("kategori"); // of P0, P1, P2: each lacks only a dentist
    QTest::addColumn<QString>("chosen"); // the one of the three that gets the one dentist
    QTest::newRow("remote first") << QStringList {u"Perkotaan Rawat Inap"_s,
                                                  u"Terpencil Non Rawat Inap"_s, u""_s}
                                  << u"P1"_s;
    QTest::newRow("very remote is remote")
        << QStringList {u""_s, u"Pedesaan Rawat Inap"_s, u"Sangat Terpencil Non Rawat Inap"_s}
        << u"P2"_s;
    QTest::newRow("then rawat inap")
        << QStringList {u"Perkotaan Non Rawat Inap"_s, u""_s, u"Pedesaan Rawat Inap"_s} << u"P2"_s;
    QTest::newRow("then snapshot order") << QStringList {u""_s, u""_s, u""_s} << u"P0"_s;
}

void TestScenario::tieBreaks()
{
    QFETCH(QStringList, kategori);
    QFETCH(QString, chosen);
    Snapshot s;
    s.cutoff = QDate(2025, 1, 1);
    for (int i = 0; i < 3; ++i) {
        PuskesmasData p = lacking(u"P%1"_s.arg(i), bit("dokter_gigi"), i + 1);
        p.kategori = kategori.at(i);
        s.puskesmas.append(p);
    }
    const Analysis analysis(std::move(s));
    for (bool total : {false, true}) {
        ProposalRequest request;
        if (total)
            request.total = 1;
        else
            request.placements = {{type("dokter_gigi"), 1}};
        const ScenarioResult r = planProposal(analysis, Level::District, u"36.02"_s,
                                              Criteria::Sisdmk, Status::All, request);
        QCOMPARE(r.assignments.size(), 1);
        QCOMPARE(r.assignments.first().puskesmas, chosen);
        QCOMPARE(r.completeAfter, 1);
    }
}

void TestScenario::leftoversToSkmShortage()
{
    // Every Puskesmas has a dentist; standards: 1 non rawat inap, 1 rawat inap. Nurses: 5 / 8.
    Snapshot s;
    s.cutoff = QDate(2025, 1, 1);
    s.puskesmas = {lacking(u"SMALL GAP"_s, 0, 1), lacking(u"BIG GAP"_s, 0, 2),
                   lacking(u"EMPTY NURSE"_s, bit("perawat"), 3)};
    s.puskesmas[0].asn[type("perawat")] = 4; // 1 below 5
    s.puskesmas[1].kategori = u"Pedesaan Rawat Inap"_s;
    s.puskesmas[1].asn[type("perawat")] = 2; // 6 below 8
    const Analysis analysis(std::move(s));
    ProposalRequest request;
    request.placements = {{type("perawat"), 5}};
    const ScenarioResult r = planProposal(analysis, Level::District, u"36.02"_s, Criteria::Sisdmk,
                                          Status::All, request);
    // One nurse completes EMPTY NURSE; the other 4 go, one by one, to the largest SKM shortage:
    // BIG GAP at 6, 5 and 4 below (rawat inap wins the tie at 4), then EMPTY NURSE at 4.
    QCOMPARE(r.completeAfter, 3);
    QCOMPARE(r.used.at(type("perawat")), 1);
    QCOMPARE(r.skm.at(type("perawat")), 4);
    QCOMPARE(r.leftOver(), 0);
    QCOMPARE(r.assignments.size(), 3);
    QCOMPARE(r.assignments.at(0).puskesmas, u"EMPTY NURSE"_s);
    QCOMPARE(r.assignments.at(0).reason, Assignment::Reason::Completes);
    QCOMPARE(r.assignments.at(1).puskesmas, u"BIG GAP"_s);
    QCOMPARE(r.assignments.at(1).reason, Assignment::Reason::SkmShortage);
    QCOMPARE(r.assignments.at(1).count, 3);
    QCOMPARE(r.assignments.at(1).skmShortage, 6);
    QCOMPARE(r.assignments.at(2).puskesmas, u"EMPTY NURSE"_s);
    QCOMPARE(r.assignments.at(2).count, 1);
    QCOMPARE(r.assignments.at(2).skmShortage, 4);
    // Without SKM (planScenario), the 4 are left over as before.
    const ScenarioResult plain = planScenario(analysis, Level::District, u"36.02"_s,
                                              Criteria::Sisdmk, Status::All, request.placements);
    QCOMPARE(plain.leftOver(), 4);
}

void TestScenario::totalFillsThenSkm()
{
    const ScenarioResult r = [this] {
        ProposalRequest request;
        request.total = 20;
        return planProposal(*m_seed, Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All,
                            request);
    }();
    // DOMAIN.md §4: 8 empty cells, all dentists; the other 12 go to SKM shortages while the
    // district has any (measured on the district with the 8 dentists applied).
    QCOMPARE(r.completeAfter, 35);
    QCOMPARE(r.totalUsed(), 8);
    QCOMPARE(r.used.at(type("dokter_gigi")), 8);
    ScenarioDocument d;
    d.name = u"x"_s;
    ScenarioWorkspace w(m_seed->snapshot(), d);
    QList<ScenarioChange> dentists = proposalChanges(r);
    dentists.removeIf([](const ScenarioChange &c) { return c.type != type("dokter_gigi"); });
    QVERIFY(w.push(dentists));
    const int skmShortage
        = skmSummary(*w.analysis(), Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All)
              .totalShortage();
    QCOMPARE(r.totalSkm(), std::min(12, skmShortage));
    QCOMPARE(r.leftOver(), 12 - r.totalSkm());
    QCOMPARE(r.completedPuskesmas().size(), 8);
    int placed = 0;
    for (int t = 0; t < NakesTypes::count(); ++t)
        placed += r.placed.at(t);
    QCOMPARE(placed, r.totalUsed() + r.totalSkm());
}

void TestScenario::explanations()
{
    ProposalRequest request;
    request.placements = {{type("dokter_gigi"), 8}};
    const ScenarioResult r = planProposal(*m_seed, Level::District, u"52.03"_s, Criteria::Sisdmk,
                                          Status::All, request);
    QCOMPARE(r.completedPuskesmas().size(), 8);
    for (const Assignment &a : r.assignments) {
        QCOMPARE(a.reason, Assignment::Reason::Completes);
        QVERIFY(a.explanation().contains(u"complete"_s));
    }
    Assignment remote;
    remote.reason = Assignment::Reason::FillsEmptyCell;
    remote.remote = true;
    QVERIFY(remote.explanation().contains(u"remote"_s));
}

void TestScenario::proposalAsChanges()
{
    // "With 20 new dentists and 15 ATLM for NTB": the proposal, applied as scenario changes in
    // one step, completes in the scenario exactly the Puskesmas it says.
    ProposalRequest request;
    request.placements = {{type("dokter_gigi"), 20}, {type("atlm"), 15}};
    const ScenarioResult r
        = planProposal(*m_seed, Level::Province, u"52"_s, Criteria::Sisdmk, Status::All, request);
    ScenarioDocument d;
    d.name = u"NTB"_s;
    d.cutoff = m_seed->snapshot().cutoff;
    ScenarioWorkspace w(m_seed->snapshot(), d);
    QVERIFY(w.push(proposalChanges(r)));
    const RegionSummary after
        = w.analysis()->summary(Level::Province, u"52"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(after.complete, r.completeAfter);
    QCOMPARE(after.shortage, r.shortageAfter);
    w.pop(); // one step
    QVERIFY(w.changes().isEmpty());
    QCOMPARE(
        w.analysis()->summary(Level::Province, u"52"_s, Criteria::Sisdmk, Status::All).complete,
        r.completeBefore);
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
