#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

// The editable table that maps profession and functional-position names, as worker exports
// write them, to the priority types (DOMAIN.md §5.3). Ships as resources/data/professions.csv
// (columns profession,type; an empty type marks a profession known not to be one of the types).
//
// Matching: names are compared normalised (case, punctuation and spaces ignored), after the
// jabatan fungsional level words at the end are dropped ("Bidan Ahli Muda" -> "BIDAN",
// "Perawat Terampil" -> "PERAWAT"). Only whole names match: "Dokter Gigi ..." is looked up as
// "DOKTER GIGI", never as "DOKTER", and "Dokter Spesialis Anak" is not in the table, so it stays
// unmapped. Thread-safe once built (read-only).
namespace Lengkap {

class Professions
{
public:
    Professions() = default;

    // The compiled-in table, loaded once.
    static const Professions &builtIn();
    // Parses a table in the profession,type format. Unknown type keys are errors naming the
    // line ("professions.csv:12: unknown type 'dokterr'").
    static Result<Professions> fromCsv(const QByteArray &csv, const QString &displayName);

    // Index of the type in NakesTypes::all(), or -1 when the profession is not one of them.
    int typeIndex(QStringView profession) const;
    // The key a profession is looked up by: normalised, level words removed.
    static QString lookupKey(QStringView profession);
    int size() const { return int(m_types.size()); }

private:
    QHash<QString, int> m_types; // lookup key -> type index (-1: known, not a priority type)
};

} // namespace Lengkap
