// lengkap-cli trend --json (issue 14): the complete percentage of a region at every cut-off the
// database holds for it, oldest first. One JSON object, C locale.
#include "commands.h"
#include "common.h"
#include "jsontext.h"

#include "trend.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {

struct TrendTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

} // namespace

int runTrend(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TrendTr::tr("Print the complete percentage of a region at every cut-off that holds it."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption province = provinceOption();
    const QCommandLineOption district = districtOption();
    const QCommandLineOption criteria = criteriaOption();
    const QCommandLineOption status = statusOption();
    const QCommandLineOption json(u"json"_s, TrendTr::tr("Print JSON (the only output form)."));
    parser.addOptions({db, province, district, criteria, status, json});
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(TrendTr::tr("trend takes no FILE"));
    if (!parser.isSet(json))
        return usage(TrendTr::tr("trend needs --json"));
    if (!parser.isSet(db))
        return usage(TrendTr::tr("--db is required"));
    const Result<Criteria> criteriaValue = parseCriteriaOption(parser.value(criteria));
    if (!criteriaValue)
        return fail(criteriaValue.error());
    const Result<Status> statusValue = parseStatusOption(parser.value(status));
    if (!statusValue)
        return fail(statusValue.error());
    const Result<Scope> scope = resolveScope(parser.value(province), parser.value(district));
    if (!scope)
        return fail(scope.error());

    Store store;
    if (Result<void> opened = openStore(store, parser.value(db)); !opened)
        return fail(opened.error());
    const Result<QList<QDate>> cutoffs = store.cutoffs();
    if (!cutoffs)
        return fail(cutoffs.error());
    QStringList points;
    QString region;
    for (const QDate &cutoff : *cutoffs) {
        Result<std::unique_ptr<Analysis>> analysis
            = loadAnalysis(store, cutoff.toString(Qt::ISODate));
        if (!analysis)
            return fail(analysis.error());
        const Analysis &a = **analysis;
        if (region.isEmpty())
            region = a.summary(scope->level, scope->code, *criteriaValue, *statusValue).name;
        if (!holdsRegion(a, scope->level, scope->code))
            continue;
        const TrendPoint p = trendPoint(a, scope->level, scope->code, *criteriaValue, *statusValue);
        points.append(
            JsonText::object({{u"cutoff"_s, JsonText::string(p.cutoff.toString(Qt::ISODate))},
                              {u"puskesmas"_s, JsonText::number(p.puskesmas)},
                              {u"complete"_s, JsonText::number(p.complete)},
                              {u"complete_pct"_s, JsonText::percent(p.completePct())}},
                             2));
    }
    if (points.isEmpty())
        return fail(inputError(TrendTr::tr("no cut-off in %1 holds %2")
                                   .arg(QFileInfo(store.path()).fileName(), region)));
    out() << JsonText::object({{u"region"_s, JsonText::string(region)},
                               {u"level"_s, JsonText::string(levelKey(scope->level))},
                               {u"points"_s, JsonText::array(points, 1)}})
          << u'\n';
    out().flush();
    return Ok;
}

} // namespace Lengkap::Cli
