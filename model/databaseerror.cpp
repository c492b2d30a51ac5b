#include "databaseerror.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcStore, "lengkap.store", QtInfoMsg)

namespace Lengkap {

namespace {

struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Store)
};

} // namespace

Error databaseError(const QString &text, QStringView context)
{
    if (context.isEmpty())
        qCWarning(lcStore) << "database error:" << text;
    else
        qCWarning(lcStore) << "database error:" << text << "in" << context.left(200);
    return Error {Error::Kind::Database, StoreTr::tr("database error: %1").arg(text.trimmed())};
}

} // namespace Lengkap
