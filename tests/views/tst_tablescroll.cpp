// Issue 12 §4, the table's scrolling: a newly opened district starts at the left, a type's bar
// brings that type's columns into view, and a sort shows the top of the sorted list.
#include "dashboardwindow.h"
#include "frozentableview.h"
#include "groupheaderview.h"
#include "language.h"
#include "seedsnapshot.h"
#include "staffingtablemodel.h"
#include "summarycharts.h"

#include <QAbstractItemView>
#include <QChartView>
#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestTableScroll : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newDistrictStartsLeft();
    void barBringsTypeColumns();
    void sortShowsTop();
    void donutSelectionCleared();
    void sortStaysWithItsDistrict();
    void searchCompleterAcrossLevels();
    void sortIndicatorLeavesTextWhole_data();
    void sortIndicatorLeavesTextWhole();
    void frozenHeaderOnTop_data();
    void frozenHeaderOnTop();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DashboardWindow> m_window;
};

void TestTableScroll::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_tablescroll"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestTableScroll::init()
{
    QSettings().clear();
    Language::apply(Language::indonesian());
    m_window = std::make_unique<DashboardWindow>();
    m_window->setAnalysis(std::make_unique<Analysis>(TestData::seedSnapshot()));
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTableScroll::newDistrictStartsLeft()
{
    const QStringList districts = m_window->analysis()->districtCodes();
    QVERIFY(districts.size() >= 2);
    m_window->showDistrict(u"52.03"_s);
    QScrollBar *bar = m_window->currentTable()->horizontalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    const QString other = districts.first() == u"52.03"_s ? districts.at(1) : districts.first();
    m_window->showDistrict(other);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->currentTable()->horizontalScrollBar()->value(), 0);
}

void TestTableScroll::barBringsTypeColumns()
{
    m_window->showDistrict(u"36.02"_s); // RANGKASBITUNG has no ATLM
    QCoreApplication::processEvents();
    FrozenTableView *table = m_window->currentTable();
    QCOMPARE(table->horizontalScrollBar()->value(), 0);
    const int atlm = 8;
    emit m_window->charts()->typeClicked(atlm);
    QCoreApplication::processEvents();
    QVERIFY(table->horizontalScrollBar()->value() > 0);
    for (auto kind : {StaffingTableModel::CellKind::Asn, StaffingTableModel::CellKind::Total}) {
        const int column = StaffingTableModel::countColumn(atlm, kind);
        const int x = table->columnViewportPosition(column);
        QVERIFY2(x >= 0 && x + table->columnWidth(column) <= table->viewport()->width(),
                 qPrintable(QString::number(x)));
    }
}

void TestTableScroll::sortShowsTop()
{
    m_window->showDistrict(u"52.03"_s);
    FrozenTableView *table = m_window->currentTable();
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    QVERIFY(table->verticalScrollBar()->value() > 0);
    table->sortByColumn(StaffingTableModel::countColumn(1, StaffingTableModel::CellKind::Total),
                        Qt::AscendingOrder);
    QTRY_COMPARE(table->verticalScrollBar()->value(), 0);
}

// A segment picked out under the mouse does not stay picked out in the next region.
void TestTableScroll::donutSelectionCleared()
{
    m_window->showDistrict(u"52.03"_s);
    SummaryCharts *charts = m_window->charts();
    QWidget *viewport = charts->donutView()->viewport();
    QTest::mouseMove(viewport, charts->sliceCenter(false));
    QTRY_VERIFY(charts->isSliceExploded(false));
    m_window->goBack();
    QCoreApplication::processEvents();
    QVERIFY(!charts->isSliceExploded(false));
    QVERIFY(!charts->isSliceExploded(true));
}

// A district's sort does not carry to the next district: it opens in name order.
void TestTableScroll::sortStaysWithItsDistrict()
{
    m_window->showDistrict(u"52.03"_s);
    FrozenTableView *table = m_window->currentTable();
    table->sortByColumn(StaffingTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(StaffingTableModel::Name));
    m_window->showDistrict(u"36.02"_s);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);
    QStringList names;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        names << table->model()->index(r, StaffingTableModel::Name).data().toString();
    // the order the model gives (the store's name order), not the descending sort
    QStringList sourceOrder;
    const QAbstractItemModel *source = m_window->staffingModel();
    for (int r = 0; r < source->rowCount(); ++r)
        sourceOrder << source->index(r, StaffingTableModel::Name).data().toString();
    QCOMPARE(names, sourceOrder);
}

// From the national level, typing lists matching provinces, districts and Puskesmas; choosing
// a Puskesmas opens its district with its row selected.
void TestTableScroll::searchCompleterAcrossLevels()
{
    m_window->showNational();
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    auto *completer = m_window->findChild<QCompleter *>(u"regionCompleter"_s);
    QVERIFY(search && completer);
    search->setFocus();
    QTest::keyClicks(search, u"rangkas"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QVERIFY2(completer->currentCompletion().contains(u"RANGKASBITUNG"_s),
             qPrintable(completer->currentCompletion()));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(m_window->level(), Level::District);
    QCOMPARE(m_window->regionCode(), u"36.02"_s);
    QCOMPARE(m_window->currentTable()->currentIndex().data().toString(), u"RANGKASBITUNG"_s);
    QVERIFY(search->text().isEmpty());

    // A district by part of its name, from a district level.
    QTest::keyClicks(search, u"lombok t"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QVERIFY(completer->completionCount() >= 1);
    QVERIFY2(completer->currentCompletion().startsWith(u"Lombok Timur"_s),
             qPrintable(completer->currentCompletion()));
}

void TestTableScroll::sortIndicatorLeavesTextWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("level");
    for (const QString &language : {Language::indonesian(), Language::english()}) {
        for (Level level : {Level::National, Level::Province, Level::District})
            QTest::addRow("%s level %d", qPrintable(language), int(level))
                << language << int(level);
    }
}

// Sorted by any column, that column's header text stays whole (in bold, as when highlighted)
// in the room the style leaves beside the sort indicator, and the indicator does not lie on
// it; the group title over it stays whole in its row, apart from the indicator.
void TestTableScroll::sortIndicatorLeavesTextWhole()
{
    QFETCH(QString, language);
    QFETCH(int, level);
    Language::apply(language); // the window follows through its LanguageChange event
    QCoreApplication::processEvents();
    m_window->resize(1366, 728);
    if (Level(level) == Level::Province)
        m_window->showProvince(u"52"_s);
    else if (Level(level) == Level::District)
        m_window->showDistrict(u"52.03"_s);
    else
        m_window->showNational();
    FrozenTableView *table = m_window->currentTable();
    auto *header = qobject_cast<GroupHeaderView *>(table->horizontalHeader());
    QVERIFY(header);
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    QStringList cut;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        table->sortByColumn(column, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        QCOMPARE(header->sortIndicatorSection(), column);
        if (column == 2) // looked at: the district's doctors' ASN column, the regions' Complete
            table->grab(QRect(0, 0, table->width(), header->height() + 4))
                .save(u"%1/sorted_header_%2_%3.png"_s.arg(QStringLiteral(LENGKAP_TEST_ARTIFACTS))
                          .arg(level)
                          .arg(language));
        QStyleOptionHeader option;
        option.initFrom(header);
        option.state |= QStyle::State_Horizontal;
        option.orientation = Qt::Horizontal;
        option.section = column;
        option.text = table->model()->headerData(column, Qt::Horizontal).toString();
        option.sortIndicator = QStyleOptionHeader::SortDown;
        option.rect = header->leafRect(column);
        const QRect label
            = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
        const QRect arrow
            = header->style()->subElementRect(QStyle::SE_HeaderArrow, &option, header);
        const QRect text = QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter,
                                               metrics.size(0, option.text), label);
        if (metrics.horizontalAdvance(option.text) > label.width() || arrow.intersects(text))
            cut << u"%1 (column %2): text %3 px, room %4 px, indicator at %5..%6"_s.arg(option.text)
                       .arg(column)
                       .arg(metrics.horizontalAdvance(option.text))
                       .arg(label.width())
                       .arg(arrow.left())
                       .arg(arrow.right());
        const QString title = header->group(column);
        if (!title.isEmpty()) {
            const QRect cell = header->groupRect(column);
            if (metrics.horizontalAdvance(title) > cell.width() - 2 * margin
                || cell.intersects(arrow))
                cut << u"group %1 over column %2: title %3 px in %4 px"_s.arg(title)
                           .arg(column)
                           .arg(metrics.horizontalAdvance(title))
                           .arg(cell.width());
        }
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

void TestTableScroll::frozenHeaderOnTop_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &language : {Language::indonesian(), Language::english()}) {
        // The window on a 1366x768 and a 1280x720 screen, less the taskbar.
        QTest::addRow("1366x768 %s", qPrintable(language)) << language << QSize(1366, 728);
        QTest::addRow("1280x720 %s", qPrintable(language)) << language << QSize(1280, 680);
    }
}

// Scrolled fully right, the header over the frozen name column shows only that column's own
// header: the same pixels as before scrolling, no scrolled section or group title over it.
void TestTableScroll::frozenHeaderOnTop()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    Language::apply(language); // the window follows through its LanguageChange event
    QCoreApplication::processEvents();
    m_window->resize(size);
    m_window->showDistrict(u"52.03"_s);
    QCoreApplication::processEvents();
    FrozenTableView *table = m_window->currentTable();
    const QRect frozen = table->frozenView()->geometry();
    const QRect header(frozen.topLeft(),
                       QSize(frozen.width(), table->horizontalHeader()->height()));
    QVERIFY(header.height() > 0);
    QCOMPARE(table->horizontalScrollBar()->value(), 0);
    const QImage before = table->grab(header).toImage();
    QScrollBar *bar = table->horizontalScrollBar();
    QVERIFY(bar->maximum() > header.width()); // far enough for other sections to pass under it
    bar->setValue(bar->maximum());
    QCoreApplication::processEvents();
    const QImage after = table->grab(header).toImage();
    const QString name = u"%1/frozen_header_%2x%3_%4"_s.arg(QStringLiteral(LENGKAP_TEST_ARTIFACTS))
                             .arg(size.width())
                             .arg(size.height())
                             .arg(language);
    table->grab(QRect(QPoint(0, 0), QSize(table->width(), header.bottom() + 60)))
        .save(name + u"_scrolled.png"_s);
    if (after != before) {
        before.save(name + u"_before.png"_s);
        after.save(name + u"_after.png"_s);
    }
    QVERIFY2(after == before,
             qPrintable(u"the frozen header changed when scrolled; see "_s + name));
}

} // namespace Lengkap

QTEST_MAIN(Lengkap::TestTableScroll)
#include "tst_tablescroll.moc"
