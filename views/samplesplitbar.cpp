#include "samplesplitbar.h"

#include "datasession.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Lengkap {

SampleSplitBar::SampleSplitBar(QMainWindow *window, DataSession *session)
    : QToolBar(window)
    , m_session(session)
{
    setObjectName(u"sampleSplitBar"_s);
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false);
    // The same look as the session's banner: a note about the file, not an error.
    setStyleSheet(u"QToolBar { background: #fff3cd; border-bottom: 1px solid #e0c068; }"_s);
    auto *content = new QWidget(this);
    auto *row = new QHBoxLayout(content);
    row->setContentsMargins(8, 2, 8, 2);
    m_text = new QLabel(content);
    m_text->setObjectName(u"sampleSplitText"_s);
    m_text->setWordWrap(true);
    m_button = new QPushButton(content);
    m_button->setObjectName(u"sampleSplitButton"_s);
    connect(m_button, &QPushButton::clicked, this, &SampleSplitBar::askAndMove);
    row->addWidget(m_text, 1);
    row->addWidget(m_button);
    addWidget(content);
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, this);
    hide();
    connect(session, &DataSession::opened, this, &SampleSplitBar::check);
    retranslate();
}

void SampleSplitBar::check()
{
    Store &store = m_session->store();
    if (!store.isOpen() || m_session->isSample()) {
        hide();
        return;
    }
    const Result<MixedSample> mixed = store.mixedSample();
    if (!mixed || !mixed->isMixed()) {
        hide();
        return;
    }
    m_districts = mixed->sampleDistricts;
    QStringList cutoffs;
    for (const QDate &cutoff : mixed->cutoffs)
        cutoffs << QLocale().toString(cutoff, u"MMMM yyyy"_s);
    m_cutoffs = cutoffs.join(u", "_s);
    retranslate();
    // A read-only file cannot be changed: the bar still says what the file holds.
    m_button->setEnabled(!store.isReadOnly());
    show();
}

Result<QString> SampleSplitBar::moveSampleOut()
{
    const Result<QString> backup = m_session->store().removeSample();
    if (!backup)
        return backup;
    if (const Result<void> shown = m_session->reload(); !shown)
        return shown.error();
    return backup;
}

void SampleSplitBar::askAndMove()
{
    const auto answer = QMessageBox::question(
        parentWidget(), tr("Move the sample data out"),
        tr("This file holds the sample data (DATA CONTOH) at %1 (%2 district tables) beside "
           "your own imports. Remove the sample from this file?\n\nA backup of the file is "
           "made first; your own imports are not changed. The sample stays available under "
           "File → Open sample data.")
            .arg(m_cutoffs, QLocale().toString(m_districts)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Result<QString> moved = moveSampleOut();
    if (!moved) {
        QMessageBox::warning(parentWidget(), tr("Move the sample data out"),
                             tr("The sample data could not be removed; the file is as it "
                                "was.\n\n%1")
                                 .arg(moved.error().message));
        return;
    }
    QMessageBox::information(parentWidget(), tr("Move the sample data out"),
                             tr("The sample data were removed. A backup of the file as it was "
                                "is in %1.")
                                 .arg(QDir::toNativeSeparators(*moved)));
}

void SampleSplitBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void SampleSplitBar::retranslate()
{
    // A district at two cut-offs counts twice: "district tables", not districts.
    m_text->setText(tr("This file also holds the SAMPLE DATA (DATA CONTOH) at %1 (%2 district "
                       "tables), put there by an earlier version, mixed with your own imports.")
                        .arg(m_cutoffs, QLocale().toString(m_districts)));
    m_button->setText(tr("&Move the sample out…"));
}

} // namespace Lengkap
