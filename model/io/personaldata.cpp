#include "personaldata.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Lengkap {

bool isPersonalDataColumn(const QString &header)
{
    static const QRegularExpression nonLetters(u"[^a-z]+"_s);
    const QStringList words
        = header.toLower().replace(nonLetters, u" "_s).split(u' ', Qt::SkipEmptyParts);
    static const QSet<QString> personal {u"nik"_s,    u"nip"_s,     u"ktp"_s,   u"npwp"_s,
                                         u"email"_s,  u"telepon"_s, u"telp"_s,  u"hp"_s,
                                         u"alamat"_s, u"lahir"_s,   u"tgl"_s,   u"ttl"_s,
                                         u"nrp"_s,    u"address"_s, u"phone"_s, u"birth"_s};
    // A name column names a person unless it names a place or a post.
    static const QSet<QString> notPerson {
        u"puskesmas"_s, u"fasyankes"_s, u"faskes"_s, u"unit"_s,      u"kerja"_s,
        u"kabupaten"_s, u"kab"_s,       u"kota"_s,   u"provinsi"_s,  u"instansi"_s,
        u"jabatan"_s,   u"profesi"_s,   u"jenis"_s,  u"kecamatan"_s, u"satker"_s};
    bool name = false;
    for (const QString &word : words) {
        if (personal.contains(word))
            return true;
        if (word == u"nama" || word == u"name")
            name = true;
    }
    if (!name)
        return false;
    for (const QString &word : words) {
        if (notPerson.contains(word))
            return false;
    }
    return true;
}

QString personalDataMask()
{
    return u"•••"_s;
}

void maskPersonalData(ImportPreview &preview)
{
    if (preview.format != ImportFormat::Workers)
        return;
    QList<int> columns;
    for (int c = 0; c < preview.header.size(); ++c) {
        if (isPersonalDataColumn(preview.header.at(c)))
            columns.append(c);
    }
    for (QStringList &row : preview.rows) {
        for (int c : std::as_const(columns)) {
            if (c < row.size() && !row.at(c).trimmed().isEmpty())
                row[c] = personalDataMask();
        }
    }
}

} // namespace Lengkap
