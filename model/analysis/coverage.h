#pragma once

#include "analysis.h"
#include "types.h"

#include <QCoreApplication>
#include <QString>

// How much of a region a cut-off covers, and the region a window opens at (issue 12 §1). An
// officer's database holds one district: a national headline over it must say that it covers
// "1 of 514 districts", and the window should open at that district, not at "Indonesia".
// Computed here, in the engine, so the window, the printouts and the CLI say the same.
namespace Lengkap {

struct RegionCoverage
{
    int districtsWithData = 0; // districts of the region with Puskesmas in the cut-off
    int districtsInRegion = 0; // districts of the region in the wilayah list
    // Fewer districts hold data than the region has: say so next to every figure of the region.
    bool partial() const { return districtsWithData < districtsInRegion; }
};

struct RegionRef
{
    Level level = Level::National;
    QString code; // "" for the nation, "36", "36.02"
    friend bool operator==(const RegionRef &, const RegionRef &) = default;
};

class Coverage
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Coverage)

public:
    // Above district level: districts with data against the wilayah list's districts. A
    // district covers itself (1 of 1).
    static RegionCoverage of(const Analysis &analysis, Level level, const QString &code);

    // The smallest region holding every Puskesmas of the cut-off: one district -> that
    // district, one province -> that province, else (or when empty) the nation.
    static RegionRef homeRegion(const Analysis &analysis);

    // "contains 1 of 514 districts" (national), "contains 1 of 8 districts in Banten"
    // (province); empty when the region is covered whole or at district level.
    static QString note(const RegionCoverage &coverage, Level level,
                        const QString &provinceName = {});
    // The note for a region of the analysis, or empty.
    static QString note(const Analysis &analysis, Level level, const QString &code);
};

} // namespace Lengkap
