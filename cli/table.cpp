// lengkap-cli table (DOMAIN.md §6): the table the window shows for a district (its Puskesmas),
// a province (its districts) or the nation (its provinces), as CSV, XLSX or PDF.
#include "commands.h"
#include "common.h"

#include "printlayout.h"
#include "tabledata.h"
#include "tableexport.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {

struct TableTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

} // namespace

// --paper and --portrait, shared with report.cpp.
QList<QCommandLineOption> pageOptions()
{
    return {
        QCommandLineOption(u"paper"_s, TableTr::tr("Paper for PDF: a4 (default), letter or f4."),
                           u"PAPER"_s, u"a4"_s),
        QCommandLineOption(u"portrait"_s,
                           TableTr::tr("Print PDF pages upright (default: landscape).")),
    };
}

Result<PageSetup> pageSetup(const QCommandLineParser &parser)
{
    PageSetup setup;
    if (!PageSetup::parsePaper(parser.value(u"paper"_s), &setup.paper))
        return Error {
            Error::Kind::Usage,
            TableTr::tr("unknown paper '%1': use a4, letter or f4").arg(parser.value(u"paper"_s))};
    if (parser.isSet(u"portrait"_s))
        setup.orientation = QPageLayout::Portrait;
    return setup;
}

int runTable(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(TableTr::tr(
        "Write the table of a district (its Puskesmas), a province (its districts) or the "
        "nation (its provinces) as CSV, XLSX or PDF."));
    const ViewOptions view;
    view.addTo(parser);
    const QCommandLineOption format(
        u"format"_s, TableTr::tr("csv, xlsx or pdf (default: from the file name)."), u"FORMAT"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, TableTr::tr("The file to write."),
                                    u"FILE"_s);
    parser.addOptions({format, output});
    parser.addOptions(pageOptions());
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(TableTr::tr("table takes no FILE argument: use -o FILE"));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usage(TableTr::tr("-o FILE is required"));
    const QString path = parser.value(output);
    QString formatKey = parser.value(format).toLower();
    if (formatKey.isEmpty())
        formatKey = QFileInfo(path).suffix().toLower();
    if (formatKey != u"csv"_s && formatKey != u"xlsx"_s && formatKey != u"pdf"_s)
        return usage(TableTr::tr("--format must be csv, xlsx or pdf"));
    Result<PageSetup> setup = pageSetup(parser);
    if (!setup)
        return fail(setup.error());
    Result<View> opened = openView(parser, view);
    if (!opened)
        return fail(opened.error());
    const Analysis &engine = *opened->analysis;
    const RegionTable t = regionTable(engine, opened->scope.level, opened->scope.code,
                                      opened->criteria, opened->status);

    Result<void> written;
    if (formatKey == u"csv"_s) {
        written = TableExport::writeCsv(path, t.table, t.context);
    } else if (formatKey == u"xlsx"_s) {
        written = TableExport::writeXlsx(path, {{&t.table, t.context}});
    } else {
        Result<int> pages = writeSectionPdf(path, {t.context, &t.table}, *setup);
        if (!pages)
            written = pages.error();
    }
    if (!written)
        return fail(written.error());
    err() << TableTr::tr("%1: %n row(s) written", nullptr, int(t.table.rows.size())).arg(path)
          << Qt::endl;
    return Ok;
}

} // namespace Lengkap::Cli
