#include "sampledata.h"

#include "nakestypes.h"
#include "wilayah.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

// xoshiro256** seeded by splitmix64 (Blackman and Vigna, public domain). Integer arithmetic only,
// so the stream is the same on every platform, unlike std::uniform_int_distribution, whose
// output depends on the standard library.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64 &s : m_state)
            s = splitmix(seed);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // 0 .. n - 1 for 0 < n < 2^32, by multiplication (no modulo bias worth the name).
    int below(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    int range(int low, int high) { return low + below(high - low + 1); }
    bool chance(int permille) { return below(1000) < permille; }

private:
    static quint64 splitmix(quint64 &x)
    {
        x += 0x9E3779B97F4A7C15ULL;
        quint64 z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<quint64, 4> m_state {};
};

constexpr int TargetPuskesmas = 10300;
constexpr int RegisteredPermille = 985; // the registered list holds 98.5% of the Puskesmas
constexpr int MaxPerKecamatan = 3;
const QString LombokTimurCode = u"52.03"_s;

enum class Remoteness { Central, Middle, Remote };

// Per province: the chance (per mille) that a Puskesmas of average kategori is complete, how
// remote the province is (kategori mix, second Puskesmas per kecamatan, missing types) and the
// share of ASN among professional staff (per mille). Java and Bali high, Papua and Maluku low.
struct ProvinceProfile
{
    QStringView code;
    int completePermille;
    Remoteness remoteness;
    int asnPermille;
};

constexpr std::array<ProvinceProfile, 38> ProvinceProfiles = {{
    {u"11", 360, Remoteness::Middle, 700},  {u"12", 220, Remoteness::Middle, 680},
    {u"13", 400, Remoteness::Middle, 720},  {u"14", 300, Remoteness::Middle, 660},
    {u"15", 300, Remoteness::Middle, 680},  {u"16", 270, Remoteness::Middle, 670},
    {u"17", 260, Remoteness::Middle, 700},  {u"18", 320, Remoteness::Middle, 680},
    {u"19", 400, Remoteness::Middle, 700},  {u"21", 350, Remoteness::Middle, 690},
    {u"31", 700, Remoteness::Central, 740}, {u"32", 700, Remoteness::Central, 700},
    {u"33", 780, Remoteness::Central, 730}, {u"34", 780, Remoteness::Central, 760},
    {u"35", 740, Remoteness::Central, 720}, {u"36", 660, Remoteness::Central, 690},
    {u"51", 820, Remoteness::Central, 750}, {u"52", 380, Remoteness::Middle, 650},
    {u"53", 230, Remoteness::Remote, 700},  {u"61", 180, Remoteness::Middle, 690},
    {u"62", 200, Remoteness::Middle, 700},  {u"63", 340, Remoteness::Middle, 700},
    {u"64", 380, Remoteness::Middle, 690},  {u"65", 240, Remoteness::Middle, 720},
    {u"71", 280, Remoteness::Middle, 720},  {u"72", 210, Remoteness::Middle, 700},
    {u"73", 360, Remoteness::Middle, 710},  {u"74", 230, Remoteness::Middle, 700},
    {u"75", 300, Remoteness::Middle, 720},  {u"76", 190, Remoteness::Middle, 700},
    {u"81", 160, Remoteness::Remote, 740},  {u"82", 170, Remoteness::Remote, 730},
    {u"91", 170, Remoteness::Remote, 760},  {u"92", 190, Remoteness::Remote, 760},
    {u"93", 150, Remoteness::Remote, 770},  {u"94", 120, Remoteness::Remote, 780},
    {u"95", 110, Remoteness::Remote, 780},  {u"96", 190, Remoteness::Remote, 760},
}};

const ProvinceProfile &provinceProfile(const QString &provinceCode)
{
    for (const ProvinceProfile &profile : ProvinceProfiles) {
        if (profile.code == provinceCode)
            return profile;
    }
    static const ProvinceProfile fallback {u"", 300, Remoteness::Middle, 700};
    return fallback;
}

enum class Area { Perkotaan, Pedesaan, Terpencil, SangatTerpencil };

QString kategoriName(Area area, bool rawatInap)
{
    static const std::array<QString, 8> names = {
        u"Perkotaan Non Rawat Inap"_s,        u"Perkotaan Rawat Inap"_s,
        u"Pedesaan Non Rawat Inap"_s,         u"Pedesaan Rawat Inap"_s,
        u"Terpencil Non Rawat Inap"_s,        u"Terpencil Rawat Inap"_s,
        u"Sangat Terpencil Non Rawat Inap"_s, u"Sangat Terpencil Rawat Inap"_s,
    };
    return names.at(int(area) * 2 + (rawatInap ? 1 : 0));
}

// Per mille of Perkotaan, Pedesaan, Terpencil (the rest is Sangat Terpencil).
Area drawArea(Remoteness remoteness, bool city, Rng &rng)
{
    std::array<int, 3> limits {};
    if (city)
        limits = {850, 1000, 1000};
    else if (remoteness == Remoteness::Central)
        limits = {300, 950, 1000};
    else if (remoteness == Remoteness::Middle)
        limits = {150, 750, 930};
    else
        limits = {80, 400, 730};
    const int r = rng.below(1000);
    for (int i = 0; i < 3; ++i) {
        if (r < limits.at(i))
            return Area(i);
    }
    return Area::SangatTerpencil;
}

// How a type's head count is drawn, and how often it is the missing one: dentists and ATLM are
// the types Puskesmas most often lack (DOMAIN.md §4, the Lebak study).
enum class Size { Doctor, Dentist, Nurse, Midwife, Small };

struct TypeProfile
{
    Size size = Size::Small;
    int missingWeight = 10;
    bool professional = true; // mostly ASN; nurses and midwives are often honorer
};

TypeProfile typeProfile(const QString &key)
{
    if (key == u"dokter")
        return {Size::Doctor, 6, true};
    if (key == u"dokter_gigi")
        return {Size::Dentist, 34, true};
    if (key == u"perawat")
        return {Size::Nurse, 1, false};
    if (key == u"bidan")
        return {Size::Midwife, 2, false};
    if (key == u"promkes")
        return {Size::Small, 11, true};
    if (key == u"sanitasi")
        return {Size::Small, 9, true};
    if (key == u"gizi")
        return {Size::Small, 9, true};
    if (key == u"farmasi")
        return {Size::Small, 7, true};
    if (key == u"atlm")
        return {Size::Small, 22, true};
    return {};
}

int drawWorkers(Size size, Area area, bool rawatInap, Rng &rng)
{
    const bool remote = area == Area::Terpencil || area == Area::SangatTerpencil;
    switch (size) {
    case Size::Doctor:
        if (remote)
            return 1 + rng.below(2);
        return 1 + rng.below(3) + (rawatInap && rng.chance(500) ? 1 : 0);
    case Size::Dentist:
        return 1 + (rng.chance(area == Area::Perkotaan ? 300 : 120) ? 1 : 0);
    case Size::Nurse:
        return (remote ? rng.range(3, 16) : rng.range(8, 32)) + (rawatInap ? rng.range(5, 15) : 0);
    case Size::Midwife:
        return (remote ? rng.range(3, 14) : rng.range(7, 30)) + (rawatInap ? rng.range(3, 10) : 0);
    case Size::Small: {
        const int r = rng.below(100);
        return r < 45 ? 1 : r < 75 ? 2 : r < 90 ? 3 : r < 97 ? 4 : 5;
    }
    }
    return 1;
}

// Picks an index by weight among those whose bit is clear in `taken`; -1 when none is left.
int pickWeighted(const QList<TypeProfile> &profiles, quint64 taken, Rng &rng)
{
    int total = 0;
    for (int t = 0; t < profiles.size(); ++t) {
        if (!(taken & (quint64(1) << t)))
            total += profiles.at(t).missingWeight;
    }
    if (total == 0)
        return -1;
    int r = rng.below(total);
    for (int t = 0; t < profiles.size(); ++t) {
        if (taken & (quint64(1) << t))
            continue;
        r -= profiles.at(t).missingWeight;
        if (r < 0)
            return t;
    }
    return -1;
}

// The seed document's 35 rows, from our own compiled-in rekap file (comma separated, no quotes).
QList<PuskesmasCounts> readLombokTimur()
{
    QList<PuskesmasCounts> rows;
    QFile file(u":/lengkap/data/lombok_timur.csv"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
    const QList<NakesType> &types = NakesTypes::all();
    QList<qsizetype> asnColumn;
    QList<qsizetype> nonAsnColumn;
    for (const NakesType &type : types) {
        asnColumn.append(header.indexOf(type.key + u"_asn"_s));
        nonAsnColumn.append(header.indexOf(type.key + u"_non_asn"_s));
    }
    const qsizetype nameColumn = header.indexOf(u"nama_puskesmas"_s);
    const qsizetype kategoriColumn = header.indexOf(u"kategori"_s);
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(u',');
        PuskesmasCounts row;
        row.districtCode = LombokTimurCode;
        row.name = fields.value(nameColumn);
        row.kategori = fields.value(kategoriColumn);
        for (qsizetype t = 0; t < types.size(); ++t) {
            row.asn.append(asnColumn.at(t) < 0 ? 0 : fields.value(asnColumn.at(t)).toInt());
            row.nonAsn.append(nonAsnColumn.at(t) < 0 ? 0
                                                     : fields.value(nonAsnColumn.at(t)).toInt());
        }
        rows.append(row);
    }
    return rows;
}

// The kecamatan (last part of its code) of each of Lombok Timur's Puskesmas, for their codes.
QString lombokTimurKecamatan(const QString &name)
{
    static const QHash<QString, QString> kecamatan = {
        {u"KERUAK"_s, u"01"_s},      {u"SUKARAJA"_s, u"20"_s},
        {u"JEROWARU"_s, u"20"_s},    {u"SAKRA"_s, u"02"_s},
        {u"RENSING"_s, u"19"_s},     {u"LEPAK"_s, u"18"_s},
        {u"TERARA"_s, u"03"_s},      {u"MONTONG BETOK"_s, u"11"_s},
        {u"KOTARAJA"_s, u"04"_s},    {u"SIKUR"_s, u"04"_s},
        {u"MASBAGIK"_s, u"05"_s},    {u"LENDANG NANGKA"_s, u"05"_s},
        {u"PENGADANGAN"_s, u"12"_s}, {u"DASAN LEKONG"_s, u"06"_s},
        {u"KERONGKONG"_s, u"13"_s},  {u"DENGGEN"_s, u"07"_s},
        {u"SELONG"_s, u"07"_s},      {u"LABUHAN HAJI"_s, u"17"_s},
        {u"KORLEKO"_s, u"17"_s},     {u"LABUHAN LOMBOK"_s, u"08"_s},
        {u"BATUYANG"_s, u"08"_s},    {u"SUELA"_s, u"16"_s},
        {u"AIKMEL"_s, u"09"_s},      {u"LENEK"_s, u"21"_s},
        {u"KALIJAGA"_s, u"09"_s},    {u"WANASABA"_s, u"14"_s},
        {u"SEMBALUN"_s, u"15"_s},    {u"SAMBELIA"_s, u"10"_s},
        {u"BELANTING"_s, u"10"_s},   {u"RARANG"_s, u"03"_s},
        {u"KARANG BARU"_s, u"14"_s}, {u"MASBAGIK BARU"_s, u"05"_s},
        {u"SURALAGA"_s, u"13"_s},    {u"AIKMEL UTARA"_s, u"09"_s},
        {u"PRINGGASELA"_s, u"12"_s},
    };
    return kecamatan.value(Wilayah::normalize(name), u"00"_s);
}

QString puskesmasCode(const QString &kecamatanCode, int sequence)
{
    QString code = u"P"_s + kecamatanCode;
    code.remove(u'.');
    return code + QString::number(sequence).rightJustified(2, u'0');
}

// Codes for Lombok Timur's rows: the Puskesmas named after its kecamatan is 01 there.
void assignLombokTimurCodes(QList<PuskesmasCounts> &rows, const QList<const Kecamatan *> &kecamatan)
{
    QHash<QString, QString> kecamatanNames; // "20" -> "JEROWARU"
    for (const Kecamatan *k : kecamatan)
        kecamatanNames.insert(k->code.mid(6), Wilayah::normalize(k->name));
    QHash<QString, int> nextSequence;
    for (int pass = 0; pass < 2; ++pass) {
        for (PuskesmasCounts &row : rows) {
            const QString part = lombokTimurKecamatan(row.name);
            const bool eponymous = kecamatanNames.value(part) == Wilayah::normalize(row.name);
            if ((pass == 0) != eponymous)
                continue;
            const int sequence = ++nextSequence[part];
            row.code = puskesmasCode(LombokTimurCode + u'.' + part, sequence);
        }
    }
}

QString romanSuffix(int n)
{
    static const std::array<QString, 6> numerals
        = {u"II"_s, u"III"_s, u"IV"_s, u"V"_s, u"VI"_s, u"VII"_s};
    return numerals.at(std::clamp(n - 2, 0, 5));
}

// The name of the sequence-th Puskesmas of a kecamatan ("CIAWI", "CIAWI II", "KOTA CIAWI",
// "CIAWI UTARA"), unique within its district.
QString puskesmasName(const QString &kecamatanName, int sequence, bool city, QSet<QString> &used,
                      Rng &rng)
{
    QString name = kecamatanName;
    if (sequence > 1) {
        static const std::array<QString, 4> directions
            = {u"UTARA"_s, u"SELATAN"_s, u"TIMUR"_s, u"BARAT"_s};
        const int r = rng.below(100);
        if (r < 50)
            name = kecamatanName + u' ' + romanSuffix(sequence);
        else if (r < 70 && !city && sequence == 2)
            name = u"KOTA "_s + kecamatanName;
        else
            name = kecamatanName + u' ' + directions.at(rng.below(4));
    }
    for (int n = 2; used.contains(name) && n < 40; ++n)
        name = kecamatanName + u' ' + (n <= 7 ? romanSuffix(n) : QString::number(n));
    used.insert(name);
    return name;
}

struct DistrictPlan
{
    const District *district = nullptr;
    const ProvinceProfile *profile = nullptr;
    int offsetPermille = 0; // district's own deviation from its province
    QList<const Kecamatan *> kecamatan;
    QList<int> perKecamatan; // Puskesmas per kecamatan
};

// One generated Puskesmas at the latest cut-off.
PuskesmasCounts generatePuskesmas(const DistrictPlan &plan, const QList<TypeProfile> &profiles,
                                  Rng &rng)
{
    PuskesmasCounts row;
    row.districtCode = plan.district->code;
    row.asn.reserve(profiles.size());
    row.nonAsn.reserve(profiles.size());
    const ProvinceProfile &profile = *plan.profile;
    const Area area = drawArea(profile.remoteness, plan.district->isCity, rng);
    static constexpr std::array<int, 4> rawatInapPermille = {250, 380, 550, 600};
    const bool rawatInap = rng.chance(rawatInapPermille.at(int(area)));
    row.kategori = kategoriName(area, rawatInap);

    static constexpr std::array<int, 4> areaOffset = {80, 0, -100, -180};
    const int completePermille
        = std::clamp(profile.completePermille + plan.offsetPermille + areaOffset.at(int(area))
                         + (plan.district->isCity ? 60 : 0),
                     15, 970);
    quint64 missing = 0;
    if (!rng.chance(completePermille)) {
        static constexpr std::array<int, 3> anotherPermille = {250, 400, 550};
        const int another = anotherPermille.at(int(profile.remoteness));
        do {
            const int t = pickWeighted(profiles, missing, rng);
            if (t < 0)
                break;
            missing |= quint64(1) << t;
        } while (rng.chance(another) && std::popcount(missing) < 7);
    }

    for (int t = 0; t < profiles.size(); ++t) {
        if (missing & (quint64(1) << t)) {
            row.asn.append(0);
            row.nonAsn.append(0);
            continue;
        }
        const TypeProfile &type = profiles.at(t);
        const int workers = drawWorkers(type.size, area, rawatInap, rng);
        const int asnShare = type.professional ? profile.asnPermille : profile.asnPermille - 300;
        int asn = 0;
        for (int w = 0; w < workers; ++w)
            asn += rng.chance(asnShare) ? 1 : 0;
        row.asn.append(asn);
        row.nonAsn.append(workers - asn);
    }
    return row;
}

// The month before: a few workers were hired since (a type with one worker was empty), a few
// left since (an empty type had one), nurse and midwife numbers moved a little.
PuskesmasCounts previousMonth(const PuskesmasCounts &latest, const QList<TypeProfile> &profiles,
                              int asnPermille, Rng &rng)
{
    PuskesmasCounts row = latest;
    const int r = rng.below(1000);
    if (r < 45) {
        quint64 notSingle = 0; // types that cannot be the one hired
        for (int t = 0; t < profiles.size(); ++t) {
            if (latest.asn.at(t) + latest.nonAsn.at(t) != 1 || profiles.at(t).size == Size::Nurse
                || profiles.at(t).size == Size::Midwife)
                notSingle |= quint64(1) << t;
        }
        const int t = pickWeighted(profiles, notSingle, rng);
        if (t >= 0) {
            row.asn[t] = 0;
            row.nonAsn[t] = 0;
        }
    } else if (r < 60) {
        quint64 filled = 0;
        for (int t = 0; t < profiles.size(); ++t) {
            if (latest.asn.at(t) + latest.nonAsn.at(t) > 0)
                filled |= quint64(1) << t;
        }
        const int t = pickWeighted(profiles, filled, rng);
        if (t >= 0) {
            if (rng.chance(asnPermille))
                row.asn[t] = 1;
            else
                row.nonAsn[t] = 1;
        }
    }
    if (rng.chance(200)) {
        for (int t = 0; t < profiles.size(); ++t) {
            const Size size = profiles.at(t).size;
            if ((size != Size::Nurse && size != Size::Midwife) || row.nonAsn.at(t) < 3)
                continue;
            row.nonAsn[t] += rng.range(-2, 2);
        }
    }
    return row;
}

// Little-endian bytes, the same on every machine.
void appendInt(QByteArray &bytes, qint32 value)
{
    const auto u = quint32(value);
    bytes.append(char(u & 0xff)).append(char((u >> 8) & 0xff));
    bytes.append(char((u >> 16) & 0xff)).append(char((u >> 24) & 0xff));
}

// A digest of the generated content, standing in for the SHA-256 of an imported file.
QString digest(const QList<PuskesmasCounts> &rows, QDate cutoff)
{
    QByteArray bytes = "lengkap sample " + cutoff.toString(Qt::ISODate).toLatin1() + '\n';
    bytes.reserve(rows.size() * (64 + 8 * NakesTypes::count()) + 32);
    for (const PuskesmasCounts &row : rows) {
        bytes += row.code.toUtf8() + '\t' + row.name.toUtf8() + '\t' + row.kategori.toUtf8() + '\t';
        bytes += row.rpjmn.value_or(false) ? '1' : '0';
        bytes += row.registered.value_or(false) ? '1' : '0';
        bytes += '\n';
        for (qsizetype t = 0; t < row.asn.size(); ++t) {
            appendInt(bytes, row.asn.at(t));
            appendInt(bytes, row.nonAsn.at(t));
        }
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString listDigest(const QList<ListEntry> &entries, const QString &kind)
{
    QByteArray bytes = "lengkap sample list " + kind.toLatin1() + '\n';
    bytes.reserve(entries.size() * 10 + 32);
    for (const ListEntry &entry : entries) {
        bytes += entry.code.toLatin1();
        bytes += '\n';
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ImportBatch makeBatch(QList<PuskesmasCounts> rows, QDate cutoff)
{
    ImportBatch batch;
    batch.sourceName = u"sample-%1"_s.arg(cutoff.toString(Qt::ISODate));
    batch.sha256 = digest(rows, cutoff);
    batch.format = u"demo"_s;
    batch.sample = true;
    batch.report.format = batch.format;
    batch.report.recordsRead = int(rows.size());
    batch.puskesmas = std::move(rows);
    return batch;
}

// Marks `count` rows (never Lombok Timur's) as left out, by a partial Fisher-Yates shuffle.
QList<bool> leaveOut(const QList<PuskesmasCounts> &rows, int count, Rng &rng)
{
    QList<int> candidates;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).districtCode != LombokTimurCode)
            candidates.append(i);
    }
    QList<bool> out(rows.size(), false);
    count = std::clamp(count, 0, int(candidates.size()));
    for (int i = 0; i < count; ++i) {
        const int j = i + rng.below(int(candidates.size()) - i);
        std::swap(candidates[i], candidates[j]);
        out[candidates.at(i)] = true;
    }
    return out;
}

} // namespace

SampleData generateSampleData(QDate latestCutoff, quint64 seed)
{
    const Wilayah &wilayah = Wilayah::instance();
    const QList<NakesType> &types = NakesTypes::all();
    Q_ASSERT(types.size() <= 64);
    QList<TypeProfile> profiles;
    for (const NakesType &type : types)
        profiles.append(typeProfile(type.key));
    Rng rng(seed);

    // Districts in wilayah order, each with its kecamatan.
    QList<DistrictPlan> plans;
    QHash<QString, int> planOf;
    for (const District &district : wilayah.districts()) {
        planOf.insert(district.code, int(plans.size()));
        DistrictPlan plan;
        plan.district = &district;
        plan.profile = &provinceProfile(district.provinceCode);
        plan.offsetPermille = rng.range(-80, 80);
        plans.append(plan);
    }
    for (const Kecamatan &k : wilayah.kecamatan()) {
        const auto it = planOf.constFind(k.districtCode);
        if (it != planOf.cend())
            plans[*it].kecamatan.append(&k);
    }

    QList<PuskesmasCounts> lombokTimur = readLombokTimur();
    const int lombokTimurPlan = planOf.value(LombokTimurCode, -1);
    if (lombokTimurPlan >= 0)
        assignLombokTimurCodes(lombokTimur, plans.at(lombokTimurPlan).kecamatan);

    // One Puskesmas per kecamatan, then the rest of the national total spread by weight:
    // populous Java and the cities have second and third ones, Papua seldom.
    int generated = 0;
    QList<std::pair<int, int>> places; // (plan, kecamatan index)
    QList<quint64> cumulative;
    quint64 totalWeight = 0;
    for (int p = 0; p < plans.size(); ++p) {
        DistrictPlan &plan = plans[p];
        if (p == lombokTimurPlan)
            continue;
        plan.perKecamatan = QList<int>(plan.kecamatan.size(), 1);
        generated += int(plan.kecamatan.size());
        static constexpr std::array<int, 3> extraWeight = {110, 35, 12};
        const int weight
            = extraWeight.at(int(plan.profile->remoteness)) * (plan.district->isCity ? 2 : 1);
        for (int k = 0; k < plan.kecamatan.size(); ++k) {
            totalWeight += quint64(weight);
            places.append({p, k});
            cumulative.append(totalWeight);
        }
    }
    int extras = TargetPuskesmas - int(lombokTimur.size()) - generated;
    for (int attempts = 0; extras > 0 && totalWeight > 0 && attempts < 1000000; ++attempts) {
        const quint64 r = ((rng.next() >> 11) % totalWeight);
        const auto at = std::upper_bound(cumulative.cbegin(), cumulative.cend(), r);
        const auto [p, k] = places.at(at - cumulative.cbegin());
        int &count = plans[p].perKecamatan[k];
        if (count >= MaxPerKecamatan)
            continue;
        ++count;
        --extras;
    }

    QList<PuskesmasCounts> latest;
    latest.reserve(TargetPuskesmas);
    for (int p = 0; p < plans.size(); ++p) {
        const DistrictPlan &plan = plans.at(p);
        if (p == lombokTimurPlan) {
            latest.append(lombokTimur);
            continue;
        }
        QList<QString> kecamatanNames;
        QSet<QString> used;
        for (const Kecamatan *k : plan.kecamatan) {
            kecamatanNames.append(k->name.toUpper());
            used.insert(kecamatanNames.last());
        }
        for (int k = 0; k < plan.kecamatan.size(); ++k) {
            for (int sequence = 1; sequence <= plan.perKecamatan.at(k); ++sequence) {
                PuskesmasCounts row = generatePuskesmas(plan, profiles, rng);
                row.code = puskesmasCode(plan.kecamatan.at(k)->code, sequence);
                if (sequence == 1)
                    row.name = kecamatanNames.at(k);
                else
                    row.name = puskesmasName(kecamatanNames.at(k), sequence, plan.district->isCity,
                                             used, rng);
                latest.append(std::move(row));
            }
        }
    }
    for (int i = 0; i < latest.size(); ++i)
        latest[i].line = i + 2; // as in a rekap file with a header line

    // The lists: Lombok Timur is on both; others are left out at random.
    const int total = int(latest.size());
    const QList<bool> notRpjmn = leaveOut(latest, total - SampleData::RpjmnCount, rng);
    const QList<bool> notRegistered
        = leaveOut(latest, total - total * RegisteredPermille / 1000, rng);
    SampleData data;
    data.rpjmn.reserve(total);
    data.registered.reserve(total);
    for (int i = 0; i < total; ++i) {
        PuskesmasCounts &row = latest[i];
        row.rpjmn = !notRpjmn.at(i);
        row.registered = !notRegistered.at(i);
        const ListEntry entry {int(i + 1), row.code, row.districtCode, row.name};
        if (*row.rpjmn)
            data.rpjmn.append(entry);
        if (*row.registered)
            data.registered.append(entry);
    }
    for (qsizetype i = 0; i < data.rpjmn.size(); ++i)
        data.rpjmn[i].line = int(i + 1);
    for (qsizetype i = 0; i < data.registered.size(); ++i)
        data.registered[i].line = int(i + 1);
    data.rpjmnSha256 = listDigest(data.rpjmn, u"rpjmn"_s);
    data.registeredSha256 = listDigest(data.registered, u"registered"_s);

    QList<PuskesmasCounts> previous;
    previous.reserve(latest.size());
    for (const PuskesmasCounts &row : std::as_const(latest)) {
        if (row.districtCode == LombokTimurCode) {
            previous.append(row); // the seed is one month: the same rows in both cut-offs
            continue;
        }
        const ProvinceProfile &profile = *plans.at(planOf.value(row.districtCode)).profile;
        previous.append(previousMonth(row, profiles, profile.asnPermille, rng));
    }

    const QDate previousCutoff = latestCutoff.addMonths(-1);
    data.cutoffs.append(
        SampleCutoff {previousCutoff, makeBatch(std::move(previous), previousCutoff)});
    data.cutoffs.append(SampleCutoff {latestCutoff, makeBatch(std::move(latest), latestCutoff)});
    return data;
}

Snapshot sampleSnapshot(const SampleData &data)
{
    return snapshotFromBatch(data.cutoffs.last().batch, data.cutoffs.last().cutoff);
}

} // namespace Lengkap
