// lengkap-cli scenario --json (DOMAIN.md §7): place workers in a region and print how many
// Puskesmas become complete, and which Puskesmas receive whom. One JSON object, C locale.
#include "commands.h"
#include "common.h"

#include "nakestypes.h"
#include "scenario.h"

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

QString scenarioJson(const ScenarioResult &r, const QDate &cutoff)
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
                           + jsonString(NakesTypes::at(a.type).key) + u'}');
    }
    const QString assignmentList
        = assignments.isEmpty() ? u"[]"_s : u"[\n"_s + assignments.join(u",\n"_s) + u"\n  ]"_s;
    return objectText(
               {{u"level"_s, jsonString(levelKey(r.level))},
                {u"region"_s, jsonString(r.name)},
                {u"criteria"_s, jsonString(criteriaKey(r.criteria))},
                {u"status"_s, jsonString(statusKey(r.status))},
                {u"cutoff"_s, jsonString(cutoff.toString(Qt::ISODate))},
                {u"placements"_s, placements.isEmpty() ? u"{}"_s : objectText(placements, u"  "_s)},
                {u"before"_s, side(r.completeBefore, r.completePctBefore(), r.shortageBefore)},
                {u"after"_s, side(r.completeAfter, r.completePctAfter(), r.shortageAfter)},
                {u"used"_s, QString::number(r.totalUsed())},
                {u"left_over"_s, QString::number(r.leftOver())},
                {u"assignments"_s, assignmentList}},
               QString())
           + u'\n';
}

} // namespace

int runScenario(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ScenarioTr::tr("Place workers in a region and show how many Puskesmas become complete."));
    const ViewOptions view;
    view.addTo(parser);
    const QCommandLineOption place(
        u"place"_s,
        ScenarioTr::tr("Workers to place, as TYPE=N (repeatable). TYPE is one of: %1.")
            .arg(typeKeys()),
        u"TYPE=N"_s);
    const QCommandLineOption json(u"json"_s, ScenarioTr::tr("Print JSON (the only output form)."));
    parser.addOptions({place, json});
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(ScenarioTr::tr("scenario takes no FILE"));
    if (!parser.isSet(json))
        return usage(ScenarioTr::tr("scenario needs --json"));
    if (!parser.isSet(place))
        return usage(ScenarioTr::tr("scenario needs at least one --place TYPE=N (TYPE one of %1)")
                         .arg(typeKeys()));
    QList<Placement> placements;
    for (const QString &text : parser.values(place)) {
        Result<Placement> placement = parsePlacement(text);
        if (!placement)
            return usage(placement.error().message);
        placements.append(*placement);
    }
    Result<View> opened = openView(parser, view);
    if (!opened)
        return fail(opened.error());
    const ScenarioResult result
        = planScenario(*opened->analysis, opened->scope.level, opened->scope.code, opened->criteria,
                       opened->status, placements);
    out() << scenarioJson(result, opened->analysis->snapshot().cutoff);
    out().flush();
    return Ok;
}

} // namespace Lengkap::Cli
