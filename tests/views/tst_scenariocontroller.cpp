// Tests views/scenariocontroller.cpp (issue 14) through the window, as a planner would: a new
// scenario, 20 dentists and 15 ATLM for NTB applied in one step, two Puskesmas adjusted by hand
// in the district table, one change undone (Ctrl+Z) and redone, saved, reopened "tomorrow";
// "SKENARIO: <name>" on screen and paper, changed cells outlined, the difference from baseline.
#include "cutoffchangedialog.h"
#include "dashboardwindow.h"
#include "exportcontroller.h"
#include "frozentableview.h"
#include "language.h"
#include "nakestypes.h"
#include "printlayout.h"
#include "samplestore.h"
#include "skm.h"
#include "scenariochangebox.h"
#include "scenario.h"
#include "scenariocontroller.h"
#include "scenariopanel.h"
#include "staffingtablemodel.h"
#include "store.h"
#include "summarycharts.h"
#include "tabledata.h"
#include "tablefilterproxy.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QTableWidget>
#include <QTimer>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestScenarioController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menusAndShortcuts();
    void plannerDay();
    void changingTheCutoffClosesTheScenario();
    void deleteKeepsABackup();
    void appointAndMove();
    void typeInTheDock();
    void dockProposalMatchesTheCli();
    void headlineCardsShowTheDifference();
    void openingMovesTheCutoffBox();
    void doneWhenStory();
    void bannerStaysThroughNotes();
    void hiddenDockLetsGoOfReplacedData();

private:
    int rowOf(const QString &name) const;
    ScenarioPanel *showDock();
    QList<Snapshot> importedData() const;

    QTemporaryDir m_dir;
    Store m_store;
    QList<QDate> m_cutoffs;
    std::unique_ptr<DashboardWindow> m_window;
    ScenarioController *m_controller = nullptr;
};

namespace {

int type(const char *key)
{
    return NakesTypes::indexOf(QString::fromLatin1(key));
}

} // namespace

void TestScenarioController::initTestCase()
{
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_scenariocontroller"_s);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(u"lengkap.sqlite"_s)));
    QVERIFY(installSampleIfEmpty(m_store));
    m_cutoffs = *m_store.cutoffs();
    QDir().mkpath(QStringLiteral(LENGKAP_TEST_ARTIFACTS));
}

void TestScenarioController::init()
{
    QSettings().clear();
    Language::apply(Language::indonesian());
    m_window = std::make_unique<DashboardWindow>();
    QVERIFY(m_window->setData(m_cutoffs, [this](QDate c) { return m_store.loadSnapshot(c); }));
    m_controller = new ScenarioController(m_window.get(), &m_store);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestScenarioController::cleanup()
{
    m_window.reset();
    const Result<QList<ScenarioInfo>> list = m_store.scenarios();
    QVERIFY(list);
    for (const ScenarioInfo &info : *list)
        QVERIFY(m_store.deleteScenario(info.name));
}

int TestScenarioController::rowOf(const QString &name) const
{
    const StaffingTableModel *model = m_window->staffingModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->rows().at(r).data->name == name)
            return r;
    }
    return -1;
}

QList<Snapshot> TestScenarioController::importedData() const
{
    QList<Snapshot> all;
    for (const QDate &c : m_cutoffs)
        all.append(*m_store.loadSnapshot(c));
    return all;
}

void TestScenarioController::menusAndShortcuts()
{
    QStringList menus;
    for (QAction *a : m_window->menuBar()->actions())
        menus.append(a->text());
    QVERIFY(menus.contains(m_controller->editMenu()->title()));
    QVERIFY(menus.contains(m_controller->scenarioMenu()->title()));
    QCOMPARE(m_controller->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(m_controller->redoAction()->shortcuts().contains(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(!m_controller->undoAction()->isEnabled());
    QVERIFY(!m_controller->banner()->isVisible());
}

void TestScenarioController::plannerDay()
{
    const QList<Snapshot> before = importedData();
    QVERIFY(m_controller->newScenario(u"NTB plan"_s));
    QVERIFY(m_controller->isActive());
    QVERIFY(m_window->titleText().startsWith(u"SKENARIO: NTB plan"_s));
    QVERIFY(m_controller->banner()->isVisible());

    // "With 20 new dentists and 15 ATLM for NTB": the dock's proposal, applied in one step.
    m_window->showProvince(u"52"_s);
    ScenarioPanel *panel = m_window->scenarioPanel();
    panel->setAnalysis(m_window->analysis(), Level::Province, u"52"_s, m_window->criteria(),
                       m_window->status());
    panel->placementSpinBox(type("dokter_gigi"))->setValue(20);
    panel->placementSpinBox(type("atlm"))->setValue(15);
    const ScenarioResult proposal = panel->result();
    QVERIFY(proposal.completeAfter > proposal.completeBefore);
    QVERIFY(m_controller->push(proposalChanges(proposal), u"proposal"_s));
    QCOMPARE(m_window->summary().complete, proposal.completeAfter);
    QCOMPARE(m_window->summary().shortage, proposal.shortageAfter);
    const int gained = proposal.completeAfter - proposal.completeBefore;
    QVERIFY2(m_controller->banner()->text().contains(u"+%1 Lengkap"_s.arg(gained)),
             qPrintable(m_controller->banner()->text()));
    QVERIFY2(m_controller->banner()->text().contains(
                 u"Kekurangan %1 → %2"_s.arg(proposal.shortageBefore).arg(proposal.shortageAfter)),
             qPrintable(m_controller->banner()->text()));

    // Two Puskesmas adjusted by hand in the district table.
    m_window->showDistrict(u"52.03"_s);
    StaffingTableModel *model = m_window->staffingModel();
    QVERIFY(model->isEditable());
    const int sakra = rowOf(u"SAKRA"_s);
    const int keruak = rowOf(u"KERUAK"_s);
    QVERIFY(sakra >= 0 && keruak >= 0);
    const QModelIndex gizi = model->index(
        sakra, StaffingTableModel::countColumn(type("gizi"), StaffingTableModel::CellKind::Asn));
    QVERIFY(model->flags(gizi) & Qt::ItemIsEditable);
    const int giziWas = gizi.data(Qt::EditRole).toInt();
    QVERIFY(model->setData(gizi, giziWas + 2));
    QTRY_COMPARE(m_controller->workspace()->changes().size(), proposal.assignments.size() + 1);
    QVERIFY(m_controller->undoAction()->text().contains(u"SAKRA"_s));
    // Indonesian: "Urungkan tambah 2 Gizi (ASN) di SAKRA".
    QVERIFY2(m_controller->undoAction()->text().startsWith(u"Urungkan tambah 2 Gizi (ASN) di"_s),
             qPrintable(m_controller->undoAction()->text()));
    const QModelIndex bidan = model->index(
        rowOf(u"KERUAK"_s),
        StaffingTableModel::countColumn(type("bidan"), StaffingTableModel::CellKind::NonAsn));
    QVERIFY(model->setData(bidan, 0));
    QTRY_COMPARE(m_controller->workspace()->changes().size(), proposal.assignments.size() + 2);
    QVERIFY(model->index(rowOf(u"KERUAK"_s), bidan.column())
                .data(StaffingTableModel::ChangedRole)
                .toBool());
    QVERIFY(m_controller->undoAction()->text().contains(u"KERUAK"_s));
    // The total column is not editable.
    QVERIFY(
        !(model->flags(model->index(sakra, StaffingTableModel::countColumn(
                                               type("gizi"), StaffingTableModel::CellKind::Total)))
          & Qt::ItemIsEditable));

    // Undo one change (Ctrl+Z), redo it, undo it again.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_controller->workspace()->changes().size(), proposal.assignments.size() + 1);
    QVERIFY(!model->index(rowOf(u"KERUAK"_s), bidan.column())
                 .data(StaffingTableModel::ChangedRole)
                 .toBool());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_controller->workspace()->changes().size(), proposal.assignments.size() + 2);
    m_controller->undoAction()->trigger();
    QCOMPARE(m_controller->workspace()->changes().size(), proposal.assignments.size() + 1);
    const QModelIndex giziNow = model->index(rowOf(u"SAKRA"_s), gizi.column());
    QCOMPARE(giziNow.data(Qt::EditRole).toInt(), giziWas + 2);
    QVERIFY(giziNow.data(StaffingTableModel::ChangedRole).toBool());

    // On paper: the print's context carries the scenario.
    const RegionTable paper = regionTable(*m_window->analysis(), Level::District, u"52.03"_s,
                                          m_window->criteria(), m_window->status());
    QCOMPARE(paper.context.scenario, u"NTB plan"_s);
    // ... and the changed cell is outlined on paper too.
    const int sakraOnPaper
        = int(paper.table.rowCodes.indexOf(model->rows().at(rowOf(u"SAKRA"_s)).data->code));
    QVERIFY(sakraOnPaper >= 0);
    QVERIFY(paper.table.rows.at(sakraOnPaper).at(gizi.column()).changed);
    QVERIFY(!paper.table.rows.at(sakraOnPaper).at(gizi.column() - 3).changed);
    const QString pdf = QStringLiteral(LENGKAP_TEST_ARTIFACTS "/scenario_district_id.pdf");
    const Result<int> pages = writeSectionPdf(pdf, {paper.context, &paper.table});
    QVERIFY(pages);
    QVERIFY(*pages >= 1);
    m_window->grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS "/scenario_district_id.png"));

    // Save; reopen "tomorrow" in a new window: the same changes, nothing to undo.
    QVERIFY(m_controller->save());
    const QList<ScenarioChange> saved = m_controller->workspace()->changes();
    m_controller->closeScenario();
    QVERIFY(m_window->analysis()->snapshot().scenario.isEmpty());
    QVERIFY(!m_controller->banner()->isVisible());
    QVERIFY(!model->isEditable());
    m_window.reset();
    m_window = std::make_unique<DashboardWindow>();
    QVERIFY(m_window->setData(m_cutoffs, [this](QDate c) { return m_store.loadSnapshot(c); }));
    m_controller = new ScenarioController(m_window.get(), &m_store);
    QVERIFY(m_controller->openScenario(u"NTB plan"_s));
    QCOMPARE(m_controller->workspace()->changes(), saved);
    QVERIFY(!m_controller->undoStack()->canUndo());
    m_window->showProvince(u"52"_s);
    QCOMPARE(m_window->summary().complete, proposal.completeAfter);

    // The imported data are untouched by all of it.
    const QList<Snapshot> after = importedData();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).puskesmas.size(), before.at(i).puskesmas.size());
        for (qsizetype k = 0; k < before.at(i).puskesmas.size(); ++k) {
            QCOMPARE(after.at(i).puskesmas.at(k).asn, before.at(i).puskesmas.at(k).asn);
            QCOMPARE(after.at(i).puskesmas.at(k).nonAsn, before.at(i).puskesmas.at(k).nonAsn);
        }
    }
}

void TestScenarioController::changingTheCutoffClosesTheScenario()
{
    QVERIFY(m_controller->newScenario(u"short-lived"_s));
    m_window->showDistrict(u"52.03"_s);
    const int row = rowOf(u"SAKRA"_s);
    QVERIFY(m_controller->push(
        {{ScenarioChange::Kind::Add, m_window->staffingModel()->rows().at(row).data->id, 0,
          type("dokter_gigi"), true, 1}}));
    // Another cut-off: the scenario (saved first) is closed, the data shown are imported ones.
    QVERIFY(m_window->setData({m_cutoffs.first()},
                              [this](QDate c) { return m_store.loadSnapshot(c); }));
    QVERIFY(!m_controller->isActive());
    QVERIFY(m_window->analysis()->snapshot().scenario.isEmpty());
    QCOMPARE(m_store.loadScenario(u"short-lived"_s)->changes.size(), 1);
}

void TestScenarioController::deleteKeepsABackup()
{
    QVERIFY(m_controller->newScenario(u"to delete"_s));
    QVERIFY(m_controller->duplicate(u"the copy"_s));
    QCOMPARE(m_controller->workspace()->document().name, u"the copy"_s);
    QVERIFY(m_controller->rename(u"renamed copy"_s));
    QVERIFY(m_window->titleText().startsWith(u"SKENARIO: renamed copy"_s));
    const Result<QString> backup = m_controller->deleteScenario(u"renamed copy"_s);
    QVERIFY(backup);
    QVERIFY(QFileInfo::exists(*backup));
    QVERIFY(!m_controller->isActive());
    QStringList names;
    const Result<QList<ScenarioInfo>> list = m_store.scenarios();
    QVERIFY(list);
    for (const ScenarioInfo &info : *list)
        names.append(info.name);
    QCOMPARE(names, QStringList {u"to delete"_s});
}

// Honorer appointed as PPPK, and a midwife moved, from the district table's selected cell.
void TestScenarioController::appointAndMove()
{
    QVERIFY(m_controller->newScenario(u"appoint"_s));
    m_window->showDistrict(u"52.03"_s);
    const StaffingTableModel *model = m_window->staffingModel();
    const PuskesmasData sakra = *model->rows().at(rowOf(u"SAKRA"_s)).data;
    const PuskesmasData keruak = *model->rows().at(rowOf(u"KERUAK"_s)).data;
    const int bidan = type("bidan");
    QVERIFY(m_controller->appoint(sakra.id, bidan, 2));
    QVERIFY(m_controller->undoAction()->text().contains(u"ASN"_s));
    const PuskesmasData *now = m_controller->workspace()->puskesmas(sakra.id);
    QCOMPARE(now->asn.at(bidan), sakra.asn.at(bidan) + 2);
    QCOMPARE(now->nonAsn.at(bidan), sakra.nonAsn.at(bidan) - 2);
    QVERIFY(m_controller->move(sakra.id, keruak.id, bidan, false, 3));
    QVERIFY(m_controller->undoAction()->text().contains(u"KERUAK"_s));
    QCOMPARE(m_controller->workspace()->puskesmas(keruak.id)->nonAsn.at(bidan),
             keruak.nonAsn.at(bidan) + 3);
    QVERIFY(!m_controller->move(sakra.id, sakra.id, bidan, false, 1)); // to itself: nothing
    m_controller->undoStack()->undo();
    m_controller->undoStack()->undo();
    QCOMPARE(m_controller->workspace()->puskesmas(sakra.id)->asn, sakra.asn);
    QCOMPARE(m_controller->workspace()->puskesmas(keruak.id)->nonAsn, keruak.nonAsn);
    // The selected-cell path finds SAKRA's midwife column.
    const QModelIndex cell = m_window->currentProxy()->mapFromSource(
        model->index(rowOf(u"SAKRA"_s),
                     StaffingTableModel::countColumn(bidan, StaffingTableModel::CellKind::NonAsn)));
    m_window->currentTable()->setCurrentIndex(cell);
    QCOMPARE(m_window->currentProxy()->mapToSource(m_window->currentTable()->currentIndex()).row(),
             rowOf(u"SAKRA"_s));
}

ScenarioPanel *TestScenarioController::showDock()
{
    if (!m_window->scenarioPanel()->isVisible())
        m_window->scenarioAction()->trigger();
    return m_window->scenarioPanel();
}

// Issue 14, "type in the dock": Puskesmas (completed over the region), type, status, +/− amount,
// Apply; each is one undo step on the table's stack, described in the Edit menu.
void TestScenarioController::typeInTheDock()
{
    m_window->showDistrict(u"52.03"_s);
    ScenarioPanel *panel = showDock();
    QTRY_VERIFY(panel->isVisible());
    ScenarioChangeBox *box = panel->changeBox();
    auto *name = box->findChild<QLineEdit *>(u"changePuskesmas"_s);
    auto *action = box->findChild<QComboBox *>(u"changeAction"_s);
    auto *typeBox = box->findChild<QComboBox *>(u"changeType"_s);
    auto *status = box->findChild<QComboBox *>(u"changeStatus"_s);
    auto *amount = box->findChild<QSpinBox *>(u"changeAmount"_s);
    auto *target = box->findChild<QLineEdit *>(u"changeTarget"_s);
    auto *apply = box->findChild<QPushButton *>(u"applyChange"_s);
    QVERIFY(name && action && typeBox && status && amount && target && apply);
    // No scenario open: nothing to type into, and the box says how to get one.
    QVERIFY(!apply->isEnabled());
    QVERIFY(!box->message().isEmpty());

    QVERIFY(m_controller->newScenario(u"typed"_s));
    QVERIFY(apply->isEnabled());
    const StaffingTableModel *model = m_window->staffingModel();
    const PuskesmasData sakra = *model->rows().at(rowOf(u"SAKRA"_s)).data;
    const PuskesmasData keruak = *model->rows().at(rowOf(u"KERUAK"_s)).data;
    const int gizi = type("gizi");
    const int bidan = type("bidan");

    // The completer offers the district's Puskesmas as the planner types.
    QTest::keyClicks(name, u"sakr"_s);
    QCompleter *completer = name->completer();
    QTRY_VERIFY(completer->completionCount() >= 1);
    QCOMPARE(completer->completionPrefix(), u"sakr"_s);
    QStringList offered;
    for (int i = 0; i < completer->completionCount(); ++i) {
        completer->setCurrentRow(i);
        offered.append(completer->currentCompletion());
    }
    QVERIFY2(offered.contains(u"SAKRA — Lombok Timur"_s), qPrintable(offered.join(u" | "_s)));
    if (completer->popup()->isVisible())
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
    QTest::keyClicks(name, u"a"_s); // "sakra": one Puskesmas of the district has that name

    // +3 Gizi (ASN) at SAKRA.
    typeBox->setCurrentIndex(typeBox->findData(gizi));
    status->setCurrentIndex(status->findData(true));
    amount->selectAll();
    QTest::keyClicks(amount, u"3"_s);
    QCOMPARE(amount->value(), 3);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_controller->workspace()->changes().size(), 1);
    QCOMPARE(m_controller->workspace()->changes().first(),
             (ScenarioChange {ScenarioChange::Kind::Add, sakra.id, 0, gizi, true, 3}));
    QVERIFY2(m_controller->undoAction()->text().startsWith(u"Urungkan tambah 3 Gizi (ASN) di SAKRA"_s),
             qPrintable(m_controller->undoAction()->text()));
    QCOMPARE(m_controller->workspace()->puskesmas(sakra.id)->asn.at(gizi), sakra.asn.at(gizi) + 3);
    QCOMPARE(model->rows().at(rowOf(u"SAKRA"_s)).data->asn.at(gizi), sakra.asn.at(gizi) + 3);
    QVERIFY(box->message().contains(u"SAKRA"_s));

    // −1 Bidan (Non-ASN) at KERUAK, by its full completion text.
    name->setText(u"KERUAK — Lombok Timur"_s); // as picking the completion writes it
    typeBox->setCurrentIndex(typeBox->findData(bidan));
    status->setCurrentIndex(status->findData(false));
    amount->selectAll();
    QTest::keyClicks(amount, u"-1"_s);
    QCOMPARE(amount->value(), -1);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_controller->workspace()->changes().size(), 2);
    QCOMPARE(m_controller->workspace()->puskesmas(keruak.id)->nonAsn.at(bidan),
             std::max(0, keruak.nonAsn.at(bidan) - 1));
    QVERIFY(m_controller->undoAction()->text().contains(u"KERUAK"_s));

    // Undo (Ctrl+Z) and redo (Ctrl+Shift+Z) the typed change from the keyboard.
    m_window->currentTable()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_controller->workspace()->changes().size(), 1);
    QCOMPARE(m_controller->workspace()->puskesmas(keruak.id)->nonAsn, keruak.nonAsn);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_controller->workspace()->changes().size(), 2);

    // Appoint 1 Non-ASN Bidan at SAKRA as ASN, then move 1 ASN Gizi from SAKRA to KERUAK.
    name->clear();
    QTest::keyClicks(name, u"SAKRA"_s);
    action->setCurrentIndex(action->findData(int(ScenarioChangeBox::Action::Appoint)));
    QVERIFY(!status->isEnabled());
    QVERIFY(!target->isVisible());
    typeBox->setCurrentIndex(typeBox->findData(bidan));
    amount->selectAll();
    QTest::keyClicks(amount, u"1"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_controller->workspace()->changes().last(),
             (ScenarioChange {ScenarioChange::Kind::Convert, sakra.id, 0, bidan, true, 1}));
    action->setCurrentIndex(action->findData(int(ScenarioChangeBox::Action::Move)));
    QVERIFY(target->isVisible());
    typeBox->setCurrentIndex(typeBox->findData(gizi));
    status->setCurrentIndex(status->findData(true));
    QTest::keyClicks(target, u"keruak"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_controller->workspace()->changes().last(),
             (ScenarioChange {ScenarioChange::Kind::Move, sakra.id, keruak.id, gizi, true, 1}));
    QCOMPARE(m_controller->workspace()->changes().size(), 4);
    QCOMPARE(m_controller->undoStack()->count(), 4); // one step each

    // A name the region does not hold: said, nothing pushed.
    name->clear();
    QTest::keyClicks(name, u"NOWHERE"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_controller->workspace()->changes().size(), 4);
    QVERIFY(box->message().contains(u"NOWHERE"_s));

    // Everything undone from the Edit menu: the baseline again.
    for (int i = 0; i < 4; ++i)
        m_controller->undoAction()->trigger();
    QVERIFY(m_controller->workspace()->changes().isEmpty());
    QCOMPARE(m_controller->workspace()->puskesmas(sakra.id)->asn, sakra.asn);
    QCOMPARE(m_controller->workspace()->puskesmas(keruak.id)->asn, keruak.asn);
    QTest::qWait(50); // the dock lays its grown labels out
    m_window->grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS "/scenario_dock_typed_id.png"));
}

namespace {

// lengkap-cli's JSON for the same proposal.
QJsonObject cliProposal(const QStringList &arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(LENGKAP_CLI), arguments);
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
        qWarning() << cli.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

QString reasonKey(Assignment::Reason reason)
{
    switch (reason) {
    case Assignment::Reason::Completes:
        return u"completes"_s;
    case Assignment::Reason::FillsEmptyCell:
        return u"fills_empty_cell"_s;
    case Assignment::Reason::SkmShortage:
        return u"skm_shortage"_s;
    }
    return {};
}

// The proposal as the CLI writes its assignments: Puskesmas, type, count, reason.
QStringList assignmentRows(const ScenarioResult &result)
{
    QStringList rows;
    for (const Assignment &a : result.assignments)
        rows.append(u"%1|%2|%3|%4"_s.arg(a.puskesmas, NakesTypes::at(a.type).key)
                        .arg(a.count)
                        .arg(reasonKey(a.reason)));
    return rows;
}

QStringList assignmentRows(const QJsonObject &json)
{
    QStringList rows;
    for (const QJsonValue &v : json.value(u"assignments"_s).toArray()) {
        const QJsonObject a = v.toObject();
        rows.append(u"%1|%2|%3|%4"_s.arg(a.value(u"puskesmas"_s).toString(),
                                         a.value(u"type"_s).toString())
                        .arg(a.value(u"count"_s).toInt())
                        .arg(a.value(u"reason"_s).toString()));
    }
    return rows;
}

} // namespace

// Issue 14: the dock proposes as the model and the CLI do: a total of any types, ASN only,
// limited to the region on screen (or not), SKM leftovers; and explains itself.
void TestScenarioController::dockProposalMatchesTheCli()
{
    m_window->showProvince(u"52"_s);
    ScenarioPanel *panel = showDock();
    QTRY_VERIFY(panel->isVisible());
    auto *mode = panel->findChild<QComboBox *>(u"proposalMode"_s);
    auto *total = panel->findChild<QSpinBox *>(u"proposalTotal"_s);
    auto *skm = panel->findChild<QCheckBox *>(u"skmLeftovers"_s);
    auto *regionOnly = panel->findChild<QCheckBox *>(u"regionOnly"_s);
    auto *asnOnly = panel->findChild<QCheckBox *>(u"asnOnly"_s);
    auto *explanation = panel->findChild<QLabel *>(u"proposalExplanation"_s);
    QVERIFY(mode && total && skm && regionOnly && asnOnly && explanation);
    QVERIFY(regionOnly->isChecked());

    // A total of any types, ASN only, in NTB: more than the empty cells, so some go by SKM.
    mode->setCurrentIndex(mode->findData(int(ScenarioPanel::Mode::Total)));
    QVERIFY(!panel->placementSpinBox(type("gizi"))->isEnabled());
    QTest::mouseClick(asnOnly, Qt::LeftButton, {}, QPoint(8, asnOnly->height() / 2));
    QVERIFY(asnOnly->isChecked());
    QTest::mouseClick(skm, Qt::LeftButton, {}, QPoint(8, skm->height() / 2));
    QVERIFY(skm->isChecked());
    total->selectAll();
    QTest::keyClicks(total, u"30"_s);
    const int needed = panel->result().shortageBefore;
    QVERIFY(needed > 0);
    const int asked = needed + 25;
    total->selectAll();
    QTest::keyClicks(total, QString::number(asked));
    QCOMPARE(total->value(), asked);

    const ScenarioResult &dock = panel->result();
    QCOMPARE(dock.level, Level::Province);
    QCOMPARE(dock.status, Status::Asn);
    QCOMPARE(dock.total, asked);
    QVERIFY(dock.totalSkm() > 0);
    QVERIFY(dock.completeAfter > dock.completeBefore);

    // The model's answer for the same inputs ...
    ProposalRequest request;
    request.total = asked;
    const ScenarioResult model = planProposal(*m_window->analysis(), Level::Province, u"52"_s,
                                              m_window->criteria(), Status::Asn, request);
    QCOMPARE(dock.completeAfter, model.completeAfter);
    QCOMPARE(dock.shortageAfter, model.shortageAfter);
    QCOMPARE(assignmentRows(dock), assignmentRows(model));
    // ... and the CLI's.
    const QJsonObject cli = cliProposal(
        {u"scenario"_s, u"--db"_s, m_store.path(), u"--province"_s, u"Nusa Tenggara Barat"_s,
         u"--status"_s, u"asn"_s, u"--total"_s, QString::number(asked), u"--json"_s});
    QVERIFY(!cli.isEmpty());
    QCOMPARE(cli.value(u"status"_s).toString(), u"asn"_s);
    QCOMPARE(cli.value(u"before"_s).toObject().value(u"complete"_s).toInt(), dock.completeBefore);
    QCOMPARE(cli.value(u"after"_s).toObject().value(u"complete"_s).toInt(), dock.completeAfter);
    QCOMPARE(cli.value(u"after"_s).toObject().value(u"shortage"_s).toInt(), dock.shortageAfter);
    QCOMPARE(cli.value(u"skm"_s).toInt(), dock.totalSkm());
    QCOMPARE(assignmentRows(cli), assignmentRows(dock));

    // The explanation: who becomes complete, who receives workers, where the leftovers went.
    const QString text = explanation->text();
    QVERIFY2(text.contains(dock.completedPuskesmas().first().toHtmlEscaped()), qPrintable(text));
    QVERIFY2(text.contains(u"SKM"_s), qPrintable(text));
    auto *receivers = panel->findChild<QTreeWidget *>(u"receivers"_s);
    QCOMPARE(receivers->topLevelItemCount(), dock.assignments.size());
    QCOMPARE(receivers->topLevelItem(0)->text(5), dock.assignments.first().explanation());

    // Per-type budgets over the whole data (the region box unchecked), all statuses.
    mode->setCurrentIndex(mode->findData(int(ScenarioPanel::Mode::PerType)));
    asnOnly->setChecked(false);
    regionOnly->setChecked(false);
    panel->placementSpinBox(type("dokter_gigi"))->setValue(20);
    panel->placementSpinBox(type("atlm"))->setValue(15);
    QCOMPARE(panel->result().level, Level::National);
    ProposalRequest perType;
    perType.placements = {{type("dokter_gigi"), 20}, {type("atlm"), 15}};
    const ScenarioResult national = planProposal(*m_window->analysis(), Level::National, {},
                                                 m_window->criteria(), m_window->status(), perType);
    QCOMPARE(assignmentRows(panel->result()), assignmentRows(national));
    const QJsonObject nationalCli
        = cliProposal({u"scenario"_s, u"--db"_s, m_store.path(), u"--place"_s,
                       u"dokter_gigi=20"_s, u"--place"_s, u"atlm=15"_s, u"--json"_s});
    QCOMPARE(assignmentRows(nationalCli), assignmentRows(panel->result()));
    QTest::qWait(50); // the dock lays its grown labels out
    m_window->grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS "/scenario_dock_total_id.png"));
}

// Issue 14: the headline cards say what the scenario changes, in both languages.
void TestScenarioController::headlineCardsShowTheDifference()
{
    auto *completeDiff = m_window->findChild<QLabel *>(u"completeDifference"_s);
    auto *incompleteDiff = m_window->findChild<QLabel *>(u"incompleteDifference"_s);
    QVERIFY(completeDiff && incompleteDiff);
    QVERIFY(!completeDiff->isVisible());
    m_window->showProvince(u"52"_s);
    const RegionSummary before = m_window->summary();
    QVERIFY(m_controller->newScenario(u"cards"_s));
    QVERIFY(completeDiff->isVisible()); // "+0 Lengkap" until a change: the scenario is on
    ProposalRequest request;
    request.placements = {{type("dokter_gigi"), 20}, {type("atlm"), 15}};
    const ScenarioResult r = planProposal(*m_window->analysis(), Level::Province, u"52"_s,
                                          m_window->criteria(), m_window->status(), request);
    QVERIFY(m_controller->push(proposalChanges(r)));
    const RegionSummary &after = m_window->summary();
    const int gained = after.complete - before.complete;
    QVERIFY(gained > 0);
    QCOMPARE(completeDiff->text(),
             u"+%1 Lengkap (%2 → %3)"_s.arg(gained).arg(before.complete).arg(after.complete));
    QCOMPARE(incompleteDiff->text(), u"−%1 Belum Lengkap · Kekurangan %2 → %3"_s.arg(gained)
                                         .arg(before.shortage)
                                         .arg(after.shortage));
    m_window->grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS "/scenario_cards_id.png"));

    Language::apply(Language::english());
    QTRY_COMPARE(completeDiff->text(),
                 u"+%1 complete (%2 → %3)"_s.arg(gained).arg(before.complete).arg(after.complete));
    QCOMPARE(incompleteDiff->text(), u"−%1 incomplete · Shortage %2 → %3"_s.arg(gained)
                                         .arg(before.shortage)
                                         .arg(after.shortage));
    m_window->grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS "/scenario_cards_en.png"));
    Language::apply(Language::indonesian());

    // Undone, the cards follow; closed, the difference goes.
    m_controller->undoAction()->trigger();
    QVERIFY(completeDiff->text().startsWith(u"0 Lengkap"_s));
    m_controller->closeScenario();
    QVERIFY(!completeDiff->isVisible());
    QVERIFY(!incompleteDiff->isVisible());
}

// A hidden dock keeps no pointer to an analysis the window replaced (another cut-off): a
// standards change meanwhile (the server's, or the dialog's) finds no data rather than freed
// memory, and showing the dock again computes on the data on screen.
void TestScenarioController::hiddenDockLetsGoOfReplacedData()
{
    QVERIFY(m_cutoffs.size() >= 2);
    m_window->showDistrict(u"52.03"_s);
    ScenarioPanel *panel = showDock();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->skm().puskesmas, 35);
    m_window->scenarioAction()->trigger();
    QTRY_VERIFY(!panel->isVisible());
    const QPointer<QComboBox> box = m_window->findChild<QComboBox *>(u"cutoffCombo"_s);
    QVERIFY(box);
    const int older = box->findData(m_cutoffs.first());
    box->setCurrentIndex(older);
    emit box->activated(older); // as a click on the box's item does
    QCOMPARE(m_window->shownCutoff(), m_cutoffs.first());
    SkmStandards standards;
    standards.setClassStandard(KategoriClass::RawatInap, type("dokter"), 3);
    standards.setClassStandard(KategoriClass::NonRawatInap, type("dokter"), 3);
    panel->setStandards(standards);
    QCOMPARE(panel->skm().puskesmas, 0);
    panel = showDock();
    QTRY_VERIFY(panel->isVisible());
    const SkmSummary expected = skmSummary(*m_window->analysis(), Level::District, u"52.03"_s,
                                           m_window->criteria(), m_window->status(), standards);
    QCOMPARE(panel->skm().puskesmas, expected.puskesmas);
    QCOMPARE(panel->skm().totalShortage(), expected.totalShortage());
    panel->setStandards(SkmStandards());
}

// Issue 14: opening a scenario on another cut-off moves the window's cut-off box to it.
void TestScenarioController::openingMovesTheCutoffBox()
{
    QVERIFY(m_cutoffs.size() >= 2);
    auto *box = m_window->findChild<QComboBox *>(u"cutoffCombo"_s);
    QVERIFY(box);
    QCOMPARE(box->currentData().toDate(), m_cutoffs.last());
    ScenarioDocument older;
    older.name = u"last month"_s;
    older.cutoff = m_cutoffs.first();
    QVERIFY(m_store.saveScenario(older));
    QVERIFY(m_controller->openScenario(u"last month"_s));
    QCOMPARE(m_window->shownCutoff(), m_cutoffs.first());
    QCOMPARE(box->currentData().toDate(), m_cutoffs.first());
    // Closing shows that cut-off's own data: the box still names what is on screen.
    m_controller->closeScenario();
    QCOMPARE(m_window->shownCutoff(), m_cutoffs.first());
    QCOMPARE(box->currentData().toDate(), m_cutoffs.first());
}

namespace {

// Answers the next modal QInputDialog (New, Open) as a planner would, once it is up.
void answerInput(const QString &text)
{
    QTimer::singleShot(0, qApp, [text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(text);
        dialog->accept();
    });
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// Issue 14's "Done when", in the window from start to end: "with 20 new dentists and 15 ATLM
// for NTB, how many Puskesmas become complete, which ones?", two Puskesmas adjusted by hand,
// one change undone, saved, printed, reopened tomorrow, this month compared with last month.
void TestScenarioController::doneWhenStory()
{
    auto *exporter = new ExportController(m_window.get());
    const QList<QAction *> actions = m_controller->scenarioMenu()->actions();
    // Scenario menu: New, Open, Save, Rename, Duplicate, Delete, -, Appoint, Move, Apply
    // the proposal, -, Compare, Change between cut-offs, -, Close.
    QAction *newAction = actions.at(0);
    QAction *openAction = actions.at(1);
    QAction *applyAction = actions.at(9);
    QAction *changeAction = actions.at(12);
    QVERIFY(applyAction->text().contains(u"Usulan"_s, Qt::CaseInsensitive));

    answerInput(u"NTB Juni"_s);
    newAction->trigger();
    QVERIFY(m_controller->isActive());

    // 20 dentists and 15 ATLM for NTB, typed in the dock.
    m_window->showProvince(u"52"_s);
    ScenarioPanel *panel = showDock();
    QTRY_VERIFY(panel->isVisible());
    const RegionSummary before = m_window->summary();
    for (auto [key, count] : {std::pair {"dokter_gigi", "20"}, std::pair {"atlm", "15"}}) {
        QSpinBox *spin = panel->placementSpinBox(type(key));
        spin->selectAll();
        QTest::keyClicks(spin, QString::fromLatin1(count));
    }
    const ScenarioResult proposal = panel->result();
    QCOMPARE(proposal.placed.at(type("dokter_gigi")), 20);
    QCOMPARE(proposal.placed.at(type("atlm")), 15);
    const int gained = proposal.completeAfter - proposal.completeBefore;
    QVERIFY(gained > 0);
    // How many, and which ones: the dock says it.
    const QString explanation = panel->findChild<QLabel *>(u"proposalExplanation"_s)->text();
    QVERIFY2(explanation.contains(u"(%1)"_s.arg(gained)), qPrintable(explanation));
    for (const QString &name : proposal.completedPuskesmas().mid(0, 5))
        QVERIFY2(explanation.contains(name.toHtmlEscaped()), qPrintable(name));

    applyAction->trigger();
    QCOMPARE(m_controller->undoStack()->count(), 1);
    QCOMPARE(m_window->summary().complete, before.complete + gained);
    QCOMPARE(m_window->findChild<QLabel *>(u"completeDifference"_s)->text(),
             u"+%1 Lengkap (%2 → %3)"_s.arg(gained).arg(before.complete).arg(
                 before.complete + gained));

    // Two Puskesmas adjusted by hand in the dock, one undone with Ctrl+Z.
    m_window->showDistrict(u"52.03"_s);
    ScenarioChangeBox *box = panel->changeBox();
    auto *name = box->findChild<QLineEdit *>(u"changePuskesmas"_s);
    auto *typeBox = box->findChild<QComboBox *>(u"changeType"_s);
    auto *amount = box->findChild<QSpinBox *>(u"changeAmount"_s);
    auto *apply = box->findChild<QPushButton *>(u"applyChange"_s);
    const PuskesmasData sakra = *m_window->staffingModel()->rows().at(rowOf(u"SAKRA"_s)).data;
    const PuskesmasData keruak = *m_window->staffingModel()->rows().at(rowOf(u"KERUAK"_s)).data;
    for (auto [puskesmas, key] : {std::pair {"SAKRA", "gizi"}, std::pair {"KERUAK", "promkes"}}) {
        name->clear();
        QTest::keyClicks(name, QString::fromLatin1(puskesmas));
        typeBox->setCurrentIndex(typeBox->findData(type(key)));
        amount->selectAll();
        QTest::keyClicks(amount, u"2"_s);
        QTest::mouseClick(apply, Qt::LeftButton);
    }
    QCOMPARE(m_controller->undoStack()->count(), 3);
    m_window->currentTable()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_controller->workspace()->puskesmas(keruak.id)->asn, keruak.asn);
    QCOMPARE(m_controller->workspace()->puskesmas(sakra.id)->asn.at(type("gizi")),
             sakra.asn.at(type("gizi")) + 2);

    // Saved with Ctrl+S.
    QVERIFY(!m_controller->undoStack()->isClean());
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_controller->undoStack()->isClean());
    const QList<ScenarioChange> saved = m_store.loadScenario(u"NTB Juni"_s)->changes;
    QCOMPARE(saved.size(), proposal.assignments.size() + 1);

    // Printed (to PDF, as File > Export PDF writes it): the scenario's name on the paper.
    const QString pdf = QStringLiteral(LENGKAP_TEST_ARTIFACTS "/scenario_story_id.pdf");
    QVERIFY(exporter->exportTable(pdf, ExportController::Format::Pdf));
    const QString paper = pdfText(pdf);
    QVERIFY2(paper.contains(u"SKENARIO: NTB Juni"_s), qPrintable(paper.left(600)));
    QVERIFY(paper.contains(u"SAKRA"_s));

    // Reopened tomorrow, in a new window, from the Scenario menu.
    m_window.reset();
    m_window = std::make_unique<DashboardWindow>();
    QVERIFY(m_window->setData(m_cutoffs, [this](QDate c) { return m_store.loadSnapshot(c); }));
    m_controller = new ScenarioController(m_window.get(), &m_store);
    m_window->resize(1366, 768);
    m_window->show();
    answerInput(u"NTB Juni"_s);
    m_controller->scenarioMenu()->actions().at(1)->trigger();
    Q_UNUSED(openAction);
    QVERIFY(m_controller->isActive());
    QCOMPARE(m_controller->workspace()->changes(), saved);
    m_window->showProvince(u"52"_s);
    QCOMPARE(m_window->summary().complete, before.complete + gained);

    // This month against last month, from the Scenario menu.
    CutoffDiff diff;
    int rows = 0;
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<CutoffChangeDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setCutoffs(m_cutoffs.at(m_cutoffs.size() - 2), m_cutoffs.last());
        diff = dialog->diff();
        rows = dialog->regionTable()->rowCount();
        dialog->grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS "/scenario_story_cutoffs.png"));
        dialog->reject();
    });
    m_controller->scenarioMenu()->actions().at(12)->trigger();
    Q_UNUSED(changeAction);
    const Analysis lastMonth(*m_store.loadSnapshot(m_cutoffs.at(m_cutoffs.size() - 2)));
    const Analysis thisMonth(*m_store.loadSnapshot(m_cutoffs.last()));
    const CutoffDiff expected = diffCutoffs(lastMonth, thisMonth, Level::Province, u"52"_s,
                                            Criteria::Sisdmk, Status::All);
    QCOMPARE(diff.before.complete, expected.before.complete);
    QCOMPARE(diff.after.complete, expected.after.complete);
    QCOMPARE(diff.becameComplete.size(), expected.becameComplete.size());
    QCOMPARE(rows, int(expected.regions.size()));
    // The imported June data, not the scenario: the scenario is a document apart.
    QCOMPARE(diff.after.complete, before.complete);
}

// A passing status-bar note ("Sorted by % complete") does not hide the scenario's banner.
void TestScenarioController::bannerStaysThroughNotes()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_controller->newScenario(u"NTB plan"_s));
    QVERIFY(m_controller->banner()->isVisible());
    m_window->showNational();
    emit m_window->charts()->completenessClicked(true);
    QCoreApplication::processEvents();
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    QVERIFY(m_controller->banner()->isVisible());
    m_window->statusBar()->grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS)
                                       + u"/scenario_banner_with_note.png"_s);
}

QTEST_MAIN(TestScenarioController)
#include "tst_scenariocontroller.moc"
