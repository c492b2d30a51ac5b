#include "databaserecovery.h"

#include "store.h"
#include "storecheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace Lengkap::DatabaseRecovery {

namespace {
struct RecoveryTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::DatabaseRecovery)
};
} // namespace

bool offerRestore(QWidget *parent, const QString &databasePath, const QString &message,
                  const std::function<bool(const QString &question)> &ask)
{
    const DatabaseHealth health = checkDatabase(databasePath);
    const bool damaged
        = health.probe.verdict == DatabaseProbe::Verdict::Damaged
          || (health.probe.verdict == DatabaseProbe::Verdict::Lengkap && !health.domain.isEmpty());
    if (!damaged)
        return false;
    QString newest;
    for (const QString &backup : Store::backups(databasePath)) {
        if (checkDatabase(backup).healthy()) {
            newest = backup;
            break;
        }
    }
    if (newest.isEmpty())
        return false;
    const QString question
        = RecoveryTr::tr("%1\n\nThe newest healthy backup is %2, made %3. Restore it? The "
                         "damaged database is kept in the backups folder.")
              .arg(message, QDir::toNativeSeparators(newest),
                   QLocale().toString(QFileInfo(newest).lastModified(), QLocale::ShortFormat));
    const bool yes = ask ? ask(question)
                         : QMessageBox::question(parent, RecoveryTr::tr("Lengkap"), question,
                                                 QMessageBox::Yes | QMessageBox::No)
                               == QMessageBox::Yes;
    if (!yes)
        return false;
    if (const Result<void> restored = Store::restore(databasePath, newest); !restored) {
        if (!ask)
            QMessageBox::critical(parent, RecoveryTr::tr("Lengkap"), restored.error().message);
        return false;
    }
    return true;
}

} // namespace Lengkap::DatabaseRecovery
