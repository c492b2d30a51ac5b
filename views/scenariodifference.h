#pragma once

#include "analysis.h"

#include <QCoreApplication>
#include <QString>

// The difference a scenario makes to the headline cards (issue 14): "+3 Lengkap (74 → 77)" in
// the complete card, "Kekurangan 67 → 52" in the incomplete one, against the cut-off's imported
// data for the same region, criteria and status.
namespace Lengkap {

class ScenarioDifference
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioDifference)
public:
    static QString complete(const RegionSummary &before, const RegionSummary &after);
    static QString incomplete(const RegionSummary &before, const RegionSummary &after);
    static QString toolTip();
};

} // namespace Lengkap
