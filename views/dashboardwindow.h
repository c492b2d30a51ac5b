#pragma once

#include "analysis.h"
#include "result.h"
#include "types.h"

#include <QDate>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QDockWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolButton;

// The dashboard: the nation → province → district drill-down of "Kelengkapan 9 Jenis Nakes"
// (issue 5). Every toggle (criteria, status, cut-off) recomputes from the in-memory Analysis and
// resets the item models; the proxies only sort and narrow. The window owns the Analysis of the
// shown cut-off; a loader (the Store's loadSnapshot) gives other cut-offs.
namespace Lengkap {

class ScenarioPanel;
class SnapshotSource;

class BreadcrumbBar;
class FrozenTableView;
class LegendWidget;
class RegionCompleter;
class StatusNotes;
class RegionTableModel;
class StaffingTableModel;
class SummaryCharts;
class TableFilterProxy;

class DashboardWindow : public QMainWindow
{
    Q_OBJECT
public:
    using SnapshotLoader = std::function<Result<Snapshot>(QDate)>;

    explicit DashboardWindow(QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // Cut-offs to choose from (oldest first) and how to load one; shows the latest, or the one
    // remembered from the last session. databasePath is shown in the status bar tooltip.
    // Shows `show` when given and held (a cut-off just imported), at its home region.
    Result<void> setData(QList<QDate> cutoffs, SnapshotLoader loader,
                         const QString &databasePath = {}, QDate show = {});
    // The same through a back end (snapshotsource.h): the local file's Store or the server,
    // kept while the window shows its data (dashboardsource.cpp). Standards the source
    // prescribes (the server's) replace the planner's own in the scenario dock, read-only.
    Result<void> setSource(std::shared_ptr<const SnapshotSource> source, QDate show = {});
    const SnapshotSource *source() const { return m_source.get(); }
    // One ready analysis (tests, benchmarks): no cut-off selector.
    void setAnalysis(std::unique_ptr<Analysis> analysis);
    // Issue 14: the imported data under an active scenario; the headline cards then show the
    // difference ("+3 Lengkap", "Kekurangan 67 → 52"). Null: no scenario.
    void setScenarioBaseline(std::shared_ptr<const Analysis> baseline);
    const Analysis *analysis() const { return m_analysis.get(); }

    // Shows the window as the program starts: the last session's geometry, else maximised when
    // the screen is smaller than the default size (a 1366x768 laptop with its taskbar).
    void showAtStart();
    // Goes to the region saved in QSettings by the last session on this database file, when
    // this data holds it; otherwise stays at the home region.
    void restoreLastRegion();
    // The smallest region holding every Puskesmas of the cut-off on screen (issue 12).
    void showHomeRegion();
    // The cut-off on screen; invalid without data.
    QDate shownCutoff() const;

    Level level() const { return m_level; }
    QString regionCode() const;
    const RegionSummary &summary() const { return m_summary; }
    Criteria criteria() const { return m_criteria; }
    Status status() const { return m_status; }

    void setCriteria(Criteria criteria);
    void setStatus(Status status);
    void showNational();
    void showProvince(const QString &code);
    void showDistrict(const QString &code);
    void goBack(); // up one level

    // For tests and the print/export actions: the table on screen and its proxy.
    FrozenTableView *currentTable() const;
    TableFilterProxy *currentProxy() const;
    RegionTableModel *regionModel() const { return m_regionModel; }
    StaffingTableModel *staffingModel() const { return m_staffingModel; }
    SummaryCharts *charts() const { return m_charts; }
    StatusNotes *notes() const { return m_notes; }
    BreadcrumbBar *breadcrumb() const { return m_breadcrumb; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QAction *importAction() const { return m_importAction; }
    ScenarioPanel *scenarioPanel() const { return m_scenarioPanel; }
    QAction *scenarioAction() const { return m_scenarioAction; }
    // Actions the table's context menu offers besides Open and Back (Copy, Export, ...).
    void addTableContextActions(const QList<QAction *> &actions);

    // The title of the current view: "Kelengkapan 9 Jenis Nakes di Lombok Timur, ..."
    QString titleText() const;

signals:
    // File > Import... (empty path) or a file dropped on the window: main() opens the import
    // dialog, which writes in its own thread; then setData() shows the new data.
    void importRequested(const QString &path);
    // After every recomputation (region, criteria, status, cut-off changed).
    void viewChanged();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void retranslate();
    void refresh();
    void updateHeadline();
    void updateTableFilterChoices();
    void updateStatusBar();
    void updateWindowTitle();
    void updateRowCount();
    void enterRegion(Level level, const QString &provinceCode, const QString &districtCode,
                     const QString &selectRow);
    void fitColumns();
    void updateCardColors(); // the headline cards' borders, in the palette's colours
    void applyFilterChoice();
    void fitFilterCombo();
    void loadCutoff(QDate cutoff);
    void saveSettings() const;
    void updateScenarioPanel();
    void setBands(const BandSettings &bands);
    void onActivated(const QModelIndex &index);
    void onCompletenessClicked(bool complete);
    void onTypeClicked(int typeIndex);
    void onSearchReturn();
    void openChosen(Level level, const QString &code, const QString &puskesmas);
    void onBreadcrumb(int depth);
    void setLanguage(const QString &code);
    void setAlternativePalette(bool on);
    void selectRegionRow(const QString &code);
    void showMethodology();
    void showAbout();
    QString regionName() const;
    QString coverageNote() const; // "contains 1 of 514 districts", or empty
    bool holdsRegion(Level level, const QString &code) const;

    std::unique_ptr<Analysis> m_analysis;
    QList<QDate> m_cutoffs;
    SnapshotLoader m_loader;
    std::shared_ptr<const SnapshotSource> m_source; // set by setSource(), else null
    QString m_databasePath;

    Criteria m_criteria = Criteria::Sisdmk;
    Status m_status = Status::All;
    Level m_level = Level::National;
    QString m_provinceCode;
    QString m_districtCode;
    RegionSummary m_summary;

    RegionTableModel *m_regionModel = nullptr;
    StaffingTableModel *m_staffingModel = nullptr;
    TableFilterProxy *m_regionProxy = nullptr;
    TableFilterProxy *m_staffingProxy = nullptr;
    FrozenTableView *m_regionView = nullptr;
    FrozenTableView *m_staffingView = nullptr;
    QStackedWidget *m_tableStack = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_coverageLabel = nullptr;
    QLabel *m_cutoffCaption = nullptr;
    QLabel *m_criteriaCaption = nullptr;
    QLabel *m_statusCaption = nullptr;
    QComboBox *m_cutoffCombo = nullptr;
    QComboBox *m_criteriaCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;

    QLabel *m_completePct = nullptr;
    QLabel *m_completeCount = nullptr;
    QLabel *m_incompletePct = nullptr;
    QLabel *m_incompleteCount = nullptr;
    QLabel *m_completeDifference = nullptr; // issue 14: against the scenario's baseline
    QLabel *m_incompleteDifference = nullptr;
    std::shared_ptr<const Analysis> m_scenarioBaseline;
    QLabel *m_shortage = nullptr;
    QLabel *m_shortageByType = nullptr;
    SummaryCharts *m_charts = nullptr;

    BreadcrumbBar *m_breadcrumb = nullptr;
    QToolButton *m_backButton = nullptr;
    QPushButton *m_nationalButton = nullptr;
    QLabel *m_searchCaption = nullptr;
    QLineEdit *m_search = nullptr;
    RegionCompleter *m_completer = nullptr;
    StatusNotes *m_notes = nullptr;
    QLabel *m_filterCaption = nullptr;
    QComboBox *m_filterCombo = nullptr;
    QLabel *m_rowCount = nullptr;
    LegendWidget *m_legend = nullptr;

    QLabel *m_sourceLabel = nullptr;
    QLabel *m_cutoffLabel = nullptr;
    QLabel *m_sampleLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QAction *m_importAction = nullptr;
    QDockWidget *m_scenarioDock = nullptr;
    ScenarioPanel *m_scenarioPanel = nullptr;
    QAction *m_scenarioAction = nullptr;
    QMenu *m_bandsMenu = nullptr;
    BandSettings m_bands;
    QList<QAction *> m_tableContextActions;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_nationalAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_indonesianAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_methodologyAction = nullptr;
    QAction *m_aboutAction = nullptr;
    bool m_refreshing = false;
    bool m_geometryRestored = false;
};

} // namespace Lengkap
