// The canonical wide format (DOMAIN.md §5.1): one row per Puskesmas with <type>_asn and
// <type>_non_asn for every type of the type table, optional <type>_total checked against them.
#include "nakestypes.h"
#include "readers.h"
#include "tablereader.h"
#include "wilayah.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct RekapTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::RekapReader)
};

// Column positions found in the header; -1 when absent.
struct RekapColumns
{
    int provinsi = -1;
    int kabupaten = -1;
    int kode = -1;
    int nama = -1;
    int kategori = -1;
    int rpjmn = -1;
    int teregistrasi = -1;
    QList<int> asn;
    QList<int> nonAsn;
    QList<int> total;
};

struct KnownColumn
{
    QString key; // canonical name, used in messages
    bool required = false;
    int *position = nullptr;
};

// Other spellings of the identity columns seen in exports.
QString canonicalName(const QString &name)
{
    static const QHash<QString, QString> aliases = {
        {u"propinsi"_s, u"provinsi"_s},
        {u"province"_s, u"provinsi"_s},
        {u"kabupaten"_s, u"kabupaten_kota"_s},
        {u"kab_kota"_s, u"kabupaten_kota"_s},
        {u"kota_kabupaten"_s, u"kabupaten_kota"_s},
        {u"kode"_s, u"kode_puskesmas"_s},
        {u"kode_pkm"_s, u"kode_puskesmas"_s},
        {u"puskesmas"_s, u"nama_puskesmas"_s},
        {u"nama_pkm"_s, u"nama_puskesmas"_s},
        {u"registered"_s, u"teregistrasi"_s},
        {u"terregistrasi"_s, u"teregistrasi"_s},
    };
    if (const auto it = aliases.constFind(name); it != aliases.cend())
        return *it;
    QString canonical = name;
    if (canonical.endsWith(u"_nonasn"_s))
        canonical = canonical.chopped(7) + u"_non_asn"_s;
    // A type's label may stand for its key: "Promosi Kesehatan ASN" -> promkes_asn.
    static const QList<std::pair<QString, QString>> labels = [] {
        QList<std::pair<QString, QString>> list;
        for (const NakesType &type : NakesTypes::all()) {
            for (const QString &label : {type.labelId, type.labelEn}) {
                const QString prefix = normalizeHeaderName(label) + u'_';
                if (prefix != type.key + u'_')
                    list.append({prefix, type.key + u'_'});
            }
        }
        return list;
    }();
    for (const auto &[prefix, key] : labels) {
        if (canonical.startsWith(prefix)) {
            const QString rest = canonical.mid(prefix.size());
            if (rest == u"asn"_s || rest == u"non_asn"_s || rest == u"total"_s)
                return key + rest;
        }
    }
    return canonical;
}

} // namespace

Result<ImportBatch> readRekap(RecordSource &source, const ReadOptions &options)
{
    ImportBatch batch;
    batch.format = u"rekap"_s;
    batch.report.format = batch.format;
    TableReader reader(source, options, batch.report);
    const Result<QStringList> header = reader.readHeader();
    if (!header)
        return header.error();
    const int headerLine = reader.headerLine();

    RekapColumns columns;
    const int typeCount = NakesTypes::count();
    columns.asn.fill(-1, typeCount);
    columns.nonAsn.fill(-1, typeCount);
    columns.total.fill(-1, typeCount);
    QList<KnownColumn> known = {
        {u"provinsi"_s, true, &columns.provinsi},
        {u"kabupaten_kota"_s, true, &columns.kabupaten},
        {u"kode_puskesmas"_s, false, &columns.kode},
        {u"nama_puskesmas"_s, true, &columns.nama},
        {u"kategori"_s, false, &columns.kategori},
        {u"rpjmn"_s, false, &columns.rpjmn},
        {u"teregistrasi"_s, false, &columns.teregistrasi},
    };
    for (int t = 0; t < typeCount; ++t) {
        const QString &key = NakesTypes::at(t).key;
        known.append({key + u"_asn"_s, true, &columns.asn[t]});
        known.append({key + u"_non_asn"_s, true, &columns.nonAsn[t]});
        known.append({key + u"_total"_s, false, &columns.total[t]});
    }
    QHash<QString, int> knownIndex;
    for (int k = 0; k < known.size(); ++k)
        knownIndex.insert(known.at(k).key, k);

    QList<int> unknown;
    for (int i = 0; i < header->size(); ++i) {
        const QString name = canonicalName(header->at(i));
        if (name.isEmpty())
            continue;
        const auto it = knownIndex.constFind(name);
        if (it == knownIndex.cend()) {
            unknown.append(i);
            continue;
        }
        int *position = known.at(*it).position;
        if (*position >= 0) {
            return reader.errorAt(headerLine,
                                  RekapTr::tr("column %1 appears twice (cells %2 and %3)")
                                      .arg(name)
                                      .arg(*position + 1)
                                      .arg(i + 1));
        }
        *position = i;
    }
    // An unknown column that is a near miss of a column we lack is a typo, not extra data.
    for (int i : std::as_const(unknown)) {
        const QString name = canonicalName(header->at(i));
        for (const KnownColumn &column : std::as_const(known)) {
            if (*column.position < 0 && editDistance(name, column.key) <= 2) {
                return reader.errorAt(headerLine,
                                      RekapTr::tr("unknown column '%1': did you mean '%2'?")
                                          .arg(reader.rawHeader().at(i), column.key));
            }
        }
        // Extra data we do not read: said, never silently dropped.
        batch.report.warnings.append(
            {headerLine, RekapTr::tr("unknown column, ignored: %1").arg(reader.rawHeader().at(i))});
    }
    QStringList missing;
    for (const KnownColumn &column : std::as_const(known)) {
        if (column.required && *column.position < 0)
            missing.append(column.key);
    }
    if (!missing.isEmpty()) {
        return reader.errorAt(
            headerLine, RekapTr::tr("missing required column(s): %1").arg(missing.join(u", "_s)));
    }

    const int headerSize = int(header->size());
    QHash<QString, int> seen; // identity -> line of first occurrence
    // Every invalid row is reported, not just the first.
    const std::optional<Error> error = reader.readRows([&]() -> std::optional<Error> {
        if (const std::optional<Error> width = reader.checkWidth(headerSize))
            return *width;
        PuskesmasCounts p;
        p.line = reader.line();
        p.name = source.text(columns.nama);
        if (p.name.isEmpty())
            return reader.errorHere(RekapTr::tr("empty nama_puskesmas"));
        if (columns.kode >= 0) {
            p.code = source.text(columns.kode);
            if (p.code.isEmpty())
                return reader.errorHere(
                    RekapTr::tr("empty kode_puskesmas for '%1': when the column "
                                "exists every row needs a code")
                        .arg(p.name));
        }
        if (columns.kategori >= 0)
            p.kategori = source.text(columns.kategori);
        p.asn.resize(typeCount);
        p.nonAsn.resize(typeCount);
        for (int t = 0; t < typeCount; ++t) {
            const QString &key = NakesTypes::at(t).key;
            const Result<int> asn = reader.count(columns.asn.at(t), key + u"_asn"_s);
            if (!asn)
                return asn.error();
            const Result<int> nonAsn = reader.count(columns.nonAsn.at(t), key + u"_non_asn"_s);
            if (!nonAsn)
                return nonAsn.error();
            p.asn[t] = *asn;
            p.nonAsn[t] = *nonAsn;
            if (columns.total.at(t) >= 0) {
                const Result<std::optional<int>> total
                    = reader.optionalCount(columns.total.at(t), key + u"_total"_s);
                if (!total)
                    return total.error();
                if (total->has_value() && **total != *asn + *nonAsn) {
                    return reader.errorHere(
                        RekapTr::tr("column %1_total: %2 is not %1_asn + %1_non_asn = %3 + %4")
                            .arg(key)
                            .arg(**total)
                            .arg(*asn)
                            .arg(*nonAsn));
                }
            }
        }
        if (columns.rpjmn >= 0) {
            const Result<std::optional<bool>> flag = reader.flag(columns.rpjmn, u"rpjmn"_s);
            if (!flag)
                return flag.error();
            p.rpjmn = *flag;
        }
        if (columns.teregistrasi >= 0) {
            const Result<std::optional<bool>> flag
                = reader.flag(columns.teregistrasi, u"teregistrasi"_s);
            if (!flag)
                return flag.error();
            p.registered = *flag;
        }
        const Result<QString> district
            = reader.districtCode(source.text(columns.provinsi), source.text(columns.kabupaten));
        if (!district)
            return district.error();
        p.districtCode = *district;

        const QString identity
            = p.code.isEmpty() ? p.districtCode + u'|' + puskesmasNameKey(p.name) : p.code;
        if (const auto it = seen.constFind(identity); it != seen.cend()) {
            return reader.errorHere(
                p.code.isEmpty()
                    ? RekapTr::tr("duplicate Puskesmas '%1' in this district (first on line %2)")
                          .arg(p.name)
                          .arg(*it)
                    : RekapTr::tr("duplicate kode_puskesmas '%1' (first on line %2)")
                          .arg(p.code)
                          .arg(*it));
        }
        seen.insert(identity, p.line);
        batch.puskesmas.append(std::move(p));
        return std::nullopt;
    });
    if (error)
        return *error;
    return batch;
}

} // namespace Lengkap
