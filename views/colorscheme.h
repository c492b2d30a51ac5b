#pragma once

#include "labels.h"

#include "analysis.h"
#include "types.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

class QPainter;
class QRect;

// Colours of the window: band colours of regions and Sudah Terisi / Kosong of count cells.
// Colour is a view decision (model/ carries BandRole and FillStateRole only). Never colour
// alone: every band also has its own fill pattern and label, Kosong cells a hatch and "–", so
// the table reads in greyscale print and for colour-blind users. The alternative palette
// (blue / orange, Okabe-Ito) avoids red against green altogether.
namespace Lengkap {

class ColorScheme
{
    Q_DECLARE_TR_FUNCTIONS(ColorScheme)
public:
    static bool alternative();
    static void setAlternative(bool alternative);

    static QColor band(Band band);
    static Qt::BrushStyle bandPattern(Band band); // pattern over the colour, per band
    static QColor bandText(Band band); // readable text on band(band)
    static QColor filled(); // Sudah Terisi
    static QColor empty(); // Kosong
    static QColor emptyHatch(); // hatch lines over Kosong
    static QColor complete(); // Lengkap (donut, ✓)
    static QColor incomplete(); // Belum Lengkap (donut, ✗, bars of missing types)
    static QColor headerBand(); // background of the title band

    // Swatches drawn the same way in cells, legend and icons.
    static void paintBandSwatch(QPainter *painter, const QRect &rect, Band band);
    static void paintFillSwatch(QPainter *painter, const QRect &rect, FillState fill);
    static QIcon bandIcon(Band band);
};

} // namespace Lengkap
