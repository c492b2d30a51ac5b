#pragma once

#include <QString>

namespace Lengkap {

// Where the window keeps the user's database and settings.
//
// Installed (the normal case): the database under the user's application data folder
// (QStandardPaths::AppDataLocation, %APPDATA%\Lengkap\Lengkap on Windows) and settings where Qt
// keeps them (the registry on Windows). Portable: when a file named portable.txt stands beside
// the program, both live beside it (data\lengkap.sqlite, Lengkap.ini), so a USB stick carries
// the program, its data and its settings to a meeting-room PC and leaves nothing behind there.
struct AppPaths
{
    bool portable = false;
    QString dataDirectory; // holds the database; created by resolve() when missing
    QString settingsDirectory; // portable only: the folder of the INI settings file

    static constexpr const char *PortableMarker = "portable.txt";

    // programDirectory: QCoreApplication::applicationDirPath() in the programs, a temporary
    // folder in the tests.
    static AppPaths resolve(const QString &programDirectory);

    // Portable: every default-constructed QSettings reads and writes the INI file beside the
    // program from now on. Installed: nothing changes.
    void apply() const;

    QString databaseFile() const; // dataDirectory + "/lengkap.sqlite"
};

} // namespace Lengkap
