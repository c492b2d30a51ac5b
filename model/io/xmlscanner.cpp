#include "xmlscanner.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct ScannerTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::XmlScanner)
};

constexpr qsizetype ChunkBytes = 256 * 1024;
// A tag or text longer than this is refused rather than buffered: Excel's cells hold at most
// 32,767 characters, so no real token comes near it.
constexpr qsizetype MaxTokenBytes = 16 * 1024 * 1024;
constexpr qsizetype MaxDepth = 256;

// Byte classes for the tag scanner: white space, and what ends a name.
enum : unsigned char { SpaceClass = 1, NameEndClass = 2, ForbiddenInNameClass = 4 };
constexpr auto ByteClasses = [] {
    std::array<unsigned char, 256> classes {};
    for (unsigned char c : {' ', '\t', '\n', '\r'})
        classes[c] = SpaceClass | NameEndClass;
    for (unsigned char c : {'/', '>', '='})
        classes[c] = NameEndClass;
    for (unsigned char c : {'<', '"', '\''})
        classes[c] = ForbiddenInNameClass;
    return classes;
}();

inline bool isSpace(char c)
{
    return ByteClasses[static_cast<unsigned char>(c)] & SpaceClass;
}

QByteArrayView localPart(QByteArrayView qualified)
{
    for (qsizetype i = qualified.size() - 1; i >= 0; --i) {
        if (qualified[i] == ':')
            return qualified.sliced(i + 1);
    }
    return qualified;
}

void appendUtf8(std::string *out, char32_t c)
{
    if (c < 0x80) {
        out->push_back(char(c));
    } else if (c < 0x800) {
        out->push_back(char(0xc0 | (c >> 6)));
        out->push_back(char(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        out->push_back(char(0xe0 | (c >> 12)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3f)));
        out->push_back(char(0x80 | (c & 0x3f)));
    } else {
        out->push_back(char(0xf0 | (c >> 18)));
        out->push_back(char(0x80 | ((c >> 12) & 0x3f)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3f)));
        out->push_back(char(0x80 | (c & 0x3f)));
    }
}

// XML 1.0 Char: tab, LF, CR, and everything from space up but surrogates, FFFE and FFFF.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff)
           || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

// Length of the valid UTF-8 sequence at s (of at most n bytes) for a non-ASCII lead byte, or 0.
qsizetype utf8Sequence(const unsigned char *s, qsizetype n, char32_t *decoded)
{
    const unsigned char lead = s[0];
    qsizetype length = 0;
    char32_t c = 0;
    char32_t min = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        c = lead & 0x1f;
        min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        c = lead & 0x0f;
        min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        c = lead & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < length)
        return 0;
    for (qsizetype i = 1; i < length; ++i) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3f);
    }
    if (c < min || !isXmlChar(c))
        return 0;
    *decoded = c;
    return length;
}

} // namespace

XmlScanner::XmlScanner(ReadFunction read)
    : m_read(std::move(read))
{
    m_attributes.reserve(8);
    m_openStarts.reserve(16);
}

XmlScanner::Token XmlScanner::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return Invalid;
}

bool XmlScanner::fill()
{
    if (m_eof || !m_error.isEmpty())
        return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_pos = 0;
    }
    // fill() is called when the token being read needs more bytes: all of them are its own.
    if (m_end >= MaxTokenBytes) {
        fail(ScannerTr::tr("a tag or text longer than %1 MB").arg(MaxTokenBytes / (1024 * 1024)));
        return false;
    }
    if (m_buffer.size() - m_end < ChunkBytes) {
        m_buffer.resize(std::max(m_buffer.size() * 2, m_end + ChunkBytes));
    }
    const qint64 n = m_read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (n < 0) {
        m_readFailed = true;
        fail(m_readError.isEmpty() ? ScannerTr::tr("read error") : m_readError);
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += n;
    return true;
}

bool XmlScanner::ensure(qsizetype bytes)
{
    while (m_end - m_pos < bytes) {
        if (!fill())
            return false;
    }
    return true;
}

qsizetype XmlScanner::find(char c, qsizetype from)
{
    while (true) {
        const qsizetype available = m_end - m_pos;
        if (from < available) {
            const void *hit = std::memchr(m_buffer.constData() + m_pos + from, c,
                                          size_t(available - from));
            if (hit)
                return static_cast<const char *>(hit) - (m_buffer.constData() + m_pos);
            from = available;
        }
        if (!fill())
            return -1;
    }
}

qsizetype XmlScanner::findSequence(QByteArrayView what, qsizetype from)
{
    while (true) {
        const qsizetype at = find(what.front(), from);
        if (at < 0)
            return -1;
        if (!ensure(at + what.size()))
            return -1;
        if (QByteArrayView(m_buffer.constData() + m_pos + at, what.size()) == what)
            return at;
        from = at + 1;
    }
}

qsizetype XmlScanner::findTagEnd(qsizetype from)
{
    char quote = 0; // inside a quoted attribute value
    while (true) {
        const char *data = m_buffer.constData() + m_pos;
        const qsizetype available = m_end - m_pos;
        for (qsizetype i = from; i < available; ++i) {
            const char c = data[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '>') {
                return i;
            } else if (c == '"' || c == '\'') {
                quote = c;
            }
        }
        from = available;
        if (!fill())
            return -1;
    }
}

bool XmlScanner::skipStartTag(qsizetype bytes, QByteArrayView qualifiedName)
{
    if (m_pendingEnd || !m_error.isEmpty() || m_openStarts.empty()
        || qsizetype(m_openStarts.size()) >= MaxDepth || bytes > m_end - m_pos)
        return false;
    m_openStarts.push_back(qsizetype(m_openNames.size()));
    m_openNames.append(qualifiedName.data(), size_t(qualifiedName.size()));
    m_pos += bytes;
    return true;
}

bool XmlScanner::skipEndTag(qsizetype bytes, QByteArrayView qualifiedName)
{
    if (m_pendingEnd || !m_error.isEmpty() || m_openStarts.empty() || bytes > m_end - m_pos)
        return false;
    const qsizetype start = m_openStarts.back();
    const QByteArrayView open(m_openNames.data() + start, qsizetype(m_openNames.size()) - start);
    if (!sameBytes(open, qualifiedName))
        return false;
    m_openNames.resize(size_t(start));
    m_openStarts.pop_back();
    m_pos += bytes;
    return true;
}

XmlScanner::Token XmlScanner::next()
{
    if (!m_error.isEmpty())
        return Invalid;
    m_emptyElement = false;
    m_cdata = false;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        return EndElement; // m_name still names the empty element
    }
    if (!m_started) {
        m_started = true;
        ensure(4);
        const auto *b = reinterpret_cast<const unsigned char *>(m_buffer.constData() + m_pos);
        const qsizetype n = m_end - m_pos;
        if (n >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf)
            m_pos += 3;
        else if (n >= 2 && ((b[0] == 0xfe && b[1] == 0xff) || (b[0] == 0xff && b[1] == 0xfe)))
            return fail(ScannerTr::tr("encoded in UTF-16, not UTF-8"));
        else if (n >= 2 && (b[0] == 0 || b[1] == 0))
            return fail(ScannerTr::tr("encoded in UTF-16, not UTF-8"));
    }
    while (true) {
        if (m_pos >= m_end && !fill()) {
            if (!m_error.isEmpty())
                return Invalid;
            if (!m_openStarts.empty() || !m_seenRoot) {
                m_truncated = true;
                return fail(ScannerTr::tr("the document ends too early"));
            }
            return EndDocument;
        }
        if (m_buffer.at(m_pos) == '<') {
            const Token token = scanMarkup();
            if (token == EndDocument) // a comment or processing instruction: go on
                continue;
            return token;
        }
        qsizetype lt = find('<', 0);
        if (lt < 0) {
            if (!m_error.isEmpty())
                return Invalid;
            lt = m_end - m_pos; // text up to the end of the document
        }
        m_text = QByteArrayView(m_buffer.constData() + m_pos, lt);
        m_pos += lt;
        if (m_openStarts.empty()) {
            if (!textIsWhitespace())
                return fail(ScannerTr::tr("text outside the root element"));
            continue;
        }
        return Text;
    }
}

bool XmlScanner::textIsWhitespace() const
{
    for (char c : m_text) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

// At '<': a tag, comment, processing instruction or CDATA section. EndDocument means "nothing
// to hand out, go on".
XmlScanner::Token XmlScanner::scanMarkup()
{
    if (m_end - m_pos < 2 && !ensure(2)) {
        m_truncated = m_error.isEmpty();
        return fail(ScannerTr::tr("the document ends too early"));
    }
    const char second = m_buffer.at(m_pos + 1);
    auto truncatedOr = [this]() {
        m_truncated = m_error.isEmpty();
        return fail(ScannerTr::tr("the document ends too early"));
    };
    if (second == '?') {
        const qsizetype end = findSequence("?>", 2);
        if (end < 0)
            return truncatedOr();
        const QByteArrayView pi(m_buffer.constData() + m_pos + 2, end - 2);
        if (pi.startsWith("xml") && (pi.size() == 3 || isSpace(pi.at(3)))) {
            // The declaration: only UTF-8 (the default) is read.
            const qsizetype at = pi.indexOf("encoding");
            if (at >= 0) {
                qsizetype i = at + 8;
                while (i < pi.size() && (isSpace(pi.at(i)) || pi.at(i) == '='))
                    ++i;
                if (i < pi.size() && (pi.at(i) == '"' || pi.at(i) == '\'')) {
                    const qsizetype close = pi.indexOf(pi.at(i), i + 1);
                    const QByteArrayView encoding
                        = close < 0 ? QByteArrayView() : pi.sliced(i + 1, close - i - 1);
                    if (encoding.compare("utf-8", Qt::CaseInsensitive) != 0
                        && encoding.compare("utf8", Qt::CaseInsensitive) != 0)
                        return fail(ScannerTr::tr("encoded in %1, not UTF-8")
                                        .arg(QString::fromLatin1(clip(encoding, 40))));
                }
            }
        }
        m_pos += end + 2;
        return EndDocument;
    }
    if (second == '!') {
        if (!ensure(4))
            return truncatedOr();
        if (QByteArrayView(m_buffer.constData() + m_pos, 4) == "<!--") {
            const qsizetype end = findSequence("-->", 4);
            if (end < 0)
                return truncatedOr();
            m_pos += end + 3;
            return EndDocument;
        }
        if (!ensure(9))
            return truncatedOr();
        const QByteArrayView head(m_buffer.constData() + m_pos, 9);
        if (head == "<![CDATA[") {
            if (m_openStarts.empty())
                return fail(ScannerTr::tr("CDATA outside the root element"));
            const qsizetype end = findSequence("]]>", 9);
            if (end < 0)
                return truncatedOr();
            m_text = QByteArrayView(m_buffer.constData() + m_pos + 9, end - 9);
            m_cdata = true;
            m_pos += end + 3;
            return Text;
        }
        if (head.startsWith("<!DOCTYPE")) {
            m_dtd = true;
            return fail(ScannerTr::tr("declares a DTD"));
        }
        return fail(ScannerTr::tr("unexpected '<!'"));
    }
    if (second == '/') {
        const qsizetype end = find('>', 2);
        if (end < 0)
            return truncatedOr();
        QByteArrayView qualified(m_buffer.constData() + m_pos + 2, end - 2);
        qualified = qualified.trimmed();
        if (m_openStarts.empty())
            return fail(ScannerTr::tr("'</%1>' closes nothing")
                            .arg(QString::fromUtf8(clip(qualified, 40))));
        const qsizetype start = m_openStarts.back();
        const QByteArrayView open(m_openNames.data() + start, qsizetype(m_openNames.size()) - start);
        if (!sameBytes(qualified, open))
            return fail(ScannerTr::tr("'</%1>' closes '<%2>'")
                            .arg(QString::fromUtf8(clip(qualified, 40)),
                                 QString::fromUtf8(clip(open, 40))));
        m_openNames.resize(size_t(start));
        m_openStarts.pop_back();
        m_name = localPart(qualified);
        m_pos += end + 1;
        return EndElement;
    }
    const qsizetype end = findTagEnd(1);
    if (end < 0)
        return m_error.isEmpty() ? truncatedOr() : Invalid;
    const Token token = parseTag(end);
    m_pos += end + 1;
    return token;
}

// The start tag in [m_pos, m_pos + length), its '>' at m_pos + length.
XmlScanner::Token XmlScanner::parseTag(qsizetype length)
{
    const char *tag = m_buffer.constData() + m_pos;
    qsizetype i = 1;
    qsizetype colon = 0;
    auto scanName = [&]() {
        // Up to the end of a name; false when it holds a byte no name may hold.
        colon = 0;
        for (; i < length; ++i) {
            const unsigned char byteClass = ByteClasses[static_cast<unsigned char>(tag[i])];
            if (byteClass & NameEndClass)
                return true;
            if (byteClass & ForbiddenInNameClass)
                return false;
            if (tag[i] == ':')
                colon = i;
        }
        return true;
    };
    if (!scanName() || i == 1)
        return fail(ScannerTr::tr("a tag without a name"));
    const QByteArrayView qualified(tag + 1, i - 1);
    const QByteArrayView local(colon ? tag + colon + 1 : tag + 1, colon ? i - colon - 1 : i - 1);
    if (local.isEmpty()) // <x:>: a prefix without a local name (found by fuzz_xmlscanner)
        return fail(ScannerTr::tr("a tag without a name"));
    m_attributes.clear();
    bool empty = false;
    while (true) {
        const qsizetype before = i;
        while (i < length && isSpace(tag[i]))
            ++i;
        if (i == length)
            break;
        if (tag[i] == '/') {
            if (i + 1 != length)
                return fail(ScannerTr::tr("'/' inside <%1>")
                                .arg(QString::fromUtf8(clip(qualified, 40))));
            empty = true;
            break;
        }
        if (i == before)
            return fail(ScannerTr::tr("attributes of <%1> run together")
                            .arg(QString::fromUtf8(clip(qualified, 40))));
        const qsizetype nameStart = i;
        const bool nameOk = scanName();
        const qsizetype nameColon = colon;
        const QByteArrayView attributeName = nameColon
                                                 ? QByteArrayView(tag + nameColon + 1, i - nameColon - 1)
                                                 : QByteArrayView(tag + nameStart, i - nameStart);
        while (i < length && isSpace(tag[i]))
            ++i;
        if (!nameOk || attributeName.isEmpty() || i == length || tag[i] != '=')
            return fail(ScannerTr::tr("a malformed attribute in <%1>")
                            .arg(QString::fromUtf8(clip(qualified, 40))));
        ++i;
        while (i < length && isSpace(tag[i]))
            ++i;
        if (i == length || (tag[i] != '"' && tag[i] != '\''))
            return fail(ScannerTr::tr("an unquoted attribute in <%1>")
                            .arg(QString::fromUtf8(clip(qualified, 40))));
        const char quote = tag[i];
        const qsizetype valueStart = ++i;
        const void *close = std::memchr(tag + valueStart, quote, size_t(length - valueStart));
        if (!close)
            return fail(ScannerTr::tr("a malformed attribute in <%1>")
                            .arg(QString::fromUtf8(clip(qualified, 40))));
        i = static_cast<const char *>(close) - tag;
        const QByteArrayView value(tag + valueStart, i - valueStart);
        if (std::memchr(value.data(), '<', size_t(value.size())))
            return fail(ScannerTr::tr("'<' in an attribute of <%1>")
                            .arg(QString::fromUtf8(clip(qualified, 40))));
        m_attributes.push_back({attributeName, value});
        ++i;
    }
    if (m_openStarts.empty() && m_seenRoot)
        return fail(ScannerTr::tr("a second root element"));
    m_seenRoot = true;
    m_name = local;
    m_emptyElement = empty;
    if (empty) {
        m_pendingEnd = true;
    } else {
        if (qsizetype(m_openStarts.size()) >= MaxDepth)
            return fail(ScannerTr::tr("elements nested more than %1 deep")
                            .arg(MaxDepth));
        m_openStarts.push_back(qsizetype(m_openNames.size()));
        m_openNames.append(qualified.data(), size_t(qualified.size()));
    }
    return StartElement;
}

QByteArrayView XmlScanner::attribute(QByteArrayView localName) const
{
    for (const Attribute &a : m_attributes) {
        if (sameBytes(a.localName, localName))
            return a.value.isNull() ? QByteArrayView("", 0) : a.value;
    }
    return {};
}

bool XmlScanner::appendAttribute(QByteArrayView localName, std::string *out)
{
    const QByteArrayView raw = attribute(localName);
    // Attribute values normalise white space characters to spaces (XML 1.0 §3.3.3).
    const size_t before = out->size();
    if (!decode(raw, out, false))
        return false;
    for (size_t i = before; i < out->size(); ++i) {
        if ((*out)[i] == '\n' || (*out)[i] == '\t')
            (*out)[i] = ' ';
    }
    return true;
}

bool XmlScanner::appendText(std::string *out)
{
    return decode(m_text, out, m_cdata);
}

// Entities and character references, line ends (CRLF and CR read as LF, XML 1.0 §2.11), and a
// check that the bytes are UTF-8 of XML characters.
bool XmlScanner::decode(QByteArrayView raw, std::string *out, bool cdata)
{
    const auto *s = reinterpret_cast<const unsigned char *>(raw.data());
    const qsizetype n = raw.size();
    qsizetype run = 0; // start of the bytes not yet copied
    qsizetype i = 0;
    auto flush = [&](qsizetype upTo) {
        if (upTo > run)
            out->append(reinterpret_cast<const char *>(s) + run, size_t(upTo - run));
    };
    while (i < n) {
        const unsigned char c = s[i];
        if (c >= 0x20 && c < 0x80 && c != '&') {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            char32_t decoded = 0;
            const qsizetype length = utf8Sequence(s + i, n - i, &decoded);
            if (length == 0) {
                fail(ScannerTr::tr("bytes that are not UTF-8"));
                return false;
            }
            i += length;
            continue;
        }
        if (c == '\t' || c == '\n') {
            ++i;
            continue;
        }
        if (c == '\r') {
            flush(i);
            out->push_back('\n');
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            run = i;
            continue;
        }
        if (c == '&' && cdata) {
            ++i;
            continue;
        }
        if (c != '&') {
            fail(ScannerTr::tr("control character %1").arg(int(c)));
            return false;
        }
        flush(i);
        const qsizetype semicolon = raw.indexOf(';', i);
        if (semicolon < 0 || semicolon - i > 12) {
            fail(ScannerTr::tr("'&' that starts no entity"));
            return false;
        }
        const QByteArrayView entity = raw.sliced(i + 1, semicolon - i - 1);
        if (entity == "amp") {
            out->push_back('&');
        } else if (entity == "lt") {
            out->push_back('<');
        } else if (entity == "gt") {
            out->push_back('>');
        } else if (entity == "quot") {
            out->push_back('"');
        } else if (entity == "apos") {
            out->push_back('\'');
        } else if (entity.startsWith('#') && entity.size() > 1) {
            const bool hex = entity.at(1) == 'x';
            const QByteArrayView digits = entity.sliced(hex ? 2 : 1);
            bool ok = !digits.isEmpty();
            char32_t code = 0;
            for (char d : digits) {
                int v = -1;
                if (d >= '0' && d <= '9')
                    v = d - '0';
                else if (hex && d >= 'a' && d <= 'f')
                    v = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F')
                    v = d - 'A' + 10;
                if (v < 0 || code > 0x10ffff) {
                    ok = false;
                    break;
                }
                code = code * (hex ? 16 : 10) + char32_t(v);
            }
            if (!ok || !isXmlChar(code)) {
                fail(ScannerTr::tr("the character reference '&%1;'")
                         .arg(QString::fromLatin1(entity)));
                return false;
            }
            appendUtf8(out, code);
        } else {
            fail(ScannerTr::tr("the entity '&%1;' is not defined")
                     .arg(QString::fromUtf8(entity)));
            return false;
        }
        i = semicolon + 1;
        run = i;
    }
    flush(n);
    return true;
}

} // namespace Lengkap
