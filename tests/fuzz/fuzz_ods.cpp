// libFuzzer target: the OpenDocument reader (issue 13): the zip and its mimetype, content.xml's
// automatic styles (hidden sheets), repeats of cells and rows, spans, covered cells, paragraphs
// and their runs. The sheet list and the hidden sheets are read, every sheet to the end (as
// the import may try each), then the visible sheets opened by index as the import opens them,
// the first through the workers reader.
#include "fuzzinput.h"
#include "readers.h"

using namespace Lengkap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(data, size, ".ods");
    if (!Fuzz::readEverySheet(path, listOdsSheets, openOds, 2000))
        return 0;
    (void)odsHiddenSheets(path);
    // The import's way in: the visible sheets by index, each found in the pass that reads it.
    for (int index = 0; index < 4; ++index) {
        Result<OdsSheet> opened = openOdsSheet(path, {}, index);
        if (!opened || !opened->source)
            break;
        if (index == 0)
            (void)readWorkers(*opened->source, {});
    }
    return 0;
}
