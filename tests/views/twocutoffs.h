#pragma once

// Test helper (views tests of issue 14): a store holding Lombok Timur at two cut-offs (in June
// SAKRA has its dentist and KERUAK lost its midwives) and three Banten districts
// (long_lebak.csv) in May only.
#include "importer.h"
#include "store.h"

#include <QFile>
#include <QTest>

namespace Lengkap::TestData {

inline const QDate May(2025, 5, 1);
inline const QDate June(2025, 6, 1);

inline bool fillTwoCutoffs(Store &store, const QString &folder)
{
    QFile seed(QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv"));
    if (!seed.open(QIODevice::ReadOnly))
        return false;
    QByteArray later = seed.readAll();
    later.replace(",SAKRA,,3,1,4,0,0,0,", ",SAKRA,,3,1,4,1,0,1,");
    later.replace(",KERUAK,,3,1,4,0,1,1,13,42,55,17,23,40,",
                  ",KERUAK,,3,1,4,0,1,1,13,42,55,0,0,0,");
    const QString laterPath = folder + QStringLiteral("/lombok_timur_june.csv");
    QFile out(laterPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(later) != later.size())
        return false;
    out.close();
    const QList<std::pair<QDate, QString>> imports {
        {May, QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv")},
        {May, QStringLiteral(LENGKAP_TEST_DATA "/long_lebak.csv")},
        {June, laterPath}};
    for (const auto &[cutoff, path] : imports) {
        const Result<ImportBatch> batch = readImportFile(path);
        if (!batch || !store.importBatch(*batch, cutoff, false))
            return false;
    }
    return true;
}

} // namespace Lengkap::TestData
