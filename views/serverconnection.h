#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QAction;

// File > Connect to Server... (issue 15): the window shows a PostgreSQL server's data as it shows
// a file's. The analysis reads a snapshot, wherever it came from; here the snapshot of each
// cut-off is fetched from the server (PgServer::fetch, limited by the account's rights on the
// server). A server view is read-only: imports go to the local file, data reach the server with
// `lengkap-cli push`. Builds without libpq keep the menu entry and say there is no server support.
namespace Lengkap {

class DashboardWindow;
class PgServer;

class ServerConnection : public QObject
{
    Q_OBJECT
public:
    // backToLocal shows the local file again (main() owns its store).
    ServerConnection(DashboardWindow *window, std::function<void()> backToLocal);
    ~ServerConnection() override;

    // Connects and shows the server's latest cut-off, without dialogs when askPassword is empty
    // (tests); the window is left as it was when this fails.
    Result<void> connectTo(const QString &conninfo,
                           const std::function<QString()> &askPassword = {});
    bool isConnected() const;
    QAction *connectAction() const { return m_connectAction; }
    QAction *localAction() const { return m_localAction; }

public slots:
    void connectInteractively(); // asks for the server string, then a password if needed
    void showLocal(); // leaves the server, shows the local file

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    DashboardWindow *m_window;
    std::function<void()> m_backToLocal;
    QAction *m_connectAction = nullptr;
    QAction *m_localAction = nullptr;
    std::shared_ptr<PgServer> m_server; // shared with the window's snapshot loader
};

} // namespace Lengkap
