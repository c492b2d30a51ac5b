#include "regioncompleter.h"

#include "analysis.h"
#include "wilayah.h"

#include <QAbstractItemView>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace Lengkap {

RegionCompleter::RegionCompleter(QObject *parent)
    : QCompleter(parent)
    , m_entries(new QStandardItemModel(this))
{
    setModel(m_entries);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
    connect(this, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                emit regionChosen(index.data(LevelRole).value<Level>(),
                                  index.data(CodeRole).toString(),
                                  index.data(PuskesmasRole).toString());
            });
}

void RegionCompleter::setAnalysis(const Analysis *analysis)
{
    m_entries->clear();
    if (!analysis)
        return;
    const Wilayah &wilayah = Wilayah::instance();
    const auto add
        = [this](const QString &text, Level level, const QString &code, const QString &puskesmas) {
              auto *item = new QStandardItem(text);
              item->setData(QVariant::fromValue(level), LevelRole);
              item->setData(code, CodeRole);
              item->setData(puskesmas, PuskesmasRole);
              item->setEditable(false);
              m_entries->appendRow(item);
          };
    for (const QString &code : analysis->provinceCodes()) {
        if (const Province *p = wilayah.province(code))
            add(tr("%1 (province)").arg(p->name), Level::Province, code, {});
    }
    for (const QString &code : analysis->districtCodes()) {
        const District *d = wilayah.district(code);
        const Province *p = d ? wilayah.province(d->provinceCode) : nullptr;
        if (d && p)
            add(tr("%1 (district, %2)").arg(d->shortName, p->name), Level::District, code, {});
    }
    for (const PuskesmasData &p : analysis->snapshot().puskesmas) {
        const District *d = wilayah.district(p.districtCode);
        add(tr("%1 (Puskesmas, %2)").arg(p.name, d ? d->shortName : p.districtCode),
            Level::District, p.districtCode, p.name);
    }
}

int RegionCompleter::entryCount() const
{
    return m_entries->rowCount();
}

} // namespace Lengkap
