#pragma once

#include "result.h"
#include "tabledata.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

// Page layout and painting of tables on any QPagedPaintDevice: QPdfWriter for the CLI,
// QPrinter for the window (issue 6). Every page carries the title, cut-off, criteria, status,
// "DATA CONTOH" for sample data, the repeated table header, "page n of N" and the print date;
// the first page of a table also the headline figures, the complete/incomplete chart and the
// legend. Every row is printed and never split; 27 count columns are fitted by a smaller font
// and abbreviated type headers (with a key), never cut. Fill and band colours carry a pattern
// as well, so they read in greyscale.
namespace Lengkap {

enum class PaperSize { A4, Letter, F4 };

struct PageSetup
{
    PaperSize paper = PaperSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    // Millimetres. The wider left margin leaves room for binder holes.
    QMarginsF margins {22, 12, 12, 12};

    QPageSize pageSize() const;
    QPageLayout pageLayout() const;
    static QPageSize pageSize(PaperSize paper); // F4/Folio: 215 x 330 mm
    static QString paperLabel(PaperSize paper);
    static bool parsePaper(const QString &key, PaperSize *paper); // "a4", "letter", "f4"
};

// One table with what its pages say. The table is borrowed, not owned.
struct PrintSection
{
    TableContext context;
    const TableData *table = nullptr;
};

// Lays out and paints sections. All lengths are in device units of the given device; fonts
// are given in points, so the result is the same on a 1200 dpi PDF and a 600 dpi printer.
class TablePrinter
{
    Q_DECLARE_TR_FUNCTIONS(TablePrinter)
public:
    explicit TablePrinter(QPagedPaintDevice *device);

    // Pages the section takes, without painting. Cheap: only the name columns are measured.
    int pageCount(const PrintSection &section) const;

    // Paints the section from the painter's current page; calls newPage() between its pages
    // (not before the first, not after the last). Pages are numbered from firstPage of
    // totalPages in the footer.
    void paint(QPainter &painter, const PrintSection &section, int firstPage, int totalPages) const;

    // Device units per point.
    double unit() const { return m_unit; }
    QRectF contentRect() const { return m_content; }
    double pt(double points) const { return points * m_unit; }

    // Header and footer of any page: used by the report for its contents pages.
    double paintPageFrame(QPainter &painter, const TableContext &context, const QString &title,
                          int page, int totalPages, const QString &key = {}) const;
    double frameHeaderHeight() const;
    double frameFooterHeight(bool withKey) const;
    QFont font(double points, bool bold = false) const;

    struct Layout;

private:
    Layout layout(const PrintSection &section) const;
    double paintSummary(QPainter &painter, const TableContext &context, double top) const;
    double summaryHeight(const TableContext &context) const;

    QPagedPaintDevice *m_device;
    double m_unit = 1;
    QRectF m_content; // painter coordinates of the printable area (inside the margins)
};

// Prints one section on a device whose page layout is already set (a QPrinter from the print
// dialog, or a QPdfWriter). Returns the number of pages.
Result<int> printSection(QPagedPaintDevice *device, const PrintSection &section);

// Writes one section as a PDF file.
Result<int> writeSectionPdf(const QString &path, const PrintSection &section,
                            const PageSetup &setup = {});

} // namespace Lengkap
