// libFuzzer target: the XML byte scanner alone (xmlscanner.h), without the zip around it, so the
// fuzzer's mutations reach the tokeniser instead of dying in inflate. The first byte picks the
// size of the reads (1-256 bytes, or whole chunks) so tokens are cut at every place; every token
// is decoded as the sheet reader would, and the fast path's buffer()/unread() is exercised.
#include "xmlscanner.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

using namespace Lengkap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qint64 step = data[0] == 0 ? (1 << 20) : qint64(data[0]);
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qint64 total = qint64(size - 1);
    qint64 offset = 0;
    XmlScanner xml([&](char *out, qint64 max) -> qint64 {
        const qint64 n = std::min({step, max, total - offset});
        std::memcpy(out, bytes + offset, size_t(n));
        offset += n;
        return n;
    });
    std::string decoded;
    for (int tokens = 0; tokens < 100000; ++tokens) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Invalid) {
            // An error always says why.
            if (xml.error().isEmpty())
                __builtin_trap();
            break;
        }
        if (token == XmlScanner::EndDocument)
            break;
        decoded.clear();
        if (token == XmlScanner::StartElement) {
            if (xml.name().isEmpty())
                __builtin_trap();
            for (const char *name : {"r", "t", "s", "val", "name"}) {
                if (!xml.attribute(name).isNull() && !xml.appendAttribute(name, &decoded))
                    break;
            }
        } else if (token == XmlScanner::Text) {
            (void)xml.textIsWhitespace();
            (void)xml.appendText(&decoded);
        }
        // The sheet reader's fast path looks ahead between tokens.
        if (token == XmlScanner::EndElement && xml.buffer(64)) {
            const QByteArrayView ahead = xml.unread();
            (void)clip(ahead, 8);
        }
    }
    return 0;
}
