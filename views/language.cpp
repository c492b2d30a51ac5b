#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace Lengkap::Language {

namespace {
QString s_current = u"en"_s; // the source strings
std::unique_ptr<QTranslator> s_app;
std::unique_ptr<QTranslator> s_qt;
} // namespace

QString current()
{
    return s_current;
}

QString defaultFor(const QStringList &uiLanguages)
{
    const QString first = uiLanguages.value(0);
    return first == u"en"_s || first.startsWith(u"en-"_s) || first.startsWith(u"en_"_s)
               ? english()
               : indonesian();
}

QString systemDefault()
{
    return defaultFor(QLocale::system().uiLanguages());
}

bool apply(const QString &code)
{
    const bool toEnglish = code == english();
    // The locale first: retranslating widgets read numbers and type labels from it.
    QLocale::setDefault(toEnglish ? QLocale(QLocale::English, QLocale::UnitedStates)
                                  : QLocale(QLocale::Indonesian, QLocale::Indonesia));
    if (s_app)
        QCoreApplication::removeTranslator(s_app.get());
    if (s_qt)
        QCoreApplication::removeTranslator(s_qt.get());
    s_app.reset();
    s_qt.reset();
    s_current = toEnglish ? english() : indonesian();
    if (toEnglish) {
        // The source text is English; its plural forms ("%n district(s)") come from here.
        s_app = std::make_unique<QTranslator>();
        if (s_app->load(u":/lengkap/i18n/lengkap_en.qm"_s)) {
            QCoreApplication::installTranslator(s_app.get());
        } else {
            // removing translators sends no LanguageChange when none was installed: send one
            s_app.reset();
            QEvent event(QEvent::LanguageChange);
            QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
        }
        return true;
    }
    bool loaded = true;
    s_qt = std::make_unique<QTranslator>();
    if (s_qt->load(QLocale(QLocale::Indonesian), u"qtbase"_s, u"_"_s,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt.get());
    else
        s_qt.reset();
    s_app = std::make_unique<QTranslator>();
    if (s_app->load(u":/lengkap/i18n/lengkap_id.qm"_s)) {
        QCoreApplication::installTranslator(s_app.get());
    } else {
        s_app.reset();
        loaded = false;
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    return loaded;
}

} // namespace Lengkap::Language
