// Tests views/print/outputfile.cpp (issue 11 §10): an export replaces the file of the same name in
// one step, so the user has the old file or the new one, never neither and never half of one.
// Runs under wine too (packaging/windows/wine-tests.txt), where the replace is MoveFileExW: the
// old remove-then-rename lost the old file whenever the rename then failed.
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void replacesAnExistingFile_data();
    void replacesAnExistingFile();
    void failedReplaceKeepsTheOldFile();
    void temporaryIsBesideTheTarget();

private:
    static bool write(const QString &path, const QByteArray &bytes);
    static QByteArray read(const QString &path);
    QStringList entries() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

bool TestOutputFile::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray TestOutputFile::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList TestOutputFile::entries() const
{
    return QDir(m_dir->path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
}

void TestOutputFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOutputFile::replacesAnExistingFile_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QString>("name");
    QTest::newRow("new file") << false << u"tabel.csv"_s;
    QTest::newRow("last month's file") << true << u"tabel.csv"_s;
    QTest::newRow("name with spaces and accents") << true << u"Rekap Puskesmas Ñ.xlsx"_s;
}

void TestOutputFile::replacesAnExistingFile()
{
    QFETCH(bool, existing);
    QFETCH(QString, name);
    const QString target = m_dir->filePath(name);
    if (existing)
        QVERIFY(write(target, "last month\n"));
    const QString temporary = OutputFile::temporaryBeside(target);
    QVERIFY(write(temporary, "this month\n"));
    const Result<void> replaced = OutputFile::replace(temporary, target);
    QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.error().message));
    QCOMPARE(read(target), QByteArray("this month\n"));
    QCOMPARE(entries(), QStringList {name}); // the temporary is gone
}

void TestOutputFile::failedReplaceKeepsTheOldFile()
{
    // The new file vanished before it could be put in place (a failed write cleaned it up, an
    // antivirus took it): the replace fails, and last month's file must still be there.
    const QString target = m_dir->filePath(u"tabel.pdf"_s);
    QVERIFY(write(target, "last month\n"));
    const QString temporary = OutputFile::temporaryBeside(target);
    const Result<void> replaced = OutputFile::replace(temporary, target);
    QVERIFY(!replaced.ok());
    QCOMPARE(replaced.error().kind, Error::Kind::Database);
    QVERIFY2(replaced.error().message.contains(QDir::toNativeSeparators(target)),
             qPrintable(replaced.error().message));
    QCOMPARE(read(target), QByteArray("last month\n"));

    // A folder under the chosen name: refused, the folder and the new file's name left alone.
    const QString folder = m_dir->filePath(u"folder.csv"_s);
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder.csv"_s));
    const QString second = OutputFile::temporaryBeside(folder);
    QVERIFY(write(second, "new\n"));
    QVERIFY(!OutputFile::replace(second, folder).ok());
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(!QFile::exists(second)); // no temporary left behind
    QCOMPARE(entries(), (QStringList {u"folder.csv"_s, u"tabel.pdf"_s}));
}

void TestOutputFile::temporaryIsBesideTheTarget()
{
    const QString target = m_dir->filePath(u"laporan.pdf"_s);
    const QString first = OutputFile::temporaryBeside(target);
    QVERIFY(first.startsWith(target + u".part-"_s));
    QVERIFY(first != OutputFile::temporaryBeside(target));
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
