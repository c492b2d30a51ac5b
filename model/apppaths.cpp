#include "apppaths.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Lengkap {

AppPaths AppPaths::resolve(const QString &programDirectory)
{
    AppPaths paths;
    const QDir program(programDirectory);
    paths.portable = QFileInfo(program.filePath(QString::fromLatin1(PortableMarker))).isFile();
    if (paths.portable) {
        paths.dataDirectory = QDir::cleanPath(program.absoluteFilePath(u"data"_s));
        paths.settingsDirectory = QDir::cleanPath(program.absolutePath());
    } else {
        paths.dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    QDir().mkpath(paths.dataDirectory);
    return paths;
}

void AppPaths::apply() const
{
    if (!portable)
        return;
    // QSettings(IniFormat, UserScope, organisation, application) lives at
    // <path>/<organisation>/<application>.ini; the organisation folder is the program's own.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDirectory);
}

QString AppPaths::databaseFile() const
{
    return dataDirectory + u"/lengkap.sqlite"_s;
}

} // namespace Lengkap
