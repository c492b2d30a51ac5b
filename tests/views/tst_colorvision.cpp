// Issue 12: the colour-blind palette seen with deuteranopia and protanopia, and the legend's
// colour names. Colours are simulated with the matrices of Machado, Oliveira and Fernandes
// (2009, severity 1.0) on linear sRGB, then compared in CIELAB (D65) with CIEDE2000.
//
// Threshold: CIEDE2000 >= 20 between every two colours the reader must tell apart. A ΔE00 of
// 2-3 is a just noticeable difference between patches side by side; a band has to be
// recognised against the legend, not beside its neighbour, and on a small swatch, where
// colour codes need several times that (Carter & Carter 1982 found about 40 CIELUV units for
// reliable identification of codes; 20 in ΔE00 is of that order for these hues). The
// palette's earlier vermillion and orange were 12.5 apart under deuteranopia.
#include "colorscheme.h"
#include "dashboardwindow.h"
#include "datasession.h"
#include "language.h"
#include "legendwidget.h"
#include "samplestore.h"
#include "store.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

#include <array>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;
constexpr Matrix Normal {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
constexpr Matrix Deuteranopia {{{0.367322, 0.860646, -0.227968},
                                {0.280085, 0.672501, 0.047413},
                                {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix Protanopia {{{0.152286, 1.052583, -0.204868},
                              {0.114503, 0.786281, 0.099216},
                              {-0.003882, -0.048116, 1.051998}}};

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double toGamma(double c)
{
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
}

std::array<double, 3> simulateLinear(const QColor &colour, const Matrix &m)
{
    const std::array<double, 3> rgb {toLinear(colour.redF()), toLinear(colour.greenF()),
                                     toLinear(colour.blueF())};
    std::array<double, 3> out {};
    for (int i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    return out;
}

QColor simulate(const QColor &colour, const Matrix &m)
{
    const auto l = simulateLinear(colour, m);
    return QColor::fromRgbF(float(toGamma(l[0])), float(toGamma(l[1])), float(toGamma(l[2])));
}

struct Lab
{
    double l, a, b;
    double chroma() const { return std::hypot(a, b); }
    double hue() const // degrees, 0-360
    {
        const double h = qRadiansToDegrees(std::atan2(b, a));
        return h < 0 ? h + 360 : h;
    }
};

Lab lab(const QColor &colour, const Matrix &m)
{
    const auto [r, g, b] = simulateLinear(colour, m);
    const double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    const auto f = [](double t) {
        return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

// CIEDE2000 (Sharma, Wu and Dalal 2005), kL = kC = kH = 1.
double deltaE2000(const Lab &p, const Lab &q)
{
    const double c7 = std::pow((p.chroma() + q.chroma()) / 2, 7);
    const double g = 0.5 * (1 - std::sqrt(c7 / (c7 + std::pow(25.0, 7))));
    const double a1 = (1 + g) * p.a, a2 = (1 + g) * q.a;
    const double c1 = std::hypot(a1, p.b), c2 = std::hypot(a2, q.b);
    const auto hueOf = [](double b, double a) {
        if (a == 0 && b == 0)
            return 0.0;
        const double h = qRadiansToDegrees(std::atan2(b, a));
        return h < 0 ? h + 360 : h;
    };
    const double h1 = hueOf(p.b, a1), h2 = hueOf(q.b, a2);
    const double dL = q.l - p.l;
    const double dC = c2 - c1;
    double dh = 0;
    if (c1 * c2 != 0) {
        dh = h2 - h1;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dH = 2 * std::sqrt(c1 * c2) * std::sin(qDegreesToRadians(dh / 2));
    const double lMean = (p.l + q.l) / 2;
    const double cMean = (c1 + c2) / 2;
    double hMean = h1 + h2;
    if (c1 * c2 != 0) {
        if (std::abs(h1 - h2) <= 180)
            hMean = (h1 + h2) / 2;
        else
            hMean = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
    }
    const double t = 1 - 0.17 * std::cos(qDegreesToRadians(hMean - 30))
                     + 0.24 * std::cos(qDegreesToRadians(2 * hMean))
                     + 0.32 * std::cos(qDegreesToRadians(3 * hMean + 6))
                     - 0.20 * std::cos(qDegreesToRadians(4 * hMean - 63));
    const double dTheta = 30 * std::exp(-std::pow((hMean - 275) / 25, 2));
    const double cm7 = std::pow(cMean, 7);
    const double rc = 2 * std::sqrt(cm7 / (cm7 + std::pow(25.0, 7)));
    const double sl = 1 + 0.015 * std::pow(lMean - 50, 2) / std::sqrt(20 + std::pow(lMean - 50, 2));
    const double sc = 1 + 0.045 * cMean;
    const double sh = 1 + 0.015 * cMean * t;
    const double rt = -std::sin(qDegreesToRadians(2 * dTheta)) * rc;
    return std::sqrt(std::pow(dL / sl, 2) + std::pow(dC / sc, 2) + std::pow(dH / sh, 2)
                     + rt * (dC / sc) * (dH / sh));
}

constexpr double MinDeltaE = 20.0;

const QList<Band> &bands()
{
    static const QList<Band> all {Band::Red, Band::Orange, Band::LightGreen, Band::DarkGreen};
    return all;
}

struct NamedColour
{
    QString name;
    QColor colour;
};

// Every pair the reader must tell apart, in the palette currently set.
QList<std::pair<NamedColour, NamedColour>> pairsToTellApart()
{
    QList<std::pair<NamedColour, NamedColour>> pairs;
    for (int i = 0; i < bands().size(); ++i) {
        for (int j = i + 1; j < bands().size(); ++j) {
            pairs.append({{u"band "_s + bandKey(bands().at(i)), ColorScheme::band(bands().at(i))},
                          {u"band "_s + bandKey(bands().at(j)), ColorScheme::band(bands().at(j))}});
        }
    }
    pairs.append({{u"Sudah Terisi"_s, ColorScheme::filled()}, {u"Kosong"_s, ColorScheme::empty()}});
    pairs.append(
        {{u"Lengkap"_s, ColorScheme::complete()}, {u"Belum Lengkap"_s, ColorScheme::incomplete()}});
    return pairs;
}

// The basic colour a CIELAB colour is: hue word from the hue angle, "dark" / "light" from L*.
struct ColourWords
{
    QString hue; // red, orange, green, blue
    QString lightness; // dark, light or empty
};

ColourWords classify(const QColor &colour)
{
    const Lab c = lab(colour, Normal);
    ColourWords words;
    const double h = c.hue();
    if (h < 50 || h >= 345)
        words.hue = u"red"_s;
    else if (h < 85)
        words.hue = u"orange"_s;
    else if (h < 105)
        words.hue = u"yellow"_s;
    else if (h < 200)
        words.hue = u"green"_s;
    else if (h < 300)
        words.hue = u"blue"_s;
    else
        words.hue = u"purple"_s;
    if (c.l < 45)
        words.lightness = u"dark"_s;
    else if (c.l > 60)
        words.lightness = u"light"_s;
    return words;
}

// A colour's name in either language, read back into words.
ColourWords parseName(const QString &name)
{
    static const QHash<QString, QString> hues {
        {u"red"_s, u"red"_s},       {u"merah"_s, u"red"_s},    {u"orange"_s, u"orange"_s},
        {u"oranye"_s, u"orange"_s}, {u"green"_s, u"green"_s},  {u"hijau"_s, u"green"_s},
        {u"blue"_s, u"blue"_s},     {u"biru"_s, u"blue"_s},
    };
    static const QHash<QString, QString> lightness {
        {u"dark"_s, u"dark"_s},
        {u"tua"_s, u"dark"_s},
        {u"light"_s, u"light"_s},
        {u"muda"_s, u"light"_s},
    };
    ColourWords words;
    for (const QString &word : name.toLower().split(u' ', Qt::SkipEmptyParts)) {
        if (hues.contains(word))
            words.hue = hues.value(word);
        else if (lightness.contains(word))
            words.lightness = lightness.value(word);
        else
            words.hue = u"?"_s + word;
    }
    return words;
}

QImage simulated(const QImage &image, const Matrix &m)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, QRgb> cache;
    for (int y = 0; y < out.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            const QRgb pixel = line[x];
            auto it = cache.constFind(pixel);
            if (it == cache.constEnd())
                it = cache.insert(pixel, simulate(QColor(pixel), m).rgb());
            line[x] = *it;
        }
    }
    return out;
}

} // namespace

class TestColorVision : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void alternativeApartForColourBlind_data();
    void alternativeApartForColourBlind();
    void standardPaletteLeansOnPatterns();
    void legendNamesMatchColours_data();
    void legendNamesMatchColours();
    void screenshotThroughSimulation();

private:
    QTemporaryDir m_dir;
    Store m_store;
};

void TestColorVision::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_colorvision"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    // The simulation itself, on reference values: deuteranopia maps pure red and pure green
    // close together (their difference shrinks from 86 to under 30), the blue-yellow axis stays.
    const double redGreen = deltaE2000(lab(Qt::red, Normal), lab(Qt::green, Normal));
    const double redGreenD = deltaE2000(lab(Qt::red, Deuteranopia), lab(Qt::green, Deuteranopia));
    QVERIFY2(redGreen > 80 && redGreenD < 30, qPrintable(u"%1 %2"_s.arg(redGreen).arg(redGreenD)));
    // CIEDE2000 checked against Sharma et al.'s test data (pair 1: 2.0425).
    QVERIFY(qAbs(deltaE2000({50, 2.6772, -79.7751}, {50, 0, -82.7485}) - 2.0425) < 1e-4);
    // pair 17: 27.1492
    QVERIFY(qAbs(deltaE2000({50, 2.5, 0}, {73, 25, -18}) - 27.1492) < 1e-4);
}

void TestColorVision::cleanup()
{
    ColorScheme::setAlternative(false);
}

void TestColorVision::alternativeApartForColourBlind_data()
{
    QTest::addColumn<int>("vision");
    QTest::newRow("normal vision") << 0;
    QTest::newRow("deuteranopia") << 1;
    QTest::newRow("protanopia") << 2;
}

// Every two band colours, filled against empty cells, complete against incomplete: at least
// MinDeltaE apart as a colour-blind reader sees them.
void TestColorVision::alternativeApartForColourBlind()
{
    QFETCH(int, vision);
    const Matrix &m = vision == 0 ? Normal : vision == 1 ? Deuteranopia : Protanopia;
    ColorScheme::setAlternative(true);
    QStringList tooClose;
    for (const auto &[a, b] : pairsToTellApart()) {
        const double d = deltaE2000(lab(a.colour, m), lab(b.colour, m));
        qInfo("%s / %s: ΔE00 %.1f", qPrintable(a.name), qPrintable(b.name), d);
        if (d < MinDeltaE)
            tooClose << u"%1 (%2) / %3 (%4): %5"_s.arg(a.name, a.colour.name(), b.name,
                                                         b.colour.name())
                            .arg(d, 0, 'f', 1);
    }
    QVERIFY2(tooClose.isEmpty(), qPrintable(tooClose.join(u"; "_s)));
}

// The standard palette is the ministry's (red, orange, light and dark green): under
// deuteranopia red, orange and both greens fall within MinDeltaE of each other (orange / light
// green 9.8, red / dark green 3.7 under protanopia) and Kosong / Sudah Terisi cells 2.7 apart.
// That is why the colour-blind palette exists; in the standard one every band has its own
// pattern and every empty cell its hatch and "–", so nothing rests on colour alone.
void TestColorVision::standardPaletteLeansOnPatterns()
{
    ColorScheme::setAlternative(false);
    int close = 0;
    for (const Matrix *m : {&Deuteranopia, &Protanopia}) {
        for (int i = 0; i < bands().size(); ++i) {
            for (int j = i + 1; j < bands().size(); ++j) {
                const Band a = bands().at(i), b = bands().at(j);
                const double d = deltaE2000(lab(ColorScheme::band(a), *m),
                                            lab(ColorScheme::band(b), *m));
                if (d < MinDeltaE) {
                    ++close;
                    QVERIFY2(ColorScheme::bandPattern(a) != ColorScheme::bandPattern(b),
                             qPrintable(bandKey(a) + u" / "_s + bandKey(b)));
                }
            }
        }
    }
    // If this fails the standard palette became colour-blind safe: revisit the note above.
    QVERIFY(close > 0);
}

void TestColorVision::legendNamesMatchColours_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("alternative");
    QTest::newRow("id, colour-blind") << Language::indonesian() << true;
    QTest::newRow("en, colour-blind") << Language::english() << true;
    QTest::newRow("id, standard") << Language::indonesian() << false;
    QTest::newRow("en, standard") << Language::english() << false;
}

// Each band's colour name (as translated) says the hue and lightness the colour has, and the
// legend of the colour-blind palette shows it.
void TestColorVision::legendNamesMatchColours()
{
    QFETCH(QString, language);
    QFETCH(bool, alternative);
    QVERIFY(Language::apply(language));
    ColorScheme::setAlternative(alternative);
    LegendWidget legend;
    legend.setMode(LegendWidget::Mode::Bands, Status::All, BandSettings());
    const QString legendText = legend.accessibleDescription();
    QStringList names;
    for (Band band : bands()) {
        const QString name = ColorScheme::bandColourName(band);
        names << name;
        const ColourWords said = parseName(name);
        const ColourWords seen = classify(ColorScheme::band(band));
        // The hue always; the lightness when the name says one ("dark", "light").
        QVERIFY2(said.hue == seen.hue
                     && (said.lightness.isEmpty() || said.lightness == seen.lightness),
                 qPrintable(u"%1 is \"%2\", but %3 looks %4 %5"_s.arg(
                     bandKey(band), name, ColorScheme::band(band).name(), seen.lightness,
                     seen.hue)));
        if (alternative)
            QVERIFY2(legendText.contains(name, Qt::CaseInsensitive), qPrintable(legendText));
    }
    // Four names for four colours.
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), bands().size());
    // The translation is the language's own words, not the English source.
    if (language == Language::indonesian())
        QVERIFY2(!names.join(u' ').contains(u"blue"_s) && !names.join(u' ').contains(u"green"_s),
                 qPrintable(names.join(u", "_s)));
    Language::apply(Language::indonesian());
}

// The window in the colour-blind palette, and as deuteranopia and protanopia show it: saved for
// a look (docs/screenshots/palette_cb_*.png).
void TestColorVision::screenshotThroughSimulation()
{
    QVERIFY(Language::apply(Language::indonesian()));
    DashboardWindow window;
    DataSession session(&window, m_dir.filePath(u"own.sqlite"_s),
                        m_dir.filePath(u"sample.sqlite"_s));
    QVERIFY(session.openSample().ok());
    QSettings().setValue(u"view/alternativePalette"_s, true);
    auto *action = window.findChild<QAction *>(u"alternativePalette"_s);
    QVERIFY(action);
    if (!action->isChecked())
        action->trigger();
    QVERIFY(ColorScheme::alternative());
    window.showProvince(u"52"_s); // Nusa Tenggara Barat: districts of every band
    window.resize(1366, 728);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    const QImage shot = window.grab().toImage();
    const QString dir = QStringLiteral(LENGKAP_TEST_ARTIFACTS) + u"/"_s;
    QVERIFY(shot.save(dir + u"palette_cb_id.png"_s));
    QVERIFY(simulated(shot, Deuteranopia).save(dir + u"palette_cb_deuteranopia_id.png"_s));
    QVERIFY(simulated(shot, Protanopia).save(dir + u"palette_cb_protanopia_id.png"_s));
    action->trigger();
    QVERIFY(!ColorScheme::alternative());
}

QTEST_MAIN(TestColorVision)
#include "tst_colorvision.moc"
