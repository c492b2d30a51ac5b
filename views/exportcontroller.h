#pragma once

#include "printlayout.h"
#include "reportwriter.h"
#include "result.h"
#include "tabledata.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

// The window's side of printing and export (issue 6): owns the actions Print…, Print Preview…,
// Export CSV / XLSX / PDF…, Print all districts…, Save chart as PNG / SVG…, Copy table, and the
// paper choice. Every export reads the table model on screen through its proxy (sorted and
// narrowed as shown), so screen, paper and files agree. Remembers the last folder and the paper
// in QSettings. Lives as a child of the window.
namespace Lengkap {

class DashboardWindow;

class ExportController : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Xlsx, Pdf };

    // Adds the actions to the window's File menu, above Quit.
    explicit ExportController(DashboardWindow *window);

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *exportXlsxAction() const { return m_exportXlsx; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *reportAction() const { return m_report; }
    QAction *chartPngAction() const { return m_chartPng; }
    QAction *chartSvgAction() const { return m_chartSvg; }
    QAction *copyAction() const { return m_copy; }
    // For the table's context menu: Copy table, then the three exports.
    QList<QAction *> contextActions() const;
    void addContextActions(QMenu *menu) const;

    PageSetup pageSetup() const { return m_setup; }
    void setPageSetup(const PageSetup &setup);

    // The table on screen (rows as the proxy shows them: its filter and, for ScreenOrder, its
    // order) with its context.
    enum class RowOrder { ScreenOrder, NameOrder };
    RegionTable currentTable(RowOrder order = RowOrder::ScreenOrder) const;

    // Without dialogs (the actions ask for the file first; tests call these directly).
    Result<void> exportTable(const QString &path, Format format) const;
    Result<void> saveChart(const QString &path) const; // PNG or SVG by the file's suffix
    void copyTable() const;
    Result<int> print(QPrinter *printer) const;
    // The all-districts report of the province on screen (or the nation) with a progress dialog.
    Result<ReportOutcome> writeReport(const QString &path);

    // The folder the file dialogs open in, remembered across sessions.
    static QString lastFolder();
    static void setLastFolder(const QString &folder);

private:
    void retranslate();
    void updateEnabled();
    QString askSaveFile(const QString &title, const QString &filter, const QString &suffix) const;
    void showError(const Error &error) const;
    void onPrint();
    void onPreview();
    void onExport(Format format);
    void onReport();
    void onSaveChart(bool svg);
    bool eventFilter(QObject *watched, QEvent *event) override;

    DashboardWindow *m_window;
    PageSetup m_setup;
    QMenu *m_paperMenu = nullptr;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportXlsx = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_report = nullptr;
    QAction *m_chartPng = nullptr;
    QAction *m_chartSvg = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_a4 = nullptr;
    QAction *m_letter = nullptr;
    QAction *m_f4 = nullptr;
    QAction *m_landscape = nullptr;
};

} // namespace Lengkap
