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
    QString group(int logicalIndex) const;

    // Where a section's own text is painted, in viewport coordinates: the lower row under a
    // group title, both rows otherwise.
    QRect leafRect(int logicalIndex) const;
    // The upper-row cell over the run of adjacent columns sharing logicalIndex's group, in
    // viewport coordinates (empty without a group).
    QRect groupRect(int logicalIndex) const;
    // The width in which the section's text stays whole beside a sort indicator, in bold (as
    // when highlighted): a sort must not cover or cut the header (issue 12).
    int neededWidth(int logicalIndex) const;
    // The width a group title needs to be whole.
    int groupNeededWidth(const QString &title) const;
    // Widens the columns of each group whose title does not fit over them (the extra shared
    // out over the group's columns).
    void fitGroupTitles();

protected:
    void paintEvent(QPaintEvent *event) override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int rowHeight() const;
    QFont groupFont() const;
};

} // namespace Lengkap
