// SpellingCache (model/io/spellingcache.h): every key stored is found with its value, whatever
// its length or bytes, across the table's growth; keys never stored are not found.
#include "spellingcache.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestSpellingCache : public QObject
{
    Q_OBJECT

private slots:
    void keepsEveryKey_data();
    void keepsEveryKey();
    void keysThatDifferOnlyLate();
};

void TestSpellingCache::keepsEveryKey_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("length");
    QTest::newRow("none") << 0 << 8;
    QTest::newRow("a few statuses") << 5 << 3;
    QTest::newRow("professions, past the first growth") << 40 << 21;
    QTest::newRow("Puskesmas codes, many growths") << 12000 << 9;
    QTest::newRow("long identities") << 300 << 97;
}

void TestSpellingCache::keepsEveryKey()
{
    QFETCH(int, count);
    QFETCH(int, length);
    auto keyOf = [length](int i) {
        QByteArray key = QByteArray::number(i).rightJustified(length, 'x');
        if (i % 7 == 0)
            key.replace(0, 1, QByteArray(1, '\0')); // NUL bytes are bytes like any other
        return key;
    };
    SpellingCache<int> cache;
    for (int i = 0; i < count; ++i) {
        const QByteArray key = keyOf(i);
        QVERIFY(!cache.find(key));
        QCOMPARE(*cache.insert(key, i), i);
    }
    QCOMPARE(cache.size(), qsizetype(count));
    for (int i = 0; i < count; ++i) {
        const int *found = cache.find(keyOf(i));
        QVERIFY2(found, keyOf(i).toHex().constData());
        QCOMPARE(*found, i);
    }
    QVERIFY(!cache.find(QByteArrayView("not a key")));
    QVERIFY(!cache.find(keyOf(count)));
}

void TestSpellingCache::keysThatDifferOnlyLate()
{
    // The empty key, and keys alike up to their last byte or their length.
    SpellingCache<QString> cache;
    const QList<QByteArray> keys {"",         "P",         "PNS",      "PNS ",     "PNSX",
                                  "12345678", "123456789", "12345679", "1234567", "123456780"};
    for (const QByteArray &key : keys)
        cache.insert(key, QString::fromLatin1(key));
    for (const QByteArray &key : keys) {
        const QString *found = cache.find(key);
        QVERIFY(found);
        QCOMPARE(*found, QString::fromLatin1(key));
    }
    QVERIFY(!cache.find(QByteArrayView("PN")));
    QVERIFY(!cache.find(QByteArrayView("1234567890")));
}

} // namespace Lengkap

QTEST_GUILESS_MAIN(Lengkap::TestSpellingCache)
#include "tst_spellingcache.moc"
