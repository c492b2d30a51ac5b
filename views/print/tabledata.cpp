#include "tabledata.h"
#include "coverage.h"

#include "nakestypes.h"
#include "regiontablemodel.h"
#include "staffingtablemodel.h"
#include "tableroles.h"

#include <QAbstractItemModel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Lengkap {

bool TableData::hasGroups() const
{
    for (const TableColumn &column : columns) {
        if (!column.group.isEmpty())
            return true;
    }
    return false;
}

TableData tableFromModel(const QAbstractItemModel &model, const QString &name)
{
    TableData table;
    table.name = name;
    const int columns = model.columnCount();
    const int rows = model.rowCount();
    int bandColumn = -1;
    for (int c = 0; c < columns; ++c) {
        TableColumn column;
        column.header = model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        column.group = model.headerData(c, Qt::Horizontal, TableRoles::GroupHeaderRole).toString();
        column.groupShort
            = model.headerData(c, Qt::Horizontal, TableRoles::GroupShortRole).toString();
        column.key = model.headerData(c, Qt::Horizontal, TableRoles::ColumnKeyRole).toString();
        const QVariant type = model.headerData(c, Qt::Horizontal, TableRoles::TypeIndexRole);
        column.typeIndex = type.isValid() ? type.toInt() : -1;
        column.numeric = model.headerData(c, Qt::Horizontal, TableRoles::NumericRole).toBool();
        if (column.key == u"band"_s)
            bandColumn = c;
        table.columns.append(column);
    }
    table.rows.reserve(rows);
    table.rowCodes.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QList<TableCell> row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            TableCell cell;
            cell.text = model.data(index, Qt::DisplayRole).toString();
            if (table.columns.at(c).numeric)
                cell.value = model.data(index, TableRoles::SortRole);
            const QVariant fill = model.data(index, TableRoles::FillStateRole);
            if (fill.isValid())
                cell.fill = fill.value<FillState>();
            if (c == bandColumn) {
                const QVariant band = model.data(index, TableRoles::BandRole);
                if (band.isValid())
                    cell.band = band.value<Band>();
            }
            const QVariant counted = model.data(index, TableRoles::CountedRole);
            if (counted.isValid())
                cell.counted = counted.toBool();
            cell.changed = model.data(index, TableRoles::ChangedRole).toBool();
            row.append(std::move(cell));
        }
        table.rows.append(std::move(row));
        table.rowCodes.append(model.data(model.index(r, 0), TableRoles::RegionCodeRole).toString());
    }
    return table;
}

RegionTable regionTable(const Analysis &analysis, Level level, const QString &code,
                        Criteria criteria, Status status)
{
    RegionTable result;
    const RegionSummary summary = analysis.summary(level, code, criteria, status);
    TableContext &context = result.context;
    context.level = level;
    context.region = summary.name;
    context.provinceName = level == Level::District ? summary.provinceName : QString();
    context.cutoff = analysis.snapshot().cutoff;
    context.criteria = criteria;
    context.status = status;
    context.sample = analysis.snapshot().sample;
    context.scenario = analysis.snapshot().scenario;
    // Only the files of the rows on this page (issue 12): not Lebak's file under Lombok Timur.
    context.source = analysis.snapshot().sourceOf(level == Level::National ? QString() : code);
    context.coverage = Coverage::note(analysis, level, code);
    context.bands = analysis.bands();
    context.summary = summary;
    switch (level) {
    case Level::District: {
        StaffingTableModel model;
        model.setRows(analysis.puskesmas(code, criteria, status), status);
        result.table = tableFromModel(model, summary.name);
        break;
    }
    case Level::Province: {
        RegionTableModel model;
        model.setRows(analysis.districts(code, criteria, status), Level::District);
        result.table = tableFromModel(model, summary.name);
        break;
    }
    case Level::National: {
        RegionTableModel model;
        model.setRows(analysis.provinces(criteria, status), Level::Province);
        result.table = tableFromModel(model, summary.name);
        break;
    }
    }
    return result;
}

QString PrintText::title(const QString &region)
{
    // The same title as the window's (DashboardWindow::titleText); the type count comes from
    // the type table, so a 10th type changes it.
    //: Indonesian: "Kelengkapan %1 Jenis Nakes di %2" (the ministry dashboard's title)
    return tr("Completeness of the %1 priority health-worker types in %2")
        .arg(NakesTypes::count())
        .arg(region);
}

QString PrintText::regionTitle(const TableContext &context)
{
    if (context.level == Level::District && !context.provinceName.isEmpty())
        return tr("%1, %2", "district, province").arg(context.region, context.provinceName);
    // Part of a region on paper says so in its title (issue 12).
    if (!context.coverage.isEmpty())
        return tr("%1 (%2)", "region (coverage note)").arg(context.region, context.coverage);
    return context.region;
}

QString PrintText::sampleStamp()
{
    return tr("SAMPLE DATA");
}

QString PrintText::scenarioStamp(const QString &name)
{
    //: Indonesian: "SKENARIO: %1"
    return tr("SCENARIO: %1").arg(name);
}

QString PrintText::percent(double value)
{
    return tr("%1%", "percentage").arg(QLocale().toString(value, 'f', 2));
}

QString PrintText::date(QDate date)
{
    // As Indonesians write dates: "1 Desember 2024"; no weekday, no two-digit year (issue 12).
    return date.isValid() ? QLocale().toString(date, u"d MMMM yyyy"_s) : tr("(none)");
}

QString PrintText::dateTime(const QDateTime &dateTime)
{
    //: date and time of printing: "29 November 2026 14.05"
    return tr("%1 %2", "date time")
        .arg(date(dateTime.date()), QLocale().toString(dateTime.time(), QLocale::ShortFormat));
}

QColor PrintColors::filled()
{
    return QColor(0xc8, 0xe6, 0xc9);
}

QColor PrintColors::empty()
{
    return QColor(0xff, 0xcd, 0xd2);
}

QColor PrintColors::emptyHatch()
{
    return QColor(0xb7, 0x1c, 0x1c);
}

QColor PrintColors::band(Band band)
{
    switch (band) {
    case Band::Red:
        return QColor(0xd3, 0x2f, 0x2f);
    case Band::Orange:
        return QColor(0xf5, 0x7c, 0x00);
    case Band::LightGreen:
        return QColor(0x9c, 0xcc, 0x65);
    case Band::DarkGreen:
        // Darker than the "complete" green of the charts, and a grey clearly apart from red's
        // when printed in black and white (white text on it: contrast 7.9:1).
        return QColor(0x1b, 0x5e, 0x20);
    }
    return Qt::gray;
}

QColor PrintColors::headerBackground()
{
    return QColor(0xe3, 0xe3, 0xe3);
}

QColor PrintColors::zebra()
{
    return QColor(0xf5, 0xf5, 0xf5);
}

QColor PrintColors::grid()
{
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace Lengkap
