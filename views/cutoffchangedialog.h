#pragma once

#include "trend.h"

#include <QDialog>

class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QTableWidget;
class QTreeWidget;

// Change between cut-offs (issue 14) for the region on screen: pick two cut-offs; per child
// region complete then and now and the change, the Puskesmas that became complete or lost it
// (with the types), districts held by one cut-off only named apart (never counted as losses);
// and the trend line of the complete percentage over every cut-off that holds the region.
namespace Lengkap {

class Store;

class CutoffChangeDialog : public QDialog
{
    Q_OBJECT
public:
    // The store is not owned; the region is the window's.
    CutoffChangeDialog(const Store *store, Level level, const QString &code, Criteria criteria,
                       Status status, QWidget *parent = nullptr);
    ~CutoffChangeDialog() override;

    void setCutoffs(QDate from, QDate to);
    const CutoffDiff &diff() const { return m_diff; }
    const QList<TrendPoint> &trend() const { return m_trend; }
    QTableWidget *regionTable() const { return m_regions; }
    QTreeWidget *changeList() const { return m_changes; }
    QLineSeries *trendSeries() const { return m_series; }

private:
    void recompute();
    void loadTrend();
    const Analysis *analysis(QDate cutoff);

    const Store *m_store;
    Level m_level;
    QString m_code;
    Criteria m_criteria;
    Status m_status;
    QList<QDate> m_cutoffs;
    QList<std::pair<QDate, std::shared_ptr<Analysis>>> m_loaded;
    CutoffDiff m_diff;
    QList<TrendPoint> m_trend;

    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QTableWidget *m_regions = nullptr;
    QTreeWidget *m_changes = nullptr;
    QLabel *m_note = nullptr;
    QChartView *m_chart = nullptr;
    QLineSeries *m_series = nullptr;
};

} // namespace Lengkap
