#include "scenariocontroller.h"

#include "cutoffchangedialog.h"
#include "dashboardwindow.h"
#include "frozentableview.h"
#include "nakestypes.h"
#include "scenario.h"
#include "scenariochangebox.h"
#include "scenariocomparedialog.h"
#include "scenariopanel.h"
#include "staffingtablemodel.h"
#include "store.h"
#include "tabledata.h"
#include "tablefilterproxy.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Lengkap {

// One undo step: the changes pushed on redo, popped on undo. The first redo is the change
// itself (QUndoStack::push calls it).
class ScenarioChangeCommand : public QUndoCommand
{
public:
    ScenarioChangeCommand(ScenarioController *controller, QList<ScenarioChange> changes,
                          const QString &text)
        : m_controller(controller)
        , m_changes(std::move(changes))
    {
        setText(text);
    }
    void redo() override
    {
        if (m_controller->m_workspace) {
            m_controller->m_workspace->push(m_changes);
            m_controller->showScenario();
        }
    }
    void undo() override
    {
        if (m_controller->m_workspace) {
            m_controller->m_workspace->pop();
            m_controller->showScenario();
        }
    }

private:
    ScenarioController *m_controller;
    QList<ScenarioChange> m_changes;
};

ScenarioController::ScenarioController(DashboardWindow *window, Store *store)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_undo(new QUndoStack(this))
{
    // Edit menu, after File: Undo / Redo describe the change ("Undo add 1 Dokter Gigi ...").
    m_editMenu = new QMenu(window);
    QAction *after = window->viewMenu()->menuAction();
    window->menuBar()->insertMenu(after, m_editMenu);
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setObjectName(u"redoAction"_s);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_menu = new QMenu(window);
    window->menuBar()->insertMenu(after, m_menu);
    m_newAction = m_menu->addAction(QString(), this, &ScenarioController::askNew);
    m_openAction = m_menu->addAction(QString(), this, &ScenarioController::askOpen);
    m_saveAction = m_menu->addAction(QString(), this, [this] { report(save()); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_renameAction = m_menu->addAction(QString(), this, &ScenarioController::askRename);
    m_duplicateAction = m_menu->addAction(QString(), this, &ScenarioController::askDuplicate);
    m_deleteAction = m_menu->addAction(QString(), this, &ScenarioController::askDelete);
    m_menu->addSeparator();
    m_appointAction = m_menu->addAction(QString(), this, &ScenarioController::askAppoint);
    m_moveAction = m_menu->addAction(QString(), this, &ScenarioController::askMove);
    m_applyProposalAction = m_menu->addAction(QString(), this, [this] {
        const ScenarioResult &r = m_window->scenarioPanel()->result();
        push(proposalChanges(r), tr("apply the proposal for %1").arg(r.name));
    });
    m_menu->addSeparator();
    m_compareAction = m_menu->addAction(QString(), this, [this] {
        if (m_window && m_window->analysis())
            ScenarioCompareDialog(m_store,
                                  m_workspace ? m_workspace->document().cutoff
                                              : m_window->analysis()->snapshot().cutoff,
                                  m_window->level(), m_window->regionCode(), m_window->criteria(),
                                  m_window->status(), m_window)
                .exec();
    });
    m_changeAction = m_menu->addAction(QString(), this, [this] {
        if (m_window && m_window->analysis())
            CutoffChangeDialog(m_store, m_window->level(), m_window->regionCode(),
                               m_window->criteria(), m_window->status(), m_window)
                .exec();
    });
    m_menu->addSeparator();
    m_closeAction = m_menu->addAction(QString(), this, &ScenarioController::closeScenario);

    m_banner = new QLabel(window);
    m_banner->setObjectName(u"scenarioBanner"_s);
    m_banner->setStyleSheet(u"QLabel { background: #6a1b9a; color: white; font-weight: bold; "
                            "padding: 2px 8px; }"_s);
    // Permanent: a passing status message hides the status bar's other widgets, and the
    // scenario must stay named while one shows (issue 12).
    window->statusBar()->insertPermanentWidget(0, m_banner);
    m_banner->hide();

    // Changes typed in the dock: one undo step each, on the stack the table's edits use.
    ScenarioChangeBox *box = window->scenarioPanel()->changeBox();
    connect(box, &ScenarioChangeBox::changeRequested, this,
            [this, box](const ScenarioChange &change) {
                if (push({change}))
                    box->setMessage(tr("Applied: %1 (Edit > Undo takes it back).")
                                        .arg(m_undo->undoText()));
                else
                    box->setMessage(tr("Not applied: the scenario's cut-off does not hold that "
                                       "Puskesmas."));
            });
    connect(window->staffingModel(), &StaffingTableModel::countEditRequested, this,
            &ScenarioController::setCount, Qt::QueuedConnection);
    connect(window, &DashboardWindow::viewChanged, this, &ScenarioController::onViewChanged);
    connect(m_undo, &QUndoStack::indexChanged, this, &ScenarioController::updateActions);
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

ScenarioController::~ScenarioController() = default;

void ScenarioController::retranslate()
{
    m_editMenu->setTitle(tr("&Edit"));
    m_menu->setTitle(tr("&Scenario"));
    m_newAction->setText(tr("&New Scenario…"));
    m_openAction->setText(tr("&Open Scenario…"));
    m_saveAction->setText(tr("&Save Scenario"));
    m_renameAction->setText(tr("&Rename…"));
    m_duplicateAction->setText(tr("&Duplicate…"));
    m_deleteAction->setText(tr("De&lete Scenario…"));
    m_applyProposalAction->setText(tr("&Apply the Proposal of the Scenario Panel"));
    m_closeAction->setText(tr("&Close Scenario"));
    m_appointAction->setText(tr("A&ppoint Non-ASN as ASN at the Selected Puskesmas…"));
    m_moveAction->setText(tr("&Move Workers from the Selected Puskesmas…"));
    m_compareAction->setText(tr("Co&mpare Scenarios…"));
    m_changeAction->setText(tr("Change &Between Cut-offs…"));
    updateBanner();
}

bool ScenarioController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ScenarioController::updateActions()
{
    const bool active = isActive();
    for (QAction *action : {m_saveAction, m_renameAction, m_duplicateAction, m_closeAction,
                            m_applyProposalAction, m_appointAction, m_moveAction})
        action->setEnabled(active);
    if (m_window)
        m_window->scenarioPanel()->changeBox()->setActive(active);
    m_newAction->setEnabled(m_window && m_window->analysis());
}

Result<void> ScenarioController::newScenario(const QString &name)
{
    if (!m_window || !m_window->analysis())
        return inputError(tr("There is no data to make a scenario on."));
    closeScenario();
    ScenarioDocument document;
    document.name = name.trimmed();
    document.cutoff = m_window->analysis()->snapshot().cutoff;
    const Result<qint64> id = m_store->saveScenario(document);
    if (!id)
        return id.error();
    document.id = *id;
    m_workspace = std::make_unique<ScenarioWorkspace>(m_window->analysis()->snapshot(), document,
                                                      m_window->analysis()->bands());
    m_undo->clear();
    showScenario();
    return {};
}

Result<void> ScenarioController::openScenario(const QString &name)
{
    if (!m_window)
        return inputError(tr("There is no window."));
    Result<ScenarioDocument> document = m_store->loadScenario(name);
    if (!document)
        return document.error();
    closeScenario();
    Result<Snapshot> snapshot = m_store->loadSnapshot(document->cutoff);
    if (!snapshot)
        return snapshot.error();
    if (snapshot->puskesmas.isEmpty())
        return inputError(
            tr("The cut-off %1 of scenario '%2' holds no data any more.")
                .arg(QLocale().toString(document->cutoff, QLocale::LongFormat), name));
    const BandSettings bands
        = m_window->analysis() ? m_window->analysis()->bands() : BandSettings {};
    m_workspace
        = std::make_unique<ScenarioWorkspace>(std::move(*snapshot), std::move(*document), bands);
    m_undo->clear();
    showScenario();
    return {};
}

Result<void> ScenarioController::save()
{
    if (!m_workspace)
        return {};
    const Result<qint64> id = m_store->saveScenario(m_workspace->document());
    if (!id)
        return id.error();
    m_workspace->setId(*id);
    m_undo->setClean();
    return {};
}

Result<void> ScenarioController::rename(const QString &newName)
{
    if (!m_workspace)
        return {};
    if (Result<void> renamed = m_store->renameScenario(m_workspace->document().name, newName);
        !renamed)
        return renamed;
    m_workspace->setName(newName.trimmed());
    showScenario();
    return {};
}

Result<void> ScenarioController::duplicate(const QString &newName)
{
    if (!m_workspace)
        return {};
    ScenarioDocument copy = m_workspace->document();
    copy.id = 0;
    copy.name = newName.trimmed();
    const Result<qint64> id = m_store->saveScenario(copy);
    if (!id)
        return id.error();
    m_workspace->setId(*id);
    m_workspace->setName(copy.name);
    m_undo->setClean();
    showScenario();
    return {};
}

Result<QString> ScenarioController::deleteScenario(const QString &name)
{
    if (m_workspace && m_workspace->document().name == name) {
        m_undo->setClean(); // nothing to save: it goes
        deactivate();
    }
    return m_store->deleteScenario(name);
}

void ScenarioController::closeScenario()
{
    if (!m_workspace)
        return;
    if (!m_undo->isClean())
        report(save());
    deactivate();
}

void ScenarioController::deactivate()
{
    if (!m_workspace)
        return;
    std::unique_ptr<ScenarioWorkspace> closing = std::move(m_workspace);
    m_undo->clear();
    if (m_window) {
        m_window->staffingModel()->setEditable(false);
        m_window->setScenarioBaseline(nullptr);
        // Back to the cut-off's own data, unless the window already moved on (new cut-off).
        if (m_window->analysis() && !m_window->analysis()->snapshot().scenario.isEmpty())
            m_window->setAnalysis(std::make_unique<Analysis>(*closing->baseline()));
    }
    m_banner->hide();
    updateActions();
    emit scenarioChanged();
}

bool ScenarioController::push(const QList<ScenarioChange> &changes, const QString &description)
{
    if (!m_workspace || changes.isEmpty())
        return false;
    QString text = description;
    if (text.isEmpty())
        text = changes.size() == 1
                   ? describeChange(changes.first(), m_workspace->baseline()->snapshot())
                   : tr("%n changes", nullptr, int(changes.size()));
    // Refused (a Puskesmas the cut-off does not hold) before it reaches the stack.
    if (!m_workspace->canApply(changes))
        return false;
    m_undo->push(new ScenarioChangeCommand(this, changes, text));
    return true;
}

bool ScenarioController::appoint(qint64 puskesmasId, int type, int count)
{
    return count > 0 && push({{ScenarioChange::Kind::Convert, puskesmasId, 0, type, true, count}});
}

bool ScenarioController::move(qint64 fromId, qint64 toId, int type, bool asn, int count)
{
    return count > 0 && fromId != toId
           && push({{ScenarioChange::Kind::Move, fromId, toId, type, asn, count}});
}

bool ScenarioController::currentCell(const PuskesmasData **puskesmas, int *type, bool *asn) const
{
    if (!m_workspace || !m_window || m_window->level() != Level::District)
        return false;
    const QModelIndex index = m_window->currentTable()->currentIndex();
    if (!index.isValid())
        return false;
    const QModelIndex source = m_window->currentProxy()->mapToSource(index);
    const StaffingTableModel *model = m_window->staffingModel();
    if (!source.isValid() || source.row() >= model->rowCount())
        return false;
    *puskesmas = m_workspace->puskesmas(model->rows().at(source.row()).data->id);
    *type = StaffingTableModel::typeIndex(source.column());
    *asn = StaffingTableModel::cellKind(source.column()) == StaffingTableModel::CellKind::Asn;
    return *puskesmas && *type >= 0;
}

void ScenarioController::askAppoint()
{
    const PuskesmasData *p = nullptr;
    int type = -1;
    bool asn = false;
    if (!currentCell(&p, &type, &asn)) {
        QMessageBox::information(m_window, tr("Scenario"),
                                 tr("Select a cell of a type in the district table first."));
        return;
    }
    bool ok = false;
    const int count = QInputDialog::getInt(
        m_window, tr("Appoint as ASN"),
        tr("Non-ASN %1 at %2 to appoint as ASN (PPPK):").arg(NakesTypes::at(type).label(), p->name),
        p->nonAsn.at(type), 0, p->nonAsn.at(type), 1, &ok);
    if (ok && count > 0)
        appoint(p->id, type, count);
}

void ScenarioController::askMove()
{
    const PuskesmasData *p = nullptr;
    int type = -1;
    bool asn = false;
    if (!currentCell(&p, &type, &asn)) {
        QMessageBox::information(m_window, tr("Scenario"),
                                 tr("Select a cell of a type in the district table first."));
        return;
    }
    QStringList names;
    QList<qint64> ids;
    for (const PuskesmasRow &row : m_window->staffingModel()->rows()) {
        if (row.data->id != p->id) {
            names.append(row.data->name);
            ids.append(row.data->id);
        }
    }
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString target = QInputDialog::getItem(
        m_window, tr("Move Workers"),
        tr("Move %1 (%2) from %3 to:")
            .arg(NakesTypes::at(type).label(), asn ? tr("ASN") : tr("Non-ASN"), p->name),
        names, 0, false, &ok);
    if (!ok)
        return;
    const int have = asn ? p->asn.at(type) : p->nonAsn.at(type);
    const int count = QInputDialog::getInt(m_window, tr("Move Workers"), tr("How many:"),
                                           std::min(1, have), 0, have, 1, &ok);
    if (ok && count > 0)
        move(p->id, ids.at(names.indexOf(target)), type, asn, count);
}

void ScenarioController::setCount(qint64 puskesmasId, int type, bool asn, int count)
{
    if (!m_workspace)
        return;
    const PuskesmasData *p = m_workspace->puskesmas(puskesmasId);
    if (!p)
        return;
    const int now = asn ? p->asn.at(type) : p->nonAsn.at(type);
    if (count == now)
        return;
    push({{ScenarioChange::Kind::Add, puskesmasId, 0, type, asn, count - now}});
}

void ScenarioController::showScenario()
{
    if (!m_window || !m_workspace)
        return;
    m_showing = true;
    m_window->setScenarioBaseline(m_workspace->baseline());
    m_window->setAnalysis(std::make_unique<Analysis>(*m_workspace->analysis()));
    m_window->staffingModel()->setEditable(true);
    m_showing = false;
    updateBanner();
    updateActions();
    emit scenarioChanged();
}

void ScenarioController::onViewChanged()
{
    if (m_showing || !m_workspace || !m_window)
        return;
    // The window loaded other data (another cut-off, an import): the scenario is closed.
    if (!m_window->analysis() || m_window->analysis()->snapshot().scenario.isEmpty()) {
        if (!m_undo->isClean())
            report(save());
        std::unique_ptr<ScenarioWorkspace> closing = std::move(m_workspace);
        m_undo->clear();
        m_window->staffingModel()->setEditable(false);
        m_window->setScenarioBaseline(nullptr);
        m_banner->hide();
        updateActions();
        emit scenarioChanged();
        return;
    }
    updateBanner();
}

QString ScenarioController::bannerText() const
{
    if (!m_workspace || !m_window)
        return {};
    const RegionSummary before = m_workspace->baseline()->summary(
        m_window->level(), m_window->regionCode(), m_window->criteria(), m_window->status());
    const RegionSummary &after = m_window->summary();
    const QLocale locale;
    const int gained = after.complete - before.complete;
    const QString complete
        //: Indonesian: "%1 Lengkap"; %1 is a signed number ("+3")
        = tr("%1 complete").arg((gained > 0 ? u"+"_s : QString()) + locale.toString(gained));
    //: Indonesian: "Kekurangan %1 → %2"
    const QString shortage
        = tr("Shortage %1 → %2")
              .arg(locale.toString(before.shortage), locale.toString(after.shortage));
    return PrintText::scenarioStamp(m_workspace->document().name) + u" — "_s + complete + u" · "_s
           + shortage + u" · "_s + tr("%n change(s)", nullptr, int(m_workspace->changes().size()));
}

void ScenarioController::updateBanner()
{
    m_banner->setText(bannerText());
    m_banner->setVisible(isActive());
}

void ScenarioController::report(const Result<void> &result)
{
    if (!result && m_window)
        QMessageBox::warning(m_window, tr("Scenario"), result.error().message);
}

void ScenarioController::askNew()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(m_window, tr("New Scenario"), tr("Name of the scenario:"),
                                QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        report(newScenario(name));
}

void ScenarioController::askOpen()
{
    const Result<QList<ScenarioInfo>> list = m_store->scenarios();
    if (!list)
        return report(list.error());
    if (list->isEmpty()) {
        QMessageBox::information(m_window, tr("Open Scenario"), tr("No scenario is saved yet."));
        return;
    }
    QStringList names;
    for (const ScenarioInfo &info : *list)
        names.append(info.name);
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Open Scenario"), tr("Scenario:"),
                                               names, 0, false, &ok);
    if (ok)
        report(openScenario(name));
}

void ScenarioController::askRename()
{
    if (!m_workspace)
        return;
    bool ok = false;
    const QString name
        = QInputDialog::getText(m_window, tr("Rename Scenario"), tr("New name:"), QLineEdit::Normal,
                                m_workspace->document().name, &ok);
    if (ok && !name.trimmed().isEmpty())
        report(rename(name));
}

void ScenarioController::askDuplicate()
{
    if (!m_workspace)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Duplicate Scenario"), tr("Name of the copy:"), QLineEdit::Normal,
        tr("%1 (copy)").arg(m_workspace->document().name), &ok);
    if (ok && !name.trimmed().isEmpty())
        report(duplicate(name));
}

void ScenarioController::askDelete()
{
    const Result<QList<ScenarioInfo>> list = m_store->scenarios();
    if (!list)
        return report(list.error());
    QStringList names;
    for (const ScenarioInfo &info : *list)
        names.append(info.name);
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Delete Scenario"),
                                               tr("Scenario to delete (a backup of the database "
                                                  "is made first):"),
                                               names, 0, false, &ok);
    if (!ok)
        return;
    const Result<QString> deleted = deleteScenario(name);
    if (!deleted)
        return report(deleted.error());
    m_window->statusBar()->showMessage(
        tr("Scenario '%1' deleted; backup: %2").arg(name, QDir::toNativeSeparators(*deleted)),
        10000);
}

} // namespace Lengkap
