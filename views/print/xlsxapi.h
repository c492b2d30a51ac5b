#pragma once

#include "result.h"

#include <xlsxwriter.h>

// The libxlsxwriter functions Lengkap uses, as a table of function pointers.
//
// Why: libxlsxwriter (through libminizip) and QuaZip (used by the XLSX reader in model/) both
// export minizip's zipOpen, zipClose, ... On Linux the library loaded first provides them to
// both, so linking the two into one program crashes the writer (or breaks the reader). There
// lengkap_print does not link libxlsxwriter but loads it with dlopen(RTLD_DEEPBIND), which binds
// it to its own libminizip. Elsewhere (Windows DLLs, macOS two-level names) symbols do not
// interpose, and the pointers are the linked functions.
namespace Lengkap {

#define LENGKAP_XLSX_FUNCTIONS(X) \
    X(workbook_new_opt) \
    X(workbook_add_format) \
    X(workbook_add_worksheet) \
    X(workbook_close) \
    X(format_set_align) \
    X(format_set_bg_color) \
    X(format_set_bold) \
    X(format_set_border) \
    X(format_set_border_color) \
    X(format_set_font_color) \
    X(format_set_font_size) \
    X(format_set_num_format) \
    X(format_set_text_wrap) \
    X(lxw_strerror) \
    X(worksheet_autofilter) \
    X(worksheet_fit_to_pages) \
    X(worksheet_freeze_panes) \
    X(worksheet_merge_range) \
    X(worksheet_repeat_rows) \
    X(worksheet_set_column) \
    X(worksheet_set_landscape) \
    X(worksheet_set_paper) \
    X(worksheet_set_row) \
    X(worksheet_write_number) \
    X(worksheet_write_string)

struct XlsxApi
{
#define LENGKAP_XLSX_MEMBER(name) decltype(&::name) name = nullptr;
    LENGKAP_XLSX_FUNCTIONS(LENGKAP_XLSX_MEMBER)
#undef LENGKAP_XLSX_MEMBER

    // Loaded once, thread-safe; an Error (Kind::Input) says why libxlsxwriter is unavailable.
    static Result<const XlsxApi *> instance();
};

} // namespace Lengkap
