// lengkap-cli scenario list|show|delete (issue 14): the saved scenarios the window also sees.
// JSON on stdout, as the rest of the CLI; delete backs the database up first.
#include "commands.h"
#include "common.h"
#include "jsontext.h"

#include "nakestypes.h"
#include "scenarioworkspace.h"
#include "trend.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {

struct ScenarioDocsTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

QString dateTime(const QDateTime &at)
{
    return JsonText::string(at.toUTC().toString(Qt::ISODate));
}

QString side(const RegionSummary &s)
{
    using namespace JsonText;
    return object({{u"puskesmas"_s, number(s.puskesmas)},
                   {u"complete"_s, number(s.complete)},
                   {u"complete_pct"_s, percent(s.completePct())},
                   {u"shortage"_s, number(s.shortage)}},
                  1);
}

QString changeObject(const ScenarioChange &c, const Snapshot &snapshot)
{
    using namespace JsonText;
    auto name = [&snapshot](qint64 id) {
        for (const PuskesmasData &p : snapshot.puskesmas) {
            if (p.id == id)
                return string(p.name);
        }
        return u"null"_s;
    };
    Fields fields {{u"kind"_s, string(ScenarioChange::kindKey(c.kind))},
                   {u"puskesmas"_s, name(c.puskesmasId)}};
    if (c.kind == ScenarioChange::Kind::Move)
        fields.append({u"to"_s, name(c.toPuskesmasId)});
    fields.append({u"type"_s, string(NakesTypes::at(c.type).key)});
    fields.append({u"status"_s, string(c.asn ? u"asn"_s : u"non_asn"_s)});
    fields.append({u"count"_s, number(c.count)});
    fields.append({u"description"_s, string(describeChange(c, snapshot))});
    QString text = object(fields, 2);
    return text;
}

} // namespace

int runScenarioDocument(const QString &action, const QStringList &arguments)
{
    QStringList own = arguments.mid(2);
    own.prepend(arguments.value(0) + u' ' + action);
    QCommandLineParser parser;
    if (action == u"list"_s)
        parser.setApplicationDescription(ScenarioDocsTr::tr("List the saved scenarios."));
    else if (action == u"show"_s)
        parser.setApplicationDescription(
            ScenarioDocsTr::tr("Show a saved scenario: its changes and their effect on a region."));
    else
        parser.setApplicationDescription(
            ScenarioDocsTr::tr("Delete a saved scenario (the database is backed up first)."));
    const ViewOptions view;
    const QCommandLineOption json(u"json"_s, ScenarioDocsTr::tr("Print JSON (the default)."));
    parser.addOptions({view.db, json});
    if (action == u"show"_s)
        parser.addOptions({view.province, view.district, view.criteria, view.status});
    if (action != u"list"_s)
        parser.addPositionalArgument(u"NAME"_s, ScenarioDocsTr::tr("The scenario's name."));
    int code = Ok;
    if (!parse(parser, own, &code))
        return code;
    const QStringList names = parser.positionalArguments();
    if (action == u"list"_s && !names.isEmpty())
        return usage(ScenarioDocsTr::tr("scenario list takes no NAME"));
    if (action != u"list"_s && names.size() != 1)
        return usage(ScenarioDocsTr::tr("scenario %1 needs one NAME").arg(action));
    if (!parser.isSet(view.db))
        return usage(ScenarioDocsTr::tr("--db is required"));
    Criteria criteria = Criteria::Sisdmk;
    Status status = Status::All;
    Scope scope;
    if (action == u"show"_s) {
        const Result<Criteria> c = parseCriteriaOption(parser.value(view.criteria));
        if (!c)
            return fail(c.error());
        const Result<Status> s = parseStatusOption(parser.value(view.status));
        if (!s)
            return fail(s.error());
        const Result<Scope> r
            = resolveScope(parser.value(view.province), parser.value(view.district));
        if (!r)
            return fail(r.error());
        criteria = *c;
        status = *s;
        scope = *r;
    }

    Store store;
    if (Result<void> opened = openStore(store, parser.value(view.db)); !opened)
        return fail(opened.error());
    using namespace JsonText;
    if (action == u"list"_s) {
        const Result<QList<ScenarioInfo>> list = store.scenarios();
        if (!list)
            return fail(list.error());
        QStringList items;
        for (const ScenarioInfo &info : *list)
            items.append(object({{u"name"_s, string(info.name)},
                                 {u"cutoff"_s, string(info.cutoff.toString(Qt::ISODate))},
                                 {u"changes"_s, number(info.changes)},
                                 {u"created_at"_s, dateTime(info.createdAt)},
                                 {u"modified_at"_s, dateTime(info.modifiedAt)}},
                                2));
        out() << object({{u"scenarios"_s, array(items, 1)}}) << u'\n';
        out().flush();
        return Ok;
    }
    if (action == u"delete"_s) {
        const Result<QString> backup = store.deleteScenario(names.first());
        if (!backup)
            return fail(backup.error());
        out() << object({{u"deleted"_s, string(names.first())},
                         {u"backup"_s, string(QDir::toNativeSeparators(*backup))}})
              << u'\n';
        out().flush();
        return Ok;
    }
    Result<ScenarioDocument> document = store.loadScenario(names.first());
    if (!document)
        return fail(document.error());
    Result<std::unique_ptr<Analysis>> analysis
        = loadAnalysis(store, document->cutoff.toString(Qt::ISODate));
    if (!analysis)
        return fail(analysis.error());
    const ScenarioWorkspace workspace((*analysis)->snapshot(), *document);
    QStringList changes;
    for (const ScenarioChange &c : workspace.changes())
        changes.append(changeObject(c, workspace.baseline()->snapshot()));
    const RegionSummary before
        = workspace.baseline()->summary(scope.level, scope.code, criteria, status);
    const RegionSummary after
        = workspace.analysis()->summary(scope.level, scope.code, criteria, status);
    out() << object({{u"name"_s, string(document->name)},
                     {u"cutoff"_s, string(document->cutoff.toString(Qt::ISODate))},
                     {u"created_at"_s, dateTime(document->createdAt)},
                     {u"modified_at"_s, dateTime(document->modifiedAt)},
                     {u"level"_s, string(levelKey(scope.level))},
                     {u"region"_s, string(before.name)},
                     {u"criteria"_s, string(criteriaKey(criteria))},
                     {u"status"_s, string(statusKey(status))},
                     {u"before"_s, side(before)},
                     {u"after"_s, side(after)},
                     {u"changes"_s, array(changes, 1)},
                     {u"warnings"_s, stringArray(workspace.warnings(), 1)}})
          << u'\n';
    out().flush();
    return Ok;
}

} // namespace Lengkap::Cli
