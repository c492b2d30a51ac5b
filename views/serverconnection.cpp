#include "serverconnection.h"

#include "dashboardwindow.h"
#include "store.h"
#include "wilayah.h"

#ifdef LENGKAP_WITH_POSTGRES
#include "pgserver.h"
#include "serversource.h"
#endif

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
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

ServerConnection::ServerConnection(DashboardWindow *window, std::function<void()> backToLocal,
                                   const QString &localPath)
    : QObject(window)
    , m_window(window)
    , m_backToLocal(std::move(backToLocal))
    , m_localPath(localPath)
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
    m_pushAction = new QAction(this);
    m_pushAction->setObjectName(u"pushServerAction"_s);
    m_pushAction->setEnabled(false);
    connect(m_pushAction, &QAction::triggered, this, [this] {
        const Result<QString> pushed = pushLocal(true);
        if (!pushed && pushed.error().kind != Error::Kind::Cancelled)
            QMessageBox::warning(m_window, tr("Send to Server"), pushed.error().message);
        else if (pushed)
            m_window->statusBar()->showMessage(*pushed, 15000);
    });
    menu->insertAction(before, m_connectAction);
    menu->insertAction(before, m_pushAction);
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
    //: Indonesian: "Kirim ke Server..."
    m_pushAction->setText(tr("Send to Se&rver..."));
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
    return show(server);
#endif
}

Result<void> ServerConnection::show(const std::shared_ptr<PgServer> &server)
{
#ifndef LENGKAP_WITH_POSTGRES
    Q_UNUSED(server);
    return {};
#else
    // The server through the store's back-end interface: the window reads it as a file.
    const Result<std::shared_ptr<ServerSource>> source = ServerSource::open(server);
    if (!source)
        return source.error();
    const ServerAccount account = (*source)->account();
    const Result<QList<QDate>> cutoffs = (*source)->cutoffs();
    if (!cutoffs)
        return cutoffs.error();
    if (cutoffs->isEmpty())
        return Error {Error::Kind::Input,
                      tr("%1 holds no data this account may read.").arg(server->displayName())};
    const QString where = (*source)->sourceName();
    if (Result<void> shown = m_window->setSource(*source); !shown)
        return shown;
    m_server = server;
    m_window->importAction()->setEnabled((*source)->acceptsImports());
    m_localAction->setEnabled(true);
    m_pushAction->setEnabled(account.mayPush() && !m_localPath.isEmpty());
    m_connectedMessage
        = account.mayPush()
              ? tr("Connected to %1: read-only; File > Send to Server sends your district's data.")
                    .arg(where)
              : tr("Connected to %1: read-only.").arg(where);
    m_window->statusBar()->showMessage(m_connectedMessage);
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
    // Back on the local file, "Connected to …" is no longer true (issue 12).
    if (m_window->statusBar()->currentMessage() == m_connectedMessage)
        m_window->statusBar()->clearMessage();
    m_window->importAction()->setEnabled(true);
    m_localAction->setEnabled(false);
    m_pushAction->setEnabled(false);
    if (m_backToLocal)
        m_backToLocal();
}

Result<QString> ServerConnection::pushLocal(bool confirm)
{
#ifndef LENGKAP_WITH_POSTGRES
    Q_UNUSED(confirm);
    return Error {Error::Kind::Database,
                  tr("This build has no server support (built without libpq).")};
#else
    if (!m_server || m_localPath.isEmpty())
        return Error {Error::Kind::Database, tr("Not connected to a server.")};
    const Result<ServerAccount> account = m_server->account();
    if (!account)
        return account.error();
    // The local file through its own connection (main() keeps its own open): WAL lets both read.
    Store store;
    if (Result<void> opened = store.open(m_localPath); !opened)
        return opened.error();
    const Result<QList<QDate>> cutoffs = store.cutoffs();
    if (!cutoffs)
        return cutoffs.error();
    if (cutoffs->isEmpty())
        return Error {Error::Kind::Input, tr("Your file holds no data to send.")};
    Result<Snapshot> snapshot = store.loadSnapshot(cutoffs->last());
    if (!snapshot)
        return snapshot.error();
    QStringList districts;
    for (const PuskesmasData &p : std::as_const(snapshot->puskesmas)) {
        const bool mine = account->admin || p.districtCode == account->region;
        if (mine && (districts.isEmpty() || districts.last() != p.districtCode))
            districts.append(p.districtCode);
    }
    const QString cutoffText = QLocale().toString(snapshot->cutoff, QLocale::LongFormat);
    if (districts.isEmpty()) {
        const District *own = Wilayah::instance().district(account->region);
        return Error {Error::Kind::Input,
                      tr("Your file holds no data of %1 for %2; nothing was sent.")
                          .arg(own ? own->shortName : account->region, cutoffText)};
    }
    QStringList names;
    for (const QString &code : std::as_const(districts))
        names.append(Wilayah::instance().district(code)->shortName);
    const QString what = districts.size() > 3 ? tr("%n district(s)", nullptr, int(districts.size()))
                                              : names.join(u", "_s);
    if (confirm
        && QMessageBox::question(m_window, tr("Send to Server"),
                                 tr("Send the data of %1 for the cut-off of %2 to %3? Data sent "
                                    "earlier for that cut-off are replaced (the server keeps them "
                                    "in its history).")
                                     .arg(what, cutoffText, m_server->displayName()))
               != QMessageBox::Yes)
        return Error {Error::Kind::Cancelled, {}};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<PushOutcome> pushed
        = m_server->push(*snapshot, districts, QFileInfo(m_localPath).fileName());
    QApplication::restoreOverrideCursor();
    if (!pushed)
        return pushed.error();
    // Show the server again, with what was just sent.
    if (Result<void> shown = show(m_server); !shown)
        return shown.error();
    return tr("Sent %1 for the cut-off of %2 to the server.").arg(what, cutoffText);
#endif
}

} // namespace Lengkap
