#include "xmlscanner.h"

#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Lengkap;

// XmlScanner against hand-written documents (well formed and not), read whole and in pieces of
// every size from 1 byte up, so that every token also meets the end of the buffer; and against
// QXmlStreamReader on random mutations of a SpreadsheetML sheet: both must agree on whether a
// document is well formed and, when it is, on its elements and text.
namespace {

// What a document reads as: "<name a=v>", "</name>", "'text'" (decoded), or "ERROR".
QStringList scan(const QByteArray &document, qsizetype piece)
{
    qsizetype at = 0;
    XmlScanner scanner([&](char *data, qint64 max) -> qint64 {
        const qint64 n = std::min<qint64>({max, piece, document.size() - at});
        std::memcpy(data, document.constData() + at, size_t(n));
        at += n;
        return n;
    });
    QStringList out;
    QString text;
    auto flushText = [&] {
        if (!text.isEmpty())
            out.append(u"'"_s + text + u"'"_s);
        text.clear();
    };
    while (true) {
        const XmlScanner::Token token = scanner.next();
        if (token == XmlScanner::Invalid) {
            out.append(u"ERROR"_s);
            return out;
        }
        if (token == XmlScanner::EndDocument)
            break;
        if (token == XmlScanner::Text) {
            std::string decoded;
            if (!scanner.appendText(&decoded)) {
                out.append(u"ERROR"_s);
                return out;
            }
            text += QString::fromStdString(decoded);
            continue;
        }
        flushText();
        if (token == XmlScanner::StartElement) {
            QString element = u"<"_s + QString::fromUtf8(scanner.name());
            for (const char *name : {"r", "t", "s"}) {
                if (!scanner.attribute(name).isNull()) {
                    std::string value;
                    if (!scanner.appendAttribute(name, &value)) {
                        out.append(u"ERROR"_s);
                        return out;
                    }
                    element += u' ' + QString::fromLatin1(name) + u'='
                               + QString::fromStdString(value);
                }
            }
            out.append(element + u'>');
        } else {
            out.append(u"</"_s + QString::fromUtf8(scanner.name()) + u'>');
        }
    }
    flushText();
    return out;
}

// The same through QXmlStreamReader (local names, the same attributes, text joined).
QStringList reference(const QByteArray &document)
{
    QXmlStreamReader xml(document);
    QStringList out;
    QString text;
    auto flushText = [&] {
        if (!text.isEmpty())
            out.append(u"'"_s + text + u"'"_s);
        text.clear();
    };
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::DTD) {
            out.append(u"ERROR"_s);
            return out;
        }
        if (token == QXmlStreamReader::Characters) {
            // Text outside the root element is white space (or an error, caught above).
            if (!xml.isWhitespace() || !out.isEmpty())
                text += xml.text();
            continue;
        }
        if (token == QXmlStreamReader::StartElement) {
            flushText();
            QString element = u"<"_s + xml.name().toString();
            for (const QString &name : {u"r"_s, u"t"_s, u"s"_s}) {
                for (const QXmlStreamAttribute &a : xml.attributes()) {
                    if (a.name() == name) {
                        element += u' ' + name + u'=' + a.value().toString();
                        break;
                    }
                }
            }
            out.append(element + u'>');
        } else if (token == QXmlStreamReader::EndElement) {
            flushText();
            out.append(u"</"_s + xml.name().toString() + u'>');
        }
    }
    if (xml.hasError()) {
        out.append(u"ERROR"_s);
        return out;
    }
    flushText();
    // White space after the root element is not text.
    while (!out.isEmpty() && out.constLast().startsWith(u'\'')
           && out.constLast().mid(1).chopped(1).trimmed().isEmpty())
        out.removeLast();
    return out;
}

const QByteArray Sheet
    = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
      "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c>"
      "<x:c t='inlineStr' r='B1'><x:is><x:r><x:t>Dokter &amp; </x:t></x:r><x:r><x:t "
      "xml:space=\"preserve\">Gigi</x:t></x:r></x:is></x:c><x:c r=\"C1\"/></x:row>"
      "<!-- a comment --><x:row r=\"2\"><x:c r=\"A2\"><x:v>4.5</x:v></x:c></x:row>"
      "</x:sheetData></x:worksheet>\n";

} // namespace

class TestXmlScanner : public QObject
{
    Q_OBJECT

private slots:
    void documents_data();
    void documents();
    void inPieces();
    void mutationsAgreeWithQXmlStreamReader();
    void longTokenRefused();
};

void TestXmlScanner::documents_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("prefixes, attributes in any order, rich text runs")
        << Sheet
        << QStringList({u"<worksheet>"_s, u"<sheetData>"_s, u"<row r=1>"_s,
                        u"<c r=A1 t=s>"_s, u"<v>"_s, u"'0'"_s, u"</v>"_s, u"</c>"_s,
                        u"<c r=B1 t=inlineStr>"_s, u"<is>"_s, u"<r>"_s, u"<t>"_s,
                        u"'Dokter & '"_s, u"</t>"_s, u"</r>"_s, u"<r>"_s, u"<t>"_s, u"'Gigi'"_s,
                        u"</t>"_s, u"</r>"_s, u"</is>"_s, u"</c>"_s, u"<c r=C1>"_s, u"</c>"_s,
                        u"</row>"_s, u"<row r=2>"_s, u"<c r=A2>"_s, u"<v>"_s, u"'4.5'"_s,
                        u"</v>"_s, u"</c>"_s, u"</row>"_s, u"</sheetData>"_s,
                        u"</worksheet>"_s});
    QTest::newRow("entities and character references")
        << QByteArray("<a t=\"&lt;&#65;&#x42;&quot;\">&gt;&apos;&#233;&#x1F600;</a>")
        << QStringList({u"<a t=<AB\">"_s, u"'>'\u00e9\U0001F600'"_s, u"</a>"_s});
    QTest::newRow("CDATA keeps its text as written")
        << QByteArray("<a><![CDATA[x &amp; <y>]]></a>")
        << QStringList({u"<a>"_s, u"'x &amp; <y>'"_s, u"</a>"_s});
    QTest::newRow("CRLF in text reads as LF") << QByteArray("<a>1\r\n2\r3</a>")
                                               << QStringList({u"<a>"_s, u"'1\n2\n3'"_s,
                                                               u"</a>"_s});
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf<a/>") << QStringList({u"<a>"_s, u"</a>"_s});
    QTest::newRow("'>' inside an attribute value")
        << QByteArray("<a t=\"x>y\"/>") << QStringList({u"<a t=x>y>"_s, u"</a>"_s});
    const QStringList error = {u"ERROR"_s};
    QTest::newRow("DTD") << QByteArray("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>") << error;
    QTest::newRow("undefined entity") << QByteArray("<a>&e;</a>")
                                      << QStringList({u"<a>"_s, u"ERROR"_s});
    QTest::newRow("bare ampersand") << QByteArray("<a>x & y</a>")
                                    << QStringList({u"<a>"_s, u"ERROR"_s});
    QTest::newRow("character reference to NUL")
        << QByteArray("<a>&#0;</a>") << QStringList({u"<a>"_s, u"ERROR"_s});
    QTest::newRow("mismatched end tag") << QByteArray("<a><b></a></b>")
                                        << QStringList({u"<a>"_s, u"<b>"_s, u"ERROR"_s});
    QTest::newRow("prefix must match too") << QByteArray("<x:a></y:a>")
                                           << QStringList({u"<a>"_s, u"ERROR"_s});
    // Found by fuzz_xmlscanner: "<bookView:>" gave a start element with an empty name.
    QTest::newRow("prefix without a local name") << QByteArray("<a><x:></x:></a>")
                                                 << QStringList({u"<a>"_s, u"ERROR"_s});
    QTest::newRow("prefix without a local name, empty element") << QByteArray("<a><x:/></a>")
                                                                << QStringList({u"<a>"_s, u"ERROR"_s});
    QTest::newRow("unclosed element") << QByteArray("<a><b></b>")
                                      << QStringList({u"<a>"_s, u"<b>"_s, u"</b>"_s, u"ERROR"_s});
    QTest::newRow("unquoted attribute") << QByteArray("<a t=1/>") << error;
    QTest::newRow("attributes run together") << QByteArray("<a r=\"1\"t=\"2\"/>") << error;
    QTest::newRow("'<' in an attribute") << QByteArray("<a t=\"<\"/>") << error;
    QTest::newRow("text before the root") << QByteArray("x<a/>") << error;
    QTest::newRow("two roots") << QByteArray("<a/><b/>")
                               << QStringList({u"<a>"_s, u"</a>"_s, u"ERROR"_s});
    QTest::newRow("invalid UTF-8 in text")
        << QByteArray("<a>\xc3\x28</a>") << QStringList({u"<a>"_s, u"ERROR"_s});
    QTest::newRow("overlong UTF-8") << QByteArray("<a>\xc0\xaf</a>")
                                    << QStringList({u"<a>"_s, u"ERROR"_s});
    QTest::newRow("UTF-16") << QByteArray("\xff\xfe<\0a\0/\0>\0", 10) << error;
    QTest::newRow("declared in another encoding")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>") << error;
    QTest::newRow("empty document") << QByteArray() << error;
    QTest::newRow("control character in text")
        << QByteArray("<a>\x01</a>") << QStringList({u"<a>"_s, u"ERROR"_s});
}

void TestXmlScanner::documents()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, expected);
    QCOMPARE(scan(document, 1 << 20), expected);
}

// The sheet reads the same in pieces of any size: every token meets the buffer's end.
void TestXmlScanner::inPieces()
{
    const QByteArray document = Sheet;
    const QStringList whole = scan(document, 1 << 20);
    for (qsizetype piece = 1; piece < 64; ++piece)
        QCOMPARE(scan(document, piece), whole);
}

// Random byte mutations of a sheet: wherever QXmlStreamReader (a full XML 1.0 parser) reads
// a document without error, the scanner reads the same elements and text; where the scanner
// reads one, QXmlStreamReader does too. Seeded, so a failure repeats.
void TestXmlScanner::mutationsAgreeWithQXmlStreamReader()
{
    QCOMPARE(reference(Sheet), scan(Sheet, 1 << 20));
    QRandomGenerator random(20261129);
    const QByteArray alphabet("<>/=\"'&;#x:! ?[]-ab\r\n\xc3\xa9\x01");
    int agreedValid = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray document = Sheet;
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = qsizetype(random.bounded(quint32(document.size())));
            const char c = alphabet.at(qsizetype(random.bounded(quint32(alphabet.size()))));
            switch (random.bounded(3)) {
            case 0:
                document[at] = c;
                break;
            case 1:
                document.insert(at, c);
                break;
            default:
                document.remove(at, 1);
                break;
            }
        }
        const QStringList mine = scan(document, 1 + qsizetype(random.bounded(40)));
        const QStringList theirs = reference(document);
        const bool mineOk = !mine.contains(u"ERROR"_s);
        const bool theirsOk = !theirs.contains(u"ERROR"_s);
        // The scanner does not check what it does not read: names' characters, duplicate
        // attributes, the syntax of comments and of the declaration. It may accept a
        // document QXmlStreamReader refuses, but never read one differently, and never refuse
        // one QXmlStreamReader accepts.
        // Only UTF-8 is read: a damaged encoding name is refused (QXmlStreamReader guesses).
        const bool declaredUtf8 = document.startsWith(Sheet.left(Sheet.indexOf("?>") + 2));
        if (theirsOk && declaredUtf8) {
            QVERIFY2(mineOk, qPrintable(QString::fromUtf8(document)));
            QCOMPARE(mine, theirs);
            ++agreedValid;
        } else if (mineOk) {
            QVERIFY2(mine.size() > 0, qPrintable(QString::fromUtf8(document)));
        }
    }
    QVERIFY2(agreedValid > 100, qPrintable(QString::number(agreedValid)));
}

void TestXmlScanner::longTokenRefused()
{
    // 20 MB of text without a '<' is not buffered to the end.
    qint64 given = 0;
    XmlScanner scanner([&](char *data, qint64 max) -> qint64 {
        if (given == 0) {
            std::memcpy(data, "<a>", 3);
            given = 3;
            return 3;
        }
        if (given > 20 * 1024 * 1024)
            return 0;
        const qint64 n = std::min<qint64>(max, 64 * 1024);
        std::memset(data, 'x', size_t(n));
        given += n;
        return n;
    });
    QCOMPARE(scanner.next(), XmlScanner::StartElement);
    QCOMPARE(scanner.next(), XmlScanner::Invalid);
    QVERIFY2(scanner.error().contains(u"MB"_s), qPrintable(scanner.error()));
}

QTEST_GUILESS_MAIN(TestXmlScanner)
#include "tst_xmlscanner.moc"
