// The long format (DOMAIN.md §5.2): one row per Puskesmas x type x status with a count;
// repeated keys are summed (an export may give PNS and PPPK on separate rows).
#include "nakestypes.h"
#include "readers.h"
#include "tablereader.h"
#include "wilayah.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct LongTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::LongReader)
};

// Type key, Indonesian or English label (and the label before a parenthesis: "ATLM"), all in
// normalizeHeaderName() form -> type index.
QHash<QString, int> typeNames()
{
    QHash<QString, int> names;
    for (int t = 0; t < NakesTypes::count(); ++t) {
        const NakesType &type = NakesTypes::at(t);
        for (const QString &name :
             {type.key, type.labelId, type.labelEn, type.shortId, type.shortEn}) {
            if (name.isEmpty())
                continue;
            names.insert(normalizeHeaderName(name), t);
            const qsizetype paren = name.indexOf(u'(');
            if (paren > 0)
                names.insert(normalizeHeaderName(QStringView(name).left(paren)), t);
        }
    }
    return names;
}

// ASN (PNS and PPPK are ASN) or Non-ASN; nullopt when neither.
std::optional<bool> parseAsn(const QString &status)
{
    const QString key = normalizeHeaderName(status).remove(u'_');
    if (key == u"asn"_s || key == u"pns"_s || key == u"pppk"_s)
        return true;
    if (key == u"nonasn"_s)
        return false;
    return std::nullopt;
}

} // namespace

Result<ImportBatch> readLong(RecordSource &source, const ReadOptions &options)
{
    ImportBatch batch;
    batch.format = u"long"_s;
    batch.report.format = batch.format;
    TableReader reader(source, options, batch.report);
    const Result<QStringList> header = reader.readHeader();
    if (!header)
        return header.error();
    const int headerLine = reader.headerLine();

    const QStringList required = {u"provinsi"_s, u"kabupaten_kota"_s, u"nama_puskesmas"_s,
                                  u"jenis"_s,    u"status"_s,         u"jumlah"_s};
    const QStringList optional = {u"kode_puskesmas"_s, u"kategori"_s};
    QHash<QString, int> position;
    QList<int> unknown;
    for (int i = 0; i < header->size(); ++i) {
        QString name = header->at(i);
        if (name == u"kabupaten"_s || name == u"kab_kota"_s)
            name = u"kabupaten_kota"_s;
        else if (name == u"puskesmas"_s)
            name = u"nama_puskesmas"_s;
        else if (name == u"kode"_s)
            name = u"kode_puskesmas"_s;
        if (name.isEmpty())
            continue;
        if (!required.contains(name) && !optional.contains(name)) {
            unknown.append(i);
            continue;
        }
        if (position.contains(name)) {
            return reader.errorAt(headerLine,
                                  LongTr::tr("column %1 appears twice (cells %2 and %3)")
                                      .arg(name)
                                      .arg(position.value(name) + 1)
                                      .arg(i + 1));
        }
        position.insert(name, i);
    }
    for (int i : std::as_const(unknown)) {
        for (const QString &name : required + optional) {
            if (!position.contains(name) && editDistance(header->at(i), name) <= 2) {
                return reader.errorAt(headerLine,
                                      LongTr::tr("unknown column '%1': did you mean '%2'?")
                                          .arg(reader.rawHeader().at(i), name));
            }
        }
        batch.report.warnings.append(
            {headerLine, LongTr::tr("unknown column, ignored: %1").arg(reader.rawHeader().at(i))});
    }
    QStringList missing;
    for (const QString &name : required) {
        if (!position.contains(name))
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        return reader.errorAt(
            headerLine, LongTr::tr("missing required column(s): %1").arg(missing.join(u", "_s)));
    }
    const int provinsi = position.value(u"provinsi"_s);
    const int kabupaten = position.value(u"kabupaten_kota"_s);
    const int nama = position.value(u"nama_puskesmas"_s);
    const int jenis = position.value(u"jenis"_s);
    const int status = position.value(u"status"_s);
    const int jumlah = position.value(u"jumlah"_s);
    const int kode = position.value(u"kode_puskesmas"_s, -1);
    const int kategori = position.value(u"kategori"_s, -1);

    static const QHash<QString, int> types = typeNames();
    const int typeCount = NakesTypes::count();
    const int headerSize = int(header->size());
    QHash<QString, qsizetype> index; // identity -> position in batch.puskesmas
    QHash<QString, int> typeCache; // jenis as written -> type index
    // Every invalid row is reported, not just the first.
    const std::optional<Error> error = reader.readRows([&]() -> std::optional<Error> {
        if (const std::optional<Error> width = reader.checkWidth(headerSize))
            return *width;
        const QString name = source.text(nama);
        if (name.isEmpty())
            return reader.errorHere(LongTr::tr("empty nama_puskesmas"));
        QString code;
        if (kode >= 0) {
            code = source.text(kode);
            if (code.isEmpty())
                return reader.errorHere(LongTr::tr("empty kode_puskesmas for '%1': when the column "
                                                   "exists every row needs a code")
                                            .arg(name));
        }
        const QString jenisText = source.text(jenis);
        auto typeIt = typeCache.constFind(jenisText);
        if (typeIt == typeCache.cend()) {
            int found = types.value(normalizeHeaderName(jenisText), -1);
            // "ATLM (Ahli Teknologi Laboratorium Medik)": the words before the parenthesis.
            if (const qsizetype paren = jenisText.indexOf(u'('); found < 0 && paren > 0)
                found = types.value(normalizeHeaderName(QStringView(jenisText).left(paren)), -1);
            typeIt = typeCache.insert(jenisText, found);
        }
        const int type = *typeIt;
        if (type < 0) {
            QStringList keys;
            for (const NakesType &t : NakesTypes::all())
                keys.append(t.key);
            return reader.errorHere(LongTr::tr("column jenis: '%1' is not one of the types (%2)")
                                        .arg(jenisText, keys.join(u", "_s)));
        }
        const std::optional<bool> asn = parseAsn(source.text(status));
        if (!asn) {
            return reader.errorHere(LongTr::tr("column status: '%1' is neither ASN nor Non-ASN")
                                        .arg(source.text(status)));
        }
        const Result<int> count = reader.count(jumlah, u"jumlah"_s);
        if (!count)
            return count.error();
        const Result<QString> district
            = reader.districtCode(source.text(provinsi), source.text(kabupaten));
        if (!district)
            return district.error();

        const QString identity = code.isEmpty() ? *district + u'|' + puskesmasNameKey(name) : code;
        auto it = index.constFind(identity);
        if (it == index.cend()) {
            PuskesmasCounts p;
            p.line = reader.line();
            p.districtCode = *district;
            p.code = code;
            p.name = name;
            if (kategori >= 0)
                p.kategori = source.text(kategori);
            p.asn.fill(0, typeCount);
            p.nonAsn.fill(0, typeCount);
            it = index.insert(identity, batch.puskesmas.size());
            batch.puskesmas.append(std::move(p));
        }
        PuskesmasCounts &p = batch.puskesmas[*it];
        if (!code.isEmpty()
            && (p.districtCode != *district
                || puskesmasNameKey(p.name) != puskesmasNameKey(name))) {
            return reader.errorHere(
                LongTr::tr("kode_puskesmas '%1' is '%2' here but '%3' on line %4")
                    .arg(code, name, p.name)
                    .arg(p.line));
        }
        if (kategori >= 0 && p.kategori.isEmpty())
            p.kategori = source.text(kategori);
        (*asn ? p.asn : p.nonAsn)[type] += *count;
        return std::nullopt;
    });
    if (error)
        return *error;
    return batch;
}

} // namespace Lengkap
