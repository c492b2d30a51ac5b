// Reads and writes for the import window, in the worker thread (see importworker.h).
#include "importworker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

// The batch's districts that the store's cut-off already holds, sorted.
QStringList heldDistricts(const Store &store, const ImportBatch &batch, QDate cutoff)
{
    const Result<QList<QDate>> cutoffs = store.cutoffs();
    if (!cutoffs || !cutoffs->contains(cutoff))
        return {};
    const Result<Snapshot> snapshot = store.loadSnapshot(cutoff);
    if (!snapshot)
        return {};
    QSet<QString> held;
    for (const PuskesmasData &p : snapshot->puskesmas)
        held.insert(p.districtCode);
    QSet<QString> clashing;
    for (const PuskesmasCounts &p : batch.puskesmas) {
        if (held.contains(p.districtCode))
            clashing.insert(p.districtCode);
    }
    QStringList codes(clashing.cbegin(), clashing.cend());
    codes.sort();
    return codes;
}

} // namespace

ImportWorker::ImportWorker(const std::atomic_bool *cancel, QObject *parent)
    : QObject(parent)
    , m_cancel(cancel)
{
    qRegisterMetaType<CheckOutcome>();
    qRegisterMetaType<WriteOutcome>();
}

void ImportWorker::check(const QString &path, ReadOptions options, const QString &databasePath,
                         QDate cutoff)
{
    CheckOutcome outcome;
    if (m_cancel->load()) {
        outcome.error = Error {Error::Kind::Cancelled,
                               tr("%1: import cancelled").arg(QFileInfo(path).fileName())};
        emit checked(outcome);
        return;
    }
    options.cancel = m_cancel;
    options.progress = [this](qint64 done, qint64 total) {
        emit progress(done, total);
    };
    // The database's checks (read-only, proportional to its size) run on another thread while
    // the file is read; BackgroundPrecheck's destructor waits for them on every path out.
    const bool existing = !databasePath.isEmpty() && QFileInfo(databasePath).size() > 0;
    std::optional<Store::BackgroundPrecheck> precheck;
    m_precheck = {};
    if (existing)
        precheck.emplace(databasePath);
    Result<ImportBatch> batch = readImportFile(path, options);
    if (precheck)
        m_precheck = precheck->take();
    if (batch) {
        outcome.ok = true;
        outcome.batch = std::move(batch).value();
        if (existing && cutoff.isValid()) {
            Store store; // this thread's own connection, closed at the end of the block
            if (store.open(databasePath, Store::OpenMode::ReadWrite, m_precheck))
                outcome.heldDistricts = heldDistricts(store, outcome.batch, cutoff);
        }
    } else {
        outcome.error = batch.error();
    }
    emit checked(outcome);
}

void ImportWorker::write(const QString &databasePath, const ImportBatch &batch, QDate cutoff,
                         bool replace)
{
    QElapsedTimer timer;
    timer.start();
    WriteOutcome outcome;
    {
        Store store; // this thread's own connection, closed at the end of the block
        if (Result<void> opened = store.open(databasePath, Store::OpenMode::ReadWrite, m_precheck);
            !opened) {
            outcome.error = opened.error();
        } else if (Result<ImportOutcome> written = store.importBatch(batch, cutoff, replace)) {
            outcome.ok = true;
            outcome.outcome = *written;
        } else {
            outcome.error = written.error();
            // Refused (nothing written): say which districts the cut-off holds, so the window
            // can offer to replace them.
            if (!replace && outcome.error.kind == Error::Kind::Input)
                outcome.heldDistricts = heldDistricts(store, batch, cutoff);
        }
    }
    outcome.elapsedMs = timer.elapsed();
    emit written(outcome);
}

} // namespace Lengkap
