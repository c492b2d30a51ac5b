#include "tablefilterproxy.h"

#include "regiontablemodel.h"
#include "staffingtablemodel.h"
#include "tableroles.h"
#include "types.h"

namespace Lengkap {

TableFilterProxy::TableFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TableRoles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TableFilterProxy::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_name)
        return;
    m_name = trimmed;
    invalidateFilter();
}

void TableFilterProxy::setCompleteness(Completeness completeness)
{
    if (completeness == m_completeness)
        return;
    m_completeness = completeness;
    invalidateFilter();
}

void TableFilterProxy::setMissingType(int typeIndex)
{
    if (typeIndex == m_missingType)
        return;
    m_missingType = typeIndex;
    invalidateFilter();
}

void TableFilterProxy::clearFilters()
{
    if (m_name.isEmpty() && m_completeness == Completeness::Any && m_missingType < 0)
        return;
    m_name.clear();
    m_completeness = Completeness::Any;
    m_missingType = -1;
    invalidateFilter();
}

int TableFilterProxy::columnOfType(int typeIndex) const
{
    const QAbstractItemModel *source = sourceModel();
    for (int c = 0; c < source->columnCount(); ++c) {
        if (source->headerData(c, Qt::Horizontal, TableRoles::TypeIndexRole).toInt() == typeIndex)
            return c;
    }
    return -1;
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return true;
    const QModelIndex name = source->index(sourceRow, 0, sourceParent);
    if (!m_name.isEmpty() && !name.data().toString().contains(m_name, Qt::CaseInsensitive))
        return false;
    if (m_completeness != Completeness::Any) {
        bool complete = false;
        const QVariant completeRole = name.data(TableRoles::CompleteRole);
        if (completeRole.isValid()) {
            complete = completeRole.toBool(); // a Puskesmas
        } else {
            // a region: complete when it has no incomplete Puskesmas
            const QModelIndex incomplete
                = source->index(sourceRow, RegionTableModel::Incomplete, sourceParent);
            complete = incomplete.data(TableRoles::SortRole).toInt() == 0;
        }
        if (complete != (m_completeness == Completeness::OnlyComplete))
            return false;
    }
    if (m_missingType >= 0) {
        const int column = columnOfType(m_missingType);
        if (column < 0)
            return true;
        const QModelIndex cell = source->index(sourceRow, column, sourceParent);
        const QVariant fill = cell.data(TableRoles::FillStateRole);
        if (fill.isValid())
            return fill.value<FillState>() == FillState::Empty;
        return cell.data(TableRoles::SortRole).toInt() > 0;
    }
    return true;
}

} // namespace Lengkap
