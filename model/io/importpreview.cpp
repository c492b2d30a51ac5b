// The import window's first look at a file: format, dialect, header and the first rows, read with
// the same readers as the import itself (openCsv, openXlsx, detectTableFormat), stopping after a
// few rows. Nothing here is logged: the cells are the user's data.
#include "importpreview.h"
#include "tablesource.h"

#include "textcodec.h"

#include "readers.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <utility>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct PreviewTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::ImportPreview)
};

constexpr qint64 HeadBytes = 64 * 1024;
constexpr qint64 MaxWorkbookPartBytes = 8 * 1024 * 1024; // workbook.xml and .rels, uncompressed

// Reads one part of the archive whole, refusing a large one before inflating it.
Result<QByteArray> readSmallPart(QuaZip &zip, const QString &name, const QString &fileName)
{
    if (!zip.setCurrentFile(name))
        return QByteArray();
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return inputError(
            PreviewTr::tr("%1: cannot read the workbook's table of contents").arg(fileName));
    if (info.uncompressedSize > quint64(MaxWorkbookPartBytes))
        return inputError(
            PreviewTr::tr("%1: refused: the workbook part %2 is too large").arg(fileName, name));
    QuaZipFile part(&zip);
    if (!part.open(QIODevice::ReadOnly))
        return inputError(PreviewTr::tr("%1: cannot read %2 in the workbook").arg(fileName, name));
    QByteArray bytes = part.read(MaxWorkbookPartBytes + 1);
    if (bytes.size() > MaxWorkbookPartBytes)
        return inputError(
            PreviewTr::tr("%1: refused: the workbook part %2 is too large").arg(fileName, name));
    return bytes;
}

Result<ImportPreview> previewPaste(const QString &path, ImportPreview preview, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inputError(PreviewTr::tr("%1: cannot open the file: %2")
                              .arg(preview.fileName, file.errorString()));
    QByteArray head = file.read(HeadBytes);
    if (head.startsWith("\xEF\xBB\xBF")) {
        preview.encoding = u"UTF-8 (BOM)"_s;
        head.remove(0, 3);
    } else {
        preview.encoding = u"UTF-8"_s;
    }
    // The head may end inside a UTF-8 sequence: judge the encoding on complete lines only.
    const qsizetype lastBreak = std::max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
    if (!file.atEnd() && lastBreak > 0)
        head.truncate(lastBreak + 1);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(head);
    if (utf8.hasError()) {
        text = decodeWindows1252(head);
        preview.encoding = u"windows-1252"_s;
    }
    const QList<QStringView> lines = QStringView(text).split(QRegularExpression(u"\r\n|\r|\n"_s));
    bool tabs = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (preview.title.isEmpty() && isPasteTitle(line))
            preview.title = line.trimmed().toString();
        if (preview.header.isEmpty() && isPasteHeaderRow(line)) {
            preview.headerLine = int(i) + 1;
            for (QStringView cell : line.split(u'\t'))
                preview.header.append(cell.trimmed().toString());
            tabs = preview.header.size() > 1;
        }
        if (preview.textLines.size() < rows)
            preview.textLines.append(line.toString());
    }
    preview.delimiter = tabs ? u"tab"_s : QString();
    return preview;
}

Result<ImportPreview> previewTable(const QString &path, TableFile kind,
                                   const ReadOptions &options, ImportPreview preview, int rows)
{
    if (Result<QStringList> sheets = listSheets(path, kind))
        preview.sheets = *sheets;
    // The sheet and the header as the import finds them (openImportTable decides for both):
    // title rows above the header, two-row headers, footer rows.
    Result<ImportTable> table = openImportTable(path, kind, options, SheetChoice::FirstSheet);
    if (!table)
        return table.error();
    TableSource &source = *table->source;
    preview.sheet = table->sheet;
    preview.sheetNamed = table->sheetNamed;
    if (table->unrecognised)
        preview.sheetProblem = table->unrecognised->message;
    preview.header = source.header();
    preview.headerLine = source.headerLine();
    preview.headerRows = source.headerRows();
    preview.headerRecognised = source.headerRecognised();
    bool headerRecord = true; // the source serves the header first
    while (preview.rows.size() < rows && source.next()) {
        if (std::exchange(headerRecord, false) || source.isBlankRecord())
            continue;
        QStringList cells;
        for (int i = 0; i < source.fieldCount(); ++i)
            cells.append(source.text(i));
        preview.rows.append(cells);
        preview.rowLines.append(source.line());
    }
    if (const std::optional<Error> error = source.error())
        return *error;
    preview.encoding = source.encodingName();
    preview.delimiter = source.delimiterName();

    preview.format = options.format;
    if (preview.xlsx && options.sheetFormat != ImportFormat::Auto)
        preview.format = options.sheetFormat;
    if (preview.format != ImportFormat::Rekap && preview.format != ImportFormat::Long
        && preview.format != ImportFormat::Workers)
        preview.format = detectTableFormat(preview.header);
    if (preview.format == ImportFormat::Workers)
        preview.workerRoles = matchWorkerColumns(preview.header, options.columnMapping);
    return preview;
}

} // namespace

QString ImportPreview::headerDescription() const
{
    if (headerLine <= 0)
        return {};
    if (headerRows == 2)
        return PreviewTr::tr("rows %1 and %2 (merged cells)")
            .arg(QLocale().toString(headerLine - 1), QLocale().toString(headerLine));
    return PreviewTr::tr("row %1").arg(QLocale().toString(headerLine));
}

QString ImportPreview::formatName() const
{
    const QString key = importFormatKey(format);
    if (xls)
        return u"xls (%1)"_s.arg(key);
    if (ods)
        return u"ods (%1)"_s.arg(key);
    return xlsx ? u"xlsx (%1)"_s.arg(key) : key;
}

QList<WorkerColumnRole> ImportPreview::missingWorkerRoles() const
{
    QList<WorkerColumnRole> missing;
    if (format != ImportFormat::Workers)
        return missing;
    bool identity = false;
    for (const WorkerColumnRole &role : workerRoles) {
        if ((role.key == u"puskesmas_code" || role.key == u"puskesmas_name") && role.column >= 0)
            identity = true;
    }
    for (const WorkerColumnRole &role : workerRoles) {
        if (!role.required || role.column >= 0)
            continue;
        if ((role.key == u"puskesmas_code" || role.key == u"puskesmas_name") && identity)
            continue;
        if (role.key == u"puskesmas_code")
            continue; // a name column will do: report the name as the one missing
        missing.append(role);
    }
    return missing;
}

Result<ImportPreview> previewImportFile(const QString &path, const ReadOptions &options, int rows)
{
    ImportPreview preview;
    preview.fileName = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return inputError(PreviewTr::tr("%1: no such file").arg(path));
    const QByteArray head = readFileHead(path, HeadBytes);
    const TableFile kind = tableFileKind(path, head, options.format);
    preview.xlsx = kind != TableFile::Csv;
    preview.xls = kind == TableFile::Xls;
    preview.ods = kind == TableFile::Ods;
    if (!preview.xlsx
        && (options.format == ImportFormat::Paste
            || (options.format == ImportFormat::Auto && looksLikePaste(head)))) {
        preview.format = ImportFormat::Paste;
        return previewPaste(path, std::move(preview), rows);
    }
    return previewTable(path, kind, options, std::move(preview), rows);
}

namespace {

// The sheets of an XLSX workbook in order; those hidden (state="hidden" or "veryHidden") also
// in *hidden when given.
Result<QStringList> readXlsxSheets(const QString &path, QStringList *hidden)
{
    const QString fileName = QFileInfo(path).fileName();
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return inputError(
            PreviewTr::tr("%1: not an XLSX workbook (not a zip archive)").arg(fileName));
    // The workbook part: named in _rels/.rels, usually xl/workbook.xml.
    QString workbookPart = u"xl/workbook.xml"_s;
    Result<QByteArray> rels = readSmallPart(zip, u"_rels/.rels"_s, fileName);
    if (!rels)
        return rels.error();
    QXmlStreamReader relsXml(*rels);
    while (!relsXml.atEnd()) {
        if (relsXml.readNext() == QXmlStreamReader::StartElement
            && relsXml.name() == u"Relationship"
            && relsXml.attributes().value(u"Type"_s).endsWith(u"/officeDocument")) {
            workbookPart = relsXml.attributes().value(u"Target"_s).toString();
            if (workbookPart.startsWith(u'/'))
                workbookPart.remove(0, 1);
        }
    }
    Result<QByteArray> workbook = readSmallPart(zip, workbookPart, fileName);
    if (!workbook)
        return workbook.error();
    QStringList sheets;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return inputError(
                PreviewTr::tr("%1: refused: the workbook declares a DTD").arg(fileName));
        if (token == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
            sheets.append(xml.attributes().value(u"name"_s).toString());
            const QStringView state = xml.attributes().value(u"state"_s);
            if (hidden && (state == u"hidden" || state == u"veryHidden"))
                hidden->append(sheets.last());
        }
    }
    if (xml.hasError())
        return inputError(PreviewTr::tr("%1: the workbook part is not valid XML").arg(fileName));
    return sheets;
}

} // namespace

Result<QStringList> listXlsxSheets(const QString &path)
{
    return readXlsxSheets(path, nullptr);
}

QStringList xlsxHiddenSheets(const QString &path)
{
    QStringList hidden;
    (void)readXlsxSheets(path, &hidden);
    return hidden;
}

} // namespace Lengkap
