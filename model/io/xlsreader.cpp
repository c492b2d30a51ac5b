// Old binary Excel workbooks (.xls, BIFF5/BIFF8 in an OLE2 container) through FreeXL, a small
// read-only C library kept by the SpatiaLite project (Debian: libfreexl). FreeXL loads the
// chosen sheet's cells into memory (an .xls sheet holds at most 65,536 rows of 256 columns) and
// hands them out as UTF-8 text, integers or doubles; this source serves them row by row as the
// XLSX reader does, so TableSource and the readers apply the same rules (header search,
// two-row headers, footer rows, NIK stored as a number).
//
// Builds without FreeXL (LENGKAP_WITH_FREEXL=OFF) refuse .xls with a clear message instead.
#include "readers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#ifdef LENGKAP_HAVE_FREEXL
#include <freexl.h>
#endif

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct XlsTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::XlsReader)
};

} // namespace

bool looksLikeXls(const QString &path, QByteArrayView head)
{
    return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
           || (!head.startsWith("PK\x03\x04") && path.endsWith(u".xls"_s, Qt::CaseInsensitive));
}

#ifdef LENGKAP_HAVE_FREEXL

namespace {

// FreeXL's error codes, for people. A broken or hostile file is refused with one of these.
QString freexlMessage(int code)
{
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return XlsTr::tr("the file cannot be opened");
    case FREEXL_INSUFFICIENT_MEMORY:
        return XlsTr::tr("not enough memory to read the workbook");
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
        return XlsTr::tr("not an Excel workbook (no valid .xls header); if it is a text export, "
                         "rename it to .csv");
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
        return XlsTr::tr("the workbook is cut short or damaged");
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return XlsTr::tr("the file holds no Excel workbook");
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET:
        return XlsTr::tr("the workbook's text is in an encoding that cannot be read");
    case FREEXL_CRAFTED_FILE:
        return XlsTr::tr("the workbook is severely damaged (refused)");
    default:
        return XlsTr::tr("the workbook is damaged (FreeXL error %1)").arg(code);
    }
}

// FreeXL opens files by a char path: the local 8-bit encoding on Windows, where a name outside
// the code page cannot be passed. Such a file is copied to a temporary folder first.
class XlsFile
{
public:
    ~XlsFile()
    {
        if (m_handle)
            freexl_close(m_handle);
    }

    Result<void> open(const QString &path)
    {
        m_displayName = QFileInfo(path).fileName();
        QString openPath = path;
#ifdef Q_OS_WIN
        bool ascii = true;
        for (QChar c : path)
            ascii = ascii && c.unicode() < 0x80;
        if (!ascii) {
            m_copyDir = std::make_unique<QTemporaryDir>();
            openPath = m_copyDir->filePath(u"workbook.xls"_s);
            if (!m_copyDir->isValid() || !QFile::copy(path, openPath))
                return inputError(
                    u"%1: %2"_s.arg(m_displayName, freexlMessage(FREEXL_FILE_NOT_FOUND)));
        }
#endif
        const QByteArray local = QFile::encodeName(QDir::toNativeSeparators(openPath));
        const int opened = freexl_open(local.constData(), &m_handle);
        if (opened != FREEXL_OK) {
            if (m_handle)
                freexl_close(m_handle);
            m_handle = nullptr;
            return inputError(u"%1: %2"_s.arg(m_displayName, freexlMessage(opened)));
        }
        unsigned int password = 0;
        if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
            && password == FREEXL_BIFF_OBFUSCATED)
            return inputError(XlsTr::tr("%1: the workbook is protected by a password; open it in "
                                        "Excel, remove the password and save it as .xlsx")
                                  .arg(m_displayName));
        unsigned int count = 0;
        if (const int info = freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count);
            info != FREEXL_OK)
            return inputError(u"%1: %2"_s.arg(m_displayName, freexlMessage(info)));
        for (unsigned int i = 0; i < count; ++i) {
            const char *name = nullptr;
            if (const int got = freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i),
                                                          &name);
                got != FREEXL_OK)
                return inputError(u"%1: %2"_s.arg(m_displayName, freexlMessage(got)));
            m_sheets.append(QString::fromUtf8(name ? name : ""));
#ifdef FREEXL_LENGKAP_WORKSHEET_VISIBILITY // packaging/freexl/worksheet-visibility.patch
            unsigned char visibility = 0;
            if (freexl_get_worksheet_visibility(m_handle, static_cast<unsigned short>(i),
                                                &visibility)
                    == FREEXL_OK
                && (visibility & 0x03) != 0)
                m_hidden.append(m_sheets.last());
#endif
        }
        if (m_sheets.isEmpty())
            return inputError(XlsTr::tr("%1: the workbook has no sheets").arg(m_displayName));
        return {};
    }

    const void *handle() const { return m_handle; }
    const QStringList &sheets() const { return m_sheets; }
    // Hidden and very hidden sheets (with a FreeXL that tells, see readers.h).
    const QStringList &hidden() const { return m_hidden; }
    const QString &displayName() const { return m_displayName; }

private:
    const void *m_handle = nullptr;
    QStringList m_sheets;
    QStringList m_hidden;
    QString m_displayName;
    std::unique_ptr<QTemporaryDir> m_copyDir;
};

// A number as the XLSX reader shows a numeric cell: integers without a decimal point or an
// exponent (counts, codes), anything else in the shortest form that reads back the same.
QByteArray numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9.0e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

class XlsSource : public RecordSource
{
public:
    static Result<std::unique_ptr<RecordSource>> open(const QString &path, const QString &sheet)
    {
        auto source = std::unique_ptr<XlsSource>(new XlsSource);
        if (Result<void> opened = source->m_file.open(path); !opened)
            return opened.error();
        const QStringList &sheets = source->m_file.sheets();
        qsizetype chosen = 0;
        if (!sheet.isEmpty()) {
            chosen = sheets.indexOf(sheet);
            for (qsizetype i = 0; i < sheets.size() && chosen < 0; ++i) {
                if (sheets.at(i).compare(sheet, Qt::CaseInsensitive) == 0)
                    chosen = i;
            }
            if (chosen < 0)
                return inputError(XlsTr::tr("%1: no sheet named '%2'; the sheets are: %3")
                                      .arg(source->displayName(), sheet, sheets.join(u", "_s)));
        }
        const void *handle = source->m_file.handle();
        unsigned int rows = 0;
        unsigned short columns = 0;
        int status = freexl_select_active_worksheet(handle, static_cast<unsigned short>(chosen));
        if (status == FREEXL_OK)
            status = freexl_worksheet_dimensions(handle, &rows, &columns);
        if (status != FREEXL_OK)
            return inputError(u"%1: %2"_s.arg(source->displayName(), freexlMessage(status)));
        source->m_rows = rows;
        source->m_columns = columns;
        return std::unique_ptr<RecordSource>(std::move(source));
    }

    bool next() override
    {
        if (m_error || m_row >= m_rows)
            return false;
        const void *handle = m_file.handle();
        m_cells.clear();
        m_numbers.clear();
        for (unsigned short column = 0; column < m_columns; ++column) {
            FreeXL_CellValue value;
            if (const int got = freexl_get_cell_value(handle, m_row, column, &value);
                got != FREEXL_OK) {
                m_error = inputError(u"%1:%2: %3"_s.arg(displayName())
                                         .arg(m_row + 1)
                                         .arg(freexlMessage(got)));
                return false;
            }
            QByteArray text;
            bool number = false;
            switch (value.type) {
            case FREEXL_CELL_INT:
                text = QByteArray::number(value.value.int_value);
                number = true;
                break;
            case FREEXL_CELL_DOUBLE:
                text = numberText(value.value.double_value);
                number = true;
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME:
                text = value.value.text_value ? QByteArray(value.value.text_value) : QByteArray();
                break;
            default:
                break;
            }
            m_cells.push_back(std::move(text));
            m_numbers.push_back(number);
        }
        // Trailing empty cells are left out, as a sheet's XML leaves them out.
        while (!m_cells.empty() && m_cells.back().isEmpty()) {
            m_cells.pop_back();
            m_numbers.pop_back();
        }
        ++m_row;
        return true;
    }

    int line() const override { return int(m_row); }
    int fieldCount() const override { return int(m_cells.size()); }
    QString text(int i) const override { return QString::fromUtf8(utf8(i)).trimmed(); }
    QByteArrayView utf8(int i) const override
    {
        return i >= 0 && i < fieldCount() ? QByteArrayView(m_cells[size_t(i)]) : QByteArrayView();
    }
    bool isNumber(int i) const override { return i >= 0 && i < fieldCount() && m_numbers[size_t(i)]; }
    std::optional<Error> error() const override { return m_error; }
    QString displayName() const override { return m_file.displayName(); }
    qint64 position() const override { return m_row; }
    qint64 size() const override { return m_rows; }
    QString encodingName() const override { return {}; }
    QString delimiterName() const override { return {}; }

private:
    XlsSource() = default;

    XlsFile m_file;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_row = 0; // rows served so far
    std::vector<QByteArray> m_cells;
    std::vector<bool> m_numbers;
    std::optional<Error> m_error;
};

} // namespace

bool xlsSupported()
{
    return true;
}

Result<std::unique_ptr<RecordSource>> openXls(const QString &path, const QString &sheet)
{
    return XlsSource::open(path, sheet);
}

Result<QStringList> listXlsSheets(const QString &path)
{
    XlsFile file;
    if (Result<void> opened = file.open(path); !opened)
        return opened.error();
    return file.sheets();
}

bool xlsTellsHiddenSheets()
{
#ifdef FREEXL_LENGKAP_WORKSHEET_VISIBILITY
    return true;
#else
    return false;
#endif
}

QStringList xlsHiddenSheets(const QString &path)
{
    XlsFile file;
    if (Result<void> opened = file.open(path); !opened)
        return {};
    return file.hidden();
}

#else // no FreeXL

namespace {

Error notSupported(const QString &path)
{
    return inputError(XlsTr::tr("%1: an old Excel workbook (.xls): this build does not read "
                                "them. Save it as .xlsx in Excel (File > Save As) or as CSV, "
                                "and import that.")
                          .arg(QFileInfo(path).fileName()));
}

} // namespace

bool xlsSupported()
{
    return false;
}

Result<std::unique_ptr<RecordSource>> openXls(const QString &path, const QString &)
{
    return notSupported(path);
}

Result<QStringList> listXlsSheets(const QString &path)
{
    return notSupported(path);
}

bool xlsTellsHiddenSheets()
{
    return false;
}

QStringList xlsHiddenSheets(const QString &)
{
    return {};
}

#endif

} // namespace Lengkap
