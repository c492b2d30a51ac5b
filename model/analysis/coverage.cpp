#include "coverage.h"

#include "wilayah.h"

#include <QLocale>

namespace Lengkap {

RegionCoverage Coverage::of(const Analysis &analysis, Level level, const QString &code)
{
    RegionCoverage coverage;
    const Wilayah &wilayah = Wilayah::instance();
    switch (level) {
    case Level::National:
        coverage.districtsInRegion = int(wilayah.districts().size());
        coverage.districtsWithData = int(analysis.districtCodes().size());
        break;
    case Level::Province:
        coverage.districtsInRegion = int(wilayah.districtsOf(code).size());
        coverage.districtsWithData = int(analysis.districtCodes(code).size());
        break;
    case Level::District:
        coverage.districtsInRegion = 1;
        coverage.districtsWithData = analysis.districtCodes().contains(code) ? 1 : 0;
        break;
    }
    return coverage;
}

RegionRef Coverage::homeRegion(const Analysis &analysis)
{
    const QStringList districts = analysis.districtCodes();
    if (districts.size() == 1)
        return {Level::District, districts.first()};
    const QStringList provinces = analysis.provinceCodes();
    if (provinces.size() == 1)
        return {Level::Province, provinces.first()};
    return {};
}

QString Coverage::note(const RegionCoverage &coverage, Level level, const QString &provinceName)
{
    if (level == Level::District || !coverage.partial())
        return {};
    const QLocale locale;
    const QString with = locale.toString(coverage.districtsWithData);
    const QString all = locale.toString(coverage.districtsInRegion);
    if (level == Level::National) {
        //: Indonesian: "berisi %1 dari %2 kabupaten/kota"
        return tr("contains %1 of %2 districts").arg(with, all);
    }
    //: Indonesian: "berisi %1 dari %2 kabupaten/kota di %3"
    return tr("contains %1 of %2 districts in %3").arg(with, all, provinceName);
}

QString Coverage::note(const Analysis &analysis, Level level, const QString &code)
{
    QString provinceName;
    if (level == Level::Province) {
        if (const Province *province = Wilayah::instance().province(code))
            provinceName = province->name;
    }
    return note(of(analysis, level, code), level, provinceName);
}

} // namespace Lengkap
