// Tests model/io/importer.cpp: format keys, header detection, --format auto on each kind of file,
// what every batch carries (file name, SHA-256, format, timing), cancel and progress.
#include "importer.h"
#include "readers.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(LENGKAP_TEST_DATA "/") + name;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void formatKeys_data();
    void formatKeys();
    void detectTableFormat_data();
    void detectTableFormat();
    void autoFormat_data();
    void autoFormat();
    void dashboardCopy();
    void refused_data();
    void refused();
    void cancelAndProgress();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestImporter::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
    return path;
}

void TestImporter::formatKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("known");
    QTest::addColumn<ImportFormat>("format");
    QTest::newRow("auto") << u"auto"_s << true << ImportFormat::Auto;
    QTest::newRow("rekap") << u"rekap"_s << true << ImportFormat::Rekap;
    QTest::newRow("long") << u"long"_s << true << ImportFormat::Long;
    QTest::newRow("workers") << u"workers"_s << true << ImportFormat::Workers;
    QTest::newRow("paste") << u"paste"_s << true << ImportFormat::Paste;
    QTest::newRow("xlsx") << u"xlsx"_s << true << ImportFormat::Xlsx;
    QTest::newRow("unknown key") << u"csv"_s << false << ImportFormat::Auto;
}

void TestImporter::formatKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, known);
    QFETCH(ImportFormat, format);
    ImportFormat parsed = ImportFormat::Auto;
    QCOMPARE(parseImportFormat(key, &parsed), known);
    QCOMPARE(parsed, format);
    if (known)
        QCOMPARE(importFormatKey(format), key);
}

void TestImporter::detectTableFormat_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<ImportFormat>("format");
    QTest::newRow("rekap") << QStringList {u"provinsi"_s, u"kabupaten_kota"_s, u"nama_puskesmas"_s,
                                           u"dokter_asn"_s}
                           << ImportFormat::Rekap;
    QTest::newRow("rekap with spaces and capitals")
        << QStringList {u"Provinsi"_s, u"Kabupaten/Kota"_s, u"Nama Puskesmas"_s, u"Dokter ASN"_s,
                        u"Dokter Non-ASN"_s}
        << ImportFormat::Rekap;
    QTest::newRow("long") << QStringList {u"provinsi"_s, u"kabupaten_kota"_s, u"nama_puskesmas"_s,
                                          u"Jenis"_s,    u"Status"_s,         u"Jumlah"_s}
                          << ImportFormat::Long;
    QTest::newRow("worker export with jenis tenaga")
        << QStringList {u"NIK"_s, u"Nama"_s, u"Jenis Tenaga"_s, u"Status Kepegawaian"_s,
                        u"Kode Puskesmas"_s}
        << ImportFormat::Workers;
    QTest::newRow("worker export with jabatan")
        << QStringList {u"nama_puskesmas"_s, u"Jabatan Fungsional"_s, u"Status Pegawai"_s}
        << ImportFormat::Workers;
    QTest::newRow("a list is no staffing table")
        << QStringList {u"kode_puskesmas"_s} << ImportFormat::Auto;
    QTest::newRow("profession without status")
        << QStringList {u"Rumpun"_s, u"Nama"_s} << ImportFormat::Auto;
}

void TestImporter::detectTableFormat()
{
    QFETCH(QStringList, header);
    QFETCH(ImportFormat, format);
    QCOMPARE(Lengkap::detectTableFormat(header), format);
}

void TestImporter::autoFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("puskesmas");
    QTest::newRow("rekap") << u"lombok_timur_rekap.csv"_s << u"rekap"_s << 35;
    QTest::newRow("rekap, windows-1252 with sep=;") << u"rekap_options.csv"_s << u"rekap"_s << 5;
    QTest::newRow("long") << u"long_lebak.csv"_s << u"long"_s << 4;
}

void TestImporter::autoFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, puskesmas);
    const Result<ImportBatch> batch = readImportFile(dataPath(file));
    QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
    QCOMPARE(batch->format, format);
    QCOMPARE(batch->report.format, format);
    QCOMPARE(batch->sourceName, file);
    QCOMPARE(batch->sha256, sha256Of(dataPath(file)));
    QCOMPARE(batch->puskesmas.size(), puskesmas);
    QVERIFY(batch->report.elapsedMs >= 0);
}

// The seed document is a copy of the dashboard: --format auto must hand it to the paste reader.
void TestImporter::dashboardCopy()
{
    const QString seed = QStringLiteral(LENGKAP_TEST_DATA "/seeds/001_35240db93ad70f41.txt");
    const Result<ImportBatch> batch = readImportFile(seed);
    QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
    QCOMPARE(batch->format, u"paste"_s);
    QCOMPARE(batch->sourceName, u"001_35240db93ad70f41.txt"_s);
    QCOMPARE(batch->sha256, sha256Of(seed));
    QCOMPARE(batch->puskesmas.size(), 35);
}

void TestImporter::refused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ImportFormat>("format");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("header of no known format")
        << QByteArray("nomor,keterangan\n1,dua\n") << ImportFormat::Auto << u"refused.csv:1: "_s
        << u"cannot tell the format from the header; expected rekap (provinsi"_s;
    QTest::newRow("header after blank lines")
        << QByteArray("\n\nnomor;keterangan\n") << ImportFormat::Auto << u"refused.csv:3: "_s
        << u"jenis, status, jumlah"_s;
    QTest::newRow("empty file") << QByteArray() << ImportFormat::Auto << u"refused.csv:1: "_s
                                << u"empty"_s;
    QTest::newRow("rekap forced on a long file")
        << QByteArray("provinsi,kabupaten_kota,nama_puskesmas,jenis,status,jumlah\n")
        << ImportFormat::Rekap << u"refused.csv:1: "_s
        << u"missing required column(s): dokter_asn"_s;
}

void TestImporter::refused()
{
    QFETCH(QByteArray, content);
    QFETCH(ImportFormat, format);
    QFETCH(QString, prefix);
    QFETCH(QString, fragment);
    ReadOptions options;
    options.format = format;
    const Result<ImportBatch> batch = readImportFile(write(u"refused.csv"_s, content), options);
    QVERIFY(!batch);
    QCOMPARE(batch.error().kind, Error::Kind::Input);
    QVERIFY2(batch.error().message.startsWith(prefix), qPrintable(batch.error().message));
    QVERIFY2(batch.error().message.contains(fragment), qPrintable(batch.error().message));
}

void TestImporter::cancelAndProgress()
{
    QByteArray bytes = "provinsi,kabupaten_kota,nama_puskesmas,jenis,status,jumlah\n";
    for (int i = 0; i < 20000; ++i)
        bytes += "Banten,Lebak,Puskesmas " + QByteArray::number(i % 40) + ",bidan,ASN,1\n";
    const QString path = write(u"many.csv"_s, bytes);

    std::atomic_bool cancel = false;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    int calls = 0;
    ReadOptions options;
    options.cancel = &cancel;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    };
    const Result<ImportBatch> batch = readImportFile(path, options);
    QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
    QVERIFY(calls >= 2);
    QCOMPARE(lastTotal, qint64(bytes.size()));
    QCOMPARE(lastDone, qint64(bytes.size()));
    QCOMPARE(batch->puskesmas.size(), 40);
    QCOMPARE(batch->puskesmas.at(0).asn.at(3), 500);

    cancel = true;
    const Result<ImportBatch> cancelled = readImportFile(path, options);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
