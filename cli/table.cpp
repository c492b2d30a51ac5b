// Placeholder until the print/export work (issue 6) lands; keeps lengkap-cli linking.
#include "commands.h"
#include "common.h"

namespace Lengkap::Cli {
int runTable(const QStringList &)
{
    err() << QStringLiteral("'table' is not available yet") << Qt::endl;
    return Usage;
}
} // namespace Lengkap::Cli
