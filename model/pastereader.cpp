// Placeholder until the paste reader lands (issue 4); keeps the library linking.
#include "readers.h"
namespace Lengkap {
Result<ImportBatch> readPaste(const QString &, const ReadOptions &)
{
    return Error{Error::Kind::Input, QStringLiteral("paste format not available yet")};
}
} // namespace Lengkap
