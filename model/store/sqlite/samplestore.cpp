#include "samplestore.h"

#include "sampledata.h"

using namespace Qt::StringLiterals;

namespace Lengkap {

Result<SampleInstall> installSample(Store &store)
{
    const SampleData sample = generateSampleData();
    SampleInstall installed;
    const Result<void> written = store.writeAll([&]() -> Result<void> {
        for (const SampleCutoff &cutoff : sample.cutoffs) {
            const Result<ImportOutcome> outcome
                = store.importBatch(cutoff.batch, cutoff.cutoff, true);
            if (!outcome)
                return outcome.error();
            const QList<std::pair<ListKind, const QList<ListEntry> *>> lists
                = {{ListKind::Rpjmn, &sample.rpjmn}, {ListKind::Registered, &sample.registered}};
            for (const auto &[kind, entries] : lists) {
                const QString &digest
                    = kind == ListKind::Rpjmn ? sample.rpjmnSha256 : sample.registeredSha256;
                const Result<int> stored
                    = store.importList(kind, cutoff.cutoff, *entries, u"sample"_s, digest);
                if (!stored)
                    return stored.error();
            }
            installed.cutoffs.append(cutoff.cutoff);
            installed.puskesmas = outcome->puskesmas;
        }
        return {};
    });
    if (!written)
        return written.error();
    return installed;
}

Result<void> installSampleIfEmpty(Store &store)
{
    const Result<QList<QDate>> cutoffs = store.cutoffs();
    if (!cutoffs)
        return cutoffs.error();
    if (!cutoffs->isEmpty())
        return {};
    if (const Result<SampleInstall> installed = installSample(store); !installed)
        return installed.error();
    return {};
}

} // namespace Lengkap
