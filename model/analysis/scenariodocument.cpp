#include "scenariodocument.h"

#include "nakestypes.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct ScenarioTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Scenario)
};

QString statusLabel(bool asn)
{
    return asn ? ScenarioTr::tr("ASN") : ScenarioTr::tr("Non-ASN");
}

// Takes up to count workers from a cell, never below 0; returns how many it could take.
int take(QList<int> &cells, int type, int count)
{
    const int taken = std::min(count, cells.at(type));
    cells[type] -= taken;
    return taken;
}

} // namespace

QString ScenarioChange::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Add:
        return u"add"_s;
    case Kind::Convert:
        return u"convert"_s;
    case Kind::Move:
        return u"move"_s;
    }
    return {};
}

bool ScenarioChange::parseKind(const QString &key, Kind *kind)
{
    for (Kind k : {Kind::Add, Kind::Convert, Kind::Move}) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

namespace ScenarioApply {

// Applies one change to the rows it names (to is null unless a Move). Returns false, with a
// warning, when it had to be cut short (a count would go below 0).
bool apply(const ScenarioChange &change, PuskesmasData &from, PuskesmasData *to,
           QStringList *warnings)
{
    const int t = change.type;
    int done = change.count;
    switch (change.kind) {
    case ScenarioChange::Kind::Add: {
        QList<int> &cells = change.asn ? from.asn : from.nonAsn;
        if (change.count >= 0)
            cells[t] = std::min(cells.at(t) + change.count, 999);
        else
            done = -take(cells, t, -change.count);
        break;
    }
    case ScenarioChange::Kind::Convert:
        done = take(from.nonAsn, t, change.count);
        from.asn[t] = std::min(from.asn.at(t) + done, 999);
        break;
    case ScenarioChange::Kind::Move: {
        done = take(change.asn ? from.asn : from.nonAsn, t, change.count);
        if (to) {
            QList<int> &target = change.asn ? to->asn : to->nonAsn;
            target[t] = std::min(target.at(t) + done, 999);
        }
        break;
    }
    }
    if (done != change.count) {
        if (warnings)
            warnings->append(ScenarioTr::tr("%1: only %2 of %3 %4 (%5) could be changed; the "
                                            "data of the cut-off have fewer")
                                 .arg(from.name)
                                 .arg(std::abs(done))
                                 .arg(std::abs(change.count))
                                 .arg(NakesTypes::at(t).label(), statusLabel(change.asn)));
        return false;
    }
    return true;
}

} // namespace ScenarioApply

Snapshot applyScenario(const Snapshot &base, const QList<ScenarioChange> &changes,
                       const QString &name, QStringList *warnings)
{
    Snapshot result = base;
    result.scenario = name;
    QHash<qint64, qsizetype> rowOf;
    rowOf.reserve(result.puskesmas.size());
    for (qsizetype i = 0; i < result.puskesmas.size(); ++i)
        rowOf.insert(result.puskesmas.at(i).id, i);
    const int types = NakesTypes::count();
    for (const ScenarioChange &change : changes) {
        const qsizetype from = rowOf.value(change.puskesmasId, -1);
        const qsizetype to = change.kind == ScenarioChange::Kind::Move
                                 ? rowOf.value(change.toPuskesmasId, -1)
                                 : -2;
        if (from < 0 || to == -1 || change.type < 0 || change.type >= types) {
            if (warnings)
                warnings->append(ScenarioTr::tr("a change names a Puskesmas or type this cut-off "
                                                "does not hold; it was skipped"));
            continue;
        }
        ScenarioApply::apply(change, result.puskesmas[from],
                             to >= 0 ? &result.puskesmas[to] : nullptr, warnings);
    }
    return result;
}

QString describeChange(const ScenarioChange &change, const Snapshot &snapshot)
{
    auto nameOf = [&snapshot](qint64 id) {
        for (const PuskesmasData &p : snapshot.puskesmas) {
            if (p.id == id)
                return p.name;
        }
        return QString::number(id);
    };
    const QString type = NakesTypes::at(change.type).label();
    const QString status = statusLabel(change.asn);
    switch (change.kind) {
    case ScenarioChange::Kind::Add:
        if (change.count >= 0)
            return ScenarioTr::tr("add %1 %2 (%3) at %4")
                .arg(change.count)
                .arg(type, status, nameOf(change.puskesmasId));
        return ScenarioTr::tr("remove %1 %2 (%3) at %4")
            .arg(-change.count)
            .arg(type, status, nameOf(change.puskesmasId));
    case ScenarioChange::Kind::Convert:
        return ScenarioTr::tr("appoint %1 Non-ASN %2 as ASN at %3")
            .arg(change.count)
            .arg(type, nameOf(change.puskesmasId));
    case ScenarioChange::Kind::Move:
        return ScenarioTr::tr("move %1 %2 (%3) from %4 to %5")
            .arg(change.count)
            .arg(type, status, nameOf(change.puskesmasId), nameOf(change.toPuskesmasId));
    }
    return {};
}

} // namespace Lengkap
