#pragma once

#include <QTableView>

// A table whose first (name) column stays in place while the rest scrolls sideways: a second
// QTableView on the same model and selection model laid over the left edge, kept in step via
// the header's sectionResized and the vertical scroll bar (Qt's frozencolumn example). Both use
// a GroupHeaderView, so the two-row header of the district table lines up.
namespace Lengkap {

class GroupHeaderView;

class FrozenTableView : public QTableView
{
    Q_OBJECT
public:
    explicit FrozenTableView(QWidget *parent = nullptr);
    ~FrozenTableView() override;

    void setModel(QAbstractItemModel *model) override;
    QTableView *frozenView() const { return m_frozen; }
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void init();
    void hideFrozenColumns();
    void updateFrozenGeometry();

    QTableView *m_frozen = nullptr;
};

} // namespace Lengkap
