#pragma once

#include "labels.h"

#include "analysis.h"
#include "types.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class QAbstractItemModel;

// What leaves the program on paper, in CSV and in XLSX, taken from the same item model the
// screen shows (DisplayRole text, fill and band roles for colour, SortRole for raw numbers),
// so screen, paper and spreadsheet agree. One table at a time is held: a district of 60+
// Puskesmas is a few kilobytes; the all-districts report builds one after another.
namespace Lengkap {

struct TableColumn
{
    QString header; // the model's header text: "Nama Puskesmas", "ASN", "% Lengkap"
    QString group; // label spanning several columns (a worker type), or empty
    QString groupShort; // abbreviated group label for narrow print columns: "Drg"
    QString key; // machine name for CSV headers: "nama_puskesmas", "dokter_gigi_asn"
    int typeIndex = -1; // NakesTypes index of a count column, else -1
    bool numeric = false;
};

struct TableCell
{
    QString text; // as the screen shows it: "77,14%"
    QVariant value; // raw number (int or double) for numeric cells, else invalid
    std::optional<FillState> fill;
    std::optional<Band> band; // on the band column of region tables
    bool counted = true; // false: shown but not part of the status (Non-ASN under ASN only)
    bool changed = false; // an active scenario changed this cell: outlined (issue 14)
};

struct TableData
{
    QString name; // short name, used for the XLSX sheet: "Lombok Timur"
    QList<TableColumn> columns;
    QList<QList<TableCell>> rows;
    QStringList rowCodes; // RegionCodeRole of each row: region code or kode_puskesmas

    bool hasGroups() const;
};

// What every printed page and the XLSX "Keterangan" sheet say about a table.
struct TableContext
{
    Level level = Level::District;
    QString region; // "Lombok Timur", "Nusa Tenggara Barat", "Indonesia"
    QString provinceName; // for a district; may be empty
    QDate cutoff;
    Criteria criteria = Criteria::Sisdmk;
    Status status = Status::All;
    bool sample = false; // generated data: "DATA CONTOH"
    QString scenario; // an active scenario's name: "SKENARIO: <name>" (issue 14)
    QString source; // where the data came from (file names)
    // Above district level, how much of the region the data hold: "contains 1 of 514
    // districts" (issue 12); empty when whole.
    QString coverage;
    QDateTime printedAt = QDateTime::currentDateTime();
    BandSettings bands;
    std::optional<RegionSummary> summary; // headline figures and chart on the first page
};

// Labels for people, in English source text (the Indonesian comes from the .ts).
class PrintText
{
    Q_DECLARE_TR_FUNCTIONS(PrintText)
public:
    // "Kelengkapan 9 Jenis Nakes di %1" in Indonesian
    static QString title(const QString &region);
    static QString regionTitle(const TableContext &context);
    static QString sampleStamp();
    static QString scenarioStamp(const QString &name); // "SKENARIO: <name>"
    static QString percent(double value); // QLocale, 2 decimals: "77,14%"
    static QString date(QDate date);
    static QString dateTime(const QDateTime &dateTime);
};

// Colours of paper and spreadsheet cells, and of the screen's standard palette (ColorScheme draws
// the same; it adds a colour-blind alternative). Colour is a view decision (model/ has no QColor).
struct PrintColors
{
    static QColor filled(); // Sudah Terisi
    static QColor empty(); // Kosong
    static QColor emptyHatch(); // pattern drawn over Kosong, so it reads in greyscale
    static QColor band(Band band);
    static QColor headerBackground();
    static QColor zebra();
    static QColor grid();
};

// Reads a whole table model (StaffingTableModel, RegionTableModel or any table with the same
// roles): DisplayRole text, the model's SortRole for numbers, FillStateRole / BandRole for
// colour, TypeIndexRole to group count columns under their worker type.
TableData tableFromModel(const QAbstractItemModel &model, const QString &name = {});

// The table the window shows for a region, built through the same item models: the
// Puskesmas of a district (StaffingTableModel), the districts of a province or the provinces
// of the nation (RegionTableModel), with the region's summary for the first page.
struct RegionTable
{
    TableData table;
    TableContext context;
};
RegionTable regionTable(const Analysis &analysis, Level level, const QString &code,
                        Criteria criteria, Status status);

} // namespace Lengkap
