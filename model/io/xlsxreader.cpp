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
#include "sheetrowsource.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

constexpr qsizetype MaxSharedStrings = 32000000;
constexpr qsizetype MaxSharedStringBytes = 1024LL * 1024 * 1024;
constexpr qsizetype MaxRowBytes = 64 * 1024 * 1024; // text of one row, shared strings apart
constexpr int MaxColumns = 16384; // XFD, Excel's limit
constexpr int MaxRows = 1048576;

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
    const char *p = ref.data();
    const qsizetype n = ref.size();
    qsizetype i = 0;
    int col = 0;
    // At most three letters (XFD): a fourth is past the limit anyway.
    for (; i < n && i < 4; ++i) {
        const unsigned letter = unsigned((p[i] | 0x20) - 'a'); // either case
        if (letter > 25)
            break;
        col = col * 26 + int(letter) + 1;
    }
    if (i == 0 || i == n || col > MaxColumns)
        return false;
    // Then at most seven digits after leading zeros (1048576): more are past the limit or not
    // digits, and the limit is checked once.
    while (i < n && p[i] == '0')
        ++i;
    if (n - i > 7)
        return false;
    int r = 0;
    for (; i < n; ++i) {
        const unsigned digit = unsigned(p[i] - '0');
        if (digit > 9)
            return false;
        r = r * 10 + int(digit);
    }
    if (r < 1 || r > MaxRows)
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

class XlsxReader : public SheetRowSource
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
        QByteArrayView r;
        while (true) {
            if (fastRowStart(xml, &r))
                break;
            const XmlScanner::Token token = xml.next();
            if (token == XmlScanner::Invalid)
                return fail(m_sheet->error());
            if (token == XmlScanner::EndDocument
                || (token == XmlScanner::EndElement && xml.nameIs("sheetData"))) {
                m_done = true;
                return false;
            }
            if (token == XmlScanner::StartElement && xml.nameIs("row")) {
                r = xml.attribute("r");
                break;
            }
        }
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
                const QByteArrayView b = xml.unread();
                if (literalAt(b.data(), b.size(), 0, "</row>") && xml.skipEndTag(6, "row"))
                    return true;
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
    qint64 position() const override { return m_sheet ? m_sheet->inflated() : 0; }
    qint64 size() const override { return m_sheet ? m_sheet->declaredSize() : 0; }
    QString encodingName() const override { return u"XLSX"_s; }

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

    // The attributes of a start tag from p[i] (just after its name) to its end, as writers
    // write them: ' name="value"' (or 'value'), letters-only names, values without '<' or '&'.
    // Returns the offset after '>' (or "/>", *empty set), -1 for anything else (the tokeniser
    // then reads the tag). r and t are kept; a repeated r or t is left to the tokeniser too.
    static qsizetype scanAttributes(const char *p, qsizetype n, qsizetype i, QByteArrayView *ref,
                                    QByteArrayView *type, bool *empty)
    {
        // Bytes that end a value as taken here: its quotes, and '<' and '&' (not taken).
        static constexpr auto valueStop = [] {
            std::array<bool, 256> stop {};
            for (unsigned char c : {'"', '\'', '<', '&'})
                stop[c] = true;
            return stop;
        }();
        while (true) {
            if (i >= n)
                return -1;
            if (p[i] == '>')
                return i + 1;
            if (p[i] == '/') {
                if (i + 1 >= n || p[i + 1] != '>')
                    return -1;
                *empty = true;
                return i + 2;
            }
            if (p[i] != ' ')
                return -1;
            ++i;
            const qsizetype nameStart = i;
            while (i < n && unsigned((p[i] | 0x20) - 'a') < 26)
                ++i;
            if (i + 1 >= n || i == nameStart || p[i] != '=' || (p[i + 1] != '"' && p[i + 1] != '\''))
                return -1;
            const qsizetype nameSize = i - nameStart;
            const char nameChar = p[nameStart];
            const char quote = p[i + 1];
            const qsizetype valueStart = i + 2;
            qsizetype valueEnd = valueStart;
            while (valueEnd < n && !valueStop[static_cast<unsigned char>(p[valueEnd])])
                ++valueEnd;
            if (valueEnd >= n || p[valueEnd] != quote) // '<', '&' or the other quote
                return -1;
            // Never null, so that an attribute written r="" counts as present.
            const QByteArrayView value(p + valueStart, valueEnd - valueStart);
            if (nameSize == 1 && nameChar == 'r') {
                if (!ref->isNull())
                    return -1;
                *ref = value.isNull() ? QByteArrayView("", 0) : value;
            } else if (nameSize == 1 && nameChar == 't') {
                if (!type->isNull())
                    return -1;
                *type = value.isNull() ? QByteArrayView("", 0) : value;
            }
            i = valueEnd + 1;
        }
    }

    // p[at, at + N - 1) is the literal what; inline (a load and a compare or two).
    template<size_t N>
    static bool literalAt(const char *p, qsizetype n, qsizetype at, const char (&what)[N])
    {
        return at + qsizetype(N - 1) <= n && std::memcmp(p + at, what, N - 1) == 0;
    }

    // The unread bytes, refilled first when fewer than one element of the shapes the fast paths
    // take could need (they give a cut element to the tokeniser, which reads on itself).
    static QByteArrayView lookAhead(XmlScanner &xml)
    {
        if (xml.unread().size() < 512)
            xml.buffer(64 * 1024);
        return xml.unread();
    }

    // A <row ...> start tag at the front of the unread bytes, as writers write it (see
    // scanAttributes): consumed, its r attribute (null when absent) in *ref, to be read before
    // the scanner reads on. False when the bytes are anything else: the tokeniser reads them.
    static bool fastRowStart(XmlScanner &xml, QByteArrayView *ref)
    {
        *ref = {};
        const QByteArrayView b = lookAhead(xml);
        const char *p = b.data();
        const qsizetype n = b.size();
        if (!literalAt(p, n, 0, "<row") || n < 5 || (p[4] != ' ' && p[4] != '>'))
            return false;
        QByteArrayView type;
        bool empty = false;
        const qsizetype end = scanAttributes(p, n, 4, ref, &type, &empty);
        if (end < 0 || empty) // <row/>: the tokeniser gives its end too
            return false;
        return xml.skipStartTag(end, "row");
    }

    // One <c> element at the front of the unread bytes, when it has one of the shapes writers
    // produce: <c .../>, <c ...></c>, <c ...><v>text</v></c> and
    // <c ...><is><t>text</t></is></c>, attributes as scanAttributes() takes them. Its text goes
    // to the row as setCell() puts it, its column to *column (the next one when it has no
    // reference). NotHere when the bytes are anything else, leaving them to the tokeniser,
    // which then reads exactly what it would have read anyway.
    FastCell fastCell(XmlScanner &xml, int *column, int *cellsInRow)
    {
        const QByteArrayView b = lookAhead(xml);
        const char *p = b.data();
        const qsizetype n = b.size();
        if (const FastCell hot = hotCell(p, n, xml, column, cellsInRow); hot != FastCell::NotHere)
            return hot;
        if (n < 4 || p[0] != '<' || p[1] != 'c' || (p[2] != ' ' && p[2] != '>' && p[2] != '/'))
            return FastCell::NotHere;
        QByteArrayView ref;
        QByteArrayView type;
        bool empty = false;
        qsizetype i = scanAttributes(p, n, 2, &ref, &type, &empty);
        if (i < 0)
            return FastCell::NotHere;
        const CellType cellType = XlsxReader::cellType(type);
        QByteArrayView text;
        // Shared string indexes, numbers and most inline strings are plain: printable ASCII
        // without entities, the same bytes once decoded. They are taken as they are, without
        // the decoder (entities, line ends, UTF-8 check) that other text goes through.
        bool plain = true;
        if (!empty) {
            // Up to the next '<', noting whether the text is plain on the way.
            auto textEnd = [&](qsizetype at) {
                while (at < n && p[at] != '<') {
                    const char c = p[at];
                    plain &= c >= ' ' && c < 0x7f && c != '&';
                    ++at;
                }
                return at;
            };
            // The text between open (at i) and close; false when the bytes are not so.
            qsizetype start = -1;
            qsizetype stop = -1;
            auto between = [&](const auto &open, const auto &close) {
                if (!literalAt(p, n, i, open))
                    return false;
                start = i + qsizetype(sizeof(open) - 1);
                stop = textEnd(start);
                if (!literalAt(p, n, stop, close))
                    return false;
                i = stop + qsizetype(sizeof(close) - 1);
                return true;
            };
            if (literalAt(p, n, i, "</c>")) {
                i += 4;
            } else if (cellType != CellType::Inline) {
                if (!between("<v>", "</v></c>"))
                    return FastCell::NotHere;
            } else if (!between("<is><t>", "</t></is></c>")
                       && !between("<is><t xml:space=\"preserve\">", "</t></is></c>")) {
                return FastCell::NotHere;
            }
            if (start >= 0)
                text = QByteArrayView(p + start, stop - start);
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
        if (plain && cellType == CellType::Shared) {
            xml.skip(i);
            return setSharedCell(*column, text) ? FastCell::Done : FastCell::Failed;
        }
        if (plain) {
            xml.skip(i);
            return setCell(*column, cellType, text) ? FastCell::Done : FastCell::Failed;
        }
        m_value.clear();
        if (!xml.decodeText(text, &m_value)) {
            fail(rowMessage(XlsxTr::tr("%1: %2 is not valid XML: %3")
                                .arg(m_displayName, m_sheetPart, xml.error())));
            return FastCell::Failed;
        }
        xml.skip(i);
        return setCell(*column, cellType) ? FastCell::Done : FastCell::Failed;
    }

    // The commonest cells of all, as Excel, libxlsxwriter and openpyxl write them, in one pass:
    // <c r="B12"( s="3")?( t="s"| t="n")?>, then <v>index or number</v></c>, or </c>; and
    // inline strings as streaming exporters write them, <c r="B12"( s="3")? t="inlineStr">
    // <is><t>text</t></is></c> (also <t xml:space="preserve">), the text plain. Cell
    // references in capitals, double quotes. Anything else (or a reference or index out of
    // range, whose message the general path gives) is NotHere, nothing consumed: fastCell()
    // then reads the cell its general way.
    FastCell hotCell(const char *p, qsizetype n, XmlScanner &xml, int *column, int *cellsInRow)
    {
        if (!literalAt(p, n, 0, "<c r=\""))
            return FastCell::NotHere;
        qsizetype i = 6;
        int col = 0;
        for (; i < 9 && i < n && p[i] >= 'A' && p[i] <= 'Z'; ++i)
            col = col * 26 + (p[i] - 'A' + 1);
        if (col == 0 || i >= n || p[i] < '1' || p[i] > '9')
            return FastCell::NotHere;
        int row = 0;
        for (const qsizetype first = i; i < first + 7 && i < n && unsigned(p[i] - '0') <= 9; ++i)
            row = row * 10 + (p[i] - '0');
        if (i >= n || p[i] != '"' || col > MaxColumns || row > MaxRows)
            return FastCell::NotHere;
        ++i;
        if (literalAt(p, n, i, " s=\"")) {
            const qsizetype first = i + 4;
            for (i = first; i < n && unsigned(p[i] - '0') <= 9; ++i) { }
            if (i == first || i >= n || p[i] != '"')
                return FastCell::NotHere;
            ++i;
        }
        bool shared = false;
        bool inlineString = false;
        if (literalAt(p, n, i, " t=\"s\"")) {
            shared = true;
            i += 6;
        } else if (literalAt(p, n, i, " t=\"n\"")) {
            i += 6;
        } else if (literalAt(p, n, i, " t=\"inlineStr\"")) {
            inlineString = true;
            i += 14;
        }
        if (i >= n || p[i] != '>')
            return FastCell::NotHere;
        ++i;
        QByteArrayView text;
        if (inlineString) {
            // <is><t>text</t></is></c> (or <t xml:space="preserve">), the text plain.
            static constexpr char open[] = "<is><t>";
            static constexpr char preserved[] = "<is><t xml:space=\"preserve\">";
            qsizetype first;
            if (literalAt(p, n, i, open))
                first = i + qsizetype(sizeof(open) - 1);
            else if (literalAt(p, n, i, preserved))
                first = i + qsizetype(sizeof(preserved) - 1);
            else
                return FastCell::NotHere;
            bool plain = true;
            for (i = first; i < n && p[i] != '<'; ++i) {
                const char c = p[i];
                plain &= c >= ' ' && c < 0x7f && c != '&';
            }
            if (!plain || !literalAt(p, n, i, "</t></is></c>"))
                return FastCell::NotHere;
            text = QByteArrayView(p + first, i - first);
            i += 13;
        } else if (literalAt(p, n, i, "<v>")) {
            const qsizetype first = i + 3;
            bool plain = true;
            bool digits = true;
            for (i = first; i < n && p[i] != '<'; ++i) {
                const char c = p[i];
                plain &= c >= ' ' && c < 0x7f && c != '&';
                digits &= unsigned(c - '0') <= 9;
            }
            // Not plain, or a shared-string index that is no plain number (or too long to be
            // one): the general path.
            if (!plain || (shared && (!digits || i == first || i - first > 9))
                || !literalAt(p, n, i, "</v></c>"))
                return FastCell::NotHere;
            text = QByteArrayView(p + first, i - first);
            i += 8;
        } else if (literalAt(p, n, i, "</c>")) {
            if (shared)
                return FastCell::NotHere; // an empty shared cell: the general path's error
            i += 4;
        } else {
            return FastCell::NotHere;
        }
        qint64 index = 0;
        if (shared) {
            for (const char c : text)
                index = index * 10 + (c - '0');
            if (index > qint64(m_stringOffsets.size()) - 2)
                return FastCell::NotHere;
        }
        // Out of order or repeated (allowed, rare) or past the limit: the general path.
        if (col - 1 < qsizetype(m_cells.size()) || *cellsInRow >= MaxColumns)
            return FastCell::NotHere;
        ++*cellsInRow;
        *column = col - 1;
        xml.skip(i);
        if (!shared) {
            const CellType type = inlineString ? CellType::Inline : CellType::Number;
            return setCell(*column, type, text) ? FastCell::Done : FastCell::Failed;
        }
        if (qsizetype(m_cells.size()) != *column)
            m_cells.resize(size_t(*column), Cell {0, 0, false, false});
        const qsizetype begin = m_stringOffsets[size_t(index)];
        m_cells.push_back({begin, m_stringOffsets[size_t(index) + 1] - begin, true, false});
        return FastCell::Done;
    }

    explicit XlsxReader(const QString &path)
        : SheetRowSource(path)
    {
        m_shared = &m_strings; // shared-string cells point into it, not copied
    }

    QString rowMessage(const QString &partMessage) const
    {
        return messageAtRow(partMessage, m_displayName, m_rowNumber);
    }

    // A shared string cell whose <v> is index.
    bool setSharedCell(int column, QByteArrayView index)
    {
        // Plain digits, as writers write them, at once; anything else (white space) by parseIndex.
        qint64 at = -1;
        if (!index.isEmpty() && index.size() <= 9) {
            at = 0;
            for (const char c : index) {
                const unsigned digit = unsigned(c - '0');
                if (digit > 9) {
                    at = -1;
                    break;
                }
                at = at * 10 + digit;
            }
            if (at > qint64(m_stringOffsets.size()) - 2)
                at = -1;
        }
        if (at < 0)
            at = parseIndex(index, qint64(m_stringOffsets.size()) - 2);
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
    bool setCell(int column, CellType type) { return setCell(column, type, view(m_value)); }
    bool setCell(int column, CellType type, QByteArrayView value)
    {
        // Cells come in order, as a rule: one push_back each.
        if (qsizetype(m_cells.size()) == column)
            m_cells.push_back({});
        else if (qsizetype(m_cells.size()) < column)
            m_cells.resize(size_t(column) + 1, Cell {0, 0, false, false});
        if (type == CellType::Shared)
            return setSharedCell(column, value);
        // Inline strings; numbers (also dates, as serial numbers), booleans, formula strings,
        // errors: the text as stored. Counts are written "3", so they read as typed.
        if (qsizetype(m_row.size()) + value.size() > MaxRowBytes)
            return fail(XlsxTr::tr("%1:%2: the row holds more than %3 MB of text")
                            .arg(m_displayName)
                            .arg(m_rowNumber)
                            .arg(MaxRowBytes / (1024 * 1024)));
        const qsizetype begin = qsizetype(m_row.size());
        m_row.append(value.data(), size_t(value.size()));
        m_cells[size_t(column)]
            = {begin, value.size(), false, type == CellType::Number && !value.isEmpty()};
        return true;
    }

    Result<void> start(const QString &sheetName)
    {
        Result<std::unique_ptr<QuaZip>> zip = openCheckedZip(
            m_path, m_displayName,
            XlsxTr::tr("%1: not an XLSX workbook (not a zip archive)").arg(m_displayName));
        if (!zip)
            return zip.error();
        m_zip = std::move(*zip);

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
            if (!inItem) {
                const FastItem fast = fastSharedString(xml, partName);
                if (fast == FastItem::Done)
                    continue;
                if (fast == FastItem::Failed)
                    return inputError(m_error ? m_error->message : part.error());
            }
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
                    if (!endSharedString(partName))
                        return *m_error;
                }
            }
        }
    }

    // After a shared string's text: its end offset. False (m_error set) past the limits: the
    // shared strings are held in memory, and a part of empty items compressed 200:1 could
    // otherwise ask for gigabytes. A sheet as big as Excel allows, every cell distinct, stays
    // far below both limits in practice.
    bool endSharedString(const QString &partName)
    {
        m_stringOffsets.push_back(qsizetype(m_strings.size()));
        if (qsizetype(m_stringOffsets.size()) > MaxSharedStrings
            || qsizetype(m_strings.size()) > MaxSharedStringBytes)
            return fail(XlsxTr::tr("%1: refused: %2 holds more than %3 million strings or %4 MB "
                                   "of text")
                            .arg(m_displayName, partName)
                            .arg(MaxSharedStrings / 1000000)
                            .arg(MaxSharedStringBytes / (1024 * 1024)));
        return true;
    }

    enum class FastItem { Done, NotHere, Failed };

    // One shared string at the front of the unread bytes when it has the shape every writer
    // gives a plain string: <si><t>text</t></si> (or <t xml:space="preserve">). Anything else
    // (rich text runs, phonetic runs, white space between items, a cut by the buffer's end) is
    // NotHere and goes through the tokeniser, which then reads what it would have read anyway.
    // The tokeniser took ~2,000 instructions an item (four tokens and the text); this ~100.
    FastItem fastSharedString(XmlScanner &xml, const QString &partName)
    {
        const QByteArrayView b = lookAhead(xml);
        const char *p = b.data();
        const qsizetype n = b.size();
        static constexpr char plainItem[] = "<si><t>";
        static constexpr char preservedItem[] = "<si><t xml:space=\"preserve\">";
        qsizetype at;
        if (literalAt(p, n, 0, plainItem))
            at = qsizetype(sizeof(plainItem) - 1);
        else if (literalAt(p, n, 0, preservedItem))
            at = qsizetype(sizeof(preservedItem) - 1);
        else
            return FastItem::NotHere;
        // Up to the next '<'; the text is taken as it is when it is printable ASCII without
        // entities (else the decoder checks and decodes it, as for any text).
        qsizetype stop = at;
        bool plain = true;
        while (stop < n && p[stop] != '<') {
            const unsigned char c = static_cast<unsigned char>(p[stop]);
            plain &= c >= 0x20 && c < 0x80 && c != '&';
            ++stop;
        }
        if (!literalAt(p, n, stop, "</t></si>"))
            return FastItem::NotHere;
        const QByteArrayView text(p + at, stop - at);
        if (plain) {
            m_strings.append(text.data(), size_t(text.size()));
        } else if (!xml.decodeText(text, &m_strings)) {
            fail(XlsxTr::tr("%1: %2 is not valid XML: %3")
                     .arg(m_displayName, partName, xml.error()));
            return FastItem::Failed;
        }
        xml.skip(stop + 9);
        return endSharedString(partName) ? FastItem::Done : FastItem::Failed;
    }

    QStringList m_sheetNames;
    QString m_sheetName;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<XmlPart> m_sheet; // declared after m_zip: closed before it
    std::string m_strings; // shared strings, UTF-8, one after the other
    std::vector<qsizetype> m_stringOffsets; // string i is [offsets[i], offsets[i + 1])
    std::string m_value; // the current cell's text
    QString m_sheetPart;
    int m_rowNumber = 0;
    bool m_done = false;
};

} // namespace

Result<std::unique_ptr<RecordSource>> openXlsx(const QString &path, const QString &sheet)
{
    return XlsxReader::open(path, sheet);
}

} // namespace Lengkap
