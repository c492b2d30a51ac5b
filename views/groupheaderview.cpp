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
                QFont font = painter.font();
                font.setBold(true);
                painter.setFont(font);
                style()->drawControl(QStyle::CE_Header, &option, &painter, this);
            }
        }
        visual = last + 1;
    }
}

} // namespace Lengkap
