#pragma once

#include <Qt>

// Item-data roles shared by RegionTableModel and StaffingTableModel, so views, printing and
// export read any of our tables with one set of numbers. Each model re-exports the roles it
// supports in its own Role enum, where they are documented for that model.
namespace Lengkap::TableRoles {

enum Role {
    SortRole = Qt::UserRole + 1, // raw value for sorting and export: int, double or QString
    BandRole, // Band of a region row (regions only)
    FillStateRole, // FillState of a count cell (staffing only)
    CountedRole, // bool: does this count cell take part in the status? (staffing only)
    TypeIndexRole, // int NakesTypes index of a type column (data and header), else -1
    CellKindRole, // StaffingTableModel::CellKind of a column (data and header)
    CompleteRole, // bool: the Puskesmas is Lengkap (staffing, any column of the row)
    RegionCodeRole, // code of the row: region code "52.03", or kode_puskesmas
    LevelRole, // Level of the rows (regions); Level::District for Puskesmas rows
    GroupHeaderRole, // header only: label spanning several columns (the type), or empty
    GroupShortRole, // header only: abbreviated group label for narrow columns ("Drg")
    ColumnKeyRole, // header only: machine name of the column for CSV ("dokter_gigi_asn")
    NumericRole, // header only: bool, the column holds numbers (right-aligned)
    ChangedRole, // bool: an active scenario changed this count cell (staffing only)
};

} // namespace Lengkap::TableRoles
