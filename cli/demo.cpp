// lengkap-cli demo: the national sample data set (DATA CONTOH) into a database.
#include "commands.h"
#include "common.h"

#include "samplestore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {
struct DemoTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};
} // namespace

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DemoTr::tr(
        "Fill the database with the generated national sample data set (SAMPLE DATA): "
        "514 districts, two cut-offs; Lombok Timur holds the real rows of the ministry page."));
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.isSet(db))
        return usage(DemoTr::tr("--db is required"));

    Store store;
    if (Result<void> opened = openStore(store, parser.value(db)); !opened)
        return fail(opened.error());
    const Result<SampleInstall> installed = installSample(store);
    if (!installed)
        return fail(installed.error());
    for (const QDate &cutoff : installed->cutoffs)
        out() << DemoTr::tr("SAMPLE DATA: %n Puskesmas for cut-off %1", nullptr,
                            installed->puskesmas)
                     .arg(cutoff.toString(Qt::ISODate))
              << u'\n';
    out().flush();
    return Ok;
}

} // namespace Lengkap::Cli
