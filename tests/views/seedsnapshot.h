#pragma once

// Test helper (header only, QtCore): a hand-made Snapshot holding the 35 real rows of Lombok
// Timur (tests/data/lombok_timur_rekap.csv, DOMAIN.md §4) plus two small made-up districts in
// other provinces, so the item models and the window can be tested without a Store.

#include "nakestypes.h"
#include "snapshot.h"

#include <QFile>
#include <QStringList>

namespace Lengkap::TestData {

// Lombok Timur: 52.03 in province 52 (Nusa Tenggara Barat).
inline PuskesmasData lombokRow(const QStringList &cells, int id)
{
    // provinsi,kabupaten_kota,nama_puskesmas,kategori, then asn,non_asn,total per type.
    PuskesmasData p;
    p.id = id;
    p.code = QStringLiteral("P5203%1").arg(id, 3, 10, QLatin1Char('0'));
    p.name = cells.at(2);
    p.kategori = cells.at(3);
    p.districtCode = QStringLiteral("52.03");
    p.provinceCode = QStringLiteral("52");
    p.rpjmn = true;
    p.registered = id % 5 != 0;
    for (int t = 0; t < NakesTypes::count(); ++t) {
        p.asn.append(cells.at(4 + 3 * t).toInt());
        p.nonAsn.append(cells.at(5 + 3 * t).toInt());
    }
    return p;
}

inline PuskesmasData madeUp(const QString &district, const QString &name, int id, int emptyType)
{
    PuskesmasData p;
    p.id = id;
    p.code = QStringLiteral("X%1").arg(id);
    p.name = name;
    p.districtCode = district;
    p.provinceCode = district.section(QLatin1Char('.'), 0, 0);
    p.rpjmn = id % 2 == 0;
    p.registered = true;
    for (int t = 0; t < NakesTypes::count(); ++t) {
        p.asn.append(t == emptyType ? 0 : 1);
        p.nonAsn.append(t == emptyType ? 0 : 2);
    }
    return p;
}

inline Snapshot seedSnapshot(bool sample = true)
{
    Snapshot s;
    s.cutoff = QDate(2025, 6, 1);
    s.sample = sample;
    s.source = QStringLiteral("lombok_timur_rekap.csv");
    QFile file(QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv"));
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        int id = 1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString line = QString::fromUtf8(lines.at(i)).trimmed();
            if (line.isEmpty())
                continue;
            s.puskesmas.append(lombokRow(line.split(QLatin1Char(',')), id++));
        }
    }
    // Kota Mataram (52.71), Lombok Barat (52.01); Kabupaten Lebak (36.02) in Banten.
    s.puskesmas.append(madeUp(QStringLiteral("52.01"), QStringLiteral("GERUNG"), 1001, -1));
    s.puskesmas.append(madeUp(QStringLiteral("52.01"), QStringLiteral("KEDIRI"), 1002, 8));
    s.puskesmas.append(madeUp(QStringLiteral("52.71"), QStringLiteral("AMPENAN"), 1003, -1));
    s.puskesmas.append(madeUp(QStringLiteral("36.02"), QStringLiteral("RANGKASBITUNG"), 1004, 8));
    s.puskesmas.append(madeUp(QStringLiteral("36.02"), QStringLiteral("WARUNGGUNUNG"), 1005, 1));
    s.puskesmas.append(madeUp(QStringLiteral("36.02"), QStringLiteral("CIBADAK"), 1006, -1));
    return s;
}

} // namespace Lengkap::TestData
