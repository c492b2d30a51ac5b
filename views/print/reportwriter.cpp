#include "reportwriter.h"

#include "outputfile.h"

#include "wilayah.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

constexpr double TocPt = 8.5;

struct TocEntry
{
    QString text;
    int page = 0; // first page; 0 for a heading (province name)
    int district = -1; // index into the district list, -1 for headings and the overview
};

struct TocLayout
{
    int columns = 1;
    int linesPerColumn = 1;
    int pages = 1;
};

TocLayout tocLayout(const TablePrinter &printer, QPagedPaintDevice *device, int entries)
{
    const QFontMetricsF fm(printer.font(TocPt), device);
    const QFontMetricsF fh(printer.font(11, true), device);
    TocLayout l;
    l.columns = printer.contentRect().width() > printer.pt(640) ? 2 : 1;
    const double room = printer.contentRect().height() - printer.frameHeaderHeight()
                        - printer.frameFooterHeight(false) - fh.height() * 1.6;
    l.linesPerColumn = std::max(1, int(room / (fm.height() * 1.2)));
    const int perPage = l.linesPerColumn * l.columns;
    l.pages = std::max(1, (entries + perPage - 1) / perPage);
    return l;
}

void paintToc(QPainter &painter, QPagedPaintDevice *device, const TablePrinter &printer,
              const TableContext &context, const QString &title, const QList<TocEntry> &entries,
              const TocLayout &layout, int totalPages)
{
    const QFont entryFont = printer.font(TocPt);
    const QFont headingFont = printer.font(TocPt, true);
    const QFont titleFont = printer.font(11, true);
    const QFontMetricsF fm(entryFont, device);
    const QFontMetricsF fh(titleFont, device);
    const double lineH = fm.height() * 1.2;
    const double gap = printer.pt(18);
    const double columnW
        = (printer.contentRect().width() - gap * (layout.columns - 1)) / layout.columns;
    const int perPage = layout.linesPerColumn * layout.columns;
    for (int page = 0; page < layout.pages; ++page) {
        if (page > 0)
            device->newPage();
        double top = printer.paintPageFrame(painter, context, title, page + 1, totalPages);
        painter.save();
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, top, printer.contentRect().width(), fh.height()), Qt::AlignLeft,
                         ReportWriter::tr("Contents"));
        top += fh.height() * 1.6;
        for (int i = page * perPage; i < std::min<qsizetype>(entries.size(), (page + 1) * perPage);
             ++i) {
            const TocEntry &entry = entries.at(i);
            const int slot = i - page * perPage;
            const double x = (slot / layout.linesPerColumn) * (columnW + gap);
            const double y = top + (slot % layout.linesPerColumn) * lineH;
            if (entry.page == 0) {
                painter.setFont(headingFont);
                painter.drawText(QRectF(x, y, columnW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                                 entry.text);
                continue;
            }
            painter.setFont(entryFont);
            const QString number = QLocale().toString(entry.page);
            const double numberW = fm.horizontalAdvance(number);
            const double indent = printer.pt(8);
            const QString text = fm.elidedText(entry.text, Qt::ElideRight,
                                               columnW - indent - numberW - printer.pt(20));
            const double textW = fm.horizontalAdvance(text);
            painter.drawText(QRectF(x + indent, y, textW + 1, lineH),
                             Qt::AlignLeft | Qt::AlignVCenter, text);
            painter.drawText(QRectF(x + columnW - numberW - 1, y, numberW + 1, lineH),
                             Qt::AlignRight | Qt::AlignVCenter, number);
            // Dot leaders.
            const double dotsLeft = x + indent + textW + printer.pt(4);
            const double dotsRight = x + columnW - numberW - printer.pt(4);
            const double dotW = fm.horizontalAdvance(u". "_s);
            if (dotsRight > dotsLeft + dotW) {
                const QString dots = QString(u". "_s).repeated(int((dotsRight - dotsLeft) / dotW));
                painter.setPen(QColor(0x80, 0x80, 0x80));
                painter.drawText(QRectF(dotsLeft, y, dotsRight - dotsLeft, lineH),
                                 Qt::AlignRight | Qt::AlignVCenter, dots);
                painter.setPen(Qt::black);
            }
        }
        painter.restore();
    }
}

} // namespace

Result<ReportOutcome> ReportWriter::write(QPagedPaintDevice *device, const Analysis &analysis,
                                          const ReportOptions &options)
{
    const Level overviewLevel = options.provinceCode.isEmpty() ? Level::National : Level::Province;
    const QStringList districts = analysis.districtCodes(options.provinceCode);
    if (districts.isEmpty()) {
        return inputError(options.provinceCode.isEmpty()
                              ? tr("The cut-off holds no district.")
                              : tr("The cut-off holds no district of this province."));
    }
    const int total = int(districts.size()) * 2;
    int done = 0;
    const auto step = [&]() {
        return !options.progress || options.progress(++done, total);
    };
    const Error cancelled {Error::Kind::Cancelled, tr("Report cancelled.")};

    TablePrinter printer(device);

    // Pass 1: pages per section, nothing painted, one district table at a time.
    const RegionTable overview = regionTable(analysis, overviewLevel, options.provinceCode,
                                             options.criteria, options.status);
    const int overviewPages = printer.pageCount({overview.context, &overview.table});
    QList<int> districtPages;
    districtPages.reserve(districts.size());
    for (const QString &code : districts) {
        const RegionTable t
            = regionTable(analysis, Level::District, code, options.criteria, options.status);
        districtPages.append(printer.pageCount({t.context, &t.table}));
        if (!step())
            return cancelled;
    }

    // Contents: the overview, then province headings (for the nation) and districts with
    // their first page.
    QList<TocEntry> entries;
    entries.append({overviewLevel == Level::National
                        ? tr("Provinces of Indonesia")
                        : tr("Districts of %1").arg(overview.context.region),
                    0, -1});
    QString province;
    for (int i = 0; i < districts.size(); ++i) {
        const District *d = Wilayah::instance().district(districts.at(i));
        const QString provinceCode = d ? d->provinceCode : districts.at(i).section(u'.', 0, 0);
        if (overviewLevel == Level::National && provinceCode != province) {
            province = provinceCode;
            const Province *p = Wilayah::instance().province(provinceCode);
            entries.append({p ? p->name : provinceCode, 0, -1});
        }
        entries.append({d ? d->shortName : districts.at(i), 0, i});
    }
    const TocLayout toc = tocLayout(printer, device, int(entries.size()));
    int page = toc.pages + 1;
    entries[0].page = page;
    page += overviewPages;
    for (TocEntry &entry : entries) {
        if (entry.district < 0)
            continue;
        entry.page = page;
        page += districtPages.at(entry.district);
    }
    const int totalPages = page - 1;

    // Pass 2: paint, page after page.
    QPainter painter;
    if (!painter.begin(device))
        return inputError(tr("Cannot start printing."));
    const QString overviewTitle = PrintText::title(PrintText::regionTitle(overview.context));
    paintToc(painter, device, printer, overview.context, overviewTitle, entries, toc, totalPages);
    device->newPage();
    printer.paint(painter, {overview.context, &overview.table}, toc.pages + 1, totalPages);
    for (const TocEntry &entry : std::as_const(entries)) {
        if (entry.district < 0)
            continue;
        const RegionTable t = regionTable(analysis, Level::District, districts.at(entry.district),
                                          options.criteria, options.status);
        device->newPage();
        printer.paint(painter, {t.context, &t.table}, entry.page, totalPages);
        if (!step()) {
            painter.end();
            return cancelled;
        }
    }
    if (!painter.end())
        return inputError(tr("Printing failed."));

    ReportOutcome outcome {totalPages, int(districts.size()), {}};
    outcome.outline.append({tr("Contents"), 1, {}});
    outcome.outline.append({entries.first().text, entries.first().page, {}});
    for (int i = 1; i < entries.size(); ++i) {
        const TocEntry &entry = entries.at(i);
        if (entry.district < 0) { // a province heading: its first district's page
            const int page = i + 1 < entries.size() ? entries.at(i + 1).page : totalPages;
            outcome.outline.append({entry.text, page, {}});
        } else if (overviewLevel == Level::National) {
            outcome.outline.last().children.append({entry.text, entry.page, {}});
        } else {
            outcome.outline.append({entry.text, entry.page, {}});
        }
    }
    return outcome;
}

Result<ReportOutcome> ReportWriter::writePdf(const QString &path, const Analysis &analysis,
                                             const ReportOptions &options)
{
    // Written under a temporary name, bookmarks appended there, then put in place: a full disk
    // or a crash leaves no truncated PDF under the user's name.
    const QString temporary = OutputFile::temporaryBeside(path);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly))
        return OutputFile::writeError(path, file.errorString());
    Result<ReportOutcome> outcome = inputError(QString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setPageLayout(options.setup.pageLayout());
        writer.setCreator(u"Lengkap"_s);
        const Level level = options.provinceCode.isEmpty() ? Level::National : Level::Province;
        const RegionSummary s
            = analysis.summary(level, options.provinceCode, options.criteria, options.status);
        writer.setTitle(PrintText::title(s.name));
        outcome = write(&writer, analysis, options);
    }
    // QPdfWriter ignores failed writes; the file remembers them (a full disk, a size limit).
    file.flush();
    const bool written = file.error() == QFileDevice::NoError && file.size() > 0;
    const QString reason = file.errorString();
    file.close();
    if (!outcome) {
        QFile::remove(temporary);
        return outcome;
    }
    if (!written) {
        QFile::remove(temporary);
        return OutputFile::writeError(path, reason);
    }
    if (Result<void> bookmarks = appendPdfOutline(temporary, outcome->outline); !bookmarks) {
        QFile::remove(temporary);
        return bookmarks.error();
    }
    if (Result<void> placed = OutputFile::replace(temporary, path); !placed)
        return placed.error();
    return outcome;
}

} // namespace Lengkap
