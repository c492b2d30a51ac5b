#pragma once

#include "result.h"
#include "tabledata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// CSV, XLSX and clipboard text of the tables the screen shows (issue 6). All read a TableData
// taken from the screen's item model, so every export has the screen's rows and figures.
namespace Lengkap {

class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    // CSV for spreadsheets and re-import: UTF-8 with BOM (Excel), comma, CRLF, the model's
    // column keys as header. A Puskesmas table also gets provinsi and kabupaten_kota (and
    // kode_puskesmas when every row has one) in front, so it imports again as rekap
    // (DOMAIN.md §5.1). Numbers are written as numbers in the C locale; text that a
    // spreadsheet would run as a formula (= + - @ tab CR first) is prefixed with '.
    // Under a scenario (issue 14) a Puskesmas table ends with the column ChangedTypesColumn:
    // the keys of the types the scenario changed in the row ("gizi;bidan"), empty for an
    // unchanged row; CSV cannot outline cells as the screen, paper and XLSX do.
    static QByteArray csv(const TableData &table, const TableContext &context);
    static constexpr auto ChangedTypesColumn = "scenario_changed_types";
    static Result<void> writeCsv(const QString &path, const TableData &table,
                                 const TableContext &context);

    // Tab-separated text for the clipboard: the screen's header labels and cell texts, one
    // line per row; pastes cleanly into Excel and LibreOffice Calc.
    static QString tabSeparated(const TableData &table);

    // Text a spreadsheet would take as a formula, made inert: "'=HYPERLINK(...)".
    static QString escapeFormula(const QString &text);

    // XLSX: one sheet per table (header frozen, column widths, fill and band colours as cell
    // formats, numbers as numbers; cells a scenario changed outlined in purple), then a sheet
    // "Keterangan" with criteria, status, cut-off, source, the scenario and the rules, from the
    // first table's context.
    struct Sheet
    {
        const TableData *table = nullptr;
        TableContext context;
    };
    static Result<void> writeXlsx(const QString &path, const QList<Sheet> &sheets);

    // XLSX sheet names: at most 31 characters, none of []:*?/\ .
    static QString sheetName(const QString &name);
};

} // namespace Lengkap
