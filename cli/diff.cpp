// lengkap-cli diff --json (issue 14): a region at two cut-offs, the Puskesmas that became
// complete or lost completeness (and the types they lost), and the districts only one cut-off
// holds (listed, never counted as losses). One JSON object, C locale.
#include "commands.h"
#include "common.h"
#include "jsontext.h"

#include "nakestypes.h"
#include "trend.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {

struct DiffTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

// The fields of summary --json (DOMAIN.md §6).
QString summaryObject(const RegionSummary &s, const QDate &cutoff, Criteria criteria, Status status)
{
    using namespace JsonText;
    Fields missing;
    for (int t = 0; t < NakesTypes::count(); ++t)
        missing.append({NakesTypes::at(t).key, number(s.missingByType.at(t))});
    return object({{u"level"_s, string(levelKey(s.level))},
                   {u"region"_s, string(s.name)},
                   {u"province"_s, s.level == Level::National ? u"null"_s : string(s.provinceName)},
                   {u"cutoff"_s, string(cutoff.toString(Qt::ISODate))},
                   {u"criteria"_s, string(criteriaKey(criteria))},
                   {u"status"_s, string(statusKey(status))},
                   {u"puskesmas"_s, number(s.puskesmas)},
                   {u"complete"_s, number(s.complete)},
                   {u"incomplete"_s, number(s.incomplete())},
                   {u"complete_pct"_s, percent(s.completePct())},
                   {u"incomplete_pct"_s, percent(s.incompletePct())},
                   {u"band"_s, string(bandKey(s.band))},
                   {u"shortage"_s, number(s.shortage)},
                   {u"missing_by_type"_s, object(missing, 2)}},
                  1);
}

} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DiffTr::tr("Compare a region at two cut-offs: which Puskesmas became complete, which "
                   "lost completeness."));
    const ViewOptions view;
    const QCommandLineOption from(u"from"_s, DiffTr::tr("The earlier cut-off."), u"YYYY-MM-DD"_s);
    const QCommandLineOption to(u"to"_s, DiffTr::tr("The later cut-off."), u"YYYY-MM-DD"_s);
    const QCommandLineOption json(u"json"_s, DiffTr::tr("Print JSON (the only output form)."));
    parser.addOptions(
        {view.db, view.province, view.district, view.criteria, view.status, from, to, json});
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(DiffTr::tr("diff takes no FILE"));
    if (!parser.isSet(json))
        return usage(DiffTr::tr("diff needs --json"));
    if (!parser.isSet(from) || !parser.isSet(to))
        return usage(DiffTr::tr("diff needs --from and --to"));
    if (!parser.isSet(view.db))
        return usage(DiffTr::tr("--db is required"));
    for (const QCommandLineOption &option : {from, to}) {
        if (Result<QDate> date = parseCutoff(parser.value(option)); !date)
            return fail(date.error());
    }
    const Result<Criteria> criteria = parseCriteriaOption(parser.value(view.criteria));
    if (!criteria)
        return fail(criteria.error());
    const Result<Status> status = parseStatusOption(parser.value(view.status));
    if (!status)
        return fail(status.error());
    const Result<Scope> scope
        = resolveScope(parser.value(view.province), parser.value(view.district));
    if (!scope)
        return fail(scope.error());

    Store store;
    if (Result<void> opened = openStore(store, parser.value(view.db)); !opened)
        return fail(opened.error());
    Result<std::unique_ptr<Analysis>> before = loadAnalysis(store, parser.value(from));
    if (!before)
        return fail(before.error());
    Result<std::unique_ptr<Analysis>> after = loadAnalysis(store, parser.value(to));
    if (!after)
        return fail(after.error());
    const CutoffDiff d
        = diffCutoffs(**before, **after, scope->level, scope->code, *criteria, *status);

    using namespace JsonText;
    QStringList became;
    for (const CompletenessChange &c : d.becameComplete)
        became.append(c.puskesmas);
    QStringList lost;
    for (const CompletenessChange &c : d.lostCompleteness) {
        QStringList types;
        for (int t : c.types)
            types.append(NakesTypes::at(t).key);
        lost.append(
            object({{u"puskesmas"_s, string(c.puskesmas)}, {u"lost"_s, stringArray(types, 3)}}, 2));
    }
    auto names = [](const QStringList &codes) {
        QStringList list;
        for (const QString &code : codes)
            list.append(districtName(code));
        return list;
    };
    out() << object(
        {{u"before"_s, summaryObject(d.before, (*before)->snapshot().cutoff, *criteria, *status)},
         {u"after"_s, summaryObject(d.after, (*after)->snapshot().cutoff, *criteria, *status)},
         {u"became_complete"_s, stringArray(became, 1)},
         {u"lost_completeness"_s, array(lost, 1)},
         {u"only_in_from"_s, stringArray(names(d.onlyInFrom), 1)},
         {u"only_in_to"_s, stringArray(names(d.onlyInTo), 1)}})
          << u'\n';
    out().flush();
    return Ok;
}

} // namespace Lengkap::Cli
