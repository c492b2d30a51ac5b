#pragma once

#include "analysis.h"
#include "pdfoutline.h"
#include "printlayout.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;

// The batch report (issue 6): one PDF with the overview table of a province (its districts)
// or of the nation (its provinces), a table of contents listing each district's first page
// and PDF bookmarks (appended to the file by writePdf(), as Qt 6.4's QPdfWriter cannot write
// them), then a section per district. Two passes:
// the first only counts pages per district, the second paints; one district's table is held
// at a time and pages go to the device as they are finished, so memory stays bounded for
// all 514 districts.
namespace Lengkap {

struct ReportOptions
{
    QString provinceCode; // empty: every district of the nation
    Criteria criteria = Criteria::Sisdmk;
    Status status = Status::All;
    PageSetup setup;
    // Called after each step of both passes; return false to cancel (Error::Kind::Cancelled).
    std::function<bool(int done, int total)> progress;
};

struct ReportOutcome
{
    int pages = 0;
    int districts = 0;
    QList<PdfOutlineItem> outline; // contents, overview, (provinces →) districts
};

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    // Paints on a device whose page layout is set (a QPrinter or QPdfWriter).
    static Result<ReportOutcome> write(QPagedPaintDevice *device, const Analysis &analysis,
                                       const ReportOptions &options);
    // Writes a PDF file; removes it again when cancelled or failed.
    static Result<ReportOutcome> writePdf(const QString &path, const Analysis &analysis,
                                          const ReportOptions &options);
};

} // namespace Lengkap
