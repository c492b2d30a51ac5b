#pragma once

#include "types.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

// One cut-off as held in memory for analysis: every Puskesmas with its counts and list
// membership. Loaded once from the store; every toggle is computed from it without SQL.
namespace Lengkap {

struct PuskesmasData
{
    qint64 id = 0;
    QString code;
    QString name;
    QString kategori;
    QString districtCode; // "52.03"
    QString provinceCode; // "52"
    bool rpjmn = false;
    bool registered = false;
    QList<int> asn; // by NakesTypes index
    QList<int> nonAsn;
    // Set by a scenario (scenarioworkspace.h): bit t when type t differs from the cut-off's data,
    // so tables, print and export can outline the cells a scenario changed.
    quint32 changedTypes = 0;

    // DOMAIN.md §3: ASN + Non-ASN under Status::All, ASN only under Status::Asn.
    int count(int type, Status status) const
    {
        return status == Status::Asn ? asn.at(type) : asn.at(type) + nonAsn.at(type);
    }
    // In the nation, a province ("52") or a district ("52.03").
    bool inRegion(Level level, const QString &code) const
    {
        switch (level) {
        case Level::National:
            return true;
        case Level::Province:
            return provinceCode == code;
        case Level::District:
            return districtCode == code;
        }
        return false;
    }
    bool inCriteria(Criteria criteria) const
    {
        switch (criteria) {
        case Criteria::Sisdmk:
            return true;
        case Criteria::Registered:
            return registered;
        case Criteria::Rpjmn:
            return rpjmn;
        }
        return false;
    }
};

struct Snapshot
{
    QDate cutoff;
    bool sample = false; // holds generated sample data: show "DATA CONTOH"
    QString scenario; // the scenario applied to it (scenariodocument.h): "SKENARIO: <name>"
    QString source; // file name(s) it came from, for status bars and printouts
    QHash<QString, QString> districtSources; // district code -> the file its data came from
    QList<PuskesmasData> puskesmas; // ordered by district code, then name

    // The files of the districts with that code prefix ("" the nation, "52", "52.03"), in
    // import order, ", "-joined: a page names only the sources of the rows it shows. Falls back
    // to `source` for snapshots made without per-district sources.
    QString sourceOf(const QString &regionCode) const
    {
        if (districtSources.isEmpty())
            return source;
        QStringList names;
        for (auto it = districtSources.cbegin(); it != districtSources.cend(); ++it) {
            const bool inRegion = regionCode.isEmpty() || it.key() == regionCode
                                  || it.key().startsWith(regionCode + QLatin1Char('.'));
            if (inRegion && !names.contains(it.value()))
                names.append(it.value());
        }
        // import order: as `source` lists them
        const QString all = QStringLiteral(", ") + source + QStringLiteral(", ");
        const auto position = [&all](const QString &name) {
            return all.indexOf(QStringLiteral(", ") + name + QStringLiteral(", "));
        };
        std::sort(names.begin(), names.end(), [&position](const QString &a, const QString &b) {
            return position(a) < position(b);
        });
        return names.join(QStringLiteral(", "));
    }
};

struct ImportBatch;

// A batch as the store would load it once imported at `cutoff` (Store::loadSnapshot): ids 1..n in
// the batch's order, list flags as the batch gives them (absent = not in the list), rows ordered
// by district, then normalised name, then batch order. For snapshots that come from elsewhere
// than the local file: the server's data, the generated sample.
Snapshot snapshotFromBatch(const ImportBatch &batch, QDate cutoff);

} // namespace Lengkap
