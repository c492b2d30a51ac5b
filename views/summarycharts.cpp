#include "summarycharts.h"

#include "colorscheme.h"
#include "nakestypes.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsTextItem>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

QString percent(double value)
{
    return SummaryCharts::tr("%1%", "percentage").arg(QLocale().toString(value, 'f', 2));
}

QChartView *makeView(QChart *chart, QWidget *parent)
{
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::NoFocus); // the filter box does the same from the keyboard
    return view;
}

} // namespace

SummaryCharts::SummaryCharts(QWidget *parent)
    : QWidget(parent)
{
    m_pie = new QPieSeries;
    m_pie->setHoleSize(0.5);
    m_pie->setPieSize(0.9);
    m_completeSlice = m_pie->append(QString(), 0);
    m_incompleteSlice = m_pie->append(QString(), 0);
    m_donut = new QChart;
    m_donut->addSeries(m_pie);
    // Title and legend are labels beside the chart, not QChart's own: those are cut ("Belum
    // Len...") in a narrow chart, labels wrap (issue 12).
    m_donut->legend()->hide();
    m_donutView = makeView(m_donut, this);
    m_donutView->setObjectName(u"donutChart"_s);
    connect(m_pie, &QPieSeries::clicked, this,
            [this](QPieSlice *slice) { emit completenessClicked(slice == m_completeSlice); });
    for (QPieSlice *slice : {m_completeSlice, m_incompleteSlice}) {
        connect(slice, &QPieSlice::hovered, slice,
                [slice](bool state) { slice->setExploded(state); });
    }

    m_barSet = new QBarSet(QString());
    m_barSeries = new QHorizontalBarSeries;
    m_barSeries->append(m_barSet);
    m_barSeries->setLabelsVisible(true);
    m_barSeries->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_barSeries->setLabelsFormat(u"@value"_s);
    m_barSeries->setBarWidth(0.75);
    m_bars = new QChart;
    m_bars->addSeries(m_barSeries);
    m_typeAxis = new QBarCategoryAxis;
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(u"%d"_s);
    // The bars carry their values: the value axis keeps its grid, not a row of numbers, which
    // leaves the type names the chart's height (issue 12, Windows fonts).
    m_valueAxis->setLabelsVisible(false);
    m_typeAxis->setTruncateLabels(false); // type names in full: they are what the bars mean
    m_bars->addAxis(m_typeAxis, Qt::AlignLeft);
    m_bars->addAxis(m_valueAxis, Qt::AlignBottom);
    m_barSeries->attachAxis(m_typeAxis);
    m_barSeries->attachAxis(m_valueAxis);
    m_bars->legend()->hide();
    // Bar labels and axis ticks in the language's digits ("2.764" in Indonesian); the locale is
    // set again on a language switch (retranslate()).
    m_bars->setLocalizeNumbers(true);
    QFont small = m_bars->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_typeAxis->setLabelsFont(small);
    m_valueAxis->setLabelsFont(small);
    QFont titleFont = small;
    titleFont.setBold(true);
    m_bars->setTitleFont(titleFont);
    m_donut->setTitleFont(titleFont);
    m_barView = makeView(m_bars, this);
    m_barView->setObjectName(u"missingChart"_s);
    connect(m_bars, &QChart::plotAreaChanged, this, &SummaryCharts::fitPlot);
    connect(m_barSet, &QBarSet::clicked, this,
            [this](int category) { emit typeClicked(categoryOf(category)); });
    for (int t = 0; t < NakesTypes::count(); ++t)
        m_barSet->append(0);

    const auto titleLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        QFont font = label->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.9);
        label->setFont(font);
        return label;
    };
    m_donutTitle = titleLabel(u"donutTitle"_s);
    m_barTitle = titleLabel(u"barTitle"_s);
    m_completeLegend = new QLabel(this);
    m_completeLegend->setObjectName(u"completeLegend"_s);
    m_incompleteLegend = new QLabel(this);
    m_incompleteLegend->setObjectName(u"incompleteLegend"_s);
    // One entry a line, the column's full width: wraps only when the column is narrow.
    auto *legend = new QVBoxLayout;
    legend->setSpacing(0);
    for (QLabel *label : {m_completeLegend, m_incompleteLegend}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
        legend->addWidget(label);
    }
    auto *donutColumn = new QVBoxLayout;
    donutColumn->setSpacing(0);
    donutColumn->addWidget(m_donutTitle);
    donutColumn->addWidget(m_donutView, 1);
    donutColumn->addLayout(legend);
    auto *barColumn = new QVBoxLayout;
    barColumn->setSpacing(0);
    barColumn->addWidget(m_barTitle);
    barColumn->addWidget(m_barView, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(donutColumn, 4);
    layout->addLayout(barColumn, 5);
    updateColors();
    retranslate();
}

int SummaryCharts::categoryOf(int index) const
{
    // Categories are reversed so the first type is drawn at the top.
    return NakesTypes::count() - 1 - index;
}

void SummaryCharts::setSummary(const RegionSummary &summary)
{
    // Another region (or criteria, status): no slice stays picked out from the last one.
    if (summary.level != m_summary.level || summary.code != m_summary.code) {
        for (QPieSlice *slice : {m_completeSlice, m_incompleteSlice})
            slice->setExploded(false);
    }
    m_summary = summary;
    m_completeSlice->setValue(summary.complete);
    m_incompleteSlice->setValue(summary.incomplete());
    const QLocale locale;
    //: donut legend; Indonesian: "Lengkap %1 (%2)"
    m_completeSlice->setLabel(
        tr("Complete: %1 (%2)")
            .arg(locale.toString(summary.complete), percent(summary.completePct())));
    //: donut legend; Indonesian: "Belum Lengkap %1 (%2)"
    m_incompleteSlice->setLabel(
        tr("Incomplete: %1 (%2)")
            .arg(locale.toString(summary.incomplete()), percent(summary.incompletePct())));
    int most = 0;
    const int types = NakesTypes::count();
    for (int t = 0; t < types; ++t) {
        const int missing = summary.missingByType.value(t);
        m_barSet->replace(types - 1 - t, missing);
        most = std::max(most, missing);
    }
    // room for the value labels right of the longest bar
    const int top = most < 5 ? 5 : int(std::ceil(most * 1.15));
    m_valueAxis->setRange(0, top);
    m_valueAxis->setTickCount(most < 5 ? top + 1 : 5);
    if (most >= 5)
        m_valueAxis->applyNiceNumbers();
    m_barTitle->setText(
        tr("Puskesmas without each type (%1 in all)").arg(locale.toString(summary.puskesmas)));
    m_donutTitle->setText(tr("Complete and incomplete Puskesmas"));
    updateLegend();
}

void SummaryCharts::retranslate()
{
    m_bars->setLocale(QLocale());
    QStringList labels;
    for (int t = NakesTypes::count() - 1; t >= 0; --t)
        labels.append(NakesTypes::at(t).label());
    m_typeAxis->clear();
    m_typeAxis->append(labels);
    // The type names in full beside the bars (they are not truncated, so they must fit).
    const QFontMetrics metrics(m_typeAxis->labelsFont());
    int widest = 0;
    for (const QString &label : std::as_const(labels))
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // Qt Charts gives the axes at most 40% of the chart's width (ChartLayout's maxAxisPortion)
    // and cuts the labels on the left beyond it ("nvironmental health" at 1280 px with the
    // scenario dock): the view is at least wide enough for the widest name in that share,
    // plus the tick and label padding.
    m_barView->setMinimumWidth(int(std::ceil((widest + 10) / 0.4)) + 8);
    // Qt Charts hides a type's name when the box it measures the label in would reach into its
    // neighbour's (under wine's Windows fonts only every other type was named): each type gets
    // that box and a pixel for rounding. The box is a QGraphicsTextItem's with a half-pixel
    // document margin (ChartPresenter::textBoundingRect); with Windows fonts it is 19 px for a
    // 14 px line (the font's leading), so it is measured, not derived from the line height.
    QGraphicsTextItem probe;
    probe.document()->setDocumentMargin(0.5);
    probe.setFont(m_typeAxis->labelsFont());
    qreal box = 0;
    for (const QString &label : std::as_const(labels)) {
        probe.setHtml(label);
        box = std::max(box, probe.boundingRect().height());
    }
    m_plotNeeded = NakesTypes::count() * (int(std::ceil(box)) + 1);
    // Below the plot only the value axis's line and ticks (its labels are hidden), above and
    // below the chart's margins; fitPlot() learns what the platform's layout takes beyond that.
    m_aroundPlot = std::max(m_aroundPlot, 2 * m_barView->frameWidth() + 8 + 8);
    m_barView->setMinimumHeight(m_plotNeeded + m_aroundPlot);
    fitPlot();
    m_barSet->setLabel(tr("Puskesmas without the type"));
    m_barView->setToolTip(tr("Click a bar to list the Puskesmas without that type"));
    m_donutView->setToolTip(tr("Click a segment to list the complete or incomplete Puskesmas"));
    setSummary(m_summary);
}

void SummaryCharts::fitPlot()
{
    // The chart's layout takes room around the plot that depends on the platform (the value
    // axis's line and ticks, rounding): once laid out, the minimum takes what it really took.
    const qreal plot = m_bars->plotArea().height();
    if (plot <= 0)
        return;
    const int around = m_barView->height() - int(std::floor(plot));
    if (around > m_aroundPlot) {
        m_aroundPlot = around;
        m_barView->setMinimumHeight(m_plotNeeded + m_aroundPlot);
    }
}

void SummaryCharts::updateLegend()
{
    const auto entry = [](const QColor &colour, const QString &text) {
        return u"<span style=\"color:%1\">&#9632;</span>&nbsp;%2"_s.arg(colour.name(),
                                                                        text.toHtmlEscaped());
    };
    m_completeLegend->setText(entry(ColorScheme::complete(), m_completeSlice->label()));
    m_incompleteLegend->setText(entry(ColorScheme::incomplete(), m_incompleteSlice->label()));
}

void SummaryCharts::updateColors()
{
    m_completeSlice->setBrush(ColorScheme::complete());
    m_incompleteSlice->setBrush(QBrush(ColorScheme::incomplete()));
    m_completeSlice->setBorderColor(Qt::white);
    m_incompleteSlice->setBorderColor(Qt::white);
    m_barSet->setColor(ColorScheme::incomplete());
    m_barSet->setBorderColor(ColorScheme::incomplete().darker(130));
    m_barSet->setLabelColor(QColor(0x21, 0x21, 0x21));
    if (m_completeLegend)
        updateLegend();
}

bool SummaryCharts::isSliceExploded(bool complete) const
{
    return (complete ? m_completeSlice : m_incompleteSlice)->isExploded();
}

QPoint SummaryCharts::barCenter(int typeIndex) const
{
    const int category = NakesTypes::count() - 1 - typeIndex;
    const qreal value = m_barSet->at(category);
    const QPointF inChart = m_bars->mapToPosition(QPointF(value / 2.0, category), m_barSeries);
    return m_barView->mapFromScene(m_bars->mapToScene(inChart));
}

QPoint SummaryCharts::sliceCenter(bool complete) const
{
    const QRectF area = m_donut->plotArea();
    const QPieSlice *slice = complete ? m_completeSlice : m_incompleteSlice;
    const qreal middle
        = slice->startAngle() + slice->angleSpan() / 2.0; // degrees, clockwise from 12
    const qreal radius = std::min(area.width(), area.height()) / 2.0 * m_pie->pieSize() * 0.75;
    const qreal radians = qDegreesToRadians(middle);
    const QPointF point(area.center().x() + radius * std::sin(radians),
                        area.center().y() - radius * std::cos(radians));
    return m_donutView->mapFromScene(m_donut->mapToScene(point));
}

} // namespace Lengkap
