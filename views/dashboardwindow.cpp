#include "dashboardwindow.h"

#include "labels.h"
#include "scenariodifference.h"
#include "scenariopanel.h"

#include "breadcrumbbar.h"
#include "colorscheme.h"
#include "coverage.h"
#include "dockfit.h"
#include "frozentableview.h"
#include "groupheaderview.h"
#include "language.h"
#include "legendwidget.h"
#include "methodologydialog.h"
#include "nakestypes.h"
#include "regioncompleter.h"
#include "regiontablemodel.h"
#include "staffingtablemodel.h"
#include "statusnotes.h"
#include "summarycharts.h"
#include "summarypanefit.h"
#include "tabledata.h"
#include "tablefilterproxy.h"
#include "tableroles.h"
#include "wilayah.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

// Filter box choices that are not a type index.
constexpr int ShowAll = -3;
constexpr int OnlyIncomplete = -2;
constexpr int OnlyComplete = -1;
constexpr QSize DefaultSize(1280, 720);

QString percent(double value)
{
    return DashboardWindow::tr("%1%", "percentage").arg(QLocale().toString(value, 'f', 2));
}

QString dateText(QDate date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

QLabel *figureLabel(const QString &name, qreal scale, bool bold, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DashboardWindow::DashboardWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowIcon(QIcon(u":/lengkap/icons/lengkap.svg"_s));
    setAcceptDrops(true); // a file dropped on the window opens the import dialog
    const QSettings settings;
    ColorScheme::setAlternative(settings.value(u"view/alternativePalette"_s, false).toBool());
    parseCriteria(settings.value(u"view/criteria"_s).toString(), &m_criteria);
    parseStatus(settings.value(u"view/status"_s).toString(), &m_status);
    m_bands = BandSettings::fromText(settings.value(u"view/bands"_s).toString())
                  .value_or(BandSettings {});
    buildUi();
    buildMenus();
    retranslate();
    resize(DefaultSize);
    m_geometryRestored = restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    if (!m_geometryRestored)
        resize(DefaultSize);
}

void DashboardWindow::showAtStart()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    // Room for a title bar, a frame and a taskbar around the default size.
    const QSize needed = DefaultSize + QSize(40, 80);
    if (!m_geometryRestored && screen
        && (screen->availableSize().width() < needed.width()
            || screen->availableSize().height() < needed.height()))
        showMaximized();
    else
        show();
}

DashboardWindow::~DashboardWindow()
{
    // The staffing rows point into the analysis: drop them first.
    m_staffingModel->clear();
}

void DashboardWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Header band: title and the three selectors.
    auto *band = new QFrame(central);
    band->setObjectName(u"headerBand"_s);
    band->setAutoFillBackground(true);
    QPalette bandPalette = band->palette();
    bandPalette.setColor(QPalette::Window, ColorScheme::headerBand());
    bandPalette.setColor(QPalette::WindowText, Qt::white);
    band->setPalette(bandPalette);
    // Two rows, so the longest title ("... di Kota Administrasi Jakarta Selatan, ...") fits at
    // 1366 pixels: the title, then the selectors.
    auto *bandRows = new QVBoxLayout(band);
    bandRows->setContentsMargins(12, 6, 12, 6);
    bandRows->setSpacing(4);
    m_title = figureLabel(u"title"_s, 1.4, true, band);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setWordWrap(true); // two lines rather than a cut title beside the scenario dock
    bandRows->addWidget(m_title);
    auto *bandLayout = new QHBoxLayout;
    bandLayout->setContentsMargins(0, 0, 0, 0);
    bandRows->addLayout(bandLayout);
    m_cutoffCaption = new QLabel(band);
    m_cutoffCombo = new QComboBox(band);
    m_cutoffCombo->setObjectName(u"cutoffCombo"_s);
    m_criteriaCaption = new QLabel(band);
    m_criteriaCombo = new QComboBox(band);
    m_criteriaCombo->setObjectName(u"criteriaCombo"_s);
    m_statusCaption = new QLabel(band);
    m_statusCombo = new QComboBox(band);
    m_statusCombo->setObjectName(u"statusCombo"_s);
    for (auto [caption, combo] : {std::pair {m_cutoffCaption, m_cutoffCombo},
                                  std::pair {m_criteriaCaption, m_criteriaCombo},
                                  std::pair {m_statusCaption, m_statusCombo}}) {
        caption->setBuddy(combo);
        if (caption != m_cutoffCaption)
            bandLayout->addSpacing(16);
        bandLayout->addWidget(caption);
        bandLayout->addWidget(combo);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    bandLayout->addStretch(1);
    // How much of the region the cut-off holds, beside the selectors (issue 12).
    m_coverageLabel = new QLabel(band);
    m_coverageLabel->setObjectName(u"coverageLabel"_s);
    m_coverageLabel->setStyleSheet(u"color: white; font-weight: bold;"_s);
    bandLayout->addWidget(m_coverageLabel);
    layout->addWidget(band);

    // Headline figures and charts.
    auto *upper = new QWidget(central);
    auto *upperLayout = new QHBoxLayout(upper);
    upperLayout->setContentsMargins(10, 8, 10, 4);
    auto *figures = new QWidget(upper);
    auto *grid = new QGridLayout(figures);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    auto card = [&](QLabel **pct, QLabel **count, QLabel **difference, const QString &name,
                    int column) {
        auto *frame = new QFrame(figures);
        frame->setObjectName(name + u"Card"_s);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(10, 6, 10, 6);
        *pct = figureLabel(name + u"Pct"_s, 2.0, true, frame);
        *count = figureLabel(name + u"Count"_s, 1.0, false, frame);
        (*count)->setWordWrap(true);
        // Issue 14: the scenario's difference from the imported data, shown under a scenario.
        *difference = figureLabel(name + u"Difference"_s, 1.0, true, frame);
        (*difference)->setWordWrap(true);
        (*difference)->setStyleSheet(u"color: #6a1b9a;"_s);
        (*difference)->hide();
        v->addWidget(*pct);
        v->addWidget(*count);
        v->addWidget(*difference);
        grid->addWidget(frame, 0, column);
    };
    card(&m_completePct, &m_completeCount, &m_completeDifference, u"complete"_s, 0);
    card(&m_incompletePct, &m_incompleteCount, &m_incompleteDifference, u"incomplete"_s, 1);
    updateCardColors();
    m_shortage = figureLabel(u"shortage"_s, 1.05, true, figures);
    m_shortage->setWordWrap(true);
    m_shortageByType = figureLabel(u"shortageByType"_s, 0.95, false, figures);
    m_shortageByType->setWordWrap(true);
    grid->addWidget(m_shortage, 1, 0, 1, 2);
    grid->addWidget(m_shortageByType, 2, 0, 1, 2);
    grid->setRowStretch(3, 1);
    figures->setMinimumWidth(330);
    figures->setMaximumWidth(420);
    upperLayout->addWidget(figures, 0);
    m_charts = new SummaryCharts(upper);
    m_charts->setObjectName(u"charts"_s);
    upperLayout->addWidget(m_charts, 1);
    connect(m_charts, &SummaryCharts::completenessClicked, this,
            &DashboardWindow::onCompletenessClicked);
    connect(m_charts, &SummaryCharts::typeClicked, this, &DashboardWindow::onTypeClicked);

    // Navigation row, table and legend.
    auto *lower = new QWidget(central);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(10, 4, 10, 4);
    lowerLayout->setSpacing(4);
    auto *nav = new QHBoxLayout;
    m_backButton = new QToolButton(lower);
    m_backButton->setObjectName(u"backButton"_s);
    m_backButton->setIcon(QIcon(u":/lengkap/icons/back.svg"_s));
    m_backButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_backButton, &QToolButton::clicked, this, &DashboardWindow::goBack);
    nav->addWidget(m_backButton);
    m_breadcrumb = new BreadcrumbBar(lower);
    m_breadcrumb->setObjectName(u"breadcrumb"_s);
    connect(m_breadcrumb, &BreadcrumbBar::partActivated, this, &DashboardWindow::onBreadcrumb);
    nav->addWidget(m_breadcrumb, 1);
    m_nationalButton = new QPushButton(lower);
    m_nationalButton->setObjectName(u"nationalButton"_s);
    m_nationalButton->setIcon(QIcon(u":/lengkap/icons/home.svg"_s));
    connect(m_nationalButton, &QPushButton::clicked, this, &DashboardWindow::showNational);
    nav->addWidget(m_nationalButton);
    // Search and filter on a row of their own: beside the breadcrumb they did not fit a
    // 1366-pixel screen with the scenario dock open (issue 12).
    lowerLayout->addLayout(nav);
    nav = new QHBoxLayout;
    m_searchCaption = new QLabel(lower);
    m_search = new QLineEdit(lower);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(170);
    m_searchCaption->setBuddy(m_search);
    nav->addWidget(m_searchCaption);
    nav->addWidget(m_search);
    m_filterCaption = new QLabel(lower);
    m_filterCombo = new QComboBox(lower);
    m_filterCombo->setObjectName(u"filterCombo"_s);
    // As wide as the choice shown (fitFilterCombo), not as the longest choice.
    m_filterCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filterCombo->setMinimumContentsLength(12);
    m_filterCaption->setBuddy(m_filterCombo);
    nav->addWidget(m_filterCaption);
    nav->addWidget(m_filterCombo);
    nav->addStretch(1);
    m_rowCount = new QLabel(lower);
    m_rowCount->setObjectName(u"rowCount"_s);
    nav->addWidget(m_rowCount);
    lowerLayout->addLayout(nav);

    m_regionModel = new RegionTableModel(this);
    m_staffingModel = new StaffingTableModel(this);
    m_regionProxy = new TableFilterProxy(this);
    m_regionProxy->setSourceModel(m_regionModel);
    m_staffingProxy = new TableFilterProxy(this);
    m_staffingProxy->setSourceModel(m_staffingModel);
    m_tableStack = new QStackedWidget(lower);
    m_regionView = new FrozenTableView(m_tableStack);
    m_regionView->setObjectName(u"regionTable"_s);
    m_regionView->setModel(m_regionProxy);
    m_regionView->sortByColumn(-1, Qt::AscendingOrder); // code order until the user sorts
    m_staffingView = new FrozenTableView(m_tableStack);
    m_staffingView->setObjectName(u"staffingTable"_s);
    m_staffingView->setModel(m_staffingProxy);
    m_staffingView->sortByColumn(-1, Qt::AscendingOrder);
    for (FrozenTableView *view : {m_regionView, m_staffingView}) {
        // After a sort the view shows the top of the sorted list (issue 12).
        connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, view, [view] {
            QMetaObject::invokeMethod(view, &QTableView::scrollToTop, Qt::QueuedConnection);
        });
        connect(view, &QTableView::activated, this, &DashboardWindow::onActivated);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            QMenu menu(this);
            const QModelIndex index = view->indexAt(pos);
            if (index.isValid() && m_level != Level::District) {
                menu.addAction(tr("&Open"), this, [this, index] { onActivated(index); });
            }
            if (m_level != Level::National)
                menu.addAction(m_backAction);
            if (!m_tableContextActions.isEmpty()) {
                menu.addSeparator();
                menu.addActions(m_tableContextActions);
            }
            if (!menu.isEmpty())
                menu.exec(view->viewport()->mapToGlobal(pos));
        });
        m_tableStack->addWidget(view);
    }
    for (TableFilterProxy *proxy : {m_regionProxy, m_staffingProxy}) {
        connect(proxy, &QAbstractItemModel::modelReset, this, &DashboardWindow::updateRowCount);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &DashboardWindow::updateRowCount);
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &DashboardWindow::updateRowCount);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, &DashboardWindow::updateRowCount);
    }
    lowerLayout->addWidget(m_tableStack, 1);
    m_legend = new LegendWidget(lower);
    m_legend->setObjectName(u"legend"_s);
    lowerLayout->addWidget(m_legend);

    auto *splitter = new QSplitter(Qt::Vertical, central);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The summary pane as high as its figures and charts need (the bar chart's minimum is one
    // label box per type name, in the platform's fonts), the rest for the table (issue 12).
    splitter->setSizes({upper->minimumSizeHint().height(), 470});
    new SummaryPaneFit(splitter, upper, figures, m_charts);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        currentProxy()->setNameFilter(text);
        m_notes->dismiss(StatusNotes::Search);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &DashboardWindow::onSearchReturn);
    // Provinces, districts and Puskesmas of the cut-off as you type, from any level.
    m_completer = new RegionCompleter(this);
    m_completer->setObjectName(u"regionCompleter"_s);
    m_search->setCompleter(m_completer);
    connect(m_completer, &RegionCompleter::regionChosen, this,
            [this](Level level, const QString &code, const QString &puskesmas) {
                // after QCompleter has written the entry into the box
                QMetaObject::invokeMethod(
                    this, [this, level, code, puskesmas] { openChosen(level, code, puskesmas); },
                    Qt::QueuedConnection);
            });
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this,
            &DashboardWindow::applyFilterChoice);
    connect(m_criteriaCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            setCriteria(m_criteriaCombo->itemData(i).value<Criteria>());
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            setStatus(m_statusCombo->itemData(i).value<Status>());
    });
    connect(m_cutoffCombo, &QComboBox::activated, this,
            [this](int i) { loadCutoff(m_cutoffCombo->itemData(i).toDate()); });

    // Notes about the view on screen go when no longer true (issue 12).
    m_notes = new StatusNotes(statusBar(), this);
    connect(this, &DashboardWindow::viewChanged, m_notes,
            [this] { m_notes->dismiss(StatusNotes::Region); });
    for (FrozenTableView *view : {m_regionView, m_staffingView}) {
        connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_notes,
                [this] { m_notes->dismiss(StatusNotes::Sort); });
    }
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(u"sourceLabel"_s);
    m_cutoffLabel = new QLabel(this);
    m_cutoffLabel->setObjectName(u"cutoffLabel"_s);
    m_sampleLabel = new QLabel(this);
    m_sampleLabel->setObjectName(u"sampleLabel"_s);
    m_sampleLabel->setStyleSheet(u"QLabel { background: #b71c1c; color: white; font-weight: bold;"
                                 u" padding: 1px 8px; border-radius: 3px; }"_s);
    statusBar()->addPermanentWidget(m_sourceLabel);
    statusBar()->addPermanentWidget(m_cutoffLabel);
    statusBar()->addPermanentWidget(m_sampleLabel);
    m_sampleLabel->hide();
    m_regionView->setFocus();
}

void DashboardWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, [this] { emit importRequested({}); });
    m_importAction->setShortcut(QKeySequence::Open);
    m_importAction->setObjectName(u"importAction"_s);
    // Print / Print Preview / Export CSV, XLSX, PDF / chart PNG, SVG / Copy: the ExportController
    // (views/exportcontroller.*) puts its actions above Quit.
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_backAction = m_viewMenu->addAction(QIcon(u":/lengkap/icons/back.svg"_s), QString(), this,
                                         &DashboardWindow::goBack);
    m_backAction->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Backspace)});
    m_backAction->setShortcutContext(Qt::WindowShortcut);
    m_nationalAction = m_viewMenu->addAction(QIcon(u":/lengkap/icons/home.svg"_s), QString(), this,
                                             &DashboardWindow::showNational);
    m_nationalAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_searchAction = m_viewMenu->addAction(QString(), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_searchAction->setShortcut(QKeySequence::Find);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    m_indonesianAction = m_languageMenu->addAction(u"Bahasa Indonesia"_s, this,
                                                   [this] { setLanguage(Language::indonesian()); });
    m_englishAction = m_languageMenu->addAction(u"English"_s, this,
                                                [this] { setLanguage(Language::english()); });
    for (QAction *action : {m_indonesianAction, m_englishAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    m_paletteAction
        = m_viewMenu->addAction(QString(), this, &DashboardWindow::setAlternativePalette);
    m_paletteAction->setObjectName(u"alternativePalette"_s);
    m_paletteAction->setCheckable(true);
    m_paletteAction->setChecked(ColorScheme::alternative());

    // Band limits are settings (DOMAIN.md §3): the dashboard's own, or other ministry pages'.
    m_bandsMenu = m_viewMenu->addMenu(QString());
    auto *bandChoices = new QActionGroup(this);
    for (const BandSettings &choice : {BandSettings {}, BandSettings::ministryAlternative()}) {
        QAction *action
            = m_bandsMenu->addAction(QString(), this, [this, choice] { setBands(choice); });
        action->setCheckable(true);
        action->setChecked(choice == m_bands);
        action->setData(choice.toText());
        bandChoices->addAction(action);
    }

    // Planners' scenarios against the SKM standards: a dock beside the tables, hidden until
    // asked for, following the region, criteria and status on screen.
    m_scenarioDock = new QDockWidget(this);
    m_scenarioDock->setObjectName(u"scenarioDock"_s);
    m_scenarioPanel = new ScenarioPanel(m_scenarioDock);
    // Scrolls rather than widening the window past a laptop's screen (issue 12).
    DockFit::setScrollingWidget(m_scenarioDock, m_scenarioPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_scenarioDock);
    m_scenarioDock->hide();
    connect(this, &DashboardWindow::viewChanged, m_scenarioPanel, [this] {
        if (m_scenarioDock->isVisible())
            updateScenarioPanel();
    });
    connect(m_scenarioDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            updateScenarioPanel();
    });
    m_scenarioAction = m_scenarioDock->toggleViewAction();
    connect(m_scenarioAction, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            DockFit::fitWidth(m_scenarioDock);
    });
    m_viewMenu->addSeparator();
    m_scenarioAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_viewMenu->addAction(m_scenarioAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_methodologyAction = m_helpMenu->addAction(QString(), this, &DashboardWindow::showMethodology);
    m_methodologyAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &DashboardWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void DashboardWindow::retranslate()
{
    updateWindowTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setToolTip(tr("Import a staffing file (rekap CSV, XLSX, SISDMK worker export, "
                                  "a copy of the web table) as the data of a cut-off"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_backAction->setText(tr("&Back"));
    m_nationalAction->setText(tr("Back to &national view"));
    m_searchAction->setText(tr("&Find by name"));
    m_scenarioDock->setWindowTitle(tr("Scenarios (SKM)"));
    m_bandsMenu->setTitle(tr("Completeness b&ands"));
    for (QAction *action : m_bandsMenu->actions()) {
        const BandSettings choice
            = BandSettings::fromText(action->data().toString()).value_or(BandSettings {});
        QStringList ranges;
        for (Band band : {Band::Red, Band::Orange, Band::LightGreen, Band::DarkGreen})
            ranges.append(Labels::bandRange(band, choice));
        action->setText(ranges.join(u" · "_s));
    }
    m_scenarioAction->setText(tr("&Scenarios (SKM)"));
    m_scenarioAction->setToolTip(tr("Place workers and see how many Puskesmas become complete; "
                                    "compare with the minimum staffing standards (SKM)"));
    m_languageMenu->setTitle(tr("&Language"));
    m_paletteAction->setText(tr("Colour-blind friendly &palette"));
    m_helpMenu->setTitle(tr("&Help"));
    //: Indonesian: "&Metodologi"
    m_methodologyAction->setText(tr("&Methodology"));
    m_aboutAction->setText(tr("&About Lengkap"));
    m_indonesianAction->setChecked(Language::current() != Language::english());
    m_englishAction->setChecked(Language::current() == Language::english());

    m_cutoffCaption->setText(tr("C&ut-off:"));
    //: Indonesian: "&Kriteria Data:"
    m_criteriaCaption->setText(tr("Data &criteria:"));
    //: Indonesian: "&Status Kepegawaian:"
    m_statusCaption->setText(tr("Employment &status:"));
    for (QLabel *caption : {m_cutoffCaption, m_criteriaCaption, m_statusCaption})
        caption->setStyleSheet(u"color: white;"_s);
    {
        const QSignalBlocker blockCriteria(m_criteriaCombo);
        const QSignalBlocker blockStatus(m_statusCombo);
        const QSignalBlocker blockCutoff(m_cutoffCombo);
        m_criteriaCombo->clear();
        m_criteriaCombo->addItem(Labels::criteria(Criteria::Sisdmk),
                                 QVariant::fromValue(Criteria::Sisdmk));
        m_criteriaCombo->addItem(Labels::criteria(Criteria::Registered),
                                 QVariant::fromValue(Criteria::Registered));
        m_criteriaCombo->addItem(Labels::criteria(Criteria::Rpjmn),
                                 QVariant::fromValue(Criteria::Rpjmn));
        m_criteriaCombo->setItemData(0, tr("Every Puskesmas recorded in SISDMK"), Qt::ToolTipRole);
        m_criteriaCombo->setItemData(
            1, tr("Only the Puskesmas on the registered list (Kepmenkes, each semester)"),
            Qt::ToolTipRole);
        m_criteriaCombo->setItemData(2, tr("Only the Puskesmas on the RPJMN output (IKK) list"),
                                     Qt::ToolTipRole);
        m_criteriaCombo->setCurrentIndex(
            m_criteriaCombo->findData(QVariant::fromValue(m_criteria)));
        m_statusCombo->clear();
        m_statusCombo->addItem(Labels::status(Status::All), QVariant::fromValue(Status::All));
        m_statusCombo->addItem(Labels::status(Status::Asn), QVariant::fromValue(Status::Asn));
        m_statusCombo->setItemData(0, tr("Count every worker"), Qt::ToolTipRole);
        m_statusCombo->setItemData(1, tr("Count civil servants only (PNS and PPPK)"),
                                   Qt::ToolTipRole);
        m_statusCombo->setCurrentIndex(m_statusCombo->findData(QVariant::fromValue(m_status)));
        for (int i = 0; i < m_cutoffCombo->count(); ++i)
            m_cutoffCombo->setItemText(i, dateText(m_cutoffCombo->itemData(i).toDate()));
    }
    m_cutoffCombo->setToolTip(tr("Data are taken on the 1st of each month"));
    m_backButton->setText(tr("Back"));
    m_backButton->setToolTip(tr("Up one level (Alt+Left)"));
    //: Indonesian: "Kembali ke Tampilan Nasional"
    m_nationalButton->setText(tr("Back to national view"));
    m_searchCaption->setText(tr("&Name:"));
    m_search->setPlaceholderText(tr("Search by name (Ctrl+F)"));
    // Wide enough for the whole placeholder and the clear button, in either language.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText())
                              + 48);
    m_filterCaption->setText(tr("S&how:"));
    m_charts->retranslate();
    refresh();
    // The headers' words changed: widths from the new words ("Medical laboratory" is not "ATLM").
    if (m_analysis)
        fitColumns();
}

void DashboardWindow::updateWindowTitle()
{
    // The open file names the window (issue 12), as in every program that opens files.
    if (m_databasePath.isEmpty())
        setWindowTitle(tr("Lengkap: health workers in Puskesmas"));
    else
        setWindowTitle(tr("%1 — Lengkap", "window title: database file name")
                           .arg(QFileInfo(m_databasePath).fileName()));
}

void DashboardWindow::updateScenarioPanel()
{
    m_scenarioPanel->setAnalysis(m_analysis.get(), m_level, regionCode(), m_criteria, m_status);
}

void DashboardWindow::addTableContextActions(const QList<QAction *> &actions)
{
    m_tableContextActions.append(actions);
}

void DashboardWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void DashboardWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    emit importRequested(urls.first().toLocalFile());
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void DashboardWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void DashboardWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"view/criteria"_s, criteriaKey(m_criteria));
    settings.setValue(u"view/status"_s, statusKey(m_status));
    settings.setValue(u"view/database"_s, m_databasePath);
    settings.setValue(u"view/level"_s, levelKey(m_level));
    settings.setValue(u"view/province"_s, m_provinceCode);
    settings.setValue(u"view/district"_s, m_districtCode);
    settings.setValue(u"view/alternativePalette"_s, ColorScheme::alternative());
    settings.setValue(u"view/language"_s, Language::current());
    if (m_cutoffCombo->count() > 1)
        settings.setValue(u"view/cutoff"_s, m_cutoffCombo->currentData().toDate());
}

Result<void> DashboardWindow::setData(QList<QDate> cutoffs, SnapshotLoader loader,
                                      const QString &databasePath, QDate show)
{
    m_cutoffs = std::move(cutoffs);
    m_loader = std::move(loader);
    m_source.reset(); // setSource() sets it again
    m_databasePath = databasePath;
    updateWindowTitle();
    if (m_cutoffs.isEmpty()) {
        // An empty database (the user's own before the first import): nothing to show yet.
        {
            const QSignalBlocker block(m_cutoffCombo);
            m_cutoffCombo->clear();
        }
        m_staffingModel->clear();
        m_regionModel->setRows({}, Level::Province);
        m_level = Level::National;
        m_provinceCode.clear();
        m_districtCode.clear();
        setAnalysis(nullptr);
        return {};
    }
    QDate wanted = m_cutoffs.last();
    const QDate saved = QSettings().value(u"view/cutoff"_s).toDate();
    if (m_cutoffs.contains(show))
        wanted = show;
    else if (m_cutoffs.contains(saved))
        wanted = saved;
    Result<Snapshot> snapshot = m_loader(wanted);
    if (!snapshot)
        return snapshot.error();
    {
        const QSignalBlocker block(m_cutoffCombo);
        m_cutoffCombo->clear();
        for (auto it = m_cutoffs.crbegin(); it != m_cutoffs.crend(); ++it)
            m_cutoffCombo->addItem(dateText(*it), *it);
        m_cutoffCombo->setCurrentIndex(m_cutoffCombo->findData(wanted));
    }
    setAnalysis(std::make_unique<Analysis>(std::move(*snapshot)));
    showHomeRegion(); // new data (a start, an import): its own region, not the last one's
    return {};
}

void DashboardWindow::setAnalysis(std::unique_ptr<Analysis> analysis)
{
    // Keep the old analysis alive until the models hold rows of the new one.
    std::unique_ptr<Analysis> old = std::move(m_analysis);
    m_analysis = std::move(analysis);
    if (m_analysis)
        m_analysis->setBands(m_bands);
    if (m_cutoffCombo->count() == 0 && m_analysis) {
        const QSignalBlocker block(m_cutoffCombo);
        m_cutoffCombo->addItem(dateText(m_analysis->snapshot().cutoff),
                               m_analysis->snapshot().cutoff);
    }
    // The box names the cut-off on screen, also when a scenario on another one was opened.
    if (m_analysis) {
        const int shown = m_cutoffCombo->findData(m_analysis->snapshot().cutoff);
        if (shown >= 0 && shown != m_cutoffCombo->currentIndex()) {
            const QSignalBlocker block(m_cutoffCombo);
            m_cutoffCombo->setCurrentIndex(shown);
        }
    }
    m_cutoffCombo->setEnabled(m_cutoffCombo->count() > 1);
    m_completer->setAnalysis(m_analysis.get());
    // The scenario dock reads the analysis through a pointer. Shown, it follows the view
    // (viewChanged, below); hidden, it must not keep the one freed at the end of this function
    // (a standards change from the server would read it). It catches up when shown again.
    if (!m_scenarioDock->isVisible())
        m_scenarioPanel->setAnalysis(nullptr, m_level, regionCode(), m_criteria, m_status);
    refresh(); // resets or clears the staffing model: nothing points into the old one now
    if (!old)
        fitColumns();
    // A first analysis, or a cut-off without the region on screen: the home region.
    if (m_analysis && (!old || !holdsRegion(m_level, regionCode())))
        showHomeRegion();
}

void DashboardWindow::setScenarioBaseline(std::shared_ptr<const Analysis> baseline)
{
    if (baseline == m_scenarioBaseline)
        return;
    m_scenarioBaseline = std::move(baseline);
    if (m_analysis) {
        updateHeadline();
    } else {
        m_completeDifference->hide();
        m_incompleteDifference->hide();
    }
}

void DashboardWindow::showHomeRegion()
{
    if (!m_analysis)
        return;
    const RegionRef home = Coverage::homeRegion(*m_analysis);
    switch (home.level) {
    case Level::National:
        showNational();
        break;
    case Level::Province:
        showProvince(home.code);
        break;
    case Level::District:
        showDistrict(home.code);
        break;
    }
}

bool DashboardWindow::holdsRegion(Level level, const QString &code) const
{
    if (!m_analysis)
        return false;
    switch (level) {
    case Level::National:
        return true;
    case Level::Province:
        return m_analysis->provinceCodes().contains(code);
    case Level::District:
        return m_analysis->districtCodes().contains(code);
    }
    return false;
}

QDate DashboardWindow::shownCutoff() const
{
    return m_analysis ? m_analysis->snapshot().cutoff : QDate();
}

QString DashboardWindow::coverageNote() const
{
    return m_analysis ? Coverage::note(*m_analysis, m_level, regionCode()) : QString();
}

void DashboardWindow::loadCutoff(QDate cutoff)
{
    if (!m_loader || !cutoff.isValid() || (m_analysis && m_analysis->snapshot().cutoff == cutoff))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Snapshot> snapshot = m_loader(cutoff);
    QApplication::restoreOverrideCursor();
    if (!snapshot) {
        if (snapshot.error().kind != Error::Kind::Cancelled) // else the loader answered already
            QMessageBox::warning(this, tr("Cannot open the cut-off"), snapshot.error().message);
        const QSignalBlocker block(m_cutoffCombo);
        m_cutoffCombo->setCurrentIndex(m_cutoffCombo->findData(m_analysis->snapshot().cutoff));
        return;
    }
    setAnalysis(std::make_unique<Analysis>(std::move(*snapshot)));
}

void DashboardWindow::restoreLastRegion()
{
    if (!m_analysis)
        return;
    const QSettings settings;
    // A region chosen on another database file means nothing here: stay at the home region.
    if (settings.value(u"view/database"_s).toString() != m_databasePath)
        return;
    const QString level = settings.value(u"view/level"_s).toString();
    const QString province = settings.value(u"view/province"_s).toString();
    const QString district = settings.value(u"view/district"_s).toString();
    if (level == levelKey(Level::District) && m_analysis->districtCodes().contains(district))
        showDistrict(district);
    else if (level == levelKey(Level::Province) && m_analysis->provinceCodes().contains(province))
        showProvince(province);
    else if (level == levelKey(Level::National))
        showNational();
}

QString DashboardWindow::regionCode() const
{
    switch (m_level) {
    case Level::National:
        return {};
    case Level::Province:
        return m_provinceCode;
    case Level::District:
        return m_districtCode;
    }
    return {};
}

FrozenTableView *DashboardWindow::currentTable() const
{
    return m_level == Level::District ? m_staffingView : m_regionView;
}

TableFilterProxy *DashboardWindow::currentProxy() const
{
    return m_level == Level::District ? m_staffingProxy : m_regionProxy;
}

QString DashboardWindow::regionName() const
{
    if (m_level == Level::District && !m_summary.provinceName.isEmpty())
        return tr("%1, %2", "district, province").arg(m_summary.name, m_summary.provinceName);
    if (m_level == Level::National)
        return tr("Indonesia");
    return m_summary.name;
}

QString DashboardWindow::titleText() const
{
    //: Indonesian: "Kelengkapan %1 Jenis Nakes di %2" (the ministry dashboard's title)
    const QString title = tr("Completeness of the %1 priority health-worker types in %2")
                              .arg(NakesTypes::count())
                              .arg(regionName());
    // Issue 14: an active scenario says so wherever the title goes (screen, print, export).
    if (m_analysis && !m_analysis->snapshot().scenario.isEmpty())
        return PrintText::scenarioStamp(m_analysis->snapshot().scenario) + u" — "_s + title;
    return title;
}

void DashboardWindow::setCriteria(Criteria criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    {
        const QSignalBlocker block(m_criteriaCombo);
        m_criteriaCombo->setCurrentIndex(m_criteriaCombo->findData(QVariant::fromValue(criteria)));
    }
    refresh();
}

void DashboardWindow::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    {
        const QSignalBlocker block(m_statusCombo);
        m_statusCombo->setCurrentIndex(m_statusCombo->findData(QVariant::fromValue(status)));
    }
    refresh();
}

void DashboardWindow::showNational()
{
    // The province we come from stays known, to select its row.
    enterRegion(Level::National, m_provinceCode, {}, m_provinceCode);
}

void DashboardWindow::showProvince(const QString &code)
{
    enterRegion(Level::Province, code, {}, m_level == Level::District ? m_districtCode : QString());
}

void DashboardWindow::showDistrict(const QString &code)
{
    const District *district = Wilayah::instance().district(code);
    enterRegion(Level::District, district ? district->provinceCode : code.section(u'.', 0, 0), code,
                {});
}

// A region other than the one shown starts clean: no search or filter left from the last one,
// columns fitted, and the row of the region we came from (or the first Puskesmas) selected.
void DashboardWindow::enterRegion(Level level, const QString &provinceCode,
                                  const QString &districtCode, const QString &selectRow)
{
    const bool changed
        = m_level != level || m_provinceCode != provinceCode || m_districtCode != districtCode;
    m_level = level;
    m_provinceCode = provinceCode;
    m_districtCode = districtCode;
    if (changed) {
        m_search->clear();
        if (level == Level::District)
            m_staffingProxy->clearFilters();
        else
            m_regionProxy->clearFilters();
        // One region's sort does not carry to the next (issue 12): name / code order again.
        currentTable()->sortByColumn(-1, Qt::AscendingOrder);
    }
    refresh();
    if (!changed)
        return;
    fitColumns();
    if (level != Level::District) {
        selectRegionRow(selectRow);
    } else {
        if (m_staffingProxy->rowCount() > 0)
            m_staffingView->setCurrentIndex(m_staffingProxy->index(0, 0));
        // A district opens at its first row and first column (issue 12), not where the last
        // one was scrolled to.
        m_staffingView->scrollToTop();
        m_staffingView->horizontalScrollBar()->setValue(0);
    }
}

void DashboardWindow::fitColumns()
{
    // Compact, readable at 1366 pixels: names get room, numbers just what they need.
    FrozenTableView *view = currentTable();
    const int name = 0; // StaffingTableModel::Name and RegionTableModel::Name: the frozen column
    // Every header whole beside a sort indicator, every group title whole (issue 12).
    auto *header = qobject_cast<GroupHeaderView *>(view->horizontalHeader());
    const auto roomForHeader = [view, header](int column) {
        if (header && view->columnWidth(column) < header->neededWidth(column))
            view->setColumnWidth(column, header->neededWidth(column));
    };
    if (m_level != Level::District) {
        view->resizeColumnsToContents();
        view->setColumnWidth(name, qBound(160, view->columnWidth(name), 240));
        for (int column = 0; column < view->model()->columnCount(); ++column)
            roomForHeader(column);
    } else {
        // Widths from font metrics, not resizeColumnsToContents(): 30 columns of sizeHint()s
        // would cost more than a frame on every drill-down.
        const QFontMetrics metrics = view->fontMetrics();
        int widest = metrics.horizontalAdvance(
            m_staffingModel->headerData(name, Qt::Horizontal).toString());
        int kategori = metrics.horizontalAdvance(
            m_staffingModel->headerData(StaffingTableModel::Kategori, Qt::Horizontal).toString());
        for (const PuskesmasRow &row : m_staffingModel->rows()) {
            widest = qMax(widest, metrics.horizontalAdvance(row.data->name));
            kategori = qMax(kategori, metrics.horizontalAdvance(row.data->kategori));
        }
        view->setColumnWidth(name, qBound(150, widest + 16, 240));
        view->setColumnWidth(StaffingTableModel::Kategori, qMin(kategori + 16, 150));
        view->setColumnWidth(StaffingTableModel::completeColumn(),
                             metrics.horizontalAdvance(StaffingTableModel::completeText(false))
                                 + 24);
        const int digits = fontMetrics().horizontalAdvance(u"0000"_s) + 12;
        for (int t = 0; t < NakesTypes::count(); ++t) {
            using Kind = StaffingTableModel::CellKind;
            for (Kind kind : {Kind::Asn, Kind::NonAsn, Kind::Total}) {
                const int column = StaffingTableModel::countColumn(t, kind);
                const QString text = m_staffingModel->headerData(column, Qt::Horizontal).toString();
                view->setColumnWidth(column,
                                     qMax(digits, fontMetrics().horizontalAdvance(text) + 14));
                roomForHeader(column);
            }
        }
        for (int column :
             {name, int(StaffingTableModel::Kategori), StaffingTableModel::completeColumn()})
            roomForHeader(column);
    }
    if (header)
        header->fitGroupTitles();
}

void DashboardWindow::goBack()
{
    if (m_level == Level::District)
        showProvince(m_provinceCode);
    else if (m_level == Level::Province)
        showNational();
}

void DashboardWindow::selectRegionRow(const QString &code)
{
    for (int r = 0; r < m_regionProxy->rowCount(); ++r) {
        const QModelIndex index = m_regionProxy->index(r, 0);
        if (!code.isEmpty() && index.data(TableRoles::RegionCodeRole).toString() == code) {
            m_regionView->setCurrentIndex(index);
            m_regionView->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return;
        }
    }
    if (m_regionProxy->rowCount() > 0)
        m_regionView->setCurrentIndex(m_regionProxy->index(0, 0));
}

void DashboardWindow::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString code = index.data(TableRoles::RegionCodeRole).toString();
    switch (m_level) {
    case Level::National:
        showProvince(code);
        break;
    case Level::Province:
        showDistrict(code);
        break;
    case Level::District: {
        // The deepest level: say what the Puskesmas lacks.
        const QModelIndex done = index.siblingAtColumn(StaffingTableModel::completeColumn());
        m_notes->show(done.data(Qt::ToolTipRole).toString(), StatusNotes::Region, 10000);
        break;
    }
    }
    currentTable()->setFocus();
}

void DashboardWindow::onBreadcrumb(int depth)
{
    if (depth == 0)
        showNational();
    else if (depth == 1)
        showProvince(m_provinceCode);
}

void DashboardWindow::onCompletenessClicked(bool complete)
{
    if (m_level == Level::District) {
        m_filterCombo->setCurrentIndex(
            m_filterCombo->findData(complete ? OnlyComplete : OnlyIncomplete));
        return;
    }
    // Regions: worst first for "incomplete", best first for "complete".
    m_regionView->sortByColumn(RegionTableModel::CompletePct,
                               complete ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_notes->show(complete ? tr("Sorted by % complete, highest first")
                           : tr("Sorted by % complete, lowest first"),
                  StatusNotes::Sort | StatusNotes::Region, 5000);
}

void DashboardWindow::onTypeClicked(int typeIndex)
{
    if (typeIndex < 0 || typeIndex >= NakesTypes::count())
        return;
    if (m_level == Level::District) {
        m_filterCombo->setCurrentIndex(m_filterCombo->findData(typeIndex));
        // and the type's columns come into view (issue 12)
        if (m_staffingProxy->rowCount() > 0) {
            using Kind = StaffingTableModel::CellKind;
            m_staffingView->scrollTo(
                m_staffingProxy->index(0, StaffingTableModel::countColumn(typeIndex, Kind::Total)));
            m_staffingView->scrollTo(
                m_staffingProxy->index(0, StaffingTableModel::countColumn(typeIndex, Kind::Asn)));
        }
        return;
    }
    // Regions: the ones with the most Puskesmas without this type first.
    const int column = RegionTableModel::missingColumn(typeIndex);
    m_regionView->sortByColumn(column, Qt::DescendingOrder);
    m_regionView->scrollTo(m_regionProxy->index(0, column));
    m_regionView->setCurrentIndex(m_regionProxy->index(0, column));
    m_notes->show(tr("Sorted by Puskesmas without %1").arg(NakesTypes::at(typeIndex).label()),
                  StatusNotes::Sort | StatusNotes::Region, 5000);
}

void DashboardWindow::openChosen(Level level, const QString &code, const QString &puskesmas)
{
    if (level == Level::Province)
        showProvince(code);
    else if (level == Level::District)
        showDistrict(code);
    m_search->clear();
    if (!puskesmas.isEmpty()) {
        for (int r = 0; r < m_staffingProxy->rowCount(); ++r) {
            const QModelIndex index = m_staffingProxy->index(r, 0);
            if (index.data().toString() == puskesmas) {
                m_staffingView->setCurrentIndex(index);
                m_staffingView->scrollTo(index, QAbstractItemView::PositionAtCenter);
                break;
            }
        }
    }
    currentTable()->setFocus();
}

void DashboardWindow::onSearchReturn()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    TableFilterProxy *proxy = currentProxy();
    if (proxy->rowCount() == 1) {
        if (m_level == Level::District) {
            m_staffingView->setCurrentIndex(proxy->index(0, 0));
            m_staffingView->setFocus();
        } else {
            onActivated(proxy->index(0, 0));
        }
        return;
    }
    if (proxy->rowCount() > 1) {
        currentTable()->setCurrentIndex(proxy->index(0, 0));
        currentTable()->setFocus();
        return;
    }
    // Nothing here by that name: a district anywhere (DOMAIN.md §5 name matching)?
    const Result<QString> district = Wilayah::instance().matchDistrict(text);
    if (district && m_analysis && m_analysis->districtCodes().contains(*district)) {
        showDistrict(*district);
        return;
    }
    const Result<QString> province = Wilayah::instance().matchProvince(text);
    if (province && m_analysis && m_analysis->provinceCodes().contains(*province)) {
        showProvince(*province);
        return;
    }
    m_notes->show(district ? tr("No data for %1 in this cut-off").arg(text)
                           : district.error().message,
                  StatusNotes::Search | StatusNotes::Region, 10000);
}

void DashboardWindow::updateTableFilterChoices()
{
    const QVariant current = m_filterCombo->currentData();
    const QSignalBlocker block(m_filterCombo);
    m_filterCombo->clear();
    if (m_level == Level::District) {
        m_filterCombo->addItem(tr("All Puskesmas"), ShowAll);
        m_filterCombo->addItem(tr("Only incomplete"), OnlyIncomplete);
        m_filterCombo->addItem(tr("Only complete"), OnlyComplete);
        for (int t = 0; t < NakesTypes::count(); ++t)
            m_filterCombo->addItem(tr("Without %1").arg(NakesTypes::at(t).label()), t);
    } else {
        m_filterCombo->addItem(
            m_level == Level::National ? tr("All provinces") : tr("All districts"), ShowAll);
        m_filterCombo->addItem(tr("With incomplete Puskesmas"), OnlyIncomplete);
        m_filterCombo->addItem(tr("Every Puskesmas complete"), OnlyComplete);
        for (int t = 0; t < NakesTypes::count(); ++t)
            m_filterCombo->addItem(tr("With Puskesmas without %1").arg(NakesTypes::at(t).label()),
                                   t);
    }
    const int index = m_filterCombo->findData(current);
    m_filterCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void DashboardWindow::fitFilterCombo()
{
    // The choice shown is never cut; the list opens as wide as its longest entry.
    const QFontMetrics metrics = m_filterCombo->fontMetrics();
    int widest = 0;
    for (int i = 0; i < m_filterCombo->count(); ++i)
        widest = qMax(widest, metrics.horizontalAdvance(m_filterCombo->itemText(i)));
    m_filterCombo->view()->setMinimumWidth(widest + 24);
    m_filterCombo->setMinimumWidth(metrics.horizontalAdvance(m_filterCombo->currentText()) + 44);
}

void DashboardWindow::applyFilterChoice()
{
    fitFilterCombo();
    const int choice
        = m_filterCombo->currentData().isValid() ? m_filterCombo->currentData().toInt() : ShowAll;
    TableFilterProxy *proxy = currentProxy();
    proxy->setCompleteness(choice == OnlyIncomplete ? TableFilterProxy::Completeness::OnlyIncomplete
                           : choice == OnlyComplete ? TableFilterProxy::Completeness::OnlyComplete
                                                    : TableFilterProxy::Completeness::Any);
    proxy->setMissingType(choice >= 0 ? choice : -1);
}

void DashboardWindow::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    if (m_analysis) {
        m_summary = m_analysis->summary(m_level, regionCode(), m_criteria, m_status);
        switch (m_level) {
        case Level::National:
            m_regionModel->setRows(m_analysis->provinces(m_criteria, m_status), Level::Province);
            break;
        case Level::Province:
            m_regionModel->setRows(m_analysis->districts(m_provinceCode, m_criteria, m_status),
                                   Level::District);
            break;
        case Level::District:
            m_staffingModel->setRows(m_analysis->puskesmas(m_districtCode, m_criteria, m_status),
                                     m_status);
            break;
        }
        if (m_level != Level::District && m_staffingModel->rowCount() > 0)
            m_staffingModel->clear();
    } else {
        m_summary = RegionSummary {};
        m_summary.name = tr("Indonesia");
        m_summary.missingByType = QList<int>(NakesTypes::count(), 0);
    }
    m_tableStack->setCurrentWidget(currentTable());
    // The filter box belongs to the table on screen.
    updateTableFilterChoices();
    {
        const QSignalBlocker block(m_search);
        m_search->setText(currentProxy()->nameFilter());
    }
    const int choice
        = currentProxy()->missingType() >= 0 ? currentProxy()->missingType()
          : currentProxy()->completeness() == TableFilterProxy::Completeness::OnlyIncomplete
              ? OnlyIncomplete
          : currentProxy()->completeness() == TableFilterProxy::Completeness::OnlyComplete
              ? OnlyComplete
              : ShowAll;
    {
        const QSignalBlocker block(m_filterCombo);
        m_filterCombo->setCurrentIndex(qMax(0, m_filterCombo->findData(choice)));
    }
    fitFilterCombo();
    updateRowCount();
    m_charts->setSummary(m_summary);
    updateHeadline();

    QStringList parts {tr("Indonesia")};
    if (m_level != Level::National) {
        const Province *province = Wilayah::instance().province(m_provinceCode);
        parts.append(province ? province->name : m_provinceCode);
    }
    if (m_level == Level::District)
        parts.append(m_summary.name.isEmpty() ? m_districtCode : m_summary.name);
    m_breadcrumb->setParts(parts);
    m_backButton->setEnabled(m_level != Level::National);
    m_backAction->setEnabled(m_level != Level::National);
    m_nationalButton->setVisible(m_level != Level::National);
    m_nationalAction->setEnabled(m_level != Level::National);
    m_legend->setMode(m_level == Level::District ? LegendWidget::Mode::Cells
                                                 : LegendWidget::Mode::Bands,
                      m_status, m_bands);
    updateStatusBar();
    m_refreshing = false;
    emit viewChanged();
}

void DashboardWindow::updateHeadline()
{
    const QLocale locale;
    m_title->setText(titleText());
    m_title->setToolTip(titleText());
    m_completePct->setText(percent(m_summary.completePct()));
    //: Indonesian: "%Ln Puskesmas Lengkap"; %Ln is the count with digit grouping
    QString completeCount = tr("%Ln Puskesmas complete", nullptr, m_summary.complete)
                            + tr(" of %1").arg(locale.toString(m_summary.puskesmas));
    // Never a national or provincial figure over part of the region without saying so.
    const QString coverage = coverageNote();
    if (!coverage.isEmpty())
        completeCount += u"\n"_s + tr("(%1)", "coverage note").arg(coverage);
    m_completeCount->setText(completeCount);
    m_coverageLabel->setText(coverage.isEmpty() ? QString() : tr("Data: %1").arg(coverage));
    m_coverageLabel->setVisible(!coverage.isEmpty());
    m_incompletePct->setText(percent(m_summary.incompletePct()));
    //: Indonesian: "%Ln Puskesmas Belum Lengkap"
    m_incompleteCount->setText(tr("%Ln Puskesmas incomplete", nullptr, m_summary.incomplete()));
    // Only while the data on screen are a scenario's (the baseline may outlive it briefly).
    const bool scenario = m_scenarioBaseline && m_analysis
                          && !m_analysis->snapshot().scenario.isEmpty()
                          && m_scenarioBaseline->snapshot().cutoff == m_analysis->snapshot().cutoff;
    if (scenario) {
        const RegionSummary before
            = m_scenarioBaseline->summary(m_level, regionCode(), m_criteria, m_status);
        m_completeDifference->setText(ScenarioDifference::complete(before, m_summary));
        m_incompleteDifference->setText(ScenarioDifference::incomplete(before, m_summary));
        m_completeDifference->setToolTip(ScenarioDifference::toolTip());
        m_incompleteDifference->setToolTip(ScenarioDifference::toolTip());
    }
    m_completeDifference->setVisible(scenario);
    m_incompleteDifference->setVisible(scenario);
    const QString tip = tr("Complete (Lengkap): at least one worker of each of the %1 types, "
                           "counting %2, among the Puskesmas %3")
                            .arg(NakesTypes::count())
                            .arg(Labels::status(m_status), m_criteriaCombo->currentText());
    m_completePct->parentWidget()->setToolTip(tip);
    m_incompletePct->parentWidget()->setToolTip(tip);
    //: Indonesian: "Terdapat kekurangan %Ln nakes untuk mengisi kekosongan Puskesmas di %1"
    m_shortage->setText(tr("There is a shortage of %Ln health workers to fill the empty posts of "
                           "the Puskesmas in %1",
                           nullptr, m_summary.shortage)
                            .arg(regionName()));
    QList<int> order;
    for (int t = 0; t < NakesTypes::count(); ++t) {
        if (m_summary.missingByType.value(t) > 0)
            order.append(t);
    }
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_summary.missingByType.value(a) > m_summary.missingByType.value(b);
    });
    QStringList byType;
    for (int t : order)
        byType.append(tr("%1 %2").arg(NakesTypes::at(t).label(),
                                      locale.toString(m_summary.missingByType.value(t))));
    m_shortageByType->setText(byType.isEmpty()
                                  ? tr("No type is missing anywhere.")
                                  : tr("Shortage by type: %1").arg(byType.join(u" · "_s)));
}

void DashboardWindow::updateRowCount()
{
    const TableFilterProxy *proxy = currentProxy();
    m_rowCount->setText(tr("%1 of %2 rows")
                            .arg(QLocale().toString(proxy->rowCount()),
                                 QLocale().toString(proxy->sourceModel()->rowCount())));
}

void DashboardWindow::updateStatusBar()
{
    if (!m_analysis) {
        m_sourceLabel->setText(tr("No data"));
        m_cutoffLabel->clear();
        m_sampleLabel->hide();
        return;
    }
    const Snapshot &snapshot = m_analysis->snapshot();
    QString source = snapshot.sourceOf(regionCode()); // the rows on screen only
    if (source.isEmpty() && !m_databasePath.isEmpty())
        source = QFileInfo(m_databasePath).fileName();
    if (source.size() > 60)
        source = source.left(57) + u"…"_s;
    m_sourceLabel->setText(tr("Source: %1").arg(source));
    m_sourceLabel->setToolTip(m_databasePath.isEmpty() ? snapshot.source
                                                       : tr("Database: %1").arg(m_databasePath));
    m_cutoffLabel->setText(tr("Cut-off: %1").arg(dateText(snapshot.cutoff)));
    //: Indonesian: "DATA CONTOH"
    m_sampleLabel->setText(tr("SAMPLE DATA"));
    m_sampleLabel->setToolTip(tr("Generated sample data, not real figures (except Lombok Timur)"));
    m_sampleLabel->setVisible(snapshot.sample);
}

void DashboardWindow::setLanguage(const QString &code)
{
    if (code == Language::current())
        return;
    Language::apply(code);
    QSettings().setValue(u"view/language"_s, code);
    retranslate();
}

void DashboardWindow::setBands(const BandSettings &bands)
{
    if (bands == m_bands)
        return;
    m_bands = bands;
    QSettings().setValue(u"view/bands"_s, bands.toText());
    if (m_analysis)
        m_analysis->setBands(bands);
    refresh();
}

void DashboardWindow::setAlternativePalette(bool on)
{
    ColorScheme::setAlternative(on);
    QSettings().setValue(u"view/alternativePalette"_s, on);
    m_charts->updateColors();
    updateCardColors();
    // the tables and the legend repaint with the new colours
    m_regionView->viewport()->update();
    m_staffingView->viewport()->update();
    // the legend's texts name the colours in the colour-blind palette: measured again
    m_legend->setMode(m_level == Level::District ? LegendWidget::Mode::Cells
                                                 : LegendWidget::Mode::Bands,
                      m_status, m_bands);
}

void DashboardWindow::updateCardColors()
{
    const auto border = [](QLabel *figure, const QColor &colour) {
        figure->parentWidget()->setStyleSheet(
            u"QFrame { border-left: 6px solid %1; background: palette(base); }"
            u" QLabel { border: none; }"_s.arg(colour.name()));
    };
    border(m_completePct, ColorScheme::complete());
    border(m_incompletePct, ColorScheme::incomplete());
}

void DashboardWindow::showMethodology()
{
    MethodologyDialog dialog(this);
    dialog.exec();
}

void DashboardWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Lengkap"),
        u"<h3>Lengkap %1</h3><p>%2</p><p>%3</p><p>%4</p>"_s.arg(
            QCoreApplication::applicationVersion().toHtmlEscaped(),
            tr("Which Puskesmas have all %1 priority types of health worker: completeness by "
               "nation, province and district, as on the Ministry of Health's dashboard.")
                .arg(NakesTypes::count())
                .toHtmlEscaped(),
            tr("Indonesian area data from idn-area-data, ODbL 1.0").toHtmlEscaped(),
            tr("The sample data set is generated and is not real data.").toHtmlEscaped()));
}

} // namespace Lengkap
