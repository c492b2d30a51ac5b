#pragma once

#include "importpreview.h"

#include <QString>

// Personal data in a worker export (DOMAIN.md §5, UU 27/2022): NIK, NIP, names, birth dates
// and places, addresses, phone numbers. Never stored; and not shown either: the import preview
// masks these columns (issue 12), only the columns the import reads stay readable.
namespace Lengkap {

// True for a header such as "NIK", "nama_lengkap", "Nama Pegawai", "Tanggal Lahir", "Alamat";
// false for "Nama Puskesmas", "nama_fasyankes", "Unit Kerja", "Jabatan".
bool isPersonalDataColumn(const QString &header);

// Masks the cells of personal-data columns in a workers preview; other formats hold none.
void maskPersonalData(ImportPreview &preview);

// What a masked cell shows.
QString personalDataMask();

} // namespace Lengkap
