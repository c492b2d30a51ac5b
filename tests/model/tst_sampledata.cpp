#include "testutil.h"

#include "analysis.h"
#include "nakestypes.h"
#include "sampledata.h"
#include "store.h"
#include "wilayah.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <limits>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

// DOMAIN.md §3, computed straight from a batch so these tests do not depend on the store.
struct Tally
{
    int puskesmas = 0;
    int complete = 0;
    int shortage = 0;
    QList<int> missingByType;
    double completePct() const { return puskesmas ? 100.0 * complete / puskesmas : 0.0; }
};

int count(const PuskesmasCounts &row, int type, bool asnOnly)
{
    return asnOnly ? row.asn.at(type) : row.asn.at(type) + row.nonAsn.at(type);
}

void add(Tally &tally, const PuskesmasCounts &row, bool asnOnly)
{
    if (tally.missingByType.isEmpty())
        tally.missingByType = QList<int>(NakesTypes::count(), 0);
    ++tally.puskesmas;
    int empty = 0;
    for (int t = 0; t < NakesTypes::count(); ++t) {
        if (count(row, t, asnOnly) < 1) {
            ++empty;
            ++tally.missingByType[t];
        }
    }
    tally.shortage += empty;
    if (empty == 0)
        ++tally.complete;
}

Tally tallyOf(const ImportBatch &batch, bool asnOnly, const QString &districtCode = {},
              const QString &provinceCode = {})
{
    Tally tally;
    for (const PuskesmasCounts &row : batch.puskesmas) {
        if (!districtCode.isEmpty() && row.districtCode != districtCode)
            continue;
        if (!provinceCode.isEmpty() && !row.districtCode.startsWith(provinceCode + u'.'))
            continue;
        add(tally, row, asnOnly);
    }
    return tally;
}

bool sameRows(const QList<PuskesmasCounts> &a, const QList<PuskesmasCounts> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const PuskesmasCounts &x = a.at(i);
        const PuskesmasCounts &y = b.at(i);
        if (x.line != y.line || x.districtCode != y.districtCode || x.code != y.code
            || x.name != y.name || x.kategori != y.kategori || x.rpjmn != y.rpjmn
            || x.registered != y.registered || x.asn != y.asn || x.nonAsn != y.nonAsn)
            return false;
    }
    return true;
}

bool sameEntries(const QList<ListEntry> &a, const QList<ListEntry> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).code != b.at(i).code || a.at(i).line != b.at(i).line
            || a.at(i).districtCode != b.at(i).districtCode || a.at(i).name != b.at(i).name)
            return false;
    }
    return true;
}

} // namespace

class TestSampleData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deterministic();
    void differentSeedDiffers();
    void sameOnEveryPlatform();
    void cutoffs();
    void batchesAreSample();
    void regions();
    void puskesmasCount_data();
    void puskesmasCount();
    void uniqueCodes();
    void namesFromKecamatan();
    void realisticCounts();
    void lists();
    void nationalCompleteness_data();
    void nationalCompleteness();
    void regionalContrast_data();
    void regionalContrast();
    void everyProvinceInRange();
    void mostMissingTypes();
    void lombokTimur_data();
    void lombokTimur();
    void lombokTimurUnchanged();
    void changeOverTime();
    void storeImport();
    void storeLombokTimur_data();
    void storeLombokTimur();
    void storeNational_data();
    void storeNational();
    void snapshotAsTheStoreLoadsIt();

private:
    SampleData m_data;
    QTemporaryDir m_dir;
    std::unique_ptr<Analysis> m_previous; // the sample as the store gives it back
    std::unique_ptr<Analysis> m_latest;
};

void TestSampleData::initTestCase()
{
    m_data = generateSampleData();
    QCOMPARE(m_data.cutoffs.size(), 2);
}

void TestSampleData::deterministic()
{
    const SampleData again = generateSampleData();
    QCOMPARE(again.cutoffs.size(), m_data.cutoffs.size());
    for (qsizetype i = 0; i < again.cutoffs.size(); ++i) {
        QCOMPARE(again.cutoffs.at(i).cutoff, m_data.cutoffs.at(i).cutoff);
        QCOMPARE(again.cutoffs.at(i).batch.sha256, m_data.cutoffs.at(i).batch.sha256);
        QVERIFY(
            sameRows(again.cutoffs.at(i).batch.puskesmas, m_data.cutoffs.at(i).batch.puskesmas));
    }
    QVERIFY(sameEntries(again.rpjmn, m_data.rpjmn));
    QVERIFY(sameEntries(again.registered, m_data.registered));
    QCOMPARE(again.rpjmnSha256, m_data.rpjmnSha256);
    QCOMPARE(m_data.rpjmnSha256.size(), 64);
    QVERIFY(m_data.rpjmnSha256 != m_data.registeredSha256);
}

void TestSampleData::differentSeedDiffers()
{
    const SampleData other = generateSampleData(QDate(2025, 6, 1), 7);
    QVERIFY(other.cutoffs.last().batch.sha256 != m_data.cutoffs.last().batch.sha256);
    // The seed's district does not depend on the seed.
    const Tally tally = tallyOf(other.cutoffs.last().batch, false, u"52.03"_s);
    QCOMPARE(tally.puskesmas, 35);
    QCOMPARE(tally.complete, 27);
}

void TestSampleData::sameOnEveryPlatform()
{
    // Digests of the default sample from GCC 12 -O2 (and the same from Clang 14 -O3
    // -march=native -ffp-contract=fast): every machine and compiler must give these. They change,
    // legitimately, with the wilayah list, the type table, Lombok Timur's file or the generator;
    // then update them here and say why in the commit.
    const QString previous = m_data.cutoffs.first().batch.sha256;
    const QString latest = m_data.cutoffs.last().batch.sha256;
    qInfo("digests: %s %s %s", qPrintable(previous), qPrintable(latest),
          qPrintable(m_data.rpjmnSha256));
    QCOMPARE(previous, u"c27d0c4986d18b995d93595121b78137c71530390f96833f1b92de13bcca30af"_s);
    QCOMPARE(latest, u"1413208f44ca1136b149ad60a9dcf893f26f42fd4d7f95a78c561c34f8c0a3de"_s);
    QCOMPARE(m_data.rpjmnSha256,
             u"0b7d27b9975d13e180b9ad3fee7250a03e486a8fac3ae4a7ae8f701952670e68"_s);
}

void TestSampleData::cutoffs()
{
    QCOMPARE(m_data.cutoffs.first().cutoff, QDate(2025, 5, 1));
    QCOMPARE(m_data.cutoffs.last().cutoff, QDate(2025, 6, 1));
    const SampleData other = generateSampleData(QDate(2024, 1, 1));
    QCOMPARE(other.cutoffs.first().cutoff, QDate(2023, 12, 1));
    QCOMPARE(other.cutoffs.last().cutoff, QDate(2024, 1, 1));
    QCOMPARE(other.cutoffs.first().cutoff.addMonths(1), other.cutoffs.last().cutoff);
}

void TestSampleData::batchesAreSample()
{
    for (const SampleCutoff &cutoff : std::as_const(m_data.cutoffs)) {
        QVERIFY(cutoff.batch.sample);
        QCOMPARE(cutoff.batch.format, u"demo"_s);
        QCOMPARE(cutoff.batch.sha256.size(), 64);
        QVERIFY(!cutoff.batch.sourceName.isEmpty());
        QCOMPARE(cutoff.batch.report.recordsRead, int(cutoff.batch.puskesmas.size()));
        for (const PuskesmasCounts &row : cutoff.batch.puskesmas) {
            QCOMPARE(row.asn.size(), NakesTypes::count());
            QCOMPARE(row.nonAsn.size(), NakesTypes::count());
            QVERIFY(row.rpjmn.has_value());
            QVERIFY(row.registered.has_value());
        }
    }
    QVERIFY(m_data.cutoffs.first().batch.sha256 != m_data.cutoffs.last().batch.sha256);
}

void TestSampleData::regions()
{
    const Wilayah &wilayah = Wilayah::instance();
    for (const SampleCutoff &cutoff : std::as_const(m_data.cutoffs)) {
        QSet<QString> districts;
        QSet<QString> provinces;
        for (const PuskesmasCounts &row : cutoff.batch.puskesmas) {
            const District *district = wilayah.district(row.districtCode);
            QVERIFY2(district, qPrintable(row.districtCode));
            districts.insert(district->code);
            provinces.insert(district->provinceCode);
        }
        QCOMPARE(provinces.size(), 38);
        QCOMPARE(districts.size(), 514);
    }
}

void TestSampleData::puskesmasCount_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("previous month") << 0;
    QTest::newRow("latest cut-off") << 1;
}

void TestSampleData::puskesmasCount()
{
    QFETCH(int, index);
    const qsizetype n = m_data.cutoffs.at(index).batch.puskesmas.size();
    QVERIFY2(n >= 10000 && n <= 10600, qPrintable(QString::number(n)));
}

void TestSampleData::uniqueCodes()
{
    for (const SampleCutoff &cutoff : std::as_const(m_data.cutoffs)) {
        QSet<QString> codes;
        QSet<QString> names; // district + name: the identity when a file has no codes
        for (const PuskesmasCounts &row : cutoff.batch.puskesmas) {
            QVERIFY(row.code.startsWith(u'P'));
            QCOMPARE(row.code.size(), 9);
            QVERIFY2(!codes.contains(row.code), qPrintable(row.code));
            codes.insert(row.code);
            const QString key = row.districtCode + u'|' + puskesmasNameKey(row.name);
            QVERIFY2(!names.contains(key), qPrintable(key));
            names.insert(key);
        }
    }
}

void TestSampleData::namesFromKecamatan()
{
    const Wilayah &wilayah = Wilayah::instance();
    QHash<QString, QString> kecamatanNames; // "P520301" -> "KERUAK"
    for (const Kecamatan &k : wilayah.kecamatan())
        kecamatanNames.insert(u"P"_s + QString(k.code).remove(u'.'), k.name.toUpper());
    int second = 0;
    for (const PuskesmasCounts &row : m_data.cutoffs.last().batch.puskesmas) {
        if (row.districtCode == u"52.03")
            continue;
        const QString kecamatan = kecamatanNames.value(row.code.left(7));
        QVERIFY2(!kecamatan.isEmpty(), qPrintable(row.code));
        QVERIFY2(row.name.contains(kecamatan), qPrintable(row.name + u" / "_s + kecamatan));
        QVERIFY(row.code.startsWith(u"P"_s + QString(row.districtCode).remove(u'.')));
        if (!row.code.endsWith(u"01"_s))
            ++second;
    }
    QVERIFY(second > 1000); // populous kecamatan have a second Puskesmas
}

void TestSampleData::realisticCounts()
{
    const int dokter = NakesTypes::indexOf(u"dokter");
    const int perawat = NakesTypes::indexOf(u"perawat");
    const int bidan = NakesTypes::indexOf(u"bidan");
    const QStringList kategori
        = {u"Perkotaan"_s, u"Pedesaan"_s, u"Terpencil"_s, u"Sangat Terpencil"_s};
    qint64 perawatTotal = 0;
    int rawatInap = 0;
    int withAsn = 0;
    int withNonAsn = 0;
    const QList<PuskesmasCounts> &rows = m_data.cutoffs.last().batch.puskesmas;
    for (const PuskesmasCounts &row : rows) {
        for (int t = 0; t < NakesTypes::count(); ++t) {
            QVERIFY(row.asn.at(t) >= 0 && row.nonAsn.at(t) >= 0);
            QVERIFY(row.asn.at(t) + row.nonAsn.at(t) <= 999);
            withAsn += row.asn.at(t) > 0 ? 1 : 0;
            withNonAsn += row.nonAsn.at(t) > 0 ? 1 : 0;
        }
        QVERIFY(count(row, dokter, false) <= (row.districtCode == u"52.03" ? 10 : 4));
        perawatTotal += count(row, perawat, false) + count(row, bidan, false);
        if (row.districtCode == u"52.03")
            continue;
        QVERIFY2(std::any_of(kategori.cbegin(), kategori.cend(),
                             [&](const QString &k) { return row.kategori.startsWith(k); }),
                 qPrintable(row.kategori));
        rawatInap += row.kategori.endsWith(u" Rawat Inap"_s) && !row.kategori.contains(u"Non"_s);
    }
    const double nursesAndMidwives = double(perawatTotal) / rows.size();
    QVERIFY2(nursesAndMidwives > 20 && nursesAndMidwives < 80,
             qPrintable(QString::number(nursesAndMidwives)));
    QVERIFY(rawatInap > rows.size() / 5 && rawatInap < rows.size() * 3 / 5);
    QVERIFY(withAsn > 0 && withNonAsn > 0);

    // Cities are mostly Perkotaan; Papua and Maluku mostly Terpencil or Sangat Terpencil.
    int cityRows = 0, cityUrban = 0, eastRows = 0, eastRemote = 0;
    for (const PuskesmasCounts &row : rows) {
        if (Wilayah::instance().district(row.districtCode)->isCity) {
            ++cityRows;
            cityUrban += row.kategori.startsWith(u"Perkotaan"_s);
        }
        if (row.districtCode.startsWith(u'9') || row.districtCode.startsWith(u"81."_s)
            || row.districtCode.startsWith(u"82."_s)) {
            ++eastRows;
            eastRemote += row.kategori.contains(u"Terpencil"_s);
        }
    }
    QVERIFY(cityUrban * 10 > cityRows * 7);
    QVERIFY(eastRemote * 2 > eastRows);
}

void TestSampleData::lists()
{
    QCOMPARE(m_data.rpjmn.size(), qsizetype(SampleData::RpjmnCount));
    QCOMPARE(m_data.rpjmn.size(), 10195);
    for (const SampleCutoff &cutoff : std::as_const(m_data.cutoffs)) {
        const QList<PuskesmasCounts> &rows = cutoff.batch.puskesmas;
        QVERIFY(m_data.registered.size() < rows.size());
        QVERIFY(m_data.registered.size() * 100 > rows.size() * 95);
        QSet<QString> rpjmn;
        QSet<QString> registered;
        for (const ListEntry &entry : std::as_const(m_data.rpjmn))
            rpjmn.insert(entry.code);
        for (const ListEntry &entry : std::as_const(m_data.registered))
            registered.insert(entry.code);
        QCOMPARE(rpjmn.size(), m_data.rpjmn.size());
        int flaggedRpjmn = 0;
        int lombokTimurOnRpjmn = 0;
        for (const PuskesmasCounts &row : rows) {
            QCOMPARE(*row.rpjmn, rpjmn.contains(row.code));
            QCOMPARE(*row.registered, registered.contains(row.code));
            flaggedRpjmn += *row.rpjmn;
            if (row.districtCode == u"52.03")
                lombokTimurOnRpjmn += *row.rpjmn;
        }
        QCOMPARE(flaggedRpjmn, 10195);
        QCOMPARE(lombokTimurOnRpjmn, 35);
    }
}

void TestSampleData::nationalCompleteness_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("previous month") << 0;
    QTest::newRow("latest cut-off") << 1;
}

void TestSampleData::nationalCompleteness()
{
    QFETCH(int, index);
    const Tally all = tallyOf(m_data.cutoffs.at(index).batch, false);
    const Tally asn = tallyOf(m_data.cutoffs.at(index).batch, true);
    qInfo("%d Puskesmas, complete %.2f%% (ASN only %.2f%%), shortage %d", all.puskesmas,
          all.completePct(), asn.completePct(), all.shortage);
    QVERIFY2(all.completePct() > 40 && all.completePct() < 50,
             qPrintable(QString::number(all.completePct())));
    QVERIFY(asn.complete < all.complete);
    QVERIFY(asn.shortage > all.shortage);
}

void TestSampleData::regionalContrast_data()
{
    QTest::addColumn<QString>("high");
    QTest::addColumn<QString>("low");
    const QStringList java = {u"31"_s, u"32"_s, u"33"_s, u"34"_s, u"35"_s, u"36"_s, u"51"_s};
    const QStringList east
        = {u"81"_s, u"82"_s, u"91"_s, u"92"_s, u"93"_s, u"94"_s, u"95"_s, u"96"_s};
    for (const QString &high : java) {
        for (const QString &low : east) {
            const QString name = Wilayah::instance().province(high)->name + u" above "_s
                                 + Wilayah::instance().province(low)->name;
            QTest::newRow(qPrintable(name)) << high << low;
        }
    }
}

void TestSampleData::regionalContrast()
{
    QFETCH(QString, high);
    QFETCH(QString, low);
    for (const SampleCutoff &cutoff : std::as_const(m_data.cutoffs)) {
        const Tally h = tallyOf(cutoff.batch, false, {}, high);
        const Tally l = tallyOf(cutoff.batch, false, {}, low);
        QVERIFY(h.completePct() >= 65 && h.completePct() <= 92);
        QVERIFY(l.completePct() >= 2 && l.completePct() <= 25);
        QVERIFY(h.completePct() > l.completePct() + 40);
    }
}

void TestSampleData::everyProvinceInRange()
{
    const ImportBatch &batch = m_data.cutoffs.last().batch;
    QStringList outOfRange;
    for (const Province &province : Wilayah::instance().provinces()) {
        const Tally all = tallyOf(batch, false, {}, province.code);
        const Tally asn = tallyOf(batch, true, {}, province.code);
        qInfo("%s %-32s %5d Puskesmas  complete %6.2f%%  ASN only %6.2f%%",
              qPrintable(province.code), qPrintable(province.name), all.puskesmas,
              all.completePct(), asn.completePct());
        if (all.puskesmas < 50 || all.completePct() < 2 || all.completePct() > 92
            || asn.completePct() >= all.completePct())
            outOfRange.append(province.name);
    }
    QVERIFY2(outOfRange.isEmpty(), qPrintable(outOfRange.join(u", "_s)));
}

void TestSampleData::mostMissingTypes()
{
    for (const SampleCutoff &cutoff : std::as_const(m_data.cutoffs)) {
        const Tally tally = tallyOf(cutoff.batch, false);
        QList<int> order(NakesTypes::count());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return tally.missingByType.at(a) > tally.missingByType.at(b);
        });
        const QSet<QString> topTwo
            = {NakesTypes::at(order.at(0)).key, NakesTypes::at(order.at(1)).key};
        QCOMPARE(topTwo, (QSet<QString> {u"dokter_gigi"_s, u"atlm"_s}));
        QVERIFY(tally.missingByType.at(order.at(1)) > tally.missingByType.at(order.at(2)));
    }
}

void TestSampleData::lombokTimur_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("asnOnly");
    QTest::addColumn<int>("complete");
    QTest::addColumn<int>("shortage");
    QTest::newRow("previous month, ASN + Non-ASN") << 0 << false << 27 << 8;
    QTest::newRow("previous month, ASN only") << 0 << true << 13 << 22;
    QTest::newRow("latest, ASN + Non-ASN") << 1 << false << 27 << 8;
    QTest::newRow("latest, ASN only") << 1 << true << 13 << 22;
}

void TestSampleData::lombokTimur()
{
    QFETCH(int, index);
    QFETCH(bool, asnOnly);
    QFETCH(int, complete);
    QFETCH(int, shortage);
    const Tally tally = tallyOf(m_data.cutoffs.at(index).batch, asnOnly, u"52.03"_s);
    QCOMPARE(tally.puskesmas, 35);
    QCOMPARE(tally.complete, complete);
    QCOMPARE(tally.shortage, shortage);
    QCOMPARE(QString::number(tally.completePct(), 'f', 2), asnOnly ? u"37.14"_s : u"77.14"_s);
    if (!asnOnly) {
        // All 8 incomplete Puskesmas miss a dentist, and only a dentist.
        QCOMPARE(tally.missingByType.at(NakesTypes::indexOf(u"dokter_gigi")), 8);
        QStringList missing;
        for (const PuskesmasCounts &row : m_data.cutoffs.at(index).batch.puskesmas) {
            if (row.districtCode == u"52.03"
                && count(row, NakesTypes::indexOf(u"dokter_gigi"), false) == 0)
                missing.append(row.name);
        }
        QCOMPARE(missing,
                 (QStringList {u"SUKARAJA"_s, u"SAKRA"_s, u"KORLEKO"_s, u"WANASABA"_s,
                               u"SEMBALUN"_s, u"SAMBELIA"_s, u"BELANTING"_s, u"AIKMEL UTARA"_s}));
    }
}

void TestSampleData::lombokTimurUnchanged()
{
    QList<PuskesmasCounts> before;
    QList<PuskesmasCounts> after;
    for (const PuskesmasCounts &row : m_data.cutoffs.first().batch.puskesmas) {
        if (row.districtCode == u"52.03")
            before.append(row);
    }
    for (const PuskesmasCounts &row : m_data.cutoffs.last().batch.puskesmas) {
        if (row.districtCode == u"52.03")
            after.append(row);
    }
    QCOMPARE(after.size(), 35);
    QVERIFY(sameRows(before, after));
    // The first row is the seed's first: KERUAK, dokter 3 + 1, named after kecamatan 52.03.01.
    QCOMPARE(after.first().name, u"KERUAK"_s);
    QCOMPARE(after.first().code, u"P52030101"_s);
    QCOMPARE(after.first().asn.at(0), 3);
    QCOMPARE(after.first().nonAsn.at(0), 1);
}

void TestSampleData::changeOverTime()
{
    const Tally before = tallyOf(m_data.cutoffs.first().batch, false);
    const Tally after = tallyOf(m_data.cutoffs.last().batch, false);
    QCOMPARE(before.puskesmas, after.puskesmas);
    const double change = after.completePct() - before.completePct();
    qInfo("national completeness %.2f%% -> %.2f%% (%+.2f points)", before.completePct(),
          after.completePct(), change);
    QVERIFY2(change >= 0.3 && change <= 3.0, qPrintable(QString::number(change)));
    int changedRows = 0;
    for (qsizetype i = 0; i < after.puskesmas; ++i) {
        const PuskesmasCounts &a = m_data.cutoffs.first().batch.puskesmas.at(i);
        const PuskesmasCounts &b = m_data.cutoffs.last().batch.puskesmas.at(i);
        QCOMPARE(a.code, b.code);
        changedRows += a.asn != b.asn || a.nonAsn != b.nonAsn;
    }
    QVERIFY(changedRows > 100 && changedRows < after.puskesmas / 2);
}

// The sample through the real path: Store import of both cut-offs and their lists, then the
// engine on the snapshots the store loads.
void TestSampleData::storeImport()
{
    QVERIFY(m_dir.isValid());
    Store store;
    const Result<void> opened = store.open(m_dir.filePath(u"sample.lengkap"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    for (const SampleCutoff &cutoff : std::as_const(m_data.cutoffs)) {
        const Result<ImportOutcome> outcome = store.importBatch(cutoff.batch, cutoff.cutoff, false);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QCOMPARE(outcome->puskesmas, int(cutoff.batch.puskesmas.size()));
        QCOMPARE(outcome->districtCodes.size(), 514);
        const Result<int> rpjmn = store.importList(ListKind::Rpjmn, cutoff.cutoff, m_data.rpjmn,
                                                   u"sample-rpjmn"_s, m_data.rpjmnSha256);
        QVERIFY2(rpjmn.ok(), qPrintable(rpjmn.ok() ? QString() : rpjmn.error().message));
        QCOMPARE(*rpjmn, 10195);
        const Result<int> registered
            = store.importList(ListKind::Registered, cutoff.cutoff, m_data.registered,
                               u"sample-registered"_s, m_data.registeredSha256);
        QVERIFY2(registered.ok(),
                 qPrintable(registered.ok() ? QString() : registered.error().message));
        QCOMPARE(*registered, int(m_data.registered.size()));
    }
    const Result<QList<QDate>> cutoffs = store.cutoffs();
    QVERIFY(cutoffs.ok());
    QCOMPARE(*cutoffs, (QList<QDate> {QDate(2025, 5, 1), QDate(2025, 6, 1)}));
    Result<Snapshot> previous = store.loadSnapshot(cutoffs->first());
    Result<Snapshot> latest = store.loadSnapshot(cutoffs->last());
    QVERIFY(previous.ok() && latest.ok());
    QVERIFY(latest->sample);
    QCOMPARE(latest->puskesmas.size(), m_data.cutoffs.last().batch.puskesmas.size());
    m_previous = std::make_unique<Analysis>(std::move(*previous));
    m_latest = std::make_unique<Analysis>(std::move(*latest));
}

void TestSampleData::storeLombokTimur_data()
{
    QTest::addColumn<Criteria>("criteria");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("complete");
    QTest::addColumn<int>("shortage");
    QTest::newRow("SISDMK, ASN + Non-ASN") << Criteria::Sisdmk << Status::All << 27 << 8;
    QTest::newRow("SISDMK, ASN only") << Criteria::Sisdmk << Status::Asn << 13 << 22;
    QTest::newRow("RPJMN, ASN + Non-ASN") << Criteria::Rpjmn << Status::All << 27 << 8;
    QTest::newRow("registered, ASN only") << Criteria::Registered << Status::Asn << 13 << 22;
}

void TestSampleData::storeLombokTimur()
{
    QFETCH(Criteria, criteria);
    QFETCH(Status, status);
    QFETCH(int, complete);
    QFETCH(int, shortage);
    QVERIFY2(m_latest, "storeImport failed");
    for (const Analysis *analysis : {m_previous.get(), m_latest.get()}) {
        const RegionSummary s = analysis->summary(Level::District, u"52.03"_s, criteria, status);
        QCOMPARE(s.puskesmas, 35);
        QCOMPARE(s.complete, complete);
        QCOMPARE(s.shortage, shortage);
        QCOMPARE(s.missingByType.at(NakesTypes::indexOf(u"dokter_gigi")),
                 status == Status::All ? 8
                                       : s.missingByType.at(NakesTypes::indexOf(u"dokter_gigi")));
        if (status == Status::All) {
            QCOMPARE(QString::number(s.completePct(), 'f', 2), u"77.14"_s);
            QCOMPARE(s.band, Band::DarkGreen);
        }
    }
}

void TestSampleData::storeNational_data()
{
    QTest::addColumn<Criteria>("criteria");
    QTest::addColumn<Status>("status");
    for (Criteria criteria : {Criteria::Sisdmk, Criteria::Registered, Criteria::Rpjmn}) {
        for (Status status : {Status::All, Status::Asn}) {
            QTest::addRow("%s, %s", qPrintable(criteriaKey(criteria)),
                          qPrintable(statusKey(status)))
                << criteria << status;
        }
    }
}

void TestSampleData::storeNational()
{
    QFETCH(Criteria, criteria);
    QFETCH(Status, status);
    QVERIFY2(m_latest, "storeImport failed");
    const ImportBatch &batch = m_data.cutoffs.last().batch;
    const RegionSummary national = m_latest->national(criteria, status);
    // The engine agrees with the rules computed straight from the generated batch.
    Tally expected;
    for (const PuskesmasCounts &row : batch.puskesmas) {
        const bool counted = criteria == Criteria::Sisdmk
                             || (criteria == Criteria::Rpjmn && *row.rpjmn)
                             || (criteria == Criteria::Registered && *row.registered);
        if (counted)
            add(expected, row, status == Status::Asn);
    }
    QCOMPARE(national.puskesmas, expected.puskesmas);
    QCOMPARE(national.complete, expected.complete);
    QCOMPARE(national.shortage, expected.shortage);
    QCOMPARE(national.missingByType, expected.missingByType);
    switch (criteria) {
    case Criteria::Sisdmk:
        QCOMPARE(national.puskesmas, int(batch.puskesmas.size()));
        break;
    case Criteria::Rpjmn:
        QCOMPARE(national.puskesmas, 10195);
        break;
    case Criteria::Registered:
        QCOMPARE(national.puskesmas, int(m_data.registered.size()));
        break;
    }
    const QList<RegionSummary> provinces = m_latest->provinces(criteria, status);
    QCOMPARE(provinces.size(), 38);
    int districts = 0;
    for (const RegionSummary &province : provinces)
        districts += int(m_latest->districts(province.code, criteria, status).size());
    QCOMPARE(districts, 514);
}

// sampleSnapshot() stands in for the store in benchmarks and engine tests: it must be the very
// snapshot the store loads after the sample's import, row for row, flags and counts included.
void TestSampleData::snapshotAsTheStoreLoadsIt()
{
    QVERIFY2(m_latest, "storeImport failed");
    const Snapshot &stored = m_latest->snapshot();
    const Snapshot built = sampleSnapshot(m_data);
    QCOMPARE(built.cutoff, stored.cutoff);
    QVERIFY(built.sample);
    QCOMPARE(built.puskesmas.size(), stored.puskesmas.size());
    for (qsizetype i = 0; i < built.puskesmas.size(); ++i) {
        const PuskesmasData &a = built.puskesmas.at(i);
        const PuskesmasData &b = stored.puskesmas.at(i);
        QCOMPARE(a.id, b.id);
        TestUtil::compareFields(a, b);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
