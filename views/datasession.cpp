#include "datasession.h"

#include "databaserecovery.h"

#include "dashboardwindow.h"
#include "importdialog.h"
#include "samplesplitbar.h"
#include "samplestore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QToolBar>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

// The session's store as the window's source (the session owns the store). A failed read is
// handed to onFailure; when it takes the failure over, the window gets a cancellation instead of
// the raw database message.
class WatchedStore : public SnapshotSource
{
public:
    WatchedStore(const Store &store, std::function<bool(const Error &)> onFailure)
        : m_store(store), m_onFailure(std::move(onFailure))
    {
    }
    Result<QList<QDate>> cutoffs() const override { return m_store.cutoffs(); }
    Result<Snapshot> loadSnapshot(QDate cutoff) const override
    {
        Result<Snapshot> snapshot = m_store.loadSnapshot(cutoff);
        if (!snapshot && m_onFailure(snapshot.error()))
            return Error {Error::Kind::Cancelled, snapshot.error().message};
        return snapshot;
    }
    QString sourceName() const override { return m_store.sourceName(); }
    bool acceptsImports() const override { return m_store.acceptsImports(); }
    Result<std::optional<SkmStandards>> standards() const override { return m_store.standards(); }

private:
    const Store &m_store;
    std::function<bool(const Error &)> m_onFailure;
};

constexpr int MaxRecent = 6;
const QString RecentKey = u"files/recent"_s;
const QString LastKey = u"files/last"_s;
const QString LastOwnKey = u"files/lastOwn"_s;

QString absolute(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

} // namespace

DataSession::DataSession(DashboardWindow *window, const QString &ownPath, const QString &samplePath,
                         QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_ownPath(absolute(ownPath))
    , m_samplePath(absolute(samplePath))
{
    m_lastOwnPath = absolute(QSettings().value(LastOwnKey).toString());
    if (m_lastOwnPath.isEmpty() || m_lastOwnPath == m_samplePath)
        m_lastOwnPath = m_ownPath;

    // File menu: the database files above Import.
    QMenu *file = window->fileMenu();
    QAction *before = window->importAction();
    m_openAction = new QAction(this);
    m_openAction->setObjectName(u"openDatabaseAction"_s);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openAction, &QAction::triggered, this, &DataSession::chooseAndOpen);
    m_recentMenu = new QMenu(window);
    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_sampleAction = new QAction(this);
    m_sampleAction->setObjectName(u"openSampleAction"_s);
    connect(m_sampleAction, &QAction::triggered, this, [this] {
        if (const Result<void> done = openSample(); !done)
            warn(done.error());
    });
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setObjectName(u"saveAsAction"_s);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &DataSession::chooseAndSaveAs);
    file->insertAction(before, m_openAction);
    file->insertMenu(before, m_recentMenu);
    file->insertAction(before, m_sampleAction);
    file->insertAction(before, m_saveAsAction);
    file->insertSeparator(before);

    // The banner over the sample and over an empty database: what this is, and the next step.
    m_banner = new QToolBar(window);
    m_banner->setObjectName(u"dataBanner"_s);
    m_banner->setMovable(false);
    m_banner->setFloatable(false);
    m_banner->toggleViewAction()->setVisible(false);
    m_banner->setStyleSheet(u"QToolBar { background: #fff3cd; border-bottom: 1px solid #e0c068; }"
                            u" QLabel { color: #5c4400; font-weight: bold; padding: 2px 8px; }"_s);
    auto *content = new QWidget(m_banner);
    auto *row = new QHBoxLayout(content);
    row->setContentsMargins(4, 2, 4, 2);
    m_bannerText = new QLabel(content);
    m_bannerText->setObjectName(u"bannerText"_s);
    m_bannerButton = new QPushButton(content);
    m_bannerButton->setObjectName(u"bannerImport"_s);
    connect(m_bannerButton, &QPushButton::clicked, this, [this] { importFile({}); });
    row->addWidget(m_bannerText);
    row->addWidget(m_bannerButton);
    row->addStretch(1);
    m_banner->addWidget(content);
    window->addToolBar(Qt::TopToolBarArea, m_banner);
    m_banner->hide();

    connect(window, &DashboardWindow::importRequested, this, &DataSession::importFile);
    window->installEventFilter(this); // LanguageChange
    new SampleSplitBar(window, this); // issue 12: an older file that mixes the sample in
    retranslate();
    updateRecentMenu();
}

DataSession::~DataSession() = default;

bool DataSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void DataSession::retranslate()
{
    m_openAction->setText(tr("Open data&base…"));
    m_openAction->setToolTip(tr("Open another Lengkap database file"));
    m_recentMenu->setTitle(tr("Open recen&t"));
    //: Indonesian: "Buka Data &Contoh"
    m_sampleAction->setText(tr("Open sa&mple data"));
    m_sampleAction->setToolTip(
        tr("The generated national sample (DATA CONTOH), kept in a file of its own"));
    m_saveAsAction->setText(tr("Save database a&s…"));
    updateBanner();
    updateRecentMenu();
}

Result<void> DataSession::start(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return open(explicitPath);
    const QString last = absolute(QSettings().value(LastKey).toString());
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last == m_samplePath ? openSample() : open(last);
    // A first start: the user's own file, unless it is still empty; then the sample, with
    // the banner that says so.
    if (QFileInfo(m_ownPath).size() > 0) {
        Store own;
        if (own.open(m_ownPath)) {
            const Result<QList<QDate>> cutoffs = own.cutoffs();
            if (cutoffs && !cutoffs->isEmpty()) {
                own.close();
                return open(m_ownPath);
            }
        }
    }
    return openSample();
}

Result<void> DataSession::open(const QString &path, QDate show)
{
    const QString file = absolute(path);
    // Read-write where possible; a read-only file, folder or medium opens for viewing (issue
    // 11). A damaged database: the newest healthy automatic backup is offered.
    Result<void> result = m_store.open(file, Store::OpenMode::WriteIfPossible);
    if (!result && DatabaseRecovery::isDamaged(file)) {
        if (DatabaseRecovery::offerBackup(m_window, file, result.error().message))
            result = m_store.open(file, Store::OpenMode::WriteIfPossible);
        else // the offer showed the message; the user answered it
            result = Error {Error::Kind::Cancelled, result.error().message};
    }
    if (!result) {
        // Back to the file that was open, so the window never shows data of a closed store.
        if (!m_path.isEmpty() && m_path != file)
            (void)m_store.open(m_path, Store::OpenMode::WriteIfPossible); // as it was
        return result;
    }
    if (file == m_samplePath && !m_store.isReadOnly()) {
        if (const Result<void> installed = installSampleIfEmpty(m_store); !installed)
            return installed;
    }
    const Result<QList<QDate>> cutoffs = m_store.cutoffs();
    if (!cutoffs)
        return cutoffs.error();
    m_path = file;
    m_empty = cutoffs->isEmpty();
    // The store through the back-end interface, watched: damage found while the user works
    // (another cut-off chosen) leads to the offer of a backup (issue 11).
    m_opening = true;
    const Result<void> shown = m_window->setSource(
        std::make_shared<WatchedStore>(m_store, [this](const Error &error) {
            if (m_opening || error.kind != Error::Kind::Database)
                return false;
            // Once the window has put its cut-off box back, look at the file and offer a backup.
            QMetaObject::invokeMethod(
                this, [this, error] { reportFailure(error); }, Qt::QueuedConnection);
            return true;
        }),
        show);
    m_opening = false;
    if (!shown)
        return shown;
    QSettings settings;
    settings.setValue(LastKey, file);
    if (!isSample()) {
        m_lastOwnPath = file;
        settings.setValue(LastOwnKey, file);
        addRecent(file);
    }
    // Imports go to the user's own file while the sample is shown; a read-only file takes none.
    m_window->importAction()->setEnabled(isSample() || !m_store.isReadOnly());
    updateBanner();
    emit opened(file);
    return {};
}

Result<void> DataSession::reload()
{
    if (m_path.isEmpty())
        return {};
    return open(m_path, m_window->shownCutoff());
}

Result<void> DataSession::openSample()
{
    return open(m_samplePath);
}

Result<void> DataSession::saveAs(const QString &path)
{
    const QString target = absolute(path);
    if (target.isEmpty() || target == m_path)
        return {};
    const QString source = m_path;
    // Closing the last connection folds SQLite's write-ahead log into the file: the copy is
    // whole. No SQL here: a plain file copy.
    m_store.close();
    if (QFile::exists(target) && !QFile::remove(target)) {
        (void)open(source); // back to the file we had
        return Error {Error::Kind::Database,
                      tr("%1 cannot be replaced; nothing was saved").arg(target)};
    }
    if (!QFile::copy(source, target)) {
        (void)open(source); // back to the file we had
        return Error {Error::Kind::Database,
                      tr("%1 cannot be written; nothing was saved").arg(target)};
    }
    QFile(target).setPermissions(QFile(target).permissions() | QFileDevice::WriteOwner);
    return open(target, m_window->shownCutoff());
}

QString DataSession::importTarget() const
{
    return isSample() || m_path.isEmpty() ? m_lastOwnPath : m_path;
}

std::unique_ptr<ImportDialog> DataSession::createImportDialog(const QString &file)
{
    auto dialog = std::make_unique<ImportDialog>(importTarget(), m_window);
    // The cut-off on screen belongs to the file written to only when that file is on screen.
    dialog->setCutoff(ImportDialog::defaultCutoff(isSample() ? QDate() : m_window->shownCutoff()));
    if (!file.isEmpty())
        dialog->setFile(file);
    return dialog;
}

void DataSession::importFile(const QString &file)
{
    if (!isSample() && m_store.isReadOnly()) {
        QMessageBox::information(m_window, tr("Lengkap"), m_store.readOnlyReason());
        return;
    }
    std::unique_ptr<ImportDialog> dialog = createImportDialog(file);
    const QString target = importTarget();
    connect(dialog.get(), &ImportDialog::imported, this, [this, target](QDate cutoff) {
        // The user's own file, at the cut-off just imported (from the sample: switch to it).
        if (const Result<void> reloaded = open(target, cutoff); !reloaded)
            warn(reloaded.error());
    });
    // The write refused the file (its integrity or data checks failed): offer a backup; the
    // dialog stays, so the import can be tried again on the restored file.
    connect(dialog.get(), &ImportDialog::failed, this,
            [this, target](const QString &message) { (void)recoverFromDamage(target, message); });
    dialog->exec();
}

void DataSession::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open database"), QFileInfo(m_lastOwnPath).absolutePath(),
        tr("Lengkap databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Result<void> done = open(path); !done)
        warn(done.error());
}

void DataSession::chooseAndSaveAs()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save database as"),
                                                      QFileInfo(m_lastOwnPath).absolutePath(),
                                                      tr("Lengkap databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (const Result<void> done = saveAs(path); !done)
        warn(done.error());
}

QStringList DataSession::recentFiles()
{
    return QSettings().value(RecentKey).toStringList();
}

void DataSession::addRecent(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(RecentKey, recent);
    updateRecentMenu();
}

void DataSession::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(
            u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] {
                if (const Result<void> done = open(path); !done)
                    warn(done.error());
            });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void DataSession::updateBanner()
{
    if (isSample()) {
        //: Indonesian: "Ini DATA CONTOH — Impor data Anda"
        m_bannerText->setText(tr("This is SAMPLE DATA — import your data"));
        m_bannerButton->setText(tr("&Import your data…"));
        m_banner->show();
    } else if (m_empty) {
        m_bannerText->setText(
            tr("This database holds no data yet. First step: import a file of your district."));
        m_bannerButton->setText(tr("&Import a file…"));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

void DataSession::warn(const Error &error)
{
    if (error.kind == Error::Kind::Cancelled)
        return; // shown or answered already
    QMessageBox::warning(m_window, tr("Lengkap"), error.message);
}

void DataSession::reportFailure(const Error &error, const QString &path)
{
    const QString file = path.isEmpty() ? m_path : absolute(path);
    if (error.kind == Error::Kind::Database && !file.isEmpty()
        && recoverFromDamage(file, error.message))
        return;
    warn(error);
}

bool DataSession::recoverFromDamage(const QString &path, const QString &message)
{
    if (!DatabaseRecovery::isDamaged(path))
        return false;
    // The window's own connection goes first: a restore moves the damaged file aside, and no
    // connection of this process may stay on a file that is moved (or, on Windows, block it).
    const bool shown = path == m_path;
    if (shown)
        m_store.close();
    QWidget *parent = QApplication::activeModalWidget();
    if (!DatabaseRecovery::offerBackup(parent ? parent : m_window, path, message))
        return true; // declined: the window keeps the data it shows, the file stays as it is
    if (shown) {
        if (const Result<void> reopened = open(path, m_window->shownCutoff()); !reopened)
            warn(reopened.error());
    }
    return true;
}

} // namespace Lengkap
