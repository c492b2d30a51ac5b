#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What every reader produces and the store consumes: counts per Puskesmas x type x status,
// never a worker, a NIK or a name of a person (DOMAIN.md §5.3).
namespace Lengkap {

struct PuskesmasCounts
{
    int line = 0; // physical line where the record starts, for messages
    QString districtCode; // wilayah code, "52.03"
    QString code; // kode_puskesmas; empty when the file has no such column
    QString name; // as written in the file
    QString kategori; // "Pedesaan Rawat Inap", ... or empty
    std::optional<bool> rpjmn; // unset when the file does not say
    std::optional<bool> registered; // likewise
    QList<int> asn; // one per NakesTypes::all(), in order
    QList<int> nonAsn;
};

// A warning the user must see (ambiguous paste row, ...), already "file:line: ..." form.
struct ImportWarning
{
    int line = 0;
    QString message;
};

// Facts about a read, shown in the import window and printed by the CLI.
struct ImportReport
{
    QString format; // rekap, long, workers, paste, xlsx
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "windows-1252"
    QString delimiter; // ",", ";", "tab", or empty
    int recordsRead = 0; // data records (not counting the header)
    int skippedEmptyRows = 0; // rows with every cell empty
    int emptyCountCells = 0; // empty count cells read as 0
    int workersCounted = 0; // workers format: rows that reached a count
    QMap<QString, int> unmappedProfessions; // workers format: profession -> rows ignored
    QList<ImportWarning> warnings;
    // Where the table was found (TableSource): the sheet read (workbooks), the row of the header
    // (its lower row when it has two), totals and footer rows left out, and a NIK column that
    // Excel stored as numbers (16 digits cut to 15: never stored anyway, but worth knowing).
    QString sheet;
    int headerLine = 0;
    int headerRows = 1;
    int footerRowsSkipped = 0;
    int firstFooterLine = 0;
    bool nikDamaged = false;
    qint64 elapsedMs = 0;
};

struct ImportBatch
{
    QString sourceName; // file name without folder, for the import log and messages
    QString sha256; // hex digest of the file's bytes
    QString format;
    QList<PuskesmasCounts> puskesmas;
    ImportReport report;
    bool sample = false; // generated sample data (DATA CONTOH)
};

// One entry of an rpjmn / registered list (DOMAIN.md §5.5): a code, or a name in a district.
struct ListEntry
{
    int line = 0;
    QString code;
    QString districtCode;
    QString name;
};

} // namespace Lengkap
