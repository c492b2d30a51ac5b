#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli::JsonText {

namespace {

QString indent(int depth)
{
    return QString(2 * depth, u' ');
}

} // namespace

QString string(const QString &text)
{
    // QJsonDocument escapes; strip the array brackets around the single value.
    const QByteArray json
        = QJsonDocument(QJsonArray {QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString number(qint64 value)
{
    return QString::number(value);
}

QString percent(double value)
{
    return QString::number(value, 'f', 2);
}

QString boolean(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QString object(const Fields &fields, int depth)
{
    if (fields.isEmpty())
        return u"{}"_s;
    QStringList lines;
    for (const auto &[key, value] : fields)
        lines.append(indent(depth + 1) + string(key) + u": "_s + value);
    return u"{\n"_s + lines.join(u",\n"_s) + u'\n' + indent(depth) + u'}';
}

QString array(const QStringList &items, int depth)
{
    if (items.isEmpty())
        return u"[]"_s;
    QStringList lines;
    for (const QString &item : items)
        lines.append(indent(depth + 1) + item);
    return u"[\n"_s + lines.join(u",\n"_s) + u'\n' + indent(depth) + u']';
}

QString stringArray(const QStringList &texts, int depth)
{
    QStringList items;
    for (const QString &text : texts)
        items.append(string(text));
    return array(items, depth);
}

} // namespace Lengkap::Cli::JsonText
