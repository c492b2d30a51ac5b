#include "breadcrumbbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Lengkap {

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
}

void BreadcrumbBar::setParts(const QStringList &parts)
{
    if (parts == m_parts)
        return;
    m_parts = parts;
    // delete the old widgets (separators included) and the stretch
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_widgets.clear();
    for (int depth = 0; depth < parts.size(); ++depth) {
        if (depth > 0) {
            auto *separator = new QLabel(u"›"_s, this);
            separator->setAccessibleName(QString());
            m_layout->addWidget(separator);
        }
        if (depth + 1 < parts.size()) {
            auto *button = new QToolButton(this);
            button->setText(parts.at(depth));
            button->setAutoRaise(true);
            button->setCursor(Qt::PointingHandCursor);
            button->setToolTip(tr("Go back to %1").arg(parts.at(depth)));
            button->setStyleSheet(
                u"QToolButton { color: palette(link); text-decoration: underline; }"_s);
            connect(button, &QToolButton::clicked, this,
                    [this, depth] { emit partActivated(depth); });
            m_layout->addWidget(button);
            m_widgets.append(button);
        } else {
            auto *label = new QLabel(parts.at(depth), this);
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            m_layout->addWidget(label);
            m_widgets.append(label);
        }
    }
    m_layout->addStretch(1);
}

QWidget *BreadcrumbBar::partWidget(int depth) const
{
    return m_widgets.value(depth);
}

} // namespace Lengkap
