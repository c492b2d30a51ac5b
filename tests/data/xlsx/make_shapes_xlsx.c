/* Writes shapes_libxlsxwriter.xlsx: tests/data/workers/sisdmk_codes.csv as libxlsxwriter writes
 * a workbook (shared strings), laid out as exports lay it out: a first sheet without a table
 * ("Ringkasan"), then "Data Pegawai" with a title, the export date and a blank row above the
 * header (row 4), NIK stored as numbers, birth dates as dates, a boolean column, and a TOTAL
 * row and a "Sumber:" row below the data. make_shapes.py writes the openpyxl ones.
 * Build and run from this folder:
 *   cc make_shapes_xlsx.c $(pkg-config --cflags --libs xlsxwriter) -o /tmp/mk && /tmp/mk
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

int main(void)
{
    FILE *in = fopen("../workers/sisdmk_codes.csv", "r");
    if (!in)
        return 1;
    lxw_workbook *workbook = workbook_new("shapes_libxlsxwriter.xlsx");
    lxw_worksheet *summary = workbook_add_worksheet(workbook, "Ringkasan");
    worksheet_write_string(summary, 0, 0, "Ringkasan SDMK", NULL);
    worksheet_write_string(summary, 1, 0, "Jumlah pegawai", NULL);
    worksheet_write_number(summary, 1, 1, 22, NULL);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Data Pegawai");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    worksheet_write_string(sheet, 0, 0, "DATA PEGAWAI PUSKESMAS", NULL);
    worksheet_write_string(sheet, 1, 0, "Diekspor 01/12/2024", NULL);
    char line[1024];
    int row = 3; /* the header, after a blank row */
    int workers = 0;
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\r\n")] = 0;
        int col = 0;
        char *p = line;
        while (*p || col == 0) {
            char cell[256];
            int n = 0;
            if (*p == '"') {
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
            if (row > 3 && col == 0) {
                worksheet_write_number(sheet, row, col, atof(cell), NULL);
            } else if (row > 3 && col == 2) {
                lxw_datetime d = {0};
                sscanf(cell, "%d-%d-%d", &d.year, &d.month, &d.day);
                worksheet_write_datetime(sheet, row, col, &d, date);
            } else if (n > 0) {
                worksheet_write_string(sheet, row, col, cell, NULL);
            }
            ++col;
            if (*p != ',')
                break;
            ++p;
        }
        if (row == 3)
            worksheet_write_string(sheet, row, col, "Aktif", NULL);
        else
            worksheet_write_boolean(sheet, row, col, 1, NULL);
        if (row > 3)
            ++workers;
        ++row;
    }
    fclose(in);
    worksheet_write_string(sheet, row, 0, "TOTAL", NULL);
    worksheet_write_number(sheet, row, 4, workers, NULL);
    worksheet_write_string(sheet, row + 1, 0, "Sumber: SISDMK Kementerian Kesehatan", NULL);
    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}
