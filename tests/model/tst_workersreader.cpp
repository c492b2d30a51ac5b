#include "nakestypes.h"
#include "readers.h"
#include "store.h"
#include "wilayah.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

const QString WorkersDir = QStringLiteral(LENGKAP_TEST_DATA "/workers/");
const QString BrokenDir = QStringLiteral(LENGKAP_TEST_DATA "/broken/workers/");

Result<ImportBatch> readWorkersFile(const QString &path, const ReadOptions &options = {})
{
    Result<std::unique_ptr<RecordSource>> source = openCsv(path);
    if (!source)
        return source.error();
    return readWorkers(**source, options);
}

const PuskesmasCounts *find(const ImportBatch &batch, const QString &nameKey)
{
    for (const PuskesmasCounts &p : batch.puskesmas) {
        if (puskesmasNameKey(p.name) == nameKey)
            return &p;
    }
    return nullptr;
}

int typeIndex(const char16_t *key)
{
    return NakesTypes::indexOf(QStringView(key));
}

} // namespace

class TestWorkersReader : public QObject
{
    Q_OBJECT

private slots:
    void headerDialects_data();
    void headerDialects();
    void countsPerTypeAndStatus_data();
    void countsPerTypeAndStatus();
    void statusWords_data();
    void statusWords();
    void columnMapping();
    void columnMappingToMissingHeader();
    void provinceRestriction();
    void broken_data();
    void broken();
    void noPersonalDataInDatabase();
};

void TestWorkersReader::headerDialects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("byCode");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("skippedEmpty");
    QTest::newRow("SISDMK export with codes, comma")
        << u"sisdmk_codes.csv"_s << true << u","_s << 0;
    QTest::newRow("names only, semicolon, CRLF, spellings vary")
        << u"names_semicolon.csv"_s << false << u";"_s << 0;
    QTest::newRow("Jabatan and Unit Kerja, no province, a blank row")
        << u"jabatan_unitkerja.csv"_s << false << u","_s << 1;
}

// The three files hold the same 22 workers in three Puskesmas, written three ways.
void TestWorkersReader::headerDialects()
{
    QFETCH(QString, file);
    QFETCH(bool, byCode);
    QFETCH(QString, delimiter);
    QFETCH(int, skippedEmpty);
    const Result<ImportBatch> batch = readWorkersFile(WorkersDir + file);
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
    QCOMPARE(batch->format, u"workers"_s);
    QCOMPARE(batch->sourceName, file);
    QCOMPARE(batch->report.delimiter, delimiter);
    QCOMPARE(batch->report.recordsRead, 22);
    QCOMPARE(batch->report.skippedEmptyRows, skippedEmpty);
    QCOMPARE(batch->report.workersCounted, 19);
    const QMap<QString, int> unmapped
        = {{u"Dokter Spesialis Anak"_s, 1}, {u"Juru Masak"_s, 1}, {u"Perawat Gigi"_s, 1}};
    QCOMPARE(batch->report.unmappedProfessions, unmapped);
    QCOMPARE(batch->puskesmas.size(), 3);
    const PuskesmasCounts *keruak = find(*batch, u"KERUAK"_s);
    QVERIFY(keruak);
    QCOMPARE(keruak->code, byCode ? u"P5203010101"_s : QString());
    QCOMPARE(keruak->districtCode, Wilayah::instance().matchDistrict(u"Lombok Timur"_s).value());
    QCOMPARE(keruak->line, 2);
    const PuskesmasCounts *rangkas = find(*batch, u"RANGKASBITUNG"_s);
    QVERIFY(rangkas);
    QCOMPARE(rangkas->districtCode, Wilayah::instance().matchDistrict(u"Lebak"_s).value());
    for (const PuskesmasCounts &p : batch->puskesmas) {
        QCOMPARE(p.asn.size(), NakesTypes::count());
        QCOMPARE(p.nonAsn.size(), NakesTypes::count());
    }
}

void TestWorkersReader::countsPerTypeAndStatus_data()
{
    QTest::addColumn<QString>("puskesmas");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("asn");
    QTest::addColumn<int>("nonAsn");
    QTest::newRow("Keruak: Dokter Umum PNS + Dokter Ahli Pertama PPPK")
        << u"KERUAK"_s << u"dokter"_s << 2 << 0;
    QTest::newRow("Keruak: Dokter Gigi Ahli Pertama is a dentist, Honorer")
        << u"KERUAK"_s << u"dokter_gigi"_s << 0 << 1;
    QTest::newRow("Keruak: Perawat Terampil PNS + Ners Kontrak")
        << u"KERUAK"_s << u"perawat"_s << 1 << 1;
    QTest::newRow("Keruak: Bidan Ahli Muda pns + Bidan Terampil P3K + Bidan BLUD")
        << u"KERUAK"_s << u"bidan"_s << 2 << 1;
    QTest::newRow("Keruak: Penyuluh Kesehatan Masyarakat") << u"KERUAK"_s << u"promkes"_s << 1 << 0;
    QTest::newRow("Keruak: Sanitarian Terampil") << u"KERUAK"_s << u"sanitasi"_s << 1 << 0;
    QTest::newRow("Keruak: Nutrisionis PPPK") << u"KERUAK"_s << u"gizi"_s << 1 << 0;
    QTest::newRow("Keruak: Apoteker Honorer") << u"KERUAK"_s << u"farmasi"_s << 0 << 1;
    QTest::newRow("Keruak: Pranata Laboratorium Kesehatan") << u"KERUAK"_s << u"atlm"_s << 1 << 0;
    QTest::newRow("Sakra: Perawat Gigi is not a nurse") << u"SAKRA"_s << u"perawat"_s << 1 << 0;
    QTest::newRow("Sakra: no dentist") << u"SAKRA"_s << u"dokter_gigi"_s << 0 << 0;
    QTest::newRow("Rangkasbitung: Tenaga Teknis Kefarmasian PPPK")
        << u"RANGKASBITUNG"_s << u"farmasi"_s << 1 << 0;
    QTest::newRow("Rangkasbitung: ATLM Kontrak") << u"RANGKASBITUNG"_s << u"atlm"_s << 0 << 1;
}

void TestWorkersReader::countsPerTypeAndStatus()
{
    QFETCH(QString, puskesmas);
    QFETCH(QString, type);
    QFETCH(int, asn);
    QFETCH(int, nonAsn);
    for (const QString &file :
         {u"sisdmk_codes.csv"_s, u"names_semicolon.csv"_s, u"jabatan_unitkerja.csv"_s}) {
        const Result<ImportBatch> batch = readWorkersFile(WorkersDir + file);
        QVERIFY(batch.ok());
        const PuskesmasCounts *p = find(*batch, puskesmas);
        QVERIFY(p);
        const int t = NakesTypes::indexOf(type);
        QCOMPARE(p->asn.at(t), asn);
        QCOMPARE(p->nonAsn.at(t), nonAsn);
    }
}

void TestWorkersReader::statusWords_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("asn");
    QTest::newRow("PNS") << u"PNS"_s << true;
    QTest::newRow("pns lower case") << u"pns"_s << true;
    QTest::newRow("PPPK") << u"PPPK"_s << true;
    QTest::newRow("P3K") << u"P3K"_s << true;
    QTest::newRow("CPNS") << u"CPNS"_s << true;
    QTest::newRow("spaces around") << u"  Pppk "_s << true;
    QTest::newRow("Honorer") << u"Honorer"_s << false;
    QTest::newRow("Non ASN") << u"Non ASN"_s << false;
    QTest::newRow("BLUD") << u"BLUD"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestWorkersReader::statusWords()
{
    QFETCH(QString, status);
    QFETCH(bool, asn);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"status.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Jenis Tenaga,Status Kepegawaian,Nama Puskesmas,Kabupaten/Kota\n");
    file.write(u"Bidan,\"%1\",KERUAK,LOMBOK TIMUR\n"_s.arg(status).toUtf8());
    file.close();
    const Result<ImportBatch> batch = readWorkersFile(path);
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
    const int bidan = typeIndex(u"bidan");
    QCOMPARE(batch->puskesmas.first().asn.at(bidan), asn ? 1 : 0);
    QCOMPARE(batch->puskesmas.first().nonAsn.at(bidan), asn ? 0 : 1);
}

void TestWorkersReader::columnMapping()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"odd.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Tenaga,Kepegawaian,Tempat,Wilayah Kerja\nBidan,PNS,KERUAK,LOMBOK TIMUR\n"
               "Perawat,Honorer,KERUAK,LOMBOK TIMUR\n");
    file.close();
    const Result<ImportBatch> refused = readWorkersFile(path);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.startsWith(u"odd.csv:1: "_s),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(u"Tenaga, Kepegawaian, Tempat, Wilayah Kerja"_s));

    ReadOptions options;
    options.columnMapping = {{u"profession"_s, u"Tenaga"_s},
                             {u"status"_s, u"kepegawaian"_s},
                             {u"puskesmas_name"_s, u"Tempat"_s},
                             {u"district"_s, u"Wilayah Kerja"_s}};
    const Result<ImportBatch> batch = readWorkersFile(path, options);
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
    QCOMPARE(batch->puskesmas.size(), 1);
    QCOMPARE(batch->puskesmas.first().asn.at(typeIndex(u"bidan")), 1);
    QCOMPARE(batch->puskesmas.first().nonAsn.at(typeIndex(u"perawat")), 1);
}

void TestWorkersReader::columnMappingToMissingHeader()
{
    ReadOptions options;
    options.columnMapping = {{u"status"_s, u"Status Pegawai Baru"_s}};
    const Result<ImportBatch> batch = readWorkersFile(WorkersDir + u"sisdmk_codes.csv"_s, options);
    QVERIFY(!batch.ok());
    QVERIFY2(batch.error().message.startsWith(u"sisdmk_codes.csv:1: "_s),
             qPrintable(batch.error().message));
    QVERIFY(batch.error().message.contains(u"Status Pegawai Baru"_s));
}

void TestWorkersReader::provinceRestriction()
{
    ReadOptions options;
    options.provinceCode = u"52"_s; // Nusa Tenggara Barat: Lebak (Banten) is not in it
    const Result<ImportBatch> batch
        = readWorkersFile(WorkersDir + u"jabatan_unitkerja.csv"_s, options);
    QVERIFY(!batch.ok());
    QVERIFY2(batch.error().message.startsWith(u"jabatan_unitkerja.csv:22: "_s),
             qPrintable(batch.error().message));
    QVERIFY(batch.error().message.contains(u"Lebak"_s));
}

void TestWorkersReader::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("contains");
    QTest::newRow("no status column") << u"missing_status.csv"_s << u"missing_status.csv:1:"_s
                                      << u"status (Status Kepegawaian)"_s;
    QTest::newRow("no profession column")
        << u"missing_profession.csv"_s << u"missing_profession.csv:1:"_s << u"Jenis Tenaga"_s;
    QTest::newRow("no Puskesmas column")
        << u"missing_puskesmas.csv"_s << u"missing_puskesmas.csv:1:"_s << u"Puskesmas name"_s;
    QTest::newRow("no district column") << u"missing_district.csv"_s << u"missing_district.csv:1:"_s
                                        << u"headers seen: NIK, Nama, Jenis Tenaga"_s;
    QTest::newRow("empty code where the file has codes")
        << u"empty_code.csv"_s << u"empty_code.csv:3:"_s << u"empty Puskesmas code"_s;
    QTest::newRow("unknown district")
        << u"unknown_district.csv"_s << u"unknown_district.csv:4:"_s << u"LOMBOK TENGAHH"_s;
    QTest::newRow("unknown province")
        << u"unknown_province.csv"_s << u"unknown_province.csv:2:"_s << u"NUSA TENGGARA BARATT"_s;
    QTest::newRow("empty Puskesmas name")
        << u"empty_name.csv"_s << u"empty_name.csv:3:"_s << u"empty Puskesmas name"_s;
    QTest::newRow("empty district")
        << u"empty_district.csv"_s << u"empty_district.csv:2:"_s << u"empty district"_s;
    QTest::newRow("header only") << u"header_only.csv"_s << u"header_only.csv:2:"_s
                                 << u"no worker rows"_s;
}

void TestWorkersReader::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, prefix);
    QFETCH(QString, contains);
    const Result<ImportBatch> batch = readWorkersFile(BrokenDir + file);
    QVERIFY(!batch.ok());
    QCOMPARE(batch.error().kind, Error::Kind::Input);
    QVERIFY2(batch.error().message.startsWith(prefix + u' '), qPrintable(batch.error().message));
    QVERIFY2(batch.error().message.contains(contains), qPrintable(batch.error().message));
    // Messages never carry personal data from the rows.
    QVERIFY2(!batch.error().message.contains(u"Fiktif"_s), qPrintable(batch.error().message));
    QVERIFY2(!batch.error().message.contains(u"000000000000000"_s),
             qPrintable(batch.error().message));
}

// Issue 4: only counts reach the database. Imports a worker file with NIK, names, birth dates
// and addresses, then searches the database file and its WAL for every one of those values.
void TestWorkersReader::noPersonalDataInDatabase()
{
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"pegawai.csv"_s);
    QStringList secrets;
    {
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("NIK,Nama Lengkap,Tanggal Lahir,Alamat,Jenis Tenaga,Status Kepegawaian,"
                   "Nama Puskesmas,Kabupaten/Kota,Provinsi\n");
        const QStringList professions = {u"Dokter Umum"_s,
                                         u"Dokter Gigi"_s,
                                         u"Perawat"_s,
                                         u"Bidan"_s,
                                         u"Sanitarian"_s,
                                         u"Nutrisionis"_s,
                                         u"Apoteker"_s,
                                         u"Penyuluh Kesehatan Masyarakat"_s,
                                         u"Pranata Laboratorium Kesehatan"_s};
        for (int i = 0; i < 90; ++i) {
            const QString nik = u"0%1"_s.arg(360211000000000LL + 7919LL * i, 15, 10, QChar(u'0'));
            const QString name
                = u"Rahasiawati Privasi%1"_s.arg(QChar(u'A' + i % 26)) + QString::number(i);
            const QString birth = u"19%1-%2-%3"_s.arg(50 + i % 40)
                                      .arg(1 + i % 12, 2, 10, QChar(u'0'))
                                      .arg(1 + i % 28, 2, 10, QChar(u'0'));
            const QString address = u"Jalan Tersembunyi Nomor %1"_s.arg(1000 + i);
            secrets << nik << name << birth << address;
            file.write(u"%1,%2,%3,%4,%5,%6,%7,LEBAK,BANTEN\n"_s
                           .arg(nik, name, birth, address, professions.at(i % 9),
                                i % 3 ? u"PNS"_s : u"Honorer"_s,
                                i % 2 ? u"RANGKASBITUNG"_s : u"WARUNGGUNUNG"_s)
                           .toUtf8());
        }
    }
    QCOMPARE(secrets.size(), 360);
    QVERIFY(secrets.first().size() == 16 && secrets.first().startsWith(u'0'));

    const Result<ImportBatch> batch = readWorkersFile(csvPath);
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
    QCOMPARE(batch->report.workersCounted, 90);
    QCOMPARE(batch->puskesmas.size(), 2);

    const QString dbPath = dir.filePath(u"lengkap.db"_s);
    {
        Store store;
        const Result<void> opened = store.open(dbPath);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const Result<ImportOutcome> outcome = store.importBatch(*batch, QDate(2024, 12, 1), false);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QCOMPARE(outcome->puskesmas, 2);
        // Read the files while the store is open too: the WAL holds the fresh pages.
        QByteArray bytes;
        for (const QString &suffix : {QString(), u"-wal"_s}) {
            QFile file(dbPath + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.size() > 0);
        QVERIFY(bytes.contains("RANGKASBITUNG")); // the data is there, in plain text
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
            // SQLite may store text as UTF-16 when so configured: look for that too.
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                                   secret.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(secret));
        }
    }
    QByteArray bytes;
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        QFile file(dbPath + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(bytes.contains("RANGKASBITUNG"));
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
}

QTEST_GUILESS_MAIN(TestWorkersReader)
#include "tst_workersreader.moc"
