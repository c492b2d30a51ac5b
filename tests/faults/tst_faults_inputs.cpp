// Issue 11, defects 5 and 6: hostile inputs. Devices, FIFOs and folders are refused before a
// reader touches them (a paste import of /dev/zero used to read until memory ran out), the paste
// reader reads a bounded amount, names longer than 200 characters are "file:line:" errors, and an
// unknown column is named in the import report.
#include "../cli/runprogram.h"

#include "importer.h"
#include "inputlimits.h"
#include "readers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestFaultsInputs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void nonFilesAreRefusedQuickly_data();
    void nonFilesAreRefusedQuickly();
    void pasteReadIsBounded();
    void longNamesAreErrors_data();
    void longNamesAreErrors();
    void unknownColumnIsNamed();

private:
    QString writeFile(const QString &name, const QByteArray &content) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QByteArray rekapHeader
    = "provinsi,kabupaten_kota,nama_puskesmas,kategori,dokter_asn,dokter_non_asn,dokter_gigi_asn,"
      "dokter_gigi_non_asn,perawat_asn,perawat_non_asn,bidan_asn,bidan_non_asn,promkes_asn,"
      "promkes_non_asn,sanitasi_asn,sanitasi_non_asn,gizi_asn,gizi_non_asn,farmasi_asn,"
      "farmasi_non_asn,atlm_asn,atlm_non_asn";
const QByteArray counts = ",1,0,1,0,5,2,4,1,1,0,1,0,1,0,1,0,1,0";

QByteArray rekapRow(const QByteArray &province, const QByteArray &district, const QByteArray &name,
                    const QByteArray &kategori)
{
    return province + ',' + district + ',' + name + ',' + kategori + counts + '\n';
}

} // namespace

void TestFaultsInputs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestFaultsInputs::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestFaultsInputs::nonFilesAreRefusedQuickly_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("words");
    QTest::newRow("paste of /dev/zero") << u"/dev/zero"_s << u"paste"_s << u"device"_s;
    QTest::newRow("auto of /dev/zero") << u"/dev/zero"_s << u"auto"_s << u"device"_s;
    QTest::newRow("rekap of /dev/urandom") << u"/dev/urandom"_s << u"rekap"_s << u"device"_s;
    QTest::newRow("a FIFO nobody writes") << u"fifo"_s << u"paste"_s << u"pipe"_s;
    QTest::newRow("a folder") << u"folder"_s << u"auto"_s << u"folder"_s;
}

void TestFaultsInputs::nonFilesAreRefusedQuickly()
{
    QFETCH(QString, what);
    QFETCH(QString, format);
    QFETCH(QString, words);
    QString path = what;
    if (what == u"fifo"_s) {
        path = m_dir->filePath(u"paste.txt"_s);
        QCOMPARE(QProcess::execute(u"mkfifo"_s, {path}), 0);
    } else if (what == u"folder"_s) {
        path = m_dir->path();
    }
    // Through the CLI, bounded in time and memory: the old reader never finished.
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"en_GB.UTF-8"_s);
    cli.setProcessEnvironment(env);
    const QString db = m_dir->filePath(u"t.sqlite"_s);
    cli.start(u"prlimit"_s, {u"--as=2000000000"_s, QStringLiteral(LENGKAP_CLI), u"import"_s,
                             u"--db"_s, db, u"--format"_s, format, path});
    QElapsedTimer timer;
    timer.start();
    if (!cli.waitForFinished(20000)) {
        cli.kill();
        cli.waitForFinished();
        QFAIL("the import did not end within 20 s");
    }
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 3);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.contains(words), qPrintable(err));
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(!QFile::exists(db)); // nothing written, no database made
}

void TestFaultsInputs::pasteReadIsBounded()
{
    // The paste reader on its own, past the file checks: it reads at most its bound.
    QElapsedTimer timer;
    timer.start();
    const Result<ImportBatch> batch = readPaste(u"/dev/zero"_s, {});
    QVERIFY(!batch);
    QVERIFY2(batch.error().message.contains(u"too large"_s), qPrintable(batch.error().message));
    QVERIFY(timer.elapsed() < 10000);
}

void TestFaultsInputs::longNamesAreErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    const QByteArray good = rekapRow("Banten", "Lebak", "Rangkasbitung", "");
    const QByteArray huge(2 << 20, 'X'); // 2 MiB, as in the issue
    QTest::newRow("a 2 MiB Puskesmas name, rekap")
        << QByteArray(rekapHeader + '\n' + good + rekapRow("Banten", "Lebak", huge, ""))
        << u"rekap.csv:3:"_s;
    QTest::newRow("a 201-character kategori, rekap") << QByteArray(
        rekapHeader + '\n' + rekapRow("Banten", "Lebak", "Cipanas", QByteArray(201, 'k')))
                                                     << u"rekap.csv:2:"_s;
    QTest::newRow("a 300-character district, rekap")
        << QByteArray(rekapHeader + '\n' + good + good.left(0)
                      + rekapRow("Banten", QByteArray(300, 'L'), "Cipanas", ""))
        << u"rekap.csv:3:"_s;
    QTest::newRow("a 250-character province, rekap")
        << QByteArray(rekapHeader + '\n' + rekapRow(QByteArray(250, 'B'), "Lebak", "Cipanas", ""))
        << u"rekap.csv:2:"_s;
    QTest::newRow("a 201-character name, long")
        << QByteArray("provinsi,kabupaten_kota,nama_puskesmas,jenis,status,jumlah\n"
                      "Banten,Lebak,"
                      + QByteArray(201, 'n') + ",dokter,ASN,1\n")
        << u"rekap.csv:2:"_s;
}

void TestFaultsInputs::longNamesAreErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    const QString path = writeFile(u"rekap.csv"_s, content);
    const Result<ImportBatch> batch = readImportFile(path, {});
    QVERIFY(!batch);
    QVERIFY2(batch.error().message.startsWith(where)
                 && batch.error().message.contains(u"(at most 200)"_s),
             qPrintable(batch.error().message.left(300)));
    QVERIFY(batch.error().message.size() < 1000); // the name is not echoed whole
}

void TestFaultsInputs::unknownColumnIsNamed()
{
    QByteArray header = rekapHeader;
    header.replace("perawat_non_asn", "perawat_non_asn,perawat_ans");
    QByteArray row = rekapRow("Banten", "Lebak", "Rangkasbitung", "");
    row.replace(",5,2,", ",5,2,9,");
    const QString path = writeFile(u"typo.csv"_s, header + '\n' + row);
    const Result<ImportBatch> batch = readImportFile(path, {});
    QVERIFY2(batch, qPrintable(batch ? QString() : batch.error().message));
    QStringList warnings;
    for (const ImportWarning &warning : batch->report.warnings)
        warnings.append(warning.message);
    QVERIFY2(warnings.contains(u"unknown column, ignored: perawat_ans"_s),
             qPrintable(warnings.join(u" | "_s)));
    // The CLI prints it, in Indonesian by default.
    const CliTest::Run run = CliTest::runCli(
        {u"import"_s, u"--db"_s, m_dir->filePath(u"t.sqlite"_s), path}, {u"LANG=id_ID.UTF-8"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.contains(u"kolom tidak dikenal, diabaikan: perawat_ans"_s),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestFaultsInputs)
#include "tst_faults_inputs.moc"
