#include "scenariochangebox.h"

#include "nakestypes.h"
#include "wilayah.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

constexpr int MaxAmount = 9999;

QString folded(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QCompleter *makeCompleter(QStringListModel *model, QObject *parent)
{
    auto *completer = new QCompleter(model, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains); // "keruak" finds "KERUAK — Lombok Timur"
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    return completer;
}

} // namespace

ScenarioChangeBox::ScenarioChangeBox(QWidget *parent)
    : QGroupBox(parent)
    , m_names(new QStringListModel(this))
{
    setObjectName(u"scenarioChangeBox"_s);
    m_action = new QComboBox;
    m_action->setObjectName(u"changeAction"_s);
    m_puskesmas = new QLineEdit;
    m_puskesmas->setObjectName(u"changePuskesmas"_s);
    m_puskesmas->setCompleter(makeCompleter(m_names, m_puskesmas));
    m_type = new QComboBox;
    m_type->setObjectName(u"changeType"_s);
    for (int t = 0; t < NakesTypes::count(); ++t)
        m_type->addItem(NakesTypes::at(t).label(), t);
    m_status = new QComboBox;
    m_status->setObjectName(u"changeStatus"_s);
    m_amount = new QSpinBox;
    m_amount->setObjectName(u"changeAmount"_s);
    m_amount->setValue(1);
    m_target = new QLineEdit;
    m_target->setObjectName(u"changeTarget"_s);
    m_target->setCompleter(makeCompleter(m_names, m_target));
    m_apply = new QPushButton;
    m_apply->setObjectName(u"applyChange"_s);
    m_message = new QLabel;
    m_message->setObjectName(u"changeMessage"_s);
    m_message->setWordWrap(true);

    m_actionCaption = new QLabel;
    m_puskesmasCaption = new QLabel;
    m_typeCaption = new QLabel;
    m_statusCaption = new QLabel;
    m_amountCaption = new QLabel;
    m_targetCaption = new QLabel;
    auto *form = new QFormLayout(this);
    form->addRow(m_actionCaption, m_action);
    form->addRow(m_puskesmasCaption, m_puskesmas);
    form->addRow(m_typeCaption, m_type);
    form->addRow(m_statusCaption, m_status);
    form->addRow(m_amountCaption, m_amount);
    form->addRow(m_targetCaption, m_target);
    form->addRow(m_apply);
    form->addRow(m_message);
    for (auto [caption, field] : {std::pair<QLabel *, QWidget *> {m_actionCaption, m_action},
                                  {m_puskesmasCaption, m_puskesmas},
                                  {m_typeCaption, m_type},
                                  {m_statusCaption, m_status},
                                  {m_amountCaption, m_amount},
                                  {m_targetCaption, m_target}})
        caption->setBuddy(field);

    retranslate();
    connect(m_action, &QComboBox::currentIndexChanged, this, &ScenarioChangeBox::updateFields);
    connect(m_apply, &QPushButton::clicked, this, &ScenarioChangeBox::apply);
    connect(m_puskesmas, &QLineEdit::returnPressed, this, &ScenarioChangeBox::apply);
    connect(m_target, &QLineEdit::returnPressed, this, &ScenarioChangeBox::apply);
    setActive(false);
}

void ScenarioChangeBox::retranslate()
{
    setTitle(tr("Change workers (scenario)"));
    const int action = std::max(0, m_action->currentIndex());
    const int status = std::max(0, m_status->currentIndex());
    {
        const QSignalBlocker block(m_action);
        m_action->clear();
        m_action->addItem(tr("Add or remove (− for fewer)"), int(Action::AddRemove));
        m_action->addItem(tr("Appoint Non-ASN as ASN"), int(Action::Appoint));
        m_action->addItem(tr("Move to another Puskesmas"), int(Action::Move));
        m_action->setCurrentIndex(action);
    }
    m_status->clear();
    m_status->addItem(tr("ASN"), true);
    m_status->addItem(tr("Non-ASN"), false);
    m_status->setCurrentIndex(status);
    for (int t = 0; t < NakesTypes::count(); ++t)
        m_type->setItemText(t, NakesTypes::at(t).label());
    m_actionCaption->setText(tr("C&hange:"));
    m_puskesmasCaption->setText(tr("P&uskesmas:"));
    m_typeCaption->setText(tr("T&ype:"));
    m_statusCaption->setText(tr("Stat&us:"));
    m_amountCaption->setText(tr("A&mount:"));
    m_targetCaption->setText(tr("&To Puskesmas:"));
    m_puskesmas->setPlaceholderText(tr("Type a name of the region on screen"));
    m_target->setPlaceholderText(tr("Type a name of the region on screen"));
    m_apply->setText(tr("&Apply Change"));
    setActive(m_active);
}

void ScenarioChangeBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ScenarioChangeBox::updateFields()
{
    const auto action = Action(m_action->currentData().toInt());
    m_target->setVisible(action == Action::Move);
    m_targetCaption->setVisible(action == Action::Move);
    // Appointing takes Non-ASN workers and makes them ASN: no status to choose.
    m_status->setEnabled(m_active && action != Action::Appoint);
    if (action == Action::AddRemove) {
        m_amount->setRange(-MaxAmount, MaxAmount);
    } else {
        m_amount->setRange(1, MaxAmount);
    }
}

void ScenarioChangeBox::setActive(bool active)
{
    m_active = active;
    for (QWidget *w : std::initializer_list<QWidget *> {m_action, m_puskesmas, m_type, m_status,
                                                        m_amount, m_target, m_apply})
        w->setEnabled(active);
    updateFields();
    if (!active) {
        m_message->setText(
            tr("Open or create a scenario (Scenario menu) to change workers by typing here."));
        m_hint = true;
    } else if (m_hint) {
        m_message->clear();
        m_hint = false;
    }
}

void ScenarioChangeBox::setMessage(const QString &text)
{
    m_hint = false;
    m_message->setText(text);
}

QString ScenarioChangeBox::message() const
{
    return m_message->text();
}

void ScenarioChangeBox::setPuskesmas(const Analysis *analysis, Level level, const QString &code)
{
    if (!analysis) {
        m_listKey.clear();
        m_names->setStringList({});
        m_idOfEntry.clear();
        m_idsOfName.clear();
        return;
    }
    const Snapshot &snapshot = analysis->snapshot();
    // The names do not change with a scenario's counts: rebuild only for other data or region.
    // (A re-import of the cut-off gives new ids: the first and last id tell.)
    const QString key
        = u"%1|%2|%3|%4|%5|%6"_s.arg(snapshot.cutoff.toString(Qt::ISODate))
              .arg(int(level))
              .arg(code)
              .arg(snapshot.puskesmas.size())
              .arg(snapshot.puskesmas.isEmpty() ? 0 : snapshot.puskesmas.constFirst().id)
              .arg(snapshot.puskesmas.isEmpty() ? 0 : snapshot.puskesmas.constLast().id);
    if (key == m_listKey)
        return;
    m_listKey = key;
    m_idOfEntry.clear();
    m_idsOfName.clear();
    QStringList entries;
    QHash<QString, QString> districtNames;
    const Wilayah &wilayah = Wilayah::instance();
    for (const PuskesmasData &p : snapshot.puskesmas) {
        if (!p.inRegion(level, code))
            continue;
        auto district = districtNames.constFind(p.districtCode);
        if (district == districtNames.cend()) {
            const District *d = wilayah.district(p.districtCode);
            district = districtNames.insert(p.districtCode, d ? d->shortName : p.districtCode);
        }
        QString entry = u"%1 — %2"_s.arg(p.name, *district);
        if (m_idOfEntry.contains(entry)) // two of one name in a district: the code tells them apart
            entry = u"%1 (%2) — %3"_s.arg(p.name, p.code, *district);
        m_idOfEntry.insert(entry, p.id);
        m_idsOfName[folded(p.name)].append(p.id);
        entries.append(entry);
    }
    m_names->setStringList(entries);
}

qint64 ScenarioChangeBox::puskesmasId(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (const auto it = m_idOfEntry.constFind(trimmed); it != m_idOfEntry.cend())
        return *it;
    const QList<qint64> ids = m_idsOfName.value(folded(trimmed));
    return ids.size() == 1 ? ids.first() : 0;
}

void ScenarioChangeBox::apply()
{
    if (!m_active)
        return;
    const auto action = Action(m_action->currentData().toInt());
    const qint64 id = puskesmasId(m_puskesmas->text());
    if (!id) {
        m_message->setText(
            tr("No single Puskesmas of the region on screen is called “%1”: pick one from the "
               "list.")
                .arg(m_puskesmas->text().trimmed()));
        m_puskesmas->setFocus();
        return;
    }
    const int count = m_amount->value();
    if (count == 0) {
        m_message->setText(tr("The amount is 0: nothing to change."));
        return;
    }
    ScenarioChange change;
    change.puskesmasId = id;
    change.type = m_type->currentData().toInt();
    change.count = count;
    switch (action) {
    case Action::AddRemove:
        change.kind = ScenarioChange::Kind::Add;
        change.asn = m_status->currentData().toBool();
        break;
    case Action::Appoint:
        change.kind = ScenarioChange::Kind::Convert;
        change.asn = true;
        break;
    case Action::Move: {
        change.kind = ScenarioChange::Kind::Move;
        change.asn = m_status->currentData().toBool();
        change.toPuskesmasId = puskesmasId(m_target->text());
        if (!change.toPuskesmasId || change.toPuskesmasId == id) {
            m_message->setText(tr("Name another Puskesmas of the region on screen to move the "
                                  "workers to."));
            m_target->setFocus();
            return;
        }
        break;
    }
    }
    m_message->clear();
    emit changeRequested(change);
}

} // namespace Lengkap
