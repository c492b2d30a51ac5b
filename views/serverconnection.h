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
// server). A server view is read-only: imports go to the local file. An account that may push (a
// district account, or the admin) gets File > Send to Server: the local file's latest cut-off of
// its district goes to the server, as `lengkap-cli push` sends it. Builds without libpq keep the
// menu entry and say there is no server support.
namespace Lengkap {

class DashboardWindow;
class PgServer;

class ServerConnection : public QObject
{
    Q_OBJECT
public:
    // backToLocal shows the local file again (main() owns its store); localPath is that file,
    // read when the account sends its data to the server.
    ServerConnection(DashboardWindow *window, std::function<void()> backToLocal,
                     const QString &localPath = {});
    ~ServerConnection() override;

    // Connects and shows the server's latest cut-off, without dialogs when askPassword is empty
    // (tests); the window is left as it was when this fails.
    Result<void> connectTo(const QString &conninfo,
                           const std::function<QString()> &askPassword = {});
    bool isConnected() const;
    QAction *connectAction() const { return m_connectAction; }
    QAction *localAction() const { return m_localAction; }
    QAction *pushAction() const { return m_pushAction; }

    // Sends the local file's latest cut-off (the account's district; every district for the
    // admin) to the server, then shows the server's data again. Asks first when confirm is set.
    Result<QString> pushLocal(bool confirm);

public slots:
    void connectInteractively(); // asks for the server string, then a password if needed
    void showLocal(); // leaves the server, shows the local file
    // The local file the window shows now (File > Open changes it): what Send to Server sends.
    void setLocalPath(const QString &path) { m_localPath = path; }

private:
    void retranslate();
    // Shows what the connected server holds for its account; sets the actions.
    Result<void> show(const std::shared_ptr<PgServer> &server);
    bool eventFilter(QObject *watched, QEvent *event) override;

    DashboardWindow *m_window;
    std::function<void()> m_backToLocal;
    QAction *m_connectAction = nullptr;
    QAction *m_localAction = nullptr;
    QAction *m_pushAction = nullptr;
    QString m_localPath;
    QString m_connectedMessage; // the status bar's "Connected to …", gone with the server
    std::shared_ptr<PgServer> m_server; // shared with the window's snapshot loader
};

} // namespace Lengkap
