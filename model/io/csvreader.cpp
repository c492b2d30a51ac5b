#include "csvreader.h"

#include "readers.h"
#include "sha256.h"
#include "textcodec.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>


#if defined(__x86_64__) || defined(__SSE2__)
#include <immintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

// Bytes read per chunk; the first chunk is also the sample that decides the encoding.
constexpr qsizetype ChunkSize = qsizetype(1) << 20;
// A record longer than this is refused: it is almost always a quote left open.
constexpr qsizetype MaxRecordSize = qsizetype(64) << 20;
// Room kept before each chunk's bytes for the unread end of the buffer it follows (a record cut
// by the chunk's start; records are rarely longer): up to this, a chunk is handed over, not
// copied (~110 MB fewer bytes copied on the reading thread for a national worker export).
constexpr qsizetype ChunkHeadRoom = qsizetype(1) << 14;

bool hasHighByte(const char *data, qsizetype size)
{
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL)
            return true;
    }
    for (; i < size; ++i) {
        if (uchar(data[i]) & 0x80)
            return true;
    }
    return false;
}

// First delimiter or line break at or after p (size when none): 16 bytes at a time where SSE2
// is there (every x86-64), as most cells fit in one step.
inline qsizetype findFieldEnd(const char *data, qsizetype p, qsizetype size, char delimiter)
{
#if defined(__SSE2__)
    const __m128i delimiters = _mm_set1_epi8(delimiter);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    while (p + 16 <= size) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + p));
        const __m128i hit
            = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, delimiters), _mm_cmpeq_epi8(v, lf)),
                           _mm_cmpeq_epi8(v, cr));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < size) {
        const char c = data[p];
        if (c == delimiter || c == '\n' || c == '\r')
            break;
        ++p;
    }
    return p;
}

// Physical line breaks (LF, CRLF or a lone CR) in [data, data + size).
int countLineBreaks(const char *data, qsizetype size)
{
    int lines = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\r')
            ++lines;
        else if (data[i] == '\n' && (i == 0 || data[i - 1] != '\r'))
            ++lines;
    }
    return lines;
}

// A sample is UTF-8 when valid, allowing a multi-byte sequence cut at its end.
bool looksUtf8(QByteArrayView sample, bool complete)
{
    if (sample.isValidUtf8())
        return true;
    if (complete)
        return false;
    for (qsizetype cut = 1; cut <= 3 && cut < sample.size(); ++cut) {
        if (sample.first(sample.size() - cut).isValidUtf8())
            return true;
    }
    return false;
}

} // namespace

// SHA-256 of the file as it streams past (model/sha256.h picks the back end).
class CsvReader::Hasher : public Sha256
{
};

// The file's bytes in chunks, hashed as they are read. Until the dialect is known the chunks are
// read on the caller's thread; then readAhead() moves the reading to a second thread, a few
// chunks ahead, hashing each there: on a national worker export the SHA-256 and the read calls
// (~100 ms of 110 MB) overlap with tokenising instead of adding to it. Once reading ahead, only
// that thread touches the file and the hash, until it has handed over the last chunk.
class CsvReader::ChunkReader
{
public:
    struct Chunk
    {
        // The file's bytes are bytes[head, size()); the room before them takes the unread end
        // of the previous buffer, so fill() hands the chunk over instead of copying it.
        QByteArray bytes;
        qsizetype head = 0;
        bool highBytes = false; // holds bytes >= 0x80
        bool nul = false; // holds a NUL byte
        bool last = false; // nothing follows: the end of the file, or an error
        QString error; // the read failed: QFile's message
    };

    ChunkReader(QFile &file, Hasher &hash)
        : m_file(file)
        , m_hash(hash)
    {
    }
    ~ChunkReader()
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
    ChunkReader(const ChunkReader &) = delete;
    ChunkReader &operator=(const ChunkReader &) = delete;

    void readAhead()
    {
        m_thread = std::thread([this] { run(); });
    }

    // The next chunk: up to want bytes when read here, a ChunkSize one when read ahead. Never
    // called after a chunk marked last (fill() stops at m_eof): the thread has ended by then.
    Chunk next(qsizetype want)
    {
        if (!m_thread.joinable())
            return read(want);
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        Chunk chunk = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return chunk;
    }

private:
    static constexpr size_t Depth = 4; // chunks read ahead

    Chunk read(qsizetype want)
    {
        Chunk chunk;
        chunk.head = ChunkHeadRoom;
        chunk.bytes.resize(chunk.head + want);
        char *const data = chunk.bytes.data() + chunk.head;
        const qint64 got = m_file.read(data, want);
        if (got < 0) {
            chunk.bytes.clear();
            chunk.head = 0;
            chunk.error = m_file.errorString();
            chunk.last = true;
            return chunk;
        }
        chunk.bytes.resize(chunk.head + qsizetype(got));
        m_hash.addData(QByteArrayView(data, qsizetype(got)));
        chunk.highBytes = hasHighByte(data, qsizetype(got));
        chunk.nul = std::memchr(data, 0, size_t(got)) != nullptr;
        chunk.last = got == 0 || m_file.atEnd();
        return chunk;
    }

    void run()
    {
        for (;;) {
            Chunk chunk = read(ChunkSize);
            const bool last = chunk.last;
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < Depth; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(chunk));
            lock.unlock();
            m_changed.notify_all();
            if (last)
                return;
        }
    }

    QFile &m_file;
    Hasher &m_hash;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    bool m_stop = false;
    std::thread m_thread;
};

CsvReader::CsvReader(const QString &path)
    : m_file(path)
    , m_displayName(QFileInfo(path).fileName())
    , m_hash(std::make_unique<Hasher>())
    , m_chunks(std::make_unique<ChunkReader>(m_file, *m_hash))
{
}

CsvReader::~CsvReader() = default;

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(path));
    if (Result<void> started = reader->start(); !started)
        return started.error();
    if (!reader->m_eof) {
        reader->m_chunks->readAhead();
        reader->m_handOver = true; // start() looked at the buffer from its first byte
    }
    return reader;
}

Result<std::unique_ptr<RecordSource>> openCsv(const QString &path)
{
    Result<std::unique_ptr<CsvReader>> reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    return std::unique_ptr<RecordSource>(std::move(*reader));
}

Result<void> CsvReader::start()
{
    const auto fail = [this](int line, const QString &message) {
        return inputError(u"%1:%2: %3"_s.arg(m_displayName).arg(line).arg(message));
    };
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(1, tr("cannot open the file: %1").arg(m_file.errorString()));
    m_fileSize = m_file.size();
    m_buffer.reserve(2 * ChunkSize);
    // The sample: the first chunk, or the whole file when it is smaller.
    while (!m_eof && m_buffer.size() < ChunkSize) {
        if (!fill() && m_error)
            return *m_error;
    }
    const QByteArrayView sample(m_buffer);
    if (sample.isEmpty())
        return fail(1, tr("the file is empty"));
    const auto utf16Error = [&] {
        return fail(1, tr("the file is UTF-16 text; save it as UTF-8 (\"CSV UTF-8\" in Excel) or "
                          "as CSV"));
    };
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF"))
        return utf16Error();
    if (const char *nul = static_cast<const char *>(std::memchr(sample.data(), 0, sample.size()))) {
        // UTF-16 without a BOM: text whose every other byte is NUL.
        const qsizetype probe = std::min<qsizetype>(sample.size(), 4096) & ~qsizetype(1);
        int evenNul = 0;
        int oddNul = 0;
        for (qsizetype i = 0; i < probe; ++i) {
            if (sample[i] == 0)
                ++(i % 2 ? oddNul : evenNul);
        }
        const int pairs = int(probe / 2);
        if (pairs > 0 && (evenNul * 10 >= pairs * 8 || oddNul * 10 >= pairs * 8)
            && std::min(evenNul, oddNul) * 10 <= pairs)
            return utf16Error();
        const int line = 1 + countLineBreaks(sample.data(), nul - sample.data());
        return fail(line, tr("this is not a text file (it contains NUL bytes)"));
    }

    if (sample.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Encoding::Utf8Bom;
        m_pos = 3;
    } else if (looksUtf8(sample, m_eof)) {
        m_encoding = Encoding::Utf8;
    } else {
        m_encoding = Encoding::Windows1252;
    }

    bool onlySpace = true;
    for (qsizetype i = m_pos; i < sample.size() && onlySpace; ++i)
        onlySpace = sample[i] == ' ' || sample[i] == '\t' || sample[i] == '\r' || sample[i] == '\n';
    if (onlySpace && m_eof)
        return fail(1, tr("the file is empty"));

    // Excel's "sep=;" first line names the delimiter and is not a record.
    const QByteArrayView rest = sample.sliced(m_pos);
    if (rest.size() >= 5 && QByteArrayView(rest.first(4)).compare("sep=", Qt::CaseInsensitive) == 0
        && rest[4] != '\r' && rest[4] != '\n') {
        qsizetype end = 5;
        while (end < rest.size() && (rest[end] == ' ' || rest[end] == '\t') && rest[4] != '\t')
            ++end;
        if (end == rest.size() || rest[end] == '\r' || rest[end] == '\n') {
            m_delimiter = rest[4];
            if (end < rest.size())
                end += rest[end] == '\r' && end + 1 < rest.size() && rest[end + 1] == '\n' ? 2 : 1;
            m_pos += end;
            m_nextLine = 2;
            return {};
        }
    }

    // Otherwise the candidate seen most often outside quotes on the header line wins; a file
    // with one column has none and reads as comma separated.
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    bool seenText = false;
    for (qsizetype i = m_pos; i < sample.size(); ++i) {
        const char c = sample[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == '\n' || c == '\r') {
            if (seenText)
                break;
        } else {
            seenText = true;
            commas += c == ',';
            semicolons += c == ';';
            tabs += c == '\t';
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = ';';
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = '\t';
    else
        m_delimiter = ',';
    return {};
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const qsizetype tail = m_buffer.size() - m_pos; // the unread end: a record cut short
    const qint64 tailOffset = m_consumedBefore + m_pos; // where it is in the file
    if (tail > MaxRecordSize) {
        if (m_quoteLine > 0)
            setError(m_quoteLine,
                     tr("unterminated quote: the quoted cell opened on this line never closes"));
        else
            setError(m_nextLine, tr("a record longer than %1 MB").arg(MaxRecordSize >> 20));
        return false;
    }
    // At least a chunk; more when a long record is pending, so re-tokenising a growing record
    // stays linear.
    const qsizetype want = std::max(ChunkSize, tail);
    bool highBytes = hasHighByte(m_buffer.constData() + m_pos, tail);
    qsizetype appended = 0;
    while (appended < want && !m_eof) {
        ChunkReader::Chunk chunk = m_chunks->next(want - appended);
        if (!chunk.error.isEmpty()) {
            setError(m_nextLine, tr("cannot read the file: %1").arg(chunk.error));
            return false;
        }
        if (chunk.nul && tailOffset + tail + appended > 0) {
            setError(m_nextLine, tr("this is not a text file (it contains NUL bytes)"));
            return false;
        }
        const QByteArrayView bytes(chunk.bytes.constData() + chunk.head,
                                   chunk.bytes.size() - chunk.head);
        if (appended == 0 && tail <= chunk.head && m_handOver) {
            // The chunk becomes the buffer, the unread end copied into the room before it.
            const qsizetype start = chunk.head - tail;
            std::memcpy(chunk.bytes.data() + start, m_buffer.constData() + m_pos, size_t(tail));
            m_buffer = std::move(chunk.bytes);
            m_pos = start;
            m_consumedBefore = tailOffset - start;
        } else {
            if (appended == 0 && m_pos > 0) { // drop the consumed bytes
                std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(tail));
                m_buffer.resize(tail);
                m_consumedBefore = tailOffset;
                m_pos = 0;
            }
            m_buffer.append(bytes);
        }
        appended += bytes.size();
        highBytes = highBytes || chunk.highBytes;
        m_eof = chunk.last;
    }
    m_bufferHasHigh = highBytes;
    return appended > 0;
}

void CsvReader::setError(int line, const QString &message)
{
    if (!m_error)
        m_error = inputError(u"%1:%2: %3"_s.arg(m_displayName).arg(line).arg(message));
    m_fieldCount = 0;
}

// Called for every cell: kept small enough to inline into parseRecord().
inline void CsvReader::addField(qsizetype begin, qsizetype end, bool escapedQuotes,
                                bool carriageReturn)
{
    if (qsizetype(m_fields.size()) == m_fieldCount) [[unlikely]]
        m_fields.resize(m_fields.size() + 16);
    m_fields[size_t(m_fieldCount++)] = Field {begin, end - begin, escapedQuotes, carriageReturn};
}

// Tokenises one record starting at m_pos. NeedMore when the buffer ends before the record does
// and more of the file is to come: the caller reads on and tokenises the record again.
CsvReader::Parse CsvReader::parseRecord()
{
    const char *const data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const char delimiter = m_delimiter;
    qsizetype p = m_pos;
    int line = m_nextLine;
    m_fieldCount = 0;
    m_quoteLine = 0;
    for (;;) {
        // p is at the start of a field.
        if (p < size && data[p] == '"') {
            const qsizetype begin = p + 1;
            qsizetype q = begin;
            bool escaped = false;
            qsizetype close = -1;
            while (close < 0) {
                const void *hit = q < size ? std::memchr(data + q, '"', size_t(size - q)) : nullptr;
                if (!hit) {
                    if (!m_eof) {
                        m_quoteLine = line;
                        return Parse::NeedMore;
                    }
                    m_quoteLine = line;
                    return Parse::Unterminated;
                }
                const qsizetype h = static_cast<const char *>(hit) - data;
                if (h + 1 < size && data[h + 1] == '"') {
                    escaped = true;
                    q = h + 2;
                } else if (h + 1 == size && !m_eof) {
                    m_quoteLine = line;
                    return Parse::NeedMore;
                } else {
                    close = h;
                }
            }
            const int breaks = countLineBreaks(data + begin, close - begin);
            line += breaks;
            addField(begin, close, escaped,
                     breaks > 0 && std::memchr(data + begin, '\r', size_t(close - begin)));
            p = close + 1;
            // Tolerate spaces between the closing quote and the delimiter.
            while (p < size && data[p] == ' ' && delimiter != ' ')
                ++p;
            if (p == size && !m_eof)
                return Parse::NeedMore;
            if (p < size && data[p] != delimiter && data[p] != '\n' && data[p] != '\r') {
                // Text after a closing quote ('"ab"c'): keep it, as spreadsheets do, by reading
                // the cell raw from its opening quote to the next delimiter.
                m_fieldCount -= 1;
                qsizetype e = p;
                while (e < size && data[e] != delimiter && data[e] != '\n' && data[e] != '\r')
                    ++e;
                if (e == size && !m_eof)
                    return Parse::NeedMore;
                addField(begin - 1, e, false);
                p = e;
            }
        } else {
            const qsizetype begin = p;
            p = findFieldEnd(data, p, size, delimiter);
            if (p == size && !m_eof)
                return Parse::NeedMore;
            addField(begin, p, false);
        }
        // p is at a delimiter, a line break or the end of the file.
        if (p == size)
            break;
        const char c = data[p];
        if (c == delimiter) {
            ++p;
            if (p == size) {
                if (!m_eof)
                    return Parse::NeedMore;
                addField(p, p, false);
                break;
            }
            continue;
        }
        if (c == '\r') {
            if (p + 1 == size && !m_eof)
                return Parse::NeedMore;
            p += p + 1 < size && data[p + 1] == '\n' ? 2 : 1;
        } else {
            ++p;
        }
        ++line;
        break;
    }
    m_recordLine = m_nextLine;
    m_nextLine = line;
    m_pos = p;
    return Parse::Record;
}

bool CsvReader::next()
{
    if (m_error)
        return false;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_eof || !fill()) {
                m_fieldCount = 0;
                if (m_error || m_pos >= m_buffer.size())
                    return false;
            }
            continue;
        }
        switch (parseRecord()) {
        case Parse::Record:
            return true;
        case Parse::Unterminated:
            setError(m_quoteLine,
                     tr("unterminated quote: the quoted cell opened on this line never "
                        "closes"));
            return false;
        case Parse::NeedMore:
            if (!fill() && m_error)
                return false;
            break;
        }
    }
}

QByteArrayView CsvReader::utf8(int i) const
{
    if (i < 0 || i >= m_fieldCount)
        return {};
    const Field &field = m_fields[size_t(i)];
    if (field.converted)
        return m_converted[size_t(i)];
    const QByteArrayView raw(m_buffer.constData() + field.begin, field.size);
    const bool high = m_bufferHasHigh && hasHighByte(raw.data(), raw.size());
    // windows-1252 files, and the odd invalid cell of a UTF-8 file, are converted per cell.
    const bool recode = high && (m_encoding == Encoding::Windows1252 || !raw.isValidUtf8());
    if (!field.escapedQuotes && !field.carriageReturn && !recode)
        return raw;
    if (m_converted.size() < m_fields.size())
        m_converted.resize(m_fields.size()); // moves keep the bytes where views point
    QByteArray &out = m_converted[size_t(i)];
    out.clear();
    QByteArray unescaped;
    QByteArrayView in = raw;
    if (field.escapedQuotes || field.carriageReturn) {
        unescaped.reserve(raw.size());
        for (qsizetype k = 0; k < raw.size(); ++k) {
            if (raw[k] == '\r') {
                unescaped.append('\n'); // CRLF and CR inside a cell read as LF in every dialect
                if (k + 1 < raw.size() && raw[k + 1] == '\n')
                    ++k;
                continue;
            }
            unescaped.append(raw[k]);
            if (raw[k] == '"' && k + 1 < raw.size() && raw[k + 1] == '"')
                ++k;
        }
        in = unescaped;
    }
    if (recode)
        appendWindows1252AsUtf8(out, in);
    else
        out = unescaped;
    field.converted = true;
    return out;
}

QString CsvReader::text(int i) const
{
    return QString::fromUtf8(utf8(i)).trimmed();
}

QString CsvReader::encodingName() const
{
    switch (m_encoding) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf8Bom:
        return u"UTF-8 (BOM)"_s;
    case Encoding::Windows1252:
        return u"windows-1252"_s;
    }
    return {};
}

QString CsvReader::delimiterName() const
{
    if (m_delimiter == '\t')
        return u"tab"_s;
    return QString(QLatin1Char(m_delimiter));
}

QString CsvReader::sha256Hex() const
{
    if (m_digest.isEmpty() && m_eof && m_pos >= m_buffer.size())
        m_digest = m_hash->result().toHex();
    return QString::fromLatin1(m_digest);
}

} // namespace Lengkap
