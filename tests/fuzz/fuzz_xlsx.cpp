// libFuzzer target: the XLSX reader (zip, workbook relations, shared strings, sheet XML), each
// sheet read to the end and then through the workers reader.
#include "fuzzinput.h"
#include "readers.h"

using namespace Lengkap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(data, size, ".xlsx");
    Result<std::unique_ptr<RecordSource>> source = openXlsx(path, {});
    if (!source)
        return 0;
    Fuzz::readEveryCell(**source, 2000);
    Result<std::unique_ptr<RecordSource>> again = openXlsx(path, {});
    if (again)
        (void)readWorkers(**again, {});
    return 0;
}
