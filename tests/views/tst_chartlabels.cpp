// Every type's name stays beside its bar. Qt Charts hides a category label that would overlap
// its neighbour's; under wine's Windows fonts ("MS Shell Dlg" 8.25 pt, a label's box 19 px for a
// 14 px line) the window at 1366x768 showed only every other type name ("Dentist", "Midwife",
// ...). Checked on the labels Qt Charts draws (the scene's text items): the charts alone at
// 8-12 pt, and the whole window on a 1366x768 and a 1280x720 laptop (taskbar 40 px) in both
// languages at each level, at the platform's own font and at larger ones. At the platform's own
// font the table keeps its 10 rows at 768 px as well (tst_geometry checks the rest of the
// window). Runs under wine too (packaging/windows/wine-tests.txt), where the fonts are Windows'.
#include "dashboardwindow.h"
#include "frozentableview.h"
#include "language.h"
#include "samplestore.h"
#include "store.h"
#include "summarycharts.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestChartLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTypeNamed_data();
    void everyTypeNamed();
    void everyTypeNamedInWindow_data();
    void everyTypeNamedInWindow();

private:
    QTemporaryDir m_dir;
    Store m_store;
    QList<QDate> m_cutoffs;
};

namespace {

// The names of the chart's category axis that Qt Charts leaves hidden.
QStringList hiddenNames(const QChartView *view)
{
    auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0));
    if (!axis)
        return {u"(no category axis)"_s};
    QStringList shown;
    for (QGraphicsItem *item : view->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && axis->categories().contains(text->toPlainText()))
            shown << text->toPlainText();
    }
    QStringList hidden;
    for (const QString &name : axis->categories()) {
        if (!shown.contains(name))
            hidden << name;
    }
    return hidden;
}

// The box Qt Charts measures a label in: a QGraphicsTextItem with a half-pixel document margin
// (ChartPresenter::textBoundingRect).
qreal labelBox(const QChartView *view)
{
    auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0));
    QGraphicsTextItem item;
    item.document()->setDocumentMargin(0.5);
    item.setFont(axis->labelsFont());
    item.setHtml(axis->categories().value(0));
    return item.boundingRect().height();
}

// A font whose text boxes are taller than its lines, as Windows' are (under wine a label's box
// is 19 px for a 14 px line): the Latin font of this machine with the most leading, at the
// platform font's size. Empty when none has more than a pixel.
QFont fontWithLeading()
{
    const QFont platform = QApplication::font();
    QFont best;
    qreal most = 1;
    QGraphicsTextItem item;
    item.document()->setDocumentMargin(0.5);
    for (const QString &family : QFontDatabase::families(QFontDatabase::Latin)) {
        if (QFontDatabase::isBitmapScalable(family) || !QFontDatabase::isScalable(family))
            continue;
        QFont font(family);
        font.setPointSizeF(platform.pointSizeF());
        item.setFont(font);
        item.setHtml(u"Dokter gigi"_s);
        const qreal extra = item.boundingRect().height() - QFontMetricsF(font).height();
        if (extra > most) {
            most = extra;
            best = font;
        }
    }
    return most > 1 ? best : QFont();
}

// The application's font for one test row, restored however the row ends.
class FontForRow
{
public:
    explicit FontForRow(const QFont &font) { QApplication::setFont(font); }
    ~FontForRow() { QApplication::setFont(m_before); }
    FontForRow(const FontForRow &) = delete;
    FontForRow &operator=(const FontForRow &) = delete;

private:
    const QFont m_before = QApplication::font();
};

} // namespace

void TestChartLabels::initTestCase()
{
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_chartlabels"_s);
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    qInfo("font %s %g pt", qPrintable(QApplication::font().family()),
          QApplication::font().pointSizeF());
    const QFont leading = fontWithLeading();
    qInfo("font with leading: %s", qPrintable(leading.family()));
}

void TestChartLabels::everyTypeNamed_data()
{
    QTest::addColumn<qreal>("points");
    QTest::addColumn<int>("height"); // the height the window's layout offers the charts
    for (const qreal points : {8.0, 9.0, 10.0, 11.0, 12.0}) {
        for (const int height : {150, 190, 240})
            QTest::addRow("%gpt, %d px", points, height) << points << height;
    }
}

void TestChartLabels::everyTypeNamed()
{
    QFETCH(qreal, points);
    QFETCH(int, height);
    QFont font = QApplication::font();
    font.setPointSizeF(points);
    const FontForRow row(font);
    {
        SummaryCharts charts;
        charts.resize(900, height);
        charts.show();
        // Not asserted: Qt's offscreen platform on Windows (the wine run) exposes no window; the
        // chart lays itself out all the same once shown.
        (void)QTest::qWaitForWindowExposed(&charts, 1000);
        QChartView *view = charts.barView();
        QTRY_VERIFY(view->chart()->plotArea().height() > 0);
        const QStringList hidden = hiddenNames(view);
        if (!hidden.isEmpty())
            view->grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS) + u"/chartlabels_%1pt.png"_s.arg(points));
        QVERIFY2(hidden.isEmpty(),
                 qPrintable(u"hidden at %1 pt (chart %2 px high, plot %3 px, label box %4 px): %5"_s
                                .arg(points)
                                .arg(view->height())
                                .arg(qRound(view->chart()->plotArea().height()))
                                .arg(labelBox(view))
                                .arg(hidden.join(u", "_s))));
    }
}

void TestChartLabels::everyTypeNamedInWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<bool>("leading"); // a font with Windows-like leading instead of the platform's
    QTest::addColumn<qreal>("scale"); // of the font's size
    for (const QSize screen : {QSize(1366, 768), QSize(1280, 720)}) {
        for (const bool leading : {false, true}) {
            for (const qreal scale : {1.0, 1.25}) {
                for (const QString &language : {Language::indonesian(), Language::english()}) {
                    QTest::addRow("%dx%d, %s font x%g, %s", screen.width(), screen.height(),
                                  leading ? "leading" : "platform", scale, qPrintable(language))
                        << language << screen << leading << scale;
                }
            }
        }
    }
}

void TestChartLabels::everyTypeNamedInWindow()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    QFETCH(bool, leading);
    QFETCH(qreal, scale);
    if (m_cutoffs.isEmpty()) {
        QVERIFY(m_store.open(m_dir.filePath(u"sample.sqlite"_s)).ok());
        QVERIFY(installSampleIfEmpty(m_store).ok());
        const Result<QList<QDate>> cutoffs = m_store.cutoffs();
        QVERIFY(cutoffs.ok());
        m_cutoffs = *cutoffs;
    }
    const QFont before = QApplication::font();
    QFont font = before;
    if (leading) {
        font = fontWithLeading();
        if (font.family().isEmpty())
            QSKIP("no font on this machine has text boxes taller than its lines");
    }
    font.setPointSizeF(before.pointSizeF() * scale);
    const FontForRow row(font);
    QSettings().clear();
    Language::apply(language);
    {
        DashboardWindow window;
        QVERIFY(window
                    .setData(
                        m_cutoffs, [this](QDate c) { return m_store.loadSnapshot(c); },
                        m_dir.filePath(u"sample.sqlite"_s))
                    .ok());
        window.show();
        (void)QTest::qWaitForWindowExposed(&window, 1000); // never exposed under wine
        // As on a laptop: the window fills the work area above a 40-pixel taskbar.
        window.setGeometry(QRect(QPoint(0, 0), screen - QSize(0, 40)));
        QCoreApplication::processEvents();
        QChartView *view = window.charts()->barView();
        for (int level = 0; level < 3; ++level) {
            if (level == 1)
                window.showProvince(u"52"_s);
            if (level == 2)
                window.showDistrict(u"52.03"_s);
            QCoreApplication::processEvents();
            QTRY_VERIFY(view->chart()->plotArea().height() > 0);
            QTableView *table = window.currentTable();
            const int rows
                = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
            const QString figures
                = u"level %1: window %2x%3, chart %4 px high, plot %5 px, label box %6 px, "
                  "%7 table rows"_s.arg(level)
                      .arg(window.width())
                      .arg(window.height())
                      .arg(view->height())
                      .arg(view->chart()->plotArea().height())
                      .arg(labelBox(view))
                      .arg(rows);
            qInfo("%s", qPrintable(figures));
            const QStringList hidden = hiddenNames(view);
            if (!hidden.isEmpty())
                window.grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS)
                                   + u"/chartlabels_window_%1x%2_%3%4_%5.png"_s.arg(screen.width())
                                         .arg(screen.height())
                                         .arg(leading ? u"leading"_s : u"platform"_s)
                                         .arg(scale)
                                         .arg(language));
            QVERIFY2(hidden.isEmpty(),
                     qPrintable(figures + u"; hidden: "_s + hidden.join(u", "_s)));
            // and the chart whole on screen, not cut by the summary pane or the window
            for (const QWidget *w = view; w != &window; w = w->parentWidget()) {
                const QRect chart(view->mapTo(w->parentWidget(), QPoint(0, 0)), view->size());
                QVERIFY2(w->parentWidget()->rect().contains(chart),
                         qPrintable(figures
                                    + u"; the chart is cut by %1 (%2 px high)"_s
                                          .arg(QString::fromLatin1(
                                              w->parentWidget()->metaObject()->className()))
                                          .arg(w->parentWidget()->height())));
            }
            // The table keeps 10 rows on a 768-pixel screen at the platform's own font.
            if (!leading && scale == 1.0 && screen.height() >= 768)
                QVERIFY2(rows >= 10, qPrintable(figures));
        }
    }
}

} // namespace Lengkap

QTEST_MAIN(Lengkap::TestChartLabels)
#include "tst_chartlabels.moc"
