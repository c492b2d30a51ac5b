// Portable mode: a portable.txt beside the program keeps the database and the settings beside
// it; without one, the user's application data folder and Qt's settings store are used.
#include "apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestAppPaths : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void installed();
    void portable_data();
    void portable();
};

void TestAppPaths::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never the real user's folders
    QCoreApplication::setOrganizationName(u"Lengkap"_s);
    QCoreApplication::setApplicationName(u"Lengkap"_s);
}

void TestAppPaths::installed()
{
    QTemporaryDir program;
    QVERIFY(program.isValid());
    const AppPaths paths = AppPaths::resolve(program.path());
    QVERIFY(!paths.portable);
    QCOMPARE(paths.dataDirectory,
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QVERIFY(QDir(paths.dataDirectory).exists());
    QVERIFY(!paths.databaseFile().startsWith(program.path()));
    QVERIFY(QDir(program.path()).isEmpty()); // nothing written beside the program
}

void TestAppPaths::portable_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("plain folder") << u"Lengkap"_s;
    QTest::newRow("spaces and a non-ASCII name") << u"Data Dinkes \u00d1usa/Lengkap"_s;
}

void TestAppPaths::portable()
{
    QFETCH(QString, folder);
    QTemporaryDir stick;
    QVERIFY(stick.isValid());
    const QString program = stick.filePath(folder);
    QVERIFY(QDir().mkpath(program));
    QFile marker(program + u"/portable.txt"_s);
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();

    const AppPaths paths = AppPaths::resolve(program);
    QVERIFY(paths.portable);
    QCOMPARE(paths.dataDirectory, program + u"/data"_s);
    QCOMPARE(paths.databaseFile(), program + u"/data/lengkap.sqlite"_s);
    QVERIFY(QDir(paths.dataDirectory).exists());

    paths.apply();
    {
        QSettings settings;
        settings.setValue(u"view/language"_s, u"en"_s);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        QVERIFY2(settings.fileName().startsWith(program + u'/'), qPrintable(settings.fileName()));
    }
    QVERIFY(QFile::exists(program + u"/Lengkap/Lengkap.ini"_s));
    QCOMPARE(QSettings().value(u"view/language"_s).toString(), u"en"_s);
    // Back to the platform's store for the next row.
    QSettings::setDefaultFormat(QSettings::NativeFormat);
}

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_apppaths.moc"
