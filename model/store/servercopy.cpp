#include "servercopy.h"

#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Lengkap {

namespace {
struct ServerCopyTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::PgServer)
};
} // namespace

Result<bool> isServerCopy(const Store &store)
{
    const Result<QList<ImportLogEntry>> log = store.importLog();
    if (!log)
        return log.error();
    if (log->isEmpty())
        return false;
    for (const ImportLogEntry &entry : *log) {
        if (entry.format != ServerCopyFormat)
            return false;
    }
    return true;
}

Error serverCopyImportError(const QString &path)
{
    return Error {Error::Kind::Input,
                  ServerCopyTr::tr("%1 is a copy of the server's data (made by 'pull'): it is "
                                   "read-only for imports; nothing was imported. Import into your "
                                   "own database and push it to the server instead.")
                      .arg(QFileInfo(path).fileName())};
}

} // namespace Lengkap
