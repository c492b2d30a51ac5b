// lengkap-cli scenario --json (DOMAIN.md §7): place workers in a region and print how many
// Puskesmas become complete, and which Puskesmas receive whom. One JSON object, C locale.
// Issue 14: a total of any types (--total), on top of a saved scenario (--from), saved as a
// scenario (--save); and `scenario list|show|delete` (scenariodocs.cpp).
#include "commands.h"
#include "common.h"

#include "nakestypes.h"
#include "scenario.h"
#include "scenarioworkspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {

struct ScenarioTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

QString typeKeys()
{
    QStringList keys;
    for (const NakesType &type : NakesTypes::all())
        keys.append(type.key);
    return keys.join(u", "_s);
}

// TYPE=N, N a whole number >= 0; the type by key.
Result<Placement> parsePlacement(const QString &text)
{
    const qsizetype equals = text.indexOf(u'=');
    const QString key = text.left(equals).trimmed().toLower();
    const int type = NakesTypes::indexOf(key);
    if (equals < 0 || type < 0) {
        return Error {Error::Kind::Usage,
                      ScenarioTr::tr("--place '%1': expected TYPE=N with TYPE one of %2")
                          .arg(text, typeKeys())};
    }
    bool ok = false;
    const int count = text.mid(equals + 1).trimmed().toInt(&ok);
    if (!ok || count < 0) {
        return Error {
            Error::Kind::Usage,
            ScenarioTr::tr("--place '%1': N must be a whole number, 0 or more").arg(text)};
    }
    return Placement {type, count};
}

// DOMAIN.md §3: percentages with 2 decimals, '.' as the separator whatever the UI language.
QString percent(double value)
{
    return QString::number(value, 'f', 2);
}

QString objectText(const QList<std::pair<QString, QString>> &fields, const QString &indent)
{
    QStringList lines;
    for (const auto &[key, value] : fields)
        lines.append(indent + u"  \""_s + key + u"\": "_s + value);
    return u"{\n"_s + lines.join(u",\n"_s) + u'\n' + indent + u'}';
}

QString jsonString(const QString &text)
{
    const QByteArray json
        = QJsonDocument(QJsonArray {QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString reasonKey(Assignment::Reason reason)
{
    switch (reason) {
    case Assignment::Reason::Completes:
        return u"completes"_s;
    case Assignment::Reason::FillsEmptyCell:
        return u"fills_empty_cell"_s;
    case Assignment::Reason::SkmShortage:
        return u"skm_shortage"_s;
    }
    return {};
}

QString scenarioJson(const ScenarioResult &r, const QDate &cutoff,
                     const QList<std::pair<QString, QString>> &extra)
{
    auto side = [&r](int complete, double pct, int shortage) {
        return objectText({{u"puskesmas"_s, QString::number(r.puskesmas)},
                           {u"complete"_s, QString::number(complete)},
                           {u"complete_pct"_s, percent(pct)},
                           {u"shortage"_s, QString::number(shortage)}},
                          u"  "_s);
    };
    QList<std::pair<QString, QString>> placements;
    for (int t = 0; t < NakesTypes::count(); ++t) {
        if (r.placed.at(t) > 0)
            placements.append({NakesTypes::at(t).key, QString::number(r.placed.at(t))});
    }
    QStringList assignments;
    for (const Assignment &a : r.assignments) {
        assignments.append(u"    {\"puskesmas\": "_s + jsonString(a.puskesmas)
                           + u", \"district\": "_s + jsonString(a.district) + u", \"type\": "_s
                           + jsonString(NakesTypes::at(a.type).key) + u", \"count\": "_s
                           + QString::number(a.count) + u", \"reason\": "_s
                           + jsonString(reasonKey(a.reason)) + u", \"why\": "_s
                           + jsonString(a.explanation()) + u'}');
    }
    const QString assignmentList
        = assignments.isEmpty() ? u"[]"_s : u"[\n"_s + assignments.join(u",\n"_s) + u"\n  ]"_s;
    QList<std::pair<QString, QString>> fields {
        {u"level"_s, jsonString(levelKey(r.level))},
        {u"region"_s, jsonString(r.name)},
        {u"criteria"_s, jsonString(criteriaKey(r.criteria))},
        {u"status"_s, jsonString(statusKey(r.status))},
        {u"cutoff"_s, jsonString(cutoff.toString(Qt::ISODate))},
        {u"placements"_s, placements.isEmpty() ? u"{}"_s : objectText(placements, u"  "_s)},
        {u"before"_s, side(r.completeBefore, r.completePctBefore(), r.shortageBefore)},
        {u"after"_s, side(r.completeAfter, r.completePctAfter(), r.shortageAfter)},
        {u"used"_s, QString::number(r.totalUsed())},
        {u"left_over"_s, QString::number(r.leftOver())},
        {u"assignments"_s, assignmentList}};
    if (r.total > 0)
        fields.insert(6, {u"total"_s, QString::number(r.total)});
    if (r.totalSkm() > 0)
        fields.insert(fields.size() - 2, {u"skm"_s, QString::number(r.totalSkm())});
    fields.append(extra);
    return objectText(fields, QString()) + u'\n';
}

} // namespace

int runScenario(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == u"list"_s || action == u"show"_s || action == u"delete"_s)
        return runScenarioDocument(action, arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ScenarioTr::tr("Place workers in a region and show how many Puskesmas become complete. "
                       "'scenario list|show NAME|delete NAME --db DB' manage saved scenarios."));
    const ViewOptions view;
    view.addTo(parser);
    const QCommandLineOption place(
        u"place"_s,
        ScenarioTr::tr("Workers to place, as TYPE=N (repeatable). TYPE is one of: %1.")
            .arg(typeKeys()),
        u"TYPE=N"_s);
    const QCommandLineOption total(
        u"total"_s,
        ScenarioTr::tr("A total of N workers of any types, placed where they complete "
                       "the most Puskesmas."),
        u"N"_s);
    const QCommandLineOption from(
        u"from"_s, ScenarioTr::tr("Start from the saved scenario NAME (and its cut-off)."),
        u"NAME"_s);
    const QCommandLineOption save(
        u"save"_s,
        ScenarioTr::tr("Save the result as the scenario NAME (the --from scenario's changes, then "
                       "the placements)."),
        u"NAME"_s);
    const QCommandLineOption noLeftovers(
        u"no-skm-leftovers"_s,
        ScenarioTr::tr("Leave workers that complete no Puskesmas unplaced (by default they go "
                       "where the SKM shortage is largest)."));
    const QCommandLineOption json(u"json"_s, ScenarioTr::tr("Print JSON (the only output form)."));
    parser.addOptions({place, total, from, save, noLeftovers, json});
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(ScenarioTr::tr("scenario takes no FILE"));
    if (!parser.isSet(json))
        return usage(ScenarioTr::tr("scenario needs --json"));
    if (!parser.isSet(place) && !parser.isSet(total))
        return usage(ScenarioTr::tr("scenario needs at least one --place TYPE=N (TYPE one of %1) "
                                    "or --total N")
                         .arg(typeKeys()));
    if (parser.isSet(place) && parser.isSet(total))
        return usage(ScenarioTr::tr("--place and --total cannot be used together"));
    if (parser.isSet(save) && parser.value(save).trimmed().isEmpty())
        return usage(ScenarioTr::tr("--save needs a NAME"));
    ProposalRequest request;
    request.leftoverToSkm = !parser.isSet(noLeftovers);
    for (const QString &text : parser.values(place)) {
        Result<Placement> placement = parsePlacement(text);
        if (!placement)
            return usage(placement.error().message);
        request.placements.append(*placement);
    }
    if (parser.isSet(total)) {
        bool ok = false;
        request.total = parser.value(total).toInt(&ok);
        if (!ok || request.total < 1)
            return usage(ScenarioTr::tr("--total N: N must be a whole number, 1 or more"));
    }
    // Only --save writes (a new scenario document); a plain proposal reads.
    Result<View> opened = openView(
        parser, view, parser.isSet(save) ? Store::OpenMode::ReadWrite : Store::OpenMode::ReadOnly);
    if (!opened)
        return fail(opened.error());
    Store &store = *opened->store;

    // --from: the saved scenario's changes applied to its own cut-off.
    ScenarioDocument document;
    document.cutoff = opened->analysis->snapshot().cutoff;
    if (parser.isSet(from)) {
        Result<ScenarioDocument> loaded = store.loadScenario(parser.value(from));
        if (!loaded)
            return fail(loaded.error());
        if (loaded->cutoff != document.cutoff) {
            if (parser.isSet(view.cutoff))
                return usage(ScenarioTr::tr("scenario '%1' is on cut-off %2, not %3")
                                 .arg(loaded->name, loaded->cutoff.toString(Qt::ISODate),
                                      document.cutoff.toString(Qt::ISODate)));
            Result<std::unique_ptr<Analysis>> analysis
                = loadAnalysis(store, loaded->cutoff.toString(Qt::ISODate));
            if (!analysis)
                return fail(analysis.error());
            opened->analysis = std::move(*analysis);
        }
        document = std::move(*loaded);
    }
    const ScenarioWorkspace workspace(opened->analysis->snapshot(), document,
                                      opened->analysis->bands());
    const ScenarioResult result
        = planProposal(*workspace.analysis(), opened->scope.level, opened->scope.code,
                       opened->criteria, opened->status, request);
    QList<std::pair<QString, QString>> extra;
    if (parser.isSet(from))
        extra.append({u"from"_s, jsonString(document.name)});
    if (parser.isSet(save)) {
        ScenarioDocument saved = workspace.document();
        saved.changes.append(proposalChanges(result));
        saved.name = parser.value(save).trimmed();
        if (saved.name != document.name)
            saved.id = 0; // a new scenario; the --from one stays as it was
        Result<qint64> id = store.saveScenario(saved);
        if (!id)
            return fail(id.error());
        extra.append(
            {u"saved"_s, objectText({{u"name"_s, jsonString(saved.name)},
                                     {u"changes"_s, QString::number(saved.changes.size())}},
                                    u"  "_s)});
    }
    out() << scenarioJson(result, workspace.snapshot().cutoff, extra);
    out().flush();
    return Ok;
}

} // namespace Lengkap::Cli
