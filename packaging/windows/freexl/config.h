/* FreeXL's config.h for the mingw build (packaging/windows/build-freexl.sh): only its version. */
#define VERSION "1.0.6"
