#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// JSON text in the CLI's form (2 spaces a level, keys in the order given, percentages with 2
// decimals in the C locale) for the commands of issue 14: trend, diff, scenario list/show/delete.
// Values are JSON text already; nested values are made with the depth they will sit at.
namespace Lengkap::Cli::JsonText {

using Fields = QList<std::pair<QString, QString>>;

QString string(const QString &text);
QString number(qint64 value);
QString percent(double value); // "77.14"
QString boolean(bool value);
QString object(const Fields &fields, int depth = 0);
QString array(const QStringList &items, int depth = 0);
QString stringArray(const QStringList &texts, int depth = 0);

} // namespace Lengkap::Cli::JsonText
