#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <mutex>

// Indonesian administrative areas (Kemendagri codes) from resources/wilayah (idn-area-data,
// ODbL 1.0), and the name matching of DOMAIN.md §5: "Kab. Lebak", "LEBAK" and "Kabupaten Lebak"
// are one district; a bare name means the Kabupaten, the city is "Kota X".
namespace Lengkap {

struct Province
{
    QString code; // "52"
    QString name; // "Nusa Tenggara Barat"
};

struct District
{
    QString code; // "52.03"
    QString provinceCode; // "52"
    QString name; // official: "Kabupaten Lombok Timur", "Kota Mataram"
    QString shortName; // as the dashboard shows it: "Lombok Timur", "Kota Mataram"
    bool isCity = false;
};

struct Kecamatan
{
    QString code; // "52.03.01"
    QString districtCode; // "52.03"
    QString name;
};

class Wilayah
{
public:
    // The compiled-in list, loaded once (thread-safe).
    static const Wilayah &instance();

    const QList<Province> &provinces() const { return m_provinces; }
    const QList<District> &districts() const { return m_districts; }
    // Read at the first call (only the sample data set names Puskesmas after them).
    const QList<Kecamatan> &kecamatan() const;
    const Province *province(const QString &code) const;
    const District *district(const QString &code) const;
    QList<const District *> districtsOf(const QString &provinceCode) const;
    QList<const Kecamatan *> kecamatanOf(const QString &districtCode) const;

    // Match a name as people write it. The error (Kind::Input) names the closest matches and
    // carries no file or line: the caller prefixes those.
    Result<QString> matchProvince(const QString &name) const;
    Result<QString> matchDistrict(const QString &name, const QString &provinceCode = {}) const;
    // "LOMBOK TIMUR NUSA TENGGARA BARAT" -> district code, from the dashboard title.
    Result<QString> matchDistrictAndProvince(const QString &text) const;

    // Upper case, punctuation to spaces, spaces collapsed: "Kab. Lebak" -> "KAB LEBAK".
    static QString normalize(QStringView name);

private:
    Wilayah();
    QStringList closestDistricts(const QString &key, const QString &provinceCode) const;

    QList<Province> m_provinces;
    QList<District> m_districts;
    mutable std::once_flag m_kecamatanRead;
    mutable QList<Kecamatan> m_kecamatan;
    QHash<QString, int> m_provinceByCode;
    QHash<QString, int> m_districtByCode;
    QHash<QString, QString> m_provinceByKey; // normalised name or alias -> code
    QMultiHash<QString, QString> m_districtByKey; // match key -> code (several provinces)
};

// Normalised Puskesmas name for identity (DOMAIN.md §5): case, spaces, a "PUSKESMAS "/"PKM "
// prefix and punctuation ignored. "Puskesmas Keruak" and "KERUAK" give "KERUAK".
QString puskesmasNameKey(QStringView name);

// Levenshtein distance, for "did you mean" lists.
int editDistance(QStringView a, QStringView b);

} // namespace Lengkap
