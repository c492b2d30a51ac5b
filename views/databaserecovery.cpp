#include "databaserecovery.h"

#include "store.h"
#include "storecheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Lengkap::DatabaseRecovery {

namespace {
struct RecoveryTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::DatabaseRecovery)
};

QString newestQuestion(const QString &message, const QString &newest)
{
    return RecoveryTr::tr("%1\n\nThe newest healthy backup is %2, made %3. Restore it? The "
                          "damaged database is kept in the backups folder.")
        .arg(message, QDir::toNativeSeparators(newest),
             QLocale().toString(QFileInfo(newest).lastModified(), QLocale::ShortFormat));
}

bool restoreFrom(QWidget *parent, const QString &databasePath, const QString &backup, bool quiet)
{
    if (const Result<void> restored = Store::restore(databasePath, backup); !restored) {
        if (!quiet)
            QMessageBox::critical(parent, RecoveryTr::tr("Lengkap"), restored.error().message);
        return false;
    }
    return true;
}
} // namespace

bool isDamaged(const QString &databasePath)
{
    const DatabaseHealth health = checkDatabase(databasePath);
    return health.probe.verdict == DatabaseProbe::Verdict::Damaged
           || (health.probe.verdict == DatabaseProbe::Verdict::Lengkap && !health.domain.isEmpty());
}

QString newestHealthyBackup(const QString &databasePath)
{
    for (const QString &backup : Store::backups(databasePath)) {
        if (checkDatabase(backup).healthy())
            return backup;
    }
    return {};
}

bool offerRestore(QWidget *parent, const QString &databasePath, const QString &message,
                  const std::function<bool(const QString &question)> &ask)
{
    if (!isDamaged(databasePath))
        return false;
    if (!ask)
        return offerBackup(parent, databasePath, message);
    const QString newest = newestHealthyBackup(databasePath);
    if (newest.isEmpty() || !ask(newestQuestion(message, newest)))
        return false;
    return restoreFrom(parent, databasePath, newest, true);
}

bool offerBackup(QWidget *parent, const QString &databasePath, const QString &message)
{
    const QString newest = newestHealthyBackup(databasePath);
    QMessageBox box(
        QMessageBox::Warning, RecoveryTr::tr("Lengkap"),
        newest.isEmpty()
            ? RecoveryTr::tr("%1\n\nThere is no healthy automatic backup in %2. "
                             "Choose a backup file to restore? The damaged database "
                             "is kept in the backups folder.")
                  .arg(message, QDir::toNativeSeparators(Store::backupFolder(databasePath)))
            : newestQuestion(message, newest),
        QMessageBox::NoButton, parent);
    box.setObjectName(u"restoreOffer"_s);
    QPushButton *restore = nullptr;
    if (!newest.isEmpty()) {
        restore = box.addButton(RecoveryTr::tr("&Restore"), QMessageBox::AcceptRole);
        restore->setObjectName(u"restoreNewest"_s);
    }
    QPushButton *choose
        = box.addButton(RecoveryTr::tr("C&hoose a backup…"), QMessageBox::ActionRole);
    choose->setObjectName(u"restoreChoose"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(restore ? restore : choose);
    box.setEscapeButton(cancel);
    box.exec();
    if (restore && box.clickedButton() == restore)
        return restoreFrom(parent, databasePath, newest, false);
    if (box.clickedButton() != choose)
        return false;
    const QString chosen = QFileDialog::getOpenFileName(
        parent, RecoveryTr::tr("Choose a backup"), Store::backupFolder(databasePath),
        RecoveryTr::tr("Lengkap databases (*.sqlite *.db);;All files (*)"));
    // Store::restore refuses anything but a healthy Lengkap database.
    return !chosen.isEmpty() && restoreFrom(parent, databasePath, chosen, false);
}

} // namespace Lengkap::DatabaseRecovery
