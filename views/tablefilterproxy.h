#pragma once

#include <QSortFilterProxyModel>

// Sorts our tables by their raw numbers (TableRoles::SortRole) and narrows them: a name search,
// complete / incomplete only, or the rows missing one worker type. It never changes numbers:
// criteria and status go back to Analysis and reset the source model. Setters return early when
// nothing changed, then invalidate the filter once (as Tiled's IssueFilterModel does).
namespace Lengkap {

class TableFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Completeness { Any, OnlyComplete, OnlyIncomplete };

    explicit TableFilterProxy(QObject *parent = nullptr);

    QString nameFilter() const { return m_name; }
    void setNameFilter(const QString &text);
    Completeness completeness() const { return m_completeness; }
    void setCompleteness(Completeness completeness);
    // NakesTypes index, or -1 for no type filter: keep rows with no worker of that type (for
    // regions: with at least one Puskesmas without it).
    int missingType() const { return m_missingType; }
    void setMissingType(int typeIndex);
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int columnOfType(int typeIndex) const;

    QString m_name;
    Completeness m_completeness = Completeness::Any;
    int m_missingType = -1;
};

} // namespace Lengkap
