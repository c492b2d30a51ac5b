// Tests model/analysis/coverage.cpp: the home region a window opens at and how much of a region a
// cut-off covers (issue 12 §1), on hand-made snapshots of one district, one province and more.
#include "coverage.h"
#include "nakestypes.h"

#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestCoverage : public QObject
{
    Q_OBJECT

private slots:
    void homeRegion_data();
    void homeRegion();
    void coverage_data();
    void coverage();
    void note_data();
    void note();
};

namespace {

Analysis analysisOf(const QStringList &districts)
{
    Snapshot snapshot;
    snapshot.cutoff = QDate(2024, 12, 1);
    int id = 0;
    for (const QString &district : districts) {
        for (int i = 0; i < 2; ++i) {
            PuskesmasData p;
            p.id = ++id;
            p.name = u"P%1"_s.arg(id);
            p.districtCode = district;
            p.asn = QList<int>(NakesTypes::count(), 1);
            p.nonAsn = QList<int>(NakesTypes::count(), 0);
            snapshot.puskesmas.append(p);
        }
    }
    return Analysis(std::move(snapshot));
}

} // namespace

void TestCoverage::homeRegion_data()
{
    QTest::addColumn<QStringList>("districts");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("code");
    QTest::newRow("Lebak alone: Lebak")
        << QStringList {u"36.02"_s} << Level::District << u"36.02"_s;
    QTest::newRow("Lebak and Pandeglang: Banten")
        << QStringList {u"36.01"_s, u"36.02"_s} << Level::Province << u"36"_s;
    QTest::newRow("Lebak and Lombok Timur: the nation")
        << QStringList {u"36.02"_s, u"52.03"_s} << Level::National << QString();
    QTest::newRow("no data: the nation") << QStringList {} << Level::National << QString();
}

void TestCoverage::homeRegion()
{
    QFETCH(QStringList, districts);
    QFETCH(Level, level);
    QFETCH(QString, code);
    const Analysis analysis = analysisOf(districts);
    const RegionRef home = Coverage::homeRegion(analysis);
    QCOMPARE(home.level, level);
    QCOMPARE(home.code, code);
}

void TestCoverage::coverage_data()
{
    QTest::addColumn<QStringList>("districts");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("withData");
    QTest::addColumn<int>("inRegion");
    QTest::addColumn<bool>("partial");
    QTest::newRow("Lebak in the nation")
        << QStringList {u"36.02"_s} << Level::National << QString() << 1 << 514 << true;
    QTest::newRow("Lebak in Banten")
        << QStringList {u"36.02"_s} << Level::Province << u"36"_s << 1 << 8 << true;
    QTest::newRow("Lebak and Lombok Timur in Banten")
        << QStringList {u"36.02"_s, u"52.03"_s} << Level::Province << u"36"_s << 1 << 8 << true;
    QTest::newRow("Lebak itself") << QStringList {u"36.02"_s} << Level::District << u"36.02"_s << 1
                                  << 1 << false;
    QTest::newRow("all of Banten") << QStringList {u"36.01"_s, u"36.02"_s, u"36.03"_s, u"36.04"_s,
                                                   u"36.71"_s, u"36.72"_s, u"36.73"_s, u"36.74"_s}
                                   << Level::Province << u"36"_s << 8 << 8 << false;
}

void TestCoverage::coverage()
{
    QFETCH(QStringList, districts);
    QFETCH(Level, level);
    QFETCH(QString, code);
    QFETCH(int, withData);
    QFETCH(int, inRegion);
    QFETCH(bool, partial);
    const RegionCoverage c = Coverage::of(analysisOf(districts), level, code);
    QCOMPARE(c.districtsWithData, withData);
    QCOMPARE(c.districtsInRegion, inRegion);
    QCOMPARE(c.partial(), partial);
}

void TestCoverage::note_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("note");
    QTest::newRow("nation, English")
        << u"en"_s << Level::National << QString() << u"contains 1 of 514 districts"_s;
    QTest::newRow("nation, Indonesian")
        << u"id"_s << Level::National << QString() << u"berisi 1 dari 514 kabupaten/kota"_s;
    QTest::newRow("Banten, Indonesian")
        << u"id"_s << Level::Province << u"36"_s << u"berisi 1 dari 8 kabupaten/kota di Banten"_s;
    QTest::newRow("Lebak: no note") << u"id"_s << Level::District << u"36.02"_s << QString();
}

void TestCoverage::note()
{
    QFETCH(QString, language);
    QFETCH(Level, level);
    QFETCH(QString, code);
    QFETCH(QString, note);
    QTranslator indonesian;
    if (language == u"id"_s) {
        QVERIFY(indonesian.load(u":/lengkap/i18n/lengkap_id.qm"_s));
        QCoreApplication::installTranslator(&indonesian);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    }
    const QString made = Coverage::note(analysisOf({u"36.02"_s}), level, code);
    QCoreApplication::removeTranslator(&indonesian);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(made, note);
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
