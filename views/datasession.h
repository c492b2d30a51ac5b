#pragma once

#include "result.h"
#include "store.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QToolBar;

// The database file the window shows (issue 12 §2): the user's own file, which starts empty and
// holds only what the user imported, or the national sample (DATA CONTOH) in a file of its own,
// so nothing of the sample ever reaches the user's cut-offs, lists or printouts. Adds File →
// Open, Open Sample Data, Save As and Open Recent to the window, a banner over the sample ("this
// is SAMPLE DATA — import your data") and over an empty database (the first step), and opens
// the import dialog on the user's own file.
namespace Lengkap {

class DashboardWindow;
class ImportDialog;

class DataSession : public QObject
{
    Q_OBJECT
public:
    // ownPath: the user's default database; samplePath: the sample's file (made when missing).
    DataSession(DashboardWindow *window, const QString &ownPath, const QString &samplePath,
                QObject *parent = nullptr);
    ~DataSession() override;

    // The program's start: `explicitPath` when given (--db), else the file of the last session,
    // else (a first start) the sample with its banner while the user's own file is empty.
    Result<void> start(const QString &explicitPath = {});
    Result<void> open(const QString &path, QDate show = {});
    Result<void> openSample();
    // Copies the open database to `path` and goes on with the copy.
    Result<void> saveAs(const QString &path);

    QString path() const { return m_path; }
    // The open database (the same object across open()s): for the change follower, the
    // scenario controller and the like.
    Store &store() { return m_store; }
    // Shows the open file's data again, at the cut-off on screen (another program changed it).
    Result<void> reload();
    bool isSample() const { return !m_path.isEmpty() && m_path == m_samplePath; }
    // The user's database an import writes to: the open file, or the user's own one while the
    // sample is shown.
    QString importTarget() const;
    static QStringList recentFiles(); // newest first
    QMenu *recentMenu() const { return m_recentMenu; }
    QToolBar *banner() const { return m_banner; }

    // A read or a write of `path` (default: the open file) failed after the file was opened:
    // when the file is now damaged, offers a backup (restored: the file is shown again);
    // otherwise shows the message. Never SQLite's raw words alone.
    void reportFailure(const Error &error, const QString &path = {});

    // The import dialog on importTarget(), its cut-off defaulting to the one on screen.
    std::unique_ptr<ImportDialog> createImportDialog(const QString &file);
    void importFile(const QString &file); // modal

signals:
    void opened(const QString &path);

private:
    void chooseAndOpen();
    void chooseAndSaveAs();
    void addRecent(const QString &path);
    void updateRecentMenu();
    void updateBanner();
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void warn(const Error &error);
    bool recoverFromDamage(const QString &path, const QString &message);

    DashboardWindow *m_window;
    QString m_ownPath;
    QString m_samplePath;
    QString m_path;
    QString m_lastOwnPath; // the user's file last open (imports go there from the sample)
    Store m_store;
    bool m_empty = false;
    bool m_opening = false; // open() is loading: a failed read is its own result

    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QToolBar *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerButton = nullptr;
};

} // namespace Lengkap
