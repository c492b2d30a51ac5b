#include "statusnotes.h"

#include <QStatusBar>

namespace Lengkap {

StatusNotes::StatusNotes(QStatusBar *bar, QObject *parent)
    : QObject(parent ? parent : bar)
    , m_bar(bar)
{
    connect(m_bar, &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message != m_text)
            m_text.clear(); // replaced or timed out: no longer ours
    });
}

void StatusNotes::show(const QString &text, Scopes dependsOn, int timeoutMs)
{
    m_text = text;
    m_scopes = dependsOn;
    m_bar->showMessage(text, timeoutMs);
}

void StatusNotes::dismiss(Scope changed)
{
    if (m_text.isEmpty() || !(m_scopes & changed))
        return;
    if (m_bar->currentMessage() == m_text)
        m_bar->clearMessage();
    m_text.clear();
}

QString StatusNotes::current() const
{
    return m_bar->currentMessage() == m_text ? m_text : QString();
}

} // namespace Lengkap
