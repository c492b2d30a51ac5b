#include "scenariocomparedialog.h"

#include "scenarioworkspace.h"
#include "store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct Row
{
    QString name;
    int puskesmas = 0;
    int complete = 0;
    int shortage = 0;
};

QList<Row> rowsOf(const Analysis &a, Level level, const QString &code, Criteria criteria,
                  Status status)
{
    QList<Row> rows;
    const RegionSummary total = a.summary(level, code, criteria, status);
    rows.append({total.name, total.puskesmas, total.complete, total.shortage});
    QList<RegionSummary> children;
    if (level == Level::National)
        children = a.provinces(criteria, status);
    else if (level == Level::Province)
        children = a.districts(code, criteria, status);
    for (const RegionSummary &s : std::as_const(children))
        rows.append({s.name, s.puskesmas, s.complete, s.shortage});
    if (level == Level::District) {
        for (const PuskesmasRow &p : a.puskesmas(code, criteria, status))
            rows.append({p.data->name, 1, p.complete() ? 1 : 0, p.emptyCells});
    }
    return rows;
}

QString completeText(const Row &r)
{
    const double pct = r.puskesmas ? 100.0 * r.complete / r.puskesmas : 0.0;
    return ScenarioCompareDialog::tr("%1 (%2%)")
        .arg(QLocale().toString(r.complete), QLocale().toString(pct, 'f', 2));
}

} // namespace

ScenarioCompareDialog::ScenarioCompareDialog(const Store *store, QDate baselineCutoff, Level level,
                                             const QString &code, Criteria criteria, Status status,
                                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_baselineCutoff(baselineCutoff)
    , m_level(level)
    , m_code(code)
    , m_criteria(criteria)
    , m_status(status)
{
    setWindowTitle(tr("Compare Scenarios"));
    m_left = new QComboBox(this);
    m_right = new QComboBox(this);
    for (QComboBox *combo : {m_left, m_right}) {
        combo->addItem(tr("Baseline (the data of %1)")
                           .arg(QLocale().toString(baselineCutoff, u"d MMMM yyyy"_s)),
                       QString());
        if (const Result<QList<ScenarioInfo>> list = m_store->scenarios(); list) {
            for (const ScenarioInfo &info : *list)
                combo->addItem(info.name, info.name);
        }
    }
    if (m_right->count() > 1)
        m_right->setCurrentIndex(1);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Left:"), this));
    pick->addWidget(m_left, 1);
    pick->addWidget(new QLabel(tr("Right:"), this));
    pick->addWidget(m_right, 1);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Complete, left"), tr("Complete, right"),
                                        tr("Difference"), tr("Shortage, left"),
                                        tr("Shortage, right")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 560);
    connect(m_left, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::recompute);
    connect(m_right, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::recompute);
    recompute();
}

ScenarioCompareDialog::~ScenarioCompareDialog() = default;

void ScenarioCompareDialog::setSides(const QString &left, const QString &right)
{
    m_left->setCurrentIndex(m_left->findData(left));
    m_right->setCurrentIndex(m_right->findData(right));
    recompute();
}

std::shared_ptr<const Analysis> ScenarioCompareDialog::side(const QString &name)
{
    if (name.isEmpty()) {
        Result<Snapshot> snapshot = m_store->loadSnapshot(m_baselineCutoff);
        if (!snapshot)
            return {};
        return std::make_shared<const Analysis>(std::move(*snapshot));
    }
    Result<ScenarioDocument> document = m_store->loadScenario(name);
    if (!document)
        return {};
    Result<Snapshot> snapshot = m_store->loadSnapshot(document->cutoff);
    if (!snapshot)
        return {};
    const ScenarioWorkspace workspace(std::move(*snapshot), std::move(*document));
    return workspace.analysis();
}

void ScenarioCompareDialog::recompute()
{
    m_table->setRowCount(0);
    const std::shared_ptr<const Analysis> left = side(m_left->currentData().toString());
    const std::shared_ptr<const Analysis> right = side(m_right->currentData().toString());
    if (!left || !right)
        return;
    const QList<Row> a = rowsOf(*left, m_level, m_code, m_criteria, m_status);
    const QList<Row> b = rowsOf(*right, m_level, m_code, m_criteria, m_status);
    const QLocale locale;
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const int difference = b.at(i).complete - a.at(i).complete;
        const QStringList cells {a.at(i).name,
                                 completeText(a.at(i)),
                                 completeText(b.at(i)),
                                 (difference > 0 ? u"+"_s : QString())
                                     + locale.toString(difference),
                                 locale.toString(a.at(i).shortage),
                                 locale.toString(b.at(i).shortage)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (row == 0) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, c, item);
        }
    }
}

} // namespace Lengkap
