// DashboardWindow::setSource: the window's data path through the store's back-end interface
// (model/store/snapshotsource.h), the same for the local file and the province server (issue 15).
#include "dashboardwindow.h"

#include "scenariopanel.h"
#include "snapshotsource.h"

namespace Lengkap {

Result<void> DashboardWindow::setSource(std::shared_ptr<const SnapshotSource> source, QDate show)
{
    if (!source)
        return Error {Error::Kind::Database, tr("no data source")};
    const Result<QList<QDate>> cutoffs = source->cutoffs();
    if (!cutoffs)
        return cutoffs.error();
    // Read before anything changes: a source whose standards fail leaves the window as it was.
    const Result<std::optional<SkmStandards>> standards = source->standards();
    if (!standards)
        return standards.error();
    // The loader holds the source (and a server's connection) while the window may ask.
    const auto loader = [source](QDate cutoff) {
        return source->loadSnapshot(cutoff);
    };
    if (Result<void> shown = setData(*cutoffs, loader, source->sourceName(), show); !shown)
        return shown;
    m_source = std::move(source);
    if (standards->has_value() || m_scenarioPanel->standardsFromSource()) {
        // The panel recomputes with the new standards: give it the analysis on screen first
        // (while the dock is hidden it may still point at the one setData() just replaced).
        updateScenarioPanel();
        m_scenarioPanel->setSourceStandards(*standards);
    }
    return {};
}

} // namespace Lengkap
