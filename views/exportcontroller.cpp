#include "exportcontroller.h"

#include "dashboardwindow.h"
#include "nakestypes.h"
#include "summarycharts.h"
#include "tableexport.h"
#include "tablefilterproxy.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

const QString LastFolderKey = u"export/lastFolder"_s;
const QString PaperKey = u"print/paper"_s;
const QString LandscapeKey = u"print/landscape"_s;

QString paperKey(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A4:
        return u"a4"_s;
    case PaperSize::Letter:
        return u"letter"_s;
    case PaperSize::F4:
        return u"f4"_s;
    }
    return u"a4"_s;
}

// A file name from the region and cut-off: "Kelengkapan 9 Jenis Nakes - Lombok Timur - 2024-12-01".
QString defaultFileName(const TableContext &context)
{
    QString name
        = u"Kelengkapan %1 Jenis Nakes - %2"_s.arg(NakesTypes::count()).arg(context.region);
    if (context.cutoff.isValid())
        name += u" - "_s + context.cutoff.toString(Qt::ISODate);
    for (const QChar c : u"/\\:*?\"<>|")
        name.replace(c, u' ');
    return name.simplified();
}

} // namespace

ExportController::ExportController(DashboardWindow *window)
    : QObject(window)
    , m_window(window)
{
    QSettings settings;
    PageSetup::parsePaper(settings.value(PaperKey, u"a4"_s).toString(), &m_setup.paper);
    m_setup.orientation = settings.value(LandscapeKey, true).toBool() ? QPageLayout::Landscape
                                                                      : QPageLayout::Portrait;

    m_print = new QAction(QIcon::fromTheme(u"document-print"_s), QString(), this);
    m_print->setShortcut(QKeySequence::Print);
    m_preview = new QAction(QIcon::fromTheme(u"document-print-preview"_s), QString(), this);
    m_exportCsv = new QAction(this);
    m_exportXlsx = new QAction(this);
    m_exportPdf = new QAction(QIcon::fromTheme(u"application-pdf"_s), QString(), this);
    m_report = new QAction(this);
    m_chartPng = new QAction(this);
    m_chartSvg = new QAction(this);
    m_copy = new QAction(QIcon::fromTheme(u"edit-copy"_s), QString(), this);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setShortcutContext(Qt::WindowShortcut);

    connect(m_print, &QAction::triggered, this, &ExportController::onPrint);
    connect(m_preview, &QAction::triggered, this, &ExportController::onPreview);
    connect(m_exportCsv, &QAction::triggered, this, [this] { onExport(Format::Csv); });
    connect(m_exportXlsx, &QAction::triggered, this, [this] { onExport(Format::Xlsx); });
    connect(m_exportPdf, &QAction::triggered, this, [this] { onExport(Format::Pdf); });
    connect(m_report, &QAction::triggered, this, &ExportController::onReport);
    connect(m_chartPng, &QAction::triggered, this, [this] { onSaveChart(false); });
    connect(m_chartSvg, &QAction::triggered, this, [this] { onSaveChart(true); });
    connect(m_copy, &QAction::triggered, this, &ExportController::copyTable);

    // Paper: A4 (default), Letter, F4 / Folio; landscape or portrait.
    m_paperMenu = new QMenu(window);
    auto *papers = new QActionGroup(this);
    for (QAction **action : {&m_a4, &m_letter, &m_f4}) {
        *action = m_paperMenu->addAction(QString());
        (*action)->setCheckable(true);
        papers->addAction(*action);
    }
    m_a4->setData(int(PaperSize::A4));
    m_letter->setData(int(PaperSize::Letter));
    m_f4->setData(int(PaperSize::F4));
    m_paperMenu->addSeparator();
    m_landscape = m_paperMenu->addAction(QString());
    m_landscape->setCheckable(true);
    connect(papers, &QActionGroup::triggered, this, [this](QAction *action) {
        PageSetup setup = m_setup;
        setup.paper = PaperSize(action->data().toInt());
        setPageSetup(setup);
    });
    connect(m_landscape, &QAction::toggled, this, [this](bool landscape) {
        PageSetup setup = m_setup;
        setup.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
        setPageSetup(setup);
    });
    setPageSetup(m_setup);

    // File menu: above the separator before Quit.
    if (QMenu *file = window->fileMenu()) {
        QAction *before = nullptr;
        const QList<QAction *> existing = file->actions();
        for (QAction *action : existing) {
            if (action->isSeparator()) {
                before = action;
                break;
            }
        }
        file->insertActions(before, {m_print, m_preview});
        file->insertMenu(before, m_paperMenu);
        file->insertSeparator(before);
        file->insertActions(before, {m_exportCsv, m_exportXlsx, m_exportPdf, m_report});
        file->insertSeparator(before);
        file->insertActions(before, {m_chartPng, m_chartSvg, m_copy});
    }
    window->addAction(m_copy);

    connect(window, &DashboardWindow::viewChanged, this, &ExportController::updateEnabled);
    window->installEventFilter(this);
    retranslate();
    updateEnabled();
}

bool ExportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ExportController::retranslate()
{
    m_print->setText(tr("&Print…"));
    m_preview->setText(tr("Print Pre&view…"));
    m_paperMenu->setTitle(tr("Pape&r"));
    m_a4->setText(PageSetup::paperLabel(PaperSize::A4));
    m_letter->setText(PageSetup::paperLabel(PaperSize::Letter));
    m_f4->setText(PageSetup::paperLabel(PaperSize::F4));
    m_landscape->setText(tr("&Landscape"));
    m_exportCsv->setText(tr("Export table as &CSV…"));
    m_exportXlsx->setText(tr("Export table as &XLSX…"));
    m_exportPdf->setText(tr("Export table as P&DF…"));
    m_report->setText(tr("Print &all districts to PDF…"));
    m_report->setToolTip(tr("One PDF with a section per district of the province on screen, or "
                            "of the whole country"));
    m_chartPng->setText(tr("Save chart as P&NG…"));
    m_chartSvg->setText(tr("Save chart as SV&G…"));
    m_copy->setText(tr("C&opy table"));
    m_copy->setToolTip(tr("Copy the table as tab-separated text for Excel or LibreOffice"));
}

void ExportController::updateEnabled()
{
    const bool ready = m_window->analysis() != nullptr;
    for (QAction *action : {m_print, m_preview, m_exportCsv, m_exportXlsx, m_exportPdf, m_report,
                            m_chartPng, m_chartSvg, m_copy})
        action->setEnabled(ready);
}

QList<QAction *> ExportController::contextActions() const
{
    return {m_copy, m_exportCsv, m_exportXlsx, m_exportPdf};
}

void ExportController::addContextActions(QMenu *menu) const
{
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addActions(contextActions());
}

void ExportController::setPageSetup(const PageSetup &setup)
{
    m_setup = setup;
    m_a4->setChecked(setup.paper == PaperSize::A4);
    m_letter->setChecked(setup.paper == PaperSize::Letter);
    m_f4->setChecked(setup.paper == PaperSize::F4);
    {
        const QSignalBlocker blocker(m_landscape);
        m_landscape->setChecked(setup.orientation == QPageLayout::Landscape);
    }
    QSettings settings;
    settings.setValue(PaperKey, paperKey(setup.paper));
    settings.setValue(LandscapeKey, setup.orientation == QPageLayout::Landscape);
}

RegionTable ExportController::currentTable(RowOrder order) const
{
    const Analysis *analysis = m_window->analysis();
    if (!analysis)
        return {};
    RegionTable t = regionTable(*analysis, m_window->level(), m_window->regionCode(),
                                m_window->criteria(), m_window->status());
    // The rows as the screen shows them: the proxy's order and filter.
    const QAbstractItemModel *proxy = m_window->currentProxy();
    if (!proxy)
        return t;
    TableData shown = tableFromModel(*proxy, t.table.name);
    if (order == RowOrder::NameOrder) {
        // The rows kept by the filter, in the order of a freshly opened region: the order of
        // t.table, built from a fresh model. A row is known by its code and its name (codes may
        // be missing in a rekap).
        const auto key = [](const TableData &table, qsizetype row) {
            return table.rowCodes.value(row) + u'\x1f'
                   + (table.rows.at(row).isEmpty() ? QString() : table.rows.at(row).first().text);
        };
        QHash<QString, qsizetype> rank;
        for (qsizetype i = 0; i < t.table.rows.size(); ++i)
            rank.insert(key(t.table, i), i);
        QList<qsizetype> rows(shown.rows.size());
        std::iota(rows.begin(), rows.end(), 0);
        std::stable_sort(rows.begin(), rows.end(), [&](qsizetype a, qsizetype b) {
            return rank.value(key(shown, a), a) < rank.value(key(shown, b), b);
        });
        TableData ordered = shown;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            ordered.rows[i] = shown.rows.at(rows.at(i));
            if (i < ordered.rowCodes.size())
                ordered.rowCodes[i] = shown.rowCodes.value(rows.at(i));
        }
        shown = ordered;
    }
    t.table = shown;
    return t;
}

Result<void> ExportController::exportTable(const QString &path, Format format) const
{
    const RegionTable t = currentTable();
    switch (format) {
    case Format::Csv:
        return TableExport::writeCsv(path, t.table, t.context);
    case Format::Xlsx:
        return TableExport::writeXlsx(path, {{&t.table, t.context}});
    case Format::Pdf: {
        // on paper: name order, as print()
        const RegionTable named = currentTable(RowOrder::NameOrder);
        const Result<int> pages = writeSectionPdf(path, {named.context, &named.table}, m_setup);
        if (!pages)
            return pages.error();
        return {};
    }
    }
    return {};
}

Result<void> ExportController::saveChart(const QString &path) const
{
    QWidget *chart = m_window->charts();
    if (!chart)
        return inputError(tr("There is no chart to save."));
    if (QFileInfo(path).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(chart->size());
        generator.setViewBox(QRect(QPoint(0, 0), chart->size()));
        generator.setTitle(currentTable().context.region.isEmpty()
                               ? QString()
                               : PrintText::title(PrintText::regionTitle(currentTable().context)));
        QPainter painter;
        if (!painter.begin(&generator))
            return inputError(tr("Cannot write %1.").arg(path));
        chart->render(&painter);
        painter.end();
    } else {
        // Twice the screen resolution, on white: sharp in documents and slides.
        QImage image(chart->size() * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        chart->render(&image);
        if (!image.save(path, "PNG"))
            return inputError(tr("Cannot write %1.").arg(path));
    }
    if (!QFileInfo::exists(path))
        return inputError(tr("Cannot write %1.").arg(path));
    return {};
}

void ExportController::copyTable() const
{
    QGuiApplication::clipboard()->setText(TableExport::tabSeparated(currentTable().table));
}

Result<int> ExportController::print(QPrinter *printer) const
{
    // Paper in name order whatever the screen's sort (issue 12): a sort is a look at the
    // moment, and the printed page does not say which order it uses. The filter is kept.
    const RegionTable t = currentTable(RowOrder::NameOrder);
    return printSection(printer, {t.context, &t.table});
}

Result<ReportOutcome> ExportController::writeReport(const QString &path)
{
    const Analysis *analysis = m_window->analysis();
    if (!analysis)
        return inputError(tr("No data is loaded."));
    ReportOptions options;
    options.criteria = m_window->criteria();
    options.status = m_window->status();
    options.setup = m_setup;
    if (m_window->level() == Level::Province)
        options.provinceCode = m_window->regionCode();
    else if (m_window->level() == Level::District)
        options.provinceCode = m_window->summary().provinceCode;

    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowTitle(tr("Print all districts"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    options.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        progress.setLabelText(
            done * 2 <= total
                ? tr("Laying out the districts…")
                : tr("Printing district %1 of %2…").arg(done - total / 2).arg(total / 2));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    Result<ReportOutcome> outcome = ReportWriter::writePdf(path, *analysis, options);
    progress.reset();
    return outcome;
}

QString ExportController::lastFolder()
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = QSettings().value(LastFolderKey, fallback).toString();
    return QDir(folder).exists() ? folder : fallback;
}

void ExportController::setLastFolder(const QString &folder)
{
    QSettings().setValue(LastFolderKey, folder);
}

QString ExportController::askSaveFile(const QString &title, const QString &filter,
                                      const QString &suffix) const
{
    const QString proposed
        = QDir(lastFolder()).filePath(defaultFileName(currentTable().context) + u'.' + suffix);
    QString path = QFileDialog::getSaveFileName(m_window, title, proposed, filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

void ExportController::showError(const Error &error) const
{
    if (error.kind == Error::Kind::Cancelled)
        return;
    QMessageBox::warning(m_window, tr("Export"), error.message);
}

void ExportController::onPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_setup.pageLayout());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print %1").arg(currentTable().context.region));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result<int> pages = print(&printer); !pages)
        showError(pages.error());
}

void ExportController::onPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_setup.pageLayout());
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        if (const Result<int> pages = print(p); !pages)
            showError(pages.error());
    });
    dialog.resize(m_window->size() * 0.9);
    dialog.exec();
}

void ExportController::onExport(Format format)
{
    QString path;
    switch (format) {
    case Format::Csv:
        path = askSaveFile(tr("Export table as CSV"), tr("CSV files (*.csv)"), u"csv"_s);
        break;
    case Format::Xlsx:
        path = askSaveFile(tr("Export table as XLSX"), tr("Excel workbooks (*.xlsx)"), u"xlsx"_s);
        break;
    case Format::Pdf:
        path = askSaveFile(tr("Export table as PDF"), tr("PDF files (*.pdf)"), u"pdf"_s);
        break;
    }
    if (path.isEmpty())
        return;
    if (const Result<void> done = exportTable(path, format); !done)
        showError(done.error());
}

void ExportController::onReport()
{
    const QString path
        = askSaveFile(tr("Print all districts to PDF"), tr("PDF files (*.pdf)"), u"pdf"_s);
    if (path.isEmpty())
        return;
    if (const Result<ReportOutcome> outcome = writeReport(path); !outcome)
        showError(outcome.error());
}

void ExportController::onSaveChart(bool svg)
{
    const QString path
        = svg ? askSaveFile(tr("Save chart as SVG"), tr("SVG images (*.svg)"), u"svg"_s)
              : askSaveFile(tr("Save chart as PNG"), tr("PNG images (*.png)"), u"png"_s);
    if (path.isEmpty())
        return;
    if (const Result<void> done = saveChart(path); !done)
        showError(done.error());
}

} // namespace Lengkap
