// lengkap-cli report (DOMAIN.md §6): one PDF with a section per district of a province or of
// the whole nation, with a table of contents; progress on stderr.
#include "commands.h"
#include "common.h"

#include "reportwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

// From table.cpp: --paper and --portrait.
QList<QCommandLineOption> pageOptions();
Result<PageSetup> pageSetup(const QCommandLineParser &parser);

namespace {

struct ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportTr::tr(
        "Write one PDF with the table of every district of a province (--province) or of "
        "the nation, with a table of contents."));
    const ViewOptions view(false); // the report is about a province or the nation
    view.addTo(parser);
    const QCommandLineOption all(u"all-districts"_s,
                                 ReportTr::tr("A section for every district (required)."));
    const QCommandLineOption output({u"o"_s, u"output"_s}, ReportTr::tr("The PDF file to write."),
                                    u"FILE"_s);
    const QCommandLineOption quiet(u"quiet"_s, ReportTr::tr("Print no progress."));
    parser.addOptions({all, output, quiet});
    parser.addOptions(pageOptions());
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(ReportTr::tr("report takes no FILE argument: use -o FILE.pdf"));
    if (!parser.isSet(all))
        return usage(ReportTr::tr("report needs --all-districts"));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usage(ReportTr::tr("-o FILE.pdf is required"));
    Result<PageSetup> setup = pageSetup(parser);
    if (!setup)
        return fail(setup.error());
    Result<View> opened = openView(parser, view);
    if (!opened)
        return fail(opened.error());
    ReportOptions options;
    options.provinceCode = opened->scope.provinceCode;
    options.criteria = opened->criteria;
    options.status = opened->status;
    options.setup = *setup;
    const bool showProgress = !parser.isSet(quiet);
    int lastShown = -1;
    QElapsedTimer timer;
    timer.start();
    options.progress = [&](int done, int total) {
        // Two passes over the districts: layout, then painting. A line per 10%.
        const int percent = total ? 100 * done / total : 100;
        if (showProgress && percent / 10 != lastShown / 10) {
            lastShown = percent;
            err() << ReportTr::tr("report: %1% (%2 of %3 steps, %4 s)")
                         .arg(percent)
                         .arg(done)
                         .arg(total)
                         .arg(timer.elapsed() / 1000)
                  << Qt::endl;
        }
        return true;
    };
    const QString path = parser.value(output);
    Result<ReportOutcome> outcome = ReportWriter::writePdf(path, *opened->analysis, options);
    if (!outcome)
        return fail(outcome.error());
    err() << ReportTr::tr("%1: %2 districts, %3 pages")
                 .arg(path)
                 .arg(outcome->districts)
                 .arg(outcome->pages)
          << Qt::endl;
    return Ok;
}

} // namespace Lengkap::Cli
