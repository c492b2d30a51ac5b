#pragma once

#include <QStyledItemDelegate>

// Paints our table cells from the model's meaning roles: Sudah Terisi / Kosong count cells
// (colour, plus a hatch and "–" for Kosong so it reads without colour), greyed numbers that do
// not count under "ASN only", the band swatch with its pattern, and the ✓ / ✗ completeness.
namespace Lengkap {

class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Lengkap
