#pragma once

#include <QObject>
#include <QString>

class QStatusBar;

// The window's passing status-bar messages that describe what is on screen ("Sorted by %
// complete", "No data for X in this cut-off", "X has no Dentist"): each is shown until it is
// no longer true. A note names what it depends on; when that changes, the window calls
// dismiss() and the note goes, if it is still the one shown (issue 12: "messages go away when
// no longer true"). A timeout still ends it, as before.
namespace Lengkap {

class StatusNotes : public QObject
{
    Q_OBJECT
public:
    enum Scope {
        Region = 0x1, // the region, cut-off, criteria or status on screen
        Search = 0x2, // the text in the search box
        Sort = 0x4, // the table's order
    };
    Q_DECLARE_FLAGS(Scopes, Scope)

    explicit StatusNotes(QStatusBar *bar, QObject *parent = nullptr);

    void show(const QString &text, Scopes dependsOn, int timeoutMs);
    // What the note depended on changed: it goes (a message of someone else stays).
    void dismiss(Scope changed);
    // The note on screen, empty when none (or another message replaced it).
    QString current() const;

private:
    QStatusBar *m_bar = nullptr;
    QString m_text;
    Scopes m_scopes;
};

} // namespace Lengkap

Q_DECLARE_OPERATORS_FOR_FLAGS(Lengkap::StatusNotes::Scopes)
