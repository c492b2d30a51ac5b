#pragma once

#include "analysis.h"
#include "tableroles.h"
#include "types.h"

#include <QAbstractTableModel>
#include <QList>

// One row per Puskesmas of a district, from Analysis::puskesmas(): name, kategori, then for each
// type of NakesTypes::all() the ASN / Non-ASN / Total counts, then the completeness column.
// Carries numbers and meaning only; the views map FillStateRole to a colour (model/ has no
// QColor). The rows point into the Analysis' snapshot: reset or clear this model before the
// Analysis it came from is destroyed.
namespace Lengkap {

class StaffingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name, // Puskesmas name
        Kategori, // "Pedesaan Rawat Inap", ... or empty (shown "Jenis" on the ministry page)
        FirstCount, // then 3 columns per type (ASN, Non-ASN, Total), then completeColumn()
    };
    Q_ENUM(Column)

    // What a column holds.
    enum class CellKind { Asn, NonAsn, Total, Other };
    Q_ENUM(CellKind)

    enum Role {
        // Raw value: QString for name and kategori, int for counts, int 1/0 for completeness.
        SortRole = TableRoles::SortRole,
        // FillState of a count cell (invalid for other columns). DOMAIN.md §3: under
        // Status::All the type is filled when ASN + Non-ASN >= 1, under Status::Asn when
        // ASN >= 1. The three cells of a type share the type's state, so the colour of the
        // group tells at a glance which types are Kosong.
        FillStateRole = TableRoles::FillStateRole,
        // bool on count cells: does this number take part in the status? Always true under
        // Status::All. Under Status::Asn only the ASN cell counts; the Non-ASN and Total cells
        // still show the real numbers (the workers exist) but are false here, so views grey
        // them: a Puskesmas with 0 ASN and 2 Non-ASN dentists reads "Kosong" for dentists.
        CountedRole = TableRoles::CountedRole,
        // NakesTypes index of a count column (data and header), else -1.
        TypeIndexRole = TableRoles::TypeIndexRole,
        // CellKind of the column (data and header).
        CellKindRole = TableRoles::CellKindRole,
        // bool on every column: the row's Puskesmas is Lengkap under the current status.
        CompleteRole = TableRoles::CompleteRole,
        // kode_puskesmas of the row (may be empty for files without codes).
        RegionCodeRole = TableRoles::RegionCodeRole,
        // Header only: the type label over its ASN / Non-ASN / Total columns ("Dokter Gigi"),
        // empty for the other columns; views draw it as the first of two header rows.
        GroupHeaderRole = TableRoles::GroupHeaderRole,
        GroupShortRole = TableRoles::GroupShortRole, // header only: "Drg"
        ColumnKeyRole = TableRoles::ColumnKeyRole, // header only: "dokter_gigi_asn", ...
        NumericRole = TableRoles::NumericRole, // header only: column holds numbers
        // bool: a scenario changed the type of this count cell (PuskesmasData::changedTypes).
        ChangedRole = TableRoles::ChangedRole,
    };
    Q_ENUM(Role)

    explicit StaffingTableModel(QObject *parent = nullptr);

    // Replaces every row (begin/endResetModel); status is the one the rows were computed for.
    void setRows(QList<PuskesmasRow> rows, Status status);
    void clear();
    const QList<PuskesmasRow> &rows() const { return m_rows; }
    Status status() const { return m_status; }

    static int countColumn(int typeIndex, CellKind kind)
    {
        return FirstCount + 3 * typeIndex
               + (kind == CellKind::NonAsn  ? 1
                  : kind == CellKind::Total ? 2
                                            : 0);
    }
    static int completeColumn();
    static CellKind cellKind(int column);
    static int typeIndex(int column); // -1 outside the count columns

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Scenario mode (issue 14): ASN and Non-ASN cells become editable; an edit is not applied
    // here but asked for with countEditRequested, and comes back through setRows().
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void countEditRequested(qint64 puskesmasId, int type, bool asn, int count);

public:
    // Texts of the completeness column, with a symbol so they read without colour.
    static QString completeText(bool complete);

private:
    int countValue(const PuskesmasRow &row, int type, CellKind kind) const;
    bool counted(CellKind kind) const;
    QString cellToolTip(const PuskesmasRow &row, int type) const;

    QList<PuskesmasRow> m_rows;
    Status m_status = Status::All;
    bool m_editable = false;
};

} // namespace Lengkap
