// The dashboard copy (DOMAIN.md §4): what a user gets when copying the ministry's web page
// "Kelengkapan 9 Jenis Nakes di <DISTRICT> <PROVINCE>". The title line names the district; after
// the table header, each row holds the district (optional), the Puskesmas name, an optional
// kategori and, per type, ASN, Non-ASN and Total. Browsers copy the cells either with tabs
// between them or written together with no separator at all
// ("LOMBOK TIMURKERUAK3140111342551723401124043363811314"); the second form is decoded by
// finding every split of the digits into numbers for which ASN + Non-ASN = Total holds for each
// type, and choosing the most plausible one when several fit (see chooseSplit()).
#include "readers.h"
#include "rowerrors.h"
#include "textcodec.h"

#include "nakestypes.h"
#include "wilayah.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct PasteTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::PasteReader)
};

constexpr qint64 MaxPasteBytes = 64 * 1024 * 1024; // a district's page is a few kB
constexpr int MaxNumber = 999; // DOMAIN.md §5: counts are 0..999
constexpr int MaxCandidates = 64; // enough to report; more means garbage

// One way to read a row's numbers: per type ASN, Non-ASN (the totals are implied).
using Split = QList<int>; // 2 * typeCount values: asn0, non0, asn1, non1, ...

QString decodeText(const QByteArray &bytes, QString *encoding)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xef\xbb\xbf")) {
        *encoding = u"UTF-8 (BOM)"_s;
        return QString::fromUtf8(view.sliced(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(view);
    if (!utf8.hasError()) {
        *encoding = u"UTF-8"_s;
        return text;
    }
    *encoding = u"windows-1252"_s;
    return decodeWindows1252(view);
}

// Typical counts per Puskesmas (ASN, Non-ASN), used to rank splits when the file has too few
// unambiguous rows to take medians from: small numbers for the one-or-two-person types.
std::pair<double, double> priorFor(const QString &key)
{
    static const QHash<QString, std::pair<double, double>> priors
        = {{u"dokter"_s, {2, 1}},  {u"dokter_gigi"_s, {1, 0}}, {u"perawat"_s, {12, 28}},
           {u"bidan"_s, {12, 24}}, {u"promkes"_s, {1, 1}},     {u"sanitasi"_s, {3, 0}},
           {u"gizi"_s, {3, 2}},    {u"farmasi"_s, {2, 3}},     {u"atlm"_s, {2, 2}}};
    return priors.value(key, {1, 1});
}

// Every split of digits into typeCount x (ASN, Non-ASN, Total), each 0..999 without leading
// zeros ("0" itself allowed), with ASN + Non-ASN = Total. Depth-first with a memo of the
// (type, position) pairs that cannot be completed, so garbage input stays cheap.
class Splitter
{
public:
    Splitter(QByteArrayView digits, int typeCount)
        : m_digits(digits)
        , m_typeCount(typeCount)
        , m_dead(std::size_t(typeCount + 1) * std::size_t(digits.size() + 1), false)
    {
    }

    QList<Split> run()
    {
        m_current.clear();
        walk(0, 0);
        return m_found;
    }

private:
    // Number of length len at pos, or -1 when not a valid count.
    int number(qsizetype pos, int len) const
    {
        if (pos + len > m_digits.size() || (len > 1 && m_digits[pos] == '0'))
            return -1;
        int value = 0;
        for (int i = 0; i < len; ++i)
            value = value * 10 + (m_digits[pos + i] - '0');
        return value;
    }

    bool walk(int type, qsizetype pos)
    {
        if (type == m_typeCount) {
            if (pos != m_digits.size())
                return false;
            if (m_found.size() < MaxCandidates)
                m_found.append(m_current);
            return true;
        }
        const std::size_t memo
            = std::size_t(type) * std::size_t(m_digits.size() + 1) + std::size_t(pos);
        if (m_dead[memo])
            return false;
        bool any = false;
        for (int la = 1; la <= 3; ++la) {
            const int a = number(pos, la);
            if (a < 0)
                continue;
            for (int lb = 1; lb <= 3; ++lb) {
                const int b = number(pos + la, lb);
                if (b < 0 || a + b > MaxNumber)
                    continue;
                const int lt = a + b >= 100 ? 3 : a + b >= 10 ? 2 : 1;
                if (number(pos + la + lb, lt) != a + b)
                    continue;
                m_current.append(a);
                m_current.append(b);
                any = walk(type + 1, pos + la + lb + lt) || any;
                m_current.resize(m_current.size() - 2);
            }
        }
        if (!any)
            m_dead[memo] = true;
        return any;
    }

    QByteArrayView m_digits;
    int m_typeCount;
    std::vector<bool> m_dead;
    Split m_current;
    QList<Split> m_found;
};

// Kategori written after the name: "Pedesaan Rawat Inap", "Perkotaan Non Rawat Inap",
// "Terpencil Rawat Inap", "Sangat Terpencil", ... In the glued form it follows an upper-case
// name directly ("LABUHAN LOMBOKPedesaan Rawat Inap").
const QRegularExpression &kategoriPattern()
{
    static const QRegularExpression pattern(
        uR"((?:(?:Perkotaan|Pe(?:r)?desaan|Sangat\s*Terpencil|Terpencil)\s*)?(?:Non[\s-]*)?Rawat\s*Inap\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &areaOnlyPattern()
{
    // Without "Rawat Inap" only the title-case area word counts, so upper-case names ending in
    // "TERPENCIL" are left alone.
    static const QRegularExpression pattern(
        uR"((?:Perkotaan|Pe(?:r)?desaan|Sangat\s*Terpencil|Terpencil)\s*$)"_s);
    return pattern;
}

bool isKategori(const QString &text)
{
    const QRegularExpressionMatch m = kategoriPattern().match(text);
    if (m.hasMatch() && m.capturedStart() == 0)
        return true;
    const QRegularExpressionMatch a = areaOnlyPattern().match(text);
    return a.hasMatch() && a.capturedStart() == 0;
}

// Splits "NAMEKategori" into name and kategori.
void splitKategori(QString text, QString *name, QString *kategori)
{
    text = text.trimmed();
    QRegularExpressionMatch m = kategoriPattern().match(text);
    if (!m.hasMatch() || m.capturedStart() == 0)
        m = areaOnlyPattern().match(text);
    if (m.hasMatch() && m.capturedStart() > 0) {
        *kategori = m.captured().simplified();
        *name = text.left(m.capturedStart()).trimmed();
    } else {
        *name = text;
        kategori->clear();
    }
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

struct PasteRow
{
    int line = 0;
    QString districtCell; // from a tab-separated district column, else empty
    QString text; // glued district + name + kategori (no tab separation), else empty
    QString name;
    QString kategori;
    QList<int> direct; // 3 x typeCount numbers given cell by cell
    QByteArray digits; // glued numbers to split
    QList<Split> candidates;
    bool tabbed = false;
};

} // namespace

Result<ImportBatch> readPaste(const QString &path, const ReadOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QString file = QFileInfo(path).fileName();
    const int typeCount = NakesTypes::count();
    const int numbersPerRow = 3 * typeCount;

    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return inputError(PasteTr::tr("%1: cannot open: %2").arg(file, in.errorString()));
    // Never readAll(): a device reports size 0 and never ends (/dev/zero).
    const QByteArray bytes = in.read(MaxPasteBytes + 1);
    if (bytes.size() > MaxPasteBytes || in.size() > MaxPasteBytes)
        return inputError(PasteTr::tr("%1:1: too large for a copy of the dashboard page (%2 bytes)")
                              .arg(file)
                              .arg(std::max<qint64>(in.size(), bytes.size())));
    if (bytes.trimmed().isEmpty())
        return inputError(PasteTr::tr("%1:1: the file is empty").arg(file));
    if (bytes.contains('\0'))
        return inputError(PasteTr::tr("%1:1: not a text file (binary or UTF-16)").arg(file));

    ImportBatch batch;
    batch.sourceName = file;
    batch.format = u"paste"_s;
    batch.sha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    batch.report.format = batch.format;
    const QString text = decodeText(bytes, &batch.report.encoding);

    // Physical lines: LF, CRLF or CR.
    QList<QStringView> lines;
    {
        const QStringView all(text);
        qsizetype start = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i] == u'\n' || all[i] == u'\r') {
                lines.append(all.mid(start, i - start));
                if (all[i] == u'\r' && i + 1 < all.size() && all[i + 1] == u'\n')
                    ++i;
                start = i + 1;
            }
        }
        lines.append(all.mid(start));
    }

    // Title: "Kelengkapan 9 Jenis Nakes di LOMBOK TIMUR NUSA TENGGARA BARAT".
    static const QRegularExpression titlePattern(
        uR"(Kelengkapan\s*9\s*Jenis\s*Nakes\s+di\s+(.+)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString districtCode;
    QStringList districtPrefixes; // upper case, as the rows may start with them
    int titleLine = 0;
    for (qsizetype i = 0; i < lines.size() && titleLine == 0; ++i) {
        const QRegularExpressionMatch m = titlePattern.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        titleLine = int(i + 1);
        const QString place = m.captured(1).trimmed();
        const Result<QString> code = Wilayah::instance().matchDistrictAndProvince(place);
        if (!code)
            return inputError(u"%1:%2: %3"_s.arg(file).arg(titleLine).arg(code.error().message));
        districtCode = *code;
        const District *district = Wilayah::instance().district(districtCode);
        if (!options.provinceCode.isEmpty() && district->provinceCode != options.provinceCode) {
            return inputError(
                PasteTr::tr("%1:%2: the page is about %3 (%4), not in the chosen province")
                    .arg(file)
                    .arg(titleLine)
                    .arg(district->shortName,
                         Wilayah::instance().province(district->provinceCode)->name));
        }
        // The row's district cell as the dashboard writes it, and the title's own spelling.
        const QString provinceKey
            = Wilayah::normalize(Wilayah::instance().province(district->provinceCode)->name);
        QString titleDistrict = Wilayah::normalize(place);
        if (titleDistrict.endsWith(u' ' + provinceKey))
            titleDistrict.chop(provinceKey.size() + 1);
        for (const QString &candidate :
             {titleDistrict, district->shortName.toUpper(), district->name.toUpper()}) {
            if (!candidate.isEmpty() && !districtPrefixes.contains(candidate))
                districtPrefixes.append(candidate);
        }
        std::sort(districtPrefixes.begin(), districtPrefixes.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    // Table header ("KabupatenPuskesmasJenisDokter..." or with tabs) and the ASN/Non-ASN/Total
    // line under it; rows follow until the first line that is not a row.
    auto lettersOnly = [](QStringView line) {
        QString out;
        for (QChar c : line) {
            if (c.isLetter())
                out += c.toUpper();
        }
        return out;
    };
    qsizetype first = -1;
    for (qsizetype i = titleLine; i < lines.size(); ++i) {
        const QString letters = lettersOnly(lines.at(i));
        if (letters.contains(u"PUSKESMAS"_s) && letters.contains(u"DOKTER"_s)
            && letters.contains(u"BIDAN"_s)) {
            first = i + 1;
            break;
        }
    }
    const bool haveHeader = first >= 0;
    if (!haveHeader)
        first = titleLine;

    // Every invalid row is reported, not just the first (RowErrors).
    RowErrors errors(file);
    bool stop = false; // the table has ended
    QList<PasteRow> rows;
    for (qsizetype i = first; i < lines.size(); ++i) {
        const QStringView raw = lines.at(i);
        const int lineNumber = int(i + 1);
        if (raw.trimmed().isEmpty())
            continue;
        if (lettersOnly(raw).startsWith(u"ASNNONASNTOTAL"_s))
            continue;
        const auto readRow = [&]() -> std::optional<Error> {
            PasteRow row;
            row.line = lineNumber;
            QStringList cells;
            for (QStringView cell : raw.split(u'\t'))
                cells.append(cell.trimmed().toString());
            while (!cells.isEmpty() && cells.last().isEmpty())
                cells.removeLast();
            qsizetype numeric = 0; // trailing cells that are numbers
            while (numeric < cells.size() && allDigits(cells.at(cells.size() - 1 - numeric)))
                ++numeric;
            // The last numbersPerRow cells or tokens as counts: 0 to 999, no leading zeros.
            const auto readCounts = [&](const QStringList &values) -> std::optional<Error> {
                for (qsizetype v = values.size() - numbersPerRow; v < values.size(); ++v) {
                    const QString &value = values.at(v);
                    if (value.size() > 3 || (value.size() > 1 && value.startsWith(u'0'))) {
                        return inputError(PasteTr::tr("%1:%2: '%3' is not a count from 0 to 999")
                                              .arg(file)
                                              .arg(lineNumber)
                                              .arg(value));
                    }
                    row.direct.append(value.toInt());
                }
                return std::nullopt;
            };
            QStringList textCells;
            if (cells.size() > 1 && numeric >= 1) {
                row.tabbed = true;
                if (numeric >= numbersPerRow) {
                    if (std::optional<Error> bad = readCounts(cells))
                        return bad;
                    textCells = cells.mid(0, cells.size() - numbersPerRow);
                } else if (numeric == 1) {
                    row.digits = cells.last().toLatin1();
                    textCells = cells.mid(0, cells.size() - 1);
                } else {
                    if (!haveHeader)
                        return std::nullopt;
                    return inputError(PasteTr::tr("%1:%2: expected %3 numbers, found %4")
                                          .arg(file)
                                          .arg(lineNumber)
                                          .arg(numbersPerRow)
                                          .arg(numeric));
                }
            } else {
                // No tabs: the digits (and spaces between them) that end the line.
                const QString line = raw.trimmed().toString();
                qsizetype start = line.size();
                while (start > 0 && (line.at(start - 1).isDigit() || line.at(start - 1) == u' '))
                    --start;
                while (start < line.size() && line.at(start) == u' ')
                    ++start;
                QStringList tokens
                    = QStringView(line).mid(start).toString().split(u' ', Qt::SkipEmptyParts);
                for (const QString &token : std::as_const(tokens)) {
                    if (!allDigits(token)) // other digits (Arabic-Indic, ...) are not counts
                        tokens.clear();
                }
                if (tokens.isEmpty()) {
                    stop = haveHeader && !rows.isEmpty(); // then: the text after the table
                    return std::nullopt;
                }
                if (tokens.size() >= numbersPerRow) {
                    if (std::optional<Error> bad = readCounts(tokens))
                        return bad;
                    tokens.resize(tokens.size() - numbersPerRow);
                } else {
                    row.digits = tokens.takeLast().toLatin1();
                }
                row.text = (line.left(start) + tokens.join(u' ')).trimmed();
                if (!haveHeader && row.direct.isEmpty() && row.digits.size() < numbersPerRow)
                    return std::nullopt; // without a header, short number lines are page text
                                         // ("27", "8")
                if (row.text.isEmpty()) {
                    if (!haveHeader)
                        return std::nullopt;
                    return inputError(
                        PasteTr::tr("%1:%2: a row of numbers without a Puskesmas name")
                            .arg(file)
                            .arg(lineNumber));
                }
            }
            if (row.tabbed) {
                // Cells keep their places: district, Puskesmas, kategori (empty when none).
                while (textCells.size() > 1 && textCells.first().isEmpty())
                    textCells.removeFirst();
                if (textCells.size() > 3 || textCells.isEmpty()) {
                    return inputError(
                        PasteTr::tr("%1:%2: expected district, Puskesmas and kategori "
                                    "before the numbers, found %3 cells")
                            .arg(file)
                            .arg(lineNumber)
                            .arg(textCells.size()));
                }
                if (textCells.size() == 3) {
                    row.districtCell = textCells.at(0);
                    row.name = textCells.at(1);
                    row.kategori = textCells.at(2);
                } else if (textCells.size() == 2
                           && (textCells.at(1).isEmpty() || isKategori(textCells.at(1)))) {
                    row.name = textCells.at(0);
                    row.kategori = textCells.at(1);
                } else if (textCells.size() == 2) {
                    row.districtCell = textCells.at(0);
                    row.name = textCells.at(1);
                } else {
                    row.text = textCells.at(0); // one cell: glued like the untabbed form
                }
            }
            if (!row.digits.isEmpty()) {
                row.candidates = Splitter(row.digits, typeCount).run();
                if (row.candidates.isEmpty()) {
                    return inputError(
                        PasteTr::tr("%1:%2: the %3 digits cannot be read as %4 numbers "
                                    "with ASN + Non-ASN = Total for each type")
                            .arg(file)
                            .arg(lineNumber)
                            .arg(row.digits.size())
                            .arg(numbersPerRow));
                }
            } else {
                for (int t = 0; t < typeCount; ++t) {
                    const int asn = row.direct.at(3 * t);
                    const int nonAsn = row.direct.at(3 * t + 1);
                    const int total = row.direct.at(3 * t + 2);
                    if (asn + nonAsn != total) {
                        return inputError(
                            PasteTr::tr("%1:%2: %3: ASN %4 + Non-ASN %5 is not the total %6")
                                .arg(file)
                                .arg(lineNumber)
                                .arg(NakesTypes::at(t).label())
                                .arg(asn)
                                .arg(nonAsn)
                                .arg(total));
                    }
                }
            }
            rows.append(std::move(row));
            return std::nullopt;
        };
        if (const std::optional<Error> rowError = readRow(); rowError && !errors.add(*rowError))
            break;
        if (stop)
            break;
    }
    if (const std::optional<Error> error = errors.finish())
        return *error;
    if (rows.isEmpty()) {
        return inputError(PasteTr::tr("%1:%2: no Puskesmas rows found (expected a copy of the "
                                      "dashboard table)")
                              .arg(file)
                              .arg(std::max(1, titleLine)));
    }

    // Glued text: the district column is there when every glued row starts with the district
    // (a Puskesmas named like its district, "PANDEGLANG", keeps its name).
    bool stripDistrict = !districtPrefixes.isEmpty();
    for (const PasteRow &row : std::as_const(rows)) {
        if (row.text.isEmpty())
            continue;
        const QString upper = row.text.toUpper();
        stripDistrict = stripDistrict
                        && std::any_of(districtPrefixes.cbegin(), districtPrefixes.cend(),
                                       [&](const QString &p) { return upper.startsWith(p); });
    }
    for (PasteRow &row : rows) {
        if (row.text.isEmpty())
            continue;
        QString rest = row.text;
        if (stripDistrict) {
            const QString upper = rest.toUpper();
            for (const QString &prefix : std::as_const(districtPrefixes)) {
                if (upper.startsWith(prefix) && rest.size() > prefix.size()) {
                    rest = rest.mid(prefix.size());
                    break;
                }
            }
        }
        splitKategori(rest, &row.name, &row.kategori);
    }

    // Reference values for ranking splits: per type the medians of ASN and Non-ASN over the
    // rows that have one reading, when there are at least 3 such rows, else typical values.
    QList<std::pair<double, double>> reference;
    {
        QList<QList<int>> flattened;
        flattened.reserve(rows.size());
        for (const PasteRow &row : std::as_const(rows)) {
            if (!row.direct.isEmpty()) {
                QList<int> values;
                for (int t = 0; t < typeCount; ++t)
                    values << row.direct.at(3 * t) << row.direct.at(3 * t + 1);
                flattened.append(values);
            } else if (row.candidates.size() == 1) {
                flattened.append(row.candidates.first());
            }
        }
        for (int t = 0; t < typeCount; ++t) {
            if (flattened.size() < 3) {
                reference.append(priorFor(NakesTypes::at(t).key));
                continue;
            }
            auto median = [&](int offset) {
                QList<int> values;
                for (const QList<int> &v : std::as_const(flattened))
                    values.append(v.at(2 * t + offset));
                std::sort(values.begin(), values.end());
                const qsizetype n = values.size();
                return n % 2 ? double(values.at(n / 2))
                             : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
            };
            reference.append({median(0), median(1)});
        }
    }
    // chooseSplit: the split closest to the reference on a log scale (sum over types of the
    // squared differences of ln(1 + count)), so "10 + 11 midwives and 1 + 2 health promoters"
    // beats "1 + 0 midwives and 12 + 11 health promoters" where midwives are usually 12 + 24.
    // Ties keep the first split found (shorter ASN numbers first).
    auto score = [&](const Split &split) {
        double sum = 0;
        for (int t = 0; t < typeCount; ++t) {
            const double da = std::log1p(split.at(2 * t)) - std::log1p(reference.at(t).first);
            const double db = std::log1p(split.at(2 * t + 1)) - std::log1p(reference.at(t).second);
            sum += da * da + db * db;
        }
        return sum;
    };
    auto describe = [&](const Split &split, const QList<int> &types) {
        QStringList parts;
        for (int t : types)
            parts.append(u"%1 %2+%3"_s.arg(NakesTypes::at(t).label())
                             .arg(split.at(2 * t))
                             .arg(split.at(2 * t + 1)));
        return parts.join(u", "_s);
    };

    QHash<QString, int> seen; // district | name key -> line
    QHash<QString, Result<QString>> districtByCell;
    bool anyTabbed = false;
    for (PasteRow &row : rows) {
        anyTabbed = anyTabbed || row.tabbed;
        const auto countRow = [&]() -> std::optional<Error> {
            if (puskesmasNameKey(row.name).isEmpty())
                return inputError(
                    PasteTr::tr("%1:%2: empty Puskesmas name").arg(file).arg(row.line));
            QString rowDistrict = districtCode;
            if (rowDistrict.isEmpty()) {
                if (row.districtCell.isEmpty()) {
                    return inputError(
                        PasteTr::tr("%1:%2: no district: the title line 'Kelengkapan 9 "
                                    "Jenis Nakes di ...' is missing and the row has no "
                                    "district column")
                            .arg(file)
                            .arg(row.line));
                }
                auto it = districtByCell.constFind(row.districtCell);
                if (it == districtByCell.cend())
                    it = districtByCell.insert(
                        row.districtCell,
                        Wilayah::instance().matchDistrict(row.districtCell, options.provinceCode));
                if (!it->ok())
                    return inputError(
                        u"%1:%2: %3"_s.arg(file).arg(row.line).arg(it->error().message));
                rowDistrict = it->value();
            }
            const QString identity = rowDistrict + u'|' + puskesmasNameKey(row.name);
            if (const auto before = seen.constFind(identity); before != seen.cend()) {
                return inputError(
                    PasteTr::tr("%1:%2: Puskesmas %3 appears twice (first on line %4)")
                        .arg(file)
                        .arg(row.line)
                        .arg(row.name)
                        .arg(*before));
            }
            seen.insert(identity, row.line);

            PuskesmasCounts counts;
            counts.line = row.line;
            counts.districtCode = rowDistrict;
            counts.name = row.name;
            counts.kategori = row.kategori;
            if (!row.direct.isEmpty()) {
                for (int t = 0; t < typeCount; ++t) {
                    counts.asn.append(row.direct.at(3 * t));
                    counts.nonAsn.append(row.direct.at(3 * t + 1));
                }
            } else {
                qsizetype best = 0;
                double bestScore = std::numeric_limits<double>::max();
                for (qsizetype c = 0; c < row.candidates.size(); ++c) {
                    const double s = score(row.candidates.at(c));
                    if (s < bestScore) {
                        bestScore = s;
                        best = c;
                    }
                }
                const Split &chosen = row.candidates.at(best);
                for (int t = 0; t < typeCount; ++t) {
                    counts.asn.append(chosen.at(2 * t));
                    counts.nonAsn.append(chosen.at(2 * t + 1));
                }
                if (row.candidates.size() > 1) {
                    QList<int> differing;
                    for (int t = 0; t < typeCount; ++t) {
                        for (const Split &other : std::as_const(row.candidates)) {
                            if (other.at(2 * t) != chosen.at(2 * t)
                                || other.at(2 * t + 1) != chosen.at(2 * t + 1)) {
                                differing.append(t);
                                break;
                            }
                        }
                    }
                    QStringList others;
                    for (qsizetype c = 0; c < row.candidates.size(); ++c) {
                        if (c != best)
                            others.append(describe(row.candidates.at(c), differing));
                    }
                    batch.report.warnings.append(ImportWarning {
                        row.line,
                        PasteTr::tr("%1:%2: %3: the numbers are written together and can be read "
                                    "%4 ways; chose %5 (closest to the usual counts); also "
                                    "possible: %6")
                            .arg(file)
                            .arg(row.line)
                            .arg(row.name)
                            .arg(row.candidates.size())
                            .arg(describe(chosen, differing), others.join(u"; "_s))});
                }
            }
            batch.puskesmas.append(std::move(counts));
            return std::nullopt;
        };
        if (const std::optional<Error> rowError = countRow(); rowError && !errors.add(*rowError))
            break;
    }
    if (const std::optional<Error> error = errors.finish())
        return *error;
    batch.report.recordsRead = int(rows.size());
    batch.report.delimiter = anyTabbed ? u"tab"_s : QString();
    batch.report.elapsedMs = timer.elapsed();
    return batch;
}

} // namespace Lengkap
