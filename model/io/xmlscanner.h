#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstring>
#include <functional>
#include <string>
#include <vector>

// A streaming XML tokeniser on UTF-8 bytes for the big parts of an XLSX workbook (the sheet and
// the shared strings). QXmlStreamReader decodes every byte into UTF-16 and builds a QString for
// every name, attribute and text: on a million-row sheet that was most of the import's time (see
// notes of issue 13). This scanner hands out views into its buffer and decodes text only when the
// caller asks for it, straight into UTF-8.
//
// It is a checking tokeniser, not a validating parser: tags must nest and match, attributes
// must be name="value" or name='value', text and values may use the five predefined entities
// and character references and nothing else (a DTD is refused, so no other entity can exist),
// comments, processing instructions and CDATA sections are understood, the document must be
// UTF-8 (SpreadsheetML as every writer produces it). Names are compared by local name: prefixes
// (<x:row>) are allowed and ignored, as the namespaces of SpreadsheetML have one meaning each.
// Anything else is an error with a message, never a crash or an unbounded buffer.
namespace Lengkap {

// Equality of bytes, inline: QByteArrayView's operator== calls out of line, once per token.
// Names are a few bytes: a loop beats a call to memcmp.
inline bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.data()[i] != b.data()[i])
            return false;
    }
    return true;
}

// The first n bytes of a view (all of it when shorter), for messages.
inline QByteArrayView clip(QByteArrayView view, qsizetype n)
{
    return view.first(std::min(n, view.size()));
}

class XmlScanner
{
public:
    enum Token { StartElement, EndElement, Text, EndDocument, Invalid };

    // Reads up to max bytes of the document into data; 0 at the end, -1 on error (the reader
    // sets its own message, see setReadError()).
    using ReadFunction = std::function<qint64(char *data, qint64 max)>;
    explicit XmlScanner(ReadFunction read);

    Token next();

    // Current element (StartElement, EndElement): local name, without prefix.
    QByteArrayView name() const { return m_name; }
    bool nameIs(QByteArrayView localName) const { return sameBytes(m_name, localName); }
    // StartElement: <name/> (an EndElement of the same name follows).
    bool isEmptyElement() const { return m_emptyElement; }
    // StartElement: the raw value of the attribute with this local name (entities not
    // decoded); null when absent.
    QByteArrayView attribute(QByteArrayView localName) const;
    // Appends the decoded value of an attribute or the current Text to out (UTF-8). False when
    // it holds an invalid entity or byte sequence (then error() says so).
    bool appendAttribute(QByteArrayView localName, std::string *out);
    bool appendText(std::string *out);
    // Text: the raw bytes (entities not decoded; for CDATA, the content).
    QByteArrayView rawText() const { return m_text; }
    bool textIsWhitespace() const;

    // For a caller's fast path over markup it knows (the cells of a sheet): the unread bytes,
    // at least `bytes` of them when the document has that many (fewer at its end; false on an
    // error), and skip() to consume bytes the caller has checked to be complete, balanced
    // elements. Only between tokens: not while an empty element's EndElement is due.
    // buffer() does nothing while an EndElement is due: reading more would move the bytes
    // its name() views.
    bool buffer(qsizetype bytes)
    {
        if (m_pendingEnd || !m_started)
            return false;
        return m_end - m_pos >= bytes || ensure(bytes) || m_error.isEmpty();
    }
    QByteArrayView unread() const
    {
        return m_pendingEnd || !m_started ? QByteArrayView()
                                          : QByteArrayView(m_buffer.constData() + m_pos, m_end - m_pos);
    }
    void skip(qsizetype bytes) { m_pos += bytes; }
    // The same for a start tag the caller has checked (its name, well-formed attributes, not
    // empty) and the end tag that closes it: the element is opened and closed as next() would,
    // so either of the two may also be read by next(). False, nothing consumed, when the
    // element cannot open there (outside the root, too deep) or the end tag closes another.
    bool skipStartTag(qsizetype bytes, QByteArrayView qualifiedName);
    bool skipEndTag(qsizetype bytes, QByteArrayView qualifiedName);
    // Decodes raw text as appendText() does (entities, line ends, UTF-8 check).
    bool decodeText(QByteArrayView raw, std::string *out) { return decode(raw, out, false); }

    // Why the last next() returned Invalid: what is wrong with the XML ("'</c>' closes '<v>'"),
    // or the read function's own message (readFailed()); truncated() when the document ends
    // early, declaresDtd() when it has a DTD.
    const QString &error() const { return m_error; }
    bool truncated() const { return m_truncated; }
    bool declaresDtd() const { return m_dtd; }
    bool readFailed() const { return m_readFailed; }
    void setReadError(const QString &message) { m_readError = message; }

private:
    struct Attribute
    {
        QByteArrayView localName;
        QByteArrayView value;
    };

    bool fill(); // more bytes after m_end; false at the end of the document or on error
    Token fail(const QString &message);
    Token scanMarkup();
    Token parseTag(qsizetype length);
    bool decode(QByteArrayView raw, std::string *out, bool cdata);
    // Offsets are from m_pos (fill() moves the unread bytes to the front of the buffer). Finds
    // c / the sequence at or after offset from, reading more as needed; -1 at the end or on an
    // error.
    qsizetype find(char c, qsizetype from);
    qsizetype findSequence(QByteArrayView what, qsizetype from);
    qsizetype findTagEnd(qsizetype from); // the '>' of a start tag, skipping quoted values
    bool ensure(qsizetype bytes); // at least bytes unread bytes, unless the document ends

    ReadFunction m_read;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // next unread byte
    qsizetype m_end = 0; // bytes of m_buffer holding data
    bool m_eof = false;
    bool m_started = false; // past the BOM / declaration check
    bool m_pendingEnd = false; // an empty element's EndElement is due
    bool m_seenRoot = false;
    bool m_emptyElement = false;
    bool m_cdata = false;
    bool m_dtd = false;
    bool m_truncated = false;
    bool m_readFailed = false;
    QByteArrayView m_name;
    QByteArrayView m_text;
    std::vector<Attribute> m_attributes;
    // Qualified names of the open elements, one after the other (no allocation per element).
    std::string m_openNames;
    std::vector<qsizetype> m_openStarts;
    QString m_error;
    QString m_readError;
};

} // namespace Lengkap
