#include "trend.h"

#include "nakestypes.h"
#include "wilayah.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Lengkap {

namespace {

bool inScope(const QString &districtCode, Level level, const QString &code)
{
    switch (level) {
    case Level::National:
        return true;
    case Level::Province:
        return districtCode.section(u'.', 0, 0) == code;
    case Level::District:
        return districtCode == code;
    }
    return false;
}

// The child region a district belongs to, for the region table.
QString childOf(const QString &districtCode, Level level)
{
    return level == Level::National ? districtCode.section(u'.', 0, 0) : districtCode;
}

} // namespace

QString districtName(const QString &code)
{
    const District *district = Wilayah::instance().district(code);
    return district ? district->shortName : code;
}

bool holdsRegion(const Analysis &analysis, Level level, const QString &code)
{
    switch (level) {
    case Level::National:
        return !analysis.snapshot().puskesmas.isEmpty();
    case Level::Province:
        return analysis.provinceCodes().contains(code);
    case Level::District:
        return analysis.districtCodes().contains(code);
    }
    return false;
}

TrendPoint trendPoint(const Analysis &analysis, Level level, const QString &code, Criteria criteria,
                      Status status)
{
    const RegionSummary s = analysis.summary(level, code, criteria, status);
    return {analysis.snapshot().cutoff, s.puskesmas, s.complete};
}

CutoffDiff diffCutoffs(const Analysis &from, const Analysis &to, Level level, const QString &code,
                       Criteria criteria, Status status)
{
    CutoffDiff diff;
    diff.before = from.summary(level, code, criteria, status);
    diff.after = to.summary(level, code, criteria, status);
    const QString province = level == Level::Province ? code : QString();
    auto districtsOf = [&](const Analysis &a) {
        QSet<QString> set;
        for (const QString &d : a.districtCodes(province)) {
            if (inScope(d, level, code))
                set.insert(d);
        }
        return set;
    };
    const QSet<QString> fromDistricts = districtsOf(from);
    const QSet<QString> toDistricts = districtsOf(to);
    for (const QString &d : fromDistricts) {
        if (!toDistricts.contains(d))
            diff.onlyInFrom.append(d);
    }
    for (const QString &d : toDistricts) {
        if (!fromDistricts.contains(d))
            diff.onlyInTo.append(d);
    }
    std::sort(diff.onlyInFrom.begin(), diff.onlyInFrom.end());
    std::sort(diff.onlyInTo.begin(), diff.onlyInTo.end());

    const int types = NakesTypes::count();
    auto filledMask = [&](const PuskesmasData &p) {
        quint32 mask = 0;
        for (int t = 0; t < types; ++t) {
            if (p.count(t, status) > 0)
                mask |= 1u << t;
        }
        return mask;
    };
    const quint32 all = types == 32 ? ~0u : (1u << types) - 1;
    QHash<qint64, quint32> before; // Puskesmas id -> filled types at the first cut-off
    QMap<QString, RegionChange> regions;
    for (const PuskesmasData &p : from.snapshot().puskesmas) {
        if (!toDistricts.contains(p.districtCode) || !fromDistricts.contains(p.districtCode)
            || !p.inCriteria(criteria))
            continue;
        const quint32 mask = filledMask(p);
        before.insert(p.id, mask);
        RegionChange &r = regions[childOf(p.districtCode, level)];
        ++r.puskesmasFrom;
        r.completeFrom += mask == all;
    }
    for (const PuskesmasData &p : to.snapshot().puskesmas) {
        if (!toDistricts.contains(p.districtCode) || !fromDistricts.contains(p.districtCode)
            || !p.inCriteria(criteria))
            continue;
        const quint32 mask = filledMask(p);
        RegionChange &r = regions[childOf(p.districtCode, level)];
        ++r.puskesmasTo;
        r.completeTo += mask == all;
        const auto was = before.constFind(p.id);
        if (was == before.cend())
            continue; // a Puskesmas new in the second cut-off: neither gained nor lost
        CompletenessChange change {p.id, p.name, p.districtCode, districtName(p.districtCode), {}};
        if (*was != all && mask == all) {
            for (int t = 0; t < types; ++t) {
                if (!(*was & (1u << t)))
                    change.types.append(t);
            }
            diff.becameComplete.append(change);
        } else if (*was == all && mask != all) {
            for (int t = 0; t < types; ++t) {
                if (!(mask & (1u << t)))
                    change.types.append(t);
            }
            diff.lostCompleteness.append(change);
        }
    }
    const Wilayah &wilayah = Wilayah::instance();
    for (auto it = regions.begin(); it != regions.end(); ++it) {
        it->code = it.key();
        if (level == Level::National) {
            it->level = Level::Province;
            const Province *p = wilayah.province(it.key());
            it->name = p ? p->name : it.key();
        } else {
            it->level = Level::District;
            it->name = districtName(it.key());
        }
        diff.regions.append(*it);
    }
    return diff;
}

} // namespace Lengkap
