#include "pdfoutline.h"

#include "reportwriter.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

Error outlineError(const QString &path)
{
    return inputError(ReportWriter::tr("Cannot add bookmarks to %1.").arg(path));
}

// <FEFF...>: a PDF text string in UTF-16BE, for titles with any characters.
QByteArray pdfText(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

struct PdfFile
{
    QFile file;
    qint64 startxref = 0;
    int size = 0;
    int root = 0;
    int info = 0;
    qint64 xrefEntries = 0; // offset of the first entry of the "0 N" subsection

    QByteArray readAt(qint64 offset, qint64 length)
    {
        file.seek(offset);
        return file.read(length);
    }
    // The text of object `number` up to its "endobj".
    QByteArray object(int number)
    {
        if (number <= 0 || number >= size)
            return {};
        const QByteArray entry = readAt(xrefEntries + 20 * qint64(number), 20);
        const qint64 offset = entry.left(10).toLongLong();
        if (offset <= 0)
            return {};
        QByteArray text;
        for (qint64 at = offset; text.size() < (1 << 22); at += 65536) {
            text += readAt(at, 65536);
            const qsizetype end = text.indexOf("endobj");
            if (end >= 0)
                return text.left(end);
            if (file.atEnd())
                break;
        }
        return {};
    }
};

int refAfter(const QByteArray &text, const char *key)
{
    const QRegularExpression re(QString::fromLatin1(key) + u"\\s+(\\d+)\\s+0\\s+R"_s);
    return re.match(QString::fromLatin1(text)).captured(1).toInt();
}

} // namespace

Result<void> appendPdfOutline(const QString &path, const QList<PdfOutlineItem> &items)
{
    if (items.isEmpty())
        return {};
    PdfFile pdf;
    pdf.file.setFileName(path);
    if (!pdf.file.open(QIODevice::ReadWrite))
        return outlineError(path);

    // Trailer and xref position, from the tail.
    const qint64 fileSize = pdf.file.size();
    const QByteArray tail = pdf.readAt(std::max<qint64>(0, fileSize - 4096), 4096);
    const qsizetype startxrefAt = tail.lastIndexOf("startxref");
    const qsizetype trailerAt = tail.lastIndexOf("trailer");
    if (startxrefAt < 0 || trailerAt < 0)
        return outlineError(path);
    pdf.startxref = tail.mid(startxrefAt + 9).trimmed().split('\n').value(0).trimmed().toLongLong();
    const QByteArray trailer = tail.mid(trailerAt, startxrefAt - trailerAt);
    pdf.size = QRegularExpression(u"/Size\\s+(\\d+)"_s)
                   .match(QString::fromLatin1(trailer))
                   .captured(1)
                   .toInt();
    pdf.root = refAfter(trailer, "/Root");
    pdf.info = refAfter(trailer, "/Info");
    const QByteArray xref = pdf.readAt(pdf.startxref, 64);
    const QRegularExpressionMatch head
        = QRegularExpression(u"^xref\\s*\\n0 (\\d+)\\s*\\n"_s).match(QString::fromLatin1(xref));
    if (pdf.size <= 0 || pdf.root <= 0 || !head.hasMatch() || head.captured(1).toInt() != pdf.size)
        return outlineError(path);
    pdf.xrefEntries = pdf.startxref + head.capturedLength(0);

    // Catalog and the (flat) page tree.
    QByteArray catalog = pdf.object(pdf.root);
    const int pagesObject = refAfter(catalog, "/Pages");
    const QByteArray pages = pdf.object(pagesObject);
    const qsizetype kidsAt = pages.indexOf("/Kids");
    if (catalog.isEmpty() || kidsAt < 0)
        return outlineError(path);
    const QByteArray kids = pages.mid(kidsAt, pages.indexOf(']', kidsAt) - kidsAt);
    QList<int> pageRefs;
    const QRegularExpression ref(u"(\\d+)\\s+0\\s+R"_s);
    for (auto it = ref.globalMatch(QString::fromLatin1(kids)); it.hasNext();)
        pageRefs.append(it.next().captured(1).toInt());
    if (pageRefs.isEmpty())
        return outlineError(path);

    // Number the outline: root, then items depth first.
    int next = pdf.size;
    const int outlineRoot = next++;
    struct Node
    {
        const PdfOutlineItem *item;
        int number;
        int parent;
        QList<int> children; // indexes into nodes
    };
    QList<Node> nodes;
    QList<int> top;
    for (const PdfOutlineItem &item : items) {
        top.append(int(nodes.size()));
        nodes.append({&item, next++, outlineRoot, {}});
        const int parentIndex = int(nodes.size()) - 1;
        for (const PdfOutlineItem &child : item.children) {
            nodes[parentIndex].children.append(int(nodes.size()));
            nodes.append({&child, next++, nodes[parentIndex].number, {}});
        }
    }

    QByteArray update = "\n";
    QHash<int, qint64> offsets;
    const qint64 base = fileSize;
    const auto add = [&](int number, const QByteArray &body) {
        offsets.insert(number, base + update.size());
        update += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    // New catalog: the old one plus the outline, opened with the bookmarks pane.
    const qsizetype dictStart = catalog.indexOf("<<");
    const qsizetype dictEnd = catalog.lastIndexOf(">>");
    if (dictStart < 0 || dictEnd < 0)
        return outlineError(path);
    add(pdf.root, catalog.mid(dictStart, dictEnd - dictStart) + "/Outlines "
                      + QByteArray::number(outlineRoot) + " 0 R\n/PageMode /UseOutlines\n>>");
    add(outlineRoot, "<<\n/Type /Outlines\n/First "
                         + QByteArray::number(nodes.at(top.first()).number) + " 0 R\n/Last "
                         + QByteArray::number(nodes.at(top.last()).number) + " 0 R\n/Count "
                         + QByteArray::number(top.size()) + "\n>>");
    const auto siblings = [&](const QList<int> &list) {
        for (int i = 0; i < list.size(); ++i) {
            const Node &node = nodes.at(list.at(i));
            const int page = std::clamp(node.item->page, 1, int(pageRefs.size()));
            QByteArray body = "<<\n/Title " + pdfText(node.item->title) + "\n/Parent "
                              + QByteArray::number(node.parent) + " 0 R\n/Dest ["
                              + QByteArray::number(pageRefs.at(page - 1))
                              + " 0 R /XYZ null null null]\n";
            if (i > 0)
                body += "/Prev " + QByteArray::number(nodes.at(list.at(i - 1)).number) + " 0 R\n";
            if (i + 1 < list.size())
                body += "/Next " + QByteArray::number(nodes.at(list.at(i + 1)).number) + " 0 R\n";
            if (!node.children.isEmpty()) {
                body += "/First " + QByteArray::number(nodes.at(node.children.first()).number)
                        + " 0 R\n/Last " + QByteArray::number(nodes.at(node.children.last()).number)
                        + " 0 R\n/Count -" + QByteArray::number(node.children.size())
                        + "\n"; // closed
            }
            add(node.number, body + ">>");
        }
    };
    siblings(top);
    for (const int t : std::as_const(top))
        siblings(nodes.at(t).children);

    // Cross-reference section for the changed catalog and the new objects, then the trailer.
    const qint64 xrefOffset = base + update.size();
    const auto entry = [](qint64 offset) {
        return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    };
    update += "xref\n" + QByteArray::number(pdf.root) + " 1\n" + entry(offsets.value(pdf.root));
    update += QByteArray::number(pdf.size) + ' ' + QByteArray::number(next - pdf.size) + '\n';
    for (int n = pdf.size; n < next; ++n)
        update += entry(offsets.value(n));
    update += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root "
              + QByteArray::number(pdf.root) + " 0 R\n";
    if (pdf.info > 0)
        update += "/Info " + QByteArray::number(pdf.info) + " 0 R\n";
    update += "/Prev " + QByteArray::number(pdf.startxref) + "\n>>\nstartxref\n"
              + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf.file.seek(fileSize);
    if (pdf.file.write(update) != update.size() || !pdf.file.flush())
        return outlineError(path);
    return {};
}

} // namespace Lengkap
