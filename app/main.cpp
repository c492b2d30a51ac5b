// Lengkap, the window: translator, store, data and the dashboard wired together; nothing else.
#include "dashboardwindow.h"
#include "datasession.h"
#include "exportcontroller.h"
#include "language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

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

    QSettings settings;
    const QString language
        = parser.isSet(langOption)
              ? parser.value(langOption)
              : settings.value(u"view/language"_s, Lengkap::Language::systemDefault()).toString();
    Lengkap::Language::apply(language);

    // The user's own database starts empty; the national sample lives in a file of its own
    // (issue 12), opened on a first start and by File > Open Sample Data.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    Lengkap::DashboardWindow window;
    Lengkap::DataSession session(&window, folder + u"/lengkap.sqlite"_s,
                                 folder + u"/lengkap-contoh.sqlite"_s);
    if (const Lengkap::Result<void> started = session.start(parser.value(dbOption)); !started)
        return failure(started.error().message);

    // Print, preview, export, chart and copy actions: File menu and the table's context menu.
    Lengkap::ExportController exports(&window);
    window.addTableContextActions(exports.contextActions());

    window.restoreLastRegion();
    window.showAtStart();
    return app.exec();
}
