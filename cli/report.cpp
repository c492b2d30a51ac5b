// Placeholder until the print/export work (issue 6) lands; keeps lengkap-cli linking.
#include "commands.h"
#include "common.h"

namespace Lengkap::Cli {
int runReport(const QStringList &)
{
    err() << QStringLiteral("'report' is not available yet") << Qt::endl;
    return Usage;
}
} // namespace Lengkap::Cli
