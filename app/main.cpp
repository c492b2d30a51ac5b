// Lengkap, the window: translator, store, data and the dashboard wired together; nothing else.
#include "apppaths.h"
#include "appwiring.h"
#include "language.h"

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

    // The window, its data and everything around them: views/appwiring.cpp (tested there).
    Lengkap::AppWiring wiring(paths);
    if (const Lengkap::Result<void> started = wiring.start(parser.value(dbOption)); !started)
        return failure(started.error().message);
    wiring.show();
    return app.exec();
}
