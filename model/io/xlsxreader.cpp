// A sheet of an XLSX workbook as a RecordSource (DOMAIN.md §5: first sheet, or a named one).
// QuaZip opens the archive, XmlScanner (a checking tokeniser on UTF-8 bytes, xmlscanner.h) reads
// the parts: the workbook and its relations to find the sheet, the shared strings (rich-text runs
// concatenated, phonetic runs left out, kept as UTF-8), then the sheet itself, streamed: inflated
// ahead on a second thread, one row in memory at a time. Cells that are shared strings point into
// the shared-string bytes: nothing is copied or converted per cell.
//
// An XLSX file comes from anywhere, so the archive is checked before anything is inflated and
// again while inflating: no part larger than MinBombBytes compressed more than MaxRatio:1, no
// part claiming more compressed bytes than the file has, no part inflating past its declared
// size (zip bombs); DTDs are refused (entity expansion); rows and columns stop at Excel's limits.
// There is no cap on the total size: Excel's own limits bound a sheet, and it is streamed.
#include "readers.h"
#include "sha256.h"
#include "xmlscanner.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>


#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

constexpr qint64 MaxRatio = 200; // uncompressed : compressed, per part
constexpr qint64 MinBombBytes = 1024 * 1024; // small parts may compress better
constexpr qsizetype MaxSharedStrings = 32000000;
constexpr qsizetype MaxSharedStringBytes = 1024LL * 1024 * 1024;
constexpr qsizetype MaxRowBytes = 64 * 1024 * 1024; // text of one row, shared strings apart
constexpr int MaxColumns = 16384; // XFD, Excel's limit
constexpr int MaxRows = 1048576;

struct XlsxTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::XlsxReader)
};

// One part of the archive, inflated in chunks and checked while inflating: never more than it
// declares, never more than MaxRatio times its compressed size (zip bombs). The big parts (the
// sheet) are inflated ahead on a second thread, so zlib and the XML scanner share the two cores.
// The QuaZip may have only one part open, and only one thread uses it at a time.
class PartStream
{
public:
    PartStream(QuaZip *zip, QString displayName)
        : m_zip(zip)
        , m_displayName(std::move(displayName))
    {
    }
    ~PartStream()
    {
        if (!m_thread.joinable())
            return;
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    PartStream(const PartStream &) = delete;
    PartStream &operator=(const PartStream &) = delete;

    // Opens the part; false when it is not in the archive (error() empty) or cannot be read.
    bool open(const QString &name)
    {
        m_name = name;
        if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive))
            return false;
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info)) {
            m_error = XlsxTr::tr("%1: damaged archive: cannot read the entry %2")
                          .arg(m_displayName, name);
            return false;
        }
        m_compressed = qint64(std::min<quint64>(info.compressedSize, quint64(1) << 62));
        m_declared = qint64(std::min<quint64>(info.uncompressedSize, quint64(1) << 62));
        m_file = std::make_unique<QuaZipFile>(m_zip);
        if (!m_file->open(QIODevice::ReadOnly)) {
            m_error
                = XlsxTr::tr("%1: cannot read %2 (encrypted or damaged)").arg(m_displayName, name);
            m_file.reset();
            return false;
        }
        return true;
    }

    // From now on the part is inflated on a second thread, a few chunks ahead.
    void readAhead()
    {
        m_thread = std::thread([this] { run(); });
    }

    // Up to max inflated bytes; 0 at the end, -1 on an error (error() says which).
    qint64 read(char *data, qint64 max)
    {
        if (!m_error.isEmpty())
            return -1;
        if (m_pending.size() == m_pendingPos) {
            Chunk chunk = m_thread.joinable() ? take() : inflate(max);
            if (!chunk.error.isEmpty()) {
                m_error = chunk.error;
                return -1;
            }
            if (chunk.bytes.isEmpty())
                return 0;
            m_inflated += chunk.bytes.size();
            if (m_inflated > MinBombBytes
                && m_inflated > MaxRatio * std::max<qint64>(1, m_compressed)) {
                m_error = XlsxTr::tr("%1: refused: %2 is compressed more than %3:1 (a zip bomb?)")
                              .arg(m_displayName, m_name)
                              .arg(MaxRatio);
                return -1;
            }
            m_pending = std::move(chunk.bytes);
            m_pendingPos = 0;
        }
        const qint64 n = std::min<qint64>(max, m_pending.size() - m_pendingPos);
        std::memcpy(data, m_pending.constData() + m_pendingPos, size_t(n));
        m_pendingPos += n;
        return n;
    }

    const QString &name() const { return m_name; }
    const QString &error() const { return m_error; }
    qint64 inflated() const { return m_inflated; }
    qint64 declaredSize() const { return m_declared; }

private:
    struct Chunk
    {
        QByteArray bytes; // empty at the end
        QString error;
    };
    static constexpr qint64 ChunkBytes = 256 * 1024;
    static constexpr size_t Depth = 4; // chunks inflated ahead

    Chunk inflate(qint64 max)
    {
        Chunk chunk;
        chunk.bytes.resize(std::min(max, ChunkBytes));
        const qint64 n = m_file->read(chunk.bytes.data(), chunk.bytes.size());
        if (n < 0 || (n == 0 && !m_file->atEnd())) {
            chunk.error = XlsxTr::tr("%1: damaged archive: %2 cannot be inflated")
                              .arg(m_displayName, m_name);
        } else if (n == 0 && m_file->getZipError() != UNZ_OK) {
            chunk.error = XlsxTr::tr("%1: damaged archive: %2 fails its checksum")
                              .arg(m_displayName, m_name);
        }
        chunk.bytes.truncate(chunk.error.isEmpty() ? n : 0);
        return chunk;
    }

    Chunk take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        Chunk chunk = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return chunk;
    }

    void run()
    {
        // Stops after the last chunk (empty, or an error) or when the reader goes away.
        bool last = false;
        while (!last) {
            Chunk chunk = inflate(ChunkBytes);
            last = chunk.bytes.isEmpty();
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < Depth; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(chunk));
            lock.unlock();
            m_changed.notify_all();
        }
    }

    QuaZip *m_zip;
    QString m_displayName;
    QString m_name;
    std::unique_ptr<QuaZipFile> m_file;
    QString m_error;
    qint64 m_compressed = 0;
    qint64 m_declared = 0;
    qint64 m_inflated = 0;
    QByteArray m_pending; // the chunk being handed out
    qsizetype m_pendingPos = 0;
    std::thread m_thread; // last: joined before the file goes
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    bool m_stop = false;
};

// A part read as XML with the scanner (xmlscanner.h); its errors as "file: part ...".
class XmlPart
{
public:
    XmlPart(QuaZip *zip, QString displayName)
        : m_stream(zip, displayName)
        , m_displayName(std::move(displayName))
        , m_scanner([this](char *data, qint64 max) {
            const qint64 n = m_stream.read(data, max);
            if (n < 0)
                m_scanner.setReadError(m_stream.error());
            return n;
        })
    {
    }

    bool open(const QString &name) { return m_stream.open(name); }
    void readAhead() { m_stream.readAhead(); }

    XmlScanner::Token next() { return m_scanner.next(); }
    XmlScanner &xml() { return m_scanner; }

    // After next() returned Invalid: what went wrong, as "file.xlsx: xl/... is ...".
    QString error() const
    {
        if (!m_stream.error().isEmpty())
            return m_stream.error();
        if (m_scanner.readFailed())
            return m_scanner.error();
        if (m_scanner.declaresDtd())
            return XlsxTr::tr("%1: %2 declares a DTD, which workbooks never do")
                .arg(m_displayName, m_stream.name());
        if (m_scanner.truncated())
            return XlsxTr::tr("%1: %2 ends too early (truncated)")
                .arg(m_displayName, m_stream.name());
        return XlsxTr::tr("%1: %2 is not valid XML: %3")
            .arg(m_displayName, m_stream.name(), m_scanner.error());
    }
    // open() failed: error() of the stream, empty when the part is not in the archive.
    const QString &openError() const { return m_stream.error(); }
    qint64 inflated() const { return m_stream.inflated(); }
    qint64 declaredSize() const { return m_stream.declaredSize(); }

private:
    PartStream m_stream;
    QString m_displayName;
    XmlScanner m_scanner;
};

// Relationship targets are relative to the part's folder ("worksheets/sheet1.xml" from
// "xl/workbook.xml"), or absolute ("/xl/worksheets/sheet1.xml").
QString resolveTarget(const QString &base, const QString &target)
{
    QStringList parts;
    if (!target.startsWith(u'/')) {
        parts = base.split(u'/', Qt::SkipEmptyParts);
        if (!parts.isEmpty())
            parts.removeLast(); // the base part's own file name
    }
    for (const QString &piece : target.split(u'/', Qt::SkipEmptyParts)) {
        if (piece == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (piece != u".") {
            parts.append(piece);
        }
    }
    return parts.join(u'/');
}

QString folderRels(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

// "BC12" -> column 54 (0-based), row 12; false when malformed or past Excel's limits.
inline bool parseCellReference(QByteArrayView ref, int *column, int *row)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size()) {
        char c = ref[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            break;
        col = col * 26 + (c - 'A' + 1);
        if (col > MaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    int r = 0;
    for (; i < ref.size(); ++i) {
        if (ref[i] < '0' || ref[i] > '9')
            return false;
        r = r * 10 + (ref[i] - '0');
        if (r > MaxRows)
            return false;
    }
    if (r < 1)
        return false;
    *column = col - 1;
    *row = r;
    return true;
}

// A whole number 0..limit written in decimal (row numbers, shared string indexes); -1 otherwise.
qint64 parseIndex(QByteArrayView text, qint64 limit)
{
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.isEmpty() && space(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && space(text.back()))
        text.chop(1);
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value <= limit ? value : -1;
}

QByteArrayView view(const std::string &bytes)
{
    return QByteArrayView(bytes.data(), qsizetype(bytes.size()));
}

QString decodedAttribute(XmlScanner &xml, QByteArrayView name)
{
    std::string value;
    xml.appendAttribute(name, &value);
    return QString::fromUtf8(view(value));
}

// SHA-256 of the workbook file, hex, by libcrypto (as CsvReader hashes): computed on a thread of
// its own while the sheet is read, so the import needs no second pass over the file afterwards.
// QCryptographicHash took 80 instructions a byte here, a sixth of the whole XLSX import.
class FileHash
{
public:
    ~FileHash()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void start(const QString &path)
    {
        m_thread = std::thread([this, path] { m_hex = compute(path); });
    }
    // Empty when the file could not be read: the importer then hashes it itself.
    QString result() const
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_hex;
    }

private:
    static QString compute(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        Sha256 hash; // OpenSSL where the build has it (model/sha256.h)
        QByteArray chunk(1024 * 1024, Qt::Uninitialized);
        for (;;) {
            const qint64 n = file.read(chunk.data(), chunk.size());
            if (n < 0)
                return {};
            if (n == 0)
                break;
            hash.addData(QByteArrayView(chunk.constData(), n));
        }
        const QByteArray digest = hash.result();
        return digest.isEmpty() ? QString() : QString::fromLatin1(digest.toHex());
    }

    mutable std::thread m_thread;
    QString m_hex;
};

class XlsxReader : public RecordSource
{
public:
    static Result<std::unique_ptr<RecordSource>> open(const QString &path, const QString &sheet)
    {
        std::unique_ptr<XlsxReader> reader(new XlsxReader(path));
        if (Result<void> started = reader->start(sheet); !started)
            return started.error();
        return std::unique_ptr<RecordSource>(std::move(reader));
    }

    bool next() override
    {
        if (m_done || m_error)
            return false;
        m_cells.clear();
        m_row.clear();
        XmlScanner &xml = m_sheet->xml();
        // Up to the next <row>; the end of sheetData ends the sheet.
        while (true) {
            const XmlScanner::Token token = xml.next();
            if (token == XmlScanner::Invalid)
                return fail(m_sheet->error());
            if (token == XmlScanner::EndDocument
                || (token == XmlScanner::EndElement && xml.nameIs("sheetData"))) {
                m_done = true;
                return false;
            }
            if (token == XmlScanner::StartElement && xml.nameIs("row"))
                break;
        }
        const QByteArrayView r = xml.attribute("r");
        if (r.isNull()) {
            ++m_rowNumber;
        } else {
            const qint64 number = parseIndex(r, MaxRows);
            if (number < 1)
                return fail(XlsxTr::tr("%1:%2: invalid row number '%3'")
                                .arg(m_displayName)
                                .arg(m_rowNumber + 1)
                                .arg(QString::fromUtf8(clip(r, 20))));
            m_rowNumber = int(number);
        }
        if (m_rowNumber > MaxRows)
            return fail(XlsxTr::tr("%1: more than %2 rows").arg(m_displayName).arg(MaxRows));

        // Cells of the row.
        int column = -1;
        int cellsInRow = 0;
        CellType type = CellType::Other;
        bool inValue = false;
        bool inInline = false;
        bool inText = false;
        int phonetic = 0;
        while (true) {
            // The cells as every writer writes them, read straight from the buffer; anything
            // else (formulas, rich text, comments, a cell cut by the buffer's end) goes through
            // the tokeniser below.
            if (!inValue && !inInline) {
                const FastCell fast = fastCell(xml, &column, &cellsInRow);
                if (fast == FastCell::Done)
                    continue;
                if (fast == FastCell::Failed)
                    return false;
            }
            const XmlScanner::Token token = xml.next();
            if (token == XmlScanner::Invalid)
                return fail(rowMessage(m_sheet->error()));
            if (token == XmlScanner::EndDocument)
                return fail(XlsxTr::tr("%1:%2: the sheet ends inside a row")
                                .arg(m_displayName)
                                .arg(m_rowNumber));
            if (token == XmlScanner::Text) {
                bool ok = true;
                if (inValue)
                    ok = xml.appendText(&m_value);
                else if (inInline && inText && phonetic == 0)
                    ok = xml.appendText(&m_value);
                if (!ok)
                    return fail(rowMessage(m_sheet->error()));
                continue;
            }
            const QByteArrayView name = xml.name();
            if (token == XmlScanner::StartElement) {
                if (sameBytes(name, "c")) {
                    const QByteArrayView ref = xml.attribute("r");
                    int refRow = 0;
                    if (ref.isNull()) {
                        ++column;
                    } else if (!parseCellReference(ref, &column, &refRow)) {
                        return fail(XlsxTr::tr("%1:%2: invalid cell reference '%3'")
                                        .arg(m_displayName)
                                        .arg(m_rowNumber)
                                        .arg(QString::fromUtf8(clip(ref, 20))));
                    }
                    if (column >= MaxColumns || ++cellsInRow > MaxColumns)
                        return fail(XlsxTr::tr("%1:%2: more than %3 columns")
                                        .arg(m_displayName)
                                        .arg(m_rowNumber)
                                        .arg(MaxColumns));
                    const QByteArrayView t = xml.attribute("t");
                    type = cellType(t);
                    m_value.clear();
                    inValue = inInline = inText = false;
                    phonetic = 0;
                } else if (sameBytes(name, "v")) {
                    // The text of an inline string is in <is>; a <v> beside it is ignored.
                    inValue = type != CellType::Inline;
                } else if (sameBytes(name, "is")) {
                    inInline = true;
                } else if (sameBytes(name, "rPh")) {
                    ++phonetic;
                } else if (sameBytes(name, "t")) {
                    inText = true;
                }
            } else if (token == XmlScanner::EndElement) {
                if (sameBytes(name, "v")) {
                    inValue = false;
                } else if (sameBytes(name, "is")) {
                    inInline = false;
                } else if (sameBytes(name, "rPh")) {
                    --phonetic;
                } else if (sameBytes(name, "t")) {
                    inText = false;
                } else if (sameBytes(name, "c")) {
                    if (column >= 0 && !setCell(column, type))
                        return false;
                } else if (sameBytes(name, "row")) {
                    return true;
                }
            }
        }
    }

    int line() const override { return m_rowNumber; }
    int fieldCount() const override { return int(m_cells.size()); }
    QString text(int i) const override { return QString::fromUtf8(utf8(i)).trimmed(); }
    QByteArrayView utf8(int i) const override
    {
        if (i < 0 || i >= qsizetype(m_cells.size()))
            return {};
        const Cell &cell = m_cells[size_t(i)];
        const char *base = cell.shared ? m_strings.data() : m_row.data();
        return QByteArrayView(base + cell.begin, cell.size);
    }
    bool isNumber(int i) const override
    {
        return i >= 0 && i < qsizetype(m_cells.size()) && m_cells[size_t(i)].number;
    }
    std::optional<Error> error() const override { return m_error; }
    QString displayName() const override { return m_displayName; }
    qint64 position() const override { return m_sheet ? m_sheet->inflated() : 0; }
    qint64 size() const override { return m_sheet ? m_sheet->declaredSize() : 0; }
    QString encodingName() const override { return u"XLSX"_s; }
    QString delimiterName() const override { return {}; }
    QString sha256Hex() const override { return m_hash.result(); }

private:
    enum class CellType { Shared, Inline, Number, Other };
    enum class FastCell { Done, NotHere, Failed };

    // The t attribute: s, inlineStr, n or none (a number, dates included), b, e, str, d.
    static CellType cellType(QByteArrayView t)
    {
        if (t.isNull() || sameBytes(t, "n"))
            return CellType::Number;
        if (sameBytes(t, "s"))
            return CellType::Shared;
        if (sameBytes(t, "inlineStr"))
            return CellType::Inline;
        return CellType::Other;
    }

    // One <c> element at the front of the unread bytes, when it has one of the shapes writers
    // produce: <c .../>, <c ...></c>, <c ...><v>text</v></c> and
    // <c ...><is><t>text</t></is></c>, attributes name="value" without entities. Its text goes
    // to the row as setCell() puts it, its column to *column (the next one when it has no
    // reference). NotHere when the bytes are anything else, leaving them to the tokeniser,
    // which then reads exactly what it would have read anyway.
    FastCell fastCell(XmlScanner &xml, int *column, int *cellsInRow)
    {
        QByteArrayView b = xml.unread();
        if (b.size() < 512) {
            xml.buffer(64 * 1024);
            b = xml.unread();
        }
        const char *p = b.data();
        const qsizetype n = b.size();
        if (n < 4 || p[0] != '<' || p[1] != 'c' || (p[2] != ' ' && p[2] != '>' && p[2] != '/'))
            return FastCell::NotHere;
        qsizetype i = 2;
        QByteArrayView ref;
        QByteArrayView type;
        bool empty = false;
        while (true) {
            if (i >= n)
                return FastCell::NotHere;
            if (p[i] == '>') {
                ++i;
                break;
            }
            if (p[i] == '/') {
                if (i + 1 >= n || p[i + 1] != '>')
                    return FastCell::NotHere;
                i += 2;
                empty = true;
                break;
            }
            if (p[i] != ' ')
                return FastCell::NotHere;
            ++i;
            const qsizetype nameStart = i;
            while (i < n && ((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z')))
                ++i;
            if (i + 1 >= n || i == nameStart || p[i] != '=' || (p[i + 1] != '"' && p[i + 1] != '\''))
                return FastCell::NotHere;
            const QByteArrayView name(p + nameStart, i - nameStart);
            const char quote = p[i + 1];
            const qsizetype valueStart = i + 2;
            qsizetype valueEnd = valueStart;
            while (valueEnd < n && p[valueEnd] != quote) {
                if (p[valueEnd] == '<' || p[valueEnd] == '&')
                    return FastCell::NotHere;
                ++valueEnd;
            }
            if (valueEnd >= n)
                return FastCell::NotHere;
            const QByteArrayView value(p + valueStart, valueEnd - valueStart);
            if (sameBytes(name, "r")) {
                if (!ref.isNull())
                    return FastCell::NotHere; // a repeated attribute: the tokeniser says so
                ref = value.isNull() ? QByteArrayView("", 0) : value;
            } else if (sameBytes(name, "t")) {
                if (!type.isNull())
                    return FastCell::NotHere;
                type = value.isNull() ? QByteArrayView("", 0) : value;
            }
            i = valueEnd + 1;
        }
        const CellType cellType = XlsxReader::cellType(type);
        QByteArrayView text;
        if (!empty) {
            auto startsWith = [&](qsizetype at, QByteArrayView what) {
                if (at + what.size() > n)
                    return false;
                for (qsizetype k = 0; k < what.size(); ++k) {
                    if (p[at + k] != what[k])
                        return false;
                }
                return true;
            };
            qsizetype close = -1; // where "</c>" must be
            auto textUpTo = [&](qsizetype at, QByteArrayView end) {
                const void *lt = std::memchr(p + at, '<', size_t(n - at));
                if (!lt)
                    return false;
                const qsizetype stop = static_cast<const char *>(lt) - p;
                if (!startsWith(stop, end))
                    return false;
                text = QByteArrayView(p + at, stop - at);
                close = stop + end.size();
                return true;
            };
            if (startsWith(i, "</c>")) {
                close = i;
            } else if (cellType != CellType::Inline && startsWith(i, "<v>")) {
                if (!textUpTo(i + 3, "</v>"))
                    return FastCell::NotHere;
            } else if (cellType == CellType::Inline && startsWith(i, "<is><t>")) {
                if (!textUpTo(i + 7, "</t></is>"))
                    return FastCell::NotHere;
            } else if (cellType == CellType::Inline
                       && startsWith(i, "<is><t xml:space=\"preserve\">")) {
                if (!textUpTo(i + 29, "</t></is>"))
                    return FastCell::NotHere;
            } else {
                return FastCell::NotHere;
            }
            if (!startsWith(close, "</c>"))
                return FastCell::NotHere;
            i = close + 4;
        }
        // The element is whole and well formed: take it.
        if (ref.isNull()) {
            ++*column;
        } else {
            int refRow = 0;
            if (!parseCellReference(ref, column, &refRow)) {
                fail(XlsxTr::tr("%1:%2: invalid cell reference '%3'")
                         .arg(m_displayName)
                         .arg(m_rowNumber)
                         .arg(QString::fromUtf8(clip(ref, 20))));
                return FastCell::Failed;
            }
        }
        if (*column >= MaxColumns || ++*cellsInRow > MaxColumns) {
            fail(XlsxTr::tr("%1:%2: more than %3 columns")
                     .arg(m_displayName)
                     .arg(m_rowNumber)
                     .arg(MaxColumns));
            return FastCell::Failed;
        }
        // Shared string indexes and numbers are plain ASCII as a rule: taken as they are,
        // without the decoder (entities, line ends, UTF-8 check) that other text goes through.
        bool plain = true;
        for (qsizetype k = 0; plain && k < text.size(); ++k)
            plain = text[k] > ' ' && text[k] < 0x7f && text[k] != '&';
        if (plain && cellType == CellType::Shared) {
            xml.skip(i);
            return setSharedCell(*column, text) ? FastCell::Done : FastCell::Failed;
        }
        m_value.clear();
        if (plain) {
            m_value.assign(text.data(), size_t(text.size()));
        } else if (!xml.decodeText(text, &m_value)) {
            fail(rowMessage(XlsxTr::tr("%1: %2 is not valid XML: %3")
                                .arg(m_displayName, m_sheetPart, xml.error())));
            return FastCell::Failed;
        }
        xml.skip(i);
        return setCell(*column, cellType) ? FastCell::Done : FastCell::Failed;
    }
    // Cell text: bytes [begin, begin + size) of m_strings (a shared string, not copied) or of
    // m_row.
    struct Cell
    {
        qsizetype begin = 0;
        qsizetype size = 0;
        bool shared = false;
        bool number = false;
    };

    explicit XlsxReader(const QString &path)
        : m_path(path)
        , m_displayName(QFileInfo(path).fileName())
    {
    }

    bool fail(const QString &message)
    {
        m_error = inputError(message);
        return false;
    }

    QString rowMessage(const QString &partMessage) const
    {
        // "file.xlsx: sheet1.xml is not valid XML" -> "file.xlsx:17: ..."
        QString message = partMessage;
        const QString prefix = m_displayName + u": "_s;
        if (message.startsWith(prefix))
            message = u"%1:%2: %3"_s.arg(m_displayName)
                          .arg(m_rowNumber)
                          .arg(message.mid(prefix.size()));
        return message;
    }

    // A shared string cell whose <v> is index.
    bool setSharedCell(int column, QByteArrayView index)
    {
        const qint64 at = parseIndex(index, qint64(m_stringOffsets.size()) - 2);
        if (at < 0) {
            return fail(XlsxTr::tr("%1:%2: shared string '%3' does not exist")
                            .arg(m_displayName)
                            .arg(m_rowNumber)
                            .arg(QString::fromUtf8(clip(index, 20))));
        }
        if (qsizetype(m_cells.size()) == column)
            m_cells.push_back({});
        else if (qsizetype(m_cells.size()) < column)
            m_cells.resize(size_t(column) + 1, Cell {0, 0, false, false});
        const qsizetype begin = m_stringOffsets[size_t(at)];
        m_cells[size_t(column)] = {begin, m_stringOffsets[size_t(at) + 1] - begin, true, false};
        return true;
    }

    // The cell's text is in m_value.
    bool setCell(int column, CellType type)
    {
        // Cells come in order, as a rule: one push_back each.
        if (qsizetype(m_cells.size()) == column)
            m_cells.push_back({});
        else if (qsizetype(m_cells.size()) < column)
            m_cells.resize(size_t(column) + 1, Cell {0, 0, false, false});
        if (type == CellType::Shared)
            return setSharedCell(column, view(m_value));
        // Inline strings; numbers (also dates, as serial numbers), booleans, formula strings,
        // errors: the text as stored. Counts are written "3", so they read as typed.
        if (qsizetype(m_row.size() + m_value.size()) > MaxRowBytes)
            return fail(XlsxTr::tr("%1:%2: the row holds more than %3 MB of text")
                            .arg(m_displayName)
                            .arg(m_rowNumber)
                            .arg(MaxRowBytes / (1024 * 1024)));
        const qsizetype begin = qsizetype(m_row.size());
        m_row.append(m_value);
        m_cells[size_t(column)]
            = {begin, qsizetype(m_value.size()), false, type == CellType::Number && !m_value.empty()};
        return true;
    }

    Result<void> start(const QString &sheetName)
    {
        QFile probe(m_path);
        if (!probe.open(QIODevice::ReadOnly))
            return inputError(
                XlsxTr::tr("%1: cannot open: %2").arg(m_displayName, probe.errorString()));
        const QByteArray magic = probe.read(4);
        const qint64 fileSize = probe.size();
        probe.close();
        const bool looksZip = magic.startsWith("PK");
        m_zip = std::make_unique<QuaZip>(m_path);
        if (!m_zip->open(QuaZip::mdUnzip)) {
            if (!looksZip)
                return inputError(
                    XlsxTr::tr("%1: not an XLSX workbook (not a zip archive)").arg(m_displayName));
            return inputError(
                XlsxTr::tr("%1: damaged or truncated zip archive").arg(m_displayName));
        }

        // Zip bombs, from the central directory before inflating anything: no entry may claim
        // to be compressed more than MaxRatio:1, nor to hold more compressed bytes than the
        // file has (sizes that lie). There is no cap on the total: a sheet as big as Excel
        // allows is read, streaming; what is read is checked again while inflating.
        const QList<QuaZipFileInfo64> entries = m_zip->getFileInfoList64();
        if (entries.isEmpty() && m_zip->getZipError() != UNZ_OK)
            return inputError(
                XlsxTr::tr("%1: damaged or truncated zip archive").arg(m_displayName));
        for (const QuaZipFileInfo64 &entry : entries) {
            const quint64 compressed = entry.compressedSize;
            if (compressed > quint64(fileSize)) {
                return inputError(XlsxTr::tr("%1: damaged archive: %2 claims more compressed "
                                             "bytes than the file holds")
                                      .arg(m_displayName, entry.name));
            }
            const quint64 uncompressed = entry.uncompressedSize;
            if (uncompressed > quint64(MinBombBytes)
                && uncompressed / quint64(MaxRatio) > std::max<quint64>(1, compressed)) {
                return inputError(
                    XlsxTr::tr("%1: refused: %2 is compressed more than %3:1 (a zip bomb?)")
                        .arg(m_displayName, entry.name)
                        .arg(MaxRatio));
            }
        }

        // The workbook part: from _rels/.rels, else the usual place.
        QString workbookPart;
        {
            QHash<QString, QString> rels;
            Result<void> read = readRelationships(u"_rels/.rels"_s, &rels, nullptr);
            if (!read)
                return read;
            for (auto it = rels.cbegin(); it != rels.cend(); ++it) {
                if (it.key().endsWith(u"/officeDocument"_s))
                    workbookPart = it.value();
            }
            if (workbookPart.isEmpty())
                workbookPart = u"xl/workbook.xml"_s;
        }

        // Sheets in workbook order, and their relationship ids.
        QStringList sheetIds;
        {
            XmlPart part(m_zip.get(), m_displayName);
            if (!part.open(workbookPart)) {
                if (!part.openError().isEmpty())
                    return inputError(part.openError());
                return inputError(XlsxTr::tr("%1: a zip archive, but not an XLSX workbook (no %2)")
                                      .arg(m_displayName, workbookPart));
            }
            while (true) {
                const XmlScanner::Token token = part.next();
                if (token == XmlScanner::Invalid)
                    return inputError(part.error());
                if (token == XmlScanner::EndDocument)
                    break;
                if (token == XmlScanner::StartElement && part.xml().nameIs("sheet")) {
                    m_sheetNames.append(decodedAttribute(part.xml(), "name"));
                    sheetIds.append(decodedAttribute(part.xml(), "id"));
                }
            }
        }
        if (m_sheetNames.isEmpty())
            return inputError(XlsxTr::tr("%1: the workbook has no sheets").arg(m_displayName));
        qsizetype chosen = 0;
        if (!sheetName.isEmpty()) {
            chosen = m_sheetNames.indexOf(sheetName);
            if (chosen < 0) {
                for (qsizetype i = 0; i < m_sheetNames.size() && chosen < 0; ++i) {
                    if (m_sheetNames.at(i).compare(sheetName, Qt::CaseInsensitive) == 0)
                        chosen = i;
                }
            }
            if (chosen < 0) {
                return inputError(XlsxTr::tr("%1: no sheet named '%2'; the sheets are: %3")
                                      .arg(m_displayName, sheetName, m_sheetNames.join(u", "_s)));
            }
        }

        QHash<QString, QString> workbookRels;
        QString sharedStringsPart;
        if (Result<void> read
            = readRelationships(folderRels(workbookPart), &workbookRels, &sharedStringsPart);
            !read)
            return read;
        QString sheetPart;
        for (auto it = workbookRels.cbegin(); it != workbookRels.cend(); ++it) {
            if (it.key() == u"id:"_s + sheetIds.at(chosen))
                sheetPart = resolveTarget(workbookPart, it.value());
        }
        if (sheetPart.isEmpty())
            sheetPart = u"xl/worksheets/sheet%1.xml"_s.arg(chosen + 1);
        if (sharedStringsPart.isEmpty())
            sharedStringsPart = u"xl/sharedStrings.xml"_s;
        else
            sharedStringsPart = resolveTarget(workbookPart, sharedStringsPart);

        if (Result<void> read = readSharedStrings(sharedStringsPart); !read)
            return read;

        m_sheet = std::make_unique<XmlPart>(m_zip.get(), m_displayName);
        if (!m_sheet->open(sheetPart)) {
            if (!m_sheet->openError().isEmpty())
                return inputError(m_sheet->openError());
            return inputError(XlsxTr::tr("%1: the sheet '%2' is missing from the archive (%3)")
                                  .arg(m_displayName, m_sheetNames.at(chosen), sheetPart));
        }
        m_sheet->readAhead();
        m_sheetName = m_sheetNames.at(chosen);
        m_sheetPart = sheetPart;
        m_hash.start(m_path);
        return {};
    }

    // Relationship targets by type ("…/officeDocument" -> target) and by id ("id:rId1" -> target).
    Result<void> readRelationships(const QString &partName, QHash<QString, QString> *rels,
                                   QString *sharedStrings)
    {
        XmlPart part(m_zip.get(), m_displayName);
        if (!part.open(partName))
            return part.openError().isEmpty() ? Result<void>()
                                              : Result<void>(inputError(part.openError()));
        while (true) {
            const XmlScanner::Token token = part.next();
            if (token == XmlScanner::Invalid)
                return inputError(part.error());
            if (token == XmlScanner::EndDocument)
                return {};
            if (token == XmlScanner::StartElement && part.xml().nameIs("Relationship")) {
                const QString type = decodedAttribute(part.xml(), "Type");
                const QString target = decodedAttribute(part.xml(), "Target");
                rels->insert(type, target.startsWith(u'/') ? target.mid(1) : target);
                rels->insert(u"id:"_s + decodedAttribute(part.xml(), "Id"), target);
                if (sharedStrings && type.endsWith(u"/sharedStrings"_s))
                    *sharedStrings = target;
            }
        }
    }

    // Every shared string, UTF-8, one after the other in m_strings: rich-text runs
    // concatenated, phonetic runs left out.
    Result<void> readSharedStrings(const QString &partName)
    {
        m_stringOffsets.assign(1, 0);
        XmlPart part(m_zip.get(), m_displayName);
        if (!part.open(partName))
            return part.openError().isEmpty() ? Result<void>()
                                              : Result<void>(inputError(part.openError()));
        if (part.declaredSize() > 4 * 1024 * 1024)
            part.readAhead();
        bool inItem = false;
        bool inText = false;
        int phonetic = 0;
        XmlScanner &xml = part.xml();
        while (true) {
            const XmlScanner::Token token = part.next();
            if (token == XmlScanner::Invalid)
                return inputError(part.error());
            if (token == XmlScanner::EndDocument)
                return {};
            if (token == XmlScanner::Text) {
                if (inItem && inText && phonetic == 0 && !xml.appendText(&m_strings))
                    return inputError(part.error());
                continue;
            }
            const QByteArrayView name = xml.name();
            if (token == XmlScanner::StartElement) {
                if (sameBytes(name, "si")) {
                    inItem = true;
                    inText = false;
                    phonetic = 0;
                } else if (sameBytes(name, "t")) {
                    inText = true;
                } else if (sameBytes(name, "rPh")) {
                    ++phonetic;
                }
            } else if (token == XmlScanner::EndElement) {
                if (sameBytes(name, "t")) {
                    inText = false;
                } else if (sameBytes(name, "rPh")) {
                    --phonetic;
                } else if (sameBytes(name, "si")) {
                    inItem = false;
                    m_stringOffsets.push_back(qsizetype(m_strings.size()));
                    // The shared strings are held in memory: a part of empty items compressed
                    // 200:1 could otherwise ask for gigabytes. A sheet as big as Excel allows,
                    // every cell distinct, stays far below both limits in practice.
                    if (qsizetype(m_stringOffsets.size()) > MaxSharedStrings
                        || qsizetype(m_strings.size()) > MaxSharedStringBytes)
                        return inputError(XlsxTr::tr("%1: refused: %2 holds more than %3 million "
                                                     "strings or %4 MB of text")
                                              .arg(m_displayName, partName)
                                              .arg(MaxSharedStrings / 1000000)
                                              .arg(MaxSharedStringBytes / (1024 * 1024)));
                }
            }
        }
    }

    QString m_path;
    QString m_displayName;
    QStringList m_sheetNames;
    QString m_sheetName;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<XmlPart> m_sheet; // declared after m_zip: closed before it
    std::string m_strings; // shared strings, UTF-8, one after the other
    std::vector<qsizetype> m_stringOffsets; // string i is [offsets[i], offsets[i + 1])
    std::string m_row; // the current row's cells that are not shared strings, UTF-8
    std::string m_value; // the current cell's text
    QString m_sheetPart;
    std::vector<Cell> m_cells;
    int m_rowNumber = 0;
    bool m_done = false;
    std::optional<Error> m_error;
    FileHash m_hash;
};

} // namespace

Result<std::unique_ptr<RecordSource>> openXlsx(const QString &path, const QString &sheet)
{
    return XlsxReader::open(path, sheet);
}

} // namespace Lengkap
