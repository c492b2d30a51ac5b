// A sheet of an OpenDocument spreadsheet (.ods, as LibreOffice writes it) as a RecordSource,
// streamed as the XLSX reader streams: the archive checked and read by zippart.h (zip bombs,
// DTDs), content.xml tokenised by XmlScanner, one row in memory at a time.
//
// What is particular to OpenDocument:
// - Repeats: table:number-columns-repeated and table:number-rows-repeated say how many times a
//   cell or a row repeats. Writers use them for runs of empty cells and rows (LibreOffice pads
//   every sheet to its last row, 1,048,576); a hostile file can ask for a billion. Nothing is
//   expanded blindly: empty cells and blank rows only move the column / row count on (a run of
//   blank rows is one blank record); cells and rows with content repeat within Excel's limits
//   (16,384 columns, 1,048,576 rows), and copies made by repeats are counted and capped
//   (MaxRepeatedCells) so a small file cannot make the readers work through billions of cells.
// - Merged cells: the first cell spans (number-columns-spanned), the others are
//   table:covered-table-cell: empty, as Excel's merged cells are.
// - Values: office:value-type with office:value (numbers, percentages, currencies: the number as
//   stored, flagged as a number for the NIK check), office:date-value (the date as YYYY-MM-DD,
//   time kept when not midnight), office:boolean-value (TRUE / FALSE), strings from text:p (one
//   line each) with text:s (spaces), text:tab, text:line-break and text:span runs; comments
//   (office:annotation) and drawings in a cell are not its text.
// - Hidden sheets (a table style with table:display="false") are listed and can be named, but
//   the import does not pick one by itself (odsHiddenSheets(); openOdsSheet() by visible index).
#include "readers.h"
#include "sheetrowsource.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <vector>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

constexpr int MaxColumns = 16384; // Excel's and LibreOffice's limit
constexpr int MaxRows = 1048576;
constexpr qsizetype MaxRowBytes = 64 * 1024 * 1024; // text of one row
// Cells that exist only as copies made by a repeat attribute, in the whole sheet (empty cells
// and blank rows are not copied, so not counted). Real sheets repeat a few identical
// neighbours; 16 million copies is more cells than a 1,000,000-row worker export has, and
// seconds of work, where one repeated row of 16,384 cells could otherwise ask for 17 billion.
constexpr qint64 MaxRepeatedCells = 16LL * 1000 * 1000;
constexpr qint64 MaxMimetypeBytes = 256;

// Debug: one line per pass over content.xml (tst_odsreader counts them; no cell is logged).
Q_LOGGING_CATEGORY(lcOds, "lengkap.import.ods", QtWarningMsg)

struct OdsTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::OdsReader)
};

const QByteArray OdsMimetype = "application/vnd.oasis.opendocument.spreadsheet";

// A repeat count: a whole number from 1; 1 when absent, -1 when malformed. Larger than limit
// reads as limit + 1 (never overflows).
qint64 repeatCount(QByteArrayView text, qint64 limit)
{
    if (text.isNull())
        return 1;
    if (text.isEmpty())
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
        if (value > limit)
            value = limit + 1;
    }
    return value < 1 ? -1 : value;
}

struct SheetInfo
{
    QString name;
    bool hidden = false;
};

// The archive, its mimetype checked: an .odt renamed .ods, or any other zip, is refused here.
Result<std::unique_ptr<QuaZip>> openOdsArchive(const QString &path, const QString &displayName)
{
    Result<std::unique_ptr<QuaZip>> zip = openCheckedZip(
        path, displayName,
        OdsTr::tr("%1: not an OpenDocument spreadsheet (not a zip archive)").arg(displayName));
    if (!zip)
        return zip;
    PartStream mimetype(zip->get(), displayName);
    if (!mimetype.open(u"mimetype"_s)) {
        if (!mimetype.error().isEmpty())
            return inputError(mimetype.error());
        return inputError(OdsTr::tr("%1: a zip archive, but not an OpenDocument spreadsheet (no "
                                    "mimetype)")
                              .arg(displayName));
    }
    QByteArray bytes(MaxMimetypeBytes + 1, Qt::Uninitialized);
    qint64 got = 0;
    while (got < bytes.size()) {
        const qint64 n = mimetype.read(bytes.data() + got, bytes.size() - got);
        if (n < 0)
            return inputError(mimetype.error());
        if (n == 0)
            break;
        got += n;
    }
    bytes.truncate(got);
    if (bytes.trimmed() != OdsMimetype) {
        return inputError(OdsTr::tr("%1: not an OpenDocument spreadsheet (its mimetype is '%2')")
                              .arg(displayName,
                                   QString::fromUtf8(clip(bytes.trimmed(), 80)).toHtmlEscaped()));
    }
    return zip;
}

// Opens content.xml of the archive, or says why not.
Result<void> openContent(XmlPart &part, const QString &displayName)
{
    qCDebug(lcOds) << displayName << "content.xml: a pass begins";
    if (part.open(u"content.xml"_s))
        return {};
    if (!part.openError().isEmpty())
        return inputError(part.openError());
    return inputError(
        OdsTr::tr("%1: the spreadsheet has no content (content.xml is missing)").arg(displayName));
}

// Follows content.xml token by token: the automatic styles (before the body) say which table
// styles hide their sheet; a table at depth 1 is a sheet. Shared by the sheet list and the
// reader, which finds its sheet this way in the same pass that then streams it.
class SheetWalker
{
public:
    // The token just read; true when it is a sheet's start tag (sheet() describes it).
    bool step(XmlScanner::Token token, XmlScanner &xml)
    {
        if (token == XmlScanner::StartElement) {
            if (xml.nameIs("style")) {
                m_style = decodedAttribute(xml, "name");
            } else if (xml.nameIs("table-properties") && !m_style.isEmpty()
                       && sameBytes(xml.attribute("display"), "false")) {
                m_hiddenStyles.append(m_style);
            } else if (xml.nameIs("table") && m_tableDepth++ == 0) {
                m_sheet = {decodedAttribute(xml, "name"),
                           m_hiddenStyles.contains(decodedAttribute(xml, "style-name"))};
                return true;
            }
        } else if (token == XmlScanner::EndElement) {
            if (xml.nameIs("style"))
                m_style.clear();
            else if (xml.nameIs("table"))
                --m_tableDepth;
        }
        return false;
    }
    const SheetInfo &sheet() const { return m_sheet; }
    int tableDepth() const { return m_tableDepth; }

private:
    QStringList m_hiddenStyles;
    QString m_style; // the style:style being read
    int m_tableDepth = 0;
    SheetInfo m_sheet;
};

// Every sheet of content.xml in order, hidden or not.
Result<std::vector<SheetInfo>> scanSheets(QuaZip *zip, const QString &displayName)
{
    XmlPart part(zip, displayName);
    if (Result<void> opened = openContent(part, displayName); !opened)
        return opened.error();
    XmlScanner &xml = part.xml();
    std::vector<SheetInfo> sheets;
    SheetWalker walker;
    qint64 row = 0; // the row of the current sheet being read, for messages
    qint64 nextRow = 1;
    while (true) {
        const XmlScanner::Token token = part.next();
        if (token == XmlScanner::Invalid) {
            // "file.ods: content.xml is not valid XML" -> "file.ods:17: ..." inside a sheet.
            QString message = part.error();
            const QString prefix = displayName + u": "_s;
            if (walker.tableDepth() > 0 && row > 0 && message.startsWith(prefix))
                message = u"%1:%2: %3"_s.arg(displayName).arg(row).arg(message.mid(prefix.size()));
            return inputError(message);
        }
        if (token == XmlScanner::EndDocument)
            break;
        if (walker.step(token, xml)) {
            sheets.push_back(walker.sheet());
            row = 0;
            nextRow = 1;
        } else if (token == XmlScanner::StartElement && walker.tableDepth() == 1
                   && xml.nameIs("table-row")) {
            // Counted as the reader counts rows (repeats within the sheet's limit).
            row = nextRow;
            nextRow = std::min<qint64>(
                row
                    + std::max<qint64>(1,
                                       repeatCount(xml.attribute("number-rows-repeated"), MaxRows)),
                MaxRows + 1);
        }
    }
    return sheets;
}

Result<std::vector<SheetInfo>> readSheetList(const QString &path)
{
    const QString displayName = QFileInfo(path).fileName();
    Result<std::unique_ptr<QuaZip>> zip = openOdsArchive(path, displayName);
    if (!zip)
        return zip.error();
    return scanSheets(zip->get(), displayName);
}

class OdsReader : public SheetRowSource
{
public:
    // The sheet to read: named (exact or in any case), or the index-th sheet that is not hidden
    // (the first sheet when neither is given).
    struct Wanted
    {
        QString name;
        int visibleIndex = -1;
    };

    // The reader, or a null one when the workbook has no such visible sheet.
    static Result<std::unique_ptr<OdsReader>> open(const QString &path, const Wanted &wanted)
    {
        std::unique_ptr<OdsReader> reader(new OdsReader(path));
        Result<bool> started = reader->start(wanted);
        if (!started)
            return started.error();
        if (!*started)
            reader.reset();
        return reader;
    }

    const QString &sheetName() const { return m_sheetName; }

    bool next() override
    {
        if (m_done || m_error)
            return false;
        if (m_pendingRows > 0) {
            // The same row again (number-rows-repeated): its cells are still in place.
            --m_pendingRows;
            ++m_rowNumber;
            return true;
        }
        // Blank rows past the last row a spreadsheet has (padding) are passed over, in a loop:
        // a file may hold millions of them.
        while (true) {
            const std::optional<bool> row = readRow();
            if (row)
                return *row;
        }
    }

    // One row: true / false as next() returns, nullopt for a blank row past the last one.
    std::optional<bool> readRow()
    {
        m_rowNumber = m_nextRow;
        m_cells.clear();
        m_row.clear();
        XmlScanner &xml = m_content->xml();
        // Up to the next row; the end of the sheet's table ends the sheet.
        while (true) {
            const XmlScanner::Token token = m_content->next();
            if (token == XmlScanner::Invalid)
                return fail(rowMessage(m_content->error()));
            if (token == XmlScanner::EndDocument)
                return fail(OdsTr::tr("%1: content.xml ends inside the sheet").arg(m_displayName));
            if (token == XmlScanner::StartElement && xml.nameIs("table")) {
                ++m_tableDepth;
            } else if (token == XmlScanner::EndElement && xml.nameIs("table")) {
                if (--m_tableDepth == 0) {
                    m_done = true;
                    return false;
                }
            } else if (token == XmlScanner::StartElement && m_tableDepth == 1
                       && xml.nameIs("table-row")) {
                break;
            }
        }
        const qint64 rows = repeatCount(xml.attribute("number-rows-repeated"), MaxRows);
        if (rows < 0)
            return fail(OdsTr::tr("%1:%2: invalid number of repeated rows")
                            .arg(m_displayName)
                            .arg(m_rowNumber));
        if (!xml.isEmptyElement() && !readCells())
            return false;
        if (m_rowNumber > MaxRows) {
            if (isBlankRecord())
                return std::nullopt;
            return fail(OdsTr::tr("%1: more than %2 rows").arg(m_displayName).arg(MaxRows));
        }
        if (isBlankRecord()) {
            // A run of blank rows is one blank record; the row numbers move on.
            m_nextRow = std::min<qint64>(m_rowNumber + rows, MaxRows + 1);
            return true;
        }
        if (m_rowNumber + rows - 1 > MaxRows)
            return fail(OdsTr::tr("%1: more than %2 rows").arg(m_displayName).arg(MaxRows));
        if (!countCopies((rows - 1) * qint64(m_cells.size())))
            return false;
        m_pendingRows = rows - 1;
        m_nextRow = m_rowNumber + rows;
        return true;
    }

    int line() const override { return int(m_rowNumber); }
    qint64 position() const override { return m_content ? m_content->inflated() : 0; }
    qint64 size() const override { return m_content ? m_content->declaredSize() : 0; }
    QString encodingName() const override { return u"ODS"_s; }

private:
    enum class ValueType { None, Number, Date, Time, Boolean, String };

    explicit OdsReader(const QString &path)
        : SheetRowSource(path)
    {
    }

    QString rowMessage(const QString &partMessage) const
    {
        return messageAtRow(partMessage, m_displayName, m_rowNumber);
    }

    bool countCopies(qint64 copies)
    {
        m_copies += copies;
        if (m_copies <= MaxRepeatedCells)
            return true;
        return fail(OdsTr::tr("%1:%2: refused: the sheet repeats cells more than %3 million "
                              "times (a repeat bomb?)")
                        .arg(m_displayName)
                        .arg(m_rowNumber)
                        .arg(MaxRepeatedCells / 1000000));
    }

    static ValueType valueType(QByteArrayView t)
    {
        if (t.isNull())
            return ValueType::None;
        if (sameBytes(t, "float") || sameBytes(t, "percentage") || sameBytes(t, "currency"))
            return ValueType::Number;
        if (sameBytes(t, "date"))
            return ValueType::Date;
        if (sameBytes(t, "time"))
            return ValueType::Time;
        if (sameBytes(t, "boolean"))
            return ValueType::Boolean;
        return ValueType::String;
    }

    // The cells of the current row, up to its end tag.
    bool readCells()
    {
        XmlScanner &xml = m_content->xml();
        qint64 column = 0; // of the next cell
        while (true) {
            const XmlScanner::Token token = m_content->next();
            if (token == XmlScanner::Invalid)
                return fail(rowMessage(m_content->error()));
            if (token == XmlScanner::EndDocument)
                return fail(OdsTr::tr("%1:%2: content.xml ends inside a row")
                                .arg(m_displayName)
                                .arg(m_rowNumber));
            if (token == XmlScanner::EndElement && xml.nameIs("table-row"))
                return true;
            if (token != XmlScanner::StartElement)
                continue;
            const bool covered = xml.nameIs("covered-table-cell");
            if (!covered && !xml.nameIs("table-cell")) {
                // Nothing else belongs in a row; whatever it is, its content is not a cell.
                if (!xml.isEmptyElement() && !skipElement())
                    return false;
                continue;
            }
            const qint64 repeat = repeatCount(xml.attribute("number-columns-repeated"), MaxColumns);
            if (repeat < 0)
                return fail(OdsTr::tr("%1:%2: invalid number of repeated cells")
                                .arg(m_displayName)
                                .arg(m_rowNumber));
            if (!readCell(covered))
                return false;
            if (m_value.empty()) {
                column = std::min<qint64>(column + repeat, MaxColumns + 1);
                continue;
            }
            if (column + repeat > MaxColumns)
                return fail(OdsTr::tr("%1:%2: more than %3 columns")
                                .arg(m_displayName)
                                .arg(m_rowNumber)
                                .arg(MaxColumns));
            if (!countCopies(repeat - 1))
                return false;
            if (qsizetype(m_row.size() + m_value.size()) > MaxRowBytes)
                return fail(OdsTr::tr("%1:%2: the row holds more than %3 MB of text")
                                .arg(m_displayName)
                                .arg(m_rowNumber)
                                .arg(MaxRowBytes / (1024 * 1024)));
            const Cell cell {qsizetype(m_row.size()), qsizetype(m_value.size()), false,
                             m_valueIsNumber};
            m_row.append(m_value);
            m_cells.resize(size_t(column), Cell {});
            m_cells.insert(m_cells.end(), size_t(repeat), cell); // copies share the text
            column += repeat;
        }
    }

    // The value of the cell whose start tag was just read, into m_value (empty for an empty
    // cell); the tokens up to its end tag are consumed.
    bool readCell(bool covered)
    {
        XmlScanner &xml = m_content->xml();
        m_value.clear();
        m_valueIsNumber = false;
        const ValueType type = covered ? ValueType::None : valueType(xml.attribute("value-type"));
        std::string attribute;
        auto take = [&](QByteArrayView name) {
            attribute.clear();
            if (!xml.appendAttribute(name, &attribute))
                return fail(rowMessage(m_content->error()));
            return true;
        };
        bool fromAttribute = true;
        switch (type) {
        case ValueType::Number:
            if (!take("value"))
                return false;
            m_value = attribute;
            m_valueIsNumber = !m_value.empty();
            break;
        case ValueType::Date:
            if (!take("date-value"))
                return false;
            // "2024-12-01T00:00:00" is a date; a time of day other than midnight stays.
            if (attribute.size() > 10 && attribute.compare(10, std::string::npos, "T00:00:00") == 0)
                attribute.resize(10);
            m_value = attribute;
            break;
        case ValueType::Time:
            if (!take("time-value"))
                return false;
            m_value = attribute;
            break;
        case ValueType::Boolean:
            if (!take("boolean-value"))
                return false;
            m_value = attribute == "true" ? "TRUE" : attribute == "false" ? "FALSE" : attribute;
            break;
        case ValueType::String:
            if (!xml.attribute("string-value").isNull()) {
                if (!take("string-value"))
                    return false;
                m_value = attribute;
                break;
            }
            fromAttribute = false;
            break;
        case ValueType::None:
            fromAttribute = false;
            break;
        }
        if (xml.isEmptyElement()) {
            // Its EndElement follows.
            return m_content->next() != XmlScanner::Invalid || fail(rowMessage(m_content->error()));
        }
        // The cell's paragraphs: text:p elements, one line each, with their runs; anything else
        // (comments, drawings) is skipped whole.
        int paragraphs = 0;
        int inParagraph = 0;
        while (true) {
            const XmlScanner::Token token = m_content->next();
            if (token == XmlScanner::Invalid)
                return fail(rowMessage(m_content->error()));
            if (token == XmlScanner::EndDocument)
                return fail(OdsTr::tr("%1:%2: content.xml ends inside a cell")
                                .arg(m_displayName)
                                .arg(m_rowNumber));
            if (token == XmlScanner::Text) {
                if (inParagraph > 0 && !fromAttribute && !xml.appendText(&m_value))
                    return fail(rowMessage(m_content->error()));
            } else if (token == XmlScanner::EndElement) {
                if (xml.nameIs("table-cell") || xml.nameIs("covered-table-cell"))
                    return true;
                if (xml.nameIs("p") || xml.nameIs("h"))
                    --inParagraph;
            } else if (token == XmlScanner::StartElement) {
                if (xml.nameIs("p") || xml.nameIs("h")) {
                    if (inParagraph == 0 && paragraphs++ > 0 && !fromAttribute)
                        m_value += '\n';
                    ++inParagraph;
                } else if (inParagraph > 0 && xml.nameIs("s")) {
                    // text:s c="n": n spaces (bounded by the row's limit).
                    const qint64 n = repeatCount(xml.attribute("c"), MaxRowBytes);
                    if (!fromAttribute && n > 0) {
                        if (qsizetype(m_value.size()) + n > MaxRowBytes)
                            return fail(OdsTr::tr("%1:%2: the row holds more than %3 MB of text")
                                            .arg(m_displayName)
                                            .arg(m_rowNumber)
                                            .arg(MaxRowBytes / (1024 * 1024)));
                        m_value.append(size_t(n), ' ');
                    }
                } else if (inParagraph > 0 && xml.nameIs("tab")) {
                    if (!fromAttribute)
                        m_value += '\t';
                } else if (inParagraph > 0 && xml.nameIs("line-break")) {
                    if (!fromAttribute)
                        m_value += '\n';
                } else if (xml.nameIs("annotation") || (inParagraph == 0 && !xml.nameIs("span"))
                           || xml.nameIs("note")) {
                    // A comment, a drawing, a footnote: not the cell's text.
                    if (!xml.isEmptyElement() && !skipElement())
                        return false;
                }
            }
            if (qsizetype(m_value.size()) > MaxRowBytes)
                return fail(OdsTr::tr("%1:%2: the row holds more than %3 MB of text")
                                .arg(m_displayName)
                                .arg(m_rowNumber)
                                .arg(MaxRowBytes / (1024 * 1024)));
        }
    }

    // Consumes the tokens up to the end of the element whose start tag was just read.
    bool skipElement()
    {
        int depth = 1;
        while (depth > 0) {
            const XmlScanner::Token token = m_content->next();
            if (token == XmlScanner::Invalid)
                return fail(rowMessage(m_content->error()));
            if (token == XmlScanner::EndDocument)
                return fail(OdsTr::tr("%1: content.xml ends too early").arg(m_displayName));
            if (token == XmlScanner::StartElement)
                ++depth;
            else if (token == XmlScanner::EndElement)
                --depth;
        }
        return true;
    }

    // false when the visible sheet asked for is not there.
    Result<bool> start(const Wanted &wanted)
    {
        Result<std::unique_ptr<QuaZip>> zip = openOdsArchive(m_path, m_displayName);
        if (!zip)
            return zip.error();
        m_zip = std::move(*zip);
        // One pass: content.xml up to the chosen sheet's table (the one named: exact or in any
        // case, as spreadsheets do not tell names apart by case; or the index-th visible one),
        // then streamed row by row from there. The importer tries the visible sheets in turn
        // this way, so a workbook whose first sheet holds the table is read once.
        m_content = std::make_unique<XmlPart>(m_zip.get(), m_displayName);
        if (Result<void> opened = openContent(*m_content, m_displayName); !opened)
            return opened.error();
        if (m_content->declaredSize() > 4 * 1024 * 1024)
            m_content->readAhead();
        XmlScanner &xml = m_content->xml();
        SheetWalker walker;
        QStringList names;
        int visible = 0;
        while (true) {
            const XmlScanner::Token token = m_content->next();
            if (token == XmlScanner::Invalid)
                return inputError(m_content->error());
            if (token == XmlScanner::EndDocument) {
                if (wanted.visibleIndex >= 0 && !names.isEmpty())
                    return false;
                if (names.isEmpty())
                    return inputError(
                        OdsTr::tr("%1: the spreadsheet has no sheets").arg(m_displayName));
                return inputError(OdsTr::tr("%1: no sheet named '%2'; the sheets are: %3")
                                      .arg(m_displayName, wanted.name, names.join(u", "_s)));
            }
            if (!walker.step(token, xml))
                continue;
            const SheetInfo &sheet = walker.sheet();
            names.append(sheet.name);
            if (wanted.visibleIndex >= 0
                    ? !sheet.hidden && visible++ == wanted.visibleIndex
                    : wanted.name.isEmpty()
                          || sheet.name.compare(wanted.name, Qt::CaseInsensitive) == 0) {
                m_sheetName = sheet.name;
                break;
            }
        }
        m_tableDepth = 1;
        if (xml.isEmptyElement())
            m_done = true;
        m_hash.start(m_path);
        return true;
    }

    QString m_sheetName; // as the file spells it
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<XmlPart> m_content; // declared after m_zip: closed before it
    std::string m_value; // the current cell's text
    bool m_valueIsNumber = false;
    qint64 m_rowNumber = 0;
    qint64 m_nextRow = 1;
    qint64 m_pendingRows = 0; // copies of the current row still to hand out
    qint64 m_copies = 0; // cells made by repeats so far
    int m_tableDepth = 0;
    bool m_done = false;
};

} // namespace

bool looksLikeOds(const QString &path, QByteArrayView head)
{
    if (path.endsWith(u".ods"_s, Qt::CaseInsensitive))
        return true;
    // The first entry of an OpenDocument archive is "mimetype", stored: its text follows the
    // 30-byte local header and the 8-byte name.
    return head.startsWith("PK\x03\x04") && head.size() >= 38 + OdsMimetype.size()
           && head.sliced(30, 8) == QByteArrayView("mimetype")
           && head.sliced(38).startsWith(OdsMimetype);
}

Result<std::unique_ptr<RecordSource>> openOds(const QString &path, const QString &sheet)
{
    Result<std::unique_ptr<OdsReader>> reader = OdsReader::open(path, {sheet, -1});
    if (!reader)
        return reader.error();
    return std::unique_ptr<RecordSource>(std::move(*reader));
}

Result<OdsSheet> openOdsSheet(const QString &path, const QString &sheet, int visibleIndex)
{
    Result<std::unique_ptr<OdsReader>> reader = OdsReader::open(path, {sheet, visibleIndex});
    if (!reader)
        return reader.error();
    OdsSheet opened;
    if (*reader) {
        opened.sheet = (*reader)->sheetName();
        opened.source = std::move(*reader);
    }
    return opened;
}

Result<QStringList> listOdsSheets(const QString &path)
{
    Result<std::vector<SheetInfo>> sheets = readSheetList(path);
    if (!sheets)
        return sheets.error();
    QStringList names;
    for (const SheetInfo &sheet : *sheets)
        names.append(sheet.name);
    return names;
}

QStringList odsHiddenSheets(const QString &path)
{
    QStringList names;
    if (Result<std::vector<SheetInfo>> sheets = readSheetList(path)) {
        for (const SheetInfo &sheet : *sheets) {
            if (sheet.hidden)
                names.append(sheet.name);
        }
    }
    return names;
}

} // namespace Lengkap
