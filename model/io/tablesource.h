#pragma once

#include "importer.h"
#include "readers.h"
#include "recordsource.h"
#include "result.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

// A table as exports really lay it out, over any RecordSource (CSV or a sheet): title rows, the
// export date and blank rows above the header; a header in one row or in two (merged cells:
// "Jenis SDMK" over "Rumpun" / "Jenis"); totals and footer rows ("JUMLAH", "TOTAL",
// "Sumber: ...") below the data. The readers see the header as the first record, then the data
// rows, with the footer rows left out and counted.
namespace Lengkap {

class TableSource : public RecordSource
{
public:
    // Rows searched for the header: exports put a title, a date and blank rows above it.
    static constexpr int HeaderSearchRows = 30;

    explicit TableSource(std::unique_ptr<RecordSource> inner);

    // Reads up to the header: the first of the first HeaderSearchRows non-blank records whose
    // cells detectTableFormat() recognises, alone or as the second row of a two-row header;
    // else the first non-blank record (the readers then say what is missing). False when the
    // file has no non-blank record (see error()).
    bool findHeader();
    // Whether the header was recognised (not the fallback), the header's names (for a two-row
    // header, "Parent Child" where the upper row has a name), and the row(s) it was found on.
    bool headerRecognised() const { return m_recognised; }
    const QStringList &header() const { return m_header; }
    int headerLine() const { return m_headerLine; }
    int headerRows() const { return m_headerRows; }
    // Footer rows left out so far, and the first of them.
    int footerRows() const { return m_footerRows; }
    int firstFooterLine() const { return m_firstFooterLine; }
    // A column named NIK holding numbers (in a workbook) or numbers in Excel's E notation:
    // Excel keeps 15 digits of a number, so the 16-digit NIKs lost their last digits.
    bool nikDamaged() const { return m_nikDamaged; }

    // Whether a data record is a totals or footer row ("JUMLAH", "Total", "Sumber: ...").
    static bool isFooterRecord(const RecordSource &source);

    bool next() override;
    int line() const override;
    int fieldCount() const override;
    QString text(int i) const override;
    QByteArrayView utf8(int i) const override;
    bool isNumber(int i) const override;
    std::optional<Error> error() const override { return m_inner->error(); }
    QString displayName() const override { return m_inner->displayName(); }
    qint64 position() const override { return m_inner->position(); }
    qint64 size() const override { return m_inner->size(); }
    QString encodingName() const override { return m_inner->encodingName(); }
    QString delimiterName() const override { return m_inner->delimiterName(); }
    QString sha256Hex() const override { return m_inner->sha256Hex(); }

private:
    struct Record
    {
        int line = 0;
        std::vector<QByteArray> cells;
        std::vector<bool> numbers;
    };
    static Record copy(const RecordSource &source);
    void checkNik();

    std::unique_ptr<RecordSource> m_inner;
    std::vector<Record> m_replay; // the header, then records read ahead of it
    bool m_replaying = false; // serving m_replay before reading on
    qsizetype m_replayAt = -1; // the record served from m_replay, -1 when none
    bool m_recognised = false;
    QStringList m_header;
    int m_headerLine = 0;
    int m_headerRows = 1;
    int m_footerRows = 0;
    int m_firstFooterLine = 0;
    int m_nikColumn = -1;
    int m_nikChecked = 0;
    bool m_nikDamaged = false;
};

// The table an import reads (readImportFile() and the import window's preview decide alike):
// the CSV, the sheet the user named, or else the first sheet of the workbook whose header is
// recognised. A workbook of one sheet is read anyway (the reader says what its header lacks).
struct ImportTable
{
    std::unique_ptr<TableSource> source; // header found (findHeader() done)
    QString sheet; // the sheet read, as the workbook spells it; empty for a CSV
    bool sheetNamed = false; // the user named it (else it was chosen by its header)
    // SheetChoice::FirstSheet: why the import would refuse the workbook (no sheet has a
    // recognised header); the first sheet is shown meanwhile.
    std::optional<Error> unrecognised;
};
enum class SheetChoice {
    RefuseUnrecognised, // the import: a workbook where no sheet has a header is an error
    FirstSheet, // the preview: show the first sheet so the user can name the right one
};
Result<ImportTable> openImportTable(const QString &path, TableFile kind,
                                    const ReadOptions &options,
                                    SheetChoice choice = SheetChoice::RefuseUnrecognised);

} // namespace Lengkap
