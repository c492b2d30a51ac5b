#pragma once

#include <QString>
#include <QStringList>

// The user interface language: Indonesian (default) or English. Installs the translators and
// sets the default QLocale, so numbers read "77,14%" in Indonesian and "77.14%" in English.
// Widgets get a LanguageChange event and retranslate themselves: the switch is live.
namespace Lengkap::Language {

inline QString indonesian()
{
    return QStringLiteral("id");
}
inline QString english()
{
    return QStringLiteral("en");
}

// "id" or "en"
QString current();
// The language of a first start, before a choice is saved: English when the system's first UI
// language is English (LANG, the Windows display language), else Indonesian.
QString systemDefault();
QString defaultFor(const QStringList &uiLanguages);
// Unknown codes fall back to Indonesian. Returns false when the Indonesian catalogue is missing.
bool apply(const QString &code);

} // namespace Lengkap::Language
