#include "databasefollower.h"

#include "store.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lengkap {

DatabaseFollower::DatabaseFollower(Store &store, QMainWindow *window, std::function<void()> reload,
                                   int intervalMs, QObject *parent)
    : QObject(parent ? parent : window)
    , m_store(store)
    , m_reload(std::move(reload))
{
    // A bar above whatever the window shows: the dashboard's own layout stays untouched.
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_bar = new QFrame;
    m_bar->setObjectName(u"databaseBar"_s);
    m_bar->setStyleSheet(
        u"#databaseBar { background: #fff4ce; border-bottom: 1px solid #d8c27a; }"_s);
    auto *rows = new QVBoxLayout(m_bar);
    rows->setContentsMargins(8, 4, 8, 4);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    rows->addWidget(m_note);
    auto *changedRow = new QHBoxLayout;
    m_changed = new QLabel(tr("The database was changed by another program (an import or a "
                              "restore). The window still shows the data from before."));
    m_changed->setWordWrap(true);
    m_refresh = new QPushButton(tr("Refresh"));
    m_refresh->setObjectName(u"refreshButton"_s);
    changedRow->addWidget(m_changed, 1);
    changedRow->addWidget(m_refresh);
    rows->addLayout(changedRow);
    layout->addWidget(m_bar);
    if (QWidget *content = window->takeCentralWidget())
        layout->addWidget(content, 1);
    window->setCentralWidget(container);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_reload)
            m_reload();
        resync();
    });
    m_timer = new QTimer(this);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &DatabaseFollower::poll);
    m_timer->start();
    resync();
}

void DatabaseFollower::resync()
{
    if (const Result<qint64> version = m_store.dataVersion())
        m_version = *version;
    m_offered = false;
    updateBar();
}

void DatabaseFollower::poll()
{
    const Result<qint64> version = m_store.dataVersion();
    if (!version)
        return; // busy or gone for a moment: look again at the next tick, show nothing
    if (m_version < 0) {
        m_version = *version;
        return;
    }
    if (*version != m_version && !m_offered) {
        m_offered = true;
        updateBar();
        emit changedElsewhere();
    }
}

bool DatabaseFollower::refreshOffered() const
{
    return m_offered;
}

QString DatabaseFollower::text() const
{
    QStringList parts;
    if (!m_note->isHidden())
        parts.append(m_note->text());
    if (m_offered)
        parts.append(m_changed->text());
    return parts.join(u'\n');
}

void DatabaseFollower::updateBar()
{
    const bool readOnly = m_store.isReadOnly();
    m_note->setText(readOnly ? tr("Read-only: %1")
                                   .arg(m_store.readOnlyReason().isEmpty()
                                            ? tr("imports are not possible here")
                                            : m_store.readOnlyReason())
                             : QString());
    m_note->setHidden(!readOnly);
    m_changed->setHidden(!m_offered);
    m_refresh->setHidden(!m_offered);
    m_bar->setHidden(!readOnly && !m_offered);
}

} // namespace Lengkap
