#include "scenariopanel.h"

#include "nakestypes.h"
#include "scenariochangebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

constexpr int MaxPlaced = 99999; // more than there are empty cells in the country

QString number(int value)
{
    return QLocale().toString(value);
}

// DOMAIN.md §3: 2 decimals, in the UI's number format ("77,14%" in Indonesian).
QString percent(double value)
{
    return QLocale().toString(value, 'f', 2) + u'%';
}

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem(number(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

SkmStandardsDialog::SkmStandardsDialog(const SkmStandards &standards, const QStringList &kategori,
                                       QWidget *parent)
    : QDialog(parent)
    , m_base(standards)
{
    setWindowTitle(tr("SKM standards"));
    for (const QString &k : kategori) {
        const QString name = k.simplified();
        if (!name.isEmpty() && !m_kategori.contains(name, Qt::CaseInsensitive))
            m_kategori.append(name);
    }
    for (const QString &k : standards.overriddenKategori()) {
        if (!m_kategori.contains(k, Qt::CaseInsensitive))
            m_kategori.append(k);
    }

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Type</b>")), 0, 0);
    QStringList headers {tr("Non rawat inap"), tr("Rawat inap")};
    headers += m_kategori;
    for (int c = 0; c < headers.size(); ++c) {
        auto *header = new QLabel(u"<b>%1</b>"_s.arg(headers.at(c).toHtmlEscaped()));
        header->setWordWrap(true);
        header->setAlignment(Qt::AlignCenter);
        grid->addWidget(header, 0, c + 1);
        QList<QSpinBox *> column;
        for (int t = 0; t < NakesTypes::count(); ++t) {
            auto *spin = new QSpinBox;
            spin->setObjectName(u"skm_%1_%2"_s.arg(c).arg(NakesTypes::at(t).key));
            if (c >= 2) {
                // -1: no override, the kategori follows its class.
                spin->setRange(-1, SkmStandards::MaxStandard);
                spin->setSpecialValueText(tr("–"));
                spin->setToolTip(
                    tr("“–”: as its class (%1)")
                        .arg(kategoriClass(m_kategori.at(c - 2)) == KategoriClass::RawatInap
                                 ? tr("rawat inap")
                                 : tr("non rawat inap")));
            } else {
                spin->setRange(0, SkmStandards::MaxStandard);
            }
            grid->addWidget(spin, t + 1, c + 1);
            column.append(spin);
        }
        m_spinBoxes.append(column);
    }
    for (int t = 0; t < NakesTypes::count(); ++t)
        grid->addWidget(new QLabel(NakesTypes::at(t).label()), t + 1, 0);

    auto *note = new QLabel(tr("Workers per Puskesmas. A kategori containing “Rawat Inap” and not "
                               "“Non” follows the rawat inap column; any other, empty included, "
                               "the non rawat inap column."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setStandards(SkmStandards()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setStandards(standards);
}

void SkmStandardsDialog::setStandards(const SkmStandards &standards)
{
    m_base = standards;
    for (int t = 0; t < NakesTypes::count(); ++t) {
        m_spinBoxes[0][t]->setValue(standards.classStandard(KategoriClass::NonRawatInap, t));
        m_spinBoxes[1][t]->setValue(standards.classStandard(KategoriClass::RawatInap, t));
        for (int k = 0; k < m_kategori.size(); ++k) {
            const QString &kategori = m_kategori.at(k);
            m_spinBoxes[k + 2][t]->setValue(
                standards.hasOverride(kategori, t) ? standards.standard(kategori, t) : -1);
        }
    }
}

SkmStandards SkmStandardsDialog::standards() const
{
    SkmStandards standards = m_base;
    for (int t = 0; t < NakesTypes::count(); ++t) {
        standards.setClassStandard(KategoriClass::NonRawatInap, t, m_spinBoxes[0][t]->value());
        standards.setClassStandard(KategoriClass::RawatInap, t, m_spinBoxes[1][t]->value());
        for (int k = 0; k < m_kategori.size(); ++k) {
            const int value = m_spinBoxes[k + 2][t]->value();
            if (value < 0)
                standards.removeOverride(m_kategori.at(k), t);
            else
                standards.setOverride(m_kategori.at(k), t, value);
        }
    }
    return standards;
}

QSpinBox *SkmStandardsDialog::spinBox(int column, int type) const
{
    return m_spinBoxes.value(column).value(type);
}

ScenarioPanel::ScenarioPanel(QWidget *parent)
    : QWidget(parent)
{
    // The planner's standards, if any were saved and still read; otherwise the preset.
    const QByteArray saved
        = QSettings().value(QString::fromLatin1(SettingsKey)).toString().toUtf8();
    if (!saved.isEmpty()) {
        if (Result<SkmStandards> read = SkmStandards::fromJson(saved))
            m_standards = *read;
    }

    m_title = new QLabel;
    m_title->setObjectName(u"scenarioTitle"_s);
    m_title->setWordWrap(true);

    auto *placeBox = new QGroupBox(tr("Workers to place"));
    auto *placeForm = new QFormLayout(placeBox);
    // Issue 14: the proposal's modes and limits, as the CLI's scenario command has them.
    m_mode = new QComboBox;
    m_mode->setObjectName(u"proposalMode"_s);
    m_mode->addItem(tr("Per type"), int(Mode::PerType));
    m_mode->addItem(tr("Total of any types"), int(Mode::Total));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ScenarioPanel::recompute);
    m_mode->setAccessibleName(tr("Proposal:"));
    placeForm->addRow(m_mode); // the whole row: as a field it would widen the spin box column
    m_total = new QSpinBox;
    m_total->setObjectName(u"proposalTotal"_s);
    m_total->setRange(0, MaxPlaced);
    m_total->setAccessibleName(tr("Workers of any types to place"));
    connect(m_total, &QSpinBox::valueChanged, this, &ScenarioPanel::recompute);
    placeForm->addRow(tr("Total:"), m_total);
    for (int t = 0; t < NakesTypes::count(); ++t) {
        auto *spin = new QSpinBox;
        spin->setObjectName(u"place_%1"_s.arg(NakesTypes::at(t).key));
        spin->setRange(0, MaxPlaced);
        spin->setAccessibleName(tr("%1 to place").arg(NakesTypes::at(t).label()));
        connect(spin, &QSpinBox::valueChanged, this, &ScenarioPanel::recompute);
        placeForm->addRow(NakesTypes::at(t).label(), spin);
        m_placements.append(spin);
    }
    auto *clear = new QPushButton(tr("Clear"));
    clear->setObjectName(u"clearPlacements"_s);
    connect(clear, &QPushButton::clicked, this, &ScenarioPanel::clearPlacements);
    placeForm->addRow(clear);
    m_skmLeftovers = new QCheckBox(tr("Leftovers where the SKM shortage is largest"));
    m_skmLeftovers->setObjectName(u"skmLeftovers"_s);
    m_skmLeftovers->setToolTip(tr("Workers no empty cell can take go to the Puskesmas furthest "
                                  "below the SKM standard of their type"));
    m_regionOnly = new QCheckBox(tr("Only in the region on screen"));
    m_regionOnly->setObjectName(u"regionOnly"_s);
    m_regionOnly->setChecked(true);
    m_regionOnly->setToolTip(tr("Unchecked: anywhere in the data"));
    m_asnOnly = new QCheckBox(tr("ASN cells only"));
    m_asnOnly->setObjectName(u"asnOnly"_s);
    m_asnOnly->setToolTip(tr("Count and fill ASN workers only, whatever the window's status"));
    // Under both boxes, full width: beside the result they would widen the dock past 1366x768.
    auto *options = new QVBoxLayout;
    options->setSpacing(2);
    for (QCheckBox *box : {m_skmLeftovers, m_regionOnly, m_asnOnly}) {
        connect(box, &QCheckBox::toggled, this, &ScenarioPanel::recompute);
        options->addWidget(box);
    }

    auto *resultBox = new QGroupBox(tr("Result"));
    auto *resultLayout = new QVBoxLayout(resultBox);
    m_completeLabel = new QLabel;
    m_completeLabel->setObjectName(u"completeLabel"_s);
    m_shortageLabel = new QLabel;
    m_shortageLabel->setObjectName(u"shortageLabel"_s);
    m_usedLabel = new QLabel;
    m_usedLabel->setObjectName(u"usedLabel"_s);
    for (QLabel *label : {m_completeLabel, m_shortageLabel, m_usedLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        resultLayout->addWidget(label);
    }
    m_receivers = new QTreeWidget;
    m_receivers->setObjectName(u"receivers"_s);
    m_receivers->setRootIsDecorated(false);
    m_receivers->setHeaderLabels({tr("Puskesmas"), tr("District"), tr("Type"),
                                  tr("Becomes complete"), tr("Workers"), tr("Why")});
    m_explanation = new QLabel;
    m_explanation->setObjectName(u"proposalExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receivers->setSortingEnabled(false);
    auto *receiversCaption = new QLabel(tr("Puskesmas receiving a worker:"));
    receiversCaption->setWordWrap(true);
    resultLayout->addWidget(receiversCaption);
    resultLayout->addWidget(m_receivers, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(placeBox);
    top->addWidget(resultBox, 1);

    auto *skmBox = new QGroupBox(tr("SKM standards (Standar Ketenagaan Minimal)"));
    auto *skmLayout = new QVBoxLayout(skmBox);
    auto *skmHeader = new QHBoxLayout;
    m_skmLabel = new QLabel;
    m_skmLabel->setObjectName(u"skmLabel"_s);
    m_skmLabel->setWordWrap(true);
    m_editStandards = new QPushButton(tr("Edit standards…"));
    m_editStandards->setObjectName(u"editStandards"_s);
    connect(m_editStandards, &QPushButton::clicked, this, &ScenarioPanel::editStandards);
    skmHeader->addWidget(m_skmLabel, 1);
    skmHeader->addWidget(m_editStandards);
    skmLayout->addLayout(skmHeader);
    m_skmTable = new QTableWidget(NakesTypes::count(), 6);
    m_skmTable->setObjectName(u"skmTable"_s);
    m_skmTable->setHorizontalHeaderLabels({tr("Type"), tr("Standard"), tr("Existing"),
                                           tr("Shortage"), tr("Surplus"),
                                           tr("Puskesmas meeting it")});
    m_skmTable->verticalHeader()->hide();
    m_skmTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_skmTable->horizontalHeader()->setStretchLastSection(true);
    m_skmTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    skmLayout->addWidget(m_skmTable);

    m_changeBox = new ScenarioChangeBox;

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(top, 1);
    layout->addWidget(m_explanation); // full width: a list of names reads better than a column
    layout->addLayout(options);
    layout->addWidget(m_changeBox);
    layout->addWidget(skmBox, 1);

    recompute();
    updateSkm();
}

void ScenarioPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLabelHeights();
}

void ScenarioPanel::fitLabelHeights()
{
    // In the dock's scroll area the panel gets its minimum height, and a word-wrapped label's
    // minimum is one line: ask for the height its text needs at its width.
    for (QLabel *label : {m_title, m_explanation}) {
        const int width = label->width() > 0 ? label->width() : 400;
        label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(width));
    }
}

void ScenarioPanel::setAnalysis(const Analysis *analysis, Level level, const QString &code,
                                Criteria criteria, Status status)
{
    m_analysis = analysis;
    m_level = level;
    m_code = code;
    m_criteria = criteria;
    m_status = status;
    recompute();
    updateSkm();
}

void ScenarioPanel::setStandards(const SkmStandards &standards)
{
    QSettings settings;
    if (standards.isDefault())
        settings.remove(QString::fromLatin1(SettingsKey));
    else
        settings.setValue(QString::fromLatin1(SettingsKey), QString::fromUtf8(standards.toJson()));
    if (standards == m_standards)
        return;
    m_standards = standards;
    updateSkm();
    emit standardsChanged();
}

void ScenarioPanel::setSourceStandards(const std::optional<SkmStandards> &standards)
{
    if (!standards && !m_fromSource)
        return;
    m_fromSource = standards.has_value();
    SkmStandards used = standards.value_or(SkmStandards());
    if (!standards) {
        const QByteArray saved
            = QSettings().value(QString::fromLatin1(SettingsKey)).toString().toUtf8();
        if (Result<SkmStandards> read = SkmStandards::fromJson(saved); !saved.isEmpty() && read)
            used = *read;
    }
    m_editStandards->setEnabled(!m_fromSource);
    m_editStandards->setToolTip(m_fromSource ? tr("The server's standards, set by its "
                                                  "administrator: they cannot be edited here.")
                                             : QString());
    if (used == m_standards)
        return;
    m_standards = used;
    updateSkm();
    emit standardsChanged();
}

void ScenarioPanel::editStandards()
{
    if (m_fromSource)
        return; // the server's: its administrator changes them
    QStringList kategori;
    if (m_analysis) {
        for (const PuskesmasData &p : m_analysis->snapshot().puskesmas) {
            if (!p.kategori.isEmpty() && !kategori.contains(p.kategori))
                kategori.append(p.kategori);
        }
        kategori.sort(Qt::CaseInsensitive);
    }
    SkmStandardsDialog dialog(m_standards, kategori, this);
    if (dialog.exec() == QDialog::Accepted)
        setStandards(dialog.standards());
}

void ScenarioPanel::clearPlacements()
{
    for (QSpinBox *spin : std::as_const(m_placements)) {
        const QSignalBlocker blocker(spin);
        spin->setValue(0);
    }
    recompute();
}

QList<Placement> ScenarioPanel::placements() const
{
    QList<Placement> list;
    for (int t = 0; t < m_placements.size(); ++t) {
        if (const int n = m_placements.at(t)->value())
            list.append({t, n});
    }
    return list;
}

ProposalRequest ScenarioPanel::request() const
{
    ProposalRequest request;
    if (Mode(m_mode->currentData().toInt()) == Mode::Total)
        request.total = m_total->value();
    else
        request.placements = placements();
    request.leftoverToSkm = m_skmLeftovers->isChecked();
    request.standards = m_standards;
    return request;
}

Level ScenarioPanel::proposalLevel() const
{
    return m_regionOnly->isChecked() ? m_level : Level::National;
}

QString ScenarioPanel::proposalCode() const
{
    return m_regionOnly->isChecked() ? m_code : QString();
}

Status ScenarioPanel::proposalStatus() const
{
    return m_asnOnly->isChecked() ? Status::Asn : m_status;
}

void ScenarioPanel::recompute()
{
    const bool total = Mode(m_mode->currentData().toInt()) == Mode::Total;
    m_total->setEnabled(total);
    for (QSpinBox *spin : std::as_const(m_placements))
        spin->setEnabled(!total);
    m_receivers->clear();
    m_changeBox->setPuskesmas(m_analysis, m_level, m_code);
    if (!m_analysis) {
        m_result = {};
        m_title->setText(tr("No data: import a file or open the sample data."));
        m_completeLabel->clear();
        m_shortageLabel->clear();
        m_usedLabel->clear();
        m_explanation->clear();
        return;
    }
    m_result = planProposal(*m_analysis, proposalLevel(), proposalCode(), m_criteria,
                            proposalStatus(), request());
    const ScenarioResult &r = m_result;
    m_title->setText(tr("<b>Scenario for %1</b>: place workers and see how many Puskesmas become "
                        "complete.")
                         .arg(r.name.toHtmlEscaped()));
    m_completeLabel->setText(
        tr("Complete: %1 → <b>%2</b> of %Ln Puskesmas (%3 → <b>%4</b>)", nullptr, r.puskesmas)
            .arg(number(r.completeBefore), number(r.completeAfter), percent(r.completePctBefore()),
                 percent(r.completePctAfter())));
    m_shortageLabel->setText(tr("Shortage (empty cells): %1 → <b>%2</b>")
                                 .arg(number(r.shortageBefore), number(r.shortageAfter)));
    QString used
        = tr("Workers placed: %1 of %2").arg(number(r.totalUsed()), number(r.totalPlaced()));
    if (r.leftOver() > 0) {
        QStringList over;
        for (int t = 0; t < r.placed.size(); ++t) {
            if (r.leftOver(t) > 0)
                over.append(u"%1 %2"_s.arg(number(r.leftOver(t)), NakesTypes::at(t).label()));
        }
        used += u"; "_s
                + (over.isEmpty()
                       ? tr("%1 left over (no empty cell left)").arg(number(r.leftOver()))
                       : tr("%1 left over (no empty cell of that type left): %2")
                             .arg(number(r.leftOver()), over.join(u", "_s)));
    }
    if (r.totalSkm() > 0)
        used += u"; "_s
                + tr("%1 where the SKM shortage is largest").arg(number(r.totalSkm()));
    m_usedLabel->setText(used);
    m_explanation->setText(explanationText(r));
    fitLabelHeights();

    QList<QTreeWidgetItem *> items;
    items.reserve(r.assignments.size());
    for (const Assignment &a : r.assignments) {
        const QString why = a.explanation();
        auto *item = new QTreeWidgetItem({a.puskesmas, a.district, NakesTypes::at(a.type).label(),
                                          a.completes ? tr("yes") : tr("no"), number(a.count),
                                          why});
        item->setData(0, Qt::UserRole, a.puskesmasId);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, why);
        item->setToolTip(5, why);
        items.append(item);
    }
    m_receivers->addTopLevelItems(items);
    for (int c = 0; c < m_receivers->columnCount(); ++c)
        m_receivers->resizeColumnToContents(c);
}

QString ScenarioPanel::explanationText(const ScenarioResult &r)
{
    if (r.assignments.isEmpty())
        return {};
    constexpr int ShownNames = 15;
    QStringList lines;
    const QStringList completed = r.completedPuskesmas();
    if (completed.isEmpty()) {
        lines.append(tr("No Puskesmas becomes complete with these workers."));
    } else {
        QStringList names = completed.mid(0, ShownNames);
        if (completed.size() > ShownNames)
            names.append(tr("and %n more", nullptr, int(completed.size() - ShownNames)));
        lines.append(tr("<b>Become complete (%1):</b> %2")
                         .arg(number(int(completed.size())), names.join(u", "_s).toHtmlEscaped()));
    }
    QSet<qint64> filling;
    QSet<qint64> skm;
    int skmWorkers = 0;
    for (const Assignment &a : r.assignments) {
        if (a.reason == Assignment::Reason::FillsEmptyCell && !a.completes)
            filling.insert(a.puskesmasId);
        if (a.reason == Assignment::Reason::SkmShortage) {
            skm.insert(a.puskesmasId);
            skmWorkers += a.count;
        }
    }
    if (!filling.isEmpty())
        lines.append(tr("%Ln Puskesmas receive workers without becoming complete: workers that "
                        "complete no Puskesmas fill empty cells, Puskesmas missing the fewest "
                        "types first.",
                        nullptr, int(filling.size())));
    if (skmWorkers > 0)
        lines.append(tr("%1 workers left over go to %Ln Puskesmas furthest below the SKM "
                        "standard of their type.",
                        nullptr, int(skm.size()))
                         .arg(number(skmWorkers)));
    lines.append(tr("Among equal choices, Puskesmas in remote areas (Terpencil, Sangat Terpencil) "
                    "come first, then rawat inap, then the order of the data."));
    return lines.join(u"<br>"_s);
}

void ScenarioPanel::updateSkm()
{
    if (!m_analysis) {
        m_skm = {};
        m_skmLabel->setText(tr("No data."));
        m_skmTable->clearContents();
        return;
    }
    m_skm = skmSummary(*m_analysis, m_level, m_code, m_criteria, m_status, m_standards);
    const SkmSummary &s = m_skm;
    QString text
        = tr("%1 of %Ln Puskesmas meet the SKM for every type. Shortage %2, surplus %3 "
             "workers.",
             nullptr, s.puskesmas)
              .arg(number(s.meetingAll), number(s.totalShortage()), number(s.totalSurplus()));
    if (!m_standards.isDefault())
        text += u' ' + tr("(edited standards)");
    m_skmLabel->setText(text);
    for (int t = 0; t < NakesTypes::count(); ++t) {
        auto *type = new QTableWidgetItem(NakesTypes::at(t).label());
        type->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_skmTable->setItem(t, 0, type);
        m_skmTable->setItem(t, 1, numberItem(s.standard.at(t)));
        m_skmTable->setItem(t, 2, numberItem(s.existing.at(t)));
        m_skmTable->setItem(t, 3, numberItem(s.shortage.at(t)));
        m_skmTable->setItem(t, 4, numberItem(s.surplus.at(t)));
        m_skmTable->setItem(t, 5, numberItem(s.meetingType.at(t)));
    }
}

} // namespace Lengkap
