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
