// The guided import window (issue 4). Reads happen in the worker thread except the preview,
// which reads only the first rows. Cells of the user's file are shown, never logged or kept.
#include "importdialog.h"

#include "importworker.h"
#include "nakestypes.h"
#include "personaldata.h"
#include "wilayah.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

const auto LastFolderKey = u"import/lastFolder"_s;
constexpr int PreviewRows = 20;
constexpr int MaxCellChars = 200; // preview cells are cut for the screen
const QColor ErrorRowColor(0xff, 0xd6, 0xd6); // the preview row an error names

QString districtLabel(const QString &code)
{
    const Wilayah &wilayah = Wilayah::instance();
    const District *district = wilayah.district(code);
    if (!district)
        return code;
    const Province *province = wilayah.province(district->provinceCode);
    return province ? u"%1 (%2)"_s.arg(district->shortName, province->name) : district->shortName;
}

QStringList districtCodes(const ImportBatch &batch)
{
    QStringList codes;
    for (const PuskesmasCounts &p : batch.puskesmas) {
        if (!codes.contains(p.districtCode))
            codes.append(p.districtCode);
    }
    codes.sort();
    return codes;
}

int unmappedRows(const ImportReport &report)
{
    int rows = 0;
    for (int n : report.unmappedProfessions)
        rows += n;
    return rows;
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 2);
}

} // namespace

ImportDialog::ImportDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Import data"));
    setAcceptDrops(true);

    // File row.
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("No file chosen"));
    m_chooseButton = new QPushButton(tr("Choose &file…"), this);
    auto *fileLabel = new QLabel(tr("File:"), this);
    fileLabel->setBuddy(m_chooseButton);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_chooseButton);

    // What was detected, the sheet and the cut-off.
    m_formatLabel = new QLabel(this);
    m_encodingLabel = new QLabel(this);
    m_delimiterLabel = new QLabel(this);
    m_sheetCombo = new QComboBox(this);
    m_sheetCombo->setEditable(true);
    m_sheetCombo->setInsertPolicy(QComboBox::NoInsert);
    m_sheetCombo->setMinimumContentsLength(16);
    m_monthCombo = new QComboBox(this);
    for (int month = 1; month <= 12; ++month)
        m_monthCombo->addItem(QLocale().standaloneMonthName(month, QLocale::LongFormat), month);
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setRange(2000, 2100);
    auto *cutoffRow = new QHBoxLayout;
    cutoffRow->addWidget(m_monthCombo);
    cutoffRow->addWidget(m_yearSpin);
    cutoffRow->addStretch();
    auto *cutoffLabel = new QLabel(tr("C&ut-off (1st of):"), this);
    cutoffLabel->setBuddy(m_monthCombo);
    m_sheetLabel = new QLabel(tr("S&heet:"), this);
    m_sheetNote = new QLabel(this);
    m_headerLabel = new QLabel(this);
    m_sheetLabel->setBuddy(m_sheetCombo);
    auto *detected = new QFormLayout;
    detected->addRow(tr("Format:"), m_formatLabel);
    detected->addRow(tr("Encoding:"), m_encodingLabel);
    detected->addRow(tr("Delimiter:"), m_delimiterLabel);
    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_sheetCombo);
    sheetRow->addWidget(m_sheetNote);
    sheetRow->addStretch();
    detected->addRow(m_sheetLabel, sheetRow);
    detected->addRow(tr("Header:"), m_headerLabel);
    detected->addRow(cutoffLabel, cutoffRow);

    // Workers columns: one combo per role, shown for worker exports.
    m_mappingGroup = new QGroupBox(tr("Columns of the worker export"), this);
    m_mappingLayout = new QGridLayout(m_mappingGroup);
    m_mappingHint = new QLabel(m_mappingGroup);
    m_mappingHint->setWordWrap(true);
    m_mappingLayout->addWidget(m_mappingHint, 0, 0, 1, 4);
    m_mappingGroup->hide();

    auto *topRow = new QHBoxLayout;
    topRow->addLayout(detected, 0);
    topRow->addWidget(m_mappingGroup, 1);

    // Preview above, summary / report below.
    m_previewTable = new QTableWidget(this);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewTable->setWordWrap(false);
    m_previewTable->horizontalHeader()->setDefaultSectionSize(110);
    m_previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    auto *previewBox = new QGroupBox(tr("Preview of the first rows"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewTable);

    m_reportEdit = new QPlainTextEdit(this);
    m_reportEdit->setReadOnly(true);
    m_reportEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_reportEdit->setPlaceholderText(
        tr("Choose a file, then Check it to see what will be imported. "
           "Nothing is written before Import."));
    m_copyButton = new QPushButton(tr("Co&py"), this);
    m_copyButton->setToolTip(tr("Copy the text above to the clipboard"));
    auto *reportBox = new QGroupBox(tr("What will be imported"), this);
    auto *reportLayout = new QVBoxLayout(reportBox);
    reportLayout->addWidget(m_reportEdit);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(m_copyButton);
    reportLayout->addLayout(copyRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(previewBox);
    splitter->addWidget(reportBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_replaceCheck
        = new QCheckBox(tr("&Replace the data of districts this cut-off already holds"), this);
    m_replaceCheck->hide(); // offered when the database refuses for that reason

    m_progressBar = new QProgressBar(this);
    m_progressBar->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_statusLabel = new QLabel(this);
    // Whole, on as many lines as it needs: it names the file and the first invalid line, which
    // at 1280x720 did not fit one line of the dialog (issue 12).
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_statusLabel, 1);
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_cancelButton);

    m_checkButton = new QPushButton(tr("&Check"), this);
    m_checkButton->setToolTip(
        tr("Read the whole file and show what will be imported; nothing is written"));
    m_importButton = new QPushButton(tr("&Import"), this);
    m_importButton->setToolTip(tr("Write the checked data to the database"));
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(topRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_replaceCheck);
    layout->addLayout(progressRow);
    layout->addLayout(buttons);

    // Default cut-off: the last one imported, else the 1st of this month (DOMAIN.md §6); the
    // window passes the one on screen through defaultCutoff().
    setCutoff(defaultCutoff({}));

    // Names for tests and accessibility tools.
    m_fileEdit->setObjectName(u"fileEdit"_s);
    m_chooseButton->setObjectName(u"chooseButton"_s);
    m_formatLabel->setObjectName(u"formatLabel"_s);
    m_encodingLabel->setObjectName(u"encodingLabel"_s);
    m_delimiterLabel->setObjectName(u"delimiterLabel"_s);
    m_sheetCombo->setObjectName(u"sheetCombo"_s);
    m_sheetNote->setObjectName(u"sheetNote"_s);
    m_headerLabel->setObjectName(u"headerLabel"_s);
    m_monthCombo->setObjectName(u"monthCombo"_s);
    m_yearSpin->setObjectName(u"yearSpin"_s);
    m_previewTable->setObjectName(u"previewTable"_s);
    m_reportEdit->setObjectName(u"reportEdit"_s);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_replaceCheck->setObjectName(u"replaceCheck"_s);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_checkButton->setObjectName(u"checkButton"_s);
    m_importButton->setObjectName(u"importButton"_s);
    m_closeButton->setObjectName(u"closeButton"_s);

    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_sheetCombo, &QComboBox::activated, this, [this] { refreshPreview(true); });
    connect(m_sheetCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_preview && m_preview->xlsx && m_sheetCombo->currentText() != m_preview->sheet)
            refreshPreview(true);
    });
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(reportText()); });
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::startCheck);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelCheck);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    // A check found which districts the cut-off holds: another cut-off needs another check.
    const auto cutoffChanged = [this] {
        if (!m_batch || m_written || isBusy())
            return;
        invalidateCheck();
        m_statusLabel->setText(tr("The cut-off changed: check the file again."));
    };
    connect(m_monthCombo, &QComboBox::currentIndexChanged, this, cutoffChanged);
    connect(m_yearSpin, &QSpinBox::valueChanged, this, cutoffChanged);
    connect(m_replaceCheck, &QCheckBox::toggled, this, &ImportDialog::updateButtons);

    m_worker = new ImportWorker(&m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &ImportWorker::progress, this, &ImportDialog::showProgress);
    connect(m_worker, &ImportWorker::checked, this, &ImportDialog::checkFinished);
    connect(m_worker, &ImportWorker::written, this, &ImportDialog::importFinished);
    m_thread.setObjectName(u"lengkap-import"_s);
    m_thread.start();

    showPreview();
    setBusy(Busy::Idle);
    resize(1000, 680); // fits a 1366×768 screen with the taskbar
}

ImportDialog::~ImportDialog()
{
    m_cancel = true; // a running read stops soon; a running write finishes (it is atomic)
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

QDate ImportDialog::cutoff() const
{
    return QDate(m_yearSpin->value(), m_monthCombo->currentData().toInt(), 1);
}

QString ImportDialog::formatLabel(ImportFormat format, bool xlsx)
{
    // Words an officer knows, not the CLI's --format keys (issue 12).
    QString name;
    switch (format) {
    case ImportFormat::Rekap:
        //: Indonesian: "Rekap per Puskesmas"
        name = tr("Summary per Puskesmas");
        break;
    case ImportFormat::Long:
        //: Indonesian: "Jumlah per jenis dan status"
        name = tr("Counts per type and status");
        break;
    case ImportFormat::Workers:
        //: Indonesian: "Data per nakes (SISDMK)"
        name = tr("One row per health worker (SISDMK)");
        break;
    case ImportFormat::Paste:
        //: Indonesian: "Salinan tabel dasbor"
        name = tr("Copy of the dashboard table");
        break;
    case ImportFormat::Xlsx:
    case ImportFormat::Auto:
        name = tr("not recognised from the header");
        break;
    }
    //: Indonesian: "%1, buku kerja Excel"
    return xlsx ? tr("%1, Excel workbook").arg(name) : name;
}

QDate ImportDialog::defaultCutoff(QDate onScreen)
{
    if (onScreen.isValid())
        return QDate(onScreen.year(), onScreen.month(), 1);
    const QDate last = QSettings().value(u"import/lastCutoff"_s).toDate();
    if (last.isValid())
        return last;
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1);
}

void ImportDialog::setCutoff(QDate date)
{
    if (!date.isValid())
        return;
    m_yearSpin->setValue(date.year());
    m_monthCombo->setCurrentIndex(date.month() - 1);
}

QString ImportDialog::reportText() const
{
    return m_reportEdit->toPlainText();
}

void ImportDialog::setFile(const QString &path)
{
    if (isBusy())
        return;
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_mapping.clear();
    m_autoSheet.clear();
    m_sheetCombo->clear();
    m_sheetCombo->setEditText(QString());
    if (!path.isEmpty())
        QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    refreshPreview(true);
}

void ImportDialog::chooseFile()
{
    const QString folder = QSettings().value(LastFolderKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a staffing file"), folder,
        tr("Staffing files (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

ReadOptions ImportDialog::readOptions() const
{
    ReadOptions options;
    if (m_preview && m_preview->xlsx)
        options.sheet = m_sheetCombo->currentText().trimmed();
    options.columnMapping = m_mapping;
    return options;
}

void ImportDialog::refreshPreview(bool rebuildMapping)
{
    invalidateCheck();
    m_preview.reset();
    m_previewError.clear();
    if (!m_path.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ReadOptions options = readOptions();
        if (!m_sheetCombo->currentText().trimmed().isEmpty())
            options.sheet = m_sheetCombo->currentText().trimmed();
        Result<ImportPreview> preview = previewImportFile(m_path, options, PreviewRows);
        QApplication::restoreOverrideCursor();
        if (preview) {
            m_preview = std::move(preview).value();
            maskPersonalData(*m_preview); // NIK, names, birth dates: not even on screen
            if (m_preview->xlsx && !m_preview->sheetNamed)
                m_autoSheet = m_preview->sheet;
        } else {
            m_previewError = preview.error().message;
        }
    }
    showPreview();
    if (rebuildMapping)
        rebuildMappingCombos();
    mappingChanged();
    if (!m_previewError.isEmpty())
        setReport(tr("The file cannot be read:\n%1").arg(m_previewError));
    else if (m_preview && !m_preview->sheetProblem.isEmpty())
        setReport(m_preview->sheetProblem);
    else
        setReport(QString());
}

void ImportDialog::showPreview()
{
    const bool have = m_preview.has_value();
    const QString none = have || m_path.isEmpty() ? tr("—") : tr("unknown");
    if (have) {
        if (m_preview->format != ImportFormat::Auto)
            m_formatLabel->setText(formatLabel(m_preview->format, m_preview->xlsx));
        else if (m_preview->xlsx)
            m_formatLabel->setText(
                tr("Excel workbook; the sheet's format is not recognised from its header"));
        else
            m_formatLabel->setText(tr("not recognised from the header"));
        m_encodingLabel->setText(m_preview->encoding.isEmpty() ? tr("— (workbook)")
                                                               : m_preview->encoding);
        m_delimiterLabel->setText(m_preview->delimiter.isEmpty() ? tr("none")
                                                                 : m_preview->delimiter);
        if (m_preview->format == ImportFormat::Paste)
            m_headerLabel->setText(none);
        else if (m_preview->headerRecognised)
            m_headerLabel->setText(m_preview->headerDescription());
        else
            m_headerLabel->setText(
                tr("%1 (not recognised: the first row that is not blank)")
                    .arg(m_preview->headerDescription()));
    } else {
        m_formatLabel->setText(none);
        m_encodingLabel->setText(none);
        m_delimiterLabel->setText(none);
        m_headerLabel->setText(none);
    }
    const bool xlsx = have && m_preview->xlsx;
    m_sheetLabel->setVisible(xlsx);
    m_sheetCombo->setVisible(xlsx);
    m_sheetNote->setVisible(xlsx);
    if (xlsx && !m_preview->sheetProblem.isEmpty())
        m_sheetNote->setText(tr("no header recognised: choose"));
    else if (xlsx && m_preview->sheets.size() > 1 && m_preview->sheet == m_autoSheet)
        m_sheetNote->setText(tr("chosen by its header"));
    else
        m_sheetNote->clear();
    if (xlsx) {
        const QSignalBlocker blocker(m_sheetCombo);
        m_sheetCombo->clear();
        m_sheetCombo->addItems(m_preview->sheets);
        const int at = m_sheetCombo->findText(m_preview->sheet);
        if (at >= 0)
            m_sheetCombo->setCurrentIndex(at);
        else
            m_sheetCombo->setEditText(m_preview->sheet);
    }

    m_previewTable->clear();
    m_previewTable->setRowCount(0);
    m_previewTable->setColumnCount(0);
    if (!have)
        return;
    auto cell = [](const QString &text) {
        auto *item = new QTableWidgetItem(
            text.size() > MaxCellChars ? text.left(MaxCellChars) + u'…' : text);
        item->setToolTip(text.left(1000));
        return item;
    };
    if (m_preview->format == ImportFormat::Paste) {
        // A dashboard copy is text: show its first lines as they are.
        m_previewTable->setColumnCount(1);
        m_previewTable->setHorizontalHeaderLabels({tr("Text")});
        m_previewTable->setRowCount(int(m_preview->textLines.size()));
        for (int row = 0; row < m_preview->textLines.size(); ++row)
            m_previewTable->setItem(row, 0, cell(m_preview->textLines.at(row)));
        m_previewTable->horizontalHeader()->setStretchLastSection(true);
        return;
    }
    m_previewTable->horizontalHeader()->setStretchLastSection(false);
    int columns = int(m_preview->header.size());
    for (const QStringList &row : std::as_const(m_preview->rows))
        columns = std::max(columns, int(row.size()));
    m_previewTable->setColumnCount(columns);
    m_previewTable->setHorizontalHeaderLabels(m_preview->header);
    m_previewTable->setRowCount(int(m_preview->rows.size()));
    QStringList lines;
    for (int row = 0; row < m_preview->rows.size(); ++row) {
        const QStringList &cells = m_preview->rows.at(row);
        for (int column = 0; column < cells.size(); ++column)
            m_previewTable->setItem(row, column, cell(cells.at(column)));
        lines.append(QLocale().toString(m_preview->rowLines.value(row)));
    }
    m_previewTable->setVerticalHeaderLabels(lines); // the file's line numbers
}

void ImportDialog::rebuildMappingCombos()
{
    qDeleteAll(m_mappingWidgets);
    m_mappingWidgets.clear();
    m_mappingCombos.clear();
    const bool workers = m_preview && m_preview->format == ImportFormat::Workers;
    m_mappingGroup->setVisible(workers);
    if (!workers)
        return;
    // Two roles per row, so the group stays short enough for a 768-pixel-high screen.
    int index = 0;
    for (const WorkerColumnRole &role : std::as_const(m_preview->workerRoles)) {
        auto *combo = new QComboBox(m_mappingGroup);
        combo->setObjectName(u"mapping_"_s + role.key);
        combo->addItem(role.column >= 0
                           ? tr("%1 (recognised)").arg(m_preview->header.value(role.column))
                           : tr("(not found)"),
                       QString());
        for (const QString &header : std::as_const(m_preview->header))
            combo->addItem(header, header);
        connect(combo, &QComboBox::activated, this, [this, key = role.key, combo] {
            const QString header = combo->currentData().toString();
            if (header.isEmpty())
                m_mapping.remove(key);
            else
                m_mapping.insert(key, header);
            refreshPreview(false);
        });
        auto *label = new QLabel(
            role.required ? tr("%1 *").arg(role.description) : role.description, m_mappingGroup);
        label->setBuddy(combo);
        const int row = 1 + index / 2;
        const int column = (index % 2) * 2;
        m_mappingLayout->addWidget(label, row, column);
        m_mappingLayout->addWidget(combo, row, column + 1);
        m_mappingWidgets << label << combo;
        m_mappingCombos.insert(role.key, combo);
        ++index;
    }
}

void ImportDialog::mappingChanged()
{
    if (!m_preview || m_preview->format != ImportFormat::Workers) {
        updateButtons();
        return;
    }
    QStringList missing;
    for (const WorkerColumnRole &role : m_preview->missingWorkerRoles())
        missing.append(role.description);
    if (missing.isEmpty()) {
        m_mappingHint->setText(tr("Every required column (*) was found. Only counts are imported: "
                                  "names, NIK and birth dates are never stored."));
    } else {
        m_mappingHint->setText(tr("Choose the column that holds: %1.").arg(missing.join(u", "_s)));
    }
    updateButtons();
}

void ImportDialog::invalidateCheck()
{
    m_batch.reset();
    m_heldDistricts.clear();
    m_written = false;
    m_replaceCheck->setChecked(false);
    m_replaceCheck->hide();
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_statusLabel->clear();
    updateButtons();
}

void ImportDialog::startCheck()
{
    if (isBusy() || m_path.isEmpty())
        return;
    invalidateCheck();
    setReport(QString());
    m_cancel = false;
    m_timer.start();
    setBusy(Busy::Checking);
    m_statusLabel->setText(tr("Checking %1…").arg(QFileInfo(m_path).fileName()));
    const QString path = m_path;
    const ReadOptions options = readOptions();
    const QString databasePath = m_databasePath;
    const QDate date = cutoff();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, path, options, databasePath, date] {
            worker->check(path, options, databasePath, date);
        },
        Qt::QueuedConnection);
}

void ImportDialog::cancelCheck()
{
    if (m_busy == Busy::Checking) {
        m_cancel = true;
        m_statusLabel->setText(tr("Cancelling…"));
    }
}

void ImportDialog::checkFinished(const CheckOutcome &outcome)
{
    m_checkMs = m_timer.elapsed();
    setBusy(Busy::Idle);
    m_progressBar->setRange(0, 1);
    if (outcome.ok) {
        m_batch = outcome.batch;
        m_heldDistricts = outcome.heldDistricts;
        m_progressBar->setValue(1);
        if (m_heldDistricts.isEmpty()) {
            m_statusLabel->setText(tr("Checked: nothing has been written yet."));
            setReport(checkSummary(*m_batch));
            m_importButton->setDefault(true);
            m_importButton->setFocus();
        } else {
            // The clash is known now, not only after Import: offer Replace before writing.
            m_statusLabel->setText(tr("This cut-off already holds data of %n district(s).", nullptr,
                                      int(m_heldDistricts.size())));
            m_replaceCheck->show();
            m_replaceCheck->setFocus();
            setReport(heldReport(m_heldDistricts));
        }
    } else if (outcome.error.kind == Error::Kind::Cancelled) {
        m_progressBar->setValue(0);
        m_statusLabel->setText(tr("Check cancelled."));
        setReport(tr("The check was cancelled. Nothing was written."));
    } else {
        m_progressBar->setValue(0);
        // The first reason where the officer looks (the report below lists every line).
        const QStringList reasons = outcome.error.message.split(u'\n', Qt::SkipEmptyParts);
        const QString first = reasons.value(0).trimmed();
        if (first.isEmpty())
            m_statusLabel->setText(tr("The file cannot be imported."));
        else if (reasons.size() == 1)
            m_statusLabel->setText(tr("The file cannot be imported: %1").arg(first));
        else
            m_statusLabel->setText(tr("The file cannot be imported: %1 (and %n more below)",
                                      nullptr, int(reasons.size()) - 1)
                                       .arg(first));
        markErrorLines(outcome.error.message);
        setReport(tr("The file cannot be imported; nothing was written.\n\n%1\n\n"
                     "Correct the file and check it again.")
                      .arg(outcome.error.message));
    }
    updateButtons();
}

void ImportDialog::markErrorLines(const QString &message)
{
    // One "file:line: message" per invalid row: mark each of those lines the preview shows, and
    // scroll to the first.
    static const QRegularExpression fileLine(u"^[^:\\n]+:(\\d+): "_s,
                                             QRegularExpression::MultilineOption);
    if (!m_preview)
        return;
    int first = -1;
    for (auto match = fileLine.globalMatch(message); match.hasNext();) {
        const int row = int(m_preview->rowLines.indexOf(match.next().captured(1).toInt()));
        if (row < 0 || row >= m_previewTable->rowCount())
            continue;
        for (int column = 0; column < m_previewTable->columnCount(); ++column) {
            QTableWidgetItem *item = m_previewTable->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_previewTable->setItem(row, column, item);
            }
            item->setBackground(ErrorRowColor);
            item->setForeground(QColor(Qt::black));
        }
        if (first < 0)
            first = row;
    }
    if (first >= 0)
        m_previewTable->scrollToItem(m_previewTable->item(first, 0));
}

void ImportDialog::startImport()
{
    if (isBusy() || !m_batch || m_written)
        return;
    setBusy(Busy::Writing);
    m_statusLabel->setText(tr("Writing to the database…"));
    const QString databasePath = m_databasePath;
    const ImportBatch batch = *m_batch;
    const QDate date = cutoff();
    const bool replace = m_replaceCheck->isVisible() && m_replaceCheck->isChecked();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, databasePath, batch, date, replace] {
            worker->write(databasePath, batch, date, replace);
        },
        Qt::QueuedConnection);
}

void ImportDialog::importFinished(const WriteOutcome &outcome)
{
    setBusy(Busy::Idle);
    m_progressBar->setRange(0, 1);
    if (outcome.ok && m_batch) {
        m_written = true;
        m_progressBar->setValue(1);
        m_statusLabel->setText(tr("Imported."));
        setReport(finalReport(*m_batch, outcome));
        m_replaceCheck->hide();
        m_closeButton->setDefault(true);
        m_closeButton->setFocus();
        updateButtons();
        QSettings().setValue(u"import/lastCutoff"_s, cutoff());
        emit imported(cutoff());
        return;
    }
    m_progressBar->setValue(0);
    if (!outcome.heldDistricts.isEmpty()) {
        m_heldDistricts = outcome.heldDistricts;
        m_statusLabel->setText(tr("Refused: nothing was written."));
        m_replaceCheck->show();
        m_replaceCheck->setFocus();
        setReport(heldReport(outcome.heldDistricts));
    } else {
        m_statusLabel->setText(tr("The import failed: nothing was written."));
        setReport(tr("The import failed; nothing was written.\n\n%1").arg(outcome.error.message));
        updateButtons();
        emit failed(outcome.error.message);
        return;
    }
    updateButtons();
}

void ImportDialog::showProgress(qint64 done, qint64 total)
{
    if (m_busy != Busy::Checking || total <= 0)
        return;
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

void ImportDialog::setBusy(Busy busy)
{
    m_busy = busy;
    // Only while something runs: an idle, empty bar looks like a text field (issue 12).
    m_progressBar->setVisible(busy != Busy::Idle);
    if (busy != Busy::Idle) {
        m_progressBar->setRange(0, 0); // busy until the reader reports progress
        m_progressBar->setValue(0);
    }
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool idle = m_busy == Busy::Idle;
    const bool mappingComplete = !m_preview || m_preview->missingWorkerRoles().isEmpty();
    m_chooseButton->setEnabled(idle);
    m_sheetCombo->setEnabled(idle);
    m_mappingGroup->setEnabled(idle);
    m_monthCombo->setEnabled(idle);
    m_yearSpin->setEnabled(idle);
    m_replaceCheck->setEnabled(idle);
    m_checkButton->setEnabled(idle && !m_path.isEmpty() && mappingComplete);
    // A clash found by Check: Import only once Replace is ticked.
    const bool clashResolved = m_heldDistricts.isEmpty() || m_replaceCheck->isChecked();
    m_importButton->setEnabled(idle && m_batch.has_value() && !m_written && clashResolved);
    m_cancelButton->setEnabled(m_busy == Busy::Checking);
    m_closeButton->setEnabled(m_busy != Busy::Writing);
    m_copyButton->setEnabled(!m_reportEdit->toPlainText().isEmpty());
    if (idle && !m_batch && m_checkButton->isEnabled())
        m_checkButton->setDefault(true);
}

void ImportDialog::setReport(const QString &text)
{
    m_reportEdit->setPlainText(text);
    m_copyButton->setEnabled(!text.isEmpty());
}

QString ImportDialog::heldReport(const QStringList &held) const
{
    QStringList names;
    for (const QString &code : held)
        names.append(districtLabel(code));
    return tr("Nothing was written: the cut-off %1 already holds data of %2.\n\n"
              "Tick “Replace the data of districts this cut-off already holds” and Import "
              "again to swap that data for this file's, or choose another cut-off.\n\n%3")
        .arg(cutoffText(), names.join(u", "_s), checkSummary(*m_batch));
}

QString ImportDialog::cutoffText() const
{
    return QLocale().toString(cutoff(), u"d MMMM yyyy"_s);
}

QString ImportDialog::describeFile() const
{
    const ImportBatch &batch = *m_batch;
    const ImportReport &report = batch.report;
    QStringList lines;
    lines << tr("File: %1")
                 .arg(batch.sourceName.isEmpty() ? QFileInfo(m_path).fileName() : batch.sourceName)
          << tr("Format: %1").arg(report.format.isEmpty() ? batch.format : report.format);
    if (!report.encoding.isEmpty())
        lines << tr("Encoding: %1").arg(report.encoding);
    if (!report.delimiter.isEmpty())
        lines << tr("Delimiter: %1").arg(report.delimiter);
    if (m_preview && m_preview->xlsx && !m_preview->sheet.isEmpty())
        lines << tr("Sheet: %1").arg(m_preview->sheet);
    lines << tr("Cut-off: %1").arg(cutoffText());
    return lines.join(u'\n');
}

QString ImportDialog::checkSummary(const ImportBatch &batch) const
{
    const QLocale locale;
    const ImportReport &report = batch.report;
    QStringList lines;
    lines << describeFile() << tableLayoutNotes(report) << QString();
    lines << tr("Rows read: %1").arg(locale.toString(report.recordsRead));
    if (report.workersCounted > 0)
        lines << tr("Workers counted: %1").arg(locale.toString(report.workersCounted));
    lines << tr("Puskesmas: %1").arg(locale.toString(batch.puskesmas.size()));
    const QStringList codes = districtCodes(batch);
    lines << tr("Districts (%1):").arg(locale.toString(codes.size()));
    for (const QString &code : codes)
        lines << u"  "_s + districtLabel(code);

    // Workers per type: ASN + Non-ASN summed over the batch.
    lines << QString() << tr("Workers per type (ASN + Non-ASN = total):");
    int width = 0;
    for (const NakesType &type : NakesTypes::all())
        width = std::max(width, int(type.label().size()));
    for (int t = 0; t < NakesTypes::count(); ++t) {
        qint64 asn = 0;
        qint64 nonAsn = 0;
        for (const PuskesmasCounts &p : batch.puskesmas) {
            asn += p.asn.value(t);
            nonAsn += p.nonAsn.value(t);
        }
        lines << u"  %1  %2 + %3 = %4"_s.arg(NakesTypes::at(t).label().leftJustified(width),
                                             locale.toString(asn).rightJustified(7),
                                             locale.toString(nonAsn).rightJustified(7),
                                             locale.toString(asn + nonAsn).rightJustified(7));
    }

    lines << QString() << tr("Ambiguous rows: %1").arg(locale.toString(report.warnings.size()));
    for (const ImportWarning &warning : report.warnings)
        lines << u"  "_s + warning.message;
    lines << tr("Workers of professions outside the priority types (not counted): %1")
                 .arg(locale.toString(unmappedRows(report)));
    for (auto it = report.unmappedProfessions.cbegin(); it != report.unmappedProfessions.cend();
         ++it)
        lines << u"  %1: %2"_s.arg(it.key(), locale.toString(it.value()));
    lines << tr("Empty rows skipped: %1").arg(locale.toString(report.skippedEmptyRows));
    lines << tr("Empty count cells read as 0: %1").arg(locale.toString(report.emptyCountCells));
    lines << tr("Time to read: %1 s").arg(seconds(report.elapsedMs));
    if (!m_written)
        lines << QString()
              << tr("Nothing has been written yet: press Import to write these data "
                    "as the cut-off %1.")
                     .arg(cutoffText());
    return lines.join(u'\n');
}

QString ImportDialog::finalReport(const ImportBatch &batch, const WriteOutcome &outcome) const
{
    const QLocale locale;
    const ImportReport &report = batch.report;
    QStringList lines;
    lines << tr("Import report") << QString() << describeFile() << tableLayoutNotes(report);
    lines << tr("Rows read: %1").arg(locale.toString(report.recordsRead));
    lines << tr("Puskesmas: %1").arg(locale.toString(outcome.outcome.puskesmas));
    QStringList names;
    for (const QString &code : outcome.outcome.districtCodes)
        names << districtLabel(code);
    lines << tr("Districts: %1").arg(names.join(u", "_s));
    if (!outcome.outcome.replacedDistricts.isEmpty()) {
        QStringList replaced;
        for (const QString &code : outcome.outcome.replacedDistricts)
            replaced << districtLabel(code);
        lines << tr("Replaced the earlier data of: %1").arg(replaced.join(u", "_s));
    }
    lines << tr("Ambiguous rows: %1").arg(locale.toString(report.warnings.size()));
    for (const ImportWarning &warning : report.warnings)
        lines << u"  "_s + warning.message;
    lines << tr("Unmapped professions: %1 (%2 workers not counted)")
                 .arg(locale.toString(report.unmappedProfessions.size()),
                      locale.toString(unmappedRows(report)));
    lines << tr("Empty rows skipped: %1").arg(locale.toString(report.skippedEmptyRows));
    lines << tr("Empty count cells read as 0: %1").arg(locale.toString(report.emptyCountCells));
    lines << tr("Time taken: %1 s (reading %2 s, writing %3 s)")
                 .arg(seconds(report.elapsedMs + outcome.elapsedMs), seconds(report.elapsedMs),
                      seconds(outcome.elapsedMs));
    return lines.join(u'\n');
}

void ImportDialog::reject()
{
    if (m_busy == Busy::Checking) {
        cancelCheck();
        return;
    }
    if (m_busy == Busy::Writing)
        return; // the write is one transaction and ends soon
    QDialog::reject();
}

void ImportDialog::closeEvent(QCloseEvent *event)
{
    if (isBusy()) {
        cancelCheck();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isBusy() && event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1
        && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        setFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace Lengkap
