#include "common.h"

#include "commands.h"

#include "wilayah.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};
} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int exitCode(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Usage:
        return Usage;
    case Error::Kind::Input:
    case Error::Kind::Cancelled:
        return InvalidInput;
    case Error::Kind::Database:
        return DatabaseFailure;
    }
    return InvalidInput;
}

int fail(const Error &error)
{
    if (error.kind == Error::Kind::Usage)
        return usage(error.message);
    err() << error.message << Qt::endl;
    return exitCode(error.kind);
}

int usage(const QString &message)
{
    err() << message << u'\n'
          << CliTr::tr("Try '%1 --help' for more information.")
                 .arg(QCoreApplication::applicationName())
          << Qt::endl;
    return Usage;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int *code)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, CliTr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        *code = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by the path it was started with; name it as the user types it.
        QString text = parser.helpText();
        const QString command = arguments.value(0).section(u' ', -1);
        text.replace(0, text.indexOf(u'\n'),
                     CliTr::tr("Usage: %1 %2 [options]").arg(u"lengkap-cli"_s, command));
        out() << text;
        out().flush();
        *code = Ok;
        return false;
    }
    return true;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(u"db"_s, CliTr::tr("The Lengkap database file."), u"DB"_s);
}

QCommandLineOption cutoffOption()
{
    return QCommandLineOption(
        u"cutoff"_s, CliTr::tr("Cut-off date, the 1st of a month (YYYY-MM-DD)."), u"YYYY-MM-DD"_s);
}

QCommandLineOption provinceOption()
{
    return QCommandLineOption(u"province"_s,
                              CliTr::tr("Province name, e.g. \"Nusa Tenggara Barat\"."), u"P"_s);
}

QCommandLineOption districtOption()
{
    return QCommandLineOption(
        u"district"_s,
        CliTr::tr("District (kabupaten/kota), e.g. \"Lombok Timur\" or \"Kota Serang\"."), u"D"_s);
}

QCommandLineOption criteriaOption()
{
    return QCommandLineOption(u"criteria"_s,
                              CliTr::tr("Data criteria: sisdmk (default), registered or rpjmn."),
                              u"C"_s, u"sisdmk"_s);
}

QCommandLineOption statusOption()
{
    return QCommandLineOption(u"status"_s, CliTr::tr("Employment status: all (default) or asn."),
                              u"S"_s, u"all"_s);
}

Result<QDate> parseCutoff(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Error {Error::Kind::Usage,
                      CliTr::tr("'%1' is not a date (expected YYYY-MM-DD)").arg(text)};
    if (date.day() != 1)
        return Error {Error::Kind::Usage,
                      CliTr::tr("'%1' is not a cut-off: data are cut off on the 1st of each month "
                                "(did you mean %2?)")
                          .arg(text, QDate(date.year(), date.month(), 1).toString(Qt::ISODate))};
    return date;
}

QDate currentCutoff()
{
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1);
}

Result<void> openStore(Store &store, const QString &path)
{
    if (path.isEmpty())
        return Error {Error::Kind::Usage, CliTr::tr("--db is required")};
    return store.open(path);
}

Result<Scope> resolveScope(const QString &province, const QString &district)
{
    const Wilayah &wilayah = Wilayah::instance();
    Scope scope;
    if (!province.isEmpty()) {
        Result<QString> code = wilayah.matchProvince(province);
        if (!code)
            return Error {Error::Kind::Usage, code.error().message};
        scope.level = Level::Province;
        scope.code = scope.provinceCode = *code;
    }
    if (!district.isEmpty()) {
        Result<QString> code = wilayah.matchDistrict(district, scope.provinceCode);
        if (!code)
            return Error {Error::Kind::Usage, code.error().message};
        scope.level = Level::District;
        scope.code = *code;
        scope.provinceCode = wilayah.district(*code)->provinceCode;
    }
    return scope;
}

Result<std::unique_ptr<Analysis>> loadAnalysis(const Store &store, const QString &cutoffText)
{
    Result<QList<QDate>> cutoffs = store.cutoffs();
    if (!cutoffs)
        return cutoffs.error();
    if (cutoffs->isEmpty())
        return Error {Error::Kind::Input,
                      CliTr::tr("%1 holds no data yet: import a file first (or run 'demo')")
                          .arg(QFileInfo(store.path()).fileName())};
    QDate cutoff = cutoffs->last();
    if (!cutoffText.isEmpty()) {
        Result<QDate> parsed = parseCutoff(cutoffText);
        if (!parsed)
            return parsed.error();
        if (!cutoffs->contains(*parsed)) {
            QStringList known;
            for (const QDate &date : std::as_const(*cutoffs))
                known.append(date.toString(Qt::ISODate));
            return Error {Error::Kind::Input,
                          CliTr::tr("no data for cut-off %1; the database holds %2")
                              .arg(parsed->toString(Qt::ISODate), known.join(u", "_s))};
        }
        cutoff = *parsed;
    }
    Result<Snapshot> snapshot = store.loadSnapshot(cutoff);
    if (!snapshot)
        return snapshot.error();
    return std::make_unique<Analysis>(std::move(*snapshot));
}

Result<Criteria> parseCriteriaOption(const QString &text)
{
    Criteria criteria = Criteria::Sisdmk;
    if (!parseCriteria(text.trimmed().toLower(), &criteria))
        return Error {Error::Kind::Usage,
                      CliTr::tr("unknown criteria '%1' (sisdmk, registered or rpjmn)").arg(text)};
    return criteria;
}

Result<Status> parseStatusOption(const QString &text)
{
    Status status = Status::All;
    if (!parseStatus(text.trimmed().toLower(), &status))
        return Error {Error::Kind::Usage, CliTr::tr("unknown status '%1' (all or asn)").arg(text)};
    return status;
}

ViewOptions::ViewOptions(bool withDistrict)
    : withDistrict(withDistrict)
    , db(dbOption())
    , province(provinceOption())
    , district(districtOption())
    , criteria(criteriaOption())
    , status(statusOption())
    , cutoff(cutoffOption())
    , bands(u"bands"_s,
            CliTr::tr("Upper limits of the red, orange and light green bands (default 25,50,75; "
                      "other ministry pages use 50,80,99)."),
            u"R,O,L"_s, BandSettings().toText())
{
}

void ViewOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({db, province, criteria, status, cutoff, bands});
    if (withDistrict)
        parser.addOption(district);
}

Result<View> openView(const QCommandLineParser &parser, const ViewOptions &options,
                      Store::OpenMode mode)
{
    if (!parser.isSet(options.db))
        return Error {Error::Kind::Usage, CliTr::tr("--db is required")};
    View view;
    Result<Criteria> criteria = parseCriteriaOption(parser.value(options.criteria));
    if (!criteria)
        return criteria.error();
    view.criteria = *criteria;
    Result<Status> status = parseStatusOption(parser.value(options.status));
    if (!status)
        return status.error();
    view.status = *status;
    Result<Scope> scope
        = resolveScope(parser.value(options.province),
                       options.withDistrict ? parser.value(options.district) : QString());
    if (!scope)
        return scope.error();
    view.scope = *scope;
    if (parser.isSet(options.cutoff)) {
        if (Result<QDate> date = parseCutoff(parser.value(options.cutoff)); !date)
            return date.error();
    }
    const std::optional<BandSettings> bands = BandSettings::fromText(parser.value(options.bands));
    if (!bands)
        return Error {
            Error::Kind::Usage,
            CliTr::tr("--bands takes three increasing whole numbers below 100, e.g. 25,50,75")};

    view.store = std::make_unique<Store>();
    if (Result<void> opened = view.store->open(parser.value(options.db), mode); !opened)
        return opened.error();
    Result<std::unique_ptr<Analysis>> analysis
        = loadAnalysis(*view.store, parser.value(options.cutoff));
    if (!analysis)
        return analysis.error();
    view.analysis = std::move(*analysis);
    view.analysis->setBands(*bands);
    if (view.scope.level != Level::National) {
        const RegionSummary any = view.analysis->summary(view.scope.level, view.scope.code,
                                                         Criteria::Sisdmk, Status::All);
        if (any.puskesmas == 0)
            return Error {
                Error::Kind::Input,
                CliTr::tr("no data for %1 at cut-off %2")
                    .arg(any.name, view.analysis->snapshot().cutoff.toString(Qt::ISODate))};
    }
    return view;
}

} // namespace Lengkap::Cli
