#include "tablereader.h"

#include "inputlimits.h"

#include "wilayah.h"

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

// Cancel and progress are looked at every this many records.
constexpr qint64 CheckEvery = 4096;
constexpr int MaxCount = 999;

} // namespace

QString normalizeHeaderName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    bool separator = false;
    for (QChar c : name) {
        if (c.isLetterOrNumber()) {
            if (separator && !out.isEmpty())
                out += u'_';
            separator = false;
            out += c.toLower();
        } else {
            separator = true;
        }
    }
    return out;
}

TableReader::TableReader(RecordSource &source, const ReadOptions &options, ImportReport &report)
    : m_source(source)
    , m_options(options)
    , m_report(report)
{
    m_report.encoding = source.encodingName();
    m_report.delimiter = source.delimiterName();
}

Error TableReader::errorAt(int line, const QString &message) const
{
    return inputError(u"%1:%2: %3"_s.arg(m_source.displayName()).arg(line).arg(message));
}

Result<QStringList> TableReader::readHeader()
{
    while (m_source.next()) {
        if (m_source.isBlankRecord())
            continue;
        m_headerLine = m_source.line();
        QStringList header;
        for (int i = 0; i < m_source.fieldCount(); ++i) {
            m_rawHeader.append(m_source.text(i));
            header.append(normalizeHeaderName(m_rawHeader.constLast()));
        }
        return header;
    }
    if (const std::optional<Error> error = m_source.error())
        return *error;
    return errorAt(std::max(1, m_source.line()), tr("the file has no header row"));
}

bool TableReader::nextRecord()
{
    while (m_source.next()) {
        ++m_report.recordsRead;
        if (++m_records % CheckEvery == 0) {
            if (m_options.cancel && m_options.cancel->load()) {
                m_error = Error {Error::Kind::Cancelled, tr("import cancelled")};
                return false;
            }
            if (m_options.progress)
                m_options.progress(m_source.position(), m_source.size());
        }
        if (m_source.isBlankRecord()) {
            ++m_report.skippedEmptyRows;
            continue;
        }
        return true;
    }
    m_error = m_source.error();
    if (!m_error && m_options.progress)
        m_options.progress(m_source.size(), m_source.size());
    return false;
}

std::optional<Error> TableReader::checkWidth(int headerSize) const
{
    const int cells = m_source.fieldCount();
    if (cells < headerSize) {
        return errorHere(
            tr("the row has %1 cells but the header has %2").arg(cells).arg(headerSize));
    }
    for (int i = headerSize; i < cells; ++i) {
        if (!m_source.utf8(i).trimmed().isEmpty()) {
            return errorHere(tr("the row has %1 cells but the header has %2 (cell %3 is '%4')")
                                 .arg(cells)
                                 .arg(headerSize)
                                 .arg(i + 1)
                                 .arg(m_source.text(i)));
        }
    }
    return std::nullopt;
}

Result<int> TableReader::parseCount(QByteArrayView cell, const QString &columnName,
                                    bool *empty) const
{
    cell = cell.trimmed();
    *empty = cell.isEmpty();
    if (cell.isEmpty())
        return 0;
    // Whole numbers; "3.0" and "3.00" as spreadsheets write numbers are whole too.
    qsizetype digits = 0;
    const bool negative = cell.startsWith('-');
    qsizetype i = negative || cell.startsWith('+') ? 1 : 0;
    qint64 value = 0;
    for (; i < cell.size() && cell[i] >= '0' && cell[i] <= '9'; ++i, ++digits) {
        if (value <= 1'000'000)
            value = value * 10 + (cell[i] - '0');
    }
    bool whole = digits > 0;
    if (whole && i < cell.size() && cell[i] == '.') {
        ++i;
        while (i < cell.size() && cell[i] == '0')
            ++i;
    }
    whole = whole && i == cell.size();
    const QString shown = QString::fromUtf8(cell);
    if (!whole)
        return errorHere(tr("column %1: '%2' is not a whole number").arg(columnName, shown));
    if (negative && value != 0)
        return errorHere(tr("column %1: '%2' is negative").arg(columnName, shown));
    if (value > MaxCount) {
        return errorHere(tr("column %1: '%2' is more than %3 workers: not a plausible count")
                             .arg(columnName, shown)
                             .arg(MaxCount));
    }
    return int(value);
}

Result<int> TableReader::count(int column, const QString &columnName)
{
    bool empty = false;
    Result<int> value = parseCount(m_source.utf8(column), columnName, &empty);
    if (value && empty)
        ++m_report.emptyCountCells;
    return value;
}

Result<std::optional<int>> TableReader::optionalCount(int column, const QString &columnName) const
{
    bool empty = false;
    Result<int> value = parseCount(m_source.utf8(column), columnName, &empty);
    if (!value)
        return value.error();
    return empty ? std::nullopt : std::optional<int>(*value);
}

Result<std::optional<bool>> TableReader::flag(int column, const QString &columnName) const
{
    const QString value = m_source.text(column).toLower();
    if (value.isEmpty())
        return std::optional<bool>();
    static const QStringList yes = {u"1"_s, u"ya"_s, u"y"_s, u"yes"_s, u"true"_s};
    static const QStringList no = {u"0"_s, u"tidak"_s, u"t"_s, u"no"_s, u"false"_s};
    if (yes.contains(value))
        return std::optional<bool>(true);
    if (no.contains(value))
        return std::optional<bool>(false);
    return errorHere(tr("column %1: '%2' is neither 1 (ya) nor 0 (tidak)")
                         .arg(columnName, m_source.text(column)));
}

Result<QString> TableReader::districtCode(const QString &province, const QString &district)
{
    const QString key = province + QChar(0x1f) + district;
    auto it = m_districts.constFind(key);
    if (it == m_districts.cend()) {
        Match match;
        const Wilayah &wilayah = Wilayah::instance();
        QString provinceCode = m_options.provinceCode;
        const QString provinceTooLong = nameTooLong(province, u"provinsi"_s);
        const QString districtTooLong = nameTooLong(district, u"kabupaten_kota"_s);
        if (!provinceTooLong.isEmpty() || !districtTooLong.isEmpty()) {
            match.error = provinceTooLong.isEmpty() ? districtTooLong : provinceTooLong;
        } else if (district.isEmpty()) {
            match.error = tr("empty kabupaten_kota");
        } else if (!province.isEmpty()) {
            const Result<QString> p = wilayah.matchProvince(province);
            if (!p) {
                match.error = p.error().message;
            } else if (!provinceCode.isEmpty() && *p != provinceCode) {
                const Province *chosen = wilayah.province(provinceCode);
                match.error = tr("province '%1' is not the chosen province %2")
                                  .arg(province, chosen ? chosen->name : provinceCode);
            } else {
                provinceCode = *p;
            }
        }
        if (match.error.isEmpty()) {
            const Result<QString> d = wilayah.matchDistrict(district, provinceCode);
            if (d)
                match.code = *d;
            else
                match.error = d.error().message;
        }
        it = m_districts.insert(key, match);
    }
    if (!it->error.isEmpty())
        return errorHere(it->error);
    return it->code;
}

} // namespace Lengkap
