// Lengkap, the window: translator, store, data and the dashboard wired together; nothing else.
#include "apppaths.h"
#include "dashboardwindow.h"
#include "databasefollower.h"
#include "datasession.h"
#include "exportcontroller.h"
#include "language.h"
#include "serverconnection.h"
#include "scenariocontroller.h"

#include "lengkapversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Main)
};

int failure(const QString &message)
{
    QMessageBox::critical(nullptr, MainText::tr("Lengkap"), message);
    return 4; // database error, as the CLI's exit code
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Lengkap"_s);
    QCoreApplication::setApplicationName(u"Lengkap"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LENGKAP_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Lengkap"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/lengkap/icons/lengkap.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        MainText::tr("Completeness of the priority health-worker types in Indonesian Puskesmas"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, MainText::tr("Database file (default: %1)").arg(u"<AppData>/lengkap.sqlite"_s),
        MainText::tr("PATH"));
    const QCommandLineOption langOption(u"lang"_s, MainText::tr("Interface language: id or en"),
                                        MainText::tr("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    // Installed: the user's AppData; portable (portable.txt beside lengkap.exe): beside it.
    const Lengkap::AppPaths paths = Lengkap::AppPaths::resolve(QCoreApplication::applicationDirPath());
    paths.apply();

    QSettings settings;
    const QString language
        = parser.isSet(langOption)
              ? parser.value(langOption)
              : settings.value(u"view/language"_s, Lengkap::Language::systemDefault()).toString();
    Lengkap::Language::apply(language);

    // The user's own database starts empty; the national sample lives in a file of its own
    // (issue 12), opened on a first start and by File > Open Sample Data. Both in the user's
    // application data, or beside the program in portable mode.
    Lengkap::DashboardWindow window;
    Lengkap::DataSession session(&window, paths.databaseFile(),
                                 paths.dataDirectory + u"/lengkap-contoh.sqlite"_s);
    if (const Lengkap::Result<void> started = session.start(parser.value(dbOption)); !started)
        return failure(started.error().message);

    // Print, preview, export, chart and copy actions: File menu and the table's context menu.
    Lengkap::ExportController exports(&window);
    window.addTableContextActions(exports.contextActions());
    // Planner mode (issue 14): saved scenarios, Edit > Undo / Redo, the Scenario menu.
    new Lengkap::ScenarioController(&window, &session.store());

    const auto reload = [&window, &session] {
        if (const Lengkap::Result<void> reloaded = session.reload(); !reloaded)
            QMessageBox::warning(&window, MainText::tr("Lengkap"), reloaded.error().message);
    };
    // Another process (a CLI import, a restore) may change the file: offer to refresh.
    Lengkap::DatabaseFollower follower(session.store(), &window, reload);
    // File > Connect to Server (issue 15): a server's data in the same views, read-only.
    auto *server = new Lengkap::ServerConnection(&window, reload, session.path());
    // Whenever the window shows a local file (opened, imported into, reloaded): the follower
    // watches that file, Send to Server sends it, and a server view is left.
    QObject::connect(&session, &Lengkap::DataSession::opened, &window,
                     [&follower, server](const QString &path) {
                         follower.resync();
                         server->setLocalPath(path);
                         if (server->isConnected())
                             server->showLocal();
                     });

    window.restoreLastRegion();
    window.showAtStart();
    return app.exec();
}
