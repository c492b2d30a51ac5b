// Placeholder until the XLSX reader lands (issue 4); keeps the library linking.
#include "readers.h"
namespace Lengkap {
Result<std::unique_ptr<RecordSource>> openXlsx(const QString &, const QString &)
{
    return Error{Error::Kind::Input, QStringLiteral("xlsx format not available yet")};
}
} // namespace Lengkap
