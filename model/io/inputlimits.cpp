#include "inputlimits.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {
struct LimitsTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Importer)
};
} // namespace

Result<void> checkInputFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return inputError(LimitsTr::tr("%1: no such file").arg(path));
    if (info.isDir())
        return inputError(LimitsTr::tr("%1: is a folder, not a file").arg(name));
    if (!info.isFile())
        return inputError(LimitsTr::tr("%1: is a device, a pipe or a socket, not a file; save "
                                       "the data to a file first")
                              .arg(name));
    if (info.size() > maxBytes)
        return inputError(LimitsTr::tr("%1: too large (%2 MB; at most %3 MB)")
                              .arg(name)
                              .arg(info.size() >> 20)
                              .arg(maxBytes >> 20));
    return {};
}

QString nameTooLong(QStringView value, const QString &what)
{
    if (value.size() <= MaxNameLength)
        return {};
    return LimitsTr::tr("%1 is %2 characters long (at most %3): '%4…'")
        .arg(what)
        .arg(value.size())
        .arg(MaxNameLength)
        .arg(value.left(40).toString());
}

std::optional<Error> checkNameLengths(const ImportBatch &batch)
{
    for (const PuskesmasCounts &p : batch.puskesmas) {
        for (const auto &[value, what] : {std::pair {QStringView(p.name), u"nama_puskesmas"_s},
                                          std::pair {QStringView(p.kategori), u"kategori"_s}}) {
            const QString message = nameTooLong(value, what);
            if (!message.isEmpty())
                return inputError(u"%1:%2: %3"_s.arg(batch.sourceName).arg(p.line).arg(message));
        }
    }
    return std::nullopt;
}

std::optional<Error> checkNameLengths(const QList<ListEntry> &entries, const QString &sourceName)
{
    for (const ListEntry &entry : entries) {
        const QString message = nameTooLong(entry.name, u"nama_puskesmas"_s);
        if (!message.isEmpty())
            return inputError(u"%1:%2: %3"_s.arg(sourceName).arg(entry.line).arg(message));
    }
    return std::nullopt;
}

} // namespace Lengkap
