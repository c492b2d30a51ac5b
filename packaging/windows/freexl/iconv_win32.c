/* iconv for FreeXL on Windows (see iconv.h): converts whole buffers from a Windows code page
 * ("CP1252", "ASCII", "MacRoman") or UTF-16LE to UTF-8. FreeXL converts one string at a time
 * into a buffer four times its size, so a conversion either fits whole or fails (E2BIG, or
 * EILSEQ for bytes invalid in the code page); no state is kept between calls. */
#include "iconv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

struct converter {
    UINT from; /* code page, or 1200 for UTF-16LE */
};

static UINT code_page(const char *name)
{
    if (_stricmp(name, "UTF-16LE") == 0)
        return 1200;
    if (_stricmp(name, "UTF-8") == 0)
        return CP_UTF8;
    if (_stricmp(name, "ASCII") == 0)
        return 20127;
    if (_stricmp(name, "MacRoman") == 0)
        return 10000;
    if (_strnicmp(name, "CP", 2) == 0 && name[2] >= '0' && name[2] <= '9')
        return (UINT)strtoul(name + 2, NULL, 10);
    return 0;
}

iconv_t iconv_open(const char *tocode, const char *fromcode)
{
    UINT from = code_page(fromcode);
    struct converter *c;
    if (code_page(tocode) != CP_UTF8 || from == 0
        || (from != 1200 && from != CP_UTF8 && !IsValidCodePage(from))) {
        errno = EINVAL;
        return (iconv_t)-1;
    }
    c = (struct converter *)malloc(sizeof *c);
    if (!c) {
        errno = ENOMEM;
        return (iconv_t)-1;
    }
    c->from = from;
    return c;
}

int iconv_close(iconv_t cd)
{
    free(cd);
    return 0;
}

size_t iconv(iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft)
{
    const struct converter *c = (const struct converter *)cd;
    const WCHAR *wide;
    WCHAR *decoded = NULL;
    int wideChars, written;
    if (!inbuf || !*inbuf || *inbytesleft == 0)
        return 0; /* reset or flush: nothing is kept between calls */
    if (*inbytesleft > 0x3fffffff || *outbytesleft > 0x7fffffff) {
        errno = E2BIG;
        return (size_t)-1;
    }
    if (c->from == 1200) {
        if (*inbytesleft % 2 != 0) {
            errno = EINVAL;
            return (size_t)-1;
        }
        wide = (const WCHAR *)*inbuf;
        wideChars = (int)(*inbytesleft / 2);
    } else {
        wideChars = MultiByteToWideChar(c->from, MB_ERR_INVALID_CHARS, *inbuf,
                                        (int)*inbytesleft, NULL, 0);
        if (wideChars <= 0) {
            errno = EILSEQ;
            return (size_t)-1;
        }
        decoded = (WCHAR *)malloc(sizeof(WCHAR) * (size_t)wideChars);
        if (!decoded) {
            errno = ENOMEM;
            return (size_t)-1;
        }
        MultiByteToWideChar(c->from, 0, *inbuf, (int)*inbytesleft, decoded, wideChars);
        wide = decoded;
    }
    written = WideCharToMultiByte(CP_UTF8, 0, wide, wideChars, *outbuf, (int)*outbytesleft,
                                  NULL, NULL);
    free(decoded);
    if (written <= 0) {
        errno = GetLastError() == ERROR_INSUFFICIENT_BUFFER ? E2BIG : EILSEQ;
        return (size_t)-1;
    }
    *inbuf += *inbytesleft;
    *inbytesleft = 0;
    *outbuf += written;
    *outbytesleft -= (size_t)written;
    return 0;
}
