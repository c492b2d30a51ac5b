#pragma once

#include "recordsource.h"

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

// Reads a source to its end (at most maxRows records), every cell decoded, as the importers do.
inline void readEveryCell(RecordSource &source, int maxRows)
{
    int rows = 0;
    while (source.next() && ++rows < maxRows) {
        for (int i = 0; i <= source.fieldCount(); ++i) {
            (void)source.text(i);
            (void)source.isNumber(i);
        }
    }
}

// Every sheet a workbook lists (list(path)), each opened (open(path, sheet)) and read to its end
// (at most maxRows records); false when the workbook cannot even be listed.
template<typename List, typename Open>
bool readEverySheet(const QString &path, List list, Open open, int maxRows)
{
    const auto sheets = list(path);
    if (!sheets)
        return false;
    for (const QString &sheet : *sheets) {
        auto source = open(path, sheet);
        if (source)
            readEveryCell(**source, maxRows);
    }
    return true;
}

} // namespace Lengkap::Fuzz
