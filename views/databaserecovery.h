#pragma once

#include <QString>

#include <functional>

class QWidget;

// When the window finds its database damaged (the integrity check fails, or the data break the
// domain's rules), it offers the newest automatic backup instead of only an error (issue 11).
namespace Lengkap::DatabaseRecovery {

// ask shows the question and returns the user's answer (a message box unless given, as tests
// do). Returns true when a backup was restored: the caller opens the database again. False when
// the file is not damaged (foreign, newer, busy), no backup exists, or the user declined.
bool offerRestore(QWidget *parent, const QString &databasePath, const QString &message,
                  const std::function<bool(const QString &question)> &ask = {});

} // namespace Lengkap::DatabaseRecovery
