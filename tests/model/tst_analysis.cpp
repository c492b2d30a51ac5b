// Tests model/analysis/analysis.cpp: the rules of DOMAIN.md §3 on hand-made cases, and the seed figures
// of §4 from the Lombok Timur rows imported through the real reader and store.
#include "analysis.h"
#include "importer.h"
#include "nakestypes.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bands_data();
    void bands();
    void customBands();
    void bandsAsText_data();
    void bandsAsText();
    void smallDistrict_data();
    void smallDistrict();
    void regionsRollUp();
    void puskesmasRows();
    void emptyRegion();
    void seedDistrict_data();
    void seedDistrict();

private:
    std::unique_ptr<Analysis> m_seed;
};

namespace {

PuskesmasData puskesmas(const QString &district, const QString &name, QList<int> asn,
                        QList<int> nonAsn, bool rpjmn = true, bool registered = true)
{
    PuskesmasData p;
    p.districtCode = district;
    p.name = name;
    p.asn = std::move(asn);
    p.nonAsn = std::move(nonAsn);
    p.rpjmn = rpjmn;
    p.registered = registered;
    return p;
}

QList<int> all(int n)
{
    return QList<int>(NakesTypes::count(), n);
}

QList<int> allBut(int n, const QString &type)
{
    QList<int> counts = all(n);
    counts[NakesTypes::indexOf(type)] = 0;
    return counts;
}

// Four Puskesmas of Lebak (36.02) and one of Kota Serang (36.73):
//   A complete with ASN only; B complete only with Non-ASN dentists; C lacks ATLM and
//   dentist; D lacks nothing but is not on the RPJMN list; E (Kota Serang) lacks gizi.
Snapshot smallSnapshot()
{
    Snapshot s;
    s.cutoff = QDate(2024, 12, 1);
    s.puskesmas = {
        puskesmas(u"36.02"_s, u"A"_s, all(1), all(0)),
        puskesmas(u"36.02"_s, u"B"_s, allBut(2, u"dokter_gigi"_s), all(1)),
        puskesmas(u"36.02"_s, u"C"_s, all(0), all(0), true, false),
        puskesmas(u"36.02"_s, u"D"_s, all(3), all(3), false, true),
        puskesmas(u"36.73"_s, u"E"_s, allBut(1, u"gizi"_s), all(0)),
    };
    // C: ASN has no ATLM and no dentist; Non-ASN has 0 everywhere.
    s.puskesmas[2].asn = allBut(1, u"atlm"_s);
    s.puskesmas[2].asn[NakesTypes::indexOf(u"dokter_gigi")] = 0;
    s.puskesmas[2].nonAsn = all(0);
    return s;
}

} // namespace

void TestAnalysis::initTestCase()
{
    // The seed rows through the real path: rekap reader -> store -> snapshot -> analysis.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<ImportBatch> batch
        = readImportFile(QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv"));
    QVERIFY2(batch.ok(), qPrintable(batch ? QString() : batch.error().message));
    Store store;
    QVERIFY(store.open(dir.filePath(u"seed.sqlite"_s)).ok());
    QVERIFY(store.importBatch(*batch, QDate(2024, 12, 1), false).ok());
    Result<Snapshot> snapshot = store.loadSnapshot(QDate(2024, 12, 1));
    QVERIFY(snapshot.ok());
    m_seed = std::make_unique<Analysis>(std::move(*snapshot));
}

void TestAnalysis::bands_data()
{
    QTest::addColumn<double>("pct");
    QTest::addColumn<Band>("band");
    QTest::newRow("nothing complete") << 0.0 << Band::Red;
    QTest::newRow("25 is still red") << 25.0 << Band::Red;
    QTest::newRow("25.49 rounds to 25") << 25.49 << Band::Red;
    QTest::newRow("25.5 rounds to 26") << 25.5 << Band::Orange;
    QTest::newRow("50 is orange") << 50.0 << Band::Orange;
    QTest::newRow("50.6 rounds to 51") << 50.6 << Band::LightGreen;
    QTest::newRow("75 is light green") << 75.0 << Band::LightGreen;
    QTest::newRow("75.5 rounds to 76") << 75.5 << Band::DarkGreen;
    QTest::newRow("Lombok Timur's 77.14") << 77.142857 << Band::DarkGreen;
    QTest::newRow("all complete") << 100.0 << Band::DarkGreen;
}

void TestAnalysis::bands()
{
    QFETCH(double, pct);
    QFETCH(Band, band);
    QCOMPARE(BandSettings().bandFor(pct), band);
}

void TestAnalysis::customBands()
{
    // Other ministry pages use 0-50 / 51-80 / 81-99 / 100.
    const BandSettings other {50, 80, 99};
    QCOMPARE(other.bandFor(50.0), Band::Red);
    QCOMPARE(other.bandFor(80.0), Band::Orange);
    QCOMPARE(other.bandFor(99.0), Band::LightGreen);
    QCOMPARE(other.bandFor(100.0), Band::DarkGreen);
}

void TestAnalysis::bandsAsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("orangeMax");
    QTest::newRow("the dashboard's") << u"25,50,75"_s << true << 50;
    QTest::newRow("other ministry pages'") << u"50, 80, 99"_s << true << 80;
    QTest::newRow("two limits") << u"25,50"_s << false << 0;
    QTest::newRow("not increasing") << u"25,25,75"_s << false << 0;
    QTest::newRow("100 is no upper limit") << u"25,50,100"_s << false << 0;
    QTest::newRow("words") << u"merah,oranye,hijau"_s << false << 0;
}

void TestAnalysis::bandsAsText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, orangeMax);
    const std::optional<BandSettings> bands = BandSettings::fromText(text);
    QCOMPARE(bands.has_value(), valid);
    if (valid) {
        QCOMPARE(bands->orangeMax, orangeMax);
        QCOMPARE(BandSettings::fromText(bands->toText()), bands);
    }
}

void TestAnalysis::smallDistrict_data()
{
    QTest::addColumn<Criteria>("criteria");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("puskesmas");
    QTest::addColumn<int>("complete");
    QTest::addColumn<int>("shortage");
    QTest::addColumn<int>("missingDentist");
    QTest::addColumn<int>("missingAtlm");
    // all: A ok, B ok (Non-ASN dentist), C lacks atlm+dentist, D ok.
    QTest::newRow("SISDMK, ASN + Non-ASN")
        << Criteria::Sisdmk << Status::All << 4 << 3 << 2 << 1 << 1;
    // asn: B lacks a dentist too.
    QTest::newRow("SISDMK, ASN only") << Criteria::Sisdmk << Status::Asn << 4 << 2 << 3 << 2 << 1;
    QTest::newRow("RPJMN leaves out D") << Criteria::Rpjmn << Status::All << 3 << 2 << 2 << 1 << 1;
    QTest::newRow("Registered leaves out C")
        << Criteria::Registered << Status::All << 3 << 3 << 0 << 0 << 0;
    QTest::newRow("Registered, ASN only")
        << Criteria::Registered << Status::Asn << 3 << 2 << 1 << 1 << 0;
}

void TestAnalysis::smallDistrict()
{
    QFETCH(Criteria, criteria);
    QFETCH(Status, status);
    QFETCH(int, puskesmas);
    QFETCH(int, complete);
    QFETCH(int, shortage);
    QFETCH(int, missingDentist);
    QFETCH(int, missingAtlm);
    const Analysis analysis(smallSnapshot());
    const RegionSummary s = analysis.summary(Level::District, u"36.02"_s, criteria, status);
    QCOMPARE(s.name, u"Lebak"_s);
    QCOMPARE(s.provinceName, u"Banten"_s);
    QCOMPARE(s.puskesmas, puskesmas);
    QCOMPARE(s.complete, complete);
    QCOMPARE(s.incomplete(), puskesmas - complete);
    QCOMPARE(s.shortage, shortage);
    QCOMPARE(s.missingByType.at(NakesTypes::indexOf(u"dokter_gigi")), missingDentist);
    QCOMPARE(s.missingByType.at(NakesTypes::indexOf(u"atlm")), missingAtlm);
    int missing = 0;
    for (int m : s.missingByType)
        missing += m;
    QCOMPARE(missing, shortage); // every empty cell is one Puskesmas missing one type
    QCOMPARE(s.completePct() + s.incompletePct(), 100.0);
}

void TestAnalysis::regionsRollUp()
{
    const Analysis analysis(smallSnapshot());
    const RegionSummary nation = analysis.national(Criteria::Sisdmk, Status::All);
    QCOMPARE(nation.puskesmas, 5);
    QCOMPARE(nation.complete, 3);
    QCOMPARE(nation.shortage, 3);
    QCOMPARE(nation.band, Band::LightGreen); // 60%
    const QList<RegionSummary> provinces = analysis.provinces(Criteria::Sisdmk, Status::All);
    QCOMPARE(provinces.size(), 1);
    QCOMPARE(provinces.first().name, u"Banten"_s);
    QCOMPARE(provinces.first().puskesmas, 5);
    const QList<RegionSummary> districts
        = analysis.districts(u"36"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(districts.size(), 2);
    QCOMPARE(districts.at(0).name, u"Lebak"_s);
    QCOMPARE(districts.at(1).name, u"Kota Serang"_s);
    QCOMPARE(districts.at(1).complete, 0);
    QCOMPARE(districts.at(1).band, Band::Red);
    QCOMPARE(analysis.districtCodes(u"36"_s), (QStringList {u"36.02"_s, u"36.73"_s}));
}

void TestAnalysis::puskesmasRows()
{
    const Analysis analysis(smallSnapshot());
    const QList<PuskesmasRow> rows = analysis.puskesmas(u"36.02"_s, Criteria::Sisdmk, Status::Asn);
    QCOMPARE(rows.size(), 4);
    const int dentist = NakesTypes::indexOf(u"dokter_gigi");
    QCOMPARE(rows.at(1).data->name, u"B"_s);
    QCOMPARE(rows.at(1).counts.at(dentist), 0);
    QCOMPARE(rows.at(1).fill(dentist), FillState::Empty);
    QVERIFY(!rows.at(1).complete());
    const QList<PuskesmasRow> allRows
        = analysis.puskesmas(u"36.02"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(allRows.at(1).counts.at(dentist), 1);
    QCOMPARE(allRows.at(1).fill(dentist), FillState::Filled);
    QVERIFY(allRows.at(1).complete());
}

void TestAnalysis::emptyRegion()
{
    const Analysis analysis(smallSnapshot());
    const RegionSummary s
        = analysis.summary(Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(s.puskesmas, 0);
    QCOMPARE(s.completePct(), 0.0);
    QCOMPARE(s.incompletePct(), 0.0);
    QCOMPARE(s.name, u"Lombok Timur"_s);
}

void TestAnalysis::seedDistrict_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("complete");
    QTest::addColumn<int>("shortage");
    QTest::addColumn<QString>("pct");
    QTest::addColumn<int>("missingDentist");
    QTest::newRow("Lombok Timur, ASN + Non-ASN") << Status::All << 27 << 8 << u"77.14"_s << 8;
    QTest::newRow("Lombok Timur, ASN only") << Status::Asn << 13 << 22 << u"37.14"_s << -1;
}

void TestAnalysis::seedDistrict()
{
    QFETCH(Status, status);
    QFETCH(int, complete);
    QFETCH(int, shortage);
    QFETCH(QString, pct);
    QFETCH(int, missingDentist);
    QVERIFY(m_seed);
    const RegionSummary s = m_seed->summary(Level::District, u"52.03"_s, Criteria::Sisdmk, status);
    QCOMPARE(s.name, u"Lombok Timur"_s);
    QCOMPARE(s.provinceName, u"Nusa Tenggara Barat"_s);
    QCOMPARE(s.puskesmas, 35);
    QCOMPARE(s.complete, complete);
    QCOMPARE(s.shortage, shortage);
    QCOMPARE(QString::number(s.completePct(), 'f', 2), pct);
    if (missingDentist >= 0) {
        QCOMPARE(s.missingByType.at(NakesTypes::indexOf(u"dokter_gigi")), missingDentist);
        QCOMPARE(s.band, Band::DarkGreen);
        QStringList lacking;
        for (const PuskesmasRow &row : m_seed->puskesmas(u"52.03"_s, Criteria::Sisdmk, status)) {
            if (!row.complete())
                lacking.append(row.data->name);
        }
        lacking.sort();
        QStringList expected {u"SUKARAJA"_s, u"SAKRA"_s,    u"KORLEKO"_s,   u"WANASABA"_s,
                              u"SEMBALUN"_s, u"SAMBELIA"_s, u"BELANTING"_s, u"AIKMEL UTARA"_s};
        expected.sort();
        QCOMPARE(lacking, expected);
    }
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
