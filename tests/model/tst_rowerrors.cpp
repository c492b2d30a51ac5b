// Tests model/io/rowerrors.cpp through every reader: a file with several invalid rows is refused
// with one "file:line: message" per invalid row, in file order, not just the first; past
// RowErrors::Limit the reader stops and says so; a file-level error still ends the list.
#include "importer.h"
#include "nakestypes.h"
#include "rowerrors.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestRowErrors : public QObject
{
    Q_OBJECT

private slots:
    void everyInvalidRow_data();
    void everyInvalidRow();
    void stopsAtTheLimit();
    void fileErrorEndsTheList();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

QByteArray rekapHeader()
{
    QByteArray header = "provinsi,kabupaten_kota,nama_puskesmas";
    for (const NakesType &type : NakesTypes::all())
        header += ',' + type.key.toUtf8() + "_asn," + type.key.toUtf8() + "_non_asn";
    return header + '\n';
}

QByteArray rekapRow(const QByteArray &district, const QByteArray &name, const QByteArray &count)
{
    QByteArray row = "Banten," + district + ',' + name;
    for (int t = 0; t < NakesTypes::count(); ++t)
        row += ',' + count + ",1";
    return row + '\n';
}

// The lines named by "file:line:" at the start of each line of the message.
QList<int> reportedLines(const QString &message)
{
    static const QRegularExpression fileLine(u"^[^:\\n]+:(\\d+): "_s,
                                             QRegularExpression::MultilineOption);
    QList<int> lines;
    for (auto it = fileLine.globalMatch(message); it.hasNext();)
        lines.append(it.next().captured(1).toInt());
    return lines;
}

} // namespace

QString TestRowErrors::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestRowErrors::everyInvalidRow_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("rekap: empty name, bad count, unknown district")
        << u"rekap.csv"_s
        << rekapHeader() + rekapRow("Lebak", "Rangkasbitung", "1") + rekapRow("Lebak", "", "1")
               + rekapRow("Lebak", "Cibadak", "2") + rekapRow("Lebak", "Warunggunung", "x")
               + rekapRow("Atlantis", "Malingping", "1") + rekapRow("Pandeglang", "Labuan", "1")
        << QList<int> {3, 5, 6};
    QTest::newRow("long: unknown type, unknown status, negative count")
        << u"long.csv"_s
        << QByteArray("provinsi,kabupaten_kota,nama_puskesmas,jenis,status,jumlah\n"
                      "Banten,Lebak,Rangkasbitung,dokter,ASN,1\n"
                      "Banten,Lebak,Rangkasbitung,astronot,ASN,1\n"
                      "Banten,Lebak,Rangkasbitung,bidan,magang,1\n"
                      "Banten,Lebak,Cibadak,bidan,ASN,2\n"
                      "Banten,Lebak,Cibadak,perawat,Non-ASN,-1\n")
        << QList<int> {3, 4, 6};
    QTest::newRow("workers: empty code, unknown district")
        << u"pegawai.csv"_s
        << QByteArray("NIK,Nama,Jenis Tenaga,Status Kepegawaian,Kode Puskesmas,Nama Puskesmas,"
                      "Kabupaten/Kota,Provinsi\n"
                      "3602000000000001,Siti,Bidan,PNS,P1,Rangkasbitung,Lebak,Banten\n"
                      "3602000000000002,Ahmad,Perawat,PNS,,Rangkasbitung,Lebak,Banten\n"
                      "3602000000000003,Dewi,Bidan,Honorer,P2,Cibadak,Lebak,Banten\n"
                      "3602000000000004,Rudi,Dokter,PNS,P3,Labuan,Atlantis,Banten\n"
                      "3602000000000005,Agus,Dokter,PNS,P4,Labuan,Pandeglang,Banten\n")
        << QList<int> {3, 5};

    // The seed copy with two rows whose totals do not add up.
    QFile seed(QStringLiteral(LENGKAP_TEST_DATA) + u"/paste/lombok_timur_tabs.txt"_s);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = seed.readAll().split('\n');
    QList<int> broken;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains("\tSUKARAJA\t") || lines.at(i).contains("\tSELONG\t")) {
            lines[i] = lines.at(i).chopped(1) + '9'; // ATLM total
            broken.append(int(i + 1));
        }
    }
    QCOMPARE(broken.size(), 2);
    QTest::newRow("paste: two totals wrong") << u"paste.txt"_s << lines.join('\n') << broken;
}

void TestRowErrors::everyInvalidRow()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, lines);
    const Result<ImportBatch> batch = readImportFile(write(name, bytes));
    QVERIFY(!batch.ok());
    QCOMPARE(batch.error().kind, Error::Kind::Input);
    QCOMPARE(reportedLines(batch.error().message), lines);
    const QStringList messages = batch.error().message.split(u'\n');
    QCOMPARE(messages.size(), lines.size());
    for (const QString &message : messages)
        QVERIFY2(message.startsWith(name + u':'), qPrintable(message));
}

void TestRowErrors::stopsAtTheLimit()
{
    QByteArray bytes = rekapHeader();
    for (int i = 0; i < RowErrors::Limit + 20; ++i)
        bytes += rekapRow("Atlantis", "P" + QByteArray::number(i), "1");
    const Result<ImportBatch> batch = readImportFile(write(u"many.csv"_s, bytes));
    QVERIFY(!batch.ok());
    const QStringList messages = batch.error().message.split(u'\n');
    QCOMPARE(messages.size(), RowErrors::Limit + 1);
    QCOMPARE(reportedLines(batch.error().message).size(), RowErrors::Limit);
    QCOMPARE(reportedLines(batch.error().message).constLast(), RowErrors::Limit + 1);
    QVERIFY2(messages.constLast().startsWith(u"many.csv: "_s), qPrintable(messages.constLast()));
}

void TestRowErrors::fileErrorEndsTheList()
{
    // A bad row, then a quote that never closes: both are reported, the file's error last.
    const QByteArray bytes
        = rekapHeader() + rekapRow("Atlantis", "A", "1") + rekapRow("Lebak", "\"B", "1");
    const Result<ImportBatch> batch = readImportFile(write(u"quote.csv"_s, bytes));
    QVERIFY(!batch.ok());
    QCOMPARE(reportedLines(batch.error().message), (QList<int> {2, 3}));
    QVERIFY2(batch.error().message.contains(u"quote"_s), qPrintable(batch.error().message));
}

QTEST_GUILESS_MAIN(TestRowErrors)
#include "tst_rowerrors.moc"
