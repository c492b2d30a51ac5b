// Tests model/io/listreader.cpp (DOMAIN.md §5.5): lists by code and by name, duplicates ignored,
// the broken corpus in tests/data/broken/list/.
#include "importer.h"
#include "readers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestListReader : public QObject
{
    Q_OBJECT

private slots:
    void entries_data();
    void entries();
    void broken_data();
    void broken();

private:
    QTemporaryDir m_dir;
};

void TestListReader::entries_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected"); // "line code" or "line district name"
    QTest::newRow("codes, one column")
        << QByteArray("kode_puskesmas\nP3602001\nP3602002\n\nP3602003\n")
        << QStringList {u"2 P3602001"_s, u"3 P3602002"_s, u"5 P3602003"_s};
    QTest::newRow("codes among other columns, duplicates ignored")
        << QByteArray("No;Kode Puskesmas;Nama Puskesmas\r\n1;P1;Satu\r\n2;P2;Dua\r\n3;P1;Satu\r\n")
        << QStringList {u"2 P1"_s, u"3 P2"_s};
    QTest::newRow("names matched to districts")
        << QByteArray("provinsi,kabupaten_kota,nama_puskesmas\nBanten,Kab. Lebak,Rangkasbitung\n"
                      "Banten,KOTA SERANG,Serang Kota\nBanten,LEBAK,PUSKESMAS RANGKASBITUNG\n"
                      "Banten,Serang,Cikande\n")
        << QStringList {u"2 36.02 Rangkasbitung"_s, u"3 36.73 Serang Kota"_s, u"5 36.04 Cikande"_s};
}

void TestListReader::entries()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    const QString path = m_dir.filePath(u"list.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    const Result<QList<ListEntry>> entries = readListFile(path);
    QVERIFY2(entries, entries ? "" : qPrintable(entries.error().message));
    QStringList actual;
    for (const ListEntry &entry : *entries) {
        actual << (entry.code.isEmpty()
                       ? u"%1 %2 %3"_s.arg(entry.line).arg(entry.districtCode, entry.name)
                       : u"%1 %2"_s.arg(entry.line).arg(entry.code));
    }
    QCOMPARE(actual, expected);
}

void TestListReader::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("neither codes nor names") << u"no_columns.csv"_s << u"no_columns.csv:1: "_s
                                             << u"a list needs a kode_puskesmas column"_s;
    QTest::newRow("empty code") << u"empty_code.csv"_s << u"empty_code.csv:3: "_s
                                << u"empty kode_puskesmas"_s;
    QTest::newRow("empty name") << u"empty_name.csv"_s << u"empty_name.csv:4: "_s
                                << u"empty nama_puskesmas"_s;
    QTest::newRow("unknown district names the closest")
        << u"unknown_district.csv"_s << u"unknown_district.csv:3: "_s
        << u"unknown district 'Serangg' in Banten; closest: Serang"_s;
}

void TestListReader::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, prefix);
    QFETCH(QString, fragment);
    const Result<QList<ListEntry>> entries
        = readListFile(QStringLiteral(LENGKAP_TEST_DATA "/broken/list/") + file);
    QVERIFY(!entries);
    QVERIFY2(entries.error().message.startsWith(prefix), qPrintable(entries.error().message));
    QVERIFY2(entries.error().message.contains(fragment), qPrintable(entries.error().message));
}

QTEST_GUILESS_MAIN(TestListReader)
#include "tst_listreader.moc"
