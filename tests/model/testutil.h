#pragma once

// Helpers shared by the model tests: hand-made batches and a content dump of a database.
#include "importbatch.h"
#include "nakestypes.h"
#include "snapshot.h"

#include <QProcess>
#include <QString>
#include <QTest>

namespace Lengkap::TestUtil {

// One Puskesmas with the same ASN and Non-ASN count for every type, then overrides.
inline PuskesmasCounts puskesmas(const QString &district, const QString &name, int asn, int nonAsn,
                                 const QString &code = {})
{
    PuskesmasCounts p;
    p.districtCode = district;
    p.name = name;
    p.code = code;
    p.asn = QList<int>(NakesTypes::count(), asn);
    p.nonAsn = QList<int>(NakesTypes::count(), nonAsn);
    return p;
}

inline ImportBatch batch(const QString &source, QList<PuskesmasCounts> rows)
{
    ImportBatch b;
    b.sourceName = source;
    b.sha256 = QStringLiteral("00");
    b.format = QStringLiteral("rekap");
    for (int i = 0; i < rows.size(); ++i)
        rows[i].line = i + 2;
    b.puskesmas = std::move(rows);
    return b;
}

// Every row of every table, as the sqlite3 tool dumps it: "the database is unchanged" means
// this text is unchanged.
inline QString dump(const QString &path)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral(".dump")});
    if (!sqlite.waitForFinished(30000))
        return QStringLiteral("<sqlite3 did not finish>");
    return QString::fromUtf8(sqlite.readAllStandardOutput());
}

// The fields of a Puskesmas a snapshot carries, whatever store it came from (the local id
// aside: a server gives its own). A failure is reported here; the caller checks
// QTest::currentTestFailed() and stops.
inline void compareFields(const PuskesmasData &a, const PuskesmasData &b)
{
    QCOMPARE(a.code, b.code);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.kategori, b.kategori);
    QCOMPARE(a.districtCode, b.districtCode);
    QCOMPARE(a.provinceCode, b.provinceCode);
    QCOMPARE(a.rpjmn, b.rpjmn);
    QCOMPARE(a.registered, b.registered);
    QCOMPARE(a.asn, b.asn);
    QCOMPARE(a.nonAsn, b.nonAsn);
}

} // namespace Lengkap::TestUtil
