#pragma once

#include "importbatch.h"
#include "importer.h"
#include "result.h"
#include "store.h"

#include <QDate>
#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <atomic>

// The import window's reads and writes, off the GUI thread. An ImportWorker lives in a worker
// QThread; the window calls check() and write() there with QMetaObject::invokeMethod and gets the
// outcome back as a queued signal. Each write opens its own Store in the worker thread (a
// QSqlDatabase connection belongs to the thread that opened it) and closes it when done.
namespace Lengkap {

// What reading the file gave: the batch to write, or the first "file:line:" error.
struct CheckOutcome
{
    bool ok = false;
    Error error;
    ImportBatch batch;
    // Districts of the file (wilayah codes) the cut-off already holds: Import would be refused
    // unless they are replaced. Found at Check, so nobody learns it only after Import.
    QStringList heldDistricts;
};

struct WriteOutcome
{
    bool ok = false;
    Error error;
    ImportOutcome outcome;
    // Refused because the cut-off already holds these districts (wilayah codes); empty when
    // the write failed for another reason.
    QStringList heldDistricts;
    qint64 elapsedMs = 0; // opening the database and writing
};

class ImportWorker : public QObject
{
    Q_OBJECT
public:
    // cancel is owned by the caller and outlives the worker; set from the GUI thread.
    explicit ImportWorker(const std::atomic_bool *cancel, QObject *parent = nullptr);

    // Both run in the worker's thread; results come as checked() and written().
    // databasePath and cutoff: where the batch would go, to find the districts it already
    // holds (read only; an absent database holds nothing).
    void check(const QString &path, ReadOptions options, const QString &databasePath = {},
               QDate cutoff = {});
    void write(const QString &databasePath, const ImportBatch &batch, QDate cutoff, bool replace);

signals:
    void progress(qint64 done, qint64 total); // bytes (or rows) read and the total
    void checked(const Lengkap::CheckOutcome &outcome);
    void written(const Lengkap::WriteOutcome &outcome);

private:
    const std::atomic_bool *m_cancel;
    // The database's checks taken during the last check() (Store::precheck), for its open and
    // write()'s: open() goes by them only while the file is unchanged since.
    Store::Precheck m_precheck;
};

} // namespace Lengkap

Q_DECLARE_METATYPE(Lengkap::CheckOutcome)
Q_DECLARE_METATYPE(Lengkap::WriteOutcome)
