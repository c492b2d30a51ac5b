#pragma once

#include <QString>

#include <functional>

class QWidget;

// When the window finds its database damaged (the integrity check fails, or the data break the
// domain's rules), it offers the newest automatic backup, or a backup the user chooses, instead
// of only an error (issue 11): when a file is opened, and when damage shows later (a read fails
// while a cut-off loads, an import refuses the file).
namespace Lengkap::DatabaseRecovery {

// Whether the file is damaged: SQLite's full integrity check fails, or the data break the
// domain's rules. A foreign, newer, busy or unreadable file is not "damaged" (nothing to restore).
bool isDamaged(const QString &databasePath);

// The newest automatic backup of databasePath that passes every check; empty when none does.
QString newestHealthyBackup(const QString &databasePath);

// ask shows the question and returns the user's answer (a message box unless given, as tests
// do). Returns true when a backup was restored: the caller opens the database again. False when
// the file is not damaged (foreign, newer, busy), no backup exists, or the user declined.
bool offerRestore(QWidget *parent, const QString &databasePath, const QString &message,
                  const std::function<bool(const QString &question)> &ask = {});

// The offer itself, for a file already found damaged: a message box with Restore (the newest
// healthy backup), Choose a backup… (a file dialog in the backups folder) and Cancel. A failed
// restore is shown and changes nothing. Returns true when a backup was restored.
bool offerBackup(QWidget *parent, const QString &databasePath, const QString &message);

} // namespace Lengkap::DatabaseRecovery
