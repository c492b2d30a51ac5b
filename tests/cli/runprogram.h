#pragma once

// Runs lengkap-cli (or a checking tool such as pdfinfo) for the CLI tests and keeps what it
// printed.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Lengkap::CliTest {

struct Run
{
    int code = -1; // -1: did not finish within two minutes; -2: crashed
    QString out;
    QString err;
};

// English messages (LANG en_GB, no LC_ALL or LANGUAGE) unless environment, a list of
// "NAME=value", says otherwise.
inline Run runProgram(const QString &program, const QStringList &arguments,
                      const QStringList &environment = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    for (const QString &assignment : environment)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline Run runCli(const QStringList &arguments, const QStringList &environment = {})
{
    return runProgram(QStringLiteral(LENGKAP_CLI), arguments, environment);
}

} // namespace Lengkap::CliTest
