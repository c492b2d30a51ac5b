// Placeholder until the workers reader lands (issue 4); keeps the library linking.
#include "readers.h"
namespace Lengkap {
Result<ImportBatch> readWorkers(RecordSource &, const ReadOptions &)
{
    return Error{Error::Kind::Input, QStringLiteral("workers format not available yet")};
}
} // namespace Lengkap
