#include "samplestore.h"

#include "sampledata.h"

using namespace Qt::StringLiterals;

namespace Lengkap {

Result<void> installSampleIfEmpty(Store &store)
{
    const Result<QList<QDate>> cutoffs = store.cutoffs();
    if (!cutoffs)
        return cutoffs.error();
    if (!cutoffs->isEmpty())
        return {};
    const SampleData sample = generateSampleData();
    for (const SampleCutoff &cutoff : sample.cutoffs) {
        const Result<ImportOutcome> outcome = store.importBatch(cutoff.batch, cutoff.cutoff, false);
        if (!outcome)
            return outcome.error();
        const Result<int> rpjmn
            = store.importList(ListKind::Rpjmn, cutoff.cutoff, sample.rpjmn, u"sample"_s, {});
        if (!rpjmn)
            return rpjmn.error();
        const Result<int> registered = store.importList(ListKind::Registered, cutoff.cutoff,
                                                        sample.registered, u"sample"_s, {});
        if (!registered)
            return registered.error();
    }
    return {};
}

} // namespace Lengkap
