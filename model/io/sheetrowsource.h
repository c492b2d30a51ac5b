#pragma once

// What the XLSX and ODS readers (xlsxreader.cpp, odsreader.cpp) share as RecordSources: the
// current row held as views into one UTF-8 buffer (and, for XLSX shared strings, into the
// shared-string block, not copied), the first error, the file's name and its SHA-256 computed
// on a thread while the sheet is read. Each reader fills m_row / m_cells row by row in its own
// way. Included only by those .cpp files (zippart.h brings QuaZip in).
#include "recordsource.h"
#include "zippart.h"

#include <QFileInfo>

#include <string>
#include <vector>

namespace Lengkap {

class SheetRowSource : public RecordSource
{
public:
    int fieldCount() const override { return int(m_cells.size()); }
    QString text(int i) const override { return QString::fromUtf8(cellBytes(i)).trimmed(); }
    QByteArrayView utf8(int i) const override { return cellBytes(i); }
    bool isNumber(int i) const override
    {
        return i >= 0 && i < qsizetype(m_cells.size()) && m_cells[size_t(i)].number;
    }
    std::optional<Error> error() const override { return m_error; }
    QString displayName() const override { return m_displayName; }
    QString delimiterName() const override { return {}; }
    QString sha256Hex() const override { return m_hash.result(); }

protected:
    // A cell's text: bytes [begin, begin + size) of m_row, or of *m_shared when shared.
    struct Cell
    {
        qsizetype begin = 0;
        qsizetype size = 0;
        bool shared = false;
        bool number = false; // stored as a number (the NIK check)
    };

    explicit SheetRowSource(const QString &path)
        : m_path(path)
        , m_displayName(QFileInfo(path).fileName())
    {
    }

    // Keeps the first error; false, so that "return fail(...)" ends a read.
    bool fail(const QString &message)
    {
        m_error = inputError(message);
        return false;
    }

    // Not virtual: text() and utf8() both come here directly.
    QByteArrayView cellBytes(int i) const
    {
        if (i < 0 || i >= qsizetype(m_cells.size()))
            return {};
        const Cell &cell = m_cells[size_t(i)];
        const char *base = cell.shared ? m_shared->data() : m_row.data();
        return QByteArrayView(base + cell.begin, cell.size);
    }

    QString m_path;
    QString m_displayName;
    std::string m_row; // the current row's cell texts that are not shared strings, UTF-8
    std::vector<Cell> m_cells;
    const std::string *m_shared = nullptr; // the shared strings (XLSX), when a cell is shared
    std::optional<Error> m_error;
    FileHash m_hash; // destroyed last: its thread reads the file on its own
};

// An attribute's value, entities decoded (names, sheet names, style names).
inline QString decodedAttribute(XmlScanner &xml, QByteArrayView name)
{
    std::string value;
    xml.appendAttribute(name, &value);
    return QString::fromUtf8(QByteArrayView(value.data(), qsizetype(value.size())));
}

} // namespace Lengkap
