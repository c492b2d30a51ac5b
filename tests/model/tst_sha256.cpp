// The file digest is the same whichever back end the build hashes with (OpenSSL on Linux,
// QCryptographicHash on Windows), fed in one piece or in many.
#include "sha256.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestSha256 : public QObject
{
    Q_OBJECT
private slots:
    void digest_data();
    void digest();
    void resultOnce();
};

void TestSha256::digest_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("piece");
    QTest::addColumn<QByteArray>("expected"); // hex; empty: compare with QCryptographicHash

    QTest::newRow("empty input") << QByteArray() << 1
                                 << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934c"
                                               "a495991b7852b855");
    QTest::newRow("abc, the FIPS 180-2 example")
        << QByteArray("abc") << 1
        << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QByteArray large(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char((i * 131) % 251);
    QTest::newRow("3 MB in one piece") << large << int(large.size()) << QByteArray();
    QTest::newRow("3 MB in 1 MB chunks") << large << (1 << 20) << QByteArray();
    QTest::newRow("3 MB in odd pieces of 4093 bytes") << large << 4093 << QByteArray();
}

void TestSha256::digest()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, piece);
    QFETCH(QByteArray, expected);
    if (expected.isEmpty())
        expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();

    Sha256 hash;
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        hash.addData(QByteArrayView(bytes).sliced(at, qMin<qsizetype>(piece, bytes.size() - at)));
    QCOMPARE(hash.result().toHex(), expected);
}

void TestSha256::resultOnce()
{
    Sha256 hash;
    hash.addData("abc");
    QCOMPARE(hash.result().size(), 32);
    QVERIFY2(hash.result().isEmpty(), Sha256::backend()); // a second result() is not a digest
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
