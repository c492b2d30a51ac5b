#include "appwiring.h"

#include "dashboardwindow.h"
#include "databasefollower.h"
#include "datasession.h"
#include "exportcontroller.h"
#include "scenariocontroller.h"
#include "serverconnection.h"

using namespace Qt::StringLiterals;

namespace Lengkap {

AppWiring::AppWiring(const AppPaths &paths, int followIntervalMs, QObject *parent)
    : QObject(parent)
    , m_window(std::make_unique<DashboardWindow>())
    , m_followIntervalMs(followIntervalMs)
{
    // The user's own database starts empty; the national sample lives in a file of its own
    // (issue 12), opened on a first start and by File > Open Sample Data. Both in the user's
    // application data, or beside the program in portable mode.
    m_session = std::make_unique<DataSession>(m_window.get(), paths.databaseFile(),
                                              paths.dataDirectory + u"/lengkap-contoh.sqlite"_s);
}

AppWiring::~AppWiring()
{
    // The session's menus and banner live in the window: the session goes first.
    m_session.reset();
    m_window.reset();
}

Result<void> AppWiring::start(const QString &explicitDatabase)
{
    if (const Result<void> started = m_session->start(explicitDatabase); !started)
        return started;

    // Print, preview, export, chart and copy actions: File menu and the table's context menu.
    m_exports = new ExportController(m_window.get());
    m_window->addTableContextActions(m_exports->contextActions());
    // Planner mode (issue 14): saved scenarios, Edit > Undo / Redo, the Scenario menu.
    m_scenarios = new ScenarioController(m_window.get(), &m_session->store());

    // Another process (a CLI import, a restore) may change the file: offer to refresh.
    m_follower = new DatabaseFollower(
        m_session->store(), m_window.get(), [this] { reload(); }, m_followIntervalMs);
    // File > Connect to Server (issue 15): a server's data in the same views, read-only.
    m_server = new ServerConnection(
        m_window.get(), [this] { reload(); }, m_session->path());
    // Whenever the window shows a local file (opened, imported into, reloaded, restored): the
    // follower watches that file, Send to Server sends it, and a server view is left.
    connect(m_session.get(), &DataSession::opened, this, [this](const QString &path) {
        m_follower->resync();
        m_server->setLocalPath(path);
        if (m_server->isConnected())
            m_server->showLocal();
    });
    return {};
}

void AppWiring::show()
{
    m_window->restoreLastRegion();
    m_window->showAtStart();
}

void AppWiring::reload()
{
    // A file found damaged on the way is offered a backup; other failures are shown as such.
    if (const Result<void> reloaded = m_session->reload(); !reloaded)
        m_session->reportFailure(reloaded.error());
}

} // namespace Lengkap
