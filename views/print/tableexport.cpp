#include "tableexport.h"

#include "nakestypes.h"

#include <QFile>
#include <QSaveFile>

#include "outputfile.h"
#include "xlsxapi.h"

#include <algorithm>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

bool isPuskesmasTable(const TableData &table)
{
    return std::any_of(table.columns.cbegin(), table.columns.cend(),
                       [](const TableColumn &c) { return c.key == u"nama_puskesmas"_s; });
}

bool allRowsHaveCodes(const TableData &table)
{
    return !table.rowCodes.isEmpty() && table.rowCodes.size() == table.rows.size()
           && std::none_of(table.rowCodes.cbegin(), table.rowCodes.cend(),
                           [](const QString &code) { return code.trimmed().isEmpty(); });
}

QString csvField(const QString &text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text.startsWith(u' ') || text.endsWith(u' ')) {
        QString quoted = text;
        quoted.replace(u"\""_s, u"\"\""_s);
        return u'"' + quoted + u'"';
    }
    return text;
}

// A raw number as CSV and JSON write it: C locale, 2 decimals for fractions.
QString numberText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'f', 2);
    default:
        return {};
    }
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// The header text of a column for a person: "Dokter Gigi ASN", "Puskesmas without Gizi".
QString fullHeader(const TableColumn &column)
{
    if (column.group.isEmpty())
        return column.header;
    return TableExport::tr("%1 %2", "group and column header").arg(column.group, column.header);
}

lxw_color_t rgb(const QColor &color)
{
    return lxw_color_t(color.rgb() & 0xffffff);
}

// The outline of a cell an active scenario changed: the screen's and the paper's purple.
constexpr lxw_color_t ChangedOutline = 0x6a1b9a;

// Issue 14: a Puskesmas table of a scenario gets a column naming the types the scenario
// changed in each row, since CSV cannot outline cells. Re-import ignores it (with a warning).
bool hasChangedColumn(const TableData &table, const TableContext &context)
{
    return !context.scenario.isEmpty() && isPuskesmasTable(table);
}

// "dokter_gigi;atlm": the keys of the types whose count cells the scenario changed.
QString changedTypes(const TableData &table, const QList<TableCell> &row)
{
    QStringList keys;
    for (int c = 0; c < table.columns.size(); ++c) {
        const int type = table.columns.at(c).typeIndex;
        if (type >= 0 && row.at(c).changed) {
            const QString key = NakesTypes::at(type).key;
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    return keys.join(u';');
}

} // namespace

QString TableExport::escapeFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r')
        return u'\'' + text;
    return text;
}

QByteArray TableExport::csv(const TableData &table, const TableContext &context)
{
    const bool puskesmas = isPuskesmasTable(table);
    const bool codes = puskesmas && allRowsHaveCodes(table);
    QStringList header;
    if (puskesmas) {
        header << u"provinsi"_s << u"kabupaten_kota"_s;
        if (codes)
            header << u"kode_puskesmas"_s;
    }
    for (const TableColumn &column : table.columns)
        header << csvField(escapeFormula(column.key.isEmpty() ? fullHeader(column) : column.key));
    const bool changedColumn = hasChangedColumn(table, context);
    if (changedColumn)
        header << QString::fromLatin1(ChangedTypesColumn);

    QString text;
    text.reserve(64 * (table.rows.size() + 1) * std::max<qsizetype>(1, table.columns.size()) / 8);
    text += header.join(u',') + u"\r\n"_s;
    for (int r = 0; r < table.rows.size(); ++r) {
        const QList<TableCell> &row = table.rows.at(r);
        QStringList fields;
        if (puskesmas) {
            fields << csvField(escapeFormula(context.provinceName))
                   << csvField(escapeFormula(context.region));
            if (codes)
                fields << csvField(escapeFormula(table.rowCodes.at(r)));
        }
        for (int c = 0; c < table.columns.size(); ++c) {
            const TableCell &cell = row.at(c);
            if (table.columns.at(c).numeric && isNumber(cell.value))
                fields << numberText(cell.value); // a number stays a number, even if negative
            else
                fields << csvField(escapeFormula(cell.text));
        }
        if (changedColumn)
            fields << changedTypes(table, row);
        text += fields.join(u',') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<void> TableExport::writeCsv(const QString &path, const TableData &table,
                                   const TableContext &context)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return OutputFile::writeError(path, file.errorString());
    // A short write (a file-size limit, a full disk) may surface only when the buffer is
    // flushed, and QSaveFile::commit() loses an error of its own final flush: flush first.
    const QByteArray bytes = csv(table, context);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return OutputFile::writeError(path, reason);
    }
    if (!file.commit())
        return OutputFile::writeError(path, file.errorString());
    return {};
}

QString TableExport::tabSeparated(const TableData &table)
{
    const auto clean = [](QString text) {
        text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
        return escapeFormula(text);
    };
    QStringList lines;
    QStringList header;
    for (const TableColumn &column : table.columns)
        header << clean(fullHeader(column));
    lines << header.join(u'\t');
    for (const QList<TableCell> &row : table.rows) {
        QStringList fields;
        for (const TableCell &cell : row)
            fields << clean(cell.text);
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

QString TableExport::sheetName(const QString &name)
{
    QString result;
    for (const QChar c : name) {
        if (QStringView(u"[]:*?/\\").contains(c))
            result += u' ';
        else
            result += c;
    }
    result = result.simplified();
    if (result.startsWith(u'\''))
        result.remove(0, 1);
    if (result.isEmpty())
        result = u"Tabel"_s;
    return result.left(31);
}

Result<void> TableExport::writeXlsx(const QString &path, const QList<Sheet> &sheets)
{
    Q_ASSERT(!sheets.isEmpty());
    const Result<const XlsxApi *> api = XlsxApi::instance();
    if (!api)
        return api.error();
    const XlsxApi &x = **api;
    // libxlsxwriter writes the file in workbook_close(); write to a temporary name first so a
    // failure never leaves half a file under the user's name.
    const QString temporary = OutputFile::temporaryBeside(path);
    const QByteArray encoded = QFile::encodeName(temporary);
    lxw_workbook_options options {};
    options.constant_memory = LXW_FALSE;
    lxw_workbook *workbook = x.workbook_new_opt(encoded.constData(), &options);
    if (!workbook)
        return inputError(tr("Cannot write %1.").arg(path));

    // Each cell format has a twin for the cells a scenario changed: the same fill and font,
    // outlined in the screen's purple (issue 14).
    std::map<lxw_format *, lxw_format *> changedTwin;
    const auto format = [&](auto configure) {
        const auto make = [&](bool changed) {
            lxw_format *f = x.workbook_add_format(workbook);
            x.format_set_border(f, changed ? LXW_BORDER_MEDIUM : LXW_BORDER_THIN);
            x.format_set_border_color(f, changed ? ChangedOutline : rgb(PrintColors::grid()));
            x.format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            configure(f);
            return f;
        };
        lxw_format *f = make(false);
        changedTwin[f] = make(true);
        return f;
    };
    lxw_format *headerFormat = format([&x](lxw_format *f) {
        x.format_set_bold(f);
        x.format_set_bg_color(f, rgb(PrintColors::headerBackground()));
        x.format_set_text_wrap(f);
        x.format_set_align(f, LXW_ALIGN_CENTER);
    });
    lxw_format *textFormat = format([](lxw_format *) {});
    lxw_format *numberFormat = format([](lxw_format *) {});
    lxw_format *decimalFormat = format([&x](lxw_format *f) { x.format_set_num_format(f, "0.00"); });
    lxw_format *filledFormat
        = format([&x](lxw_format *f) { x.format_set_bg_color(f, rgb(PrintColors::filled())); });
    lxw_format *emptyFormat = format([&x](lxw_format *f) {
        x.format_set_bg_color(f, rgb(PrintColors::empty()));
        x.format_set_font_color(f, rgb(PrintColors::emptyHatch()));
        x.format_set_bold(f);
    });
    lxw_format *filledUncounted = format([&x](lxw_format *f) {
        x.format_set_bg_color(f, rgb(PrintColors::filled()));
        x.format_set_font_color(f, 0x707070);
    });
    lxw_format *emptyUncounted = format([&x](lxw_format *f) {
        x.format_set_bg_color(f, rgb(PrintColors::empty()));
        x.format_set_font_color(f, 0x707070);
    });
    std::map<Band, lxw_format *> bandFormats;
    for (Band band : {Band::Red, Band::Orange, Band::LightGreen, Band::DarkGreen}) {
        bandFormats[band] = format([&x, band](lxw_format *f) {
            x.format_set_bg_color(f, rgb(PrintColors::band(band)));
            x.format_set_bold(f);
            if (band == Band::Red || band == Band::DarkGreen)
                x.format_set_font_color(f, LXW_COLOR_WHITE);
        });
    }
    lxw_format *labelFormat = x.workbook_add_format(workbook);
    x.format_set_bold(labelFormat);
    x.format_set_align(labelFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrapFormat = x.workbook_add_format(workbook);
    x.format_set_text_wrap(wrapFormat);
    x.format_set_align(wrapFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *titleFormat = x.workbook_add_format(workbook);
    x.format_set_bold(titleFormat);
    x.format_set_font_size(titleFormat, 14);

    bool anyChanged = false;
    QStringList usedNames {u"keterangan"_s};
    for (const Sheet &sheet : sheets) {
        const TableData &table = *sheet.table;
        QString name = sheetName(table.name.isEmpty() ? sheet.context.region : table.name);
        for (int n = 2; usedNames.contains(name.toLower()); ++n)
            name = sheetName(name.left(27) + u" ("_s + QString::number(n) + u')');
        usedNames << name.toLower();
        lxw_worksheet *ws = x.workbook_add_worksheet(workbook, name.toUtf8().constData());
        const int columns = int(table.columns.size());
        const bool grouped = table.hasGroups();
        const int headerRows = grouped ? 2 : 1;

        // Header: a group row (types) over the column row, merged where a label spans.
        for (int c = 0; c < columns;) {
            const TableColumn &column = table.columns.at(c);
            int end = c + 1;
            if (!column.group.isEmpty()) {
                while (end < columns && table.columns.at(end).group == column.group)
                    ++end;
            }
            if (grouped && column.group.isEmpty()) {
                x.worksheet_merge_range(ws, 0, lxw_col_t(c), 1, lxw_col_t(c),
                                        column.header.toUtf8().constData(), headerFormat);
            } else if (grouped) {
                if (end - c > 1)
                    x.worksheet_merge_range(ws, 0, lxw_col_t(c), 0, lxw_col_t(end - 1),
                                            column.group.toUtf8().constData(), headerFormat);
                else
                    x.worksheet_write_string(ws, 0, lxw_col_t(c), column.group.toUtf8().constData(),
                                             headerFormat);
                for (int k = c; k < end; ++k)
                    x.worksheet_write_string(ws, 1, lxw_col_t(k),
                                             table.columns.at(k).header.toUtf8().constData(),
                                             headerFormat);
            } else {
                x.worksheet_write_string(ws, 0, lxw_col_t(c), column.header.toUtf8().constData(),
                                         headerFormat);
            }
            c = end;
        }

        std::vector<double> widths(size_t(std::max(columns, 0)), 0.0);
        for (int c = 0; c < columns; ++c) {
            const TableColumn &column = table.columns.at(c);
            widths[size_t(c)] = column.numeric ? std::max<double>(6, column.header.size() + 1)
                                               : std::max<double>(8, column.header.size() + 2);
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            const QList<TableCell> &row = table.rows.at(r);
            const lxw_row_t xr = lxw_row_t(r + headerRows);
            for (int c = 0; c < columns; ++c) {
                const TableCell &cell = row.at(c);
                const TableColumn &column = table.columns.at(c);
                lxw_format *f = textFormat;
                if (cell.fill) {
                    const bool filled = *cell.fill == FillState::Filled;
                    f = cell.counted ? (filled ? filledFormat : emptyFormat)
                                     : (filled ? filledUncounted : emptyUncounted);
                } else if (cell.band) {
                    f = bandFormats[*cell.band];
                } else if (column.numeric) {
                    f = cell.value.typeId() == QMetaType::Double ? decimalFormat : numberFormat;
                }
                if (cell.changed) {
                    f = changedTwin.at(f);
                    anyChanged = true;
                }
                if (column.numeric && isNumber(cell.value)) {
                    x.worksheet_write_number(ws, xr, lxw_col_t(c), cell.value.toDouble(), f);
                } else {
                    // Written as a string, never as a formula, whatever it starts with.
                    x.worksheet_write_string(ws, xr, lxw_col_t(c), cell.text.toUtf8().constData(),
                                             f);
                    widths[size_t(c)] = std::max<double>(
                        widths[size_t(c)], std::min<qsizetype>(cell.text.size() + 2, 45));
                }
            }
        }
        for (int c = 0; c < columns; ++c)
            x.worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.at(size_t(c)), nullptr);
        if (grouped)
            x.worksheet_set_row(ws, 0, 30, nullptr);
        x.worksheet_freeze_panes(ws, lxw_row_t(headerRows), 1);
        if (!table.rows.isEmpty())
            x.worksheet_autofilter(ws, lxw_row_t(headerRows - 1), 0,
                                   lxw_row_t(headerRows - 1 + table.rows.size()),
                                   lxw_col_t(columns - 1));
        x.worksheet_set_landscape(ws);
        x.worksheet_set_paper(ws, 9); // A4
        x.worksheet_fit_to_pages(ws, 1, 0);
        x.worksheet_repeat_rows(ws, 0, lxw_row_t(headerRows - 1));
    }

    // Keterangan: what the numbers are, for whoever receives the file.
    const TableContext &context = sheets.first().context;
    lxw_worksheet *notes = x.workbook_add_worksheet(workbook, "Keterangan");
    x.worksheet_set_column(notes, 0, 0, 26, nullptr);
    x.worksheet_set_column(notes, 1, 1, 90, nullptr);
    lxw_row_t row = 0;
    const auto put = [&](const QString &label, const QString &value) {
        x.worksheet_write_string(notes, row, 0, label.toUtf8().constData(), labelFormat);
        x.worksheet_write_string(notes, row, 1, escapeFormula(value).toUtf8().constData(),
                                 wrapFormat);
        ++row;
    };
    x.worksheet_write_string(notes, row++, 0,
                             PrintText::title(PrintText::regionTitle(context)).toUtf8().constData(),
                             titleFormat);
    ++row;
    put(tr("Region"), PrintText::regionTitle(context));
    put(tr("Cut-off"), context.cutoff.isValid() ? context.cutoff.toString(Qt::ISODate) : QString());
    put(tr("Criteria"), Labels::criteria(context.criteria));
    put(tr("Status"), Labels::status(context.status));
    put(tr("Source"), context.source);
    if (!context.scenario.isEmpty())
        put(tr("Scenario"), PrintText::scenarioStamp(context.scenario));
    if (anyChanged)
        put(tr("Outlined cells"), tr("Cells outlined in purple are counts the scenario changed "
                                     "from the cut-off's imported data."));
    if (context.sample)
        put(tr("Sample data"),
            tr("%1: generated figures, not real data.").arg(PrintText::sampleStamp()));
    put(tr("Exported"), context.printedAt.toString(Qt::ISODate));
    if (context.summary) {
        const RegionSummary &s = *context.summary;
        put(tr("Puskesmas"), QString::number(s.puskesmas));
        put(tr("Complete"), tr("%1 (%2)").arg(s.complete).arg(PrintText::percent(s.completePct())));
        put(tr("Incomplete"),
            tr("%1 (%2)").arg(s.incomplete()).arg(PrintText::percent(s.incompletePct())));
        put(tr("Workers needed to fill the gaps"), QString::number(s.shortage));
        put(tr("Band"), Labels::band(s.band));
    }
    ++row;
    put(tr("Rules"), tr("A cell is %1 when the Puskesmas has at least one worker of the type "
                        "(ASN + Non-ASN, or ASN only when the status is ASN only), %2 when it "
                        "has none.")
                         .arg(Labels::filled(), Labels::empty()));
    put(QString(),
        tr("A Puskesmas is complete when all %n types are filled.", nullptr, NakesTypes::count()));
    put(QString(), tr("Complete % = complete Puskesmas / Puskesmas × 100; incomplete % = 100 − "
                      "complete %."));
    put(QString(), tr("Workers needed to fill the gaps = the number of empty cells: the fewest "
                      "workers that would make every Puskesmas complete."));
    QStringList bands;
    for (Band band : {Band::DarkGreen, Band::LightGreen, Band::Orange, Band::Red})
        bands << tr("%1 %2").arg(Labels::band(band), Labels::bandRange(band, context.bands));
    put(QString(), tr("Bands on the rounded complete %: %1.").arg(bands.join(u", "_s)));
    put(tr("Types"), [] {
        QStringList types;
        for (const NakesType &type : NakesTypes::all())
            types << tr("%1 = %2", "abbreviation key").arg(type.shortLabel(), type.label());
        return types.join(u", "_s);
    }());

    const lxw_error error = x.workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return OutputFile::writeError(path, QString::fromUtf8(x.lxw_strerror(error)));
    }
    return OutputFile::replace(temporary, path);
}

} // namespace Lengkap
