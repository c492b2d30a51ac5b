#include "tablesource.h"

#include "readers.h"
#include "tablereader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct LayoutTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::TableSource)
};

// The NIK column is looked at in this many data rows: a damaged column shows at once.
constexpr int NikRowsChecked = 1000;

bool isBlank(const std::vector<QByteArray> &cells)
{
    for (const QByteArray &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

QStringList texts(const std::vector<QByteArray> &cells)
{
    QStringList out;
    for (const QByteArray &cell : cells)
        out.append(QString::fromUtf8(cell).trimmed());
    return out;
}

// An upper header row with a gap: an empty cell after a named one (a merged cell's span).
bool hasGap(const QStringList &row)
{
    bool named = false;
    for (const QString &cell : row) {
        if (!cell.isEmpty())
            named = true;
        else if (named)
            return true;
    }
    return false;
}

// Two header rows as one: "Parent Child" where the upper row names the column or a merged
// cell to its left spans it, else the one row that names it.
QStringList combine(const QStringList &upper, const QStringList &lower)
{
    QStringList out;
    QString spanning; // the upper row's last name, spanning the empty cells after it
    const qsizetype width = std::max(upper.size(), lower.size());
    for (qsizetype j = 0; j < width; ++j) {
        const QString up = j < upper.size() ? upper.at(j) : QString();
        const QString low = j < lower.size() ? lower.at(j) : QString();
        if (!up.isEmpty())
            spanning = up;
        const QString parent = up.isEmpty() && !low.isEmpty() ? spanning : up;
        if (parent.isEmpty())
            out.append(low);
        else if (low.isEmpty())
            out.append(parent);
        else
            out.append(parent + u' ' + low);
    }
    return out;
}

bool recognised(const QStringList &header)
{
    return detectTableFormat(header) != ImportFormat::Auto;
}

// 3.20123456789012E+15, as Excel writes a long number to CSV or in a cell.
bool isENotation(QByteArrayView cell)
{
    cell = cell.trimmed();
    const qsizetype e = std::max(cell.indexOf('E'), cell.indexOf('e'));
    if (e <= 0 || e + 1 >= cell.size())
        return false;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const char c = cell[i];
        if (i == e || ((c == '+' || c == '-') && i == e + 1) || (c == '.' && i < e)
            || (c == ',' && i < e) || (c >= '0' && c <= '9'))
            continue;
        return false;
    }
    return true;
}

} // namespace

TableSource::TableSource(std::unique_ptr<RecordSource> inner)
    : m_inner(std::move(inner))
{
}

TableSource::Record TableSource::copy(const RecordSource &source)
{
    Record record;
    record.line = source.line();
    for (int i = 0; i < source.fieldCount(); ++i) {
        record.cells.push_back(source.utf8(i).toByteArray());
        record.numbers.push_back(source.isNumber(i));
    }
    return record;
}

bool TableSource::findHeader()
{
    std::vector<Record> read; // every record up to the header and one beyond
    std::vector<qsizetype> candidates; // indexes of the non-blank ones
    auto directlyBelow = [&](qsizetype upper, qsizetype lower) {
        return read[size_t(lower)].line == read[size_t(upper)].line + 1;
    };
    // Decides on candidate k (with the candidate after it, when there is one): the row where
    // the header ends, its names and its number of rows; nothing when k is no header.
    auto decide = [&](size_t k) -> bool {
        const qsizetype at = candidates[k];
        const QStringList row = texts(read[size_t(at)].cells);
        if (k + 1 < candidates.size() && directlyBelow(at, candidates[k + 1]) && hasGap(row)) {
            const QStringList lower = texts(read[size_t(candidates[k + 1])].cells);
            const QStringList both = combine(row, lower);
            bool fillsGap = false;
            bool named = false;
            for (qsizetype j = 0; j < lower.size(); ++j) {
                if (j < row.size() && !row.at(j).isEmpty())
                    named = true;
                if (named && (j >= row.size() || row.at(j).isEmpty()) && !lower.at(j).isEmpty())
                    fillsGap = true;
            }
            if (fillsGap && recognised(both)) {
                m_header = both;
                m_headerRows = 2;
                m_headerLine = read[size_t(candidates[k + 1])].line;
                m_replay.assign(read.begin() + candidates[k + 1], read.end());
                return true;
            }
        }
        if (recognised(row)) {
            m_header = row;
            m_headerLine = read[size_t(at)].line;
            m_replay.assign(read.begin() + at, read.end());
            return true;
        }
        if (k > 0 && directlyBelow(candidates[k - 1], at)) {
            const QStringList both = combine(texts(read[size_t(candidates[k - 1])].cells), row);
            if (recognised(both)) {
                m_header = both;
                m_headerRows = 2;
                m_headerLine = read[size_t(at)].line;
                m_replay.assign(read.begin() + at, read.end());
                return true;
            }
        }
        return false;
    };
    bool found = false;
    while (!found && int(candidates.size()) <= HeaderSearchRows && m_inner->next()) {
        read.push_back(copy(*m_inner));
        if (isBlank(read.back().cells))
            continue;
        candidates.push_back(qsizetype(read.size()) - 1);
        if (candidates.size() >= 2)
            found = decide(candidates.size() - 2);
    }
    if (!found && !candidates.empty() && !m_inner->error())
        found = decide(candidates.size() - 1);
    if (m_inner->error())
        return false;
    if (candidates.empty())
        return false;
    m_recognised = found;
    if (!found) {
        // The first non-blank record, as before: the reader says what the header lacks.
        const qsizetype first = candidates.front();
        m_header = texts(read[size_t(first)].cells);
        m_headerLine = read[size_t(first)].line;
        m_replay.assign(read.begin() + first, read.end());
    }
    // The header record as the readers see it: the combined names of a two-row header.
    Record &head = m_replay.front();
    head.cells.clear();
    head.numbers.clear();
    for (const QString &name : std::as_const(m_header)) {
        head.cells.push_back(name.toUtf8());
        head.numbers.push_back(false);
    }
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        const QString key = normalizeHeaderName(m_header.at(i));
        if (key == u"nik" || key.startsWith(u"nik_"_s) || key.endsWith(u"_nik"_s)) {
            m_nikColumn = int(i);
            break;
        }
    }
    m_replaying = true;
    m_replayAt = -1;
    return true;
}

bool TableSource::isFooterRecord(const RecordSource &source)
{
    for (int i = 0; i < source.fieldCount(); ++i) {
        const QByteArrayView cell = source.utf8(i).trimmed();
        if (cell.isEmpty())
            continue;
        // Most rows start with a code, a number or a name: one byte decides.
        const char c = char(cell.front() | 0x20);
        if (c != 'j' && c != 't' && c != 's' && c != 'g')
            return false;
        const QString text = QString::fromUtf8(cell).toLower();
        for (const QString &word : {u"jumlah"_s, u"total"_s, u"grand total"_s, u"sub total"_s,
                                    u"subtotal"_s}) {
            if (text == word || text.startsWith(word + u' ') || text.startsWith(word + u':'))
                return true;
        }
        return text.startsWith(u"sumber:"_s) || text.startsWith(u"sumber :"_s)
               || text.startsWith(u"sumber data"_s);
    }
    return false;
}

bool TableSource::next()
{
    while (true) {
        if (m_replaying && m_replayAt + 1 < qsizetype(m_replay.size())) {
            ++m_replayAt;
        } else {
            if (m_replaying) {
                m_replaying = false;
                m_replayAt = -1;
                m_replay.clear();
            }
            if (!m_inner->next())
                return false;
        }
        // The header (replayed first) is never a footer.
        const bool header = m_replaying && m_replayAt == 0;
        if (!header && isFooterRecord(*this)) {
            if (m_footerRows++ == 0)
                m_firstFooterLine = line();
            continue;
        }
        if (!header && m_nikColumn >= 0 && m_nikChecked < NikRowsChecked)
            checkNik();
        return true;
    }
}

void TableSource::checkNik()
{
    if (m_nikColumn >= fieldCount() || utf8(m_nikColumn).trimmed().isEmpty())
        return;
    ++m_nikChecked;
    if (isNumber(m_nikColumn) || isENotation(utf8(m_nikColumn)))
        m_nikDamaged = true;
}

int TableSource::line() const
{
    return m_replayAt >= 0 ? m_replay[size_t(m_replayAt)].line : m_inner->line();
}

int TableSource::fieldCount() const
{
    return m_replayAt >= 0 ? int(m_replay[size_t(m_replayAt)].cells.size()) : m_inner->fieldCount();
}

QString TableSource::text(int i) const
{
    if (m_replayAt < 0)
        return m_inner->text(i);
    return QString::fromUtf8(utf8(i)).trimmed();
}

QByteArrayView TableSource::utf8(int i) const
{
    if (m_replayAt < 0)
        return m_inner->utf8(i);
    const Record &record = m_replay[size_t(m_replayAt)];
    return i >= 0 && i < qsizetype(record.cells.size()) ? QByteArrayView(record.cells[size_t(i)])
                                                        : QByteArrayView();
}

bool TableSource::isNumber(int i) const
{
    if (m_replayAt < 0)
        return m_inner->isNumber(i);
    const Record &record = m_replay[size_t(m_replayAt)];
    return i >= 0 && i < qsizetype(record.numbers.size()) && record.numbers[size_t(i)];
}

QStringList tableLayoutNotes(const ImportReport &report)
{
    QStringList lines;
    if (!report.sheet.isEmpty())
        lines << LayoutTr::tr("Sheet read: %1").arg(report.sheet);
    if (report.headerRows > 1)
        lines << LayoutTr::tr("Header on rows %1 and %2 (two rows with merged cells); the rows "
                              "above it were skipped")
                     .arg(report.headerLine - 1)
                     .arg(report.headerLine);
    else if (report.headerLine > 1)
        lines << LayoutTr::tr("Header on row %1; the rows above it were skipped")
                     .arg(report.headerLine);
    if (report.footerRowsSkipped > 0)
        lines << LayoutTr::tr("%n totals or footer row(s) (JUMLAH, TOTAL, Sumber: ...) left out, "
                              "the first on row %1",
                              nullptr, report.footerRowsSkipped)
                     .arg(report.firstFooterLine);
    if (report.nikDamaged)
        lines << LayoutTr::tr("The NIK column holds numbers: Excel keeps only 15 digits of a "
                              "number, so the NIKs in this file were damaged. NIKs are never "
                              "stored, but format the column as text in Excel to keep them.");
    return lines;
}

} // namespace Lengkap
