#pragma once

#include "importbatch.h"
#include "importpreview.h"

#include <QDate>
#include <QDialog>
#include <QElapsedTimer>
#include <QHash>
#include <QThread>

#include <atomic>
#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

// File → Import…: the guided import of issue 4. Choose a file, see its detected format, dialect
// and first rows, pick the cut-off (a month), map workers columns the reader did not recognise,
// then Check (read the whole file in a worker thread, cancellable, nothing written) to see what
// will be imported or every error with its line, then Import (write in the worker thread with
// its own Store on the database). Ends with a report the user can copy.
namespace Lengkap {

class ImportWorker;
struct CheckOutcome;
struct WriteOutcome;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // databasePath: the database the import writes to (opened only in the worker thread).
    explicit ImportDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Preselects a file (dropped on the main window) and previews it.
    void setFile(const QString &path);
    QString file() const { return m_path; }
    // The cut-off the import belongs to: always the 1st of a month.
    QDate cutoff() const;
    void setCutoff(QDate date);
    // The cut-off a new import belongs to: the one on screen, else the last one imported
    // (remembered in QSettings), else the 1st of this month (issue 12).
    static QDate defaultCutoff(QDate onScreen);
    // "Summary per Puskesmas" (Rekap per Puskesmas), ...: the format as the dialog names it.
    static QString formatLabel(ImportFormat format, bool xlsx = false);
    // True while a check or a write runs in the worker thread.
    bool isBusy() const { return m_busy != Busy::Idle; }
    // The text of the summary / report pane, as the Copy button copies it.
    QString reportText() const;

signals:
    // Emitted after a successful write, so the main window reloads that cut-off.
    void imported(QDate cutoff);
    // Emitted after a write failed for a reason other than districts already held (the
    // database refused: busy, full, damaged), with the message shown in the report.
    void failed(const QString &message);

public slots:
    void reject() override; // Escape: cancels a running check first; never during a write

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Busy { Idle, Checking, Writing };

    void chooseFile();
    void refreshPreview(bool rebuildMapping);
    void showPreview();
    void rebuildMappingCombos();
    void mappingChanged();
    ReadOptions readOptions() const;
    void invalidateCheck();
    void startCheck();
    void cancelCheck();
    void checkFinished(const CheckOutcome &outcome);
    void markErrorLines(const QString &message);
    void startImport();
    void importFinished(const WriteOutcome &outcome);
    void showProgress(qint64 done, qint64 total);
    void setBusy(Busy busy);
    void updateButtons();
    void setReport(const QString &text);
    QString describeFile() const;
    QString checkSummary(const ImportBatch &batch) const;
    QString finalReport(const ImportBatch &batch, const WriteOutcome &outcome) const;
    QString cutoffText() const;
    QString heldReport(const QStringList &held) const;

    QString m_databasePath;
    QString m_path;
    std::optional<ImportPreview> m_preview;
    QString m_previewError;
    QHash<QString, QString> m_mapping; // workers role -> header chosen by the user
    std::optional<ImportBatch> m_batch; // the last successful check, not yet written
    QStringList m_heldDistricts; // of m_batch, at the checked cut-off
    bool m_written = false;
    qint64 m_checkMs = 0;
    QElapsedTimer m_timer;
    Busy m_busy = Busy::Idle;

    std::atomic_bool m_cancel = false; // read by the worker thread
    QThread m_thread;
    ImportWorker *m_worker = nullptr; // lives in m_thread; deleted after it stops

    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QLabel *m_sheetNote = nullptr; // how the sheet was chosen
    QLabel *m_headerLabel = nullptr; // the header row(s) the import will use
    QString m_autoSheet; // the sheet the first preview chose by its header
    QComboBox *m_sheetCombo = nullptr;
    QComboBox *m_monthCombo = nullptr;
    QSpinBox *m_yearSpin = nullptr;
    QGroupBox *m_mappingGroup = nullptr;
    QGridLayout *m_mappingLayout = nullptr;
    QList<QWidget *> m_mappingWidgets; // labels and combos of the roles
    QHash<QString, QComboBox *> m_mappingCombos;
    QLabel *m_mappingHint = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QPlainTextEdit *m_reportEdit = nullptr;
    QPushButton *m_copyButton = nullptr;
    QCheckBox *m_replaceCheck = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Lengkap
