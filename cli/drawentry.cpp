// The drawing module's entry points (drawabi.h): built into lengkap-cli-draw, not into the
// executable.
#include "commands.h"
#include "drawabi.h"

#include "lengkapversion.h"

#include <QGuiApplication>

#include <cstring>
#include <type_traits>

extern "C" {

Q_DECL_EXPORT const char *lengkap_cli_draw_version()
{
    return LENGKAP_VERSION " Qt " QT_VERSION_STR;
}

Q_DECL_EXPORT QCoreApplication *lengkap_cli_draw_application(int *argc, char **argv)
{
    // PDF output needs fonts and QPainter, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return new QGuiApplication(*argc, argv);
}

Q_DECL_EXPORT int lengkap_cli_draw_run(const char *command, const QStringList *arguments)
{
    if (std::strcmp(command, "table") == 0)
        return Lengkap::Cli::runTable(*arguments);
    if (std::strcmp(command, "report") == 0)
        return Lengkap::Cli::runReport(*arguments);
    return Lengkap::Cli::Usage; // main() sends only those two
}

} // extern "C"

// Keep the signatures in step with drawabi.h.
static_assert(std::is_same_v<decltype(&lengkap_cli_draw_version), LengkapCliDrawVersion>);
static_assert(std::is_same_v<decltype(&lengkap_cli_draw_application), LengkapCliDrawApplication>);
static_assert(std::is_same_v<decltype(&lengkap_cli_draw_run), LengkapCliDrawRun>);
