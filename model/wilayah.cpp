#include "wilayah.h"

#include "textcodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct WilayahTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Wilayah)
};

// Our own compiled-in CSV files: a header line, then one record per line.
QList<QStringList> readCompiledCsv(const QString &path)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly | QIODevice::Text);
    Q_ASSERT(opened);
    Q_UNUSED(opened);
    QList<QStringList> rows;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (header) {
            header = false;
            continue;
        }
        if (line.isEmpty())
            continue;
        const QStringList fields = splitSimpleCsvLine(line);
        rows.append(fields);
    }
    return rows;
}

// District match key: "KABUPATEN LEBAK", "KAB LEBAK", "LEBAK" -> "LEBAK"; "KOTA SERANG" ->
// "KOTA SERANG"; "KOTA ADMINISTRASI JAKARTA PUSAT" / "KOTA ADM JAKARTA PUSAT" -> "KOTA JAKARTA
// PUSAT".
QString districtKey(const QString &name)
{
    QString key = Wilayah::normalize(name);
    static const QStringList kabPrefixes = {u"KABUPATEN ADMINISTRASI "_s, u"KAB ADMINISTRASI "_s,
                                            u"KAB ADM "_s, u"KABUPATEN "_s, u"KAB "_s};
    static const QStringList kotaPrefixes = {u"KOTA ADMINISTRASI "_s, u"KOTA ADM "_s, u"KOTA "_s};
    for (const QString &prefix : kabPrefixes) {
        if (key.startsWith(prefix))
            return key.mid(prefix.size());
    }
    for (const QString &prefix : kotaPrefixes) {
        if (key.startsWith(prefix))
            return u"KOTA "_s + key.mid(prefix.size());
    }
    return key;
}

} // namespace

QString Wilayah::normalize(QStringView name)
{
    QString out;
    out.reserve(name.size());
    bool space = true; // drop leading spaces
    for (QChar c : name) {
        if (c.isLetterOrNumber()) {
            out += c.toUpper();
            space = false;
        } else if (c == u'\'' || c == u'`' || c == u'\u2019') {
            continue; // "Ra'as" -> "RAAS"
        } else if (!space) {
            out += u' ';
            space = true;
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

QString puskesmasNameKey(QStringView name)
{
    QString key = Wilayah::normalize(name);
    for (const QString &prefix :
         {u"PUSKESMAS "_s, u"PKM "_s, u"UPT PUSKESMAS "_s, u"UPTD PUSKESMAS "_s}) {
        if (key.startsWith(prefix)) {
            key = key.mid(prefix.size());
            break;
        }
    }
    key.remove(u' ');
    return key;
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

const Wilayah &Wilayah::instance()
{
    static const Wilayah wilayah;
    return wilayah;
}

Wilayah::Wilayah()
{
    for (const QStringList &row : readCompiledCsv(u":/lengkap/wilayah/provinces.csv"_s)) {
        m_provinceByCode.insert(row.at(0), int(m_provinces.size()));
        m_provinces.append(Province {row.at(0), row.at(1)});
        m_provinceByKey.insert(normalize(row.at(1)), row.at(0));
    }
    // Names the ministry and the provinces themselves use besides the official ones.
    const QList<std::pair<QString, QString>> aliases = {
        {u"DKI JAKARTA"_s, u"31"_s},
        {u"JAKARTA"_s, u"31"_s},
        {u"DI YOGYAKARTA"_s, u"34"_s},
        {u"YOGYAKARTA"_s, u"34"_s},
        {u"DIY"_s, u"34"_s},
        {u"BANGKA BELITUNG"_s, u"19"_s},
        {u"KEP BANGKA BELITUNG"_s, u"19"_s},
        {u"KEP RIAU"_s, u"21"_s},
        {u"NTB"_s, u"52"_s},
        {u"NTT"_s, u"53"_s},
    };
    for (const auto &[alias, code] : aliases)
        m_provinceByKey.insert(alias, code);

    for (const QStringList &row : readCompiledCsv(u":/lengkap/wilayah/regencies.csv"_s)) {
        District d;
        d.code = row.at(0);
        d.provinceCode = row.at(1);
        d.name = row.at(2);
        d.isCity = d.name.startsWith(u"Kota"_s);
        QString shortName = d.name;
        for (const QString &prefix :
             {u"Kabupaten Administrasi "_s, u"Kabupaten "_s, u"Kota Administrasi "_s}) {
            if (shortName.startsWith(prefix)) {
                shortName = shortName.mid(prefix.size());
                break;
            }
        }
        d.shortName
            = d.isCity && !shortName.startsWith(u"Kota "_s) ? u"Kota "_s + shortName : shortName;
        m_districtByCode.insert(d.code, int(m_districts.size()));
        m_districtByKey.insert(districtKey(d.name), d.code);
        m_districts.append(d);
    }
    // A bare city name that no Kabupaten has ("MATARAM") also means the city.
    for (const District &d : std::as_const(m_districts)) {
        if (!d.isCity)
            continue;
        const QString bare = districtKey(d.name).mid(5);
        bool kabupatenInProvince = false;
        const QList<QString> codes = m_districtByKey.values(bare);
        for (const QString &code : codes) {
            if (district(code)->provinceCode == d.provinceCode)
                kabupatenInProvince = true;
        }
        if (!kabupatenInProvince)
            m_districtByKey.insert(bare, d.code);
    }
}

const QList<Kecamatan> &Wilayah::kecamatan() const
{
    std::call_once(m_kecamatanRead, [this] {
        for (const QStringList &row : readCompiledCsv(u":/lengkap/wilayah/districts.csv"_s))
            m_kecamatan.append(Kecamatan {row.at(0), row.at(1), row.at(2)});
    });
    return m_kecamatan;
}

const Province *Wilayah::province(const QString &code) const
{
    const auto it = m_provinceByCode.constFind(code);
    return it == m_provinceByCode.cend() ? nullptr : &m_provinces.at(*it);
}

const District *Wilayah::district(const QString &code) const
{
    const auto it = m_districtByCode.constFind(code);
    return it == m_districtByCode.cend() ? nullptr : &m_districts.at(*it);
}

QList<const District *> Wilayah::districtsOf(const QString &provinceCode) const
{
    QList<const District *> result;
    for (const District &d : m_districts) {
        if (d.provinceCode == provinceCode)
            result.append(&d);
    }
    return result;
}

QList<const Kecamatan *> Wilayah::kecamatanOf(const QString &districtCode) const
{
    QList<const Kecamatan *> result;
    for (const Kecamatan &k : kecamatan()) {
        if (k.districtCode == districtCode)
            result.append(&k);
    }
    return result;
}

Result<QString> Wilayah::matchProvince(const QString &name) const
{
    QString key = normalize(name);
    if (key.startsWith(u"PROVINSI "_s))
        key = key.mid(9);
    else if (key.startsWith(u"PROV "_s))
        key = key.mid(5);
    if (const auto it = m_provinceByKey.constFind(key); it != m_provinceByKey.cend())
        return *it;
    if (m_provinceByCode.contains(name.trimmed()))
        return name.trimmed();
    QList<std::pair<int, QString>> scored;
    for (const Province &p : m_provinces)
        scored.append({editDistance(key, normalize(p.name)), p.name});
    std::sort(scored.begin(), scored.end());
    QStringList closest;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, scored.size()); ++i)
        closest.append(scored.at(i).second);
    return inputError(WilayahTr::tr("unknown province '%1'; closest: %2")
                          .arg(name.trimmed(), closest.join(u", "_s)));
}

QStringList Wilayah::closestDistricts(const QString &key, const QString &provinceCode) const
{
    QList<std::pair<int, QString>> scored;
    for (const District &d : m_districts) {
        if (!provinceCode.isEmpty() && d.provinceCode != provinceCode)
            continue;
        const QString candidate = districtKey(d.name);
        int distance = editDistance(key, candidate);
        if (candidate.contains(key) || key.contains(candidate))
            distance = std::min(distance, 2);
        scored.append({distance, d.shortName + u" ("_s + province(d.provinceCode)->name + u')'});
    }
    std::sort(scored.begin(), scored.end());
    QStringList closest;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, scored.size()); ++i)
        closest.append(scored.at(i).second);
    return closest;
}

Result<QString> Wilayah::matchDistrict(const QString &name, const QString &provinceCode) const
{
    const QString key = districtKey(name);
    if (m_districtByCode.contains(name.trimmed())
        && (provinceCode.isEmpty() || district(name.trimmed())->provinceCode == provinceCode))
        return name.trimmed();
    QStringList codes = m_districtByKey.values(key);
    if (!provinceCode.isEmpty()) {
        codes.removeIf(
            [&](const QString &code) { return district(code)->provinceCode != provinceCode; });
    }
    if (codes.size() == 1)
        return codes.first();
    if (codes.size() > 1) {
        QStringList where;
        for (const QString &code : std::as_const(codes))
            where.append(province(district(code)->provinceCode)->name);
        where.sort();
        return inputError(
            WilayahTr::tr("district '%1' exists in several provinces (%2): name the province")
                .arg(name.trimmed(), where.join(u", "_s)));
    }
    const QStringList closest = closestDistricts(key, provinceCode);
    if (!provinceCode.isEmpty()) {
        return inputError(
            WilayahTr::tr("unknown district '%1' in %2; closest: %3")
                .arg(name.trimmed(), province(provinceCode)->name, closest.join(u", "_s)));
    }
    return inputError(WilayahTr::tr("unknown district '%1'; closest: %2")
                          .arg(name.trimmed(), closest.join(u", "_s)));
}

Result<QString> Wilayah::matchDistrictAndProvince(const QString &text) const
{
    const QString key = normalize(text);
    // The longest province name or alias that ends the text wins ("PAPUA BARAT DAYA" over "PAPUA").
    QString bestCode;
    qsizetype bestLength = 0;
    for (auto it = m_provinceByKey.cbegin(); it != m_provinceByKey.cend(); ++it) {
        const QString &provinceKey = it.key();
        if (provinceKey.size() > bestLength
            && (key == provinceKey || key.endsWith(u' ' + provinceKey))) {
            bestCode = it.value();
            bestLength = provinceKey.size();
        }
    }
    if (bestCode.isEmpty() || key.size() == bestLength)
        return inputError(WilayahTr::tr("'%1' names no district and province").arg(text.trimmed()));
    return matchDistrict(key.left(key.size() - bestLength - 1), bestCode);
}

} // namespace Lengkap
