#pragma once

#include "analysis.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Change between cut-offs (issue 14): the complete percentage of a region over every cut-off
// (a trend line), and what changed between two cut-offs. Pure computation on Analyses; the
// caller loads the cut-offs from the store.
namespace Lengkap {

struct TrendPoint
{
    QDate cutoff;
    int puskesmas = 0;
    int complete = 0;
    double completePct() const { return puskesmas ? 100.0 * complete / puskesmas : 0.0; }
};

// Whether the snapshot holds any Puskesmas of the region (whatever the criteria).
bool holdsRegion(const Analysis &analysis, Level level, const QString &code);
TrendPoint trendPoint(const Analysis &analysis, Level level, const QString &code, Criteria criteria,
                      Status status);

// A Puskesmas whose completeness changed between the two cut-offs, and the types that did it.
struct CompletenessChange
{
    qint64 puskesmasId = 0;
    QString puskesmas;
    QString districtCode;
    QString district; // "Lombok Timur"
    QList<int> types; // gained (became complete) or lost (lost completeness), by type index
};

// One child region (a province of the nation, a district of a province, or the district
// itself) then and now. Counts are over the districts both cut-offs hold, so a district that
// appears or disappears is never a gain or a loss; such districts are listed apart.
struct RegionChange
{
    Level level = Level::District;
    QString code;
    QString name;
    int puskesmasFrom = 0;
    int completeFrom = 0;
    int puskesmasTo = 0;
    int completeTo = 0;
    int change() const { return completeTo - completeFrom; }
};

struct CutoffDiff
{
    RegionSummary before; // the region at the first cut-off, as its dashboard showed it
    RegionSummary after; // at the second
    QList<CompletenessChange> becameComplete; // snapshot order of the second cut-off
    QList<CompletenessChange> lostCompleteness;
    QList<RegionChange> regions; // children of the region, in code order
    QStringList onlyInFrom; // district codes held by the first cut-off only
    QStringList onlyInTo; // by the second only
};

// Compares Puskesmas (by identity) in districts both cut-offs hold, under criteria and status.
CutoffDiff diffCutoffs(const Analysis &from, const Analysis &to, Level level, const QString &code,
                       Criteria criteria, Status status);

// "Lombok Timur" for "52.03"; the code itself when unknown.
QString districtName(const QString &code);

} // namespace Lengkap
