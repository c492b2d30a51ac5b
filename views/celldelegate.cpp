#include "celldelegate.h"

#include "colorscheme.h"
#include "regiontablemodel.h"
#include "staffingtablemodel.h"
#include "tableroles.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Lengkap {

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant fill = index.data(TableRoles::FillStateRole);
    const bool selected = opt.state & QStyle::State_Selected;

    if (fill.isValid()) {
        const FillState state = fill.value<FillState>();
        const bool counted = index.data(TableRoles::CountedRole).toBool();
        const QRect r = opt.rect;
        if (!selected) {
            painter->fillRect(r, state == FillState::Filled ? ColorScheme::filled()
                                                            : ColorScheme::empty());
            if (state == FillState::Empty)
                painter->fillRect(r, QBrush(ColorScheme::emptyHatch(), Qt::BDiagPattern));
        } else {
            painter->fillRect(r, opt.palette.highlight());
        }
        QString text = opt.text;
        // Kosong and nothing there: a dash reads as "none" without colour.
        if (state == FillState::Empty && index.data(TableRoles::SortRole).toInt() == 0)
            text = u"–"_s;
        painter->save();
        QFont font = opt.font;
        if (state == FillState::Empty)
            font.setBold(true);
        if (!counted)
            font.setItalic(true);
        painter->setFont(font);
        QColor pen = selected ? opt.palette.highlightedText().color() : QColor(0x21, 0x21, 0x21);
        if (!counted && !selected)
            pen = QColor(0x75, 0x75, 0x75);
        painter->setPen(pen);
        if (state == FillState::Empty && !selected) {
            // a white plate under the text keeps it legible over the hatch
            const QRect plate = painter->fontMetrics().boundingRect(text).adjusted(-2, 0, 2, 0);
            QRect placed = plate;
            placed.moveCenter(r.center());
            placed.moveRight(r.right() - 3);
            painter->fillRect(placed, QColor(255, 255, 255, 220));
        }
        painter->drawText(r.adjusted(4, 0, -5, 0), Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
        // Issue 14: a cell an active scenario changed is outlined (readable without colour too).
        if (index.data(TableRoles::ChangedRole).toBool()) {
            painter->save();
            painter->setPen(QPen(QColor(0x6a, 0x1b, 0x9a), 2, Qt::SolidLine));
            painter->drawRect(r.adjusted(1, 1, -2, -2));
            painter->restore();
        }
        // grid line around the type group: heavier at the group's right edge
        if (index.data(TableRoles::CellKindRole).value<StaffingTableModel::CellKind>()
            == StaffingTableModel::CellKind::Total) {
            painter->save();
            painter->setPen(QPen(QColor(0x61, 0x61, 0x61), 1));
            painter->drawLine(r.topRight(), r.bottomRight());
            painter->restore();
        }
        return;
    }

    const QVariant band = index.data(TableRoles::BandRole);
    if (band.isValid() && index.column() == RegionTableModel::BandColumn) {
        const QString label = opt.text;
        opt.text.clear(); // background, selection and focus from the style; text drawn below
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const Band b = band.value<Band>();
        const int side = opt.rect.height() - 8;
        const QRect swatch(opt.rect.left() + 4, opt.rect.top() + 4, side * 2, side);
        ColorScheme::paintBandSwatch(painter, swatch, b);
        painter->save();
        painter->setPen(selected ? opt.palette.highlightedText().color()
                                 : opt.palette.text().color());
        painter->drawText(opt.rect.adjusted(swatch.width() + 10, 0, -2, 0),
                          Qt::AlignLeft | Qt::AlignVCenter, label);
        painter->restore();
        return;
    }

    const QVariant complete = index.data(TableRoles::CompleteRole);
    if (complete.isValid() && index.column() == StaffingTableModel::completeColumn()) {
        if (!selected)
            opt.palette.setColor(QPalette::Text, complete.toBool() ? ColorScheme::complete()
                                                                   : ColorScheme::incomplete());
        opt.font.setBold(true);
    }
    QStyledItemDelegate::paint(painter, opt, index);
}

QSize CellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == RegionTableModel::BandColumn
        && index.data(TableRoles::BandRole).isValid())
        size.rwidth() += 2 * size.height() + 8;
    else if (index.data(TableRoles::FillStateRole).isValid())
        size.rwidth() += 8;
    return size;
}

} // namespace Lengkap
