#pragma once

// Shared by the reader tests: a readable dump of an ImportBatch for golden files, and the
// golden-file comparison (LENGKAP_UPDATE_GOLDEN=1 rewrites the file; review the diff).

#include "importbatch.h"
#include "nakestypes.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTest>

namespace Lengkap::TestSupport {

inline QString flagText(const std::optional<bool> &flag)
{
    return flag.has_value() ? (*flag ? QStringLiteral("1") : QStringLiteral("0"))
                            : QStringLiteral("-");
}

// One line per Puskesmas; withDialect = false leaves out what differs between dialects of the
// same content (encoding, delimiter, file hash).
inline QString dumpBatch(const ImportBatch &batch, bool withDialect = true)
{
    QStringList out;
    out << QStringLiteral("source: %1").arg(batch.sourceName);
    out << QStringLiteral("format: %1").arg(batch.format);
    if (withDialect) {
        out << QStringLiteral("sha256: %1").arg(batch.sha256);
        out << QStringLiteral("encoding: %1").arg(batch.report.encoding);
        out << QStringLiteral("delimiter: %1").arg(batch.report.delimiter);
    }
    out << QStringLiteral("records read: %1").arg(batch.report.recordsRead);
    out << QStringLiteral("skipped empty rows: %1").arg(batch.report.skippedEmptyRows);
    out << QStringLiteral("empty count cells: %1").arg(batch.report.emptyCountCells);
    out << QStringLiteral("puskesmas: %1").arg(batch.puskesmas.size());
    for (const PuskesmasCounts &p : batch.puskesmas) {
        QStringList counts;
        for (int t = 0; t < NakesTypes::count(); ++t) {
            counts << QStringLiteral("%1 %2+%3")
                          .arg(NakesTypes::at(t).key)
                          .arg(p.asn.value(t, -1))
                          .arg(p.nonAsn.value(t, -1));
        }
        out << QStringLiteral(
                   "line %1 | %2 | code %3 | %4 | kategori %5 | rpjmn %6 | registered %7 | %8")
                   .arg(p.line)
                   .arg(p.districtCode, p.code.isEmpty() ? QStringLiteral("-") : p.code, p.name,
                        p.kategori.isEmpty() ? QStringLiteral("-") : p.kategori, flagText(p.rpjmn),
                        flagText(p.registered), counts.join(QStringLiteral(", ")));
    }
    for (const ImportWarning &warning : batch.report.warnings)
        out << QStringLiteral("warning line %1: %2").arg(warning.line).arg(warning.message);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// Compares text with tests/data/golden/<name>; on a difference names the first differing line.
inline void compareGolden(const QString &name, const QString &text)
{
    const QString path = QStringLiteral(LENGKAP_TEST_DATA "/golden/") + name;
    if (qEnvironmentVariableIntValue("LENGKAP_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        out.write(text.toUtf8());
        qInfo("rewrote %s", qPrintable(path));
        return;
    }
    QFile in(path);
    QVERIFY2(
        in.open(QIODevice::ReadOnly),
        qPrintable(QStringLiteral("%1 is missing: run with LENGKAP_UPDATE_GOLDEN=1").arg(path)));
    const QStringList expected = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
    const QStringList actual = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
        QCOMPARE(actual.value(i), expected.value(i));
    }
}

} // namespace Lengkap::TestSupport
