#pragma once

#include "analysis.h"
#include "result.h"
#include "store.h"
#include "types.h"

#include <QCommandLineParser>
#include <QDate>
#include <QTextStream>

#include <memory>

// Helpers shared by the sub-commands: streams, exit codes, option parsing, opening the store
// and resolving --province / --district / --cutoff (DOMAIN.md §6).
namespace Lengkap::Cli {

QTextStream &out(); // stdout, UTF-8
QTextStream &err(); // stderr, UTF-8

// Prints the error's message on stderr and returns the exit code for its kind.
int fail(const Error &error);
int exitCode(Error::Kind kind);
// A usage error (exit 2): the message, then a hint to --help.
int usage(const QString &message);

// Parses the sub-command's arguments; prints --help and usage errors itself. Returns false
// with *code set when the command should end (help shown: 0; bad arguments: 2).
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *code);

// --db is required by every sub-command.
QCommandLineOption dbOption();
QCommandLineOption cutoffOption();
QCommandLineOption provinceOption();
QCommandLineOption districtOption();
QCommandLineOption criteriaOption();
QCommandLineOption statusOption();

// YYYY-MM-DD, the 1st of a month (data are cut off on the 1st, DOMAIN.md §1).
Result<QDate> parseCutoff(const QString &text);
// The 1st of the current month: the default cut-off of an import.
QDate currentCutoff();

Result<void> openStore(Store &store, const QString &path);

// What a summary or table is about.
struct Scope
{
    Level level = Level::National;
    QString code; // "" nation, "52", "52.03"
    QString provinceCode; // "" unless --province was given or implied
};
// --province and --district as people write them; unknown names are usage errors listing the
// closest names.
Result<Scope> resolveScope(const QString &province, const QString &district);

// The analysis of --cutoff (or the latest cut-off) from an open store.
Result<std::unique_ptr<Analysis>> loadAnalysis(const Store &store, const QString &cutoffText);

Result<Criteria> parseCriteriaOption(const QString &text);
Result<Status> parseStatusOption(const QString &text);

// The options of every sub-command that shows a region (summary, table, report, scenario):
// --db, --province, --district (unless withDistrict is false), --criteria, --status, --cutoff.
struct ViewOptions
{
    explicit ViewOptions(bool withDistrict = true);
    void addTo(QCommandLineParser &parser) const;

    bool withDistrict;
    QCommandLineOption db;
    QCommandLineOption province;
    QCommandLineOption district;
    QCommandLineOption criteria;
    QCommandLineOption status;
    QCommandLineOption cutoff;
    QCommandLineOption bands;
};

// What those options resolve to: the store opened, the cut-off's analysis loaded.
struct View
{
    std::unique_ptr<Store> store;
    std::unique_ptr<Analysis> analysis;
    Scope scope;
    Criteria criteria = Criteria::Sisdmk;
    Status status = Status::All;
};

// Checks the options (usage errors, exit 2) before touching the database, then opens it and
// loads the cut-off; a province or district without data at that cut-off is an input error.
// Read-only unless a command writes (scenario --save): summaries, tables and reports never create
// or write a database.
Result<View> openView(const QCommandLineParser &parser, const ViewOptions &options,
                      Store::OpenMode mode = Store::OpenMode::ReadOnly);

} // namespace Lengkap::Cli
