/* Writes workers_libxlsxwriter.xlsx: tests/data/workers/sisdmk_codes.csv as libxlsxwriter
 * (the library behind the program's own XLSX export) writes a workbook: shared strings, NIK as
 * text, the Puskesmas code as text, a date cell and an instruction sheet after the data.
 * Build and run from this folder:
 *   cc make_workers_xlsx.c $(pkg-config --cflags --libs xlsxwriter) -o /tmp/mk && /tmp/mk
 */
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

int main(void)
{
    FILE *in = fopen("../workers/sisdmk_codes.csv", "r");
    if (!in)
        return 1;
    lxw_workbook *workbook = workbook_new("workers_libxlsxwriter.xlsx");
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Pegawai");
    lxw_worksheet *help = workbook_add_worksheet(workbook, "Keterangan");
    worksheet_write_string(help, 0, 0, "Data fiktif untuk pengujian", NULL);
    char line[1024];
    int row = 0;
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\r\n")] = 0;
        int col = 0;
        char *p = line;
        while (*p || col == 0) {
            char cell[256];
            int n = 0;
            if (*p == '"') { /* the address column is quoted */
                ++p;
                while (*p && *p != '"')
                    cell[n++] = *p++;
                if (*p == '"')
                    ++p;
            } else {
                while (*p && *p != ',')
                    cell[n++] = *p++;
            }
            cell[n] = 0;
            /* Row 4 is left empty in the sheet: rows with gaps keep their numbers. */
            int sheetRow = row >= 3 ? row + 1 : row;
            if (row > 0 && col == 2) {
                lxw_datetime date = {0};
                sscanf(cell, "%d-%d-%d", &date.year, &date.month, &date.day);
                lxw_format *format = workbook_add_format(workbook);
                format_set_num_format(format, "yyyy-mm-dd");
                worksheet_write_datetime(sheet, sheetRow, col, &date, format);
            } else if (n > 0) {
                worksheet_write_string(sheet, sheetRow, col, cell, NULL);
            }
            ++col;
            if (*p != ',')
                break;
            ++p;
        }
        ++row;
    }
    fclose(in);
    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}
