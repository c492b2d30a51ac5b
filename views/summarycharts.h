#pragma once

#include "analysis.h"

#include <QWidget>

class QChartView;
class QLabel;
class QPieSeries;
class QPieSlice;
class QHorizontalBarSeries;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;
class QChart;

// The two charts of the dashboard, fed from the same RegionSummary as the headline figures:
// a donut of Lengkap vs Belum Lengkap and a bar per worker type of the Puskesmas without it.
// Clicking a segment or a bar asks the window to filter (or sort) the table. The series are
// built once; a toggle only replaces values, so redrawing stays within a frame.
namespace Lengkap {

class SummaryCharts : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryCharts(QWidget *parent = nullptr);

    void setSummary(const RegionSummary &summary);
    void retranslate();
    void updateColors();

    QChartView *donutView() const { return m_donutView; }
    QChartView *barView() const { return m_barView; }
    // The segment picked out (exploded) under the mouse, for tests.
    bool isSliceExploded(bool complete) const;
    // Where the bar of a type is drawn, in m_barView->viewport() coordinates (for tests).
    QPoint barCenter(int typeIndex) const;
    // Where the complete / incomplete segment is drawn, in m_donutView->viewport() coordinates.
    QPoint sliceCenter(bool complete) const;

signals:
    void completenessClicked(bool complete);
    void typeClicked(int typeIndex);

private:
    int categoryOf(int typeIndex) const;

    void updateLegend();
    void fitPlot();

    RegionSummary m_summary;
    QLabel *m_donutTitle = nullptr;
    QLabel *m_barTitle = nullptr;
    QLabel *m_completeLegend = nullptr;
    QLabel *m_incompleteLegend = nullptr;
    QChartView *m_donutView = nullptr;
    QChartView *m_barView = nullptr;
    QChart *m_donut = nullptr;
    QChart *m_bars = nullptr;
    QPieSeries *m_pie = nullptr;
    QPieSlice *m_completeSlice = nullptr;
    QPieSlice *m_incompleteSlice = nullptr;
    QHorizontalBarSeries *m_barSeries = nullptr;
    QBarSet *m_barSet = nullptr;
    QBarCategoryAxis *m_typeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    int m_plotNeeded = 0; // px of plot for every type's name (retranslate())
    int m_aroundPlot = 0; // px of the bar chart's view around its plot (fitPlot())
};

} // namespace Lengkap
