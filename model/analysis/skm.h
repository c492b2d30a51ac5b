#pragma once

#include "result.h"
#include "types.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// SKM (Standar Ketenagaan Minimal, DOMAIN.md §1, §3): the minimum number of workers of each
// type a Puskesmas should have, and the planner's view of a region against it. Counts are
// per NakesTypes index; nothing here assumes there are nine types.
namespace Lengkap {

class Analysis;

// The two columns of the SKM table (DOMAIN.md §3).
enum class KategoriClass { NonRawatInap, RawatInap };

// DOMAIN.md §3: kategori contains "Rawat Inap" and not "Non" -> rawat inap; anything else, empty
// included -> non rawat inap. Case is ignored.
KategoriClass kategoriClass(const QString &kategori);
QString kategoriClassKey(KategoriClass kategoriClass); // "non_rawat_inap", "rawat_inap"

// Standards per kategori class, with optional overrides for one kategori string ("Terpencil
// Rawat Inap"), type by type. A value type: copy it, edit it, save it as JSON.
class SkmStandards
{
public:
    // The default preset, read from :/lengkap/data/skm_standards.json.
    SkmStandards();

    // What a Puskesmas of this kategori should have of a type: the kategori's override when
    // there is one for that type, else its class's standard.
    int standard(const QString &kategori, int type) const;
    int classStandard(KategoriClass kategoriClass, int type) const;
    void setClassStandard(KategoriClass kategoriClass, int type, int value);

    // Overrides for one kategori, matched ignoring case and repeated spaces.
    QStringList overriddenKategori() const; // as first written, sorted by match key
    bool hasOverride(const QString &kategori, int type) const;
    void setOverride(const QString &kategori, int type, int value);
    void removeOverride(const QString &kategori, int type);
    void removeOverrides(const QString &kategori); // every type of that kategori

    bool isDefault() const { return *this == SkmStandards(); }
    bool operator==(const SkmStandards &other) const;
    bool operator!=(const SkmStandards &other) const { return !(*this == other); }

    // {"version": 1, "non_rawat_inap": {type: n}, "rawat_inap": {...},
    //  "kategori": {"Terpencil Rawat Inap": {type: n}}}. A type missing from a class keeps the
    // default preset's value (so settings saved before a new type was added still load).
    QByteArray toJson() const;
    // Unknown type keys and values outside 0..999 are input errors naming the key.
    static Result<SkmStandards> fromJson(const QByteArray &json);

    static constexpr int MaxStandard = 999;

private:
    struct Zero
    {
    };
    explicit SkmStandards(Zero); // every standard 0: the start of reading the preset

    struct Override
    {
        QString kategori; // as the planner wrote it
        QMap<int, int> byType; // type index -> standard
    };
    static QString matchKey(const QString &kategori);
    static const SkmStandards &preset();
    static Result<SkmStandards> readJson(const QByteArray &json, SkmStandards base);

    QList<int> m_nonRawatInap; // by type index
    QList<int> m_rawatInap;
    QMap<QString, Override> m_overrides; // by matchKey()
};

// A region measured against the SKM (DOMAIN.md §3, planner view). Lists are by type index.
struct SkmSummary
{
    int puskesmas = 0;
    int meetingAll = 0; // Puskesmas with count >= standard for every type
    QList<int> standard; // Σ standard over the region's Puskesmas
    QList<int> existing; // Σ count
    QList<int> shortage; // Σ max(0, standard − count)
    QList<int> surplus; // Σ max(0, count − standard)
    QList<int> meetingType; // Puskesmas with count >= standard for this type

    int totalShortage() const;
    int totalSurplus() const;
};

// The region's Puskesmas (Level::National with code "", a province "52" or a district "52.03")
// under the criteria, their counts under the status, against the standards.
SkmSummary skmSummary(const Analysis &analysis, Level level, const QString &code, Criteria criteria,
                      Status status, const SkmStandards &standards = {});

} // namespace Lengkap
