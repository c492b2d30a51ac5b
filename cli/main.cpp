// lengkap-cli: the command line on the model library (DOMAIN.md §6). Everything the window
// computes, the CLI can print. Sub-commands that draw (table, report) run under a
// QGuiApplication, as tmxrasterizer does, in a module only they load (drawabi.h); the others
// need only QCoreApplication and never load QtGui.
#include "commands.h"
#include "common.h"
#include "drawmodule.h"

#include "lengkapversion.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTranslator>

#include <cstring>
#include <functional>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace {

struct MainTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

struct Command
{
    const char *name;
    bool needsGui; // runs in the drawing module (drawabi.h); run is empty
    std::function<int(const QStringList &)> run;
    const char *summary; // translated below with QT_TRANSLATE_NOOP context Lengkap::Cli
};

const Command commands[] = {
    {"import", false, Lengkap::Cli::runImport,
     QT_TRANSLATE_NOOP("Lengkap::Cli",
                       "import a staffing file (rekap, long, workers, paste, xlsx)")},
    {"import-list", false, Lengkap::Cli::runImportList,
     QT_TRANSLATE_NOOP("Lengkap::Cli", "import the rpjmn or registered list of a cut-off")},
    {"summary", false, Lengkap::Cli::runSummary,
     QT_TRANSLATE_NOOP("Lengkap::Cli", "print the completeness of a region as JSON")},
    {"scenario", false, Lengkap::Cli::runScenario,
     QT_TRANSLATE_NOOP("Lengkap::Cli",
                       "place workers in a region: how many Puskesmas become complete")},
    {"trend", false, Lengkap::Cli::runTrend,
     QT_TRANSLATE_NOOP("Lengkap::Cli", "print the complete percentage at every cut-off as JSON")},
    {"diff", false, Lengkap::Cli::runDiff,
     QT_TRANSLATE_NOOP("Lengkap::Cli", "compare two cut-offs as JSON: gained and lost")},
    {"table", true, nullptr,
     QT_TRANSLATE_NOOP("Lengkap::Cli", "write a region's table as CSV, XLSX or PDF")},
    {"report", true, nullptr,
     QT_TRANSLATE_NOOP("Lengkap::Cli", "write one PDF with a table per district")},
    {"demo", false, Lengkap::Cli::runDemo,
     QT_TRANSLATE_NOOP("Lengkap::Cli", "fill a database with the national sample data set")},
    {"push", false, Lengkap::Cli::runPush,
     QT_TRANSLATE_NOOP("Lengkap::Cli", "send a cut-off's districts to the PostgreSQL server")},
    {"pull", false, Lengkap::Cli::runPull,
     QT_TRANSLATE_NOOP("Lengkap::Cli", "copy the server's data into a local file")},
    {"server", false, Lengkap::Cli::runServer,
     QT_TRANSLATE_NOOP("Lengkap::Cli", "set up the server: init, migrate, add-user, standards")},
    {"backup", false, Lengkap::Cli::runBackup,
     QT_TRANSLATE_NOOP("Lengkap::Cli", "write a consistent copy of the database")},
    {"restore", false, Lengkap::Cli::runRestore,
     QT_TRANSLATE_NOOP("Lengkap::Cli", "put a backup's data back into the database")},
    {"check", false, Lengkap::Cli::runCheck,
     QT_TRANSLATE_NOOP("Lengkap::Cli",
                       "check a database: integrity, data rules, schema, cut-offs (exit 0 or 4)")},
    {"split-sample", false, Lengkap::Cli::runSplitSample,
     QT_TRANSLATE_NOOP("Lengkap::Cli",
                       "remove the sample data (DATA CONTOH) an older version mixed in")},
};

// Indonesian unless --lang en or LANG/LC_ALL/LANGUAGE starts with "en".
bool wantsEnglish(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return std::strncmp(argv[i + 1], "en", 2) == 0;
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return std::strncmp(argv[i] + 7, "en", 2) == 0;
    }
    for (const char *variable : {"LC_ALL", "LANGUAGE", "LANG"}) {
        const QByteArray value = qgetenv(variable);
        if (!value.isEmpty())
            return value.startsWith("en");
    }
    return false;
}

QStringList withoutLangOption(const QStringList &arguments)
{
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang"_s) {
            ++i;
            continue;
        }
        if (arguments.at(i).startsWith(u"--lang="_s))
            continue;
        result.append(arguments.at(i));
    }
    return result;
}

void printHelp()
{
    QTextStream &out = Lengkap::Cli::out();
    out << MainTr::tr("Usage: %1 <command> [options]").arg(u"lengkap-cli"_s) << u"\n\n"_s
        << MainTr::tr("Completeness of the 9 priority health-worker types per Puskesmas.")
        << u"\n\n"_s
        << MainTr::tr("Commands:") << u'\n';
    for (const Command &command : commands)
        out << u"  "_s << QString::fromLatin1(command.name).leftJustified(13)
            << QCoreApplication::translate("Lengkap::Cli", command.summary) << u'\n';
    out << u'\n' << MainTr::tr("Options: --help, --version, --lang id|en (default: Indonesian).")
        << u'\n' << MainTr::tr("'%1 <command> --help' describes a command.").arg(u"lengkap-cli"_s)
        << u'\n'
        << MainTr::tr("Exit codes: 0 ok, 2 usage error, 3 invalid input (nothing written), "
                      "4 database error (nothing lost).")
        << u'\n';
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
#ifdef Q_OS_WIN
    // Messages are UTF-8 (QTextStream's default): let the console show "→", "Ñ" and the like
    // instead of the OEM code page's guesses. Restored on exit, as other programs expect it.
    const UINT consoleCodePage = GetConsoleOutputCP();
    SetConsoleOutputCP(CP_UTF8);
    const auto restoreCodePage = qScopeGuard([consoleCodePage] {
        SetConsoleOutputCP(consoleCodePage);
    });
#endif
    // The command is the first argument that is not --lang or its value ("lengkap-cli --lang en
    // import ..." as well as "lengkap-cli import --lang en ...").
    const char *commandName = "";
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(argv[i], "--lang=", 7) != 0) {
            commandName = argv[i];
            break;
        }
    }
    const Command *command = nullptr;
    for (const Command &candidate : commands) {
        if (std::strcmp(candidate.name, commandName) == 0)
            command = &candidate;
    }
    // Declared before the application: the module stays loaded while the one it made lives.
    Lengkap::Cli::DrawModule drawModule;
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui && drawModule.load(argv[0]))
        app.reset(drawModule.createApplication(argc, argv));
    if (!app) // a missing module is reported below, in the user's language
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"lengkap-cli"_s);
    QCoreApplication::setOrganizationName(u"Lengkap"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LENGKAP_VERSION));

    // The CLI speaks through its messages; the library's logging is for QT_LOGGING_RULES.
    QLoggingCategory::setFilterRules(u"lengkap.*.info=false\nlengkap.*.warning=false"_s);

    const bool english = wantsEnglish(argc, argv);
    QTranslator translator;
    if (english) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // The source text is English; its plural forms ("%n district(s)") come from here.
        if (translator.load(u":/lengkap/i18n/lengkap_en.qm"_s))
            QCoreApplication::installTranslator(&translator);
    } else {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        if (translator.load(u":/lengkap/i18n/lengkap_id.qm"_s))
            QCoreApplication::installTranslator(&translator);
    }

    const QStringList arguments = withoutLangOption(QCoreApplication::arguments());
    if (!command) {
        const QString first = arguments.value(1);
        if (first == u"--version"_s || first == u"-v"_s) {
            Lengkap::Cli::out() << u"lengkap-cli "_s << QCoreApplication::applicationVersion()
                                << Qt::endl;
            return Lengkap::Cli::Ok;
        }
        if (first.isEmpty() || first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
            printHelp();
            return first.isEmpty() ? Lengkap::Cli::Usage : Lengkap::Cli::Ok;
        }
        return Lengkap::Cli::usage(MainTr::tr("unknown command '%1'").arg(first));
    }
    // QCommandLineParser sees "lengkap-cli <command>" as the program, then the options.
    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(arguments.at(0) + u' ' + arguments.at(1));
    if (command->needsGui) {
        const QString problem = drawModule.problem();
        if (!problem.isEmpty()) // nothing written: exit 3, as for an output that cannot be made
            return Lengkap::Cli::fail(Lengkap::inputError(problem));
        return drawModule.run(command->name, commandArguments);
    }
    return command->run(commandArguments);
}
