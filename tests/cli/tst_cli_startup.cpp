// lengkap-cli's start-up (issues 13 and 15): the commands that do not draw never load QtGui
// (the dynamic loader's own trace, LD_DEBUG=files, of every library the process opened); the
// commands that draw load it through the module lengkap-cli-draw (cli/drawabi.h); a missing
// or broken module is an exit 3 with a message, not a crash. Linux only: the trace is glibc's.
#include "runprogram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestCliStartup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noGui_data();
    void noGui();
    void drawingLoadsModule_data();
    void drawingLoadsModule();
    void missingModule_data();
    void missingModule();

private:
    using Run = Lengkap::CliTest::Run;
    struct Traced
    {
        Run run;
        QStringList libraries; // every file the loader opened, by name
    };
    // Runs the CLI (or a copy of it) under LD_DEBUG=files, in English unless told otherwise.
    Traced traced(const QString &program, const QStringList &arguments,
                  const QStringList &environment = {});
    static QStringList cutoffArguments(const QString &db)
    {
        return {u"--db"_s, db, u"--district"_s, u"Lombok Timur"_s};
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_db;
    int m_traces = 0;
};

void TestCliStartup::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("reads the trace of glibc's dynamic loader (LD_DEBUG)");
#endif
    QVERIFY(m_dir.isValid());
    m_db = path(u"lengkap.db"_s);
    const Run imported = Lengkap::CliTest::runCli(
        {u"import"_s, u"--db"_s, m_db, u"--cutoff"_s, u"2024-12-01"_s,
         QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv")});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
}

TestCliStartup::Traced TestCliStartup::traced(const QString &program,
                                              const QStringList &arguments,
                                              const QStringList &environment)
{
    // The loader writes its trace to PREFIX.<pid>; a fresh prefix per run.
    const QString prefix = path(u"trace-%1"_s.arg(++m_traces));
    Traced result;
    result.run = Lengkap::CliTest::runProgram(
        program, arguments,
        QStringList {u"LD_DEBUG=files"_s, u"LD_DEBUG_OUTPUT="_s + prefix,
                     u"QT_QPA_PLATFORM=offscreen"_s}
            + environment);
    const QFileInfo info(prefix);
    const QStringList traces =
        QDir(info.path()).entryList({info.fileName() + u".*"_s}, QDir::Files);
    for (const QString &name : traces) {
        QFile file(QDir(info.path()).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // "     12345:	file=libQt6Core.so.6 [0];  needed by ./lengkap-cli [0]"
        static const QRegularExpression opened(u"\\bfile=(\\S+)"_s);
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = opened.globalMatch(text); match.hasNext();)
            result.libraries.append(QFileInfo(match.next().captured(1)).fileName());
    }
    result.libraries.removeDuplicates();
    return result;
}

void TestCliStartup::noGui_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--version") << QStringList {u"--version"_s};
    QTest::newRow("--help") << QStringList {u"--help"_s};
    QTest::newRow("summary") << QStringList {u"summary"_s} + cutoffArguments(m_db)
            + QStringList {u"--json"_s};
    QTest::newRow("check") << QStringList {u"check"_s, u"--db"_s, m_db};
    QTest::newRow("import") << QStringList {
        u"import"_s, u"--db"_s, path(u"second.db"_s), u"--cutoff"_s, u"2024-12-01"_s,
        QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv")};
    QTest::newRow("backup") << QStringList {u"backup"_s, u"--db"_s, m_db, u"-o"_s,
                                            path(u"copy.db"_s)};
    QTest::newRow("push --help") << QStringList {u"push"_s, u"--help"_s};
}

void TestCliStartup::noGui()
{
    QFETCH(QStringList, arguments);
    const Traced t = traced(QStringLiteral(LENGKAP_CLI), arguments);
    QVERIFY2(t.run.code == 0, qPrintable(t.run.err));
    // The trace worked: QtCore is in it (else the check below would pass on nothing).
    QVERIFY2(t.libraries.contains(u"libQt6Core.so.6"_s), qPrintable(t.libraries.join(u' ')));
    for (const QString &library : t.libraries) {
        QVERIFY2(!library.startsWith(u"libQt6Gui"_s) && !library.startsWith(u"lengkap-cli-draw"_s),
                 qPrintable(u"%1 loaded %2"_s.arg(arguments.first(), library)));
    }
}

void TestCliStartup::drawingLoadsModule_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    for (const char *format : {"pdf", "xlsx", "csv"}) {
        const QString file = path(u"table.%1"_s.arg(QLatin1StringView(format)));
        QTest::addRow("table --format %s", format)
            << QStringList {u"table"_s} + cutoffArguments(m_db)
                + QStringList {u"--format"_s, QString::fromLatin1(format), u"-o"_s, file}
            << file;
    }
    const QString report = path(u"report.pdf"_s);
    QTest::newRow("report") << QStringList {u"report"_s, u"--db"_s, m_db, u"--province"_s,
                                            u"NTB"_s, u"--all-districts"_s, u"--quiet"_s,
                                            u"-o"_s, report}
                            << report;
}

void TestCliStartup::drawingLoadsModule()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    const Traced t = traced(QStringLiteral(LENGKAP_CLI), arguments);
    QVERIFY2(t.run.code == 0, qPrintable(t.run.err));
    QVERIFY(QFileInfo(output).size() > 0);
    const QStringList module = t.libraries.filter(u"lengkap-cli-draw"_s);
    QVERIFY2(module.size() == 1, qPrintable(t.libraries.join(u' ')));
    QVERIFY(t.libraries.contains(u"libQt6Gui.so.6"_s));
}

// The executable copied alone into a folder: no module beside it nor in ../lib/lengkap; then
// an empty file in the module's place. The commands that do not draw still work.
void TestCliStartup::missingModule_data()
{
    QTest::addColumn<bool>("brokenFile");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing, English")
        << false << u"en_GB.UTF-8"_s
        << u"the module that writes tables and reports is not installed"_s;
    QTest::newRow("missing, Indonesian")
        << false << u"id_ID.UTF-8"_s << u"modul penulis tabel dan laporan tidak terpasang"_s;
    QTest::newRow("broken, English")
        << true << u"en_GB.UTF-8"_s << u"could not be loaded"_s;
}

void TestCliStartup::missingModule()
{
    QFETCH(bool, brokenFile);
    QFETCH(QString, language);
    QFETCH(QString, message);
    const QString folder = path(u"alone-%1"_s.arg(QTest::currentDataTag()).replace(u' ', u'_'));
    QVERIFY(QDir().mkpath(folder));
    const QString program = folder + u"/lengkap-cli"_s;
    QVERIFY(QFile::copy(QStringLiteral(LENGKAP_CLI), program));
    if (brokenFile) {
        const QStringList modules = QFileInfo(QStringLiteral(LENGKAP_CLI))
                                        .dir()
                                        .entryList({u"lengkap-cli-draw*"_s}, QDir::Files);
        QCOMPARE(modules.size(), 1);
        QFile empty(folder + u'/' + modules.first());
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    const QString pdf = path(u"never.pdf"_s);
    const Traced t = traced(program,
                            QStringList {u"table"_s} + cutoffArguments(m_db)
                                + QStringList {u"--format"_s, u"pdf"_s, u"-o"_s, pdf},
                            {u"LANG="_s + language});
    QCOMPARE(t.run.code, 3);
    QVERIFY2(t.run.err.contains(message), qPrintable(t.run.err));
    QVERIFY2(t.run.err.contains(u"lengkap-cli-draw"_s), qPrintable(t.run.err)); // where it looked
    QVERIFY(!QFileInfo::exists(pdf));
    QVERIFY(!t.libraries.contains(u"libQt6Gui.so.6"_s));

    const Run summary = Lengkap::CliTest::runProgram(
        program, QStringList {u"summary"_s} + cutoffArguments(m_db) + QStringList {u"--json"_s});
    QVERIFY2(summary.code == 0, qPrintable(summary.err));
    QVERIFY(summary.out.contains(u"\"puskesmas\": 35"_s));
}

} // namespace Lengkap

QTEST_GUILESS_MAIN(Lengkap::TestCliStartup)
#include "tst_cli_startup.moc"
