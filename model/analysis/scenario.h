#pragma once

#include "scenariodocument.h"
#include "skm.h"
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

// Workers of a type going to one Puskesmas, and why (the proposal explains itself).
struct Assignment
{
    enum class Reason {
        Completes, // fills an empty cell, and the Puskesmas is complete after the proposal
        FillsEmptyCell, // fills an empty cell; the Puskesmas still lacks other types
        SkmShortage, // no empty cell of the type was left: where the SKM shortage is largest
    };
    qint64 puskesmasId = 0;
    QString puskesmasCode;
    QString puskesmas; // name
    QString districtCode; // "52.03"
    QString district; // "Lombok Timur", as the dashboard writes it
    int type = 0;
    bool completes = false; // the Puskesmas is complete after the scenario
    int count = 1; // workers (more than 1 only for SkmShortage)
    Reason reason = Reason::FillsEmptyCell;
    bool remote = false; // kategori Terpencil / Sangat Terpencil: chosen first among equals
    bool rawatInap = false; // then rawat inap
    int skmShortage = 0; // SkmShortage: the Puskesmas's SKM shortage of the type before these

    // One sentence for people: "becomes complete", "remote area, chosen first among equals"...
    QString explanation() const;
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
    QList<int> skm; // workers that went where the SKM shortage is largest, by type
    int total = 0; // a total of any types asked for (0: per-type budgets, placed)
    int puskesmas = 0;
    int completeBefore = 0;
    int completeAfter = 0;
    int shortageBefore = 0; // empty cells (DOMAIN.md §3)
    int shortageAfter = 0;
    bool optimal = true; // false only when the search hit its limit (see scenario.cpp)
    // Puskesmas that become complete first, then the rest; each in snapshot order.
    QList<Assignment> assignments;

    int totalPlaced() const; // total, or the sum of the per-type budgets
    int totalUsed() const;
    int totalSkm() const;
    // Workers no cell and no SKM shortage took (more workers than the region can use).
    int leftOver() const { return totalPlaced() - totalUsed() - totalSkm(); }
    int leftOver(int type) const { return placed.at(type) - used.at(type) - skm.at(type); }
    // The Puskesmas that become complete, in result order.
    QStringList completedPuskesmas() const;
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

// An allocation proposal (issue 14): per-type budgets, or a total of any types, in a region
// (nation, province or district; Status::Asn counts and fills ASN cells only). Among equally
// good choices, Puskesmas in remote areas (kategori Terpencil / Sangat Terpencil) come first,
// then rawat inap, then snapshot order; workers no empty cell can take go where the SKM
// shortage of their type is largest (per-type), or of any type (total).
struct ProposalRequest
{
    QList<Placement> placements; // per-type budgets; ignored when total > 0
    int total = 0; // workers of any types
    bool leftoverToSkm = true; // false: leftovers stay unplaced (planScenario above)
    SkmStandards standards;
};
ScenarioResult planProposal(const Analysis &analysis, Level level, const QString &code,
                            Criteria criteria, Status status, const ProposalRequest &request);

// Tie-break keys (documented in the methodology page).
bool isRemote(const QString &kategori); // contains "Terpencil" (Sangat Terpencil included)

} // namespace Lengkap

namespace Lengkap {
// The proposal as scenario changes, one step: the hired workers are added as ASN (new posts are
// PNS / PPPK formations), so the scenario holds under either status.
QList<ScenarioChange> proposalChanges(const ScenarioResult &result);
} // namespace Lengkap
