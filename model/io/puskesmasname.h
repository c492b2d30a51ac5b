#pragma once

#include <QString>
#include <QStringView>

namespace Lengkap {

// The name of a Puskesmas as the dashboard and the rekap write it: upper case, single spaces,
// without a "PUSKESMAS " / "PKM " / "UPT(D) PUSKESMAS " prefix. Worker exports write
// "PUSKESMAS Banjarsari" where the rekap has "BANJARSARI": both show as "BANJARSARI" (issue 12).
QString puskesmasDisplayName(QStringView name);

} // namespace Lengkap
