#pragma once

#include "apppaths.h"
#include "result.h"

#include <QObject>
#include <QString>

#include <memory>

// The window's parts wired together, as the program starts them (app/main.cpp keeps only the
// application object, the command line and the language): the dashboard, its data session on
// the user's own file and the sample (issue 12), the exports, planner mode (issue 14), the
// follower that notices another program's changes and the server connection (issue 15). A class
// of its own so a test can start the window exactly as a user does, on a temporary data folder.
namespace Lengkap {

class DashboardWindow;
class DataSession;
class DatabaseFollower;
class ExportController;
class ScenarioController;
class ServerConnection;

class AppWiring : public QObject
{
    Q_OBJECT
public:
    // paths: where the user's database and the sample live (AppPaths::resolve()).
    // followIntervalMs: how often the follower looks at the file (tests look more often).
    explicit AppWiring(const AppPaths &paths, int followIntervalMs = 2000,
                       QObject *parent = nullptr);
    ~AppWiring() override;

    // Opens the data (explicitDatabase: --db) and builds the rest around it. On failure nothing
    // is shown; the program says why and ends.
    Result<void> start(const QString &explicitDatabase = {});
    // The last session's region and geometry, then the window.
    void show();

    DashboardWindow &window() { return *m_window; }
    DataSession &session() { return *m_session; }
    // Valid after a successful start().
    DatabaseFollower *follower() const { return m_follower; }
    ExportController *exports() const { return m_exports; }
    ScenarioController *scenarios() const { return m_scenarios; }
    ServerConnection *server() const { return m_server; }

private:
    void reload();

    std::unique_ptr<DashboardWindow> m_window;
    std::unique_ptr<DataSession> m_session;
    ExportController *m_exports = nullptr; // owned by the window
    ScenarioController *m_scenarios = nullptr; // owned by the window
    DatabaseFollower *m_follower = nullptr; // owned by the window
    ServerConnection *m_server = nullptr; // owned by the window
    int m_followIntervalMs;
};

} // namespace Lengkap
