#pragma once

#include "result.h"

#include <QList>
#include <QString>

// PDF bookmarks (the outline pane of PDF readers) for files written by QPdfWriter, which has no
// outline API in Qt 6.4. Appended as an incremental update (PDF 1.4, §3.4.5): a new catalog
// that points at the outline, the outline items, a new xref section; the pages are untouched.
namespace Lengkap {

struct PdfOutlineItem
{
    QString title;
    int page = 1; // 1-based
    QList<PdfOutlineItem> children; // shown closed
};

// Reads only the file's head and tail (trailer, xref, catalog, page tree); works on the flat
// page tree and plain xref table that QPdfWriter writes.
Result<void> appendPdfOutline(const QString &path, const QList<PdfOutlineItem> &items);

} // namespace Lengkap
