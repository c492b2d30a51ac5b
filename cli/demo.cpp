// lengkap-cli demo: the national sample data set (DATA CONTOH) into a database.
#include "commands.h"
#include "common.h"

#include "sampledata.h"

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
    const SampleData sample = generateSampleData();
    QStringList lines;
    // All or nothing; the sample replaces itself when demo runs again, other data stay.
    const Result<void> written = store.writeAll([&]() -> Result<void> {
        for (const SampleCutoff &cutoff : sample.cutoffs) {
            Result<ImportOutcome> outcome = store.importBatch(cutoff.batch, cutoff.cutoff, true);
            if (!outcome)
                return outcome.error();
            for (const auto &[kind, entries] :
                 {std::pair {ListKind::Rpjmn, &sample.rpjmn},
                  std::pair {ListKind::Registered, &sample.registered}}) {
                Result<int> stored = store.importList(kind, cutoff.cutoff, *entries, u"demo"_s, {});
                if (!stored)
                    return stored.error();
            }
            lines.append(
                DemoTr::tr("SAMPLE DATA: %n Puskesmas for cut-off %1", nullptr, outcome->puskesmas)
                    .arg(cutoff.cutoff.toString(Qt::ISODate)));
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    out() << lines.join(u'\n') << Qt::endl;
    return Ok;
}

} // namespace Lengkap::Cli
