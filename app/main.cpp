// Lengkap, the window: translator, store, data and the dashboard wired together; nothing else.
#include "apppaths.h"
#include "dashboardwindow.h"
#include "databasefollower.h"
#include "databaserecovery.h"
#include "exportcontroller.h"
#include "importdialog.h"
#include "language.h"
#include "samplestore.h"
#include "serverconnection.h"
#include "scenariocontroller.h"
#include "store.h"

#include "lengkapversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
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
              : settings.value(u"view/language"_s, Lengkap::Language::indonesian()).toString();
    Lengkap::Language::apply(language);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = paths.databaseFile();
    path = QFileInfo(path).absoluteFilePath();

    // Read-write where possible; a read-only file, folder or medium opens for viewing. A damaged
    // database: the newest healthy automatic backup is offered.
    Lengkap::Store store;
    Lengkap::Result<void> opened = store.open(path, Lengkap::Store::OpenMode::WriteIfPossible);
    if (!opened && Lengkap::DatabaseRecovery::offerRestore(nullptr, path, opened.error().message))
        opened = store.open(path, Lengkap::Store::OpenMode::WriteIfPossible);
    if (!opened)
        return failure(opened.error().message);
    // First start: fill the empty database with the national sample (DATA CONTOH).
    if (!store.isReadOnly()) {
        if (const Lengkap::Result<void> installed = Lengkap::installSampleIfEmpty(store);
            !installed)
            return failure(installed.error().message);
    }
    const Lengkap::Result<QList<QDate>> cutoffs = store.cutoffs();
    if (!cutoffs)
        return failure(cutoffs.error().message);

    Lengkap::DashboardWindow window;
    const auto loader = [&store](QDate cutoff) {
        return store.loadSnapshot(cutoff);
    };
    const Lengkap::Result<void> loaded = window.setData(*cutoffs, loader, path);
    if (!loaded)
        return failure(loaded.error().message);

    // Print, preview, export, chart and copy actions: File menu and the table's context menu.
    Lengkap::ExportController exports(&window);
    window.addTableContextActions(exports.contextActions());
    // Planner mode (issue 14): saved scenarios, Edit > Undo / Redo, the Scenario menu.
    new Lengkap::ScenarioController(&window, &store);

    const auto reload = [&window, &store, &loader, path] {
        const Lengkap::Result<QList<QDate>> dates = store.cutoffs();
        const Lengkap::Result<void> reloaded
            = dates ? window.setData(*dates, loader, path) : Lengkap::Result<void>(dates.error());
        if (!reloaded)
            QMessageBox::warning(&window, MainText::tr("Lengkap"), reloaded.error().message);
    };
    // Another process (a CLI import, a restore) may change the file: offer to refresh.
    Lengkap::DatabaseFollower follower(store, &window, reload);
    window.importAction()->setEnabled(!store.isReadOnly());
    // File > Connect to Server (issue 15): a server's data in the same views, read-only.
    auto *server = new Lengkap::ServerConnection(&window, reload, path);

    // Import: the dialog reads and writes in its own thread with its own connection; this
    // connection then reloads the cut-offs.
    QObject::connect(
        &window, &Lengkap::DashboardWindow::importRequested, &window,
        [&window, &store, &follower, reload, path, server](const QString &file) {
            if (server->isConnected())
                server->showLocal(); // imports go to the local file, never to a server view
            if (store.isReadOnly()) {
                QMessageBox::information(&window, MainText::tr("Lengkap"), store.readOnlyReason());
                return;
            }
            Lengkap::ImportDialog dialog(path, &window);
            if (!file.isEmpty())
                dialog.setFile(file);
            QObject::connect(&dialog, &Lengkap::ImportDialog::imported, &window, [&](QDate) {
                reload();
                follower.resync();
            });
            dialog.exec();
        });

    window.restoreLastRegion();
    window.show();
    return app.exec();
}
