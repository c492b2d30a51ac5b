// lengkap-cli summary --json (DOMAIN.md §6): one JSON object, in the C locale.
#include "commands.h"
#include "common.h"

#include "coverage.h"
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
    const QByteArray json
        = QJsonDocument(QJsonArray {QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// DOMAIN.md §3: percentages with 2 decimals, '.' as the separator whatever the UI language.
QString percent(double value)
{
    return QString::number(value, 'f', 2);
}

QString summaryJson(const RegionSummary &s, const QDate &cutoff, Criteria criteria, Status status,
                    const RegionCoverage &coverage)
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
    // Above district level, how much of the region the cut-off holds (issue 12): a national
    // figure over one district's data says "1 of 514".
    if (s.level != Level::District) {
        add("districts_with_data", QString::number(coverage.districtsWithData));
        add("districts_in_region", QString::number(coverage.districtsInRegion));
    }
    return u"{\n"_s + fields.join(u",\n"_s) + u"\n}\n"_s;
}

} // namespace

int runSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SummaryTr::tr("Print the completeness of the nation, a province or a district."));
    const ViewOptions view;
    view.addTo(parser);
    const QCommandLineOption json(u"json"_s, SummaryTr::tr("Print JSON (the only output form)."));
    parser.addOption(json);
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(SummaryTr::tr("summary takes no FILE"));
    if (!parser.isSet(json))
        return usage(SummaryTr::tr("summary needs --json"));
    Result<View> opened = openView(parser, view);
    if (!opened)
        return fail(opened.error());
    const Analysis &analysis = *opened->analysis;
    const RegionSummary summary = analysis.summary(opened->scope.level, opened->scope.code,
                                                   opened->criteria, opened->status);
    out() << summaryJson(summary, analysis.snapshot().cutoff, opened->criteria, opened->status,
                         Coverage::of(analysis, opened->scope.level, opened->scope.code));
    out().flush();
    return Ok;
}

} // namespace Lengkap::Cli
