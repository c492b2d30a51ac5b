#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QLabel;
class QMainWindow;
class QPushButton;
class QTimer;

// The window follows its database file (issue 11): a CLI import or a restore by another process
// changes the file under the open window. SQLite's PRAGMA data_version on the window's own
// connection changes when another connection commits; the follower polls it and offers to
// refresh in a bar above the window's content, never an error ("locked" and "malformed" are not
// the user's business: a failed poll is tried again at the next tick). The bar also says when the
// database is read-only and imports are not possible there.
namespace Lengkap {

class Store;

class DatabaseFollower : public QObject
{
    Q_OBJECT
public:
    // Puts the bar above window's central widget. reload shows the file's current data; the
    // follower calls it on Refresh and then resync()s. intervalMs: how often to look.
    DatabaseFollower(Store &store, QMainWindow *window, std::function<void()> reload,
                     int intervalMs = 2000, QObject *parent = nullptr);

    // After the window reloaded by itself (its own import): the current version is the shown one.
    void resync();
    // One look at data_version (the timer calls it every intervalMs).
    void poll();
    // Whether the bar offers a refresh now.
    bool refreshOffered() const;
    QWidget *bar() const { return m_bar; }
    QPushButton *refreshButton() const { return m_refresh; }
    QString text() const;

signals:
    // Another connection committed since the data on screen were loaded.
    void changedElsewhere();

private:
    void updateBar();

    Store &m_store;
    std::function<void()> m_reload;
    QPointer<QWidget> m_bar;
    QLabel *m_note = nullptr; // read-only note, permanent
    QLabel *m_changed = nullptr;
    QPushButton *m_refresh = nullptr;
    QTimer *m_timer = nullptr;
    qint64 m_version = -1;
    bool m_offered = false;
};

} // namespace Lengkap
