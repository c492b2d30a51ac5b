// Tests model/analysis/skm.cpp: the kategori rule and default preset of DOMAIN.md §3, per-kategori
// overrides, JSON round trips and refusals, and the SKM shortage/surplus of a region.
#include "analysis.h"
#include "nakestypes.h"
#include "skm.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestSkm : public QObject
{
    Q_OBJECT

private slots:
    void kategoriRule_data();
    void kategoriRule();
    void defaultPreset_data();
    void defaultPreset();
    void overrides();
    void jsonRoundTrip();
    void missingTypeKeepsPreset();
    void refusedJson_data();
    void refusedJson();
    void regionSummary_data();
    void regionSummary();
};

namespace {

int type(const char *key)
{
    return NakesTypes::indexOf(QString::fromLatin1(key));
}

PuskesmasData puskesmas(const QString &district, const QString &name, const QString &kategori,
                        QList<int> asn, QList<int> nonAsn)
{
    PuskesmasData p;
    p.districtCode = district;
    p.name = name;
    p.kategori = kategori;
    p.asn = std::move(asn);
    p.nonAsn = std::move(nonAsn);
    p.rpjmn = true;
    p.registered = true;
    return p;
}

QList<int> preset(KategoriClass c)
{
    const SkmStandards standards;
    QList<int> values;
    for (int t = 0; t < NakesTypes::count(); ++t)
        values.append(standards.classStandard(c, t));
    return values;
}

// Lebak (36.02): A non rawat inap at the standard except 6 nurses (+1) and 2 midwives (-2);
// B rawat inap with exactly the rawat inap standard, of which one doctor is Non-ASN;
// C (not on the RPJMN list) has nobody. Kota Serang (36.73): D rawat inap with the
// non rawat inap standard: short of 1 doctor, 3 nurses, 3 midwives, 1 nutritionist.
Analysis smallAnalysis()
{
    const int types = NakesTypes::count();
    QList<int> a = preset(KategoriClass::NonRawatInap);
    a[type("perawat")] = 6;
    a[type("bidan")] = 2;
    QList<int> bAsn = preset(KategoriClass::RawatInap);
    bAsn[type("dokter")] -= 1;
    QList<int> bNon(types, 0);
    bNon[type("dokter")] = 1;
    Snapshot s;
    s.cutoff = QDate(2025, 1, 1);
    s.puskesmas = {
        puskesmas(u"36.02"_s, u"A"_s, u"Perkotaan Non Rawat Inap"_s, a, QList<int>(types, 0)),
        puskesmas(u"36.02"_s, u"B"_s, u"Pedesaan Rawat Inap"_s, bAsn, bNon),
        puskesmas(u"36.02"_s, u"C"_s, QString(), QList<int>(types, 0), QList<int>(types, 0)),
        puskesmas(u"36.73"_s, u"D"_s, u"Terpencil Rawat Inap"_s,
                  preset(KategoriClass::NonRawatInap), QList<int>(types, 0)),
    };
    s.puskesmas[2].rpjmn = false;
    return Analysis(std::move(s));
}

} // namespace

void TestSkm::kategoriRule_data()
{
    QTest::addColumn<QString>("kategori");
    QTest::addColumn<KategoriClass>("expected");
    QTest::newRow("village with beds") << u"Pedesaan Rawat Inap"_s << KategoriClass::RawatInap;
    QTest::newRow("remote with beds") << u"Terpencil Rawat Inap"_s << KategoriClass::RawatInap;
    QTest::newRow("upper case") << u"SANGAT TERPENCIL RAWAT INAP"_s << KategoriClass::RawatInap;
    QTest::newRow("town without beds")
        << u"Perkotaan Non Rawat Inap"_s << KategoriClass::NonRawatInap;
    QTest::newRow("bare non rawat inap") << u"Non Rawat Inap"_s << KategoriClass::NonRawatInap;
    QTest::newRow("hyphenated non") << u"Non-Rawat Inap"_s << KategoriClass::NonRawatInap;
    QTest::newRow("empty kategori") << QString() << KategoriClass::NonRawatInap;
    QTest::newRow("area only") << u"Perkotaan"_s << KategoriClass::NonRawatInap;
}

void TestSkm::kategoriRule()
{
    QFETCH(QString, kategori);
    QFETCH(KategoriClass, expected);
    QCOMPARE(kategoriClass(kategori), expected);
}

void TestSkm::defaultPreset_data()
{
    // DOMAIN.md §3, SKM standards (default preset).
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("nonRawatInap");
    QTest::addColumn<int>("rawatInap");
    QTest::newRow("physician") << u"dokter"_s << 1 << 2;
    QTest::newRow("dentist") << u"dokter_gigi"_s << 1 << 1;
    QTest::newRow("nurse") << u"perawat"_s << 5 << 8;
    QTest::newRow("midwife") << u"bidan"_s << 4 << 7;
    QTest::newRow("health promotion") << u"promkes"_s << 1 << 1;
    QTest::newRow("environmental health") << u"sanitasi"_s << 1 << 1;
    QTest::newRow("nutrition") << u"gizi"_s << 1 << 2;
    QTest::newRow("pharmacy") << u"farmasi"_s << 1 << 1;
    QTest::newRow("medical laboratory") << u"atlm"_s << 1 << 1;
}

void TestSkm::defaultPreset()
{
    QFETCH(QString, key);
    QFETCH(int, nonRawatInap);
    QFETCH(int, rawatInap);
    const int t = NakesTypes::indexOf(key);
    QVERIFY(t >= 0);
    const SkmStandards standards;
    QVERIFY(standards.isDefault());
    QCOMPARE(standards.classStandard(KategoriClass::NonRawatInap, t), nonRawatInap);
    QCOMPARE(standards.classStandard(KategoriClass::RawatInap, t), rawatInap);
    QCOMPARE(standards.standard(u"Perkotaan Non Rawat Inap"_s, t), nonRawatInap);
    QCOMPARE(standards.standard(QString(), t), nonRawatInap);
    QCOMPARE(standards.standard(u"Pedesaan Rawat Inap"_s, t), rawatInap);
}

void TestSkm::overrides()
{
    SkmStandards standards;
    const int dokter = type("dokter");
    const int bidan = type("bidan");
    standards.setOverride(u"Terpencil Rawat Inap"_s, dokter, 3);
    QVERIFY(!standards.isDefault());
    QCOMPARE(standards.standard(u"Terpencil Rawat Inap"_s, dokter), 3);
    QCOMPARE(standards.standard(u"  terpencil   RAWAT inap "_s, dokter), 3); // same kategori
    QCOMPARE(standards.standard(u"Terpencil Rawat Inap"_s, bidan), 7); // class standard
    QCOMPARE(standards.standard(u"Pedesaan Rawat Inap"_s, dokter), 2); // other kategori
    QVERIFY(standards.hasOverride(u"terpencil rawat inap"_s, dokter));
    QCOMPARE(standards.overriddenKategori(), QStringList {u"Terpencil Rawat Inap"_s});

    standards.setClassStandard(KategoriClass::RawatInap, dokter, 4);
    QCOMPARE(standards.standard(u"Pedesaan Rawat Inap"_s, dokter), 4);
    QCOMPARE(standards.standard(u"Terpencil Rawat Inap"_s, dokter), 3); // override wins

    standards.setClassStandard(KategoriClass::RawatInap, dokter, 5000);
    QCOMPARE(standards.classStandard(KategoriClass::RawatInap, dokter), SkmStandards::MaxStandard);

    standards.removeOverride(u"TERPENCIL RAWAT INAP"_s, dokter);
    QVERIFY(standards.overriddenKategori().isEmpty());
    QCOMPARE(standards.standard(u"Terpencil Rawat Inap"_s, dokter), SkmStandards::MaxStandard);
    standards.setClassStandard(KategoriClass::RawatInap, dokter, 2);
    QVERIFY(standards.isDefault());
}

void TestSkm::jsonRoundTrip()
{
    SkmStandards edited;
    edited.setClassStandard(KategoriClass::NonRawatInap, type("perawat"), 6);
    edited.setClassStandard(KategoriClass::RawatInap, type("gizi"), 3);
    edited.setOverride(u"Sangat Terpencil Rawat Inap"_s, type("dokter"), 1);
    edited.setOverride(u"Sangat Terpencil Rawat Inap"_s, type("bidan"), 9);
    const QByteArray json = edited.toJson();
    QVERIFY(json.contains("\"Sangat Terpencil Rawat Inap\""));
    QVERIFY(json.contains("\"non_rawat_inap\""));
    const Result<SkmStandards> read = SkmStandards::fromJson(json);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QVERIFY(*read == edited);
    QCOMPARE(read->standard(u"Sangat Terpencil Rawat Inap"_s, type("bidan")), 9);
    QCOMPARE(read->standard(u"Sangat Terpencil Rawat Inap"_s, type("perawat")), 8);

    const Result<SkmStandards> defaults = SkmStandards::fromJson(SkmStandards().toJson());
    QVERIFY(defaults.ok());
    QVERIFY(defaults->isDefault());
}

void TestSkm::missingTypeKeepsPreset()
{
    const Result<SkmStandards> read = SkmStandards::fromJson(R"({"rawat_inap": {"dokter": 4}})");
    QVERIFY(read.ok());
    QCOMPARE(read->classStandard(KategoriClass::RawatInap, type("dokter")), 4);
    QCOMPARE(read->classStandard(KategoriClass::RawatInap, type("bidan")), 7);
    QCOMPARE(read->classStandard(KategoriClass::NonRawatInap, type("perawat")), 5);
}

void TestSkm::refusedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{dokter: 1") << u"not a JSON object"_s;
    QTest::newRow("an array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
    QTest::newRow("unknown type") << QByteArray(R"({"rawat_inap": {"psikolog": 1}})")
                                  << u"'psikolog'"_s;
    QTest::newRow("negative count")
        << QByteArray(R"({"non_rawat_inap": {"bidan": -1}})") << u"bidan"_s;
    QTest::newRow("fraction") << QByteArray(R"({"non_rawat_inap": {"gizi": 1.5}})") << u"gizi"_s;
    QTest::newRow("text count") << QByteArray(R"({"non_rawat_inap": {"gizi": "2"}})") << u"gizi"_s;
    QTest::newRow("too many") << QByteArray(R"({"kategori": {"X": {"atlm": 1000}}})") << u"atlm"_s;
}

void TestSkm::refusedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<SkmStandards> read = SkmStandards::fromJson(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Error::Kind::Input);
    QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
}

void TestSkm::regionSummary_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Criteria>("criteria");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("puskesmas");
    QTest::addColumn<int>("meetingAll");
    QTest::addColumn<int>("shortage");
    QTest::addColumn<int>("surplus");
    QTest::addColumn<int>("dokterShortage");
    QTest::addColumn<int>("bidanShortage");

    const int none = 16; // C: the non rawat inap preset, summed
    // Lebak under sisdmk: A short 2 midwives, +1 nurse; B meets; C lacks everything.
    QTest::newRow("Lebak, all workers") << Level::District << u"36.02"_s << Criteria::Sisdmk
                                        << Status::All << 3 << 1 << 2 + none << 1 << 1 << 2 + 4;
    // ASN only: B's Non-ASN doctor no longer counts.
    QTest::newRow("Lebak, ASN only") << Level::District << u"36.02"_s << Criteria::Sisdmk
                                     << Status::Asn << 3 << 0 << 3 + none << 1 << 2 << 2 + 4;
    QTest::newRow("Lebak, RPJMN list") << Level::District << u"36.02"_s << Criteria::Rpjmn
                                       << Status::All << 2 << 1 << 2 << 1 << 0 << 2;
    // D, rawat inap with the non rawat inap preset: 1 + 3 + 3 + 1 short.
    QTest::newRow("Kota Serang") << Level::District << u"36.73"_s << Criteria::Sisdmk << Status::All
                                 << 1 << 0 << 8 << 0 << 1 << 3;
    QTest::newRow("Banten province") << Level::Province << u"36"_s << Criteria::Sisdmk
                                     << Status::All << 4 << 1 << 2 + none + 8 << 1 << 2 << 9;
    QTest::newRow("nation") << Level::National << QString() << Criteria::Sisdmk << Status::All << 4
                            << 1 << 2 + none + 8 << 1 << 2 << 9;
    QTest::newRow("district without data") << Level::District << u"52.03"_s << Criteria::Sisdmk
                                           << Status::All << 0 << 0 << 0 << 0 << 0 << 0;
}

void TestSkm::regionSummary()
{
    QFETCH(Level, level);
    QFETCH(QString, code);
    QFETCH(Criteria, criteria);
    QFETCH(Status, status);
    QFETCH(int, puskesmas);
    QFETCH(int, meetingAll);
    QFETCH(int, shortage);
    QFETCH(int, surplus);
    QFETCH(int, dokterShortage);
    QFETCH(int, bidanShortage);
    const Analysis analysis = smallAnalysis();
    const SkmSummary s = skmSummary(analysis, level, code, criteria, status);
    QCOMPARE(s.puskesmas, puskesmas);
    QCOMPARE(s.meetingAll, meetingAll);
    QCOMPARE(s.totalShortage(), shortage);
    QCOMPARE(s.totalSurplus(), surplus);
    QCOMPARE(s.shortage.at(type("dokter")), dokterShortage);
    QCOMPARE(s.shortage.at(type("bidan")), bidanShortage);
    QCOMPARE(s.shortage.size(), NakesTypes::count());
    for (int t = 0; t < NakesTypes::count(); ++t) {
        // Per type: existing − standard = surplus − shortage.
        QCOMPARE(s.existing.at(t) - s.standard.at(t), s.surplus.at(t) - s.shortage.at(t));
        QVERIFY(s.meetingType.at(t) >= s.meetingAll);
    }
}

QTEST_GUILESS_MAIN(TestSkm)
#include "tst_skm.moc"
