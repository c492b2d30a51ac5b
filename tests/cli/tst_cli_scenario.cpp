// Tests `lengkap-cli scenario --json` end to end (DOMAIN.md §7): the demo database, then
// dentists placed in Lombok Timur, whose 8 incomplete Puskesmas each lack only a dentist (§4).
#include "runprogram.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliScenario : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lombokTimurDentists_data();
    void lombokTimurDentists();
    void keysAndReceivers();
    void severalTypesInAProvince();
    void usageErrors_data();
    void usageErrors();
    void totalOfAnyTypes();
    void leftoversStayUnplaced();
    void savedScenarios();
    void saveRefusesATakenName();

private:
    using Run = Lengkap::CliTest::Run;
    static Run cli(const QStringList &arguments) { return Lengkap::CliTest::runCli(arguments); }
    QJsonObject scenario(const QStringList &extra);

    QTemporaryDir m_dir;
    QString m_db;
};

QJsonObject TestCliScenario::scenario(const QStringList &extra)
{
    const Run run = cli(QStringList {u"scenario"_s, u"--db"_s, m_db, u"--json"_s} + extra);
    if (run.code != 0)
        qWarning("exit %d: %s", run.code, qPrintable(run.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(run.out));
    return document.object();
}

void TestCliScenario::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.sqlite"_s);
    const Run demo = cli({u"demo"_s, u"--db"_s, m_db});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
}

void TestCliScenario::lombokTimurDentists_data()
{
    QTest::addColumn<int>("dentists");
    QTest::addColumn<int>("completeAfter");
    QTest::addColumn<QString>("pctAfter");
    QTest::addColumn<int>("shortageAfter");
    QTest::addColumn<int>("used");
    QTest::addColumn<int>("leftOver");
    QTest::newRow("five dentists") << 5 << 32 << u"91.43"_s << 3 << 5 << 0;
    QTest::newRow("eight dentists") << 8 << 35 << u"100.00"_s << 0 << 8 << 0;
    QTest::newRow("ten dentists, two left over") << 10 << 35 << u"100.00"_s << 0 << 8 << 2;
}

void TestCliScenario::lombokTimurDentists()
{
    QFETCH(int, dentists);
    QFETCH(int, completeAfter);
    QFETCH(QString, pctAfter);
    QFETCH(int, shortageAfter);
    QFETCH(int, used);
    QFETCH(int, leftOver);
    const Run run = cli({u"scenario"_s, u"--db"_s, m_db, u"--district"_s, u"Lombok Timur"_s,
                         u"--place"_s, u"dokter_gigi=%1"_s.arg(dentists), u"--json"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    // Percentages as the summary prints them: 2 decimals, '.' (C locale).
    QVERIFY2(run.out.contains(u"\"complete_pct\": 77.14"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"\"complete_pct\": "_s + pctAfter), qPrintable(run.out));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject before = o.value(u"before"_s).toObject();
    const QJsonObject after = o.value(u"after"_s).toObject();
    QCOMPARE(before.value(u"puskesmas"_s).toInt(), 35);
    QCOMPARE(before.value(u"complete"_s).toInt(), 27);
    QCOMPARE(before.value(u"shortage"_s).toInt(), 8);
    QCOMPARE(after.value(u"puskesmas"_s).toInt(), 35);
    QCOMPARE(after.value(u"complete"_s).toInt(), completeAfter);
    QCOMPARE(after.value(u"shortage"_s).toInt(), shortageAfter);
    QCOMPARE(o.value(u"used"_s).toInt(), used);
    QCOMPARE(o.value(u"left_over"_s).toInt(), leftOver);
    QCOMPARE(o.value(u"assignments"_s).toArray().size(), used);
    QCOMPARE(o.value(u"placements"_s).toObject().value(u"dokter_gigi"_s).toInt(), dentists);
}

void TestCliScenario::keysAndReceivers()
{
    const QJsonObject o
        = scenario({u"--district"_s, u"LOMBOK TIMUR"_s, u"--place"_s, u"dokter_gigi=8"_s});
    QStringList keys = o.keys();
    keys.sort();
    QStringList expected {u"level"_s,  u"region"_s,     u"criteria"_s,   u"status"_s,
                          u"cutoff"_s, u"placements"_s, u"before"_s,     u"after"_s,
                          u"used"_s,   u"left_over"_s,  u"assignments"_s};
    expected.sort();
    QCOMPARE(keys, expected);
    QCOMPARE(o.value(u"level"_s).toString(), u"district"_s);
    QCOMPARE(o.value(u"region"_s).toString(), u"Lombok Timur"_s);
    QCOMPARE(o.value(u"criteria"_s).toString(), u"sisdmk"_s);
    QCOMPARE(o.value(u"status"_s).toString(), u"all"_s);
    QCOMPARE(o.value(u"cutoff"_s).toString().size(), 10);
    QSet<QString> names;
    for (const QJsonValue &value : o.value(u"assignments"_s).toArray()) {
        const QJsonObject a = value.toObject();
        QCOMPARE(a.value(u"type"_s).toString(), u"dokter_gigi"_s);
        QCOMPARE(a.value(u"district"_s).toString(), u"Lombok Timur"_s);
        names.insert(a.value(u"puskesmas"_s).toString());
    }
    const QSet<QString> seed {u"SUKARAJA"_s, u"SAKRA"_s,    u"KORLEKO"_s,   u"WANASABA"_s,
                              u"SEMBALUN"_s, u"SAMBELIA"_s, u"BELANTING"_s, u"AIKMEL UTARA"_s};
    QCOMPARE(names, seed);
}

void TestCliScenario::severalTypesInAProvince()
{
    const QJsonObject summary = [this] {
        const Run run
            = cli({u"summary"_s, u"--db"_s, m_db, u"--province"_s, u"Papua"_s, u"--json"_s});
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }();
    const QJsonObject o = scenario({u"--province"_s, u"Papua"_s, u"--place"_s, u"dokter_gigi=12"_s,
                                    u"--place"_s, u"atlm=5"_s, u"--place"_s, u"ATLM=1"_s});
    QCOMPARE(o.value(u"level"_s).toString(), u"province"_s);
    const QJsonObject placements = o.value(u"placements"_s).toObject();
    QCOMPARE(placements.value(u"dokter_gigi"_s).toInt(), 12);
    QCOMPARE(placements.value(u"atlm"_s).toInt(), 6); // repeated types add up
    const QJsonObject before = o.value(u"before"_s).toObject();
    const QJsonObject after = o.value(u"after"_s).toObject();
    // "before" is the summary's figure.
    QCOMPARE(before.value(u"complete"_s).toInt(), summary.value(u"complete"_s).toInt());
    QCOMPARE(before.value(u"shortage"_s).toInt(), summary.value(u"shortage"_s).toInt());
    const int used = o.value(u"used"_s).toInt();
    QCOMPARE(used + o.value(u"left_over"_s).toInt(), 18);
    QCOMPARE(after.value(u"shortage"_s).toInt(), before.value(u"shortage"_s).toInt() - used);
    QVERIFY(after.value(u"complete"_s).toInt() >= before.value(u"complete"_s).toInt());
    QCOMPARE(o.value(u"assignments"_s).toArray().size(), used);
}

void TestCliScenario::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown type lists the keys")
        << QStringList {u"--place"_s, u"psikolog=2"_s} << 2 << u"dokter_gigi"_s;
    QTest::newRow("no count") << QStringList {u"--place"_s, u"atlm"_s} << 2 << u"TYPE=N"_s;
    QTest::newRow("negative count")
        << QStringList {u"--place"_s, u"atlm=-1"_s} << 2 << u"atlm=-1"_s;
    QTest::newRow("no placement") << QStringList {} << 2 << u"--place"_s;
    QTest::newRow("unknown district")
        << QStringList {u"--district"_s, u"Lombok Tumur"_s, u"--place"_s, u"atlm=1"_s} << 2
        << u"Lombok"_s;
    QTest::newRow("unknown criteria")
        << QStringList {u"--criteria"_s, u"ikk"_s, u"--place"_s, u"atlm=1"_s} << 2 << u"rpjmn"_s;
    QTest::newRow("--place and --total")
        << QStringList {u"--place"_s, u"atlm=1"_s, u"--total"_s, u"3"_s} << 2 << u"--total"_s;
    QTest::newRow("total of 0") << QStringList {u"--total"_s, u"0"_s} << 2 << u"--total"_s;
    QTest::newRow("--from a scenario that does not exist")
        << QStringList {u"--from"_s, u"nope"_s, u"--total"_s, u"3"_s} << 3 << u"nope"_s;
    QTest::newRow("cut-off not held")
        << QStringList {u"--cutoff"_s, u"2001-01-01"_s, u"--place"_s, u"atlm=1"_s} << 3
        << u"2001-01-01"_s;
}

void TestCliScenario::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run run = cli(QStringList {u"scenario"_s, u"--db"_s, m_db, u"--json"_s} + arguments);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliScenario::totalOfAnyTypes()
{
    const QJsonObject o = scenario({u"--district"_s, u"Lombok Timur"_s, u"--total"_s, u"8"_s});
    QCOMPARE(o.value(u"total"_s).toInt(), 8);
    QCOMPARE(o.value(u"after"_s).toObject().value(u"complete"_s).toInt(), 35);
    QCOMPARE(o.value(u"used"_s).toInt(), 8);
    for (const QJsonValue &value : o.value(u"assignments"_s).toArray()) {
        QCOMPARE(value.toObject().value(u"type"_s).toString(), u"dokter_gigi"_s);
        QCOMPARE(value.toObject().value(u"reason"_s).toString(), u"completes"_s);
        QVERIFY(!value.toObject().value(u"why"_s).toString().isEmpty());
    }
}

// Hires that complete no Puskesmas go where the SKM shortage is largest, unless the planner
// keeps them back (--no-skm-leftovers, the dock's "SKM leftovers" box unticked).
void TestCliScenario::leftoversStayUnplaced()
{
    // More ASN hires for NTB than completing its Puskesmas takes.
    const QStringList base {u"--province"_s, u"Nusa Tenggara Barat"_s, u"--status"_s, u"asn"_s,
                            u"--total"_s,    u"2000"_s};
    const QJsonObject placed = scenario(base);
    const QJsonObject kept = scenario(base + QStringList {u"--no-skm-leftovers"_s});
    const auto reasons = [](const QJsonObject &o) {
        QHash<QString, int> count;
        for (const QJsonValue &value : o.value(u"assignments"_s).toArray())
            ++count[value.toObject().value(u"reason"_s).toString()];
        return count;
    };
    // The same Puskesmas become complete either way.
    QCOMPARE(kept.value(u"after"_s).toObject().value(u"complete"_s),
             placed.value(u"after"_s).toObject().value(u"complete"_s));
    QVERIFY(reasons(placed).value(u"skm_shortage"_s) > 0);
    QCOMPARE(reasons(kept).value(u"skm_shortage"_s), 0);
    QCOMPARE(reasons(kept).value(u"completes"_s), reasons(placed).value(u"completes"_s));
    QVERIFY(kept.value(u"left_over"_s).toInt() > placed.value(u"left_over"_s).toInt());
}

// "With 20 new dentists and 15 ATLM for NTB": saved, listed, shown, continued, deleted.
void TestCliScenario::savedScenarios()
{
    const QJsonObject plan
        = scenario({u"--province"_s, u"Nusa Tenggara Barat"_s, u"--place"_s, u"dokter_gigi=20"_s,
                    u"--place"_s, u"atlm=15"_s, u"--save"_s, u"NTB plan"_s});
    const int used = plan.value(u"used"_s).toInt();
    QCOMPARE(plan.value(u"saved"_s).toObject().value(u"changes"_s).toInt(),
             plan.value(u"assignments"_s).toArray().size());

    Run run = cli({u"scenario"_s, u"list"_s, u"--db"_s, m_db});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QJsonArray list
        = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"scenarios"_s).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"name"_s).toString(), u"NTB plan"_s);
    QCOMPARE(list.first().toObject().value(u"cutoff"_s).toString(),
             plan.value(u"cutoff"_s).toString());

    // show: the saved changes give the proposal's figures again.
    run = cli({u"scenario"_s, u"show"_s, u"NTB plan"_s, u"--db"_s, m_db, u"--province"_s,
               u"Nusa Tenggara Barat"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(shown.value(u"after"_s).toObject().value(u"complete"_s).toInt(),
             plan.value(u"after"_s).toObject().value(u"complete"_s).toInt());
    QCOMPARE(shown.value(u"before"_s).toObject().value(u"complete"_s).toInt(),
             plan.value(u"before"_s).toObject().value(u"complete"_s).toInt());
    QCOMPARE(shown.value(u"changes"_s).toArray().size(), used);

    // --from: the next proposal starts where the saved one ends.
    const QJsonObject next
        = scenario({u"--province"_s, u"Nusa Tenggara Barat"_s, u"--from"_s, u"NTB plan"_s,
                    u"--place"_s, u"gizi=3"_s, u"--save"_s, u"NTB plan 2"_s});
    QCOMPARE(next.value(u"before"_s).toObject().value(u"complete"_s).toInt(),
             plan.value(u"after"_s).toObject().value(u"complete"_s).toInt());
    QCOMPARE(next.value(u"saved"_s).toObject().value(u"changes"_s).toInt(),
             used + next.value(u"assignments"_s).toArray().size());

    // delete: backed up first; then gone.
    run = cli({u"scenario"_s, u"delete"_s, u"NTB plan"_s, u"--db"_s, m_db});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QString backup
        = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"backup"_s).toString();
    QVERIFY2(QFileInfo::exists(backup), qPrintable(run.out));
    run = cli({u"scenario"_s, u"list"_s, u"--db"_s, m_db});
    list = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"scenarios"_s).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"name"_s).toString(), u"NTB plan 2"_s);
    run = cli({u"scenario"_s, u"delete"_s, u"NTB plan"_s, u"--db"_s, m_db});
    QCOMPARE(run.code, 3);
    run = cli({u"scenario"_s, u"show"_s, u"--db"_s, m_db});
    QCOMPARE(run.code, 2);
}

void TestCliScenario::saveRefusesATakenName()
{
    QVERIFY(scenario(
                {u"--district"_s, u"Lombok Timur"_s, u"--total"_s, u"2"_s, u"--save"_s, u"taken"_s})
                .contains(u"saved"_s));
    const Run before = cli({u"scenario"_s, u"show"_s, u"taken"_s, u"--db"_s, m_db});
    const Run run = cli({u"scenario"_s, u"--db"_s, m_db, u"--json"_s, u"--district"_s,
                         u"Lombok Timur"_s, u"--total"_s, u"5"_s, u"--save"_s, u"taken"_s});
    QCOMPARE(run.code, 3);
    QVERIFY(run.err.contains(u"taken"_s));
    const Run after = cli({u"scenario"_s, u"show"_s, u"taken"_s, u"--db"_s, m_db});
    QCOMPARE(after.out, before.out);
}

QTEST_GUILESS_MAIN(TestCliScenario)
#include "tst_cli_scenario.moc"
