// lengkap-cli summary --json (DOMAIN.md §6): one JSON object, in the C locale.
#include "commands.h"
#include "common.h"

#include "nakestypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {

struct SummaryTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

QString jsonString(const QString &text)
{
    // QJsonDocument escapes; strip the array brackets around the single value.
    const QByteArray json = QJsonDocument(QJsonArray{QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// DOMAIN.md §3: percentages with 2 decimals, '.' as the separator whatever the UI language.
QString percent(double value)
{
    return QString::number(value, 'f', 2);
}

QString summaryJson(const RegionSummary &s, const QDate &cutoff, Criteria criteria, Status status)
{
    QStringList fields;
    auto add = [&fields](const char *key, const QString &value) {
        fields.append(u"  \""_s + QString::fromLatin1(key) + u"\": "_s + value);
    };
    add("level", jsonString(levelKey(s.level)));
    add("region", jsonString(s.name));
    add("province", s.level == Level::National ? u"null"_s : jsonString(s.provinceName));
    add("cutoff", jsonString(cutoff.toString(Qt::ISODate)));
    add("criteria", jsonString(criteriaKey(criteria)));
    add("status", jsonString(statusKey(status)));
    add("puskesmas", QString::number(s.puskesmas));
    add("complete", QString::number(s.complete));
    add("incomplete", QString::number(s.incomplete()));
    add("complete_pct", percent(s.completePct()));
    add("incomplete_pct", percent(s.incompletePct()));
    add("band", jsonString(bandKey(s.band)));
    add("shortage", QString::number(s.shortage));
    QStringList missing;
    for (int t = 0; t < NakesTypes::count(); ++t)
        missing.append(u"    "_s + jsonString(NakesTypes::at(t).key) + u": "_s
                       + QString::number(s.missingByType.at(t)));
    add("missing_by_type", u"{\n"_s + missing.join(u",\n"_s) + u"\n  }"_s);
    return u"{\n"_s + fields.join(u",\n"_s) + u"\n}\n"_s;
}

} // namespace

int runSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SummaryTr::tr("Print the completeness of the nation, a province or a district."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption province = provinceOption();
    const QCommandLineOption district = districtOption();
    const QCommandLineOption criteria = criteriaOption();
    const QCommandLineOption status = statusOption();
    const QCommandLineOption cutoff = cutoffOption();
    const QCommandLineOption json(u"json"_s, SummaryTr::tr("Print JSON (the only output form)."));
    parser.addOptions({db, province, district, criteria, status, cutoff, json});
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(SummaryTr::tr("summary takes no FILE"));
    if (!parser.isSet(db))
        return usage(SummaryTr::tr("--db is required"));
    if (!parser.isSet(json))
        return usage(SummaryTr::tr("summary needs --json"));
    Result<Criteria> criteriaValue = parseCriteriaOption(parser.value(criteria));
    if (!criteriaValue)
        return fail(criteriaValue.error());
    Result<Status> statusValue = parseStatusOption(parser.value(status));
    if (!statusValue)
        return fail(statusValue.error());
    Result<Scope> scope = resolveScope(parser.value(province), parser.value(district));
    if (!scope)
        return fail(scope.error());
    if (parser.isSet(cutoff)) {
        if (Result<QDate> date = parseCutoff(parser.value(cutoff)); !date)
            return fail(date.error());
    }

    Store store;
    if (Result<void> opened = openStore(store, parser.value(db)); !opened)
        return fail(opened.error());
    Result<std::unique_ptr<Analysis>> analysis = loadAnalysis(store, parser.value(cutoff));
    if (!analysis)
        return fail(analysis.error());
    const RegionSummary summary = (*analysis)->summary(scope->level, scope->code, *criteriaValue, *statusValue);
    if (scope->level != Level::National
        && (*analysis)->summary(scope->level, scope->code, Criteria::Sisdmk, Status::All).puskesmas == 0) {
        return fail(Error{Error::Kind::Input,
                          SummaryTr::tr("no data for %1 at cut-off %2")
                                  .arg(summary.name,
                                       (*analysis)->snapshot().cutoff.toString(Qt::ISODate))});
    }
    out() << summaryJson(summary, (*analysis)->snapshot().cutoff, *criteriaValue, *statusValue);
    out().flush();
    return Ok;
}

} // namespace Lengkap::Cli
