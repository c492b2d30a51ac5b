#include "summarypanefit.h"

#include <QEvent>
#include <QLayout>
#include <QSplitter>
#include <QWidget>

#include <algorithm>

namespace Lengkap {

SummaryPaneFit::SummaryPaneFit(QSplitter *splitter, QWidget *pane, QWidget *figures,
                               QWidget *charts)
    : QObject(pane)
    , m_splitter(splitter)
    , m_pane(pane)
    , m_figures(figures)
    , m_charts(charts)
{
    for (QWidget *w : {m_pane, m_figures, m_charts})
        w->installEventFilter(this);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        if (!m_fitting)
            m_userSized = true;
    });
    schedule();
}

int SummaryPaneFit::neededHeight() const
{
    // Word-wrapped figures need more lines in a narrow column; the charts their minimum (the
    // bar chart's comes from its label boxes).
    const int figures = m_figures->hasHeightForWidth()
                            ? m_figures->heightForWidth(m_figures->width())
                            : m_figures->minimumSizeHint().height();
    const QMargins margins = m_pane->layout() ? m_pane->layout()->contentsMargins() : QMargins();
    const int content = std::max(
        {figures, m_figures->minimumSizeHint().height(), m_charts->minimumSizeHint().height()});
    return content + margins.top() + margins.bottom();
}

bool SummaryPaneFit::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::LayoutRequest: // a text or a minimum changed
    case QEvent::Resize: // another width: wrapped lines change
    case QEvent::Show:
        schedule();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SummaryPaneFit::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &SummaryPaneFit::fit, Qt::QueuedConnection);
}

void SummaryPaneFit::fit()
{
    m_scheduled = false;
    const int needed = neededHeight();
    m_fitting = true;
    if (m_pane->minimumHeight() != needed)
        m_pane->setMinimumHeight(needed);
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes[0] + sizes[1] > 0) {
        const int total = sizes[0] + sizes[1];
        const int top = m_userSized ? std::max(sizes[0], needed) : needed;
        if (top != sizes[0])
            m_splitter->setSizes({top, std::max(0, total - top)});
    }
    m_fitting = false;
}

} // namespace Lengkap
