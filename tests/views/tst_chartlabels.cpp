// Every type's name stays beside its bar. Qt Charts hides a category label that would overlap
// its neighbour's; under wine's substitute fonts the window at 1366x768 showed only every
// other type name ("Dentist", "Midwife", ...). The bar chart keeps a line of its label font for
// each type at any font size; checked on the labels Qt Charts draws (the scene's text items).
// Under wine (not in packaging/windows/wine-tests.txt yet) this test still fails: a label's box
// there is 19 px for a 14 px line, so the chart needs ~220 px where the window gives it 185;
// see docs/notes/issue12.md, "lead, 2026-11-30".
#include "summarycharts.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestChartLabels : public QObject
{
    Q_OBJECT

private slots:
    void everyTypeNamed_data();
    void everyTypeNamed();
};

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
    const QFont before = QApplication::font();
    QFont font = before;
    font.setPointSizeF(points);
    QApplication::setFont(font);
    {
        SummaryCharts charts;
        charts.resize(900, height);
        charts.show();
        // Not asserted: Qt's offscreen platform on Windows (the wine run) exposes no window; the
        // chart lays itself out all the same once shown.
        (void)QTest::qWaitForWindowExposed(&charts, 1000);
        QChartView *view = charts.barView();
        QTRY_VERIFY(view->chart()->plotArea().height() > 0);
        auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
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
        if (!hidden.isEmpty())
            view->grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS) + u"/chartlabels_%1pt.png"_s.arg(points));
        QVERIFY2(hidden.isEmpty(),
                 qPrintable(u"hidden at %1 pt (chart %2 px high, plot %3 px): %4"_s.arg(points)
                                .arg(view->height())
                                .arg(qRound(view->chart()->plotArea().height()))
                                .arg(hidden.join(u", "_s))));
    }
    QApplication::setFont(before);
}

} // namespace Lengkap

QTEST_MAIN(Lengkap::TestChartLabels)
#include "tst_chartlabels.moc"
