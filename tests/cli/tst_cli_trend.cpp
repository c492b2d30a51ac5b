// Tests `lengkap-cli trend --json` and `lengkap-cli diff --json` end to end (issue 14): Lombok
// Timur imported for two cut-offs (SAKRA got its dentist, KERUAK lost its midwives) and three
// Banten districts (long_lebak.csv) for the first only, which is listed and never counted as a
// loss.
#include "runprogram.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliTrend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trend_data();
    void trend();
    void diff_data();
    void diff();
    void diffKeys();
    void usageErrors_data();
    void usageErrors();

private:
    using Run = Lengkap::CliTest::Run;
    static Run cli(const QStringList &arguments) { return Lengkap::CliTest::runCli(arguments); }
    QJsonObject json(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_db;
};

QJsonObject TestCliTrend::json(const QStringList &arguments)
{
    const Run run = cli(arguments + QStringList {u"--db"_s, m_db, u"--json"_s});
    if (run.code != 0)
        qWarning("exit %d: %s", run.code, qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void TestCliTrend::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"trend.sqlite"_s);
    QFile seed(QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QByteArray later = seed.readAll();
    const QByteArray sakra = ",SAKRA,,3,1,4,0,0,0,";
    const QByteArray keruak = ",KERUAK,,3,1,4,0,1,1,13,42,55,17,23,40,";
    QVERIFY(later.contains(sakra) && later.contains(keruak));
    later.replace(sakra, ",SAKRA,,3,1,4,1,0,1,");
    later.replace(keruak, ",KERUAK,,3,1,4,0,1,1,13,42,55,0,0,0,");
    const QString laterPath = m_dir.filePath(u"lombok_timur_june.csv"_s);
    QFile out(laterPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(later);
    out.close();
    for (const QStringList &import :
         {QStringList {u"2025-05-01"_s,
                       QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv")},
          QStringList {u"2025-05-01"_s, QStringLiteral(LENGKAP_TEST_DATA "/long_lebak.csv")},
          QStringList {u"2025-06-01"_s, laterPath}}) {
        const Run run
            = cli({u"import"_s, u"--db"_s, m_db, u"--cutoff"_s, import.at(0), import.at(1)});
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }
}

void TestCliTrend::trend_data()
{
    QTest::addColumn<QStringList>("region");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QStringList>("cutoffs");
    QTest::addColumn<QList<int>>("complete");
    QTest::newRow("Lombok Timur, both cut-offs")
        << QStringList {u"--district"_s, u"Lombok Timur"_s} << u"district"_s
        << QStringList {u"2025-05-01"_s, u"2025-06-01"_s} << QList<int> {27, 27};
    QTest::newRow("Lebak, only the cut-off that holds it")
        << QStringList {u"--district"_s, u"Lebak"_s} << u"district"_s
        << QStringList {u"2025-05-01"_s} << QList<int> {-1};
    QTest::newRow("Lombok Timur, ASN only")
        << QStringList {u"--district"_s, u"Lombok Timur"_s, u"--status"_s, u"asn"_s}
        << u"district"_s << QStringList {u"2025-05-01"_s, u"2025-06-01"_s}
        << QList<int> {13, 14}; // SAKRA's new dentist is ASN; KERUAK was not complete in ASN
}

void TestCliTrend::trend()
{
    QFETCH(QStringList, region);
    QFETCH(QString, level);
    QFETCH(QStringList, cutoffs);
    QFETCH(QList<int>, complete);
    const QJsonObject o = json(QStringList {u"trend"_s} + region);
    QCOMPARE(o.keys(), (QStringList {u"level"_s, u"points"_s, u"region"_s}));
    QCOMPARE(o.value(u"level"_s).toString(), level);
    const QJsonArray points = o.value(u"points"_s).toArray();
    QCOMPARE(points.size(), cutoffs.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonObject p = points.at(i).toObject();
        QCOMPARE(p.keys(),
                 (QStringList {u"complete"_s, u"complete_pct"_s, u"cutoff"_s, u"puskesmas"_s}));
        QCOMPARE(p.value(u"cutoff"_s).toString(), cutoffs.at(i));
        if (complete.at(i) >= 0)
            QCOMPARE(p.value(u"complete"_s).toInt(), complete.at(i));
        const double pct = 100.0 * p.value(u"complete"_s).toInt() / p.value(u"puskesmas"_s).toInt();
        QCOMPARE(p.value(u"complete_pct"_s).toDouble(), std::round(pct * 100) / 100);
    }
}

void TestCliTrend::diff_data()
{
    QTest::addColumn<QStringList>("region");
    QTest::addColumn<QStringList>("onlyInFrom");
    QTest::newRow("Lombok Timur") << QStringList {u"--district"_s, u"Lombok Timur"_s}
                                  << QStringList {};
    // long_lebak.csv holds Lebak, Serang and Kota Serang.
    QTest::newRow("the nation: Banten only in May")
        << QStringList {} << QStringList {u"Lebak"_s, u"Serang"_s, u"Kota Serang"_s};
}

void TestCliTrend::diff()
{
    QFETCH(QStringList, region);
    QFETCH(QStringList, onlyInFrom);
    const QJsonObject o = json(
        QStringList {u"diff"_s, u"--from"_s, u"2025-05-01"_s, u"--to"_s, u"2025-06-01"_s} + region);
    QCOMPARE(o.value(u"became_complete"_s).toArray(), QJsonArray {u"SAKRA"_s});
    const QJsonArray lost = o.value(u"lost_completeness"_s).toArray();
    QCOMPARE(lost.size(), 1);
    QCOMPARE(lost.first().toObject().value(u"puskesmas"_s).toString(), u"KERUAK"_s);
    QCOMPARE(lost.first().toObject().value(u"lost"_s).toArray(), QJsonArray {u"bidan"_s});
    QStringList from;
    for (const QJsonValue &v : o.value(u"only_in_from"_s).toArray())
        from.append(v.toString());
    QCOMPARE(from, onlyInFrom);
    QVERIFY(o.value(u"only_in_to"_s).toArray().isEmpty());
    QCOMPARE(o.value(u"before"_s).toObject().value(u"cutoff"_s).toString(), u"2025-05-01"_s);
    QCOMPARE(o.value(u"after"_s).toObject().value(u"cutoff"_s).toString(), u"2025-06-01"_s);
}

void TestCliTrend::diffKeys()
{
    const QJsonObject o
        = json({u"diff"_s, u"--from"_s, u"2025-05-01"_s, u"--to"_s, u"2025-06-01"_s});
    QStringList keys = o.keys();
    QStringList expected {u"before"_s,          u"after"_s,
                          u"became_complete"_s, u"lost_completeness"_s,
                          u"only_in_from"_s,    u"only_in_to"_s};
    expected.sort();
    QCOMPARE(keys, expected);
    // before/after are summary objects, as `summary --json` prints them.
    const QJsonObject before = o.value(u"before"_s).toObject();
    for (const char *key :
         {"level", "region", "cutoff", "criteria", "status", "puskesmas", "complete", "incomplete",
          "complete_pct", "incomplete_pct", "band", "shortage", "missing_by_type"})
        QVERIFY2(before.contains(QString::fromLatin1(key)), key);
    QCOMPARE(before.value(u"level"_s).toString(), u"national"_s);
}

void TestCliTrend::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::newRow("diff without --to")
        << QStringList {u"diff"_s, u"--from"_s, u"2025-05-01"_s} << 2;
    QTest::newRow("diff, a cut-off not held")
        << QStringList {u"diff"_s, u"--from"_s, u"2025-05-01"_s, u"--to"_s, u"2024-01-01"_s} << 3;
    QTest::newRow("diff, not a date")
        << QStringList {u"diff"_s, u"--from"_s, u"May"_s, u"--to"_s, u"2025-06-01"_s} << 2;
    QTest::newRow("trend, unknown district")
        << QStringList {u"trend"_s, u"--district"_s, u"Lombok Tumur"_s} << 2;
    QTest::newRow("trend, a district no cut-off holds")
        << QStringList {u"trend"_s, u"--district"_s, u"Pandeglang"_s} << 3;
}

void TestCliTrend::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    const Run run = cli(arguments + QStringList {u"--db"_s, m_db, u"--json"_s});
    QCOMPARE(run.code, code);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliTrend)
#include "tst_cli_trend.moc"
