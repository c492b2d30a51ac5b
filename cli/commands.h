#pragma once

#include <QStringList>

namespace Lengkap {
struct MixedSample;
}

// One function per sub-command of lengkap-cli (DOMAIN.md §6). Each gets the arguments after
// the sub-command name (arguments.first() is "lengkap-cli <command>" for QCommandLineParser),
// prints results on stdout and messages on stderr, and returns the exit code:
// 0 ok, 2 usage error, 3 invalid input (nothing written), 4 database error (nothing lost).
namespace Lengkap::Cli {

enum ExitCode { Ok = 0, Usage = 2, InvalidInput = 3, DatabaseFailure = 4 };

int runImport(const QStringList &arguments);
int runImportList(const QStringList &arguments);
int runSummary(const QStringList &arguments);
int runScenario(const QStringList &arguments);
// scenario list|show|delete (scenariodocs.cpp); arguments as for runScenario.
int runScenarioDocument(const QString &action, const QStringList &arguments);
int runTrend(const QStringList &arguments); // trend.cpp
int runDiff(const QStringList &arguments); // diff.cpp
int runDemo(const QStringList &arguments);
int runTable(const QStringList &arguments); // needs a QGuiApplication for --format pdf
int runReport(const QStringList &arguments); // needs a QGuiApplication
// The PostgreSQL server (issue 15); without libpq they say the build has no server support.
int runServer(const QStringList &arguments); // init | migrate | add-user
int runPush(const QStringList &arguments);
int runPull(const QStringList &arguments);
int runBackup(const QStringList &arguments); // backup.cpp
int runRestore(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runSplitSample(const QStringList &arguments); // splitsample.cpp (issue 12)
// "sample data mixed with your imports ...", for check (splitsample.cpp).
QString mixedSampleReport(const MixedSample &mixed);

} // namespace Lengkap::Cli
