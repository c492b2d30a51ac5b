#include "professions.h"

#include "textcodec.h"

#include "nakestypes.h"
#include "wilayah.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct ProfessionsTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Professions)
};

// Jabatan fungsional levels (PermenPAN-RB): they follow the profession and do not change it.
// Longest first, so "PELAKSANA LANJUTAN" goes before "PELAKSANA".
const QList<QStringList> &levelSuffixes()
{
    static const QList<QStringList> suffixes = {
        {u"AHLI"_s, u"PERTAMA"_s},
        {u"AHLI"_s, u"MUDA"_s},
        {u"AHLI"_s, u"MADYA"_s},
        {u"AHLI"_s, u"UTAMA"_s},
        {u"PELAKSANA"_s, u"LANJUTAN"_s},
        {u"PELAKSANA"_s},
        {u"TERAMPIL"_s},
        {u"MAHIR"_s},
        {u"PENYELIA"_s},
        {u"PEMULA"_s},
        {u"AHLI"_s},
    };
    return suffixes;
}

QString joinKey(const QStringList &words, qsizetype count)
{
    QString key;
    for (qsizetype i = 0; i < count; ++i)
        key += words.at(i);
    return key;
}

} // namespace

QString Professions::lookupKey(QStringView profession)
{
    QStringList words = Wilayah::normalize(profession).split(u' ', Qt::SkipEmptyParts);
    // Drop level words from the end, as long as a profession remains before them.
    bool dropped = true;
    while (dropped) {
        dropped = false;
        for (const QStringList &suffix : levelSuffixes()) {
            if (words.size() <= suffix.size())
                continue;
            bool match = true;
            for (qsizetype i = 0; i < suffix.size() && match; ++i)
                match = words.at(words.size() - suffix.size() + i) == suffix.at(i);
            if (match) {
                words.resize(words.size() - suffix.size());
                dropped = true;
                break;
            }
        }
    }
    return joinKey(words, words.size());
}

Result<Professions> Professions::fromCsv(const QByteArray &csv, const QString &displayName)
{
    Professions table;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = splitSimpleCsvLine(line);
        if (i == 0
            || (fields.size() >= 2
                && fields.at(0).compare(u"profession"_s, Qt::CaseInsensitive) == 0
                && fields.at(1).compare(u"type"_s, Qt::CaseInsensitive) == 0))
            continue; // header
        if (fields.size() != 2 || fields.at(0).isEmpty()) {
            return inputError(
                ProfessionsTr::tr("%1:%2: expected 'profession,type'").arg(displayName).arg(i + 1));
        }
        int type = -1;
        if (!fields.at(1).isEmpty()) {
            type = NakesTypes::indexOf(fields.at(1));
            if (type < 0) {
                return inputError(ProfessionsTr::tr("%1:%2: unknown type '%3'")
                                      .arg(displayName)
                                      .arg(i + 1)
                                      .arg(fields.at(1)));
            }
        }
        // The table's own names are matched whole (a level word in the table stays part of it).
        table.m_types.insert(Wilayah::normalize(fields.at(0)).remove(u' '), type);
    }
    return table;
}

const Professions &Professions::builtIn()
{
    static const Professions table = [] {
        QFile file(u":/lengkap/data/professions.csv"_s);
        // Compiled in: failing to read or parse it is a build defect, not a user error.
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        Q_UNUSED(opened);
        Result<Professions> parsed = fromCsv(file.readAll(), u"professions.csv"_s);
        Q_ASSERT(parsed.ok());
        return parsed.ok() ? std::move(parsed).value() : Professions();
    }();
    return table;
}

int Professions::typeIndex(QStringView profession) const
{
    const QString whole = Wilayah::normalize(profession).remove(u' ');
    if (const auto it = m_types.constFind(whole); it != m_types.cend())
        return *it;
    const QString key = lookupKey(profession);
    if (const auto it = m_types.constFind(key); it != m_types.cend())
        return *it;
    return -1;
}

} // namespace Lengkap
