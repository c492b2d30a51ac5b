/* The part of iconv FreeXL uses (iconv_open / iconv / iconv_close), for the Windows build only:
 * mingw-w64 has no iconv and Debian 12 packages none for it. iconv_win32.c converts through
 * Windows' own code pages (MultiByteToWideChar / WideCharToMultiByte), as win-iconv does. */
#ifndef LENGKAP_ICONV_H
#define LENGKAP_ICONV_H
#include <stddef.h>
typedef void *iconv_t;
iconv_t iconv_open(const char *tocode, const char *fromcode);
size_t iconv(iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft);
int iconv_close(iconv_t cd);
#endif
