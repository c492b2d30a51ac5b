#include "printlayout.h"

#include "lengkapversion.h"
#include "outputfile.h"

#include "nakestypes.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

constexpr double MaxFontPt = 8.0;
constexpr double MinFontPt = 4.0;
constexpr double NoWrapFontPt = 6.0;
constexpr double HalfWrapFontPt = 5.0;
constexpr double StackBelowPt = 640.0; // narrower content: summary blocks two by two
constexpr double TitlePt = 12.0;
constexpr double MetaPt = 8.0;
constexpr double FooterPt = 7.0;
constexpr double SummaryHeightPt = 104.0;

// The longest word: the narrowest a wrapped column can get.
double longestWord(const QFontMetricsF &fm, const QString &text)
{
    double longest = 0;
    for (const QStringView word : QStringView(text).split(u' ', Qt::SkipEmptyParts))
        longest = std::max(longest, fm.horizontalAdvance(word.toString()));
    return longest;
}

// Greyscale-safe swatch: colour plus a pattern per band (crosses, diagonals, dots, solid).
void fillBandSwatch(QPainter &painter, const QRectF &rect, Band band)
{
    painter.fillRect(rect, PrintColors::band(band));
    Qt::BrushStyle style = Qt::NoBrush;
    switch (band) {
    case Band::Red:
        style = Qt::DiagCrossPattern;
        break;
    case Band::Orange:
        style = Qt::BDiagPattern;
        break;
    case Band::LightGreen:
        style = Qt::Dense6Pattern;
        break;
    case Band::DarkGreen:
        break;
    }
    if (style != Qt::NoBrush) {
        QBrush brush(Qt::white, style);
        // Patterns are in device pixels; scale them so they are visible on a 1200 dpi page.
        const double scale = std::max(1.0, rect.height() / 8.0);
        brush.setTransform(QTransform::fromScale(scale, scale));
        painter.fillRect(rect, brush);
    }
    painter.save();
    painter.setPen(QPen(Qt::black, 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    painter.restore();
}

// Kosong cells: light red with dark diagonal hatching, so they stand out in greyscale too.
void fillEmpty(QPainter &painter, const QRectF &rect, double patternScale)
{
    painter.fillRect(rect, PrintColors::empty());
    QBrush hatch(PrintColors::emptyHatch(), Qt::BDiagPattern);
    hatch.setTransform(QTransform::fromScale(patternScale, patternScale));
    painter.fillRect(rect, hatch);
}

} // namespace

// --- PageSetup -------------------------------------------------------------------------------

QPageSize PageSetup::pageSize(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4:
        return QPageSize(QPageSize::A4);
    case PaperSize::Letter:
        return QPageSize(QPageSize::Letter);
    case PaperSize::F4:
        // F4 / Folio as sold in Indonesia: 215 x 330 mm.
        return QPageSize(QSizeF(215, 330), QPageSize::Millimeter, u"F4"_s, QPageSize::ExactMatch);
    }
    return QPageSize(QPageSize::A4);
}

QPageSize PageSetup::pageSize() const
{
    return pageSize(paper);
}

QPageLayout PageSetup::pageLayout() const
{
    return QPageLayout(pageSize(), orientation, margins, QPageLayout::Millimeter);
}

QString PageSetup::paperLabel(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4:
        return TablePrinter::tr("A4");
    case PaperSize::Letter:
        return TablePrinter::tr("Letter");
    case PaperSize::F4:
        return TablePrinter::tr("F4 / Folio (215 × 330 mm)");
    }
    return {};
}

bool PageSetup::parsePaper(const QString &key, PaperSize *paper)
{
    const QString k = key.toLower();
    if (k == u"a4"_s)
        *paper = PaperSize::A4;
    else if (k == u"letter"_s)
        *paper = PaperSize::Letter;
    else if (k == u"f4"_s || k == u"folio"_s)
        *paper = PaperSize::F4;
    else
        return false;
    return true;
}

// --- Layout ----------------------------------------------------------------------------------

struct TablePrinter::Layout
{
    double fontPt = MaxFontPt;
    QFont body;
    QFont bold;
    double pad = 0; // horizontal cell padding
    double vpad = 0; // vertical cell padding
    double line = 0; // body line height
    QList<double> x; // left edge of each column, then the right edge of the last
    QList<bool> rotated; // header drawn vertically (narrow count columns)
    bool grouped = false;
    bool shortGroups = false;
    double groupHeight = 0;
    double headerHeight = 0; // both header rows
    double summaryHeight = 0;
    QList<double> rowHeights;
    QList<int> pageStart; // first row of each page
    QString key; // abbreviation key, printed above the footer

    double width(int column) const { return x.at(column + 1) - x.at(column); }
};

TablePrinter::TablePrinter(QPagedPaintDevice *device)
    : m_device(device)
{
    m_unit = device->logicalDpiY() / 72.0;
    const QRect paint = device->pageLayout().paintRectPixels(device->logicalDpiY());
    m_content = QRectF(0, 0, paint.width(), paint.height());
}

QFont TablePrinter::font(double points, bool bold) const
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: text copied from the PDF (and pdftotext) must read "fi", not U+FB01.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

double TablePrinter::frameHeaderHeight() const
{
    const QFontMetricsF title(font(TitlePt, true), m_device);
    const QFontMetricsF meta(font(MetaPt), m_device);
    return title.height() + meta.height() + pt(8);
}

double TablePrinter::frameFooterHeight(bool withKey) const
{
    const QFontMetricsF footer(font(FooterPt), m_device);
    return footer.height() * (withKey ? 3.2 : 1.0) + pt(6);
}

double TablePrinter::summaryHeight(const TableContext &context) const
{
    if (!context.summary)
        return 0.0;
    return m_content.width() < pt(StackBelowPt) ? 2 * pt(SummaryHeightPt) : pt(SummaryHeightPt);
}

TablePrinter::Layout TablePrinter::layout(const PrintSection &section) const
{
    const TableData &table = *section.table;
    const int columns = int(table.columns.size());
    Layout l;
    l.grouped = table.hasGroups();
    l.summaryHeight = summaryHeight(section.context);

    QList<double> widths(columns);
    QList<bool> wraps(columns, false);
    // First choice: the largest font down to NoWrapFontPt at which every text fits on one line;
    // else the largest font at which the longest words fit, wrapping the rest.
    // Then the largest font down to HalfWrapFontPt at which text columns get half their natural
    // width (names on about two lines); last, any font at which the longest words fit.
    int pass = 0;
    for (double size = MaxFontPt;; size -= 0.5) {
        if ((pass == 0 && size < NoWrapFontPt) || (pass == 1 && size < HalfWrapFontPt)) {
            ++pass;
            size = MaxFontPt;
        }
        l.fontPt = size;
        l.body = font(size);
        l.bold = font(size, true);
        const QFontMetricsF fm(l.body, m_device);
        const QFontMetricsF fb(l.bold, m_device);
        l.pad = pt(size * 0.3);
        l.vpad = pt(size * 0.18);
        l.line = fm.height();

        double fixed = 0;
        double minText = 0;
        double prefText = 0;
        double halfText = 0;
        QList<double> minW(columns, 0), prefW(columns, 0);
        l.rotated = QList<bool>(columns, false);
        for (int c = 0; c < columns; ++c) {
            const TableColumn &column = table.columns.at(c);
            if (column.numeric) {
                double w = 0;
                for (const QList<TableCell> &row : table.rows)
                    w = std::max(w, fm.horizontalAdvance(row.at(c).text));
                const double header = longestWord(fb, column.header);
                // Narrow count columns under a type get a vertical header instead of widening.
                if (column.typeIndex >= 0 && header > std::max(w, fb.horizontalAdvance(u"000"_s))) {
                    l.rotated[c] = true;
                    w = std::max(w, fb.height());
                } else {
                    w = std::max(w, header);
                }
                widths[c] = w + 2 * l.pad;
                fixed += widths[c];
            } else {
                wraps[c] = true;
                double longest = longestWord(fb, column.header);
                double natural = fb.horizontalAdvance(column.header);
                for (const QList<TableCell> &row : table.rows) {
                    const TableCell &cell = row.at(c);
                    const double extra = cell.band ? l.line : 0.0; // band swatch
                    longest = std::max(longest, longestWord(fm, cell.text) + extra);
                    natural = std::max(natural, fm.horizontalAdvance(cell.text) + extra);
                }
                minW[c] = longest + 2 * l.pad;
                prefW[c] = std::min(natural + 2 * l.pad, m_content.width() * 0.4);
                prefW[c] = std::max(prefW[c], minW[c]);
                minText += minW[c];
                prefText += prefW[c];
                halfText += std::max(minW[c], prefW[c] / 2);
            }
        }
        const double available = m_content.width();
        if (pass == 0 && fixed + prefText > available)
            continue;
        if (pass == 1 && fixed + halfText > available)
            continue;
        if (fixed + minText > available && size > MinFontPt)
            continue;
        // Text columns share what the count columns leave: their natural width if it fits,
        // else between their longest word and their natural width; any rest widens them.
        const double room = available - fixed;
        for (int c = 0; c < columns; ++c) {
            if (table.columns.at(c).numeric)
                continue;
            if (prefText <= room) {
                widths[c] = prefText > 0 ? prefW[c] + (room - prefText) * prefW[c] / prefText : 0;
            } else if (prefText > minText) {
                widths[c]
                    = minW[c] + (room - minText) * (prefW[c] - minW[c]) / (prefText - minText);
            } else {
                widths[c] = minW[c];
            }
        }
        if (minText == 0 && fixed < available) {
            // Only numbers: spread the rest evenly.
            for (int c = 0; c < columns; ++c)
                widths[c] += (available - fixed) / columns;
        }
        if (fixed + minText > available) {
            // Even the smallest font does not fit: scale the columns down (never cut them).
            const double total = fixed + minText;
            for (int c = 0; c < columns; ++c)
                widths[c] = (table.columns.at(c).numeric ? widths[c] : minW[c]) * available / total;
        }
        break;
    }

    l.x.resize(columns + 1);
    l.x[0] = 0;
    for (int c = 0; c < columns; ++c)
        l.x[c + 1] = l.x[c] + widths[c];

    const QFontMetricsF fm(l.body, m_device);
    const QFontMetricsF fb(l.bold, m_device);

    // Group row: full type labels (up to two lines) when they fit, else the short ones and a key.
    if (l.grouped) {
        double groupLines = 1;
        for (int c = 0; c < columns;) {
            const QString group = table.columns.at(c).group;
            int end = c + 1;
            while (end < columns && table.columns.at(end).group == group)
                ++end;
            if (!group.isEmpty()) {
                const double w = l.x[end] - l.x[c] - 2 * l.pad;
                const QRectF r = fb.boundingRect(QRectF(0, 0, w, 1e9), Qt::TextWordWrap, group);
                if (longestWord(fb, group) > w || r.height() > 2.1 * fb.height())
                    l.shortGroups = true;
                groupLines = std::max(groupLines, std::round(r.height() / fb.height()));
            }
            c = end;
        }
        if (l.shortGroups) {
            groupLines = 1;
            QStringList parts;
            for (const NakesType &type : NakesTypes::all())
                parts.append(
                    tr("%1 = %2", "abbreviation key").arg(type.shortLabel(), type.label()));
            l.key = parts.join(u"   "_s);
        }
        l.groupHeight = groupLines * fb.height() + 2 * l.vpad;
    }

    // Header row: wrapped words, or vertical text for the rotated count columns.
    double header = fb.height();
    for (int c = 0; c < columns; ++c) {
        const TableColumn &column = table.columns.at(c);
        if (l.rotated.at(c)) {
            header = std::max(header, fb.horizontalAdvance(column.header));
        } else {
            const QRectF r = fb.boundingRect(QRectF(0, 0, l.width(c) - 2 * l.pad, 1e9),
                                             Qt::TextWordWrap, column.header);
            header = std::max(header, r.height());
        }
    }
    l.headerHeight = l.groupHeight + header + 2 * l.vpad;

    // Rows: wrapped text columns set the height; nothing is ever cut.
    l.rowHeights.reserve(table.rows.size());
    for (const QList<TableCell> &row : table.rows) {
        double h = l.line;
        for (int c = 0; c < columns; ++c) {
            if (!wraps.at(c))
                continue;
            const TableCell &cell = row.at(c);
            const double w = l.width(c) - 2 * l.pad - (cell.band ? l.line : 0.0);
            if (fm.horizontalAdvance(cell.text) <= w)
                continue;
            const QRectF r = fm.boundingRect(QRectF(0, 0, w, 1e9), Qt::TextWordWrap, cell.text);
            h = std::max(h, r.height());
        }
        l.rowHeights.append(h + 2 * l.vpad);
    }

    // Pages: a row goes to the next page when it does not fit whole.
    const double frame = frameHeaderHeight() + frameFooterHeight(!l.key.isEmpty());
    double room = m_content.height() - frame - l.headerHeight - l.summaryHeight;
    l.pageStart.append(0);
    double used = 0;
    for (int r = 0; r < l.rowHeights.size(); ++r) {
        const double h = l.rowHeights.at(r);
        if (used > 0 && used + h > room) {
            l.pageStart.append(r);
            room = m_content.height() - frame - l.headerHeight;
            used = 0;
        }
        used += h;
    }
    return l;
}

int TablePrinter::pageCount(const PrintSection &section) const
{
    return int(layout(section).pageStart.size());
}

// --- Painting --------------------------------------------------------------------------------

double TablePrinter::paintPageFrame(QPainter &painter, const TableContext &context,
                                    const QString &title, int page, int totalPages,
                                    const QString &key) const
{
    painter.save();
    const QFont titleFont = font(TitlePt, true);
    const QFont metaFont = font(MetaPt);
    const QFontMetricsF ft(titleFont, m_device);
    const QFontMetricsF fmeta(metaFont, m_device);
    const double w = m_content.width();

    // "DATA CONTOH" stamp at the top right, red frame, so sample figures are never mistaken.
    double stampWidth = 0;
    if (context.sample || !context.scenario.isEmpty()) {
        const QFont stampFont = font(TitlePt, true);
        QStringList stamps;
        if (!context.scenario.isEmpty())
            stamps.append(PrintText::scenarioStamp(context.scenario));
        if (context.sample)
            stamps.append(PrintText::sampleStamp());
        const QString stamp = stamps.join(u" · "_s);
        const QFontMetricsF fs(stampFont, m_device);
        stampWidth = fs.horizontalAdvance(stamp) + pt(10);
        const QRectF box(w - stampWidth, 0, stampWidth, ft.height());
        painter.setFont(stampFont);
        painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), pt(1.2)));
        painter.drawRect(box);
        painter.drawText(box, Qt::AlignCenter, stamp);
    }
    painter.setPen(Qt::black);
    // A long region name on narrow paper: a smaller title rather than a cut one.
    const double titleRoom = w - stampWidth - pt(6);
    QFont fitted = titleFont;
    for (double size = TitlePt; size >= 7.0; size -= 0.5) {
        fitted = font(size, true);
        if (QFontMetricsF(fitted, m_device).horizontalAdvance(title) <= titleRoom)
            break;
    }
    painter.setFont(fitted);
    painter.drawText(QRectF(0, 0, titleRoom, ft.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(fitted, m_device).elidedText(title, Qt::ElideRight, titleRoom));
    painter.setFont(metaFont);
    const QString meta
        = tr("Cut-off: %1    Criteria: %2    Status: %3")
              .arg(PrintText::date(context.cutoff), Labels::criteria(context.criteria),
                   Labels::status(context.status));
    painter.drawText(QRectF(0, ft.height() + pt(1), w, fmeta.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, meta);
    const double top = ft.height() + fmeta.height() + pt(4);
    painter.setPen(QPen(Qt::black, pt(0.6)));
    painter.drawLine(QPointF(0, top), QPointF(w, top));

    // Footer: key (when abbreviated), rule, print date and source, page n of N.
    const QFont footerFont = font(FooterPt);
    const QFontMetricsF ff(footerFont, m_device);
    const double bottom = m_content.height();
    painter.setFont(footerFont);
    painter.setPen(Qt::black);
    if (!key.isEmpty()) {
        const QRectF keyRect(0, bottom - ff.height() * 3.2 - pt(4), w, ff.height() * 2.2);
        painter.drawText(keyRect, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                         tr("Key: %1").arg(key));
    }
    const double footerTop = bottom - ff.height();
    painter.setPen(QPen(Qt::black, pt(0.4)));
    painter.drawLine(QPointF(0, footerTop - pt(2)), QPointF(w, footerTop - pt(2)));
    QString left = tr("Printed %1").arg(PrintText::dateTime(context.printedAt));
    if (!context.source.isEmpty())
        left += u"    "_s + tr("Source: %1").arg(context.source);
    // The version on paper: a printout can be traced to the program that computed it.
    const QString right = u"Lengkap "_s + QStringLiteral(LENGKAP_VERSION) + u"    "_s
        + tr("Page %1 of %2").arg(page).arg(totalPages);
    const double rightWidth = ff.horizontalAdvance(right) + pt(4);
    painter.drawText(QRectF(0, footerTop, w - rightWidth, ff.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     ff.elidedText(left, Qt::ElideRight, w - rightWidth - pt(6)));
    painter.drawText(QRectF(w - rightWidth, footerTop, rightWidth, ff.height()),
                     Qt::AlignRight | Qt::AlignVCenter, right);
    painter.restore();
    return frameHeaderHeight();
}

double TablePrinter::paintSummary(QPainter &painter, const TableContext &context, double top) const
{
    const RegionSummary &s = *context.summary;
    painter.save();
    const double w = m_content.width();
    const double h = pt(SummaryHeightPt) - pt(8);
    const QFont label = font(8);
    const QFont value = font(8, true);
    const QFont heading = font(8.5, true);
    const QFontMetricsF fl(label, m_device);
    const QFontMetricsF fh(heading, m_device);
    const double lineH = fl.height() * 1.25;

    // Headline figures.
    // Four blocks side by side on a landscape page, two above two on a portrait one.
    const bool stacked = w < pt(StackBelowPt);
    const double blockH = pt(SummaryHeightPt);
    const double gap = pt(12);
    QRectF figuresBox, chartBox, missBox, legendBox;
    if (stacked) {
        figuresBox = QRectF(0, top, w / 2 - gap, blockH);
        chartBox = QRectF(w / 2, top, w / 2, blockH);
        missBox = QRectF(0, top + blockH, w / 2 - gap, blockH);
        legendBox = QRectF(w / 2, top + blockH, w / 2, blockH);
    } else {
        figuresBox = QRectF(0, top, w * 0.29 - gap, blockH);
        chartBox = QRectF(w * 0.29, top, w * 0.20, blockH);
        missBox = QRectF(w * 0.49 + gap, top, w * 0.21, blockH);
        legendBox = QRectF(w * 0.70 + 2 * gap, top, w * 0.30 - 2 * gap, blockH);
    }
    const double figuresW = figuresBox.width();
    struct Figure
    {
        QString label;
        QString value;
    };
    const QList<Figure> figures {
        {tr("Puskesmas"), QLocale().toString(s.puskesmas)},
        {tr("Complete"),
         tr("%1 (%2)").arg(QLocale().toString(s.complete), PrintText::percent(s.completePct()))},
        {tr("Incomplete"), tr("%1 (%2)").arg(QLocale().toString(s.incomplete()),
                                             PrintText::percent(s.incompletePct()))},
        {tr("Workers needed to fill the gaps"), QLocale().toString(s.shortage)},
        {tr("Band"), Labels::band(s.band)},
    };
    painter.setPen(Qt::black);
    painter.setFont(heading);
    painter.drawText(QRectF(0, figuresBox.top(), figuresW, fh.height()), Qt::AlignLeft,
                     tr("Headline figures"));
    double y = figuresBox.top() + fh.height() + pt(3);
    // Labels as wide as the longest (translations differ a lot), the values after them.
    const QFontMetricsF fv(value, m_device);
    double longestLabel = 0;
    double longestValue = 0;
    for (const Figure &f : figures) {
        longestLabel = std::max(longestLabel, fl.horizontalAdvance(f.label));
        longestValue
            = std::max(longestValue, fv.horizontalAdvance(f.value) + fl.height() * 1.4 + pt(3));
    }
    const double labelW = std::min(longestLabel + pt(8), figuresW - longestValue);
    for (const Figure &f : figures) {
        // A long label ("Kekurangan nakes untuk mengisi kekosongan") takes two lines.
        const double textW = labelW - pt(4);
        const double rowH = fl.horizontalAdvance(f.label) > textW ? lineH + fl.height() : lineH;
        painter.setFont(label);
        painter.drawText(QRectF(0, y, textW, rowH),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, f.label);
        painter.setFont(value);
        double x = labelW;
        if (&f == &figures.last()) {
            const double sw = fl.height() * 0.9;
            fillBandSwatch(painter, QRectF(x, y + (rowH - sw) / 2, sw * 1.4, sw), s.band);
            x += sw * 1.4 + pt(3);
        }
        painter.drawText(QRectF(x, y, figuresW - x, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                         f.value);
        y += rowH;
    }

    // Complete / incomplete: a 100% bar, complete solid, incomplete hatched.
    const double chartX = chartBox.left();
    const double chartW = chartBox.width();
    painter.setFont(heading);
    painter.drawText(QRectF(chartX, chartBox.top(), chartW, fh.height()), Qt::AlignLeft,
                     tr("Complete / incomplete"));
    const double barTop = chartBox.top() + fh.height() + pt(4);
    const double barH = pt(16);
    const double completeW = s.puskesmas ? chartW * s.complete / s.puskesmas : 0.0;
    const double patternScale = std::max(1.0, pt(4) / 4.0);
    painter.fillRect(QRectF(chartX, barTop, completeW, barH), PrintColors::band(Band::DarkGreen));
    fillEmpty(painter, QRectF(chartX + completeW, barTop, chartW - completeW, barH), patternScale);
    painter.setPen(QPen(Qt::black, 0));
    painter.drawRect(QRectF(chartX, barTop, chartW, barH));
    // Legend of the bar, with counts.
    double ly = barTop + barH + pt(4);
    const double sw = fl.height() * 0.9;
    painter.setFont(label);
    painter.fillRect(QRectF(chartX, ly + (lineH - sw) / 2, sw * 1.4, sw),
                     PrintColors::band(Band::DarkGreen));
    painter.drawRect(QRectF(chartX, ly + (lineH - sw) / 2, sw * 1.4, sw));
    painter.drawText(QRectF(chartX + sw * 1.4 + pt(3), ly, chartW, lineH),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Complete: %1 (%2)")
                         .arg(QLocale().toString(s.complete), PrintText::percent(s.completePct())));
    ly += lineH;
    fillEmpty(painter, QRectF(chartX, ly + (lineH - sw) / 2, sw * 1.4, sw), patternScale);
    painter.drawRect(QRectF(chartX, ly + (lineH - sw) / 2, sw * 1.4, sw));
    painter.drawText(
        QRectF(chartX + sw * 1.4 + pt(3), ly, chartW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Incomplete: %1 (%2)")
            .arg(QLocale().toString(s.incomplete()), PrintText::percent(s.incompletePct())));

    // Puskesmas without each type: one short bar per type.
    const double missX = missBox.left();
    const double missW = missBox.width();
    painter.setFont(heading);
    painter.drawText(QRectF(missX, missBox.top(), missW, fh.height()), Qt::AlignLeft,
                     tr("Puskesmas without the type"));
    const QFont small = font(6.5);
    const QFontMetricsF fs(small, m_device);
    painter.setFont(small);
    double my = missBox.top() + fh.height() + pt(3);
    const int types = std::min(int(s.missingByType.size()), NakesTypes::count());
    const double rowH
        = std::min(fs.height() * 1.15, (h - fh.height() - pt(3)) / std::max(types, 1));
    double labelWidth = 0;
    for (int t = 0; t < types; ++t)
        labelWidth = std::max(labelWidth, fs.horizontalAdvance(NakesTypes::at(t).label()));
    labelWidth += pt(3);
    int maxMissing = 1;
    for (int t = 0; t < types; ++t)
        maxMissing = std::max(maxMissing, s.missingByType.at(t));
    const double numberW = fs.horizontalAdvance(u"00000"_s);
    const double barMax = missW - labelWidth - numberW;
    for (int t = 0; t < types; ++t) {
        const int missing = s.missingByType.at(t);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(missX, my, labelWidth, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                         NakesTypes::at(t).label());
        const double bw = barMax * missing / maxMissing;
        if (missing > 0)
            fillEmpty(painter, QRectF(missX + labelWidth, my + rowH * 0.15, bw, rowH * 0.7),
                      patternScale);
        painter.drawText(QRectF(missX + labelWidth + bw + pt(2), my, numberW, rowH),
                         Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(missing));
        my += rowH;
    }

    // Legend: cell states and bands, each with its pattern.
    const double legendX = legendBox.left();
    const double legendW = legendBox.width();
    painter.setFont(heading);
    painter.drawText(QRectF(legendX, legendBox.top(), legendW, fh.height()), Qt::AlignLeft,
                     tr("Legend"));
    painter.setFont(label);
    double gy = legendBox.top() + fh.height() + pt(3);
    const auto legendRow = [&](auto paintSwatch, const QString &text) {
        const QRectF swatch(legendX, gy + (lineH - sw) / 2, sw * 1.4, sw);
        paintSwatch(swatch);
        painter.setPen(Qt::black);
        const double textW = legendW - sw * 1.4 - pt(4);
        painter.drawText(QRectF(legendX + sw * 1.4 + pt(4), gy, textW, lineH),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fl.elidedText(text, Qt::ElideRight, textW));
        gy += lineH;
    };
    legendRow(
        [&](const QRectF &r) {
            painter.fillRect(r, PrintColors::filled());
            painter.setPen(QPen(Qt::black, 0));
            painter.drawRect(r);
        },
        tr("%1: at least one worker").arg(Labels::filled()));
    legendRow(
        [&](const QRectF &r) {
            fillEmpty(painter, r, patternScale);
            painter.setPen(QPen(Qt::black, 0));
            painter.drawRect(r);
        },
        tr("%1: no worker of the type").arg(Labels::empty()));
    for (Band band : {Band::DarkGreen, Band::LightGreen, Band::Orange, Band::Red}) {
        legendRow(
            [&](const QRectF &r) { fillBandSwatch(painter, r, band); },
            tr("%1: %2 complete").arg(Labels::band(band), Labels::bandRange(band, context.bands)));
    }
    painter.restore();
    return summaryHeight(context);
}

void TablePrinter::paint(QPainter &painter, const PrintSection &section, int firstPage,
                         int totalPages) const
{
    const TableData &table = *section.table;
    const Layout l = layout(section);
    const int columns = int(table.columns.size());
    const QString title = PrintText::title(PrintText::regionTitle(section.context));
    const double patternScale = std::max(1.0, pt(l.fontPt * 0.45) / 4.0);
    const QPen gridPen(PrintColors::grid(), pt(0.35));
    const QFontMetricsF fb(l.bold, m_device);

    for (int page = 0; page < l.pageStart.size(); ++page) {
        if (page > 0)
            m_device->newPage();
        double y
            = paintPageFrame(painter, section.context, title, firstPage + page, totalPages, l.key);
        if (page == 0 && section.context.summary)
            y += paintSummary(painter, section.context, y);

        // Header, repeated on every page.
        painter.save();
        painter.fillRect(QRectF(0, y, l.x.last(), l.headerHeight), PrintColors::headerBackground());
        painter.setPen(Qt::black);
        painter.setFont(l.bold);
        if (l.grouped) {
            for (int c = 0; c < columns;) {
                const TableColumn &column = table.columns.at(c);
                int end = c + 1;
                while (end < columns && table.columns.at(end).group == column.group)
                    ++end;
                if (!column.group.isEmpty()) {
                    const QRectF r(l.x[c], y, l.x[end] - l.x[c], l.groupHeight);
                    const QString text = l.shortGroups && !column.groupShort.isEmpty()
                                             ? column.groupShort
                                             : column.group;
                    painter.setPen(Qt::black);
                    painter.drawText(r.adjusted(l.pad, l.vpad, -l.pad, -l.vpad),
                                     Qt::AlignCenter | Qt::TextWordWrap, text);
                    painter.setPen(gridPen);
                    painter.drawLine(r.bottomLeft(), r.bottomRight());
                }
                c = end;
            }
        }
        for (int c = 0; c < columns; ++c) {
            const TableColumn &column = table.columns.at(c);
            const double top = column.group.isEmpty() ? y : y + l.groupHeight;
            const QRectF r(l.x[c], top, l.width(c), y + l.headerHeight - top);
            painter.setPen(Qt::black);
            if (l.rotated.at(c)) {
                painter.save();
                painter.translate(r.center());
                painter.rotate(-90);
                const QRectF rr(-r.height() / 2, -r.width() / 2, r.height(), r.width());
                painter.drawText(rr.adjusted(l.vpad, 0, -l.vpad, 0), Qt::AlignCenter,
                                 column.header);
                painter.restore();
            } else {
                painter.drawText(r.adjusted(l.pad, l.vpad, -l.pad, -l.vpad),
                                 Qt::AlignCenter | Qt::TextWordWrap, column.header);
            }
        }
        // Header grid: verticals between groups reach the top, within a group only the lower row.
        painter.setPen(gridPen);
        for (int c = 0; c <= columns; ++c) {
            const bool inGroup = c > 0 && c < columns && !table.columns.at(c).group.isEmpty()
                                 && table.columns.at(c).group == table.columns.at(c - 1).group;
            const double top = inGroup ? y + l.groupHeight : y;
            painter.drawLine(QPointF(l.x[c], top), QPointF(l.x[c], y + l.headerHeight));
        }
        painter.setPen(QPen(Qt::black, pt(0.6)));
        painter.drawLine(QPointF(0, y), QPointF(l.x.last(), y));
        painter.drawLine(QPointF(0, y + l.headerHeight), QPointF(l.x.last(), y + l.headerHeight));
        painter.restore();
        y += l.headerHeight;

        // Rows of this page.
        const int first = l.pageStart.at(page);
        const int last
            = page + 1 < l.pageStart.size() ? l.pageStart.at(page + 1) : int(table.rows.size());
        painter.save();
        painter.setFont(l.body);
        for (int r = first; r < last; ++r) {
            const QList<TableCell> &row = table.rows.at(r);
            const double h = l.rowHeights.at(r);
            if (r % 2 == 1)
                painter.fillRect(QRectF(0, y, l.x.last(), h), PrintColors::zebra());
            for (int c = 0; c < columns; ++c) {
                const TableCell &cell = row.at(c);
                const TableColumn &column = table.columns.at(c);
                QRectF cellRect(l.x[c], y, l.width(c), h);
                if (cell.fill) {
                    if (*cell.fill == FillState::Filled)
                        painter.fillRect(cellRect, PrintColors::filled());
                    else
                        fillEmpty(painter, cellRect, patternScale);
                }
                QRectF text = cellRect.adjusted(l.pad, l.vpad, -l.pad, -l.vpad);
                if (cell.band) {
                    const double sw = l.line * 0.75;
                    fillBandSwatch(painter, QRectF(text.left(), y + (h - sw) / 2, sw, sw),
                                   *cell.band);
                    text.setLeft(text.left() + l.line);
                }
                const bool emptyCell = cell.fill && *cell.fill == FillState::Empty;
                // As on screen (CellDelegate): an empty cell reads "–", not "0" (issue 12).
                const QString shown = emptyCell && cell.value.isValid() && cell.value.toInt() == 0
                                          ? u"–"_s
                                          : cell.text;
                if (emptyCell) {
                    // Bold on a light patch, readable on the hatching.
                    painter.setFont(l.bold);
                    const double tw = fb.horizontalAdvance(shown) + pt(1.5);
                    const QRectF patch(text.right() - tw, y + (h - l.line) / 2, tw, l.line);
                    painter.fillRect(patch.adjusted(-pt(0.5), 0, pt(0.5), 0), PrintColors::empty());
                }
                painter.setPen(cell.counted ? QColor(Qt::black) : QColor(0x70, 0x70, 0x70));
                const Qt::Alignment align = column.numeric ? Qt::AlignRight | Qt::AlignVCenter
                                                           : Qt::AlignLeft | Qt::AlignVCenter;
                painter.drawText(text, int(align) | Qt::TextWordWrap, shown);
                if (emptyCell)
                    painter.setFont(l.body);
                if (cell.changed) {
                    // Issue 14: a cell the scenario changed, outlined as on screen.
                    painter.save();
                    painter.setPen(QPen(QColor(0x6a, 0x1b, 0x9a), pt(1.2)));
                    painter.drawRect(cellRect.adjusted(pt(0.7), pt(0.7), -pt(0.7), -pt(0.7)));
                    painter.restore();
                }
            }
            painter.setPen(gridPen);
            painter.drawLine(QPointF(0, y + h), QPointF(l.x.last(), y + h));
            y += h;
        }
        // Column rules over the rows of this page, and a frame.
        const double tableTop
            = y - std::accumulate(l.rowHeights.begin() + first, l.rowHeights.begin() + last, 0.0);
        painter.setPen(gridPen);
        for (int c = 1; c < columns; ++c) {
            // Stronger rules between type groups.
            const bool groupEdge = !table.columns.at(c).group.isEmpty()
                                   && table.columns.at(c).group != table.columns.at(c - 1).group;
            painter.setPen(groupEdge ? QPen(Qt::black, pt(0.5)) : gridPen);
            painter.drawLine(QPointF(l.x[c], tableTop - (groupEdge ? l.headerHeight : 0)),
                             QPointF(l.x[c], y));
        }
        painter.setPen(QPen(Qt::black, pt(0.6)));
        painter.drawRect(
            QRectF(0, tableTop - l.headerHeight, l.x.last(), y - tableTop + l.headerHeight));
        if (table.rows.isEmpty()) {
            painter.setFont(l.body);
            painter.drawText(QRectF(0, y + pt(4), m_content.width(), l.line * 2), Qt::AlignLeft,
                             tr("No Puskesmas match these criteria."));
        }
        painter.restore();
    }
}

// --- Entry points ----------------------------------------------------------------------------

Result<int> printSection(QPagedPaintDevice *device, const PrintSection &section)
{
    Q_ASSERT(section.table);
    TablePrinter printer(device);
    const int pages = printer.pageCount(section);
    QPainter painter;
    if (!painter.begin(device))
        return inputError(TablePrinter::tr("Cannot start printing."));
    painter.setRenderHint(QPainter::Antialiasing, false);
    printer.paint(painter, section, 1, pages);
    if (!painter.end())
        return inputError(TablePrinter::tr("Printing failed."));
    return pages;
}

Result<int> writeSectionPdf(const QString &path, const PrintSection &section,
                            const PageSetup &setup)
{
    // Through QSaveFile: a full disk or a crash leaves no truncated PDF under the user's name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return OutputFile::writeError(path, file.errorString());
    Result<int> pages = inputError(QString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setPageLayout(setup.pageLayout());
        writer.setCreator(u"Lengkap"_s);
        writer.setTitle(PrintText::title(PrintText::regionTitle(section.context)));
        pages = printSection(&writer, section);
    }
    if (!pages)
        return pages;
    // QSaveFile::commit() loses an error of its own final flush (a short write): flush first.
    if (!file.flush() || file.size() == 0 || !file.commit())
        return OutputFile::writeError(path, file.errorString());
    return pages;
}

} // namespace Lengkap
