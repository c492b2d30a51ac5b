#include "legendwidget.h"

#include "colorscheme.h"
#include "staffingtablemodel.h"

#include <QPainter>

#include <functional>

using namespace Qt::StringLiterals;

namespace Lengkap {

struct LegendWidget::Item
{
    QString text;
    std::function<void(QPainter *, const QRect &)> swatch;
};

LegendWidget::LegendWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void LegendWidget::setMode(Mode mode, Status status, const BandSettings &bands)
{
    m_mode = mode;
    m_status = status;
    m_bands = bands;
    updateGeometry();
    update();
    QStringList texts;
    for (const Item &item : items())
        texts.append(item.text);
    setAccessibleDescription(texts.join(u"; "_s));
    setToolTip(texts.join(u"\n"_s));
}

QList<LegendWidget::Item> LegendWidget::items() const
{
    QList<Item> list;
    if (m_mode == Mode::Bands) {
        for (Band band : {Band::DarkGreen, Band::LightGreen, Band::Orange, Band::Red}) {
            // The bands keep the ministry's names; in the colour-blind palette, whose colours
            // are not those names, the legend also says the colour shown (issue 12).
            // ("Oranye" needs no "(oranye)".)
            const bool sameWord = Labels::band(band).compare(ColorScheme::bandColourName(band),
                                                             Qt::CaseInsensitive)
                                  == 0;
            const QString name = ColorScheme::alternative() && !sameWord
                                     ? tr("%1 (%2)", "band name (its colour in the colour-blind "
                                                     "palette)")
                                           .arg(Labels::band(band),
                                                ColorScheme::bandColourName(band))
                                     : Labels::band(band);
            list.append({tr("%1 %2").arg(name, Labels::bandRange(band, m_bands)),
                         [band](QPainter *p, const QRect &r) {
                             ColorScheme::paintBandSwatch(p, r, band);
                         }});
        }
        return list;
    }
    list.append({Labels::filled(), [](QPainter *p, const QRect &r) {
                     ColorScheme::paintFillSwatch(p, r, FillState::Filled);
                 }});
    list.append({tr("%1 (–)").arg(Labels::empty()), [](QPainter *p, const QRect &r) {
                     ColorScheme::paintFillSwatch(p, r, FillState::Empty);
                 }});
    if (m_status == Status::Asn) {
        list.append({tr("Grey italic: Non-ASN, not counted under ASN only"),
                     [](QPainter *p, const QRect &r) {
                         ColorScheme::paintFillSwatch(p, r, FillState::Filled);
                         p->save();
                         QFont f = p->font();
                         f.setItalic(true);
                         p->setFont(f);
                         p->setPen(QColor(0x75, 0x75, 0x75));
                         p->drawText(r, Qt::AlignCenter, u"2"_s);
                         p->restore();
                     }});
    }
    list.append({StaffingTableModel::completeText(true), {}});
    list.append({StaffingTableModel::completeText(false), {}});
    return list;
}

QSize LegendWidget::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    int width = fm.horizontalAdvance(tr("Legend:")) + 12;
    for (const Item &item : items())
        width += (item.swatch ? 2 * fm.height() + 6 : 0) + fm.horizontalAdvance(item.text) + 18;
    return QSize(width, fm.height() + 8);
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics fm = fontMetrics();
    const int h = fm.height();
    int x = 0;
    const int y = (height() - h) / 2;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QString title = tr("Legend:");
    painter.drawText(QRect(x, 0, QFontMetrics(bold).horizontalAdvance(title) + 2, height()),
                     Qt::AlignVCenter, title);
    x += QFontMetrics(bold).horizontalAdvance(title) + 12;
    painter.setFont(font());
    for (const Item &item : items()) {
        if (item.swatch) {
            item.swatch(&painter, QRect(x, y, 2 * h, h));
            x += 2 * h + 6;
        }
        const int w = fm.horizontalAdvance(item.text);
        QColor pen = palette().windowText().color();
        if (!item.swatch)
            pen = item.text.startsWith(u"✓"_s) ? ColorScheme::complete()
                                               : ColorScheme::incomplete();
        painter.setPen(pen);
        painter.drawText(QRect(x, 0, w + 2, height()), Qt::AlignVCenter, item.text);
        painter.setPen(palette().windowText().color());
        x += w + 18;
    }
}

} // namespace Lengkap
