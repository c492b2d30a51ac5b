#pragma once

#include "result.h"
#include "skm.h"
#include "snapshot.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Where the window's data come from, whatever the engine (issue 15): the local SQLite file
// (Store, sqlite/) or the province server (ServerSource, postgres/). The analysis reads the
// Snapshot it hands out and does not care which; the SQL of each engine stays behind it.
namespace Lengkap {

class SnapshotSource
{
public:
    virtual ~SnapshotSource() = default;

    // Cut-off dates that hold data, oldest first.
    virtual Result<QList<QDate>> cutoffs() const = 0;
    virtual Result<Snapshot> loadSnapshot(QDate cutoff) const = 0;
    // What the status bar and messages name: the file's path, or "lengkap on host (account x)".
    virtual QString sourceName() const = 0;
    // Whether imports may write into it (a writable local file that is no server copy).
    virtual bool acceptsImports() const = 0;
    // Whether the user's local data may be pushed to it (a server account that may push).
    virtual bool acceptsPushes() const { return false; }
    // The SKM standards the source prescribes (the server's, set by its admin); none: the
    // planner's own standards apply.
    virtual Result<std::optional<SkmStandards>> standards() const
    {
        return std::optional<SkmStandards>();
    }
};

} // namespace Lengkap
