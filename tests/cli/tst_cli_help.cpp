// What a user reads before running a command: every command's --help names the command as it
// is typed, and the manual page (packaging/deb/lengkap-cli.1, shipped in the .deb) describes
// every command the program lists, so the two cannot drift apart.
#include "runprogram.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap::CliTest;

class TestCliHelp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void commandHelpNamesTheCommand_data();
    void commandHelpNamesTheCommand();
    void manualDescribesEveryCommand_data();
    void manualDescribesEveryCommand();

private:
    QStringList m_commands; // as `lengkap-cli --help` lists them
};

void TestCliHelp::initTestCase()
{
    const Run help = runCli({u"--help"_s});
    QCOMPARE(help.code, 0);
    const QString commands = help.out.section(u"Commands:"_s, 1).section(u"\n\n"_s, 0, 0);
    static const QRegularExpression line(u"^  (\\S+)\\s"_s, QRegularExpression::MultilineOption);
    for (auto match = line.globalMatch(commands); match.hasNext();)
        m_commands.append(match.next().captured(1));
    QVERIFY2(m_commands.size() >= 7, qPrintable(help.out));
    QVERIFY(m_commands.contains(u"import"_s));
}

void TestCliHelp::commandHelpNamesTheCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : std::as_const(m_commands))
        QTest::newRow(qPrintable(command)) << command;
}

void TestCliHelp::commandHelpNamesTheCommand()
{
    QFETCH(QString, command);
    const Run help = runCli({command, u"--help"_s});
    QCOMPARE(help.code, 0);
    const QString first = help.out.section(u'\n', 0, 0);
    QVERIFY2(first.startsWith(u"Usage: lengkap-cli "_s + command), qPrintable(first));
    QVERIFY2(!first.contains(u'/') && !first.contains(u'\\'), qPrintable(first)); // no build path
}

void TestCliHelp::manualDescribesEveryCommand_data()
{
    commandHelpNamesTheCommand_data();
}

void TestCliHelp::manualDescribesEveryCommand()
{
    QFETCH(QString, command);
    QFile page(QStringLiteral(LENGKAP_SOURCE_DIR "/packaging/deb/lengkap-cli.1"));
    QVERIFY(page.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString manual = QString::fromUtf8(page.readAll());
    // Each command is a .TP entry whose tag starts with the command's name.
    const QRegularExpression entry(u"^\\.TP\\n\\.BI? \"?"_s + QRegularExpression::escape(command)
                                       + u"[ \"]"_s,
                                   QRegularExpression::MultilineOption);
    QVERIFY2(entry.match(manual).hasMatch(),
             qPrintable(u"packaging/deb/lengkap-cli.1 does not describe '%1'"_s.arg(command)));
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
