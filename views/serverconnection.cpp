#include "serverconnection.h"

#include "dashboardwindow.h"

#ifdef LENGKAP_WITH_POSTGRES
#include "pgserver.h"
#endif

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Lengkap {

#ifndef LENGKAP_WITH_POSTGRES
class PgServer
{
};
#endif

ServerConnection::ServerConnection(DashboardWindow *window, std::function<void()> backToLocal)
    : QObject(window)
    , m_window(window)
    , m_backToLocal(std::move(backToLocal))
{
    // Below Import in the File menu; the language switch retranslates through eventFilter().
    QMenu *menu = window->fileMenu();
    const QList<QAction *> actions = menu->actions();
    const qsizetype importAt = actions.indexOf(window->importAction());
    QAction *before
        = importAt >= 0 && importAt + 1 < actions.size() ? actions.at(importAt + 1) : nullptr;
    m_connectAction = new QAction(this);
    m_connectAction->setObjectName(u"connectServerAction"_s);
    connect(m_connectAction, &QAction::triggered, this, &ServerConnection::connectInteractively);
    m_localAction = new QAction(this);
    m_localAction->setObjectName(u"localFileAction"_s);
    m_localAction->setEnabled(false);
    connect(m_localAction, &QAction::triggered, this, &ServerConnection::showLocal);
    menu->insertAction(before, m_connectAction);
    menu->insertAction(before, m_localAction);
    window->installEventFilter(this);
    retranslate();
}

ServerConnection::~ServerConnection() = default;

bool ServerConnection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ServerConnection::retranslate()
{
    //: Indonesian: "Hubungkan ke Server..."
    m_connectAction->setText(tr("Connect to &Server..."));
    m_localAction->setText(tr("Back to the &Local File"));
}

bool ServerConnection::isConnected() const
{
    return m_server != nullptr;
}

Result<void> ServerConnection::connectTo(const QString &conninfo,
                                         const std::function<QString()> &askPassword)
{
#ifndef LENGKAP_WITH_POSTGRES
    Q_UNUSED(conninfo);
    Q_UNUSED(askPassword);
    return Error {Error::Kind::Database,
                  tr("This build has no server support (built without libpq).")};
#else
    auto server = std::make_shared<PgServer>();
    if (Result<void> connected = server->connect(conninfo, askPassword); !connected)
        return connected;
    if (Result<void> schema = server->checkSchema(); !schema)
        return schema;
    const Result<ServerAccount> account = server->account();
    if (!account)
        return account.error();
    Result<QList<QDate>> cutoffs = server->cutoffs();
    if (!cutoffs)
        return cutoffs.error();
    if (cutoffs->isEmpty())
        return Error {Error::Kind::Input,
                      tr("%1 holds no data this account may read.").arg(server->displayName())};
    // The loader keeps the connection alive for as long as the window may ask for a cut-off.
    const auto loader = [server](QDate cutoff) -> Result<Snapshot> {
        Result<QList<ServerCutoff>> fetched = server->fetch(cutoff);
        if (!fetched)
            return fetched.error();
        if (fetched->isEmpty())
            return Error {Error::Kind::Input,
                          tr("The server holds no data for %1.").arg(cutoff.toString(Qt::ISODate))};
        return PgServer::toSnapshot(fetched->first());
    };
    const QString where = tr("%1 (account %2)").arg(server->displayName(), account->role);
    if (Result<void> shown = m_window->setData(*cutoffs, loader, where); !shown)
        return shown;
    m_server = server;
    m_window->importAction()->setEnabled(false);
    m_localAction->setEnabled(true);
    m_window->statusBar()->showMessage(
        account->mayPush()
            ? tr("Connected to %1: read-only here; send a district's data with lengkap-cli push.")
                  .arg(where)
            : tr("Connected to %1: read-only.").arg(where));
    return {};
#endif
}

void ServerConnection::connectInteractively()
{
    QSettings settings;
    bool ok = false;
    const QString conninfo = QInputDialog::getText(
        m_window, tr("Connect to Server"),
        tr("Server (as for psql: \"host=... dbname=... user=...\", a postgresql:// URI or "
           "service=NAME; use sslmode=require over a network):"),
        QLineEdit::Normal, settings.value(u"server/conninfo"_s).toString(), &ok);
    if (!ok || conninfo.trimmed().isEmpty())
        return;
    const auto askPassword = [this] {
        return QInputDialog::getText(m_window, tr("Connect to Server"), tr("Password:"),
                                     QLineEdit::Password);
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> connected = connectTo(conninfo.trimmed(), [&] {
        QApplication::restoreOverrideCursor();
        const QString password = askPassword();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        return password;
    });
    QApplication::restoreOverrideCursor();
    if (!connected) {
        QMessageBox::warning(m_window, tr("Connect to Server"), connected.error().message);
        return;
    }
    // The string only, and only without a password in it: libpq finds passwords in .pgpass;
    // Lengkap never stores one.
    static const QRegularExpression withPassword(u"password\\s*=|://[^/@]*:[^/@]*@"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    if (!conninfo.contains(withPassword))
        settings.setValue(u"server/conninfo"_s, conninfo.trimmed());
}

void ServerConnection::showLocal()
{
    m_server.reset();
    m_window->importAction()->setEnabled(true);
    m_localAction->setEnabled(false);
    if (m_backToLocal)
        m_backToLocal();
}

} // namespace Lengkap
