#include "scenariodifference.h"

#include <QLocale>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

// "+3", "−2", "0": the sign always shown, a real minus sign as the cards' other figures use.
QString signedNumber(int value)
{
    const QString digits = QLocale().toString(std::abs(value));
    return value > 0 ? u"+"_s + digits : value < 0 ? u"−"_s + digits : digits;
}

} // namespace

QString ScenarioDifference::complete(const RegionSummary &before, const RegionSummary &after)
{
    const QLocale locale;
    //: Indonesian: "%1 Lengkap (%2 → %3)"; %1 is a signed difference ("+3")
    return tr("%1 complete (%2 → %3)")
        .arg(signedNumber(after.complete - before.complete), locale.toString(before.complete),
             locale.toString(after.complete));
}

QString ScenarioDifference::incomplete(const RegionSummary &before, const RegionSummary &after)
{
    const QLocale locale;
    //: Indonesian: "%1 Belum Lengkap · Kekurangan %2 → %3"
    return tr("%1 incomplete · Shortage %2 → %3")
        .arg(signedNumber(after.incomplete() - before.incomplete()),
             locale.toString(before.shortage), locale.toString(after.shortage));
}

QString ScenarioDifference::toolTip()
{
    return tr("Difference the scenario makes to the cut-off's imported data");
}

} // namespace Lengkap
