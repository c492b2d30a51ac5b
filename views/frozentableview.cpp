#include "frozentableview.h"

#include "celldelegate.h"
#include "groupheaderview.h"

#include <QHeaderView>
#include <QScrollBar>

namespace Lengkap {

FrozenTableView::FrozenTableView(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    setHorizontalHeader(new GroupHeaderView(this));
    m_frozen->setHorizontalHeader(new GroupHeaderView(m_frozen));
    auto *delegate = new CellDelegate(this);
    setItemDelegate(delegate);
    m_frozen->setItemDelegate(delegate);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    m_frozen->setSelectionBehavior(SelectRows);
    m_frozen->setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    m_frozen->setAlternatingRowColors(true);
    setSortingEnabled(true);
    m_frozen->setSortingEnabled(true);
    setWordWrap(false);
    m_frozen->setWordWrap(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_frozen->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setEditTriggers(NoEditTriggers);
    m_frozen->setEditTriggers(NoEditTriggers);
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setStyleSheet(
        QStringLiteral("QTableView { border: none; border-right: 2px solid #757575; }"));
    viewport()->stackUnder(m_frozen);
    // The header was set after m_frozen was made, so it lies above it: scrolled sections and
    // their group titles ("tal | ASN | Non-ASN", "Perawat") were painted over the frozen
    // column's own header (issue 12). The frozen view goes on top of the header too.
    horizontalHeader()->stackUnder(m_frozen);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) {
                if (logical == 0) {
                    m_frozen->setColumnWidth(0, size);
                    updateFrozenGeometry();
                }
            });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) { m_frozen->setRowHeight(logical, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    // One sort indicator for both headers.
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                QSignalBlocker block(m_frozen->horizontalHeader());
                m_frozen->horizontalHeader()->setSortIndicator(section, order);
            });
    connect(m_frozen->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) { sortByColumn(section, order); });
    connect(m_frozen, &QTableView::activated, this, &QTableView::activated);
}

FrozenTableView::~FrozenTableView() = default;

void FrozenTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &FrozenTableView::hideFrozenColumns);
        connect(model, &QAbstractItemModel::layoutChanged, this,
                &FrozenTableView::updateFrozenGeometry);
    }
    hideFrozenColumns();
}

void FrozenTableView::hideFrozenColumns()
{
    if (!model())
        return;
    for (int column = 1; column < model()->columnCount(); ++column)
        m_frozen->setColumnHidden(column, true);
    m_frozen->setColumnWidth(0, columnWidth(0));
    updateFrozenGeometry();
}

void FrozenTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenTableView::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

QModelIndex FrozenTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Keep a cell that moved under the frozen column visible.
    if (cursorAction == MoveLeft && current.column() > 0
        && visualRect(current).topLeft().x() < m_frozen->columnWidth(0)) {
        const int newValue = horizontalScrollBar()->value() + visualRect(current).topLeft().x()
                             - m_frozen->columnWidth(0);
        horizontalScrollBar()->setValue(newValue);
    }
    return current;
}

void FrozenTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (index.column() > 0) {
        QTableView::scrollTo(index, hint);
        return;
    }
    // The frozen column is always visible: scroll rows only.
    const int horizontal = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    horizontalScrollBar()->setValue(horizontal);
}

void FrozenTableView::updateFrozenGeometry()
{
    if (!m_frozen)
        return;
    if (m_frozen->horizontalHeader()->height() != horizontalHeader()->height())
        m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), columnWidth(0),
                          viewport()->height() + horizontalHeader()->height());
}

} // namespace Lengkap
