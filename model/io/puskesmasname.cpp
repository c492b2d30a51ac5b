#include "puskesmasname.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Lengkap {

QString puskesmasDisplayName(QStringView name)
{
    static const QRegularExpression prefix(u"^(UPTD?\\.?\\s+)?(PUSKESMAS|PKM)\\.?\\s+"_s);
    QString display = name.toString().simplified().toUpper();
    const QString stripped = display.remove(prefix).trimmed();
    return stripped.isEmpty() ? name.toString().simplified().toUpper() : stripped;
}

} // namespace Lengkap
