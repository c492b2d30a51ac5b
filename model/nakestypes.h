#pragma once

#include <QList>
#include <QString>

// The priority worker types (DOMAIN.md §1), in display order. They are data, read from
// resources/data/nakes_types.json, so a 10th type ("Terapis Gigi dan Mulut") is a data change:
// nothing else in the program may assume there are nine.
namespace Lengkap {

struct NakesType
{
    QString key; // file, JSON and code key: "dokter_gigi"
    QString labelId; // "Dokter Gigi"
    QString labelEn; // "Dentist"
    QString shortId; // abbreviated header for narrow print columns: "Drg"
    QString shortEn;

    // Label in the language of the current default QLocale (Indonesian unless English is chosen).
    QString label() const;
    QString shortLabel() const;
};

class NakesTypes
{
public:
    static const QList<NakesType> &all();
    static int count() { return int(all().size()); }
    static const NakesType &at(int index) { return all().at(index); }
    static int indexOf(QStringView key); // -1 when unknown
};

} // namespace Lengkap
