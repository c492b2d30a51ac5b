#include "analysis.h"

#include "nakestypes.h"
#include "wilayah.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Lengkap {

Band BandSettings::bandFor(double completePct) const
{
    // DOMAIN.md §3: round to a whole number first, then compare with the limits.
    const int rounded = int(std::lround(completePct));
    if (rounded <= redMax)
        return Band::Red;
    if (rounded <= orangeMax)
        return Band::Orange;
    if (rounded <= lightGreenMax)
        return Band::LightGreen;
    return Band::DarkGreen;
}

QString BandSettings::toText() const
{
    return u"%1,%2,%3"_s.arg(redMax).arg(orangeMax).arg(lightGreenMax);
}

std::optional<BandSettings> BandSettings::fromText(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 3)
        return std::nullopt;
    int limits[3] = {};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        limits[i] = parts.at(i).trimmed().toInt(&ok);
        if (!ok || limits[i] < 0 || limits[i] >= 100 || (i > 0 && limits[i] <= limits[i - 1]))
            return std::nullopt;
    }
    return BandSettings {limits[0], limits[1], limits[2]};
}

// Built once per snapshot: a bit per type for "filled" under each status, and the contiguous
// ranges of the snapshot (ordered by district code) that each district and province occupy.
struct Analysis::Index
{
    struct Range
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    QList<quint32> filledAll;
    QList<quint32> filledAsn;
    quint32 allTypes = 0;
    QHash<QString, Range> districts;
    QHash<QString, Range> provinces;
    QStringList districtOrder;
    QStringList provinceOrder;
};

Analysis::Analysis(Snapshot snapshot, BandSettings bands)
    : m_snapshot(std::move(snapshot))
    , m_bands(bands)
{
    // The ranges below need the snapshot ordered by district (the store loads it so); a
    // hand-made snapshot is put in order here, keeping the order within a district.
    // Checked through a const reference first: a snapshot already in order (the store's, a
    // scenario's) is then shared with its source, not copied (bench_scenario).
    auto byDistrict = [](const PuskesmasData &a, const PuskesmasData &b) {
        return a.districtCode < b.districtCode;
    };
    const QList<PuskesmasData> &ordered = m_snapshot.puskesmas;
    if (!std::is_sorted(ordered.cbegin(), ordered.cend(), byDistrict))
        std::stable_sort(m_snapshot.puskesmas.begin(), m_snapshot.puskesmas.end(), byDistrict);
    if (std::any_of(ordered.cbegin(), ordered.cend(),
                    [](const PuskesmasData &p) { return p.provinceCode.isEmpty(); })) {
        for (PuskesmasData &p : m_snapshot.puskesmas) {
            if (p.provinceCode.isEmpty())
                p.provinceCode = p.districtCode.section(u'.', 0, 0);
        }
    }
    auto index = std::make_shared<Index>();
    const int types = NakesTypes::count();
    Q_ASSERT(types <= 32);
    index->allTypes = types == 32 ? ~0u : (1u << types) - 1;
    const QList<PuskesmasData> &all = m_snapshot.puskesmas;
    index->filledAll.reserve(all.size());
    index->filledAsn.reserve(all.size());
    Index::Range *district = nullptr;
    Index::Range *province = nullptr;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const PuskesmasData &p = all.at(i);
        quint32 maskAll = 0;
        quint32 maskAsn = 0;
        for (int t = 0; t < types; ++t) {
            // DOMAIN.md §3: a cell is filled when count >= 1.
            if (p.count(t, Status::All) > 0)
                maskAll |= 1u << t;
            if (p.count(t, Status::Asn) > 0)
                maskAsn |= 1u << t;
        }
        index->filledAll.append(maskAll);
        index->filledAsn.append(maskAsn);
        // Rows of a district (and a province) are contiguous: look the range up once per run.
        if (!district || p.districtCode != index->districtOrder.constLast()) {
            district = &index->districts[p.districtCode];
            if (district->end == 0) {
                district->begin = i;
                index->districtOrder.append(p.districtCode);
            }
        }
        district->end = i + 1;
        if (!province || p.provinceCode != index->provinceOrder.constLast()) {
            province = &index->provinces[p.provinceCode];
            if (province->end == 0) {
                province->begin = i;
                index->provinceOrder.append(p.provinceCode);
            }
        }
        province->end = i + 1;
    }
    m_index = std::move(index);
}

RegionSummary Analysis::makeSummary(Level level, const QString &code) const
{
    RegionSummary s;
    s.level = level;
    s.code = code;
    s.missingByType = QList<int>(NakesTypes::count(), 0);
    const Wilayah &wilayah = Wilayah::instance();
    switch (level) {
    case Level::National:
        s.name = u"Indonesia"_s;
        break;
    case Level::Province:
        s.provinceCode = code;
        if (const Province *p = wilayah.province(code))
            s.name = s.provinceName = p->name;
        break;
    case Level::District:
        if (const District *d = wilayah.district(code)) {
            s.name = d->shortName;
            s.provinceCode = d->provinceCode;
            s.provinceName = wilayah.province(d->provinceCode)->name;
        }
        break;
    }
    return s;
}

RegionSummary Analysis::summary(Level level, const QString &code, Criteria criteria,
                                Status status) const
{
    RegionSummary s = makeSummary(level, code);
    Index::Range range {0, m_snapshot.puskesmas.size()};
    if (level != Level::National) {
        const auto &ranges = level == Level::Province ? m_index->provinces : m_index->districts;
        range = ranges.value(code);
    }
    const QList<quint32> &masks = status == Status::Asn ? m_index->filledAsn : m_index->filledAll;
    const int types = NakesTypes::count();
    for (qsizetype i = range.begin; i < range.end; ++i) {
        if (!m_snapshot.puskesmas.at(i).inCriteria(criteria))
            continue;
        const quint32 filled = masks.at(i);
        ++s.puskesmas;
        const quint32 empty = ~filled & m_index->allTypes;
        if (!empty) {
            ++s.complete;
            continue;
        }
        s.shortage += std::popcount(empty);
        for (int t = 0; t < types; ++t) {
            if (empty & (1u << t))
                ++s.missingByType[t];
        }
    }
    s.band = m_bands.bandFor(s.completePct());
    return s;
}

RegionSummary Analysis::national(Criteria criteria, Status status) const
{
    return summary(Level::National, {}, criteria, status);
}

QList<RegionSummary> Analysis::provinces(Criteria criteria, Status status) const
{
    QList<RegionSummary> rows;
    rows.reserve(m_index->provinceOrder.size());
    for (const QString &code : m_index->provinceOrder)
        rows.append(summary(Level::Province, code, criteria, status));
    return rows;
}

QList<RegionSummary> Analysis::districts(const QString &provinceCode, Criteria criteria,
                                         Status status) const
{
    QList<RegionSummary> rows;
    for (const QString &code : m_index->districtOrder) {
        if (code.startsWith(provinceCode + u'.'))
            rows.append(summary(Level::District, code, criteria, status));
    }
    return rows;
}

QList<PuskesmasRow> Analysis::puskesmas(const QString &districtCode, Criteria criteria,
                                        Status status) const
{
    QList<PuskesmasRow> rows;
    const Index::Range range = m_index->districts.value(districtCode);
    const int types = NakesTypes::count();
    for (qsizetype i = range.begin; i < range.end; ++i) {
        const PuskesmasData &p = m_snapshot.puskesmas.at(i);
        if (!p.inCriteria(criteria))
            continue;
        PuskesmasRow row;
        row.data = &p;
        row.counts.reserve(types);
        for (int t = 0; t < types; ++t) {
            const int count = p.count(t, status);
            row.counts.append(count);
            if (count == 0)
                ++row.emptyCells;
        }
        rows.append(row);
    }
    return rows;
}

QStringList Analysis::provinceCodes() const
{
    return m_index->provinceOrder;
}

QStringList Analysis::districtCodes(const QString &provinceCode) const
{
    if (provinceCode.isEmpty())
        return m_index->districtOrder;
    QStringList codes;
    for (const QString &code : m_index->districtOrder) {
        if (code.startsWith(provinceCode + u'.'))
            codes.append(code);
    }
    return codes;
}

} // namespace Lengkap
