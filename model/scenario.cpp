#include "scenario.h"

#include "analysis.h"
#include "nakestypes.h"
#include "wilayah.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <numeric>

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
//     left when no empty cell of the type remains is left over.
namespace Lengkap {

namespace {

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
    return std::accumulate(placed.cbegin(), placed.cend(), 0);
}

int ScenarioResult::totalUsed() const
{
    return std::accumulate(used.cbegin(), used.cend(), 0);
}

ScenarioResult planScenario(const Analysis &analysis, Level level, const QString &code,
                            Criteria criteria, Status status, const QList<Placement> &placements)
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
    quint32 placedMask = 0;
    for (const Placement &placement : placements) {
        Q_ASSERT(placement.type >= 0 && placement.type < types);
        result.placed[placement.type] += std::max(0, placement.count);
    }
    for (int t = 0; t < types; ++t) {
        if (result.placed.at(t) > 0)
            placedMask |= 1u << t;
    }

    // The region's Puskesmas and their empty cells (DOMAIN.md §3: empty when count == 0).
    QList<const PuskesmasData *> rows;
    QList<quint32> empty;
    for (const PuskesmasData &p : analysis.snapshot().puskesmas) {
        if (!p.inRegion(level, code) || !p.inCriteria(criteria))
            continue;
        quint32 mask = 0;
        for (int t = 0; t < types; ++t) {
            if (p.count(t, status) == 0)
                mask |= 1u << t;
        }
        rows.append(&p);
        empty.append(mask & allTypes);
        result.shortageBefore += std::popcount(mask);
        if (!mask)
            ++result.completeBefore;
    }
    result.puskesmas = int(rows.size());

    // Steps 1 and 2: the Puskesmas that can be completed, grouped by pattern.
    QList<Pattern> patterns;
    QHash<quint32, qsizetype> patternOf;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const quint32 mask = empty.at(r);
        if (!mask || (mask & ~placedMask))
            continue;
        auto it = patternOf.constFind(mask);
        if (it == patternOf.cend()) {
            it = patternOf.insert(mask, patterns.size());
            patterns.append(Pattern {mask, std::popcount(mask), {}, 0});
        }
        patterns[*it].rows.append(int(r));
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

    QList<quint32> received(rows.size(), 0); // types each Puskesmas receives
    QList<quint32> remaining = empty; // empty cells after the scenario
    auto give = [&](qsizetype r, int t) {
        received[r] |= 1u << t;
        remaining[r] &= ~(1u << t);
        ++result.used[t];
    };
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
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (remaining.at(r) & (1u << t))
                candidates.append(int(r));
        }
        std::stable_sort(candidates.begin(), candidates.end(), [&remaining](int a, int b) {
            return std::popcount(remaining.at(a)) < std::popcount(remaining.at(b));
        });
        for (qsizetype k = 0; k < candidates.size() && left > 0; ++k, --left)
            give(candidates.at(k), t);
    }

    result.shortageAfter = result.shortageBefore - result.totalUsed();
    const Wilayah &wilayah = Wilayah::instance();
    QHash<QString, QString> districtNames;
    QList<Assignment> completing;
    QList<Assignment> others;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (!remaining.at(r))
            ++result.completeAfter;
        if (!received.at(r))
            continue;
        const PuskesmasData &p = *rows.at(r);
        auto name = districtNames.constFind(p.districtCode);
        if (name == districtNames.cend()) {
            const District *district = wilayah.district(p.districtCode);
            name = districtNames.insert(p.districtCode,
                                        district ? district->shortName : p.districtCode);
        }
        for (quint32 bits = received.at(r); bits; bits &= bits - 1) {
            Assignment a {p.id,
                          p.code,
                          p.name,
                          p.districtCode,
                          *name,
                          std::countr_zero(bits),
                          remaining.at(r) == 0};
            (a.completes ? completing : others).append(std::move(a));
        }
    }
    result.assignments = completing + others;
    return result;
}

} // namespace Lengkap
