// A sheet of an XLSX workbook as a RecordSource (DOMAIN.md §5: first sheet, or a named one).
// QuaZip opens the archive, QXmlStreamReader reads the parts: the workbook and its relations
// to find the sheet, the shared strings (rich-text runs concatenated, phonetic runs left out),
// then the sheet itself, streamed in chunks: one row in memory at a time.
//
// An XLSX file comes from anywhere, so the archive is checked before anything is inflated and
// again while inflating: total uncompressed size at most MaxTotalBytes, and no part larger than
// MinBombBytes with a compression ratio above MaxRatio (zip bombs); DTDs are refused (entity
// expansion).
#include "readers.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <vector>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

constexpr qint64 MaxTotalBytes = 512LL * 1024 * 1024; // all parts read, uncompressed
constexpr qint64 MaxRatio = 200; // uncompressed : compressed, per part
constexpr qint64 MinBombBytes = 1024 * 1024; // small parts may compress better
constexpr qint64 ChunkBytes = 64 * 1024;
constexpr int MaxColumns = 16384; // XFD, Excel's limit
constexpr int MaxRows = 1048576;

struct XlsxTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::XlsxReader)
};

// Counts what all parts of one workbook inflate to.
struct Budget
{
    qint64 inflated = 0;
};

// One part of the archive, read as XML in chunks. The QuaZip may have only one part open.
class XmlPart
{
public:
    XmlPart(QuaZip *zip, Budget *budget, QString displayName)
        : m_zip(zip)
        , m_budget(budget)
        , m_displayName(std::move(displayName))
    {
    }

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
        m_compressed = qint64(info.compressedSize);
        m_declared = qint64(info.uncompressedSize);
        m_file = std::make_unique<QuaZipFile>(m_zip);
        if (!m_file->open(QIODevice::ReadOnly)) {
            m_error
                = XlsxTr::tr("%1: cannot read %2 (encrypted or damaged)").arg(m_displayName, name);
            m_file.reset();
            return false;
        }
        return true;
    }

    // The next XML token, feeding chunks as needed. Invalid on error or at the end.
    QXmlStreamReader::TokenType next()
    {
        while (m_error.isEmpty()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::Invalid) {
                if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_atEnd) {
                    feed();
                    continue;
                }
                if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                    m_error = XlsxTr::tr("%1: %2 ends too early (truncated)")
                                  .arg(m_displayName, m_name);
                else
                    m_error = XlsxTr::tr("%1: %2 is not valid XML: %3")
                                  .arg(m_displayName, m_name, m_xml.errorString());
                return token;
            }
            if (token == QXmlStreamReader::DTD) {
                m_error = XlsxTr::tr("%1: %2 declares a DTD, which workbooks never do")
                              .arg(m_displayName, m_name);
                return QXmlStreamReader::Invalid;
            }
            return token;
        }
        return QXmlStreamReader::Invalid;
    }

    const QXmlStreamReader &xml() const { return m_xml; }
    const QString &error() const { return m_error; }
    qint64 inflated() const { return m_inflated; }
    qint64 declaredSize() const { return m_declared; }

private:
    void feed()
    {
        QByteArray chunk(ChunkBytes, Qt::Uninitialized);
        const qint64 n = m_file->read(chunk.data(), chunk.size());
        if (n < 0 || (n == 0 && !m_file->atEnd())) {
            m_error = XlsxTr::tr("%1: damaged archive: %2 cannot be inflated")
                          .arg(m_displayName, m_name);
            return;
        }
        if (n == 0) {
            m_atEnd = true;
            if (m_file->getZipError() != UNZ_OK) {
                m_error = XlsxTr::tr("%1: damaged archive: %2 fails its checksum")
                              .arg(m_displayName, m_name);
                return;
            }
            return;
        }
        m_inflated += n;
        m_budget->inflated += n;
        if (m_budget->inflated > MaxTotalBytes) {
            m_error = XlsxTr::tr("%1: refused: the workbook inflates to more than %2 MB")
                          .arg(m_displayName)
                          .arg(MaxTotalBytes / (1024 * 1024));
            return;
        }
        if (m_inflated > MinBombBytes
            && m_inflated > MaxRatio * std::max<qint64>(1, m_compressed)) {
            m_error = XlsxTr::tr("%1: refused: %2 is compressed more than %3:1 (a zip bomb?)")
                          .arg(m_displayName, m_name)
                          .arg(MaxRatio);
            return;
        }
        chunk.truncate(n);
        m_xml.addData(chunk);
    }

    QuaZip *m_zip;
    Budget *m_budget;
    QString m_displayName;
    QString m_name;
    std::unique_ptr<QuaZipFile> m_file;
    QXmlStreamReader m_xml;
    QString m_error;
    qint64 m_compressed = 0;
    qint64 m_declared = 0;
    qint64 m_inflated = 0;
    bool m_atEnd = false;
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

QStringView attribute(const QXmlStreamReader &xml, QStringView localName)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == localName)
            return a.value();
    }
    return {};
}

// "BC12" -> column 54 (0-based), row 12; false when malformed.
bool parseCellReference(QStringView ref, int *column, int *row)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size() && ref[i].isLetter()) {
        const char16_t c = ref[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            return false;
        col = col * 26 + (c - u'A' + 1);
        if (col > MaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > MaxRows)
        return false;
    *column = col - 1;
    *row = r;
    return true;
}

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
        // Up to the next <row>; the end of sheetData ends the sheet.
        while (true) {
            const QXmlStreamReader::TokenType token = m_sheet->next();
            if (token == QXmlStreamReader::Invalid)
                return fail(m_sheet->error());
            if (token == QXmlStreamReader::EndDocument
                || (token == QXmlStreamReader::EndElement
                    && m_sheet->xml().name() == u"sheetData")) {
                m_done = true;
                return false;
            }
            if (token == QXmlStreamReader::StartElement && m_sheet->xml().name() == u"row")
                break;
        }
        const QStringView r = attribute(m_sheet->xml(), u"r");
        if (r.isEmpty()) {
            ++m_rowNumber;
        } else {
            bool ok = false;
            const int number = r.toInt(&ok);
            if (!ok || number < 1 || number > MaxRows)
                return fail(XlsxTr::tr("%1:%2: invalid row number '%3'")
                                .arg(m_displayName)
                                .arg(m_rowNumber + 1)
                                .arg(r.toString()));
            m_rowNumber = number;
        }
        if (m_rowNumber > MaxRows)
            return fail(XlsxTr::tr("%1: more than %2 rows").arg(m_displayName).arg(MaxRows));

        // Cells of the row.
        int column = -1;
        QString type;
        QString value; // <v> text
        QString inlineText; // <is> text
        bool inValue = false;
        bool inInline = false;
        bool inText = false;
        int phonetic = 0;
        while (true) {
            const QXmlStreamReader::TokenType token = m_sheet->next();
            if (token == QXmlStreamReader::Invalid)
                return fail(rowMessage(m_sheet->error()));
            if (token == QXmlStreamReader::EndDocument)
                return fail(XlsxTr::tr("%1:%2: the sheet ends inside a row")
                                .arg(m_displayName)
                                .arg(m_rowNumber));
            const QStringView name = m_sheet->xml().name();
            if (token == QXmlStreamReader::StartElement) {
                if (name == u"c") {
                    const QStringView ref = attribute(m_sheet->xml(), u"r");
                    int refRow = 0;
                    if (ref.isEmpty()) {
                        ++column;
                    } else if (!parseCellReference(ref, &column, &refRow)) {
                        return fail(XlsxTr::tr("%1:%2: invalid cell reference '%3'")
                                        .arg(m_displayName)
                                        .arg(m_rowNumber)
                                        .arg(ref.toString()));
                    }
                    if (column >= MaxColumns)
                        return fail(XlsxTr::tr("%1:%2: more than %3 columns")
                                        .arg(m_displayName)
                                        .arg(m_rowNumber)
                                        .arg(MaxColumns));
                    type = attribute(m_sheet->xml(), u"t").toString();
                    value.clear();
                    inlineText.clear();
                } else if (name == u"v") {
                    inValue = true;
                } else if (name == u"is") {
                    inInline = true;
                } else if (name == u"rPh") {
                    ++phonetic;
                } else if (name == u"t") {
                    inText = true;
                }
            } else if (token == QXmlStreamReader::Characters) {
                if (inValue)
                    value += m_sheet->xml().text();
                else if (inInline && inText && phonetic == 0)
                    inlineText += m_sheet->xml().text();
            } else if (token == QXmlStreamReader::EndElement) {
                if (name == u"v") {
                    inValue = false;
                } else if (name == u"is") {
                    inInline = false;
                } else if (name == u"rPh") {
                    --phonetic;
                } else if (name == u"t") {
                    inText = false;
                } else if (name == u"c") {
                    if (column < 0)
                        continue;
                    if (!setCell(column, type, value, inlineText))
                        return false;
                } else if (name == u"row") {
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
        if (i < 0 || i >= m_cells.size())
            return {};
        const auto [begin, size] = m_cells.at(i);
        return QByteArrayView(m_row.constData() + begin, size);
    }
    std::optional<Error> error() const override { return m_error; }
    QString displayName() const override { return m_displayName; }
    qint64 position() const override { return m_sheet ? m_sheet->inflated() : 0; }
    qint64 size() const override { return m_sheet ? m_sheet->declaredSize() : 0; }
    QString encodingName() const override { return u"XLSX"_s; }
    QString delimiterName() const override { return {}; }

private:
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

    bool setCell(int column, const QString &type, const QString &value, const QString &inlineText)
    {
        if (m_cells.size() <= column)
            m_cells.resize(column + 1, {m_row.size(), 0});
        const qsizetype begin = m_row.size();
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= qsizetype(m_stringOffsets.size()) - 1) {
                return fail(XlsxTr::tr("%1:%2: shared string '%3' does not exist")
                                .arg(m_displayName)
                                .arg(m_rowNumber)
                                .arg(value.left(20)));
            }
            m_row.append(m_strings.constData() + m_stringOffsets.at(index),
                         m_stringOffsets.at(index + 1) - m_stringOffsets.at(index));
        } else if (type == u"inlineStr") {
            m_row.append(inlineText.toUtf8());
        } else {
            // Numbers (also dates, as serial numbers), booleans, formula strings, errors: the
            // text as stored. Counts are written "3", so they read as typed.
            m_row.append(value.toUtf8());
        }
        m_cells[column] = {begin, m_row.size() - begin};
        return true;
    }

    Result<void> start(const QString &sheetName)
    {
        QFile probe(m_path);
        if (!probe.open(QIODevice::ReadOnly))
            return inputError(
                XlsxTr::tr("%1: cannot open: %2").arg(m_displayName, probe.errorString()));
        const QByteArray magic = probe.read(4);
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

        // Zip bombs, from the central directory before inflating anything.
        qint64 total = 0;
        const QList<QuaZipFileInfo64> entries = m_zip->getFileInfoList64();
        if (entries.isEmpty() && m_zip->getZipError() != UNZ_OK)
            return inputError(
                XlsxTr::tr("%1: damaged or truncated zip archive").arg(m_displayName));
        for (const QuaZipFileInfo64 &entry : entries) {
            const qint64 uncompressed
                = qint64(std::min<quint64>(entry.uncompressedSize, quint64(MaxTotalBytes) * 4));
            const qint64 compressed
                = qint64(std::min<quint64>(entry.compressedSize, quint64(MaxTotalBytes) * 4));
            total += uncompressed;
            if (uncompressed > MinBombBytes
                && uncompressed > MaxRatio * std::max<qint64>(1, compressed)) {
                return inputError(
                    XlsxTr::tr("%1: refused: %2 is compressed more than %3:1 (a zip bomb?)")
                        .arg(m_displayName, entry.name)
                        .arg(MaxRatio));
            }
        }
        if (total > MaxTotalBytes) {
            return inputError(XlsxTr::tr("%1: refused: the workbook inflates to more than %2 MB")
                                  .arg(m_displayName)
                                  .arg(MaxTotalBytes / (1024 * 1024)));
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
        QStringList sheetNames;
        QStringList sheetIds;
        {
            XmlPart part(m_zip.get(), &m_budget, m_displayName);
            if (!part.open(workbookPart)) {
                if (!part.error().isEmpty())
                    return inputError(part.error());
                return inputError(XlsxTr::tr("%1: a zip archive, but not an XLSX workbook (no %2)")
                                      .arg(m_displayName, workbookPart));
            }
            while (true) {
                const QXmlStreamReader::TokenType token = part.next();
                if (token == QXmlStreamReader::Invalid)
                    return inputError(part.error());
                if (token == QXmlStreamReader::EndDocument)
                    break;
                if (token == QXmlStreamReader::StartElement && part.xml().name() == u"sheet") {
                    sheetNames.append(attribute(part.xml(), u"name").toString());
                    sheetIds.append(attribute(part.xml(), u"id").toString());
                }
            }
        }
        if (sheetNames.isEmpty())
            return inputError(XlsxTr::tr("%1: the workbook has no sheets").arg(m_displayName));
        qsizetype chosen = 0;
        if (!sheetName.isEmpty()) {
            chosen = sheetNames.indexOf(sheetName);
            if (chosen < 0) {
                for (qsizetype i = 0; i < sheetNames.size() && chosen < 0; ++i) {
                    if (sheetNames.at(i).compare(sheetName, Qt::CaseInsensitive) == 0)
                        chosen = i;
                }
            }
            if (chosen < 0) {
                return inputError(XlsxTr::tr("%1: no sheet named '%2'; the sheets are: %3")
                                      .arg(m_displayName, sheetName, sheetNames.join(u", "_s)));
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

        m_sheet = std::make_unique<XmlPart>(m_zip.get(), &m_budget, m_displayName);
        if (!m_sheet->open(sheetPart)) {
            if (!m_sheet->error().isEmpty())
                return inputError(m_sheet->error());
            return inputError(XlsxTr::tr("%1: the sheet '%2' is missing from the archive (%3)")
                                  .arg(m_displayName, sheetNames.at(chosen), sheetPart));
        }
        return {};
    }

    // Relationship targets by type ("…/officeDocument" -> target) and by id ("id:rId1" -> target).
    Result<void> readRelationships(const QString &partName, QHash<QString, QString> *rels,
                                   QString *sharedStrings)
    {
        XmlPart part(m_zip.get(), &m_budget, m_displayName);
        if (!part.open(partName))
            return part.error().isEmpty() ? Result<void>() : Result<void>(inputError(part.error()));
        while (true) {
            const QXmlStreamReader::TokenType token = part.next();
            if (token == QXmlStreamReader::Invalid)
                return inputError(part.error());
            if (token == QXmlStreamReader::EndDocument)
                return {};
            if (token == QXmlStreamReader::StartElement && part.xml().name() == u"Relationship") {
                const QString type = attribute(part.xml(), u"Type").toString();
                const QString target = attribute(part.xml(), u"Target").toString();
                rels->insert(type, target.startsWith(u'/') ? target.mid(1) : target);
                rels->insert(u"id:"_s + attribute(part.xml(), u"Id").toString(), target);
                if (sharedStrings && type.endsWith(u"/sharedStrings"_s))
                    *sharedStrings = target;
            }
        }
    }

    Result<void> readSharedStrings(const QString &partName)
    {
        m_stringOffsets.append(0);
        XmlPart part(m_zip.get(), &m_budget, m_displayName);
        if (!part.open(partName))
            return part.error().isEmpty() ? Result<void>() : Result<void>(inputError(part.error()));
        bool inItem = false;
        bool inText = false;
        int phonetic = 0;
        QString item;
        while (true) {
            const QXmlStreamReader::TokenType token = part.next();
            if (token == QXmlStreamReader::Invalid)
                return inputError(part.error());
            if (token == QXmlStreamReader::EndDocument)
                return {};
            const QStringView name = part.xml().name();
            if (token == QXmlStreamReader::StartElement) {
                if (name == u"si") {
                    inItem = true;
                    item.clear();
                } else if (name == u"t") {
                    inText = true;
                } else if (name == u"rPh") {
                    ++phonetic;
                }
            } else if (token == QXmlStreamReader::Characters) {
                if (inItem && inText && phonetic == 0)
                    item += part.xml().text();
            } else if (token == QXmlStreamReader::EndElement) {
                if (name == u"t") {
                    inText = false;
                } else if (name == u"rPh") {
                    --phonetic;
                } else if (name == u"si") {
                    inItem = false;
                    m_strings.append(item.toUtf8());
                    m_stringOffsets.append(m_strings.size());
                }
            }
        }
    }

    QString m_path;
    QString m_displayName;
    Budget m_budget;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<XmlPart> m_sheet; // declared after m_zip: closed before it
    QByteArray m_strings; // shared strings, UTF-8, one after the other
    QList<qsizetype> m_stringOffsets; // string i is [offsets[i], offsets[i + 1])
    QByteArray m_row; // the current row's cells, UTF-8
    QList<std::pair<qsizetype, qsizetype>> m_cells; // (begin, size) in m_row
    int m_rowNumber = 0;
    bool m_done = false;
    std::optional<Error> m_error;
};

} // namespace

Result<std::unique_ptr<RecordSource>> openXlsx(const QString &path, const QString &sheet)
{
    return XlsxReader::open(path, sheet);
}

} // namespace Lengkap
