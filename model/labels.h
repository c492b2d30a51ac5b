#pragma once

#include "analysis.h"
#include "types.h"

#include <QCoreApplication>
#include <QString>

// The words a person reads for the domain's enums, in one place, so the window, the printouts,
// the exports and the item models say the same thing (DOMAIN.md §2–3; the Indonesian terms of
// the ministry page come from the translation).
namespace Lengkap {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Labels)

public:
    static QString criteria(Criteria criteria); // "In SISDMK" (Terdata SISDMK), ...
    static QString status(Status status); // "ASN + Non-ASN", "ASN only"
    static QString band(Band band); // "Dark green" (Hijau Tua), ...
    static QString bandRange(Band band, const BandSettings &bands); // "76–100%"
    static QString filled(); // Sudah Terisi
    static QString empty(); // Kosong
};

} // namespace Lengkap
