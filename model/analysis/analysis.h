#pragma once

#include "snapshot.h"
#include "types.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

// The one engine behind the window, the CLI and printouts (DOMAIN.md §3): summaries and child
// rows of a region for a criteria and status, computed in memory from a Snapshot.
namespace Lengkap {

// Band limits on the rounded complete percentage (DOMAIN.md §3). Settings, not constants.
struct BandSettings
{
    int redMax = 25; // 0..redMax -> Red
    int orangeMax = 50; // ..orangeMax -> Orange
    int lightGreenMax = 75; // ..lightGreenMax -> LightGreen; above -> DarkGreen
    Band bandFor(double completePct) const;

    // "25,50,75": the three upper limits, for settings files and --bands. fromText() refuses
    // anything but three increasing whole numbers below 100.
    QString toText() const;
    static std::optional<BandSettings> fromText(const QString &text);
    // The limits other ministry pages use: 0-50 / 51-80 / 81-99 / 100 (DOMAIN.md §3).
    static BandSettings ministryAlternative() { return {50, 80, 99}; }
    friend bool operator==(const BandSettings &, const BandSettings &) = default;
};

struct RegionSummary
{
    Level level = Level::National;
    QString code; // "" for the nation, "52", "52.03"
    QString name; // "Indonesia", "Nusa Tenggara Barat", "Lombok Timur"
    QString provinceCode; // the province of a district or province; "" for the nation
    QString provinceName;
    int puskesmas = 0;
    int complete = 0;
    int shortage = 0; // empty cells: fewest workers to complete every Puskesmas
    QList<int> missingByType; // Puskesmas without a worker of each type
    Band band = Band::Red;

    int incomplete() const { return puskesmas - complete; }
    // 0 when there are no Puskesmas; unrounded (round to 2 decimals only when showing).
    double completePct() const { return puskesmas ? 100.0 * complete / puskesmas : 0.0; }
    double incompletePct() const { return puskesmas ? 100.0 - completePct() : 0.0; }
};

struct PuskesmasRow
{
    const PuskesmasData *data = nullptr; // owned by the Analysis' snapshot
    QList<int> counts; // count(type, status) by type
    int emptyCells = 0;
    bool complete() const { return emptyCells == 0; }
    FillState fill(int type) const
    {
        return counts.at(type) > 0 ? FillState::Filled : FillState::Empty;
    }
};

class Analysis
{
public:
    explicit Analysis(Snapshot snapshot, BandSettings bands = {});

    const Snapshot &snapshot() const { return m_snapshot; }
    const BandSettings &bands() const { return m_bands; }
    void setBands(const BandSettings &bands) { m_bands = bands; }

    // Summary of one region; an unknown or empty code at a level gives puskesmas == 0.
    RegionSummary summary(Level level, const QString &code, Criteria criteria, Status status) const;
    RegionSummary national(Criteria criteria, Status status) const;
    // Children with Puskesmas in the snapshot, in code order.
    QList<RegionSummary> provinces(Criteria criteria, Status status) const;
    QList<RegionSummary> districts(const QString &provinceCode, Criteria criteria,
                                   Status status) const;
    QList<PuskesmasRow> puskesmas(const QString &districtCode, Criteria criteria,
                                  Status status) const;

    // Province codes and district codes that hold data in this snapshot.
    QStringList provinceCodes() const;
    QStringList districtCodes(const QString &provinceCode = {}) const;

private:
    struct Index; // per-Puskesmas fill masks and region ranges, built once
    RegionSummary makeSummary(Level level, const QString &code) const;

    Snapshot m_snapshot;
    BandSettings m_bands;
    std::shared_ptr<const Index> m_index;
};

} // namespace Lengkap
