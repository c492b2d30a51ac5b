// Tests model/io/personaldata.cpp (issue 12 §5): the import preview of a worker export shows no
// NIK, names, birth dates or addresses, and keeps the columns the import reads.
#include "importer.h"
#include "importpreview.h"
#include "personaldata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void columns_data();
    void columns();
    void previewMasked_data();
    void previewMasked();
};

void TestPersonalData::columns_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("personal");
    for (const QString &h :
         {u"NIK"_s, u"nik"_s, u"NIP"_s, u"Nama"_s, u"nama_lengkap"_s, u"Nama Pegawai"_s,
          u"Tanggal Lahir"_s, u"tgl_lahir"_s, u"Alamat"_s, u"No. HP"_s})
        QTest::newRow(qPrintable(h)) << h << true;
    for (const QString &h : {u"Nama Puskesmas"_s, u"nama_fasyankes"_s, u"Unit Kerja"_s,
                             u"Jabatan"_s, u"Jenis Tenaga"_s, u"Kabupaten/Kota"_s, u"No"_s,
                             u"Status Kepegawaian"_s, u"Kode Puskesmas"_s})
        QTest::newRow(qPrintable(h)) << h << false;
}

void TestPersonalData::columns()
{
    QFETCH(QString, header);
    QFETCH(bool, personal);
    QCOMPARE(isPersonalDataColumn(header), personal);
}

void TestPersonalData::previewMasked_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("puskesmas"); // still readable
    QTest::newRow("SISDMK with codes") << u"sisdmk_codes.csv"_s << u"PUSKESMAS KERUAK"_s;
    QTest::newRow("names, semicolons") << u"names_semicolon.csv"_s << u"KERUAK"_s;
    QTest::newRow("jabatan, unit kerja") << u"jabatan_unitkerja.csv"_s << u"KERUAK"_s;
}

void TestPersonalData::previewMasked()
{
    QFETCH(QString, file);
    QFETCH(QString, puskesmas);
    Result<ImportPreview> preview
        = previewImportFile(QStringLiteral(LENGKAP_TEST_DATA "/workers/") + file, ReadOptions {});
    QVERIFY2(preview.ok(), qPrintable(preview ? QString() : preview.error().message));
    QCOMPARE(preview->format, ImportFormat::Workers);
    maskPersonalData(*preview);
    QString all;
    for (const QStringList &row : std::as_const(preview->rows))
        all += row.join(u'|') + u'\n';
    for (const QString &personal :
         {u"Fiktifah"_s, u"Contohwati"_s, u"0000000000000001"_s, u"1960-01-10"_s, u"Jl. Contoh"_s})
        QVERIFY2(!all.contains(personal), qPrintable(personal + u"\n"_s + all));
    QVERIFY2(all.contains(personalDataMask()), qPrintable(all));
    QVERIFY2(all.contains(puskesmas), qPrintable(all));
    QVERIFY(all.contains(u"Dokter Umum"_s));
}

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
