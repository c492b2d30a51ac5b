// Membership lists (DOMAIN.md §5.5): Puskesmas codes, or province / district / name, one per row.
#include "readers.h"
#include "tablereader.h"
#include "wilayah.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct ListTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::ListReader)
};

int columnOf(const QStringList &header, std::initializer_list<QString> names)
{
    for (const QString &name : names) {
        const qsizetype i = header.indexOf(name);
        if (i >= 0)
            return int(i);
    }
    return -1;
}

} // namespace

Result<QList<ListEntry>> readList(RecordSource &source, const ReadOptions &options)
{
    ImportReport report;
    TableReader reader(source, options, report);
    const Result<QStringList> header = reader.readHeader();
    if (!header)
        return header.error();
    const int kode = columnOf(*header, {u"kode_puskesmas"_s, u"kode"_s, u"kode_pkm"_s});
    const int provinsi = columnOf(*header, {u"provinsi"_s, u"propinsi"_s});
    const int kabupaten = columnOf(*header, {u"kabupaten_kota"_s, u"kabupaten"_s, u"kab_kota"_s});
    const int nama = columnOf(*header, {u"nama_puskesmas"_s, u"puskesmas"_s});
    if (kode < 0 && (provinsi < 0 || kabupaten < 0 || nama < 0)) {
        return reader.errorAt(reader.headerLine(),
                              ListTr::tr("a list needs a kode_puskesmas column, or the columns "
                                         "provinsi, kabupaten_kota and nama_puskesmas"));
    }

    QList<ListEntry> entries;
    QSet<QString> seen; // duplicates are harmless: the first one stands
    // Every invalid row is reported, not just the first.
    const std::optional<Error> error = reader.readRows([&]() -> std::optional<Error> {
        ListEntry entry;
        entry.line = reader.line();
        if (kode >= 0) {
            entry.code = source.text(kode);
            if (entry.code.isEmpty())
                return reader.errorHere(ListTr::tr("empty kode_puskesmas"));
            if (seen.contains(entry.code))
                return std::nullopt; // listed already
            seen.insert(entry.code);
        } else {
            entry.name = source.text(nama);
            if (entry.name.isEmpty())
                return reader.errorHere(ListTr::tr("empty nama_puskesmas"));
            const Result<QString> district
                = reader.districtCode(source.text(provinsi), source.text(kabupaten));
            if (!district)
                return district.error();
            entry.districtCode = *district;
            const QString identity = entry.districtCode + u'|' + puskesmasNameKey(entry.name);
            if (seen.contains(identity))
                return std::nullopt; // listed already
            seen.insert(identity);
        }
        entries.append(std::move(entry));
        return std::nullopt;
    });
    if (error)
        return *error;
    return entries;
}

} // namespace Lengkap
