#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>

// The readers take files: each fuzz input is written to one file per process and read back.
namespace Lengkap::Fuzz {

inline QString writeInput(const uint8_t *data, size_t size, const char *suffix)
{
    static const QString path = QDir::tempPath()
                                + QStringLiteral("/lengkap-fuzz-%1%2")
                                      .arg(QCoreApplication::applicationPid())
                                      .arg(QString::fromLatin1(suffix));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace Lengkap::Fuzz
