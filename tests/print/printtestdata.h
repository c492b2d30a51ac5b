#pragma once

// Snapshots for the print and export tests: the 35 real rows of Lombok Timur (seed), and a
// made-up district with more Puskesmas than fit on one page.

#include "nakestypes.h"
#include "snapshot.h"

#include <QFile>
#include <QStringList>

namespace Lengkap::TestData {

using namespace Qt::StringLiterals;

// tests/data/lombok_timur_rekap.csv: provinsi,kabupaten_kota,nama_puskesmas,kategori, then
// ASN, Non-ASN, Total for each type. Plain commas, no quotes.
inline QList<PuskesmasData> lombokTimur()
{
    QList<PuskesmasData> list;
    QFile file(QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return list;
    file.readLine(); // header
    int id = 1;
    while (!file.atEnd()) {
        const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (cells.size() < 4 + 3 * NakesTypes::count())
            continue;
        PuskesmasData p;
        p.id = id++;
        p.name = cells.at(2);
        p.kategori = cells.at(3);
        p.districtCode = u"52.03"_s;
        p.provinceCode = u"52"_s;
        p.rpjmn = p.registered = true;
        for (int t = 0; t < NakesTypes::count(); ++t) {
            p.asn.append(cells.at(4 + 3 * t).toInt());
            p.nonAsn.append(cells.at(5 + 3 * t).toInt());
        }
        list.append(p);
    }
    return list;
}

// A district of `count` Puskesmas with long names, some kategori and deterministic gaps.
inline QList<PuskesmasData> bigDistrict(int count, const QString &districtCode = u"32.02"_s)
{
    QList<PuskesmasData> list;
    const QStringList kategori {u"Pedesaan Rawat Inap"_s, u"Perkotaan Non Rawat Inap"_s,
                                u"Terpencil Rawat Inap"_s, QString()};
    for (int i = 0; i < count; ++i) {
        PuskesmasData p;
        p.id = 1000 + i;
        p.name = i % 7 == 3 ? u"PUSKESMAS SUKAMAKMUR KECAMATAN CIKIDANG UTARA %1"_s.arg(i + 1)
                            : u"SUKAMAKMUR %1"_s.arg(i + 1, 2, 10, QChar(u'0'));
        p.kategori = kategori.at(i % kategori.size());
        p.districtCode = districtCode;
        p.provinceCode = districtCode.section(u'.', 0, 0);
        p.rpjmn = i % 3 != 0;
        p.registered = i % 5 != 0;
        for (int t = 0; t < NakesTypes::count(); ++t) {
            // About one Puskesmas in three lacks a type (mostly dentists and ATLM).
            const int seed = (i * 7 + t * 13) % 23;
            const bool gap = (t == 1 && i % 4 == 1) || (t == 8 && i % 6 == 2)
                             || (i % 11 == 5 && t == seed % 9);
            p.asn.append(gap ? 0 : 1 + seed % 3 + (t == 2 || t == 3 ? 10 : 0));
            p.nonAsn.append(gap ? 0 : seed % 4 + (t == 2 || t == 3 ? 20 : 0));
        }
        list.append(p);
    }
    return list;
}

inline Snapshot snapshot(QList<PuskesmasData> puskesmas, bool sample = false)
{
    Snapshot s;
    s.cutoff = QDate(2024, 12, 1);
    s.sample = sample;
    s.source = u"lombok_timur_rekap.csv"_s;
    s.puskesmas = std::move(puskesmas);
    return s;
}

} // namespace Lengkap::TestData
