// Tests views/scenariocontroller.cpp (issue 14) through the window, as a planner would: a new
// scenario, 20 dentists and 15 ATLM for NTB applied in one step, two Puskesmas adjusted by hand
// in the district table, one change undone (Ctrl+Z) and redone, saved, reopened "tomorrow";
// "SKENARIO: <name>" on screen and paper, changed cells outlined, the difference from baseline.
#include "dashboardwindow.h"
#include "frozentableview.h"
#include "language.h"
#include "nakestypes.h"
#include "printlayout.h"
#include "samplestore.h"
#include "scenario.h"
#include "scenariocontroller.h"
#include "scenariopanel.h"
#include "staffingtablemodel.h"
#include "store.h"
#include "summarycharts.h"
#include "tabledata.h"
#include "tablefilterproxy.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
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
    void bannerStaysThroughNotes();

private:
    int rowOf(const QString &name) const;
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
