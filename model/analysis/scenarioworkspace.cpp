#include "scenarioworkspace.h"

#include "nakestypes.h"

#include <QCoreApplication>

#include <algorithm>

namespace Lengkap {

namespace {
struct WorkspaceTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Scenario)
};
} // namespace

ScenarioWorkspace::ScenarioWorkspace(Snapshot baseline, ScenarioDocument document,
                                     BandSettings bands)
    : m_base(std::move(baseline))
    , m_bands(bands)
{
    // Analysis orders by district; the same order here keeps row numbers valid in both.
    std::stable_sort(m_base.puskesmas.begin(), m_base.puskesmas.end(),
                     [](const PuskesmasData &a, const PuskesmasData &b) {
                         return a.districtCode < b.districtCode;
                     });
    m_base.scenario.clear();
    for (qsizetype i = 0; i < m_base.puskesmas.size(); ++i)
        m_rowOf.insert(m_base.puskesmas.at(i).id, i);
    m_baseline = std::make_shared<const Analysis>(m_base, m_bands);
    m_current = m_base;
    const QList<ScenarioChange> changes = std::move(document.changes);
    document.changes.clear();
    m_document = std::move(document);
    m_current.scenario = m_document.name;
    // Saved changes naming Puskesmas no longer in the cut-off are dropped with a warning.
    for (const ScenarioChange &change : changes) {
        if (!applyChanges({change}))
            m_warnings.append(WorkspaceTr::tr("a change names a Puskesmas this cut-off does not "
                                              "hold; it was dropped"));
    }
    rebuild();
}

void ScenarioWorkspace::setName(const QString &name)
{
    m_document.name = name;
    m_current.scenario = name;
    rebuild();
}

bool ScenarioWorkspace::push(const QList<ScenarioChange> &changes)
{
    if (!applyChanges(changes))
        return false;
    rebuild();
    return true;
}

bool ScenarioWorkspace::canApply(const QList<ScenarioChange> &changes) const
{
    const int types = NakesTypes::count();
    for (const ScenarioChange &change : changes) {
        if (!m_rowOf.contains(change.puskesmasId) || change.type < 0 || change.type >= types
            || (change.kind == ScenarioChange::Kind::Move
                && !m_rowOf.contains(change.toPuskesmasId)))
            return false;
    }
    return true;
}

bool ScenarioWorkspace::applyChanges(const QList<ScenarioChange> &changes)
{
    if (!canApply(changes))
        return false;
    for (const ScenarioChange &change : changes) {
        const qsizetype from = m_rowOf.value(change.puskesmasId);
        const qsizetype to
            = change.kind == ScenarioChange::Kind::Move ? m_rowOf.value(change.toPuskesmasId) : -1;
        QList<Undo> undo;
        for (qsizetype row : {from, to}) {
            if (row >= 0) {
                const PuskesmasData &p = m_current.puskesmas.at(row);
                undo.append({row, p.asn, p.nonAsn});
                ++m_touched[p.id];
            }
        }
        m_undo.append(undo);
        m_warningCount.append(m_warnings.size());
        ScenarioApply::apply(change, m_current.puskesmas[from],
                             to >= 0 ? &m_current.puskesmas[to] : nullptr, &m_warnings);
        markChanged(from);
        if (to >= 0)
            markChanged(to);
        m_document.changes.append(change);
    }
    m_stepSizes.append(int(changes.size()));
    return true;
}

void ScenarioWorkspace::pop(int n)
{
    int changes = 0;
    for (int k = 0; k < n && !m_stepSizes.isEmpty(); ++k)
        changes += m_stepSizes.takeLast();
    for (int k = 0; k < changes; ++k) {
        const QList<Undo> undo = m_undo.takeLast();
        for (auto it = undo.crbegin(); it != undo.crend(); ++it) {
            PuskesmasData &p = m_current.puskesmas[it->row];
            p.asn = it->asn;
            p.nonAsn = it->nonAsn;
            markChanged(it->row);
            if (--m_touched[p.id] == 0)
                m_touched.remove(p.id);
        }
        m_warnings = m_warnings.mid(0, m_warningCount.takeLast());
        m_document.changes.removeLast();
    }
    rebuild();
}

void ScenarioWorkspace::markChanged(qsizetype row)
{
    PuskesmasData &now = m_current.puskesmas[row];
    const PuskesmasData &was = m_base.puskesmas.at(row);
    quint32 mask = 0;
    for (int t = 0; t < now.asn.size(); ++t) {
        if (now.asn.at(t) != was.asn.at(t) || now.nonAsn.at(t) != was.nonAsn.at(t))
            mask |= 1u << t;
    }
    now.changedTypes = mask;
}

void ScenarioWorkspace::rebuild()
{
    m_analysis = std::make_shared<const Analysis>(m_current, m_bands);
}

QSet<ChangedCell> ScenarioWorkspace::changedCells() const
{
    QSet<ChangedCell> cells;
    const int types = NakesTypes::count();
    for (auto it = m_touched.cbegin(); it != m_touched.cend(); ++it) {
        const qsizetype row = m_rowOf.value(it.key());
        const PuskesmasData &now = m_current.puskesmas.at(row);
        const PuskesmasData &was = m_base.puskesmas.at(row);
        for (int t = 0; t < types; ++t) {
            if (now.asn.at(t) != was.asn.at(t) || now.nonAsn.at(t) != was.nonAsn.at(t))
                cells.insert({it.key(), t});
        }
    }
    return cells;
}

bool ScenarioWorkspace::isChanged(qint64 puskesmasId, int type) const
{
    if (!m_touched.contains(puskesmasId))
        return false;
    const qsizetype row = m_rowOf.value(puskesmasId);
    const PuskesmasData &now = m_current.puskesmas.at(row);
    const PuskesmasData &was = m_base.puskesmas.at(row);
    return now.asn.at(type) != was.asn.at(type) || now.nonAsn.at(type) != was.nonAsn.at(type);
}

const PuskesmasData *ScenarioWorkspace::puskesmas(qint64 id) const
{
    const auto row = m_rowOf.constFind(id);
    return row == m_rowOf.cend() ? nullptr : &m_current.puskesmas.at(*row);
}

} // namespace Lengkap
