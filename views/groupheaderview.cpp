#include "groupheaderview.h"

#include "tableroles.h"

#include <QPainter>
#include <QStyleOptionHeader>

namespace Lengkap {

GroupHeaderView::GroupHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignCenter);
}

QString GroupHeaderView::group(int logicalIndex) const
{
    if (!model())
        return {};
    return model()->headerData(logicalIndex, orientation(), TableRoles::GroupHeaderRole).toString();
}

bool GroupHeaderView::hasGroups() const
{
    if (!model())
        return false;
    for (int i = 0; i < count(); ++i) {
        if (!group(i).isEmpty())
            return true;
    }
    return false;
}

int GroupHeaderView::rowHeight() const
{
    return fontMetrics().height() + 10;
}

QSize GroupHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(qMax(size.height(), rowHeight()) * (hasGroups() ? 2 : 1));
    return size;
}

QSize GroupHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    size.setHeight(rowHeight());
    return size;
}

QFont GroupHeaderView::groupFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QRect GroupHeaderView::leafRect(int logicalIndex) const
{
    const int height = viewport()->height() > 0 ? viewport()->height() : sizeHint().height();
    QRect rect(sectionViewportPosition(logicalIndex), 0, sectionSize(logicalIndex), height);
    if (!group(logicalIndex).isEmpty())
        rect.setTop(rect.top() + rect.height() / 2);
    return rect;
}

QRect GroupHeaderView::groupRect(int logicalIndex) const
{
    const QString label = group(logicalIndex);
    if (label.isEmpty())
        return {};
    int first = visualIndex(logicalIndex);
    int last = first;
    while (first > 0 && group(this->logicalIndex(first - 1)) == label)
        --first;
    while (last + 1 < count() && group(this->logicalIndex(last + 1)) == label)
        ++last;
    int left = -1;
    int right = -1;
    for (int v = first; v <= last; ++v) {
        const int l = this->logicalIndex(v);
        if (isSectionHidden(l))
            continue;
        const int x = sectionViewportPosition(l);
        if (left < 0)
            left = x;
        right = x + sectionSize(l);
    }
    if (left < 0 || right <= left)
        return {};
    const int height = viewport()->height() > 0 ? viewport()->height() : sizeHint().height();
    return QRect(left, 0, right - left, height / 2);
}

int GroupHeaderView::neededWidth(int logicalIndex) const
{
    if (!model())
        return 0;
    // Ask the style how much of a wide section its margins and the sort indicator take; the
    // text needs the rest.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.section = logicalIndex;
    option.text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    option.sortIndicator = QStyleOptionHeader::SortDown;
    const int probe = 1000;
    const int height = sizeHint().height();
    option.rect = QRect(0, 0, probe, group(logicalIndex).isEmpty() ? height : height / 2);
    const QRect label = style()->subElementRect(QStyle::SE_HeaderLabel, &option, this);
    int overhead = probe - label.width();
    const QRect arrow = style()->subElementRect(QStyle::SE_HeaderArrow, &option, this);
    if (arrow.intersects(label)) // a style that draws the arrow inside the text's room
        overhead += 2 * arrow.width();
    return QFontMetrics(groupFont()).horizontalAdvance(option.text) + overhead + 2;
}

int GroupHeaderView::groupNeededWidth(const QString &title) const
{
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    return QFontMetrics(groupFont()).horizontalAdvance(title) + 4 * margin + 4;
}

void GroupHeaderView::fitGroupTitles()
{
    if (!model())
        return;
    int visual = 0;
    while (visual < count()) {
        const QString label = group(logicalIndex(visual));
        int last = visual;
        while (last + 1 < count() && !label.isEmpty() && group(logicalIndex(last + 1)) == label)
            ++last;
        if (!label.isEmpty()) {
            QList<int> shown;
            int width = 0;
            for (int v = visual; v <= last; ++v) {
                if (!isSectionHidden(logicalIndex(v))) {
                    shown << logicalIndex(v);
                    width += sectionSize(logicalIndex(v));
                }
            }
            const int missing = groupNeededWidth(label) - width;
            for (int i = 0; missing > 0 && i < shown.size(); ++i) {
                // shared out, the first columns taking the remainder
                const int share = missing / int(shown.size()) + (i < missing % shown.size());
                resizeSection(shown.at(i), sectionSize(shown.at(i)) + share);
            }
        }
        visual = last + 1;
    }
}

void GroupHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (group(logicalIndex).isEmpty()) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // the lower row: ASN / Non-ASN / Total
    QRect lower = rect;
    lower.setTop(rect.top() + rect.height() / 2);
    QHeaderView::paintSection(painter, lower, logicalIndex);
}

void GroupHeaderView::paintEvent(QPaintEvent *event)
{
    QHeaderView::paintEvent(event);
    if (!model() || !hasGroups())
        return;
    // The upper row: one cell spanning each run of adjacent columns with the same group.
    QPainter painter(viewport());
    const int half = viewport()->height() / 2;
    int visual = 0;
    while (visual < count()) {
        const int logical = logicalIndex(visual);
        const QString label = group(logical);
        int last = visual;
        while (last + 1 < count() && !label.isEmpty() && group(logicalIndex(last + 1)) == label)
            ++last;
        if (!label.isEmpty()) {
            int left = -1;
            int right = -1;
            for (int v = visual; v <= last; ++v) {
                const int l = logicalIndex(v);
                if (isSectionHidden(l))
                    continue;
                const int x = sectionViewportPosition(l);
                if (left < 0)
                    left = x;
                right = x + sectionSize(l);
            }
            if (left >= 0 && right > left) {
                QStyleOptionHeader option;
                initStyleOption(&option);
                option.rect = QRect(left, 0, right - left, half);
                option.section = logical;
                option.text = label;
                option.textAlignment = Qt::AlignCenter;
                option.position = QStyleOptionHeader::Middle;
                option.sortIndicator = QStyleOptionHeader::None;
                painter.setFont(groupFont());
                style()->drawControl(QStyle::CE_Header, &option, &painter, this);
            }
        }
        visual = last + 1;
    }
}

} // namespace Lengkap
