#include "outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace Lengkap::OutputFile {

namespace {
struct OutputTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::OutputFile)
};
} // namespace

QString temporaryBeside(const QString &path)
{
    return path + u".part-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

Result<void> replace(const QString &temporary, const QString &path)
{
#ifdef Q_OS_UNIX
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
        != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temporary);
        return writeError(path, reason);
    }
#elif defined(Q_OS_WIN)
    // One call replaces the old file (or leaves it as it was): never a moment with neither.
    // WRITE_THROUGH returns only once the move is on the disk.
    const std::wstring from = QDir::toNativeSeparators(temporary).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(path).toStdWString();
    if (!::MoveFileExW(from.c_str(), to.c_str(),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const QString reason = qt_error_string(int(::GetLastError()));
        QFile::remove(temporary);
        return writeError(path, reason);
    }
#else
    QFile::remove(path); // no atomic replace known here: the old file goes just before
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return writeError(path);
    }
#endif
    return {};
}

Error writeError(const QString &path, const QString &reason)
{
    const QString name = QDir::toNativeSeparators(path);
    return Error {Error::Kind::Database,
                  reason.isEmpty()
                      ? OutputTr::tr("Cannot write %1 (the disk may be full); no file was "
                                     "written")
                            .arg(name)
                      : OutputTr::tr("Cannot write %1: %2; no file was written").arg(name, reason)};
}

} // namespace Lengkap::OutputFile
