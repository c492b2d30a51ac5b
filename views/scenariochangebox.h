#pragma once

#include "analysis.h"
#include "scenariodocument.h"

#include <QGroupBox>
#include <QHash>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;

// The scenario dock's typed changes (issue 14): a Puskesmas of the region on screen (completed
// as you type), a type, a status and an amount; or Non-ASN appointed as ASN; or workers moved to
// another Puskesmas. Apply asks for one change; the ScenarioController makes it one undo step on
// the same stack as the table's edits.
namespace Lengkap {

class ScenarioChangeBox : public QGroupBox
{
    Q_OBJECT
public:
    enum class Action { AddRemove, Appoint, Move };

    explicit ScenarioChangeBox(QWidget *parent = nullptr);

    // The Puskesmas offered: those of the region on screen. The analysis is read during the
    // call only; nullptr empties the list.
    void setPuskesmas(const Analysis *analysis, Level level, const QString &code);
    // A scenario is open: the fields are enabled; otherwise a hint says how to open one.
    void setActive(bool active);
    void setMessage(const QString &text);
    QString message() const;

    // The Puskesmas the text names: an entry of the list ("SAKRA — Lombok Timur"), or a name
    // only one Puskesmas of the region has (any case). 0 when none or several.
    qint64 puskesmasId(const QString &text) const;

signals:
    void changeRequested(const Lengkap::ScenarioChange &change);

private:
    void apply();
    void updateFields();
    void retranslate();
    void changeEvent(QEvent *event) override;

    QComboBox *m_action = nullptr;
    QLineEdit *m_puskesmas = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_status = nullptr;
    QSpinBox *m_amount = nullptr;
    QLabel *m_targetCaption = nullptr;
    QLineEdit *m_target = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_puskesmasCaption = nullptr;
    QLabel *m_typeCaption = nullptr;
    QLabel *m_statusCaption = nullptr;
    QLabel *m_amountCaption = nullptr;
    QLabel *m_actionCaption = nullptr;
    QStringListModel *m_names = nullptr;
    QHash<QString, qint64> m_idOfEntry; // "SAKRA — Lombok Timur" -> id
    QHash<QString, QList<qint64>> m_idsOfName; // folded name -> ids
    QString m_listKey; // cut-off, region and size of the list held, to rebuild only on change
    bool m_active = false;
    bool m_hint = false; // the message is the "open a scenario" hint
};

} // namespace Lengkap
