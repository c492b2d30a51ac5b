#pragma once

// Inputs shared by the fault tests.
#include "nakestypes.h"
#include "wilayah.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Lengkap::FaultUtil {

// A rekap of 20 Puskesmas in every district (about 10,000 rows); variant changes the counts, so
// two variants tell old data from new.
inline QString writeNationalRekap(const QString &path, int variant = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text = "provinsi,kabupaten_kota,nama_puskesmas";
    for (const NakesType &type : NakesTypes::all())
        text += ',' + type.key.toUtf8() + "_asn," + type.key.toUtf8() + "_non_asn";
    text += '\n';
    const Wilayah &wilayah = Wilayah::instance();
    for (const District &d : wilayah.districts()) {
        for (int i = 1; i <= 20; ++i) {
            text += wilayah.province(d.provinceCode)->name.toUtf8() + ',' + d.shortName.toUtf8()
                    + ",PKM " + d.shortName.toUtf8() + ' ' + QByteArray::number(i);
            for (int t = 0; t < NakesTypes::count(); ++t)
                text += ',' + QByteArray::number((i + t + variant) % 4) + ','
                        + QByteArray::number(1 + variant);
            text += '\n';
        }
    }
    file.write(text);
    return path;
}

} // namespace Lengkap::FaultUtil
