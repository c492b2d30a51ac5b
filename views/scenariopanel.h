#pragma once

#include "analysis.h"
#include "scenario.h"
#include "skm.h"

#include <QDialog>
#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

// The planners' panel (DOMAIN.md §7): "if we place 12 dentists, how many Puskesmas become
// complete?" for the region the window shows, who receives them, and the region against the SKM
// standards, which planners may edit (kept in QSettings under "skm/standards" as JSON).
namespace Lengkap {

class ScenarioChangeBox;

// Edits SKM standards: a column per kategori class, then one per kategori of the data whose
// values override the class ("–" = as its class); Restore Defaults gives the preset back.
class SkmStandardsDialog : public QDialog
{
    Q_OBJECT
public:
    // kategori: the kategori strings that may get their own column (empty ones are skipped).
    explicit SkmStandardsDialog(const SkmStandards &standards, const QStringList &kategori = {},
                                QWidget *parent = nullptr);

    SkmStandards standards() const;
    void setStandards(const SkmStandards &standards);
    // Column 0 non rawat inap, 1 rawat inap, 2.. kategori() in order; -1 in a kategori column
    // means "as its class".
    QSpinBox *spinBox(int column, int type) const;
    const QStringList &kategori() const { return m_kategori; }

private:
    QStringList m_kategori;
    QList<QList<QSpinBox *>> m_spinBoxes; // [column][type]
    SkmStandards m_base; // keeps overrides of kategori without a column
};

class ScenarioPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioPanel(QWidget *parent = nullptr);

    // The region the window shows. The analysis is not owned and must outlive the panel or the
    // next call; nullptr clears the panel. Placements are kept across regions.
    void setAnalysis(const Analysis *analysis, Level level, const QString &code, Criteria criteria,
                     Status status);

    const ScenarioResult &result() const { return m_result; }
    const SkmSummary &skm() const { return m_skm; }
    const SkmStandards &standards() const { return m_standards; }
    // Uses and saves the standards (QSettings "skm/standards"), then recomputes the SKM table.
    void setStandards(const SkmStandards &standards);
    QSpinBox *placementSpinBox(int type) const { return m_placements.at(type); }
    // Standards prescribed by the data's source (a server's, issue 15): used instead of the
    // planner's own and not editable here, nor saved; none: the planner's own again.
    void setSourceStandards(const std::optional<SkmStandards> &standards);
    bool standardsFromSource() const { return m_fromSource; }
    // Typed changes to the open scenario (issue 14); the ScenarioController answers them.
    ScenarioChangeBox *changeBox() const { return m_changeBox; }

    // The proposal's inputs as the dock's fields set them (issue 14): per-type budgets or a
    // total of any types, SKM leftovers, the region on screen or the whole data, ASN only.
    enum class Mode { PerType, Total };
    ProposalRequest request() const;
    Level proposalLevel() const;
    QString proposalCode() const;
    Status proposalStatus() const;

    static constexpr auto SettingsKey = "skm/standards";

public slots:
    void editStandards();
    void clearPlacements();

signals:
    void standardsChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitLabelHeights();
    void recompute();
    void updateSkm();
    // Which Puskesmas become complete, which receive workers and why, where leftovers went.
    static QString explanationText(const ScenarioResult &result);
    QList<Placement> placements() const;

    const Analysis *m_analysis = nullptr;
    Level m_level = Level::National;
    QString m_code;
    Criteria m_criteria = Criteria::Sisdmk;
    Status m_status = Status::All;
    SkmStandards m_standards;
    bool m_fromSource = false;
    ScenarioResult m_result;
    SkmSummary m_skm;

    QLabel *m_title = nullptr;
    QList<QSpinBox *> m_placements; // by type index
    QComboBox *m_mode = nullptr;
    QSpinBox *m_total = nullptr;
    QCheckBox *m_skmLeftovers = nullptr;
    QCheckBox *m_regionOnly = nullptr;
    QCheckBox *m_asnOnly = nullptr;
    QLabel *m_explanation = nullptr;
    ScenarioChangeBox *m_changeBox = nullptr;
    QLabel *m_completeLabel = nullptr;
    QLabel *m_shortageLabel = nullptr;
    QLabel *m_usedLabel = nullptr;
    QTreeWidget *m_receivers = nullptr;
    QLabel *m_skmLabel = nullptr;
    QTableWidget *m_skmTable = nullptr;
    QPushButton *m_editStandards = nullptr;
};

} // namespace Lengkap
