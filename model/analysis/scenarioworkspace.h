#pragma once

#include "analysis.h"
#include "scenariodocument.h"

#include <QHash>

#include <memory>

// A scenario being worked on: the cut-off's data (the baseline, never modified), the scenario's
// changes and the Analysis of the scenario applied. Adding or taking back the last change is
// O(1) on the data plus one Analysis of the changed snapshot (bench_scenario measures it at
// national scale), so the window's undo stack can push and pop changes one by one.
namespace Lengkap {

class ScenarioWorkspace
{
public:
    ScenarioWorkspace(Snapshot baseline, ScenarioDocument document, BandSettings bands = {});

    const ScenarioDocument &document() const { return m_document; }
    const QList<ScenarioChange> &changes() const { return m_document.changes; }
    void setName(const QString &name);
    void setId(qint64 id) { m_document.id = id; }

    // The cut-off as imported, and with the scenario applied (Snapshot::scenario set).
    std::shared_ptr<const Analysis> baseline() const { return m_baseline; }
    std::shared_ptr<const Analysis> analysis() const { return m_analysis; }
    const Snapshot &snapshot() const { return m_current; }

    // Appends changes (one undo step) and recomputes the analysis. Changes naming a Puskesmas
    // the cut-off does not hold are refused (false, nothing changed).
    bool push(const QList<ScenarioChange> &changes);
    // Whether push() would take these changes (every Puskesmas and type known).
    bool canApply(const QList<ScenarioChange> &changes) const;
    // Takes back the last n pushes exactly (counts stopped at 0 come back too).
    void pop(int n = 1);
    int steps() const { return int(m_stepSizes.size()); }

    // Cells whose count differs from the baseline, under either status.
    QSet<ChangedCell> changedCells() const;
    bool isChanged(qint64 puskesmasId, int type) const;
    // Warnings of the changes applied so far (counts stopped at 0).
    QStringList warnings() const { return m_warnings; }
    // The Puskesmas of this id in the scenario, or null.
    const PuskesmasData *puskesmas(qint64 id) const;

private:
    struct Undo
    {
        qsizetype row = 0;
        QList<int> asn;
        QList<int> nonAsn;
    };
    bool applyChanges(const QList<ScenarioChange> &changes); // without rebuild()
    void markChanged(qsizetype row); // PuskesmasData::changedTypes against the baseline
    void rebuild();

    Snapshot m_base;
    Snapshot m_current;
    ScenarioDocument m_document;
    BandSettings m_bands;
    std::shared_ptr<const Analysis> m_baseline;
    std::shared_ptr<const Analysis> m_analysis;
    QHash<qint64, qsizetype> m_rowOf;
    QList<QList<Undo>> m_undo; // one entry per change: the rows before it
    QList<int> m_stepSizes; // changes of each push
    QList<qsizetype> m_warningCount; // m_warnings.size() before each change
    QStringList m_warnings;
    QHash<qint64, int> m_touched; // Puskesmas id -> changes naming it
};

} // namespace Lengkap
