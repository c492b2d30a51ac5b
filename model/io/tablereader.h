#pragma once

#include "importbatch.h"
#include "importer.h"
#include "recordsource.h"
#include "result.h"
#include "rowerrors.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

// What the table readers (rekap, long, list; DOMAIN.md §5) share: the header, data records with
// blank ones skipped and counted, cancel and progress, "file:line:" errors, the number rules and
// cached wilayah matching.
namespace Lengkap {

// Header and key form: trimmed, lower case, runs of anything but letters and digits as one "_".
// "Dokter Non-ASN" -> "dokter_non_asn", " Kabupaten/Kota " -> "kabupaten_kota".
QString normalizeHeaderName(QStringView name);

class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::TableReader)

public:
    TableReader(RecordSource &source, const ReadOptions &options, ImportReport &report);

    // Reads the first non-blank record as the header, normalised with normalizeHeaderName().
    Result<QStringList> readHeader();
    int headerLine() const { return m_headerLine; }
    const QStringList &rawHeader() const { return m_rawHeader; }

    // Advances to the next non-blank data record (blank ones are counted in the report).
    // False at the end, on a broken file and on cancel: then error() says which, if any.
    bool nextRecord();
    const std::optional<Error> &error() const { return m_error; }

    // Reads every data record with readRow (returning its "file:line:" error, if any) and
    // gathers the errors of all invalid rows, not just the first (RowErrors); they come back
    // with the file's own error, or nullopt when the whole file was read and valid.
    template<typename ReadRow> std::optional<Error> readRows(ReadRow readRow)
    {
        RowErrors errors(m_source.displayName());
        while (nextRecord()) {
            if (const std::optional<Error> rowError = readRow(); rowError && !errors.add(*rowError))
                break;
        }
        return errors.finish(m_error);
    }

    RecordSource &source() { return m_source; }
    int line() const { return m_source.line(); }

    // "file:line: message" for the current record (or a given line).
    Error errorHere(const QString &message) const { return errorAt(line(), message); }
    Error errorAt(int line, const QString &message) const;

    // Checks the record has as many cells as the header (extra cells left empty are tolerated:
    // spreadsheets export them).
    std::optional<Error> checkWidth(int headerSize) const;

    // A count cell: a whole number 0..999; empty reads 0 and is counted in the report.
    Result<int> count(int column, const QString &columnName);
    // An optional count cell (total columns): empty gives nullopt.
    Result<std::optional<int>> optionalCount(int column, const QString &columnName) const;
    // 1/0/ya/tidak/yes/no/true/false; empty is unset.
    Result<std::optional<bool>> flag(int column, const QString &columnName) const;

    // Wilayah district code for a province and district name as written, cached per distinct
    // pair. options.provinceCode, when set, restricts the match. The error is "file:line:".
    Result<QString> districtCode(const QString &province, const QString &district);

private:
    Result<int> parseCount(QByteArrayView cell, const QString &columnName, bool *empty) const;

    RecordSource &m_source;
    const ReadOptions &m_options;
    ImportReport &m_report;
    QStringList m_rawHeader;
    int m_headerLine = 0;
    qint64 m_records = 0;
    std::optional<Error> m_error;
    struct Match
    {
        QString code;
        QString error; // without "file:line: "
    };
    QHash<QString, Match> m_districts; // "province\x1fdistrict" -> match
};

} // namespace Lengkap
