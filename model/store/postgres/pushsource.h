#pragma once

#include "pgserver.h"
#include "result.h"
#include "snapshot.h"
#include "types.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

// The local file a push reads (issue 15): opened read-only, never written (no WAL switch, no
// migration, no reference-data seeding), and only the pushed cut-off is read, through SQLite's
// C API where Qt's driver shares the linked SQLite (else QSqlQuery), without a Snapshot or
// QVariant per value. No check of the whole file (the store's quick_check cost a push a third of
// its time on a loaded machine): SQLite checks every page the push reads as it reads it (with
// cell_size_check on), and a damaged one fails the read with the store's "damaged" message
// before the server commits anything. Damage in pages a push never reads (another cut-off, an
// index it does not use) is left for Store::open and 'lengkap-cli check' to find: the pushed
// data do not come from there. Only push uses this; the Store is unchanged.
namespace Lengkap {

class PushSource
{
public:
    PushSource();
    ~PushSource();
    PushSource(const PushSource &) = delete;
    PushSource &operator=(const PushSource &) = delete;

    // Read-only. Refuses (Kind::Database, untouched) a file that is not a Lengkap database or
    // one written by a newer version, as Store::open does.
    Result<void> open(const QString &path);
    // Whether every entry of the import log is a pull from the server (servercopy.h).
    Result<bool> isServerCopy() const;
    // Cut-off dates that hold data, oldest first.
    Result<QList<QDate>> cutoffs() const;
    // The districts the cut-off holds within the region (the nation, a province or a
    // district), sorted, from the cut-off's district table: a cheap look before the rows are
    // read.
    Result<QStringList> districtCodes(QDate cutoff, Level level, const QString &code) const;
    // The cut-off's Puskesmas of the region, as Store::loadSnapshot orders and flags them
    // (membership lists, sample flag of the whole cut-off).
    Result<Snapshot> loadRegion(QDate cutoff, Level level, const QString &code) const;

    // What the push sends, in two steps: prepare reads everything the push sends while the
    // server connection is made (the cut-off's sample flag, membership lists, the region's
    // Puskesmas and their counts: a national cut-off is ~1.5 MB in memory); sendRows then
    // formats them and hands them to send, during the server's COPY, in PgServer::pushRows'
    // format and order (the bytes pushRows makes of loadRegion's snapshot), returning how many
    // it sent. A damaged page fails prepare, before anything is sent.
    Result<void> prepare(QDate cutoff, Level level, const QString &code);
    bool preparedSample() const;
    Result<int> sendRows(const PgServer::RowSink &send) const;

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    struct Prepared;
    // The cut-off's sample flag, membership lists, the region's Puskesmas and their counts:
    // what prepare() keeps for sendRows() and loadRegion() turns into a Snapshot.
    Result<std::unique_ptr<Prepared>> read(QDate cutoff, Level level, const QString &code) const;
    // read()'s Puskesmas and counts.
    Result<void> readRows(Prepared &d, const QString &cutoffText) const;
    std::unique_ptr<Prepared> m_prepared;
};

} // namespace Lengkap
