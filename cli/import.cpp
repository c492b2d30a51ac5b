// lengkap-cli import and import-list (DOMAIN.md §5, §6).
#include "commands.h"
#include "common.h"

#include "importer.h"
#include "nakestypes.h"
#include "wilayah.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {

struct ImportTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

// The cut-off an import belongs to: --cutoff, else the 1st of the current month.
Result<QDate> importCutoff(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (parser.isSet(option))
        return parseCutoff(parser.value(option));
    return currentCutoff();
}

// What the user must know about the read: the report's warnings and counts, on stderr.
void printReport(const ImportReport &report)
{
    QTextStream &e = err();
    for (const QString &note : tableLayoutNotes(report))
        e << note << u'\n';
    for (const ImportWarning &warning : report.warnings)
        e << ImportTr::tr("warning: %1").arg(warning.message) << u'\n';
    if (report.skippedEmptyRows > 0)
        e << ImportTr::tr("%n empty row(s) skipped", nullptr, report.skippedEmptyRows) << u'\n';
    if (report.emptyCountCells > 0)
        e << ImportTr::tr("%n empty count cell(s) read as 0", nullptr, report.emptyCountCells)
          << u'\n';
    if (!report.unmappedProfessions.isEmpty()) {
        int rows = 0;
        for (int n : report.unmappedProfessions)
            rows += n;
        e << ImportTr::tr(
            "%n worker(s) of professions outside the priority types were not counted:", nullptr,
            rows)
          << u'\n';
        for (auto it = report.unmappedProfessions.cbegin(); it != report.unmappedProfessions.cend();
             ++it)
            e << u"  "_s << it.key() << u": "_s << it.value() << u'\n';
    }
    e.flush();
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImportTr::tr("Import a staffing file into the database, as the data of one cut-off."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption cutoff = cutoffOption();
    const QCommandLineOption replace(
        u"replace"_s,
        ImportTr::tr("Swap the data of districts the cut-off already holds for the file's."));
    const QCommandLineOption format(
        u"format"_s, ImportTr::tr("auto (default), rekap, long, workers, paste or xlsx (a workbook: .xlsx, "
                     ".xls or .ods, also found by itself)."),
        u"FORMAT"_s, u"auto"_s);
    const QCommandLineOption province = provinceOption();
    const QCommandLineOption sheet(
        u"sheet"_s, ImportTr::tr("Workbooks: the sheet to read (default: the first with a recognised "
                     "header)."), u"NAME"_s);
    parser.addOptions({db, cutoff, replace, format, province, sheet});
    parser.addPositionalArgument(u"FILE"_s, ImportTr::tr("The file to import."));
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(ImportTr::tr("import takes exactly one FILE"));
    if (!parser.isSet(db))
        return usage(ImportTr::tr("--db is required"));

    ReadOptions options;
    if (!parseImportFormat(parser.value(format).toLower(), &options.format))
        return usage(ImportTr::tr("unknown format '%1'").arg(parser.value(format)));
    if (options.format == ImportFormat::Xlsx) {
        options.format = ImportFormat::Auto; // the extension check finds the workbook
    }
    options.sheet = parser.value(sheet);
    if (parser.isSet(province)) {
        Result<QString> provinceCode = Wilayah::instance().matchProvince(parser.value(province));
        if (!provinceCode)
            return usage(provinceCode.error().message);
        options.provinceCode = *provinceCode;
    }
    Result<QDate> date = importCutoff(parser, cutoff);
    if (!date)
        return fail(date.error());
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return fail(Error {Error::Kind::Input, ImportTr::tr("%1: no such file").arg(path)});

    // Read first, then open the database: a file that fails to read never touches it. The
    // checks open() makes of an existing database only read it: they run meanwhile on the
    // other core (BackgroundPrecheck's destructor waits for them on every path out).
    const QString dbPath = parser.value(db);
    std::optional<Store::BackgroundPrecheck> precheck;
    if (QFileInfo::exists(dbPath))
        precheck.emplace(dbPath);
    Result<ImportBatch> batch = readImportFile(path, options);
    if (!batch)
        return fail(batch.error());
    printReport(batch->report);

    Store store;
    const Result<void> opened = precheck
                                    ? store.open(dbPath, Store::OpenMode::ReadWrite, precheck->take())
                                    : openStore(store, dbPath);
    if (!opened)
        return fail(opened.error());
    Result<ImportOutcome> outcome = store.importBatch(*batch, *date, parser.isSet(replace));
    if (!outcome)
        return fail(outcome.error());

    QStringList names;
    for (const QString &districtCode : std::as_const(outcome->districtCodes))
        names.append(Wilayah::instance().district(districtCode)->shortName);
    // A few districts by name; a national file in one figure, not 514 names (issue 12).
    constexpr int MaxNamed = 3;
    if (names.size() <= MaxNamed) {
        out() << ImportTr::tr("%1: %n Puskesmas imported for cut-off %2 (%3)", nullptr,
                              outcome->puskesmas)
                     .arg(QFileInfo(path).fileName(), date->toString(Qt::ISODate),
                          names.join(u", "_s))
              << u'\n';
    } else {
        //: Indonesian: "%1: %Ln Puskesmas di %3 kabupaten/kota diimpor untuk cut-off %2"
        out() << ImportTr::tr("%1: %Ln Puskesmas in %3 districts imported for cut-off %2", nullptr,
                              outcome->puskesmas)
                     .arg(QFileInfo(path).fileName(), date->toString(Qt::ISODate),
                          QLocale().toString(names.size()))
              << u'\n';
    }
    if (!outcome->replacedDistricts.isEmpty())
        out() << ImportTr::tr("replaced the earlier data of %n district(s)", nullptr,
                              int(outcome->replacedDistricts.size()))
              << u'\n';
    out().flush();
    return Ok;
}

int runImportList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImportTr::tr("Import the list of Puskesmas on the RPJMN output list or the registered "
                     "list, for a cut-off."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption cutoff = cutoffOption();
    const QCommandLineOption list(u"list"_s, ImportTr::tr("rpjmn or registered."), u"LIST"_s);
    parser.addOptions({db, cutoff, list});
    parser.addPositionalArgument(
        u"FILE"_s, ImportTr::tr("A file of Puskesmas codes, or of province, district and name."));
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(ImportTr::tr("import-list takes exactly one FILE"));
    if (!parser.isSet(db))
        return usage(ImportTr::tr("--db is required"));
    ListKind kind = ListKind::Rpjmn;
    if (!parseListKind(parser.value(list).toLower(), &kind))
        return usage(ImportTr::tr("--list must be rpjmn or registered"));
    Result<QDate> date = importCutoff(parser, cutoff);
    if (!date)
        return fail(date.error());
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return fail(Error {Error::Kind::Input, ImportTr::tr("%1: no such file").arg(path)});

    Result<QList<ListEntry>> entries = readListFile(path, {});
    if (!entries)
        return fail(entries.error());
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);

    Store store;
    if (Result<void> opened = openStore(store, parser.value(db)); !opened)
        return fail(opened.error());
    Result<int> stored = store.importList(kind, *date, *entries, QFileInfo(path).fileName(),
                                          QString::fromLatin1(hash.result().toHex()));
    if (!stored)
        return fail(stored.error());
    out() << ImportTr::tr("%1: %n Puskesmas on the %2 list for cut-off %3", nullptr, *stored)
                 .arg(QFileInfo(path).fileName(), listKindKey(kind), date->toString(Qt::ISODate))
          << Qt::endl;
    return Ok;
}

} // namespace Lengkap::Cli
