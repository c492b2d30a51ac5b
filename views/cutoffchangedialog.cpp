#include "cutoffchangedialog.h"

#include "nakestypes.h"
#include "store.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

QString dateText(QDate date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

QString typeList(const QList<int> &types)
{
    QStringList labels;
    for (int t : types)
        labels.append(NakesTypes::at(t).label());
    return QLocale().createSeparatedList(labels);
}

} // namespace

CutoffChangeDialog::CutoffChangeDialog(const Store *store, Level level, const QString &code,
                                       Criteria criteria, Status status, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_level(level)
    , m_code(code)
    , m_criteria(criteria)
    , m_status(status)
{
    setWindowTitle(tr("Change Between Cut-offs"));
    if (const Result<QList<QDate>> cutoffs = m_store->cutoffs(); cutoffs)
        m_cutoffs = *cutoffs;
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    for (const QDate &c : std::as_const(m_cutoffs)) {
        m_from->addItem(dateText(c), c);
        m_to->addItem(dateText(c), c);
    }
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("From:"), this));
    pick->addWidget(m_from);
    pick->addWidget(new QLabel(tr("To:"), this));
    pick->addWidget(m_to);
    pick->addStretch();

    m_regions = new QTableWidget(0, 4, this);
    m_regions->setHorizontalHeaderLabels(
        {tr("Region"), tr("Complete then"), tr("Complete now"), tr("Change")});
    m_regions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_regions->verticalHeader()->hide();
    m_regions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes = new QTreeWidget(this);
    m_changes->setHeaderLabels({tr("Puskesmas"), tr("District"), tr("Types")});
    m_changes->setRootIsDecorated(true);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    m_series = new QLineSeries;
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->legend()->hide();
    chart->setTitle(tr("Complete (%) at every cut-off"));
    chart->setAnimationOptions(QChart::NoAnimation);
    m_chart = new QChartView(chart, this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_regions);
    split->addWidget(m_changes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(split, 2);
    layout->addWidget(m_note);
    layout->addWidget(m_chart, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 640);

    if (m_cutoffs.size() >= 2) {
        m_from->setCurrentIndex(int(m_cutoffs.size()) - 2);
        m_to->setCurrentIndex(int(m_cutoffs.size()) - 1);
    }
    connect(m_from, &QComboBox::currentIndexChanged, this, &CutoffChangeDialog::recompute);
    connect(m_to, &QComboBox::currentIndexChanged, this, &CutoffChangeDialog::recompute);
    loadTrend();
    recompute();
}

CutoffChangeDialog::~CutoffChangeDialog() = default;

const Analysis *CutoffChangeDialog::analysis(QDate cutoff)
{
    for (const auto &[date, loaded] : std::as_const(m_loaded)) {
        if (date == cutoff)
            return loaded.get();
    }
    Result<Snapshot> snapshot = m_store->loadSnapshot(cutoff);
    if (!snapshot)
        return nullptr;
    m_loaded.append({cutoff, std::make_shared<Analysis>(std::move(*snapshot))});
    return m_loaded.last().second.get();
}

void CutoffChangeDialog::setCutoffs(QDate from, QDate to)
{
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    recompute();
}

void CutoffChangeDialog::loadTrend()
{
    m_trend.clear();
    m_series->clear();
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const QDate &cutoff : std::as_const(m_cutoffs)) {
        const Analysis *a = analysis(cutoff);
        if (!a || !holdsRegion(*a, m_level, m_code))
            continue;
        const TrendPoint p = trendPoint(*a, m_level, m_code, m_criteria, m_status);
        m_series->append(double(m_trend.size()), p.completePct());
        axisX->append(QLocale().toString(cutoff, u"MMM yyyy"_s), double(m_trend.size()));
        m_trend.append(p);
    }
    QChart *chart = m_chart->chart();
    for (QAbstractAxis *old : chart->axes())
        chart->removeAxis(old);
    axisX->setRange(-0.2, std::max<double>(0.2, double(m_trend.size()) - 0.8));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(u"%d%%"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    m_series->attachAxis(axisX);
    m_series->attachAxis(axisY);
    m_series->setPointsVisible(true);
}

void CutoffChangeDialog::recompute()
{
    m_regions->setRowCount(0);
    m_changes->clear();
    const Analysis *from = analysis(m_from->currentData().toDate());
    const Analysis *to = analysis(m_to->currentData().toDate());
    if (!from || !to) {
        m_diff = {};
        m_note->setText(tr("Choose two cut-offs."));
        return;
    }
    m_diff = diffCutoffs(*from, *to, m_level, m_code, m_criteria, m_status);
    const QLocale locale;
    for (const RegionChange &r : std::as_const(m_diff.regions)) {
        const int row = m_regions->rowCount();
        m_regions->insertRow(row);
        m_regions->setItem(row, 0, new QTableWidgetItem(r.name));
        m_regions->setItem(row, 1, new QTableWidgetItem(locale.toString(r.completeFrom)));
        m_regions->setItem(row, 2, new QTableWidgetItem(locale.toString(r.completeTo)));
        const int change = r.change();
        m_regions->setItem(
            row, 3,
            new QTableWidgetItem((change > 0 ? u"+"_s : QString()) + locale.toString(change)));
    }
    auto *became = new QTreeWidgetItem(
        m_changes, {tr("Became complete (%1)").arg(m_diff.becameComplete.size())});
    for (const CompletenessChange &c : std::as_const(m_diff.becameComplete))
        new QTreeWidgetItem(became,
                            {c.puskesmas, c.district, tr("gained %1").arg(typeList(c.types))});
    auto *lost = new QTreeWidgetItem(
        m_changes, {tr("Lost completeness (%1)").arg(m_diff.lostCompleteness.size())});
    for (const CompletenessChange &c : std::as_const(m_diff.lostCompleteness))
        new QTreeWidgetItem(lost, {c.puskesmas, c.district, tr("lost %1").arg(typeList(c.types))});
    m_changes->expandAll();
    m_changes->resizeColumnToContents(0);

    QStringList notes;
    auto names = [](const QStringList &codes) {
        QStringList list;
        for (const QString &code : codes)
            list.append(districtName(code));
        return QLocale().createSeparatedList(list);
    };
    if (!m_diff.onlyInFrom.isEmpty())
        notes.append(tr("Only in %1 (not counted as losses): %2")
                         .arg(m_from->currentText(), names(m_diff.onlyInFrom)));
    if (!m_diff.onlyInTo.isEmpty())
        notes.append(tr("Only in %1 (not counted as gains): %2")
                         .arg(m_to->currentText(), names(m_diff.onlyInTo)));
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
}

} // namespace Lengkap
