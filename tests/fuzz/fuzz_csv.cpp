// libFuzzer target: CSV dialect detection and tokenising (openCsv), every cell read back.
#include "fuzzinput.h"
#include "readers.h"

using namespace Lengkap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(data, size, ".csv");
    Result<std::unique_ptr<RecordSource>> source = openCsv(path);
    if (!source)
        return 0;
    while ((*source)->next()) {
        (void)(*source)->isBlankRecord();
        for (int i = 0; i <= (*source)->fieldCount(); ++i) {
            (void)(*source)->text(i);
            (void)(*source)->utf8(i).size();
        }
    }
    (void)(*source)->error();

    return 0;
}
