// libFuzzer target: the rekap reader through openCsv (any CSV dialect).
#include "fuzzinput.h"
#include "readers.h"

using namespace Lengkap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(data, size, ".csv");
    Result<std::unique_ptr<RecordSource>> source = openCsv(path);
    if (!source)
        return 0;

    (void)readRekap(**source, {});
    return 0;
}
