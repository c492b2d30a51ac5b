// Tests model/io/csvreader.cpp: every dialect of DOMAIN.md §5 gives the same records with the same
// physical line numbers; broken files are refused with "file:line:".
#include "csvreader.h"
#include "readers.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

using Records = QList<QStringList>;

namespace {

struct Dialect
{
    char delimiter = ',';
    QByteArray eol = "\n";
    bool bom = false;
    bool cp1252 = false;
    bool sepLine = false;
};

} // namespace

Q_DECLARE_METATYPE(Dialect)

namespace {

QByteArray quoteIfNeeded(const QString &field, char delimiter)
{
    QByteArray bytes = field.toUtf8();
    if (bytes.contains(delimiter) || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

// Writes records in a dialect. Line breaks inside quoted cells follow the dialect's line end.
QByteArray encode(const Records &records, const Dialect &dialect)
{
    QByteArray out;
    if (dialect.bom)
        out += "\xEF\xBB\xBF";
    if (dialect.sepLine)
        out += "sep=" + QByteArray(1, dialect.delimiter) + dialect.eol;
    for (const QStringList &record : records) {
        QByteArrayList cells;
        for (const QString &field : record)
            cells << quoteIfNeeded(field, dialect.delimiter);
        QByteArray line = cells.join(dialect.delimiter);
        line.replace("\n", dialect.eol);
        out += line + dialect.eol;
    }
    if (dialect.cp1252) {
        const QString text = QString::fromUtf8(out);
        out.clear();
        for (QChar c : text) {
            Q_ASSERT(c.unicode() < 0x100);
            out += char(c.unicode());
        }
    }
    return out;
}

// The content every dialect must read back: a name with é, a delimiter of each kind inside a
// cell, a quoted quote and a cell over two lines (so the next record starts on line +2).
Records content()
{
    return {
        {u"provinsi"_s, u"kabupaten_kota"_s, u"nama_puskesmas"_s, u"catatan"_s},
        {u"Banten"_s, u"Lebak"_s, u"Café Séla"_s, u"satu, dua; tiga\tempat"_s},
        {u"Banten"_s, u"Lebak"_s, u"Puskesmas \"Baru\"\nCibadak"_s, u""_s},
        {u"Banten"_s, u"Kota Serang"_s, u"Serang Kota"_s, u"akhir"_s},
    };
}

struct ReadBack
{
    Records records;
    QList<int> lines;
    QString encoding;
    QString delimiter;
    QString error;
};

ReadBack readAll(const QString &path)
{
    ReadBack back;
    Result<std::unique_ptr<RecordSource>> source = openCsv(path);
    if (!source) {
        back.error = source.error().message;
        return back;
    }
    RecordSource &s = **source;
    while (s.next()) {
        QStringList record;
        for (int i = 0; i < s.fieldCount(); ++i)
            record << s.text(i);
        back.records << record;
        back.lines << s.line();
    }
    if (s.error())
        back.error = s.error()->message;
    back.encoding = s.encodingName();
    back.delimiter = s.delimiterName();
    return back;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void dialects_data();
    void dialects();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void lateWindows1252Cell();
    void longRecordAcrossChunks();
    void stopsReadingEarly();
    void rawCells();
    void hashOfFile_data();
    void hashOfFile();
    void broken_data();
    void broken();

private:
    QTemporaryDir m_dir;
};

void TestCsvReader::dialects_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("firstLine");

    QTest::newRow("UTF-8, comma, LF") << Dialect {',', "\n"} << u"UTF-8"_s << u","_s << 1;
    QTest::newRow("UTF-8 with BOM, comma, CRLF")
        << Dialect {',', "\r\n", true} << u"UTF-8 (BOM)"_s << u","_s << 1;
    QTest::newRow("UTF-8, semicolon, CR") << Dialect {';', "\r"} << u"UTF-8"_s << u";"_s << 1;
    QTest::newRow("windows-1252, semicolon, CRLF")
        << Dialect {';', "\r\n", false, true} << u"windows-1252"_s << u";"_s << 1;
    QTest::newRow("windows-1252, comma, CR")
        << Dialect {',', "\r", false, true} << u"windows-1252"_s << u","_s << 1;
    QTest::newRow("UTF-8, tab, LF") << Dialect {'\t', "\n"} << u"UTF-8"_s << u"tab"_s << 1;
    QTest::newRow("Excel sep=; line, windows-1252, CRLF")
        << Dialect {';', "\r\n", false, true, true} << u"windows-1252"_s << u";"_s << 2;
    QTest::newRow("sep=, line with BOM, LF")
        << Dialect {',', "\n", true, false, true} << u"UTF-8 (BOM)"_s << u","_s << 2;
    QTest::newRow("sep=tab line, CRLF")
        << Dialect {'\t', "\r\n", false, false, true} << u"UTF-8"_s << u"tab"_s << 2;
}

void TestCsvReader::dialects()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(int, firstLine);
    const QString path = writeFile(m_dir, u"dialect.csv"_s, encode(content(), dialect));
    const ReadBack back = readAll(path);
    QCOMPARE(back.error, QString());
    QCOMPARE(back.encoding, encoding);
    QCOMPARE(back.delimiter, delimiter);
    QCOMPARE(back.records, content());
    // The record after the two-line cell starts two lines later.
    const QList<int> lines = {firstLine, firstLine + 1, firstLine + 2, firstLine + 4};
    QCOMPARE(back.lines, lines);
}

void TestCsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::addColumn<int>("noteLength"); // the longest note; the others are shorter by up to 37
    QTest::newRow("LF") << QByteArray("\n") << 37;
    QTest::newRow("CRLF") << QByteArray("\r\n") << 37;
    QTest::newRow("CR") << QByteArray("\r") << 37;
    // Records of 5-40 KB: a chunk's start cuts one, whose unread part is sometimes smaller than
    // the room kept before a chunk (16 KB: the chunk becomes the buffer) and sometimes larger
    // (copied).
    QTest::newRow("LF, records of 5-40 KB") << QByteArray("\n") << 40000;
    QTest::newRow("CRLF, records of 5-40 KB") << QByteArray("\r\n") << 40000;
}

// Records of odd lengths, some quoted over two lines, across several 1 MB chunks: every record
// and line number must survive the refills.
void TestCsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, eol);
    QFETCH(int, noteLength);
    Records records;
    records << QStringList {u"id"_s, u"nama"_s, u"catatan"_s};
    const int count = noteLength > 1000 ? 200 : 100000;
    for (int i = 0; i < count; ++i) {
        QString note = QString(u'x').repeated(noteLength > 1000 ? noteLength - (i * 7919) % 35000
                                                                : 1 + i % noteLength);
        if (i % 7 == 0)
            note += u"\nbaris kedua, \"kutip\""_s;
        records << QStringList {QString::number(i), u"Puskesmas %1"_s.arg(i), note};
    }
    Dialect dialect;
    dialect.eol = eol;
    const QByteArray bytes = encode(records, dialect);
    QVERIFY(bytes.size() > 3 * 1024 * 1024);
    const QString path = writeFile(m_dir, u"chunks.csv"_s, bytes);
    const ReadBack back = readAll(path);
    QCOMPARE(back.error, QString());
    QCOMPARE(back.records.size(), records.size());
    int line = 1;
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(back.records.at(i), records.at(i));
        QCOMPARE(back.lines.at(i), line);
        line += 1 + int(records.at(i).value(2).count(u'\n'));
    }
}

// The encoding is decided on the first chunk; a later cell that is not valid UTF-8 is read as
// windows-1252 instead of failing.
void TestCsvReader::lateWindows1252Cell()
{
    QByteArray bytes = "id,nama\n";
    for (int i = 0; bytes.size() < 2 * 1024 * 1024; ++i)
        bytes += QByteArray::number(i) + ",Puskesmas S\xC3\xA9la\n";
    bytes += "last,Caf\xE9\n";
    const QString path = writeFile(m_dir, u"late.csv"_s, bytes);
    const ReadBack back = readAll(path);
    QCOMPARE(back.error, QString());
    QCOMPARE(back.encoding, u"UTF-8"_s);
    QCOMPARE(back.records.at(1).at(1), u"Puskesmas Séla"_s);
    QCOMPARE(back.records.constLast(), (QStringList {u"last"_s, u"Café"_s}));
}

// A quoted cell of 3.5 MB spans several read-ahead chunks: the record grows until it closes, and
// the records after it keep their line numbers.
void TestCsvReader::longRecordAcrossChunks()
{
    QByteArray bytes = "id,catatan\n1,\"";
    for (int i = 0; bytes.size() < 3 * 1024 * 1024 + 512 * 1024; ++i)
        bytes += "baris " + QByteArray::number(i) + " \"\"kutip\"\"\n";
    bytes += "\"\n2,akhir\n";
    const QString path = writeFile(m_dir, u"long.csv"_s, bytes);
    const ReadBack back = readAll(path);
    QCOMPARE(back.error, QString());
    QCOMPARE(back.records.size(), 3);
    QVERIFY(back.records.at(1).at(1).size() > 3 * 1024 * 1024);
    QVERIFY(back.records.at(1).at(1).startsWith(u"baris 0 \"kutip\""_s));
    QCOMPARE(back.records.at(2), (QStringList {u"2"_s, u"akhir"_s}));
    QCOMPARE(back.lines.at(2), 2 + int(bytes.count('\n')) - 2);
}

// A reader dropped after a few records (the import window's preview, a cancelled check) stops
// its read-ahead thread at once, wherever it is.
void TestCsvReader::stopsReadingEarly()
{
    QByteArray bytes = "id,nama\n";
    for (int i = 0; bytes.size() < 12 * 1024 * 1024; ++i)
        bytes += QByteArray::number(i) + ",Puskesmas " + QByteArray::number(i) + "\n";
    const QString path = writeFile(m_dir, u"big.csv"_s, bytes);
    for (int records : {0, 1, 20, 100000}) {
        Result<std::unique_ptr<CsvReader>> reader = CsvReader::open(path);
        QVERIFY(reader);
        for (int i = 0; i < records; ++i)
            QVERIFY((*reader)->next());
        QCOMPARE((*reader)->line(), records);
        // The digest exists only for a file read to its end.
        QCOMPARE((*reader)->sha256Hex(), QString());
    }
}

void TestCsvReader::rawCells()
{
    const QString path
        = writeFile(m_dir, u"raw.csv"_s, "a, \"b \"\"c\"\" \" ,\r\n,,\r\n 7 ,x\"y\r\n");
    Result<std::unique_ptr<RecordSource>> source = openCsv(path);
    QVERIFY(source);
    RecordSource &s = **source;
    QVERIFY(s.next());
    QCOMPARE(s.fieldCount(), 3);
    QCOMPARE(s.utf8(0), QByteArrayView("a"));
    QCOMPARE(s.utf8(1),
             QByteArrayView(" \"b \"\"c\"\" \" ")); // quote not at the cell start: literal
    QCOMPARE(s.utf8(2), QByteArrayView(""));
    QCOMPARE(s.utf8(9), QByteArrayView(""));
    QVERIFY(!s.isBlankRecord());
    QVERIFY(s.next());
    QCOMPARE(s.line(), 2);
    QVERIFY(s.isBlankRecord());
    QVERIFY(s.next());
    QCOMPARE(s.utf8(0), QByteArrayView(" 7 "));
    QCOMPARE(s.text(0), u"7"_s);
    QCOMPARE(s.text(1), u"x\"y"_s);
    QVERIFY(!s.next());
    QVERIFY(!s.error());

    const QString quoted = writeFile(m_dir, u"quoted.csv"_s, "\"b \"\"c\"\"\",\"\"\n");
    Result<std::unique_ptr<RecordSource>> q = openCsv(quoted);
    QVERIFY(q);
    QVERIFY((*q)->next());
    QCOMPARE((*q)->utf8(0), QByteArrayView("b \"c\""));
    QCOMPARE((*q)->utf8(1), QByteArrayView(""));
    QCOMPARE((*q)->fieldCount(), 2);
}

void TestCsvReader::hashOfFile_data()
{
    QTest::addColumn<int>("size");
    // Around the 64-byte block and its 56-byte padding limit, and across 1 MB chunks.
    for (int size : {1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, (1 << 20) - 1, (1 << 20) + 7,
                     3 * (1 << 20) + 100})
        QTest::newRow(qPrintable(u"%1 bytes"_s.arg(size))) << size;
}

void TestCsvReader::hashOfFile()
{
    QFETCH(int, size);
    QByteArray bytes;
    for (int i = 0; bytes.size() < size; ++i)
        bytes += "52,52.03,PUSKESMAS " + QByteArray::number(i) + ",1,2,3\r\n";
    bytes.truncate(size);
    const QString path = writeFile(m_dir, u"hash.csv"_s, bytes);
    Result<std::unique_ptr<CsvReader>> reader = CsvReader::open(path);
    QVERIFY(reader);
    int records = 0;
    while ((*reader)->next())
        ++records;
    QVERIFY(!(*reader)->error());
    QCOMPARE(records, int(bytes.count('\n') + (bytes.endsWith('\n') ? 0 : 1)));
    QCOMPARE((*reader)->position(), qint64(bytes.size()));
    QCOMPARE(
        (*reader)->sha256Hex(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

void TestCsvReader::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty file") << u"empty.csv"_s << u"empty.csv:1: "_s << u"empty"_s;
    QTest::newRow("only blank lines")
        << u"blank_lines.csv"_s << u"blank_lines.csv:1: "_s << u"empty"_s;
    QTest::newRow("binary file") << u"binary.csv"_s << u"binary.csv:3: "_s << u"not a text file"_s;
    QTest::newRow("UTF-16 with BOM") << u"utf16_bom.csv"_s << u"utf16_bom.csv:1: "_s << u"UTF-16"_s;
    QTest::newRow("UTF-16 without BOM")
        << u"utf16_no_bom.csv"_s << u"utf16_no_bom.csv:1: "_s << u"save it as UTF-8"_s;
    QTest::newRow("unterminated quote")
        << u"unterminated_quote.csv"_s << u"unterminated_quote.csv:3: "_s
        << u"unterminated quote"_s;
    QTest::newRow("missing file") << u"no_such_file.csv"_s << u"no_such_file.csv:1: "_s
                                  << u"cannot open"_s;
}

void TestCsvReader::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, prefix);
    QFETCH(QString, fragment);
    const ReadBack back = readAll(QStringLiteral(LENGKAP_TEST_DATA "/broken/csv/") + file);
    QVERIFY2(back.error.startsWith(prefix), qPrintable(back.error));
    QVERIFY2(back.error.contains(fragment), qPrintable(back.error));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
