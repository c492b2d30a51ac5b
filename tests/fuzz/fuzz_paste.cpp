// libFuzzer target: the dashboard copy reader (glued numbers, tabs, titles, kategori).
#include "fuzzinput.h"
#include "readers.h"

using namespace Lengkap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(data, size, ".txt");
    (void)readPaste(path, {});
    return 0;
}
