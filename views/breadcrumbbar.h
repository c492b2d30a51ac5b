#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

// "Indonesia › Nusa Tenggara Barat › Lombok Timur": each part above the current one is a
// button (Tab-reachable) that goes back to that level; the last part is plain text.
namespace Lengkap {

class BreadcrumbBar : public QWidget
{
    Q_OBJECT
public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    // parts from the nation down; the last is the current region
    void setParts(const QStringList &parts);
    QStringList parts() const { return m_parts; }
    // The button of an ancestor part (depth < parts().size() - 1), for tests.
    QWidget *partWidget(int depth) const;

signals:
    void partActivated(int depth); // 0 = the nation

private:
    QStringList m_parts;
    QHBoxLayout *m_layout = nullptr;
    QList<QWidget *> m_widgets;
};

} // namespace Lengkap
