#include "drawmodule.h"

#include "lengkapversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <iterator>

#ifdef Q_OS_WIN
#include <windows.h>
#elif defined(Q_OS_LINUX)
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {

struct DrawTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

// The folder of the running executable, without QCoreApplication (there is none yet).
QString executableFolder(const char *argv0)
{
#if defined(Q_OS_WIN)
    wchar_t buffer[32768];
    const DWORD size = GetModuleFileNameW(nullptr, buffer, DWORD(std::size(buffer)));
    if (size > 0 && size < std::size(buffer))
        return QFileInfo(QDir::fromNativeSeparators(QString::fromWCharArray(buffer, int(size))))
            .absolutePath();
#elif defined(Q_OS_LINUX)
    // Through symbolic links (/usr/local/bin/lengkap-cli -> /opt/...): the real file's folder.
    // The kernel's own link names the executed file with its links resolved. Read as it is, not
    // canonicalised: that would stat every folder on the way, and a user who may run the
    // program need not be allowed to (a build in a private folder run as another user got
    // "/proc/self" back from QFileInfo::canonicalFilePath()).
    char buffer[4096];
    const ssize_t size = ::readlink("/proc/self/exe", buffer, sizeof buffer);
    if (size > 0 && size_t(size) < sizeof buffer && buffer[0] == '/')
        return QFileInfo(QFile::decodeName(QByteArray(buffer, qsizetype(size)))).absolutePath();
#endif
    return QFileInfo(QString::fromLocal8Bit(argv0)).absolutePath(); // elsewhere: as started
}

} // namespace

bool DrawModule::load(const char *argv0)
{
    const QString folder = executableFolder(argv0);
    const QString file = QStringLiteral(LENGKAP_CLI_DRAW_FILE);
    QStringList candidates {QDir(folder).filePath(file)};
    const QString installed =
        QDir::cleanPath(folder + u'/' + QStringLiteral(LENGKAP_CLI_DRAW_RELDIR) + u'/' + file);
    if (!candidates.contains(installed))
        candidates.append(installed);
    m_path.clear();
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile()) {
            m_path = candidate;
            break;
        }
    }
    if (m_path.isEmpty()) {
        m_problem = Problem::Missing;
        m_path = QDir::toNativeSeparators(candidates.join(u", "_s));
        return false;
    }
    m_library.setFileName(m_path);
    if (!m_library.load()) {
        m_problem = Problem::Unloadable;
        m_detail = m_library.errorString();
        return false;
    }
    const auto version =
        reinterpret_cast<LengkapCliDrawVersion>(m_library.resolve(LENGKAP_CLI_DRAW_VERSION_SYMBOL));
    m_application = reinterpret_cast<LengkapCliDrawApplication>(
        m_library.resolve(LENGKAP_CLI_DRAW_APPLICATION_SYMBOL));
    m_run = reinterpret_cast<LengkapCliDrawRun>(m_library.resolve(LENGKAP_CLI_DRAW_RUN_SYMBOL));
    if (!version || !m_application || !m_run) {
        m_problem = Problem::Unloadable;
        m_detail = m_library.errorString();
        return false;
    }
    const char *ours = LENGKAP_VERSION " Qt " QT_VERSION_STR;
    if (qstrcmp(version(), ours) != 0) {
        m_problem = Problem::OtherBuild;
        m_detail = QString::fromUtf8(version());
        return false;
    }
    m_problem = Problem::None;
    return true;
}

QCoreApplication *DrawModule::createApplication(int &argc, char **argv) const
{
    return m_application(&argc, argv);
}

int DrawModule::run(const char *command, const QStringList &arguments) const
{
    return m_run(command, &arguments);
}

QString DrawModule::problem() const
{
    const QString path = QDir::toNativeSeparators(m_path);
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::Missing:
        return DrawTr::tr("the module that writes tables and reports is not installed (looked "
                          "for %1); reinstall Lengkap")
            .arg(path);
    case Problem::Unloadable:
        return DrawTr::tr("the module that writes tables and reports, %1, could not be loaded "
                          "(%2); reinstall Lengkap")
            .arg(path, m_detail);
    case Problem::OtherBuild:
        return DrawTr::tr("the module that writes tables and reports, %1, belongs to another "
                          "build (%2; this program is %3); reinstall Lengkap")
            .arg(path, m_detail, QStringLiteral(LENGKAP_VERSION " Qt " QT_VERSION_STR));
    }
    return {};
}

} // namespace Lengkap::Cli
