#include "nakestypes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

QList<NakesType> loadTypes()
{
    QFile file(u":/lengkap/data/nakes_types.json"_s);
    // The file is compiled in; failing to read it is a build defect, not a user error.
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened);
    Q_UNUSED(opened);
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    QList<NakesType> types;
    types.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        types.append(NakesType {o.value(u"key"_s).toString(), o.value(u"label_id"_s).toString(),
                                o.value(u"label_en"_s).toString(),
                                o.value(u"short_id"_s).toString(),
                                o.value(u"short_en"_s).toString()});
    }
    Q_ASSERT(!types.isEmpty());
    return types;
}

bool indonesian()
{
    return QLocale().language() == QLocale::Indonesian;
}

} // namespace

QString NakesType::label() const
{
    return indonesian() ? labelId : labelEn;
}

QString NakesType::shortLabel() const
{
    return indonesian() ? shortId : shortEn;
}

const QList<NakesType> &NakesTypes::all()
{
    static const QList<NakesType> types = loadTypes();
    return types;
}

int NakesTypes::indexOf(QStringView key)
{
    const QList<NakesType> &types = all();
    for (int i = 0; i < types.size(); ++i) {
        if (types.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace Lengkap
