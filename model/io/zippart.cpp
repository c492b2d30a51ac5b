// openCheckedZip(): see zippart.h.
#include "zippart.h"

#include <algorithm>

namespace Lengkap {

Result<std::unique_ptr<QuaZip>> openCheckedZip(const QString &path, const QString &displayName,
                                               const QString &notZip)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return inputError(
            XlsxTr::tr("%1: cannot open: %2").arg(displayName, probe.errorString()));
    const QByteArray magic = probe.read(4);
    const qint64 fileSize = probe.size();
    probe.close();
    const bool looksZip = magic.startsWith("PK");
    auto zip = std::make_unique<QuaZip>(path);
    if (!zip->open(QuaZip::mdUnzip)) {
        if (!looksZip)
            return inputError(notZip);
        return inputError(
            XlsxTr::tr("%1: damaged or truncated zip archive").arg(displayName));
    }

    // Zip bombs, from the central directory before inflating anything: no entry may claim
    // to be compressed more than MaxRatio:1, nor to hold more compressed bytes than the
    // file has (sizes that lie). There is no cap on the total: a sheet as big as Excel
    // allows is read, streaming; what is read is checked again while inflating.
    const QList<QuaZipFileInfo64> entries = zip->getFileInfoList64();
    if (entries.isEmpty() && zip->getZipError() != UNZ_OK)
        return inputError(
            XlsxTr::tr("%1: damaged or truncated zip archive").arg(displayName));
    for (const QuaZipFileInfo64 &entry : entries) {
        const quint64 compressed = entry.compressedSize;
        if (compressed > quint64(fileSize)) {
            return inputError(XlsxTr::tr("%1: damaged archive: %2 claims more compressed "
                                         "bytes than the file holds")
                                  .arg(displayName, entry.name));
        }
        const quint64 uncompressed = entry.uncompressedSize;
        if (uncompressed > quint64(MinBombBytes)
            && uncompressed / quint64(MaxRatio) > std::max<quint64>(1, compressed)) {
            return inputError(
                XlsxTr::tr("%1: refused: %2 is compressed more than %3:1 (a zip bomb?)")
                    .arg(displayName, entry.name)
                    .arg(MaxRatio));
        }
    }

    return Result<std::unique_ptr<QuaZip>>(std::move(zip));
}

QString messageAtRow(const QString &partMessage, const QString &displayName, qint64 row)
{
    const QString prefix = displayName + QStringLiteral(": ");
    if (row < 1 || !partMessage.startsWith(prefix))
        return partMessage;
    return QStringLiteral("%1:%2: %3").arg(displayName).arg(row).arg(partMessage.mid(prefix.size()));
}

} // namespace Lengkap
