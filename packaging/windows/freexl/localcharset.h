/* FreeXL includes this on Windows but calls nothing from it. */
#ifndef LENGKAP_LOCALCHARSET_H
#define LENGKAP_LOCALCHARSET_H
#endif
