#include "snapshot.h"

#include "importbatch.h"
#include "wilayah.h"

#include <algorithm>
#include <utility>

namespace Lengkap {

Snapshot snapshotFromBatch(const ImportBatch &batch, QDate cutoff)
{
    Snapshot snapshot;
    snapshot.cutoff = cutoff;
    snapshot.sample = batch.sample;
    snapshot.source = batch.sourceName;
    QList<PuskesmasData> rows;
    rows.reserve(batch.puskesmas.size());
    qint64 id = 0;
    for (const PuskesmasCounts &c : batch.puskesmas) {
        PuskesmasData p;
        p.id = ++id;
        p.code = c.code;
        p.name = c.name;
        p.kategori = c.kategori;
        p.districtCode = c.districtCode;
        p.provinceCode = c.districtCode.section(u'.', 0, 0);
        p.rpjmn = c.rpjmn.value_or(false);
        p.registered = c.registered.value_or(false);
        p.asn = c.asn;
        p.nonAsn = c.nonAsn;
        rows.append(std::move(p));
    }
    // The store's ORDER BY district_code, name_key, id: a stable sort on keys made once.
    QList<std::pair<QString, qsizetype>> order;
    order.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        order.append({rows.at(i).districtCode + u'|' + puskesmasNameKey(rows.at(i).name), i});
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    snapshot.puskesmas.reserve(rows.size());
    for (const auto &entry : std::as_const(order))
        snapshot.puskesmas.append(std::move(rows[entry.second]));
    return snapshot;
}

} // namespace Lengkap
