// The worker-level format (DOMAIN.md §5.3): one row per worker, as SISDMK exports it, reduced
// to counts per Puskesmas x type x status while reading. Only the role columns are ever looked
// at: NIK, names, birth dates and addresses are neither copied nor logged.
//
// Speed: a national export has about a million rows. Cells are looked at as raw UTF-8 bytes;
// every distinct profession, status, district and Puskesmas value is resolved once and its
// resolution cached in a SpellingCache keyed by those bytes, so a row costs a few cheap lookups
// and no QString.
#include "puskesmasname.h"
#include "readers.h"
#include "rowerrors.h"
#include "spellingcache.h"

#include "nakestypes.h"
#include "professions.h"
#include "wilayah.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

Q_LOGGING_CATEGORY(lcWorkers, "lengkap.import.workers", QtWarningMsg)

struct WorkersTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::WorkersReader)
};

enum Role {
    CodeRole,
    NameRole,
    DistrictRole,
    ProvinceRole,
    ProfessionRole,
    StatusRole,
    KategoriRole,
    RoleCount
};

struct RoleSpec
{
    QString key; // the columnMapping key
    QStringList aliases; // normalised header names, most specific first
    bool required; // code and name: one of the two
};

// Header names as exports write them, normalised by headerKey(): lower case, letters and
// digits only ("Kabupaten/Kota" -> "kabupatenkota", "kode_faskes" -> "kodefaskes").
const QList<RoleSpec> &roleSpecs()
{
    static const QList<RoleSpec> specs = {
        {u"puskesmas_code"_s,
         {u"kodepuskesmas"_s, u"unitkerjakode"_s, u"kodefaskes"_s, u"kodefasyankes"_s, u"kodepkm"_s, u"kdpuskesmas"_s,
          u"kdfaskes"_s, u"kodeunitkerja"_s, u"puskesmascode"_s, u"kode"_s},
         true},
        {u"puskesmas_name"_s,
         {u"namapuskesmas"_s, u"unitkerjanama"_s, u"namafasyankes"_s, u"namafaskes"_s, u"namaunitkerja"_s,
          u"unitkerja"_s, u"namapkm"_s, u"puskesmas"_s, u"fasyankes"_s, u"faskes"_s,
          u"tempattugas"_s, u"puskesmasname"_s},
         true},
        {u"district"_s,
         {u"kabupatenkota"_s, u"kabkota"_s, u"kabkot"_s, u"namakabupatenkota"_s, u"namakabkota"_s,
          u"kabupatenkotafasyankes"_s, u"kabupaten"_s, u"kota"_s, u"district"_s},
         true},
        {u"province"_s, {u"provinsi"_s, u"namaprovinsi"_s, u"prov"_s, u"province"_s}, false},
        {u"profession"_s,
         {u"jenistenaga"_s, u"jenissdmkjenis"_s, u"jenisnakes"_s, u"jenistenagakesehatan"_s, u"jenisprofesi"_s,
          u"profesi"_s, u"jabatanfungsional"_s, u"namajabatan"_s, u"jabatan"_s, u"subrumpun"_s,
          u"rumpun"_s, u"profession"_s},
         true},
        {u"status"_s,
         {u"statuskepegawaian"_s, u"statuspegawai"_s, u"statuskepeg"_s, u"statusasn"_s,
          u"jeniskepegawaian"_s, u"jenispegawai"_s, u"status"_s},
         true},
        {u"kategori"_s, {u"kategori"_s, u"kategoripuskesmas"_s}, false},
    };
    return specs;
}

QString headerKey(const QString &header)
{
    QString key;
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

QString roleDescription(Role role)
{
    switch (role) {
    case CodeRole:
        return WorkersTr::tr("Puskesmas code");
    case NameRole:
        return WorkersTr::tr("Puskesmas name");
    case DistrictRole:
        return WorkersTr::tr("district (Kabupaten/Kota)");
    case ProvinceRole:
        return WorkersTr::tr("province");
    case ProfessionRole:
        return WorkersTr::tr("profession (Jenis Tenaga)");
    case StatusRole:
        return WorkersTr::tr("employment status (Status Kepegawaian)");
    case KategoriRole:
        return WorkersTr::tr("kategori");
    case RoleCount:
        break;
    }
    return {};
}

// DOMAIN.md §5.3: PNS and PPPK (also written P3K) are ASN, anything else is Non-ASN. CPNS
// (civil-servant candidates) hold a NIP and are counted by BKN as ASN, so they are ASN too.
bool isAsnStatus(QByteArrayView raw)
{
    const QString key = Wilayah::normalize(QString::fromUtf8(raw));
    static const QStringList asn = {u"PNS"_s,
                                    u"PPPK"_s,
                                    u"P3K"_s,
                                    u"CPNS"_s,
                                    u"ASN"_s,
                                    u"PEGAWAI NEGERI SIPIL"_s,
                                    u"PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA"_s};
    return asn.contains(key);
}


} // namespace

QList<WorkerColumnRole> matchWorkerColumns(const QStringList &header,
                                           const QHash<QString, QString> &mapping)
{
    QStringList keys;
    for (const QString &name : header)
        keys.append(headerKey(name));
    QList<WorkerColumnRole> roles;
    const QList<RoleSpec> &specs = roleSpecs();
    for (int r = 0; r < RoleCount; ++r) {
        const RoleSpec &spec = specs.at(r);
        WorkerColumnRole role {spec.key, roleDescription(Role(r)), spec.required, -1};
        if (const auto mapped = mapping.constFind(spec.key);
            mapped != mapping.cend() && !mapped->isEmpty()) {
            role.column = int(keys.indexOf(headerKey(*mapped)));
        } else {
            // The first alias in the header not already taken by an earlier role (a column
            // the user mapped to another role is not reused).
            for (const QString &alias : spec.aliases) {
                const int at = int(keys.indexOf(alias));
                bool taken = false;
                for (const WorkerColumnRole &other : std::as_const(roles))
                    taken = taken || other.column == at;
                if (at >= 0 && !taken) {
                    role.column = at;
                    break;
                }
            }
        }
        roles.append(role);
    }
    return roles;
}

Result<ImportBatch> readWorkers(RecordSource &source, const ReadOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QString file = source.displayName();
    const int typeCount = NakesTypes::count();
    const Professions &professions = Professions::builtIn();

    ImportBatch batch;
    batch.sourceName = file;
    batch.format = u"workers"_s;
    batch.report.format = batch.format;

    // Header: the first non-blank record.
    bool haveHeader = false;
    while (source.next()) {
        if (!source.isBlankRecord()) {
            haveHeader = true;
            break;
        }
    }
    if (!haveHeader) {
        if (const std::optional<Error> error = source.error())
            return *error;
        return inputError(WorkersTr::tr("%1:1: the file is empty").arg(file));
    }
    batch.report.encoding = source.encodingName();
    batch.report.delimiter = source.delimiterName();
    const int headerLine = source.line();
    QStringList headers;
    for (int i = 0; i < source.fieldCount(); ++i) {
        headers.append(source.text(i));
    }
    const QString headersSeen = headers.join(u", "_s);

    const QList<RoleSpec> &specs = roleSpecs();
    const QList<WorkerColumnRole> matched = matchWorkerColumns(headers, options.columnMapping);
    int column[RoleCount];
    for (int role = 0; role < RoleCount; ++role) {
        column[role] = matched.at(role).column;
        const auto mapped = options.columnMapping.constFind(specs.at(role).key);
        if (column[role] < 0 && mapped != options.columnMapping.cend() && !mapped->isEmpty()) {
            return inputError(
                WorkersTr::tr("%1:%2: the column '%3' chosen for the %4 is not in the "
                              "header; headers seen: %5")
                    .arg(file)
                    .arg(headerLine)
                    .arg(*mapped, roleDescription(Role(role)), headersSeen));
        }
    }
    auto missing = [&](Role role) {
        return inputError(WorkersTr::tr("%1:%2: no column for the %3 (mapping key '%4'); headers "
                                        "seen: %5")
                              .arg(file)
                              .arg(headerLine)
                              .arg(roleDescription(role), specs.at(role).key, headersSeen));
    };
    if (column[ProfessionRole] < 0)
        return missing(ProfessionRole);
    if (column[StatusRole] < 0)
        return missing(StatusRole);
    if (column[CodeRole] < 0 && column[NameRole] < 0)
        return missing(NameRole);
    if (column[DistrictRole] < 0)
        return missing(DistrictRole);

    // Province restriction: --province, else the file's province column (per row).
    QString restrictProvince = options.provinceCode;

    struct ProfessionSlot
    {
        int type = -1; // index in NakesTypes, or -1
        int unmapped = -1; // index in unmappedNames when type < 0
    };
    SpellingCache<ProfessionSlot> professionCache;
    QStringList unmappedNames;
    QList<int> unmappedCounts;
    SpellingCache<bool> statusCache;
    QHash<QByteArray, Result<QString>> districtCache; // province raw \x1f district raw -> code
    SpellingCache<int> puskesmasCache; // raw identity bytes -> index
    QHash<QString, int> puskesmasByIdentity; // code, or district|name key -> index
    QList<PuskesmasCounts> &puskesmas = batch.puskesmas;
    QByteArray keyBuffer;
    keyBuffer.reserve(256);

    const bool byCode = column[CodeRole] >= 0;
    int rows = 0;
    qint64 counted = 0;
    int lastPuskesmas = -1;
    QByteArray lastIdentity;

    // Every invalid row is reported, not just the first (RowErrors).
    RowErrors errors(file);
    while (source.next()) {
        const int line = source.line();
        if ((++rows & 0xfff) == 0) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                return Error {Error::Kind::Cancelled,
                              WorkersTr::tr("%1: import cancelled").arg(file)};
            if (options.progress && (rows & 0xffff) == 0)
                options.progress(source.position(), source.size());
        }
        if (source.isBlankRecord()) {
            ++batch.report.skippedEmptyRows;
            continue;
        }
        ++batch.report.recordsRead;
        const auto readRow = [&]() -> std::optional<Error> {
            // Puskesmas: the code, else district + name (DOMAIN.md §5 identity).
            const QByteArrayView code
                = byCode ? source.utf8(column[CodeRole]).trimmed() : QByteArrayView();
            if (byCode && code.isEmpty()) {
                return inputError(WorkersTr::tr("%1:%2: empty Puskesmas code (the file has a code "
                                                "column, so every row needs one)")
                                      .arg(file)
                                      .arg(line));
            }
            QByteArrayView identity = code;
            if (!byCode) {
                keyBuffer.clear();
                keyBuffer.append(source.utf8(column[DistrictRole]).trimmed());
                keyBuffer.append('\x1f');
                if (column[ProvinceRole] >= 0)
                    keyBuffer.append(source.utf8(column[ProvinceRole]).trimmed());
                keyBuffer.append('\x1f');
                keyBuffer.append(source.utf8(column[NameRole]).trimmed());
                identity = keyBuffer;
            }
            int index = lastPuskesmas;
            if (index < 0 || identity != QByteArrayView(lastIdentity)) {
                if (const int *cached = puskesmasCache.find(identity)) {
                    index = *cached;
                } else {
                    // First sight of this spelling: resolve district and identity once.
                    const QString name
                        = column[NameRole] >= 0 ? source.text(column[NameRole]) : QString();
                    const QString districtText = source.text(column[DistrictRole]);
                    if (districtText.isEmpty()) {
                        return inputError(WorkersTr::tr("%1:%2: empty district (Kabupaten/Kota)")
                                              .arg(file)
                                              .arg(line));
                    }
                    if (!byCode && puskesmasNameKey(name).isEmpty()) {
                        return inputError(
                            WorkersTr::tr("%1:%2: empty Puskesmas name").arg(file).arg(line));
                    }
                    QByteArray districtKey
                        = source.utf8(column[DistrictRole]).trimmed().toByteArray();
                    districtKey.append('\x1f');
                    if (column[ProvinceRole] >= 0)
                        districtKey.append(source.utf8(column[ProvinceRole]).trimmed());
                    auto district = districtCache.constFind(districtKey);
                    if (district == districtCache.cend()) {
                        QString provinceCode = restrictProvince;
                        const QString provinceText = column[ProvinceRole] >= 0
                                                         ? source.text(column[ProvinceRole])
                                                         : QString();
                        Result<QString> resolved = QString();
                        if (!provinceText.isEmpty()) {
                            const Result<QString> province
                                = Wilayah::instance().matchProvince(provinceText);
                            if (!province)
                                resolved = province.error();
                            else if (!restrictProvince.isEmpty() && *province != restrictProvince)
                                resolved
                                    = inputError(WorkersTr::tr("province '%1' is not the chosen "
                                                               "province")
                                                     .arg(provinceText));
                            else
                                provinceCode = *province;
                        }
                        if (resolved.ok())
                            resolved
                                = Wilayah::instance().matchDistrict(districtText, provinceCode);
                        district = districtCache.insert(districtKey, resolved);
                    }
                    if (!district->ok()) {
                        return inputError(
                            u"%1:%2: %3"_s.arg(file).arg(line).arg(district->error().message));
                    }
                    const QString canonical
                        = byCode ? QString::fromUtf8(code)
                                 : district->value() + u'|' + puskesmasNameKey(name);
                    auto known = puskesmasByIdentity.constFind(canonical);
                    if (known == puskesmasByIdentity.cend()) {
                        PuskesmasCounts counts;
                        counts.line = line;
                        counts.districtCode = district->value();
                        counts.code = byCode ? QString::fromUtf8(code) : QString();
                        counts.name = puskesmasDisplayName(name); // as the rekap writes it
                        if (column[KategoriRole] >= 0)
                            counts.kategori = source.text(column[KategoriRole]);
                        counts.asn.fill(0, typeCount);
                        counts.nonAsn.fill(0, typeCount);
                        known = puskesmasByIdentity.insert(canonical, int(puskesmas.size()));
                        puskesmas.append(std::move(counts));
                    }
                    index = *known;
                    puskesmasCache.insert(identity, index);
                }
                lastPuskesmas = index;
                lastIdentity.resize(identity.size()); // reuses the allocation
                std::copy(identity.begin(), identity.end(), lastIdentity.begin());
            }

            // Profession -> type, once per distinct spelling.
            const QByteArrayView profession = source.utf8(column[ProfessionRole]).trimmed();
            const ProfessionSlot *slot = professionCache.find(profession);
            if (!slot) {
                ProfessionSlot resolved;
                const QString text = QString::fromUtf8(profession);
                resolved.type = professions.typeIndex(text);
                if (resolved.type < 0) {
                    const QString shown = text.isEmpty() ? WorkersTr::tr("(empty)") : text;
                    resolved.unmapped = int(unmappedNames.indexOf(shown));
                    if (resolved.unmapped < 0) {
                        resolved.unmapped = int(unmappedNames.size());
                        unmappedNames.append(shown);
                        unmappedCounts.append(0);
                    }
                }
                slot = professionCache.insert(profession, resolved);
            }
            if (slot->type < 0) {
                ++unmappedCounts[slot->unmapped];
                return std::nullopt;
            }

            const QByteArrayView status = source.utf8(column[StatusRole]).trimmed();
            const bool *asn = statusCache.find(status);
            if (!asn)
                asn = statusCache.insert(status, isAsnStatus(status));
            PuskesmasCounts &target = puskesmas[index];
            if (*asn)
                ++target.asn[slot->type];
            else
                ++target.nonAsn[slot->type];
            ++counted;
            return std::nullopt;
        };
        if (const std::optional<Error> rowError = readRow(); rowError && !errors.add(*rowError))
            break;
    }
    if (const std::optional<Error> error = errors.finish(source.error()))
        return *error;
    if (puskesmas.isEmpty())
        return inputError(
            WorkersTr::tr("%1:%2: no worker rows after the header").arg(file).arg(headerLine));

    batch.sha256 = source.sha256Hex(); // empty when the source does not hash: the caller does
    batch.report.workersCounted = int(counted);
    for (qsizetype i = 0; i < unmappedNames.size(); ++i)
        batch.report.unmappedProfessions[unmappedNames.at(i)] += unmappedCounts.at(i);
    batch.report.elapsedMs = timer.elapsed();
    // Counts and the file name only: never a value of a row.
    qCDebug(lcWorkers) << file << "rows" << batch.report.recordsRead << "workers counted" << counted
                       << "puskesmas" << puskesmas.size() << "unmapped professions"
                       << unmappedNames.size() << "ms" << batch.report.elapsedMs;
    return batch;
}

} // namespace Lengkap
