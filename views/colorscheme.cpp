#include "colorscheme.h"

#include "tabledata.h"

#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {
bool s_alternative = false;
} // namespace

bool ColorScheme::alternative()
{
    return s_alternative;
}

void ColorScheme::setAlternative(bool alternative)
{
    s_alternative = alternative;
}

QColor ColorScheme::band(Band band)
{
    if (s_alternative) {
        // Okabe-Ito's orange, sky blue and blue, and a dark red: Okabe-Ito's vermillion
        // (#d55e00) came within CIEDE2000 12.5 of the orange under deuteranopia (18.2 under
        // protanopia); the dark red is 32.4 (41.7) from it, being 36 lightness units darker.
        switch (band) {
        case Band::Red:
            return QColor(0xa5, 0x0f, 0x15);
        case Band::Orange:
            return QColor(0xe6, 0x9f, 0x00);
        case Band::LightGreen:
            return QColor(0x56, 0xb4, 0xe9);
        case Band::DarkGreen:
            return QColor(0x00, 0x48, 0x8a);
        }
    }
    // The ministry's map colours (DOMAIN.md §3), the same on screen and on paper.
    return PrintColors::band(band);
}

QString ColorScheme::bandColourName(Band band)
{
    if (s_alternative) {
        switch (band) {
        case Band::Red:
            return tr("dark red");
        case Band::Orange:
            return tr("orange");
        case Band::LightGreen:
            return tr("light blue");
        case Band::DarkGreen:
            return tr("dark blue");
        }
    }
    switch (band) {
    case Band::Red:
        return tr("red");
    case Band::Orange:
        return tr("orange");
    case Band::LightGreen:
        return tr("light green");
    case Band::DarkGreen:
        return tr("dark green");
    }
    return {};
}

Qt::BrushStyle ColorScheme::bandPattern(Band band)
{
    // Red and dark green have about the same grey value: the patterns tell them apart.
    switch (band) {
    case Band::Red:
        return Qt::DiagCrossPattern;
    case Band::Orange:
        return Qt::BDiagPattern;
    case Band::LightGreen:
        return Qt::Dense6Pattern;
    case Band::DarkGreen:
        return Qt::NoBrush;
    }
    return Qt::NoBrush;
}

QColor ColorScheme::bandText(Band band)
{
    return band == Band::LightGreen || band == Band::Orange ? QColor(Qt::black) : QColor(Qt::white);
}

QColor ColorScheme::filled()
{
    return s_alternative ? QColor(0xcf, 0xe6, 0xf5) : PrintColors::filled();
}

QColor ColorScheme::empty()
{
    return s_alternative ? QColor(0xfc, 0xd9, 0xa8) : PrintColors::empty();
}

QColor ColorScheme::emptyHatch()
{
    return s_alternative ? QColor(0xa6, 0x4b, 0x00) : PrintColors::emptyHatch();
}

QColor ColorScheme::complete()
{
    return s_alternative ? QColor(0x00, 0x72, 0xb2) : QColor(0x2e, 0x7d, 0x32);
}

QColor ColorScheme::incomplete()
{
    return s_alternative ? QColor(0xd5, 0x5e, 0x00) : QColor(0xc6, 0x28, 0x28);
}

QColor ColorScheme::headerBand()
{
    return QColor(0x0d, 0x4f, 0x5c);
}

void ColorScheme::paintBandSwatch(QPainter *painter, const QRect &rect, Band which)
{
    painter->save();
    painter->fillRect(rect, band(which));
    const Qt::BrushStyle pattern = bandPattern(which);
    if (pattern != Qt::NoBrush)
        painter->fillRect(rect, QBrush(bandText(which), pattern));
    painter->setPen(QColor(0x42, 0x42, 0x42));
    painter->drawRect(rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

void ColorScheme::paintFillSwatch(QPainter *painter, const QRect &rect, FillState fill)
{
    painter->save();
    if (fill == FillState::Filled) {
        painter->fillRect(rect, filled());
    } else {
        painter->fillRect(rect, empty());
        painter->fillRect(rect, QBrush(emptyHatch(), Qt::BDiagPattern));
    }
    painter->setPen(QColor(0x9e, 0x9e, 0x9e));
    painter->drawRect(rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

QIcon ColorScheme::bandIcon(Band which)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintBandSwatch(&painter, QRect(1, 1, 14, 14), which);
    painter.end();
    return QIcon(pixmap);
}

} // namespace Lengkap
