#include "staffingtablemodel.h"

#include "labels.h"

#include "nakestypes.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Lengkap {

StaffingTableModel::StaffingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StaffingTableModel::setRows(QList<PuskesmasRow> rows, Status status)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_status = status;
    endResetModel();
}

void StaffingTableModel::clear()
{
    setRows({}, m_status);
}

int StaffingTableModel::completeColumn()
{
    return FirstCount + 3 * NakesTypes::count();
}

StaffingTableModel::CellKind StaffingTableModel::cellKind(int column)
{
    if (column < FirstCount || column >= completeColumn())
        return CellKind::Other;
    switch ((column - FirstCount) % 3) {
    case 0:
        return CellKind::Asn;
    case 1:
        return CellKind::NonAsn;
    default:
        return CellKind::Total;
    }
}

int StaffingTableModel::typeIndex(int column)
{
    if (column < FirstCount || column >= completeColumn())
        return -1;
    return (column - FirstCount) / 3;
}

QString StaffingTableModel::completeText(bool complete)
{
    return complete ? tr("✓ Complete") : tr("✗ Incomplete");
}

int StaffingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : completeColumn() + 1;
}

int StaffingTableModel::countValue(const PuskesmasRow &row, int type, CellKind kind) const
{
    const int asn = row.data->asn.value(type);
    const int nonAsn = row.data->nonAsn.value(type);
    switch (kind) {
    case CellKind::Asn:
        return asn;
    case CellKind::NonAsn:
        return nonAsn;
    default:
        return asn + nonAsn;
    }
}

bool StaffingTableModel::counted(CellKind kind) const
{
    // DOMAIN.md §2: under "ASN only" the Non-ASN workers (and so the total) do not count.
    return m_status == Status::All || kind == CellKind::Asn;
}

QString StaffingTableModel::cellToolTip(const PuskesmasRow &row, int type) const
{
    const NakesType &t = NakesTypes::at(type);
    const bool filled = row.fill(type) == FillState::Filled;
    const QString state = filled ? Labels::filled() : Labels::empty();
    const QLocale locale;
    const QString counts
        = tr("%1 at %2: %3 ASN, %4 Non-ASN, %5 in total")
              .arg(t.label(), row.data->name, locale.toString(countValue(row, type, CellKind::Asn)),
                   locale.toString(countValue(row, type, CellKind::NonAsn)),
                   locale.toString(countValue(row, type, CellKind::Total)));
    if (m_status == Status::Asn)
        return tr("%1. Counting ASN only: %2").arg(counts, state);
    return tr("%1. Counting ASN + Non-ASN: %2").arg(counts, state);
}

QVariant StaffingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PuskesmasRow &row = m_rows.at(index.row());
    const int column = index.column();
    const int type = typeIndex(column);
    const CellKind kind = cellKind(column);
    const bool isComplete = column == completeColumn();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Name)
            return row.data->name;
        if (column == Kategori)
            return row.data->kategori;
        if (isComplete)
            return completeText(row.complete());
        return QLocale().toString(countValue(row, type, kind));
    case Qt::ToolTipRole:
        if (type >= 0)
            return cellToolTip(row, type);
        if (isComplete) {
            if (row.complete())
                return tr("%1 has at least one worker of each of the %2 types")
                    .arg(row.data->name)
                    .arg(NakesTypes::count());
            QStringList missing;
            for (int t = 0; t < NakesTypes::count(); ++t) {
                if (row.fill(t) == FillState::Empty)
                    missing.append(NakesTypes::at(t).label());
            }
            return tr("%1 has no %2").arg(row.data->name, QLocale().createSeparatedList(missing));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (type >= 0)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (isComplete)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        if (column == Name)
            return row.data->name;
        if (column == Kategori)
            return row.data->kategori;
        if (isComplete)
            return row.complete() ? 1 : 0;
        return countValue(row, type, kind);
    case FillStateRole:
        if (type < 0)
            return {};
        return QVariant::fromValue(row.fill(type));
    case CountedRole:
        if (type < 0)
            return {};
        return counted(kind);
    case TypeIndexRole:
        return type;
    case CellKindRole:
        return QVariant::fromValue(kind);
    case CompleteRole:
        return row.complete();
    case RegionCodeRole:
        return row.data->code;
    case ChangedRole:
        if (type < 0)
            return {};
        return bool(row.data->changedTypes & (1u << type));
    case Qt::EditRole:
        if (type >= 0 && kind != CellKind::Total)
            return countValue(row, type, kind);
        return {};
    default:
        return {};
    }
}

void StaffingTableModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

Qt::ItemFlags StaffingTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && typeIndex(index.column()) >= 0
        && cellKind(index.column()) != CellKind::Total)
        f |= Qt::ItemIsEditable;
    return f;
}

bool StaffingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int type = typeIndex(index.column());
    const CellKind kind = cellKind(index.column());
    bool ok = false;
    const int count = value.toInt(&ok);
    if (type < 0 || kind == CellKind::Total || !ok || count < 0 || count > 999)
        return false;
    if (count == countValue(m_rows.at(index.row()), type, kind))
        return false;
    emit countEditRequested(m_rows.at(index.row()).data->id, type, kind == CellKind::Asn, count);
    return true;
}

QVariant StaffingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= columnCount())
        return {};
    const int type = typeIndex(section);
    const CellKind kind = cellKind(section);
    const bool isComplete = section == completeColumn();
    switch (role) {
    case Qt::DisplayRole:
        if (section == Name)
            return tr("Puskesmas");
        if (section == Kategori)
            return tr("Category");
        if (isComplete)
            return tr("Complete");
        switch (kind) {
        case CellKind::Asn:
            return tr("ASN");
        case CellKind::NonAsn:
            return tr("Non-ASN");
        default:
            return tr("Total");
        }
    case Qt::ToolTipRole:
        if (section == Name)
            return tr("Name of the Puskesmas");
        if (section == Kategori)
            return tr("Category of the Puskesmas (urban / rural / remote, inpatient or not)");
        if (isComplete)
            return tr("Complete (Lengkap) when every one of the %1 types has at least one worker "
                      "under the chosen employment status")
                .arg(NakesTypes::count());
        switch (kind) {
        case CellKind::Asn:
            return tr("%1: civil servants (ASN: PNS and PPPK)").arg(NakesTypes::at(type).label());
        case CellKind::NonAsn:
            return m_status == Status::Asn
                       ? tr("%1: other workers (Non-ASN); not counted under \"ASN only\"")
                             .arg(NakesTypes::at(type).label())
                       : tr("%1: other workers (Non-ASN: honorer, contract, BLUD...)")
                             .arg(NakesTypes::at(type).label());
        default:
            return m_status == Status::Asn
                       ? tr("%1: ASN + Non-ASN; not counted under \"ASN only\"")
                             .arg(NakesTypes::at(type).label())
                       : tr("%1: ASN + Non-ASN; the cell is filled when this is at least 1")
                             .arg(NakesTypes::at(type).label());
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case TypeIndexRole:
        return type;
    case CellKindRole:
        return QVariant::fromValue(kind);
    case GroupHeaderRole:
        return type >= 0 ? NakesTypes::at(type).label() : QString();
    case GroupShortRole:
        return type >= 0 ? NakesTypes::at(type).shortLabel() : QString();
    case NumericRole:
        return type >= 0;
    case ColumnKeyRole:
        if (section == Name)
            return u"nama_puskesmas"_s;
        if (section == Kategori)
            return u"kategori"_s;
        if (isComplete)
            return u"lengkap"_s;
        switch (kind) {
        case CellKind::Asn:
            return NakesTypes::at(type).key + u"_asn"_s;
        case CellKind::NonAsn:
            return NakesTypes::at(type).key + u"_non_asn"_s;
        default:
            return NakesTypes::at(type).key + u"_total"_s;
        }
    default:
        return {};
    }
}

QHash<int, QByteArray> StaffingTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(FillStateRole, "fillState");
    names.insert(CountedRole, "counted");
    names.insert(TypeIndexRole, "typeIndex");
    names.insert(CellKindRole, "cellKind");
    names.insert(CompleteRole, "complete");
    names.insert(RegionCodeRole, "code");
    return names;
}

} // namespace Lengkap
