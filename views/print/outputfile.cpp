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
#else
    // No atomic replace in Qt's public API: the old file goes just before the new one comes.
    QFile::remove(path);
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
