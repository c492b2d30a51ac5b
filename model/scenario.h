#pragma once

#include "types.h"

#include <QList>
#include <QString>

// Planners' scenarios (DOMAIN.md §7): "if we place 12 dentists and 5 ATLM in this region, how
// many Puskesmas become complete?". Pure computation on an Analysis: no SQL, no writes.
namespace Lengkap {

class Analysis;

struct Placement
{
    int type = 0; // NakesTypes index
    int count = 0; // workers to place, >= 0
};

// One worker of a type going to one Puskesmas's empty cell.
struct Assignment
{
    qint64 puskesmasId = 0;
    QString puskesmasCode;
    QString puskesmas; // name
    QString districtCode; // "52.03"
    QString district; // "Lombok Timur", as the dashboard writes it
    int type = 0;
    bool completes = false; // the Puskesmas is complete after the scenario
};

struct ScenarioResult
{
    Level level = Level::National;
    QString code;
    QString name; // "Indonesia", "Nusa Tenggara Barat", "Lombok Timur"
    Criteria criteria = Criteria::Sisdmk;
    Status status = Status::All;
    QList<int> placed; // workers asked for, by type index (placements of one type summed)
    QList<int> used; // workers that went to an empty cell, by type
    int puskesmas = 0;
    int completeBefore = 0;
    int completeAfter = 0;
    int shortageBefore = 0; // empty cells (DOMAIN.md §3)
    int shortageAfter = 0;
    bool optimal = true; // false only when the search hit its limit (see scenario.cpp)
    // Puskesmas that become complete first, then the rest; each in snapshot order.
    QList<Assignment> assignments;

    int totalPlaced() const;
    int totalUsed() const;
    int leftOver() const { return totalPlaced() - totalUsed(); } // more workers than empty cells
    int leftOver(int type) const { return placed.at(type) - used.at(type); }
    double completePctBefore() const
    {
        return puskesmas ? 100.0 * completeBefore / puskesmas : 0.0;
    }
    double completePctAfter() const { return puskesmas ? 100.0 * completeAfter / puskesmas : 0.0; }
};

// Places the workers in the region's Puskesmas (under the criteria, empty cells under the
// status) so that as many Puskesmas as possible become complete, then fills other empty cells
// of the same type, fewest empty cells first. The rule and why it is optimal: scenario.cpp.
ScenarioResult planScenario(const Analysis &analysis, Level level, const QString &code,
                            Criteria criteria, Status status, const QList<Placement> &placements);

} // namespace Lengkap
