#pragma once

#include <QHeaderView>

// A horizontal header of two rows where the model groups columns (TableRoles::GroupHeaderRole:
// the worker type over its ASN / Non-ASN / Total columns). Columns without a group use both
// rows. With no groups in the model it is a plain one-row header.
namespace Lengkap {

class GroupHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit GroupHeaderView(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    bool hasGroups() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QString group(int logicalIndex) const;
    int rowHeight() const;
};

} // namespace Lengkap
