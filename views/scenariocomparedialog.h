#pragma once

#include "analysis.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QTableWidget;

// Two scenarios, or a scenario and the baseline, side by side for the region on screen
// (issue 14): the region and each of its children (provinces, districts, or Puskesmas of a
// district) complete on each side, the difference, and the shortage.
namespace Lengkap {

class Store;

class ScenarioCompareDialog : public QDialog
{
    Q_OBJECT
public:
    // baselineCutoff: the cut-off the "baseline" side shows (the window's).
    ScenarioCompareDialog(const Store *store, QDate baselineCutoff, Level level,
                          const QString &code, Criteria criteria, Status status,
                          QWidget *parent = nullptr);
    ~ScenarioCompareDialog() override;

    // "" is the baseline; else a scenario's name.
    void setSides(const QString &left, const QString &right);
    QTableWidget *table() const { return m_table; }

private:
    std::shared_ptr<const Analysis> side(const QString &name);
    void recompute();

    const Store *m_store;
    QDate m_baselineCutoff;
    Level m_level;
    QString m_code;
    Criteria m_criteria;
    Status m_status;
    QComboBox *m_left = nullptr;
    QComboBox *m_right = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace Lengkap
