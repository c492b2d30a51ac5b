#include "xlsxapi.h"

#include "tableexport.h"

#ifdef LENGKAP_XLSXWRITER_DLOPEN
#include <dlfcn.h>
#endif

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct Loaded
{
    XlsxApi api;
    QString error;
};

Loaded load()
{
    Loaded loaded;
#ifdef LENGKAP_XLSXWRITER_DLOPEN
    void *handle = nullptr;
    for (const char *name : {"libxlsxwriter.so." LXW_SOVERSION, "libxlsxwriter.so"}) {
        handle = dlopen(name, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (handle)
            break;
    }
    if (!handle) {
        loaded.error = TableExport::tr("libxlsxwriter is not available: %1")
                           .arg(QString::fromLocal8Bit(dlerror()));
        return loaded;
    }
#define LENGKAP_XLSX_RESOLVE(name) \
    loaded.api.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name)); \
    if (!loaded.api.name) { \
        loaded.error = TableExport::tr("libxlsxwriter lacks %1").arg(QLatin1StringView(#name)); \
        return loaded; \
    }
    LENGKAP_XLSX_FUNCTIONS(LENGKAP_XLSX_RESOLVE)
#undef LENGKAP_XLSX_RESOLVE
    // The handle stays open for the life of the program.
#else
#define LENGKAP_XLSX_ASSIGN(name) loaded.api.name = &::name;
    LENGKAP_XLSX_FUNCTIONS(LENGKAP_XLSX_ASSIGN)
#undef LENGKAP_XLSX_ASSIGN
#endif
    return loaded;
}

} // namespace

Result<const XlsxApi *> XlsxApi::instance()
{
    static const Loaded loaded = load();
    if (!loaded.error.isEmpty())
        return inputError(loaded.error);
    return &loaded.api;
}

} // namespace Lengkap
