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
// (dark red, orange, light blue, dark blue; Okabe-Ito hues with lightness steps) avoids red
// against green altogether: every pair of its bands, Sudah Terisi against Kosong and Lengkap
// against Belum Lengkap stay at least CIEDE2000 20 apart under a deuteranopia or protanopia
// simulation (tests/views/tst_colorvision.cpp, issue 12).
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
    // The colour of band(band) in words ("dark blue", "biru tua"): the legend of the
    // alternative palette names it beside the band's own name (Hijau Tua is not green there).
    static QString bandColourName(Band band);
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
