#include "skm.h"

#include <QHash>

#include "analysis.h"
#include "nakestypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct SkmTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::SkmStandards)
};

const QString NonRawatInapKey = u"non_rawat_inap"_s;
const QString RawatInapKey = u"rawat_inap"_s;
const QString KategoriKey = u"kategori"_s;

// Reads {type: n} into *values (by type index); types not named keep their value.
Result<void> readCounts(const QJsonObject &object, const QString &where, QList<int> *values)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int type = NakesTypes::indexOf(it.key());
        if (type < 0)
            return inputError(
                SkmTr::tr("SKM standards: unknown type '%1' in %2").arg(it.key(), where));
        const double value = it.value().toDouble(-1);
        if (!it.value().isDouble() || value != double(int(value)) || value < 0
            || value > SkmStandards::MaxStandard) {
            return inputError(
                SkmTr::tr("SKM standards: %1 of %2 must be a whole number from 0 to %3")
                    .arg(it.key(), where)
                    .arg(SkmStandards::MaxStandard));
        }
        (*values)[type] = int(value);
    }
    return {};
}

QJsonObject countsObject(const QList<int> &values)
{
    QJsonObject object;
    for (int t = 0; t < NakesTypes::count(); ++t)
        object.insert(NakesTypes::at(t).key, values.at(t));
    return object;
}

} // namespace

KategoriClass kategoriClass(const QString &kategori)
{
    // DOMAIN.md §3: "Rawat Inap" and not "Non" -> rawat inap; everything else non rawat inap.
    if (kategori.contains(u"rawat inap"_s, Qt::CaseInsensitive)
        && !kategori.contains(u"non"_s, Qt::CaseInsensitive)) {
        return KategoriClass::RawatInap;
    }
    return KategoriClass::NonRawatInap;
}

QString kategoriClassKey(KategoriClass kategoriClass)
{
    return kategoriClass == KategoriClass::RawatInap ? RawatInapKey : NonRawatInapKey;
}

SkmStandards::SkmStandards()
    : SkmStandards(preset())
{
}

const SkmStandards &SkmStandards::preset()
{
    static const SkmStandards standards = [] {
        QFile file(u":/lengkap/data/skm_standards.json"_s);
        // The file is compiled in; failing to read it is a build defect, not a user error.
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        Q_UNUSED(opened);
        Result<SkmStandards> read = readJson(file.readAll(), SkmStandards(Zero {}));
        Q_ASSERT(read.ok());
        return read.ok() ? *read : SkmStandards(Zero {});
    }();
    return standards;
}

SkmStandards::SkmStandards(Zero)
    : m_nonRawatInap(NakesTypes::count(), 0)
    , m_rawatInap(NakesTypes::count(), 0)
{
}

QString SkmStandards::matchKey(const QString &kategori)
{
    return kategori.simplified().toCaseFolded();
}

int SkmStandards::standard(const QString &kategori, int type) const
{
    if (!m_overrides.isEmpty()) {
        const auto it = m_overrides.constFind(matchKey(kategori));
        if (it != m_overrides.cend()) {
            const auto value = it->byType.constFind(type);
            if (value != it->byType.cend())
                return *value;
        }
    }
    return classStandard(kategoriClass(kategori), type);
}

int SkmStandards::classStandard(KategoriClass kategoriClass, int type) const
{
    return (kategoriClass == KategoriClass::RawatInap ? m_rawatInap : m_nonRawatInap).at(type);
}

void SkmStandards::setClassStandard(KategoriClass kategoriClass, int type, int value)
{
    QList<int> &values = kategoriClass == KategoriClass::RawatInap ? m_rawatInap : m_nonRawatInap;
    values[type] = std::clamp(value, 0, MaxStandard);
}

QStringList SkmStandards::overriddenKategori() const
{
    QStringList names;
    for (const Override &o : m_overrides)
        names.append(o.kategori);
    return names;
}

bool SkmStandards::hasOverride(const QString &kategori, int type) const
{
    const auto it = m_overrides.constFind(matchKey(kategori));
    return it != m_overrides.cend() && it->byType.contains(type);
}

void SkmStandards::setOverride(const QString &kategori, int type, int value)
{
    Override &o = m_overrides[matchKey(kategori)];
    if (o.kategori.isEmpty())
        o.kategori = kategori.simplified();
    o.byType.insert(type, std::clamp(value, 0, MaxStandard));
}

void SkmStandards::removeOverride(const QString &kategori, int type)
{
    const QString key = matchKey(kategori);
    auto it = m_overrides.find(key);
    if (it == m_overrides.end())
        return;
    it->byType.remove(type);
    if (it->byType.isEmpty())
        m_overrides.erase(it);
}

void SkmStandards::removeOverrides(const QString &kategori)
{
    m_overrides.remove(matchKey(kategori));
}

bool SkmStandards::operator==(const SkmStandards &other) const
{
    if (m_nonRawatInap != other.m_nonRawatInap || m_rawatInap != other.m_rawatInap
        || m_overrides.keys() != other.m_overrides.keys()) {
        return false;
    }
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        if (it->byType != other.m_overrides.value(it.key()).byType)
            return false;
    }
    return true;
}

QByteArray SkmStandards::toJson() const
{
    QJsonObject root;
    root.insert(u"version"_s, 1);
    root.insert(NonRawatInapKey, countsObject(m_nonRawatInap));
    root.insert(RawatInapKey, countsObject(m_rawatInap));
    QJsonObject kategori;
    for (const Override &o : m_overrides) {
        QJsonObject byType;
        for (auto it = o.byType.cbegin(); it != o.byType.cend(); ++it)
            byType.insert(NakesTypes::at(it.key()).key, it.value());
        kategori.insert(o.kategori, byType);
    }
    root.insert(KategoriKey, kategori);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SkmStandards> SkmStandards::fromJson(const QByteArray &json)
{
    return readJson(json, preset());
}

Result<SkmStandards> SkmStandards::readJson(const QByteArray &json, SkmStandards standards)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return inputError(
            SkmTr::tr("SKM standards: not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    standards.m_overrides.clear();
    if (Result<void> read = readCounts(root.value(NonRawatInapKey).toObject(), NonRawatInapKey,
                                       &standards.m_nonRawatInap);
        !read) {
        return read.error();
    }
    if (Result<void> read
        = readCounts(root.value(RawatInapKey).toObject(), RawatInapKey, &standards.m_rawatInap);
        !read) {
        return read.error();
    }
    const QJsonObject kategori = root.value(KategoriKey).toObject();
    for (auto it = kategori.begin(); it != kategori.end(); ++it) {
        if (it.key().simplified().isEmpty())
            continue;
        QList<int> values(NakesTypes::count(), -1);
        if (Result<void> read = readCounts(it.value().toObject(), it.key(), &values); !read)
            return read.error();
        for (int t = 0; t < values.size(); ++t) {
            if (values.at(t) >= 0)
                standards.setOverride(it.key(), t, values.at(t));
        }
    }
    return standards;
}

int SkmSummary::totalShortage() const
{
    return std::accumulate(shortage.cbegin(), shortage.cend(), 0);
}

int SkmSummary::totalSurplus() const
{
    return std::accumulate(surplus.cbegin(), surplus.cend(), 0);
}

SkmSummary skmSummary(const Analysis &analysis, Level level, const QString &code, Criteria criteria,
                      Status status, const SkmStandards &standards)
{
    const int types = NakesTypes::count();
    SkmSummary s;
    s.standard = s.existing = s.shortage = s.surplus = s.meetingType = QList<int>(types, 0);
    // The standards of a kategori are looked up once per distinct text: the case-insensitive
    // class test per Puskesmas and type took ~50 ms over the nation, and the scenario dock
    // recomputes this table after every change and undo (bench_scenario).
    QHash<QString, QList<int>> standardsOf;
    for (const PuskesmasData &p : analysis.snapshot().puskesmas) {
        if (!p.inRegion(level, code) || !p.inCriteria(criteria))
            continue;
        auto known = standardsOf.constFind(p.kategori);
        if (known == standardsOf.cend()) {
            QList<int> values;
            values.reserve(types);
            for (int t = 0; t < types; ++t)
                values.append(standards.standard(p.kategori, t));
            known = standardsOf.insert(p.kategori, values);
        }
        const QList<int> &kategoriStandards = *known;
        ++s.puskesmas;
        bool meetsAll = true;
        for (int t = 0; t < types; ++t) {
            const int standard = kategoriStandards.at(t);
            const int count = p.count(t, status);
            s.standard[t] += standard;
            s.existing[t] += count;
            // DOMAIN.md §3: SKM shortage and surplus, per Puskesmas and type.
            s.shortage[t] += std::max(0, standard - count);
            s.surplus[t] += std::max(0, count - standard);
            if (count >= standard)
                ++s.meetingType[t];
            else
                meetsAll = false;
        }
        if (meetsAll)
            ++s.meetingAll;
    }
    return s;
}

} // namespace Lengkap
