#pragma once

// The interface between lengkap-cli and its drawing module (lengkap-cli-draw: table, report).
// The commands that draw need QtGui (QPainter, QPdfWriter, fonts); loading QtGui and its ~55
// libraries at every start cost the other commands ~13 ms each (issue 15: push, issue 13:
// import), so those two commands live in a module that only they load (drawmodule.cpp).
// The module carries its own copy of the model library; the two share only Qt, which is a
// shared library: QCoreApplication, the installed translator, QLocale's default and the logging
// rules set by the executable serve the module too.
//
// The functions are looked up by name; the module must come from the same build (same version
// and Qt), which lengkap_cli_draw_version() lets the executable check before calling the rest.

#include <QStringList>

class QCoreApplication;

extern "C" {
// LENGKAP_VERSION " Qt " QT_VERSION_STR of the module's build.
using LengkapCliDrawVersion = const char *(*)();
// A QGuiApplication over main()'s argc and argv (argc must outlive it); the caller owns it.
using LengkapCliDrawApplication = QCoreApplication *(*)(int *argc, char **argv);
// Runs "table" or "report" with the arguments main() gives every command; returns its exit code.
using LengkapCliDrawRun = int (*)(const char *command, const QStringList *arguments);
}

#define LENGKAP_CLI_DRAW_VERSION_SYMBOL "lengkap_cli_draw_version"
#define LENGKAP_CLI_DRAW_APPLICATION_SYMBOL "lengkap_cli_draw_application"
#define LENGKAP_CLI_DRAW_RUN_SYMBOL "lengkap_cli_draw_run"
