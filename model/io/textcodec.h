#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

// Text helpers shared by the readers. windows-1252, the encoding Excel writes CSV in on Indonesian
// Windows (DOMAIN.md §5), in one place for every reader. Qt 6.4 offers it only through ICU, which a
// Windows build may lack. Bytes 0x80..0x9F follow the code page (its five unassigned ones map to
// the C1 control of the same value); the rest is Latin-1.
namespace Lengkap {

char16_t windows1252ToUnicode(uchar byte);
QString decodeWindows1252(QByteArrayView bytes);
// Appends the bytes, read as windows-1252, to out as UTF-8 (the CSV reader's internal form).
void appendWindows1252AsUtf8(QByteArray &out, QByteArrayView bytes);

// One line of the program's own small CSV files (resources/: wilayah, professions): comma
// separated, "" escapes, no line breaks in cells; cells trimmed. Imported files go through
// CsvReader instead, which knows every dialect of DOMAIN.md §5.
QStringList splitSimpleCsvLine(QStringView line);

} // namespace Lengkap
