#include "nakestypes.h"
#include "readers.h"
#include "wilayah.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

const QString SeedPath = QStringLiteral(LENGKAP_TEST_DATA "/seeds/001_35240db93ad70f41.txt");
const QString PasteDir = QStringLiteral(LENGKAP_TEST_DATA "/paste/");
const QString BrokenDir = QStringLiteral(LENGKAP_TEST_DATA "/broken/paste/");

// The lead's transcription of the seed table (resources/data/lombok_timur.csv).
struct Expected
{
    QString name;
    QString kategori;
    QList<int> asn;
    QList<int> nonAsn;
};

QList<Expected> transcription()
{
    QFile file(QStringLiteral(LENGKAP_SOURCE_DIR "/resources/data/lombok_timur.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Expected> rows;
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
    while (!file.atEnd()) {
        const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (cells.size() != header.size())
            continue;
        Expected row;
        row.name = cells.at(header.indexOf(u"nama_puskesmas"_s));
        row.kategori = cells.at(header.indexOf(u"kategori"_s));
        for (const NakesType &type : NakesTypes::all()) {
            row.asn.append(cells.at(header.indexOf(type.key + u"_asn"_s)).toInt());
            row.nonAsn.append(cells.at(header.indexOf(type.key + u"_non_asn"_s)).toInt());
        }
        rows.append(row);
    }
    return rows;
}

// DOMAIN.md §3: complete when every type has at least one worker under the status.
int completeCount(const ImportBatch &batch, bool asnOnly)
{
    int complete = 0;
    for (const PuskesmasCounts &p : batch.puskesmas) {
        bool all = true;
        for (int t = 0; t < NakesTypes::count(); ++t)
            all = all && (p.asn.at(t) + (asnOnly ? 0 : p.nonAsn.at(t))) >= 1;
        complete += all ? 1 : 0;
    }
    return complete;
}

int emptyCells(const ImportBatch &batch, bool asnOnly)
{
    int empty = 0;
    for (const PuskesmasCounts &p : batch.puskesmas) {
        for (int t = 0; t < NakesTypes::count(); ++t)
            empty += (p.asn.at(t) + (asnOnly ? 0 : p.nonAsn.at(t))) == 0 ? 1 : 0;
    }
    return empty;
}

QString lombokTimur()
{
    const Result<QString> code = Wilayah::instance().matchDistrict(u"Lombok Timur"_s);
    return code.ok() ? *code : QString();
}

} // namespace

class TestPasteReader : public QObject
{
    Q_OBJECT

private slots:
    void seedMatchesTranscription_data();
    void seedMatchesTranscription();
    void seedFigures_data();
    void seedFigures();
    void seedAmbiguousRows();
    void chosenSplits_data();
    void chosenSplits();
    void singleAmbiguousRowUsesTypicalValues();
    void namesKeepCapitals();
    void provinceRestriction();
    void titleLessTabbedCopy();
    void broken_data();
    void broken();
};

void TestPasteReader::seedMatchesTranscription_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("seed as it is (glued numbers)") << SeedPath << QString();
    QTest::newRow("tabs with kabupaten column")
        << PasteDir + u"lombok_timur_tabs.txt"_s << u"tab"_s;
    QTest::newRow("tabs without kabupaten column, CRLF")
        << PasteDir + u"lombok_timur_tabs_no_district.txt"_s << u"tab"_s;
    QTest::newRow("glued without kabupaten column, CR line ends")
        << PasteDir + u"lombok_timur_glued_no_district_cr.txt"_s << QString();
    QTest::newRow("tabs between text cells, numbers glued")
        << PasteDir + u"lombok_timur_tabs_glued_numbers.txt"_s << u"tab"_s;
}

void TestPasteReader::seedMatchesTranscription()
{
    QFETCH(QString, path);
    QFETCH(QString, delimiter);
    const Result<ImportBatch> batch = readPaste(path, {});
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
    const QList<Expected> expected = transcription();
    QCOMPARE(expected.size(), 35);
    QCOMPARE(batch->puskesmas.size(), expected.size());
    QCOMPARE(batch->format, u"paste"_s);
    QCOMPARE(batch->report.delimiter, delimiter);
    QCOMPARE(batch->report.recordsRead, 35);
    QCOMPARE(batch->sha256.size(), 64);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const PuskesmasCounts &got = batch->puskesmas.at(i);
        const Expected &want = expected.at(i);
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.kategori, want.kategori);
        QCOMPARE(got.districtCode, lombokTimur());
        QCOMPARE(got.asn, want.asn);
        QCOMPARE(got.nonAsn, want.nonAsn);
        QVERIFY(got.code.isEmpty());
        QVERIFY(got.line > 1);
    }
}

void TestPasteReader::seedFigures_data()
{
    QTest::addColumn<bool>("asnOnly");
    QTest::addColumn<int>("complete");
    QTest::addColumn<int>("shortage");
    QTest::newRow("ASN + Non-ASN: 27 of 35 complete, 8 empty cells") << false << 27 << 8;
    QTest::newRow("ASN only: 13 complete, 22 empty cells") << true << 13 << 22;
}

void TestPasteReader::seedFigures()
{
    QFETCH(bool, asnOnly);
    QFETCH(int, complete);
    QFETCH(int, shortage);
    const Result<ImportBatch> batch = readPaste(SeedPath, {});
    QVERIFY(batch.ok());
    QCOMPARE(batch->puskesmas.size(), 35);
    QCOMPARE(completeCount(*batch, asnOnly), complete);
    QCOMPARE(emptyCells(*batch, asnOnly), shortage);
}

void TestPasteReader::seedAmbiguousRows()
{
    const Result<ImportBatch> batch = readPaste(SeedPath, {});
    QVERIFY(batch.ok());
    const QList<ImportWarning> &warnings = batch->report.warnings;
    QCOMPARE(warnings.size(), 2);
    // KORLEKO is on line 43 of the seed, SURALAGA on line 57.
    QCOMPARE(warnings.at(0).line, 43);
    QVERIFY2(warnings.at(0).message.startsWith(u"001_35240db93ad70f41.txt:43: KORLEKO:"_s),
             qPrintable(warnings.at(0).message));
    QCOMPARE(warnings.at(1).line, 57);
    QVERIFY2(warnings.at(1).message.startsWith(u"001_35240db93ad70f41.txt:57: SURALAGA:"_s),
             qPrintable(warnings.at(1).message));
    // The alternatives name the types that differ, with both readings.
    const QString midwife = NakesTypes::at(NakesTypes::indexOf(u"bidan")).label();
    const QString promotion = NakesTypes::at(NakesTypes::indexOf(u"promkes")).label();
    QVERIFY(warnings.at(0).message.contains(midwife + u" 10+11"_s));
    QVERIFY(warnings.at(0).message.contains(promotion + u" 1+2"_s));
    QVERIFY(warnings.at(0).message.contains(midwife + u" 1+0"_s));
    QVERIFY(warnings.at(0).message.contains(promotion + u" 12+11"_s));
    const QString dentist = NakesTypes::at(NakesTypes::indexOf(u"dokter_gigi")).label();
    const QString nurse = NakesTypes::at(NakesTypes::indexOf(u"perawat")).label();
    QVERIFY(warnings.at(1).message.contains(dentist + u" 1+0"_s));
    QVERIFY(warnings.at(1).message.contains(nurse + u" 12+12"_s));
    QVERIFY(warnings.at(1).message.contains(dentist + u" 10+11"_s));
    QVERIFY(warnings.at(1).message.contains(nurse + u" 2+2"_s));
    // Types that agree in every reading are not listed.
    const QString physician = NakesTypes::at(NakesTypes::indexOf(u"dokter")).label();
    QVERIFY(!warnings.at(0).message.contains(physician + u' '));
}

void TestPasteReader::chosenSplits_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("asn");
    QTest::addColumn<int>("nonAsn");
    QTest::newRow("KORLEKO midwives 10 + 11, not 1 + 0") << u"KORLEKO"_s << u"bidan"_s << 10 << 11;
    QTest::newRow("KORLEKO health promotion 1 + 2, not 12 + 11")
        << u"KORLEKO"_s << u"promkes"_s << 1 << 2;
    QTest::newRow("SURALAGA dentists 1 + 0, not 10 + 11")
        << u"SURALAGA"_s << u"dokter_gigi"_s << 1 << 0;
    QTest::newRow("SURALAGA nurses 12 + 12, not 2 + 2")
        << u"SURALAGA"_s << u"perawat"_s << 12 << 12;
}

void TestPasteReader::chosenSplits()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(int, asn);
    QFETCH(int, nonAsn);
    const Result<ImportBatch> batch = readPaste(SeedPath, {});
    QVERIFY(batch.ok());
    const int t = NakesTypes::indexOf(type);
    bool found = false;
    for (const PuskesmasCounts &p : batch->puskesmas) {
        if (p.name != name)
            continue;
        found = true;
        QCOMPARE(p.asn.at(t), asn);
        QCOMPARE(p.nonAsn.at(t), nonAsn);
    }
    QVERIFY(found);
}

void TestPasteReader::singleAmbiguousRowUsesTypicalValues()
{
    // With fewer than 3 unambiguous rows there are no medians to take: the typical counts of
    // a Puskesmas decide, and they choose the same reading as the district's medians do.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"korleko.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Kelengkapan 9 Jenis Nakes di LOMBOK TIMUR NUSA TENGGARA BARAT\n"
               "LOMBOK TIMURKORLEKO20200072027101121123404235213134\n");
    file.close();
    const Result<ImportBatch> batch = readPaste(path, {});
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
    QCOMPARE(batch->puskesmas.size(), 1);
    QCOMPARE(batch->puskesmas.first().name, u"KORLEKO"_s);
    QCOMPARE(batch->puskesmas.first().asn.at(NakesTypes::indexOf(u"bidan")), 10);
    QCOMPARE(batch->puskesmas.first().nonAsn.at(NakesTypes::indexOf(u"promkes")), 2);
    QCOMPARE(batch->report.warnings.size(), 1);
    QCOMPARE(batch->report.warnings.first().line, 2);
}

void TestPasteReader::namesKeepCapitals()
{
    const Result<ImportBatch> batch = readPaste(SeedPath, {});
    QVERIFY(batch.ok());
    QCOMPARE(batch->puskesmas.at(0).name, u"KERUAK"_s);
    // Identity matching is done later on the key: the web's capitals meet other spellings.
    QCOMPARE(puskesmasNameKey(batch->puskesmas.at(0).name), puskesmasNameKey(u"Puskesmas Keruak"));
    QCOMPARE(batch->puskesmas.at(19).name, u"LABUHAN LOMBOK"_s);
    QCOMPARE(batch->puskesmas.at(19).kategori, u"Pedesaan Rawat Inap"_s);
}

void TestPasteReader::provinceRestriction()
{
    ReadOptions options;
    options.provinceCode = u"52"_s;
    QVERIFY(readPaste(SeedPath, options).ok());
    options.provinceCode = u"36"_s; // Banten
    const Result<ImportBatch> refused = readPaste(SeedPath, options);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.startsWith(u"001_35240db93ad70f41.txt:1: "_s),
             qPrintable(refused.error().message));
}

void TestPasteReader::titleLessTabbedCopy()
{
    // Only the table was selected: the district comes from the kabupaten cells.
    QTemporaryDir dir;
    QFile source(PasteDir + u"lombok_timur_tabs.txt"_s);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    bytes = bytes.mid(bytes.indexOf("Kabupaten\t"));
    const QString path = dir.filePath(u"table.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Result<ImportBatch> batch = readPaste(path, {});
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
    QCOMPARE(batch->puskesmas.size(), 35);
    QCOMPARE(batch->puskesmas.last().districtCode, lombokTimur());
    QCOMPARE(completeCount(*batch, false), 27);
}

void TestPasteReader::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("prefix"); // "file:line:"
    QTest::addColumn<QString>("contains");
    QTest::newRow("no split fits the digits")
        << u"no_split.txt"_s << u"no_split.txt:6:"_s << u"cannot be read"_s;
    QTest::newRow("unknown district in the title")
        << u"unknown_district.txt"_s << u"unknown_district.txt:1:"_s << u"LOMBOK TENGAH SELATAN"_s;
    QTest::newRow("total disagrees (tabs)")
        << u"total_mismatch_tabs.txt"_s << u"total_mismatch_tabs.txt:3:"_s << u"total 5"_s;
    QTest::newRow("Puskesmas twice")
        << u"duplicate_puskesmas.txt"_s << u"duplicate_puskesmas.txt:6:"_s << u"line 4"_s;
    QTest::newRow("title and header, no rows")
        << u"no_rows.txt"_s << u"no_rows.txt:1:"_s << u"no Puskesmas rows"_s;
    QTest::newRow("too few numbers (tabs)")
        << u"too_few_numbers_tabs.txt"_s << u"too_few_numbers_tabs.txt:3:"_s << u"found 9"_s;
    QTest::newRow("count above 999 (tabs)")
        << u"number_too_large_tabs.txt"_s << u"number_too_large_tabs.txt:3:"_s << u"'1000'"_s;
    QTest::newRow("count above 999 (spaces)")
        << u"number_too_large_spaces.txt"_s << u"number_too_large_spaces.txt:3:"_s << u"'1000'"_s;
    QTest::newRow("no title, no district column")
        << u"no_title.txt"_s << u"no_title.txt:4:"_s << u"no district"_s;
    QTest::newRow("binary file") << u"binary.txt"_s << u"binary.txt:1:"_s << u"not a text file"_s;
    QTest::newRow("empty file") << u"empty.txt"_s << u"empty.txt:1:"_s << u"empty"_s;
    QTest::newRow("empty Puskesmas cell (tabs)")
        << u"empty_name_tabs.txt"_s << u"empty_name_tabs.txt:4:"_s << u"empty Puskesmas name"_s;
}

void TestPasteReader::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, prefix);
    QFETCH(QString, contains);
    const Result<ImportBatch> batch = readPaste(BrokenDir + file, {});
    QVERIFY(!batch.ok());
    QCOMPARE(batch.error().kind, Error::Kind::Input);
    QVERIFY2(batch.error().message.startsWith(prefix + u' '), qPrintable(batch.error().message));
    QVERIFY2(batch.error().message.contains(contains), qPrintable(batch.error().message));
}

QTEST_GUILESS_MAIN(TestPasteReader)
#include "tst_pastereader.moc"
