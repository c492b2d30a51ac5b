#pragma once

#include "analysis.h"
#include "tableroles.h"
#include "types.h"

#include <QAbstractTableModel>
#include <QList>

// One row per region (the provinces of the nation, or the districts of a province), from
// Analysis::provinces() / districts(). Carries numbers and meaning only; the views choose the
// band colours from BandRole (model/ has no QColor). Rows are values: no pointer into Analysis.
namespace Lengkap {

class RegionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name, // region name
        Puskesmas, // Puskesmas counted under the criteria
        Complete, // Lengkap
        Incomplete, // Belum Lengkap
        CompletePct, // complete / puskesmas x 100, shown with 2 decimals ("77,14%")
        Shortage, // empty cells: fewest workers that complete every Puskesmas
        BandColumn, // band label ("Dark green"), colour chosen by the view from BandRole
        FirstMissing // then one column per NakesTypes type: Puskesmas without that type
    };
    Q_ENUM(Column)

    enum Role {
        // Raw value: QString name, int count, double percentage (unrounded), int band
        // (0 = red .. 3 = dark green), int missing count. "77,14%" sorts as 77.142857.
        SortRole = TableRoles::SortRole,
        // Band of the row's region, on every column (QVariant of Band).
        BandRole = TableRoles::BandRole,
        // Region code on every column: "52" for a province, "52.03" for a district. Used to
        // drill down.
        RegionCodeRole = TableRoles::RegionCodeRole,
        // Level of the rows (QVariant of Level): Province or District.
        LevelRole = TableRoles::LevelRole,
        // NakesTypes index of a "missing <type>" column (data and header), else -1.
        TypeIndexRole = TableRoles::TypeIndexRole,
        // Header only: "Puskesmas without" over the missing columns; empty elsewhere.
        GroupHeaderRole = TableRoles::GroupHeaderRole,
        GroupShortRole = TableRoles::GroupShortRole, // header only: short type label
        ColumnKeyRole = TableRoles::ColumnKeyRole, // header only: "missing_dokter_gigi", ...
        NumericRole = TableRoles::NumericRole, // header only: column holds numbers
    };
    Q_ENUM(Role)

    explicit RegionTableModel(QObject *parent = nullptr);

    // Replaces every row (begin/endResetModel). childLevel is the level of the rows.
    void setRows(QList<RegionSummary> rows, Level childLevel);
    const QList<RegionSummary> &rows() const { return m_rows; }
    Level childLevel() const { return m_level; }
    const RegionSummary &summaryAt(int row) const { return m_rows.at(row); }
    // Column of the "Puskesmas without <type>" count for a NakesTypes index.
    static int missingColumn(int typeIndex) { return FirstMissing + typeIndex; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayData(const RegionSummary &s, int column) const;
    QVariant sortData(const RegionSummary &s, int column) const;
    QString toolTip(const RegionSummary &s, int column) const;

    QList<RegionSummary> m_rows;
    Level m_level = Level::Province;
};

} // namespace Lengkap
