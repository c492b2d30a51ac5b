// lengkap-cli split-sample (issue 12): a database made before the national sample had a file
// of its own may hold the sample (DATA CONTOH) beside the user's imports; this takes the
// sample out after an automatic backup. `check` says when a database needs it.
#include "commands.h"
#include "common.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {

struct SplitTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

QString cutoffList(const QList<QDate> &cutoffs)
{
    QStringList texts;
    for (const QDate &cutoff : cutoffs)
        texts << cutoff.toString(Qt::ISODate);
    return texts.join(u", "_s);
}

} // namespace

QString mixedSampleReport(const MixedSample &mixed)
{
    return SplitTr::tr("sample data (DATA CONTOH) mixed with your imports: %1 district tables at "
                       "cut-off(s) %2; move it out with: lengkap-cli split-sample --db FILE")
        .arg(QLocale().toString(mixed.sampleDistricts), cutoffList(mixed.cutoffs));
}

int runSplitSample(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SplitTr::tr(
        "Remove the national sample data (DATA CONTOH) from a database that an earlier version "
        "filled with it beside your own imports. An automatic backup is made first; your own "
        "imports are not changed. The sample stays available in its own file."));
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(SplitTr::tr("split-sample takes no FILE argument"));
    if (!parser.isSet(db))
        return usage(SplitTr::tr("--db is required"));
    Store store;
    if (Result<void> opened = openStore(store, parser.value(db)); !opened)
        return fail(opened.error());
    const Result<MixedSample> mixed = store.mixedSample();
    if (!mixed)
        return fail(mixed.error());
    if (mixed->sampleImports == 0) {
        out() << SplitTr::tr("%1: no sample data in this database; nothing changed")
                     .arg(QDir::toNativeSeparators(parser.value(db)))
              << Qt::endl;
        return Ok;
    }
    if (mixed->ownDistricts == 0)
        return fail(inputError(
            SplitTr::tr("%1 holds only the sample data (it is a sample file): nothing was "
                        "removed")
                .arg(QDir::toNativeSeparators(parser.value(db)))));
    const Result<QString> backup = store.removeSample();
    if (!backup)
        return fail(backup.error());
    out() << SplitTr::tr("%1: sample data removed (%2 district tables at cut-off(s) %3); your %4 "
                         "imported districts kept; backup: %5")
                 .arg(QDir::toNativeSeparators(parser.value(db)),
                      QLocale().toString(mixed->sampleDistricts), cutoffList(mixed->cutoffs),
                      QLocale().toString(mixed->ownDistricts), QDir::toNativeSeparators(*backup))
          << Qt::endl;
    return Ok;
}

} // namespace Lengkap::Cli
