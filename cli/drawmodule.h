#pragma once

#include "drawabi.h"

#include <QLibrary>
#include <QString>


namespace Lengkap::Cli {

// lengkap-cli's side of the drawing module (drawabi.h): finds it, loads it and checks it is
// the same build, before any QCoreApplication exists, since the module makes the application
// (a QGuiApplication). The library stays loaded until the process ends: the application it made
// lives in its code.
class DrawModule
{
public:
    // Looks beside the executable (the build tree; Windows installs), then in the installed
    // module folder relative to it (LENGKAP_CLI_DRAW_RELDIR: lib/lengkap on Linux). False if
    // it is missing, cannot be loaded or belongs to another build; problem() says which.
    bool load(const char *argv0);
    QCoreApplication *createApplication(int &argc, char **argv) const;
    int run(const char *command, const QStringList &arguments) const;
    // Why load() failed, in the user's language: call once the translator is installed.
    QString problem() const;

private:
    enum class Problem { None, Missing, Unloadable, OtherBuild };
    Problem m_problem = Problem::None;
    QString m_path; // the module found, or the places looked in when it is missing
    QString m_detail; // the loader's message, or the module's build
    QLibrary m_library;
    LengkapCliDrawApplication m_application = nullptr;
    LengkapCliDrawRun m_run = nullptr;
};

} // namespace Lengkap::Cli
