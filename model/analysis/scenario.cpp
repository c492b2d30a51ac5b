#include "scenario.h"

#include "analysis.h"
#include "nakestypes.h"
#include "wilayah.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <bit>
#include <numeric>
#include <queue>

using namespace Qt::StringLiterals;

// How the workers are distributed, and why the number of complete Puskesmas is the largest
// possible.
//
// A Puskesmas p with the set E(p) of empty cells (under the status) becomes complete exactly
// when it receives one worker of every type in E(p); a second worker in a cell, or one in a
// filled cell, completes nothing. So only Puskesmas whose empty types were all placed can be
// completed, and Puskesmas with the same E(p) (a "pattern") are interchangeable. The problem is:
// choose x[m] Puskesmas of each pattern m (at most the number having it) maximising Σ x[m] with,
// for every type t, Σ x[m] over patterns containing t <= workers of type t.
//
//  1. Puskesmas whose ONLY empty cell is a placed type come first, as many as there are workers
//     of that type. Exchange argument: in any best plan, swapping a larger pattern's worker of t
//     for such a Puskesmas keeps the count and frees the other workers, so some best plan
//     completes them all.
//  2. Puskesmas lacking the type and fewest others: patterns of 2, 3, ... empty cells, by a
//     depth-first search over how many of each pattern to complete (most first, so its first
//     path is the greedy plan), cut by an upper bound: the workers left, per type and in total,
//     cannot complete more than the bound. With the few patterns a scenario has this finishes at
//     once and is exact; should it ever pass SearchLimit nodes it keeps the best plan found and
//     says so (ScenarioResult::optimal = false). tst_scenario.cpp compares it with brute force
//     over every small case.
//  3. The rest of the workers of each type go to the other empty cells of that type, Puskesmas
//     with fewest empty cells first (closest to complete), then in snapshot order. Whatever is
//     left when no empty cell of the type remains goes where the SKM shortage of that type is
//     largest (planProposal), or is left over (planScenario).
//
// A total N of any types (planProposal with total > 0): each Puskesmas costs as many workers as
// it has empty cells, whatever their types, so completing the k cheapest is the best use of N;
// taking them cheapest first until the next does not fit is optimal (the next ones cost no less).
// Then the remaining workers fill empty cells, fewest empty cells first, then SKM shortages.
//
// Tie-breaks never change how many Puskesmas become complete, only which among equals: those in
// remote areas (kategori containing "Terpencil", "Sangat Terpencil" included) first, then rawat
// inap, then snapshot order. They apply within a pattern, in step 3 and to SKM shortages.
namespace Lengkap {

namespace {

struct ScenarioTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Scenario)
};

// About a microsecond a node: keeps a national scenario with several types well under 50 ms.
constexpr qint64 SearchLimit = 20000;

struct Pattern
{
    quint32 mask = 0;
    int size = 0; // empty cells
    QList<int> rows; // indices into the region's rows, snapshot order
    int chosen = 0; // Puskesmas of this pattern to complete
};

class Search
{
public:
    Search(QList<Pattern> *patterns, QList<int> budget)
        : m_patterns(*patterns)
        , m_budget(std::move(budget))
        , m_current(patterns->size(), 0)
        , m_best(patterns->size(), 0)
    {
        // Patterns come by size, so every strict subset of a pattern comes before it.
        for (qsizetype i = 0; i < m_patterns.size(); ++i) {
            QList<qsizetype> subsets;
            for (qsizetype k = 0; k < i; ++k) {
                const quint32 sub = m_patterns.at(k).mask;
                if (sub != m_patterns.at(i).mask && (sub & m_patterns.at(i).mask) == sub)
                    subsets.append(k);
            }
            m_subsets.append(subsets);
        }
    }

    // Returns false when the node limit was hit (the best plan found is still applied).
    bool run()
    {
        visit(0, 0);
        for (qsizetype i = 0; i < m_patterns.size(); ++i)
            m_patterns[i].chosen = m_best.at(i);
        return m_nodes <= SearchLimit;
    }

private:
    int capacity(qsizetype i) const
    {
        const Pattern &p = m_patterns.at(i);
        int cap = int(p.rows.size());
        for (quint32 bits = p.mask; bits; bits &= bits - 1)
            cap = std::min(cap, m_budget.at(std::countr_zero(bits)));
        return cap;
    }

    // No plan for patterns i.. completes more than this with the workers left.
    int bound(qsizetype from) const
    {
        int capacities = 0;
        int minSize = 64;
        QList<int> perType(m_budget.size(), 0);
        int workers = 0;
        for (qsizetype i = from; i < m_patterns.size(); ++i) {
            const int cap = capacity(i);
            if (!cap)
                continue;
            capacities += cap;
            minSize = std::min(minSize, m_patterns.at(i).size);
            for (quint32 bits = m_patterns.at(i).mask; bits; bits &= bits - 1)
                perType[std::countr_zero(bits)] += cap;
        }
        if (!capacities)
            return 0;
        int best = capacities;
        for (int t = 0; t < m_budget.size(); ++t) {
            if (!perType.at(t))
                continue;
            const int usable = std::min(m_budget.at(t), perType.at(t));
            workers += usable;
            // Patterns with t complete at most budget(t); the others at most their capacity.
            best = std::min(best, usable + capacities - perType.at(t));
        }
        return std::min(best, workers / minSize);
    }

    void visit(qsizetype i, int value)
    {
        if (++m_nodes > SearchLimit)
            return;
        if (value > m_bestValue) {
            m_bestValue = value;
            m_best = m_current;
            std::fill(m_best.begin() + i, m_best.end(), 0);
        }
        if (i == m_patterns.size() || value + bound(i) <= m_bestValue)
            return;
        const quint32 mask = m_patterns.at(i).mask;
        // Dominance: swapping a Puskesmas of this pattern for one of a subset pattern keeps the
        // count and frees workers, so some best plan completes a pattern only once every subset
        // pattern is complete. Only such plans are searched.
        int most = capacity(i);
        for (qsizetype k : m_subsets.at(i)) {
            if (m_current.at(k) < m_patterns.at(k).rows.size())
                most = 0;
        }
        for (int x = most; x >= 0; --x) {
            for (quint32 bits = mask; bits; bits &= bits - 1)
                m_budget[std::countr_zero(bits)] -= x;
            m_current[i] = x;
            visit(i + 1, value + x);
            for (quint32 bits = mask; bits; bits &= bits - 1)
                m_budget[std::countr_zero(bits)] += x;
            if (m_nodes > SearchLimit || value + x + bound(i + 1) <= m_bestValue)
                break; // fewer of this pattern cannot beat the best either
        }
        m_current[i] = 0;
    }

    QList<Pattern> &m_patterns;
    QList<QList<qsizetype>> m_subsets; // earlier patterns that are strict subsets
    QList<int> m_budget;
    QList<int> m_current;
    QList<int> m_best;
    int m_bestValue = -1;
    qint64 m_nodes = 0;
};

} // namespace

int ScenarioResult::totalPlaced() const
{
    return total > 0 ? total : std::accumulate(placed.cbegin(), placed.cend(), 0);
}

int ScenarioResult::totalSkm() const
{
    return std::accumulate(skm.cbegin(), skm.cend(), 0);
}

QStringList ScenarioResult::completedPuskesmas() const
{
    QStringList names;
    qint64 last = -1;
    for (const Assignment &a : assignments) {
        if (a.completes && a.puskesmasId != last)
            names.append(a.puskesmas);
        last = a.puskesmasId;
    }
    return names;
}

bool isRemote(const QString &kategori)
{
    return kategori.contains(u"terpencil"_s, Qt::CaseInsensitive);
}

QString Assignment::explanation() const
{
    QString why;
    switch (reason) {
    case Reason::Completes:
        why = ScenarioTr::tr("becomes complete");
        break;
    case Reason::FillsEmptyCell:
        why = ScenarioTr::tr("fills an empty cell; still incomplete");
        break;
    case Reason::SkmShortage:
        why = ScenarioTr::tr("no empty cell left: largest SKM shortage (%1 below standard)")
                  .arg(skmShortage);
        break;
    }
    if (remote)
        why += ScenarioTr::tr("; remote area, chosen first among equals");
    else if (rawatInap)
        why += ScenarioTr::tr("; rawat inap, chosen first among equals");
    return why;
}

QList<ScenarioChange> proposalChanges(const ScenarioResult &result)
{
    QList<ScenarioChange> changes;
    for (const Assignment &a : result.assignments)
        changes.append({ScenarioChange::Kind::Add, a.puskesmasId, 0, a.type, true, a.count});
    return changes;
}

int ScenarioResult::totalUsed() const
{
    return std::accumulate(used.cbegin(), used.cend(), 0);
}

ScenarioResult planScenario(const Analysis &analysis, Level level, const QString &code,
                            Criteria criteria, Status status, const QList<Placement> &placements)
{
    ProposalRequest request;
    request.placements = placements;
    request.leftoverToSkm = false;
    return planProposal(analysis, level, code, criteria, status, request);
}

ScenarioResult planProposal(const Analysis &analysis, Level level, const QString &code,
                            Criteria criteria, Status status, const ProposalRequest &request)
{
    const int types = NakesTypes::count();
    const quint32 allTypes = types == 32 ? ~0u : (1u << types) - 1;
    ScenarioResult result;
    result.level = level;
    result.code = code;
    result.criteria = criteria;
    result.status = status;
    result.name = analysis.summary(level, code, criteria, status).name;
    result.placed = QList<int>(types, 0);
    result.used = QList<int>(types, 0);
    result.skm = QList<int>(types, 0);
    result.total = std::max(0, request.total);
    quint32 placedMask = 0;
    if (result.total > 0) {
        placedMask = allTypes;
    } else {
        for (const Placement &placement : request.placements) {
            Q_ASSERT(placement.type >= 0 && placement.type < types);
            result.placed[placement.type] += std::max(0, placement.count);
        }
        for (int t = 0; t < types; ++t) {
            if (result.placed.at(t) > 0)
                placedMask |= 1u << t;
        }
    }

    // The region's Puskesmas and their empty cells (DOMAIN.md §3: empty when count == 0), in
    // tie-break order: remote first, then rawat inap, then snapshot order.
    // What a kategori means (remote, rawat inap, SKM standards) is looked up once per distinct
    // text: a nation has a handful of kategori but 10,300 Puskesmas, and the case-insensitive
    // searches per row and type were most of a proposal's time (bench_scenario).
    struct KategoriInfo
    {
        bool remote = false;
        bool rawatInap = false;
        QList<int> standard; // by type
    };
    QList<KategoriInfo> kategoriInfo;
    QHash<QString, qsizetype> kategoriIndex;
    const auto infoOf = [&](const QString &kategori) {
        auto it = kategoriIndex.constFind(kategori);
        if (it == kategoriIndex.cend()) {
            KategoriInfo info;
            info.remote = isRemote(kategori);
            info.rawatInap = kategoriClass(kategori) == KategoriClass::RawatInap;
            info.standard.reserve(types);
            for (int t = 0; t < types; ++t)
                info.standard.append(request.standards.standard(kategori, t));
            kategoriInfo.append(std::move(info));
            it = kategoriIndex.insert(kategori, kategoriInfo.size() - 1);
        }
        return *it;
    };
    QList<const PuskesmasData *> rows;
    QList<qsizetype> infoIndex; // by row, into kategoriInfo
    QList<quint32> empty;
    QList<int> priority; // 0 best
    for (const PuskesmasData &p : analysis.snapshot().puskesmas) {
        if (!p.inRegion(level, code) || !p.inCriteria(criteria))
            continue;
        quint32 mask = 0;
        for (int t = 0; t < types; ++t) {
            if (p.count(t, status) == 0)
                mask |= 1u << t;
        }
        const qsizetype index = infoOf(p.kategori);
        const KategoriInfo &info = kategoriInfo.at(index);
        rows.append(&p);
        infoIndex.append(index);
        empty.append(mask & allTypes);
        priority.append((info.remote ? 0 : 2) + (info.rawatInap ? 0 : 1));
        result.shortageBefore += std::popcount(mask);
        if (!mask)
            ++result.completeBefore;
    }
    result.puskesmas = int(rows.size());
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&priority](int a, int b) { return priority.at(a) < priority.at(b); });

    QList<quint32> received(rows.size(), 0); // types each Puskesmas receives in an empty cell
    QList<quint32> remaining = empty; // empty cells after the proposal
    auto give = [&](qsizetype r, int t) {
        received[r] |= 1u << t;
        remaining[r] &= ~(1u << t);
        ++result.used[t];
    };

    int totalLeft = result.total;
    if (result.total > 0) {
        // Total N: the cheapest Puskesmas to complete first (ties in priority order).
        QList<int> byCost;
        for (int r : std::as_const(order)) {
            if (empty.at(r))
                byCost.append(r);
        }
        std::stable_sort(byCost.begin(), byCost.end(), [&empty](int a, int b) {
            return std::popcount(empty.at(a)) < std::popcount(empty.at(b));
        });
        for (int r : std::as_const(byCost)) {
            const int cost = std::popcount(empty.at(r));
            if (cost > totalLeft)
                break;
            totalLeft -= cost;
            for (quint32 bits = empty.at(r); bits; bits &= bits - 1)
                give(r, std::countr_zero(bits));
        }
        // Then the other empty cells, fewest empty cells first.
        QList<int> candidates;
        for (int r : std::as_const(order)) {
            if (remaining.at(r))
                candidates.append(r);
        }
        std::stable_sort(candidates.begin(), candidates.end(), [&remaining](int a, int b) {
            return std::popcount(remaining.at(a)) < std::popcount(remaining.at(b));
        });
        for (qsizetype k = 0; k < candidates.size() && totalLeft > 0; ++k) {
            const int r = candidates.at(k);
            for (quint32 bits = remaining.at(r); bits && totalLeft > 0; bits &= bits - 1) {
                give(r, std::countr_zero(bits));
                --totalLeft;
            }
        }
    } else {
        // Steps 1 and 2: the Puskesmas that can be completed, grouped by pattern.
        QList<Pattern> patterns;
        QHash<quint32, qsizetype> patternOf;
        for (int r : std::as_const(order)) {
            const quint32 mask = empty.at(r);
            if (!mask || (mask & ~placedMask))
                continue;
            auto it = patternOf.constFind(mask);
            if (it == patternOf.cend()) {
                it = patternOf.insert(mask, patterns.size());
                patterns.append(Pattern {mask, std::popcount(mask), {}, 0});
            }
            patterns[*it].rows.append(r);
        }
        std::sort(patterns.begin(), patterns.end(), [](const Pattern &a, const Pattern &b) {
            return a.size != b.size ? a.size < b.size : a.mask < b.mask;
        });
        QList<int> budget = result.placed;
        qsizetype firstShared = 0;
        for (; firstShared < patterns.size() && patterns.at(firstShared).size == 1; ++firstShared) {
            Pattern &single = patterns[firstShared];
            const int t = std::countr_zero(single.mask);
            single.chosen = std::min(int(single.rows.size()), budget.at(t));
            budget[t] -= single.chosen;
        }
        QList<Pattern> shared = patterns.mid(firstShared);
        if (!shared.isEmpty()) {
            Search search(&shared, budget);
            result.optimal = search.run();
            std::copy(shared.cbegin(), shared.cend(), patterns.begin() + firstShared);
        }
        for (const Pattern &pattern : std::as_const(patterns)) {
            for (int k = 0; k < pattern.chosen; ++k) {
                for (quint32 bits = pattern.mask; bits; bits &= bits - 1)
                    give(pattern.rows.at(k), std::countr_zero(bits));
            }
        }

        // Step 3: the other empty cells of each type, fewest empty cells first.
        for (int t = 0; t < types; ++t) {
            int left = result.placed.at(t) - result.used.at(t);
            if (left <= 0)
                continue;
            QList<int> candidates;
            for (int r : std::as_const(order)) {
                if (remaining.at(r) & (1u << t))
                    candidates.append(r);
            }
            std::stable_sort(candidates.begin(), candidates.end(), [&remaining](int a, int b) {
                return std::popcount(remaining.at(a)) < std::popcount(remaining.at(b));
            });
            for (qsizetype k = 0; k < candidates.size() && left > 0; ++k, --left)
                give(candidates.at(k), t);
        }
    }

    // Leftovers: one worker at a time where the SKM shortage (of the type, or of any type for
    // a total) is largest after what was given so far; ties in priority order.
    QHash<quint64, int> extra; // row * 64 + type -> workers
    QHash<quint64, int> shortageBefore;
    if (request.leftoverToSkm) {
        struct Cell
        {
            int shortage;
            int rank; // position in priority order: lower first
            int row;
            int type;
            bool operator<(const Cell &o) const
            {
                return shortage != o.shortage ? shortage < o.shortage : rank > o.rank;
            }
        };
        QList<int> left(types, 0);
        int anyLeft = totalLeft;
        for (int t = 0; t < types; ++t)
            left[t] = result.total > 0 ? 0 : result.placed.at(t) - result.used.at(t);
        const bool any = result.total > 0 && anyLeft > 0;
        std::priority_queue<Cell> queue;
        for (qsizetype k = 0; k < order.size(); ++k) {
            const int r = order.at(k);
            for (int t = 0; t < types; ++t) {
                if (!any && left.at(t) <= 0)
                    continue;
                const int have = rows.at(r)->count(t, status) + (received.at(r) >> t & 1);
                const int shortage = kategoriInfo.at(infoIndex.at(r)).standard.at(t) - have;
                if (shortage > 0)
                    queue.push({shortage, int(k), r, t});
            }
        }
        while (!queue.empty() && (any ? anyLeft > 0 : true)) {
            Cell cell = queue.top();
            queue.pop();
            if (!any && left.at(cell.type) <= 0)
                continue;
            const quint64 key = quint64(cell.row) * 64 + cell.type;
            if (!extra.contains(key))
                shortageBefore.insert(key, cell.shortage);
            ++extra[key];
            ++result.skm[cell.type];
            any ? --anyLeft : --left[cell.type];
            if (--cell.shortage > 0)
                queue.push(cell);
        }
    }
    if (result.total > 0) {
        for (int t = 0; t < types; ++t)
            result.placed[t] = result.used.at(t) + result.skm.at(t);
    }

    result.shortageAfter = result.shortageBefore - result.totalUsed();
    const Wilayah &wilayah = Wilayah::instance();
    QHash<QString, QString> districtNames;
    QList<Assignment> completing;
    QList<Assignment> others;
    QList<Assignment> skm;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (!remaining.at(r))
            ++result.completeAfter;
        const PuskesmasData &p = *rows.at(r);
        bool hasExtra = false;
        for (int t = 0; t < types && !hasExtra && !extra.isEmpty(); ++t)
            hasExtra = extra.contains(quint64(r) * 64 + t);
        if (!received.at(r) && !hasExtra)
            continue;
        auto name = districtNames.constFind(p.districtCode);
        if (name == districtNames.cend()) {
            const District *district = wilayah.district(p.districtCode);
            name = districtNames.insert(p.districtCode,
                                        district ? district->shortName : p.districtCode);
        }
        Assignment base;
        base.puskesmasId = p.id;
        base.puskesmasCode = p.code;
        base.puskesmas = p.name;
        base.districtCode = p.districtCode;
        base.district = *name;
        base.completes = remaining.at(r) == 0;
        base.remote = kategoriInfo.at(infoIndex.at(r)).remote;
        base.rawatInap = kategoriInfo.at(infoIndex.at(r)).rawatInap;
        for (quint32 bits = received.at(r); bits; bits &= bits - 1) {
            Assignment a = base;
            a.type = std::countr_zero(bits);
            a.reason
                = a.completes ? Assignment::Reason::Completes : Assignment::Reason::FillsEmptyCell;
            (a.completes ? completing : others).append(std::move(a));
        }
        for (int t = 0; t < types && hasExtra; ++t) {
            const quint64 key = quint64(r) * 64 + t;
            if (!extra.contains(key))
                continue;
            Assignment a = base;
            a.type = t;
            a.count = extra.value(key);
            a.reason = Assignment::Reason::SkmShortage;
            a.skmShortage = shortageBefore.value(key);
            skm.append(std::move(a));
        }
    }
    result.assignments = completing + others + skm;
    return result;
}

} // namespace Lengkap
