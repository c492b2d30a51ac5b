#pragma once

#include "snapshot.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// A planner's scenario as a document (issue 14): a named list of changes on top of one cut-off.
// The changes are kept apart from the imported data (the store's scenario tables); applying them
// to the cut-off's Snapshot yields another Snapshot, which the ordinary Analysis reads, so every
// view, printout and export shows a scenario without special cases.
namespace Lengkap {

struct ScenarioChange
{
    enum class Kind {
        Add, // count workers (negative: remove) of type and status at puskesmasId
        Convert, // count Non-ASN workers of type at puskesmasId become ASN (honorer -> PPPK)
        Move, // count workers of type and status from puskesmasId to toPuskesmasId
    };
    Kind kind = Kind::Add;
    qint64 puskesmasId = 0;
    qint64 toPuskesmasId = 0; // Move only
    int type = 0; // NakesTypes index
    bool asn = true; // the status of the workers added, removed or moved (Convert: Non-ASN -> ASN)
    int count = 0;

    friend bool operator==(const ScenarioChange &, const ScenarioChange &) = default;
    static QString kindKey(Kind kind); // "add", "convert", "move"
    static bool parseKind(const QString &key, Kind *kind);
};

// A scenario as stored: id 0 until it is saved.
struct ScenarioDocument
{
    qint64 id = 0;
    QString name;
    QDate cutoff; // the cut-off the changes apply to
    QDateTime createdAt; // UTC
    QDateTime modifiedAt; // UTC
    QList<ScenarioChange> changes; // in the order they were made
};

// What the scenario list shows, without the changes.
struct ScenarioInfo
{
    qint64 id = 0;
    QString name;
    QDate cutoff;
    QDateTime createdAt;
    QDateTime modifiedAt;
    int changes = 0;
};

// One cell (Puskesmas x type) a scenario changed, for outlines in the views.
struct ChangedCell
{
    qint64 puskesmasId = 0;
    int type = 0;
    friend bool operator==(const ChangedCell &, const ChangedCell &) = default;
};
inline size_t qHash(const ChangedCell &cell, size_t seed = 0)
{
    return ::qHash(cell.puskesmasId * 64 + cell.type, seed);
}

// Applies the changes, in order, to a copy of the snapshot. A change that would take a count
// below 0 (the cut-off's data were replaced after the scenario was made) takes it to 0 and is
// reported in *warnings; one naming a Puskesmas the snapshot does not hold is skipped and
// reported. The result carries the scenario's name (Snapshot::scenario).
Snapshot applyScenario(const Snapshot &base, const QList<ScenarioChange> &changes,
                       const QString &name, QStringList *warnings = nullptr);

namespace ScenarioApply {
// One change on the rows it names (to: the target of a Move, else null). Returns false, with a
// warning, when a count would have gone below 0 and was stopped at 0.
bool apply(const ScenarioChange &change, PuskesmasData &from, PuskesmasData *to,
           QStringList *warnings);
} // namespace ScenarioApply

// A sentence for the Edit menu ("Undo add 2 Dokter Gigi (ASN) at SAKRA"), in the UI language.
QString describeChange(const ScenarioChange &change, const Snapshot &snapshot);

} // namespace Lengkap
