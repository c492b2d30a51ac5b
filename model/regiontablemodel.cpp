#include "regiontablemodel.h"

#include "labels.h"

#include "nakestypes.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

QString percentText(double value)
{
    // DOMAIN.md §3: 2 decimals, in the user's number format ("77,14%" in Indonesian).
    return RegionTableModel::tr("%1%", "percentage").arg(QLocale().toString(value, 'f', 2));
}

} // namespace

RegionTableModel::RegionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RegionTableModel::setRows(QList<RegionSummary> rows, Level childLevel)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_level = childLevel;
    endResetModel();
}

int RegionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMissing + NakesTypes::count();
}

QVariant RegionTableModel::displayData(const RegionSummary &s, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return s.name;
    case Puskesmas:
        return locale.toString(s.puskesmas);
    case Complete:
        return locale.toString(s.complete);
    case Incomplete:
        return locale.toString(s.incomplete());
    case CompletePct:
        return percentText(s.completePct());
    case Shortage:
        return locale.toString(s.shortage);
    case BandColumn:
        return Labels::band(s.band);
    default:
        return locale.toString(s.missingByType.value(column - FirstMissing));
    }
}

QVariant RegionTableModel::sortData(const RegionSummary &s, int column) const
{
    switch (column) {
    case Name:
        return s.name;
    case Puskesmas:
        return s.puskesmas;
    case Complete:
        return s.complete;
    case Incomplete:
        return s.incomplete();
    case CompletePct:
        return s.completePct();
    case Shortage:
        return s.shortage;
    case BandColumn:
        return int(s.band);
    default:
        return s.missingByType.value(column - FirstMissing);
    }
}

QString RegionTableModel::toolTip(const RegionSummary &s, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return m_level == Level::District
                   ? tr("%1, %2: double-click or press Enter to see its Puskesmas")
                         .arg(s.name, s.provinceName)
                   : tr("%1: double-click or press Enter to see its districts").arg(s.name);
    case Complete:
    case Incomplete:
    case CompletePct:
        return tr("%1 of %2 Puskesmas in %3 have at least one worker of each of the %4 types (%5)")
            .arg(locale.toString(s.complete), locale.toString(s.puskesmas), s.name)
            .arg(NakesTypes::count())
            .arg(percentText(s.completePct()));
    case Shortage:
        return tr("%1 workers would be needed to fill every empty cell in %2")
            .arg(locale.toString(s.shortage), s.name);
    case BandColumn:
        return tr("Band %1: the rounded percentage complete is %2")
            .arg(Labels::band(s.band), locale.toString(qRound(s.completePct())));
    default:
        if (column >= FirstMissing) {
            const int type = column - FirstMissing;
            return tr("%1 Puskesmas in %2 have no %3")
                .arg(locale.toString(s.missingByType.value(type)), s.name,
                     NakesTypes::at(type).label());
        }
        return {};
    }
}

QVariant RegionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegionSummary &s = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, column);
    case Qt::ToolTipRole:
        return toolTip(s, column);
    case Qt::TextAlignmentRole:
        if (column == Name || column == BandColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return sortData(s, column);
    case BandRole:
        return QVariant::fromValue(s.band);
    case RegionCodeRole:
        return s.code;
    case LevelRole:
        return QVariant::fromValue(m_level);
    case TypeIndexRole:
        return column >= FirstMissing ? column - FirstMissing : -1;
    default:
        return {};
    }
}

QVariant RegionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= columnCount())
        return {};
    const int type = section >= FirstMissing ? section - FirstMissing : -1;
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case Name:
            return m_level == Level::District ? tr("District") : tr("Province");
        case Puskesmas:
            return tr("Puskesmas");
        case Complete:
            return tr("Complete");
        case Incomplete:
            return tr("Incomplete");
        case CompletePct:
            return tr("% Complete");
        case Shortage:
            return tr("Shortage");
        case BandColumn:
            return tr("Band");
        default:
            return NakesTypes::at(type).label();
        }
    case Qt::ToolTipRole:
        switch (section) {
        case Name:
            return tr("Double-click a row or press Enter to open it");
        case Puskesmas:
            return tr("Number of Puskesmas counted under the chosen data criteria");
        case Complete:
            return tr("Puskesmas Lengkap: at least one worker of each of the %1 priority types")
                .arg(NakesTypes::count());
        case Incomplete:
            return tr("Puskesmas Belum Lengkap: no worker of at least one priority type");
        case CompletePct:
            return tr("Complete Puskesmas / all Puskesmas × 100");
        case Shortage:
            return tr("Empty cells: the fewest workers that would make every Puskesmas complete");
        case BandColumn:
            return tr("Colour band of the rounded % complete: red 0–25, orange 26–50, light green "
                      "51–75, dark green 76–100");
        default:
            return tr("Puskesmas without any %1").arg(NakesTypes::at(type).label());
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case TypeIndexRole:
        return type;
    case GroupHeaderRole:
        return type >= 0 ? tr("Puskesmas without") : QString();
    case GroupShortRole:
        return type >= 0 ? NakesTypes::at(type).shortLabel() : QString();
    case NumericRole:
        return section != Name && section != BandColumn;
    case ColumnKeyRole:
        switch (section) {
        case Name:
            return m_level == Level::District ? u"kabupaten_kota"_s : u"provinsi"_s;
        case Puskesmas:
            return u"puskesmas"_s;
        case Complete:
            return u"complete"_s;
        case Incomplete:
            return u"incomplete"_s;
        case CompletePct:
            return u"complete_pct"_s;
        case Shortage:
            return u"shortage"_s;
        case BandColumn:
            return u"band"_s;
        default:
            return u"missing_"_s + NakesTypes::at(type).key;
        }
    default:
        return {};
    }
}

QHash<int, QByteArray> RegionTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(BandRole, "band");
    names.insert(RegionCodeRole, "regionCode");
    names.insert(LevelRole, "level");
    names.insert(TypeIndexRole, "typeIndex");
    return names;
}

} // namespace Lengkap
