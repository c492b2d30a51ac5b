// The entry point of every import: picks the format (DOMAIN.md §5) from the options, the file's
// signature and its header, runs the reader and fills in what every batch carries.
#include "importer.h"

#include "inputlimits.h"
#include "readers.h"
#include "tablereader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct ImporterTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Importer)
};

// Replays the first non-blank record (read to detect the format) and then reads on, so the
// file is opened and read once whatever the format.
class ReplaySource : public RecordSource
{
public:
    explicit ReplaySource(std::unique_ptr<RecordSource> inner)
        : m_inner(std::move(inner))
    {
    }

    // Reads up to the first non-blank record; false when there is none (see error()).
    bool prime()
    {
        while (m_inner->next()) {
            if (m_inner->isBlankRecord())
                continue;
            m_line = m_inner->line();
            for (int i = 0; i < m_inner->fieldCount(); ++i) {
                m_cells.append(m_inner->utf8(i).toByteArray());
                m_header.append(m_inner->text(i));
            }
            m_replay = Replay::Pending;
            return true;
        }
        return false;
    }
    const QStringList &header() const { return m_header; }
    int headerLine() const { return m_line; }

    bool next() override
    {
        if (m_replay == Replay::Pending) {
            m_replay = Replay::Current;
            return true;
        }
        m_replay = Replay::Done;
        return m_inner->next();
    }
    int line() const override { return replaying() ? m_line : m_inner->line(); }
    int fieldCount() const override
    {
        return replaying() ? int(m_cells.size()) : m_inner->fieldCount();
    }
    QString text(int i) const override
    {
        if (!replaying())
            return m_inner->text(i);
        return i >= 0 && i < m_header.size() ? m_header.at(i) : QString();
    }
    QByteArrayView utf8(int i) const override
    {
        if (!replaying())
            return m_inner->utf8(i);
        return i >= 0 && i < m_cells.size() ? QByteArrayView(m_cells.at(i)) : QByteArrayView();
    }
    std::optional<Error> error() const override { return m_inner->error(); }
    QString displayName() const override { return m_inner->displayName(); }
    qint64 position() const override { return m_inner->position(); }
    qint64 size() const override { return m_inner->size(); }
    QString encodingName() const override { return m_inner->encodingName(); }
    QString delimiterName() const override { return m_inner->delimiterName(); }
    QString sha256Hex() const override { return m_inner->sha256Hex(); }

private:
    enum class Replay { None, Pending, Current, Done };
    bool replaying() const { return m_replay == Replay::Pending || m_replay == Replay::Current; }

    std::unique_ptr<RecordSource> m_inner;
    Replay m_replay = Replay::None;
    int m_line = 0;
    QList<QByteArray> m_cells;
    QStringList m_header;
};

QString hashFile(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

Result<ImportBatch> readTable(ReplaySource &source, ImportFormat format, const ReadOptions &options)
{
    switch (format) {
    case ImportFormat::Rekap:
        return readRekap(source, options);
    case ImportFormat::Long:
        return readLong(source, options);
    case ImportFormat::Workers:
        return readWorkers(source, options);
    default:
        break;
    }
    QStringList rekapColumns = {u"provinsi"_s, u"kabupaten_kota"_s, u"nama_puskesmas"_s};
    rekapColumns.append(u"<type>_asn"_s);
    rekapColumns.append(u"<type>_non_asn"_s);
    return inputError(
        u"%1:%2: %3"_s.arg(source.displayName())
            .arg(std::max(1, source.headerLine()))
            .arg(ImporterTr::tr("cannot tell the format from the header; expected rekap "
                                "(%1, ...), long (provinsi, kabupaten_kota, nama_puskesmas, "
                                "jenis, status, jumlah) or a worker export (a profession "
                                "column such as jenis tenaga, rumpun, profesi or jabatan, "
                                "and a status kepegawaian column)")
                     .arg(rekapColumns.join(u", "_s))));
}

Result<std::unique_ptr<ReplaySource>> openTable(const QString &path, bool xlsx,
                                                const ReadOptions &options)
{
    Result<std::unique_ptr<RecordSource>> opened
        = xlsx ? openXlsx(path, options.sheet) : openCsv(path);
    if (!opened)
        return opened.error();
    auto source = std::make_unique<ReplaySource>(std::move(*opened));
    if (!source->prime()) {
        if (const std::optional<Error> error = source->error())
            return *error;
        return inputError(u"%1:%2: %3"_s.arg(source->displayName())
                              .arg(std::max(1, source->line()))
                              .arg(ImporterTr::tr("the file has no header row")));
    }
    return source;
}

} // namespace

bool isPasteTitle(QStringView line)
{
    return line.contains(u"Kelengkapan 9 Jenis Nakes"_s, Qt::CaseInsensitive);
}

// The header row's cells run together ("KabupatenPuskesmasJenis") or are tab separated.
bool isPasteHeaderRow(QStringView line)
{
    static const QRegularExpression headerRow(u"^\\s*Kabupaten\\t*Puskesmas\\t*Jenis"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    return headerRow.match(line.toString()).hasMatch();
}

bool looksLikeXlsx(const QString &path, QByteArrayView head)
{
    return path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) || head.startsWith("PK\x03\x04");
}

QByteArray readFileHead(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(size);
}

bool looksLikePaste(const QByteArray &head)
{
    if (head.contains('\0'))
        return false;
    const QString text = QString::fromUtf8(head);
    int nonEmpty = 0;
    for (QStringView line : QStringView(text).split(QRegularExpression(u"\r\n|\r|\n"_s))) {
        if (line.trimmed().isEmpty())
            continue;
        if (++nonEmpty > 30)
            break;
        if ((nonEmpty <= 5 && isPasteTitle(line)) || isPasteHeaderRow(line))
            return true;
    }
    return false;
}

QString importFormatKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return u"auto"_s;
    case ImportFormat::Rekap:
        return u"rekap"_s;
    case ImportFormat::Long:
        return u"long"_s;
    case ImportFormat::Workers:
        return u"workers"_s;
    case ImportFormat::Paste:
        return u"paste"_s;
    case ImportFormat::Xlsx:
        return u"xlsx"_s;
    }
    return {};
}

bool parseImportFormat(const QString &key, ImportFormat *format)
{
    for (ImportFormat f : {ImportFormat::Auto, ImportFormat::Rekap, ImportFormat::Long,
                           ImportFormat::Workers, ImportFormat::Paste, ImportFormat::Xlsx}) {
        if (key.compare(importFormatKey(f), Qt::CaseInsensitive) == 0) {
            if (format)
                *format = f;
            return true;
        }
    }
    return false;
}

ImportFormat detectTableFormat(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header)
        names.append(normalizeHeaderName(name));
    for (const QString &name : std::as_const(names)) {
        if (name.endsWith(u"_asn"_s) && name.size() > 4)
            return ImportFormat::Rekap;
    }
    if (names.contains(u"jenis"_s) && names.contains(u"status"_s) && names.contains(u"jumlah"_s))
        return ImportFormat::Long;
    bool profession = false;
    bool status = false;
    for (const QString &name : std::as_const(names)) {
        for (const QString &word :
             {u"jenis_tenaga"_s, u"jenis_nakes"_s, u"rumpun"_s, u"profesi"_s, u"jabatan"_s}) {
            if (name.contains(word))
                profession = true;
        }
        if (name.contains(u"status"_s) || name.contains(u"kepegawaian"_s))
            status = true;
    }
    if (profession && status)
        return ImportFormat::Workers;
    return ImportFormat::Auto;
}

Result<ImportBatch> readImportFile(const QString &path, const ReadOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (Result<void> readable = checkInputFile(path); !readable)
        return readable.error();
    const QByteArray head = readFileHead(path, 64 * 1024);
    ImportFormat format = options.format;
    const bool xlsx = format == ImportFormat::Xlsx
                      || (format != ImportFormat::Paste && looksLikeXlsx(path, head));
    if (format == ImportFormat::Auto && !xlsx && looksLikePaste(head))
        format = ImportFormat::Paste;

    Result<ImportBatch> batch = Error {};
    if (format == ImportFormat::Paste) {
        batch = readPaste(path, options);
    } else {
        Result<std::unique_ptr<ReplaySource>> source = openTable(path, xlsx, options);
        if (!source)
            return source.error();
        ImportFormat tableFormat = format;
        if (xlsx) {
            tableFormat = options.sheetFormat;
            if (format != ImportFormat::Auto && format != ImportFormat::Xlsx)
                tableFormat = format;
        }
        if (tableFormat != ImportFormat::Rekap && tableFormat != ImportFormat::Long
            && tableFormat != ImportFormat::Workers)
            tableFormat = detectTableFormat((*source)->header());
        batch = readTable(**source, tableFormat, options);
        if (batch) {
            batch->sha256 = (*source)->sha256Hex();
            if (xlsx)
                batch->format = importFormatKey(ImportFormat::Xlsx);
        }
    }
    if (!batch)
        return batch;
    batch->sourceName = QFileInfo(path).fileName();
    if (const std::optional<Error> tooLong = checkNameLengths(*batch))
        return *tooLong;
    if (batch->sha256.isEmpty())
        batch->sha256 = hashFile(path);
    if (batch->format.isEmpty())
        batch->format = importFormatKey(format);
    batch->report.format = batch->format;
    batch->report.elapsedMs = timer.elapsed();
    return batch;
}

Result<QList<ListEntry>> readListFile(const QString &path, const ReadOptions &options)
{
    if (Result<void> readable = checkInputFile(path); !readable)
        return readable.error();
    const QByteArray head = readFileHead(path, 4);
    Result<std::unique_ptr<RecordSource>> source
        = looksLikeXlsx(path, head) || options.format == ImportFormat::Xlsx
              ? openXlsx(path, options.sheet)
              : openCsv(path);
    if (!source)
        return source.error();
    Result<QList<ListEntry>> entries = readList(**source, options);
    if (entries) {
        if (const std::optional<Error> tooLong
            = checkNameLengths(*entries, QFileInfo(path).fileName()))
            return *tooLong;
    }
    return entries;
}

} // namespace Lengkap
