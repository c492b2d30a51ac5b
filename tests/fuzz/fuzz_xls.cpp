// libFuzzer target: old .xls workbooks through FreeXL (issue 13): the OLE2 container, the BIFF
// records, the shared strings and code-page conversion are FreeXL's C code reading untrusted
// files. Every sheet is read to the end, then the first through the workers reader.
#include "fuzzinput.h"
#include "readers.h"

using namespace Lengkap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(data, size, ".xls");
    if (!Fuzz::readEverySheet(path, listXlsSheets, openXls, 70000))
        return 0;
    Result<std::unique_ptr<RecordSource>> again = openXls(path, {});
    if (again)
        (void)readWorkers(**again, {});
    return 0;
}
