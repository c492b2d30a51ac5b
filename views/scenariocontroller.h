#pragma once

#include "result.h"
#include "scenarioworkspace.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QUndoStack;

// Planner mode in the window (issue 14): a saved scenario open on the shown cut-off, its
// changes on a QUndoStack (Edit > Undo / Redo, Ctrl+Z / Ctrl+Shift+Z, each change described),
// the district table editable, and the scenario's snapshot shown by the window's own Analysis
// path, so headline, charts, tables, print and export show it without special cases.
namespace Lengkap {

class DashboardWindow;
class Store;

class ScenarioController : public QObject
{
    Q_OBJECT
public:
    // The store is not owned and must outlive the controller. Adds the Edit and Scenario menus.
    ScenarioController(DashboardWindow *window, Store *store);
    ~ScenarioController() override;

    bool isActive() const { return m_workspace != nullptr; }
    const ScenarioWorkspace *workspace() const { return m_workspace.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *scenarioMenu() const { return m_menu; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QLabel *banner() const { return m_banner; }

    // Scenario documents, on the cut-off the window shows. Each is saved at once.
    Result<void> newScenario(const QString &name);
    Result<void> openScenario(const QString &name);
    Result<void> save();
    Result<void> rename(const QString &newName);
    Result<void> duplicate(const QString &newName); // then works on the copy
    Result<QString> deleteScenario(const QString &name); // the backup's path
    void closeScenario(); // saves, then shows the cut-off's data again

    // One undo step (the dock's proposal, or one edited cell).
    bool push(const QList<ScenarioChange> &changes, const QString &description = {});
    // Non-ASN workers appointed as ASN (honorer -> PPPK), and workers moved between Puskesmas.
    bool appoint(qint64 puskesmasId, int type, int count);
    bool move(qint64 fromId, qint64 toId, int type, bool asn, int count);
    // The district table asks for a new count (StaffingTableModel::countEditRequested).
    void setCount(qint64 puskesmasId, int type, bool asn, int count);

    // "SKENARIO: NTB — +3 Lengkap · Kekurangan 67 → 52" for the region on screen.
    QString bannerText() const;

signals:
    void scenarioChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class ScenarioChangeCommand;
    void showScenario();
    void deactivate();
    void updateBanner();
    void updateActions();
    void retranslate();
    void onViewChanged();
    void askNew();
    void askOpen();
    void askRename();
    void askDuplicate();
    void askDelete();
    void askAppoint();
    void askMove();
    // The Puskesmas and type of the district table's current cell; false outside one.
    bool currentCell(const PuskesmasData **puskesmas, int *type, bool *asn) const;
    void report(const Result<void> &result);

    QPointer<DashboardWindow> m_window;
    Store *m_store = nullptr;
    std::unique_ptr<ScenarioWorkspace> m_workspace;
    QUndoStack *m_undo = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_applyProposalAction = nullptr;
    QAction *m_appointAction = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_changeAction = nullptr;
    QLabel *m_banner = nullptr;
    bool m_showing = false; // the window is being given the scenario's analysis
};

} // namespace Lengkap
