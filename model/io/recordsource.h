#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// A table read record by record, whatever the file: CSV in any dialect (CsvReader) or a sheet of
// an XLSX workbook (XlsxReader). The rekap, long, workers and list readers read through this, so
// each format works from both. Streaming: one record in memory at a time.
namespace Lengkap {

class RecordSource
{
public:
    virtual ~RecordSource() = default;

    // Advances to the next record (header included). False at the end or on error(); a record
    // whose every cell is empty is returned too (callers count and skip it).
    virtual bool next() = 0;
    // The physical line (CSV) or row number (XLSX) where the current record starts, from 1.
    virtual int line() const = 0;
    virtual int fieldCount() const = 0;
    // Cell i of the current record, decoded, with surrounding white space removed; "" past the end.
    virtual QString text(int i) const = 0;
    // Cell i as UTF-8 bytes, untrimmed, for fast number and key parsing; valid until next().
    virtual QByteArrayView utf8(int i) const = 0;
    // Cell i was stored as a number (a numeric cell of a workbook); false for CSV.
    virtual bool isNumber(int i) const
    {
        Q_UNUSED(i);
        return false;
    }
    // Set when next() returned false because the file is broken; message is "file:line: ...".
    virtual std::optional<Error> error() const = 0;
    // The file name to put in messages ("lebak.csv").
    virtual QString displayName() const = 0;
    // Progress: bytes (or rows) consumed so far and the total, for progress bars.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
    // Describes the dialect for the import report: encoding and delimiter ("" for XLSX).
    virtual QString encodingName() const = 0;
    virtual QString delimiterName() const = 0;
    // Hex SHA-256 of the file's bytes, computed while reading; valid once next() has returned
    // false without error(). Empty when the source does not compute it (the caller hashes).
    virtual QString sha256Hex() const { return {}; }

    bool isBlankRecord() const
    {
        for (int i = 0; i < fieldCount(); ++i) {
            if (!utf8(i).trimmed().isEmpty())
                return false;
        }
        return true;
    }
};

} // namespace Lengkap
