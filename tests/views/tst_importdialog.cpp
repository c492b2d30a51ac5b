// Tests views/importdialog.cpp offscreen, by clicking: preview of the Lombok Timur rekap, Check in
// the worker thread (35 Puskesmas, Lombok Timur), Import (imported() emitted, the cut-off in the
// database), a second import refused with the replace option offered, a broken file's
// "file:line:" error with the database untouched, Cancel during a check of a large file, and
// mapping an unrecognised workers column. Saves grabs to look at.
#include "importdialog.h"
#include "language.h"

#include "store.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewShowsFileAndCutoff();
    void checkThenImport();
    void secondImportOffersReplace();
    void defaultCutoff();
    void brokenFileWritesNothing();
    void cancelDuringCheckWritesNothing();
    void workersColumnMapping();
    void pastePreview();
    void xlsxSheetChooser();
    void workbookSheetAndHeaderShown_data();
    void workbookSheetAndHeaderShown();

private:
    template<typename T> static T *child(const ImportDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static QString data(const QString &name)
    {
        return QStringLiteral(LENGKAP_TEST_DATA) + u'/' + name;
    }
    static QString lombokTimur() { return data(u"lombok_timur_rekap.csv"_s); }
    void grab(QWidget &widget, const QString &name) const;
    // Clicks Check and waits for the worker thread.
    static bool check(ImportDialog &dialog);
    // Clicks Import and waits for the worker thread.
    static bool import(ImportDialog &dialog);
    // Imports a file for a cut-off through a fresh dialog; true when imported() came.
    bool importWithDialog(const QString &file, QDate cutoff);
    int importLogSize() const;
    QList<QDate> cutoffs() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_importdialog"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestImportDialog::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"lengkap.sqlite"_s);
}

void TestImportDialog::cleanup()
{
    QLocale::setDefault(QLocale::c());
    m_dir.reset();
}

void TestImportDialog::grab(QWidget &widget, const QString &name) const
{
    const QString path = QStringLiteral(LENGKAP_TEST_ARTIFACTS) + u'/' + name;
    QCoreApplication::processEvents(); // let pending layout requests run first
    QVERIFY(widget.grab().save(path));
}

bool TestImportDialog::check(ImportDialog &dialog)
{
    auto *button = child<QPushButton>(dialog, "checkButton");
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!dialog.isBusy() && dialog.reportText().isEmpty())
        return false;
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 60000);
}

bool TestImportDialog::import(ImportDialog &dialog)
{
    auto *button = child<QPushButton>(dialog, "importButton");
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 60000);
}

bool TestImportDialog::importWithDialog(const QString &file, QDate cutoff)
{
    ImportDialog dialog(m_db);
    dialog.show();
    QSignalSpy spy(&dialog, &ImportDialog::imported);
    dialog.setCutoff(cutoff);
    dialog.setFile(file);
    return check(dialog) && import(dialog) && spy.count() == 1;
}

int TestImportDialog::importLogSize() const
{
    Store store;
    if (!store.open(m_db))
        return -1;
    const Result<QList<ImportLogEntry>> log = store.importLog();
    return log ? int(log->size()) : -1;
}

QList<QDate> TestImportDialog::cutoffs() const
{
    Store store;
    if (!store.open(m_db))
        return {};
    Result<QList<QDate>> dates = store.cutoffs();
    return dates ? *dates : QList<QDate>();
}

void TestImportDialog::previewShowsFileAndCutoff()
{
    ImportDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Default cut-off: the 1st of the current month.
    const QDate today = QDate::currentDate();
    QCOMPARE(dialog.cutoff(), QDate(today.year(), today.month(), 1));
    QVERIFY(!child<QPushButton>(dialog, "checkButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());

    // Picking March 2024 by keyboard gives the 1st of March.
    auto *month = child<QComboBox>(dialog, "monthCombo");
    month->setFocus();
    QTest::keyClick(month, Qt::Key_Home);
    QTest::keyClick(month, Qt::Key_Down);
    QTest::keyClick(month, Qt::Key_Down);
    auto *year = child<QSpinBox>(dialog, "yearSpin");
    year->selectAll();
    QTest::keyClicks(year, u"2024"_s);
    QTest::keyClick(year, Qt::Key_Tab);
    QCOMPARE(dialog.cutoff(), QDate(2024, 3, 1));

    dialog.setFile(lombokTimur());
    QCOMPARE(child<QLabel>(dialog, "formatLabel")->text(), u"Summary per Puskesmas"_s);
    QCOMPARE(child<QLabel>(dialog, "encodingLabel")->text(), u"UTF-8"_s);
    QCOMPARE(child<QLabel>(dialog, "delimiterLabel")->text(), u","_s);
    QVERIFY(!child<QComboBox>(dialog, "sheetCombo")->isVisible());
    auto *table = child<QTableWidget>(dialog, "previewTable");
    QCOMPARE(table->rowCount(), 20);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), u"provinsi"_s);
    QCOMPARE(table->item(0, 2)->text(), u"KERUAK"_s);
    QCOMPARE(table->verticalHeaderItem(0)->text(), u"2"_s); // the file's line
    QVERIFY(child<QPushButton>(dialog, "checkButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
    // The folder is remembered for the next file dialog.
    QCOMPARE(QSettings().value(u"import/lastFolder"_s).toString(),
             QStringLiteral(LENGKAP_TEST_DATA));
    grab(dialog, u"importdialog_preview.png"_s);
}

void TestImportDialog::checkThenImport()
{
    ImportDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy spy(&dialog, &ImportDialog::imported);
    dialog.setCutoff(QDate(2024, 12, 17)); // stored as the 1st
    QCOMPARE(dialog.cutoff(), QDate(2024, 12, 1));
    dialog.setFile(lombokTimur());

    QVERIFY(check(dialog));
    const QString summary = dialog.reportText();
    QVERIFY2(summary.contains(u"Puskesmas: 35"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"Lombok Timur (Nusa Tenggara Barat)"_s));
    QVERIFY(summary.contains(u"Rows read: 35"_s));
    QVERIFY(summary.contains(u"Ambiguous rows: 0"_s));
    QVERIFY(summary.contains(u"Nothing has been written yet"_s));
    QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
    QCOMPARE(spy.count(), 0);
    QVERIFY(!QFile::exists(m_db)); // a check never touches the database
    grab(dialog, u"importdialog_checked.png"_s);

    QVERIFY(import(dialog));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), QDate(2024, 12, 1));
    const QString report = dialog.reportText();
    QVERIFY2(report.contains(u"Import report"_s), qPrintable(report));
    QVERIFY(report.contains(u"File: lombok_timur_rekap.csv"_s));
    QVERIFY(report.contains(u"Format: rekap"_s));
    QVERIFY(report.contains(u"Encoding: UTF-8"_s));
    QVERIFY(report.contains(u"Puskesmas: 35"_s));
    QVERIFY(report.contains(u"Districts: Lombok Timur (Nusa Tenggara Barat)"_s));
    QVERIFY(report.contains(u"Time taken:"_s));
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled()); // written once
    grab(dialog, u"importdialog_report.png"_s);

    // The copy button copies the report.
    QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), report);

    QCOMPARE(cutoffs(), QList<QDate> {QDate(2024, 12, 1)});
    Store store;
    QVERIFY(store.open(m_db).ok());
    const Result<Snapshot> snapshot = store.loadSnapshot(QDate(2024, 12, 1));
    QVERIFY(snapshot.ok());
    QCOMPARE(snapshot->puskesmas.size(), 35);
}

void TestImportDialog::secondImportOffersReplace()
{
    const QDate cutoff(2024, 11, 1);
    QVERIFY(importWithDialog(lombokTimur(), cutoff));
    QCOMPARE(importLogSize(), 1);

    ImportDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy spy(&dialog, &ImportDialog::imported);
    dialog.setCutoff(cutoff);
    dialog.setFile(lombokTimur());
    auto *replace = child<QCheckBox>(dialog, "replaceCheck");
    QVERIFY(!replace->isVisible());
    // Issue 12: Check finds the clash, before anything is tried; Import waits for Replace.
    QVERIFY(check(dialog));
    QCOMPARE(spy.count(), 0);
    QVERIFY(replace->isVisible());
    QVERIFY(!replace->isChecked());
    QVERIFY2(dialog.reportText().contains(u"already holds data of Lombok Timur"_s),
             qPrintable(dialog.reportText()));
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
    QCOMPARE(importLogSize(), 1); // nothing written
    grab(dialog, u"importdialog_refused.png"_s);

    // Another cut-off needs another check; back to this one, the clash is found again.
    dialog.setCutoff(QDate(2024, 10, 1));
    QVERIFY(!replace->isVisible());
    QVERIFY(check(dialog));
    QVERIFY(!replace->isVisible());
    QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
    dialog.setCutoff(cutoff);
    QVERIFY(check(dialog));
    QVERIFY(replace->isVisible());

    QTest::mouseClick(replace, Qt::LeftButton, {}, QPoint(6, replace->height() / 2));
    QVERIFY(replace->isChecked());
    QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
    QVERIFY(import(dialog));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), cutoff);
    QVERIFY2(dialog.reportText().contains(u"Replaced the earlier data of: Lombok Timur"_s),
             qPrintable(dialog.reportText()));
    QCOMPARE(importLogSize(), 2);
    QCOMPARE(cutoffs(), QList<QDate> {cutoff});
}

// Issue 12: the cut-off defaults to the one on screen, else the last one imported, not always
// to this month.
void TestImportDialog::defaultCutoff()
{
    const QDate today = QDate::currentDate();
    QCOMPARE(ImportDialog::defaultCutoff({}), QDate(today.year(), today.month(), 1));
    QCOMPARE(ImportDialog::defaultCutoff(QDate(2024, 12, 1)), QDate(2024, 12, 1));
    QVERIFY(importWithDialog(lombokTimur(), QDate(2023, 5, 1)));
    QCOMPARE(ImportDialog::defaultCutoff({}), QDate(2023, 5, 1));
    QCOMPARE(ImportDialog::defaultCutoff(QDate(2024, 12, 1)), QDate(2024, 12, 1));
    ImportDialog dialog(m_db);
    QCOMPARE(dialog.cutoff(), QDate(2023, 5, 1));
}

void TestImportDialog::brokenFileWritesNothing()
{
    QVERIFY(importWithDialog(lombokTimur(), QDate(2024, 10, 1)));
    QFile db(m_db);
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray before = db.readAll();
    db.close();

    ImportDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy spy(&dialog, &ImportDialog::imported);
    dialog.setCutoff(QDate(2024, 9, 1));
    dialog.setFile(data(u"importui/rekap_bad_count.csv"_s));
    QCOMPARE(child<QLabel>(dialog, "formatLabel")->text(), u"Summary per Puskesmas"_s);
    QVERIFY(check(dialog));
    // Both invalid rows are reported (a count that is no number, a total that does not add up).
    QVERIFY2(dialog.reportText().contains(u"rekap_bad_count.csv:4:"_s),
             qPrintable(dialog.reportText()));
    QVERIFY2(dialog.reportText().contains(u"rekap_bad_count.csv:6:"_s),
             qPrintable(dialog.reportText()));
    QVERIFY(dialog.reportText().contains(u"nothing was written"_s));
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
    // The rows of lines 4 and 6 are marked in the preview; the others are not.
    auto *table = child<QTableWidget>(dialog, "previewTable");
    QCOMPARE(table->item(2, 5)->text(), u"x7"_s);
    QCOMPARE(table->item(2, 5)->background().color(), QColor(0xff, 0xd6, 0xd6));
    QCOMPARE(table->item(4, 2)->text(), u"RENSING"_s);
    QCOMPARE(table->item(4, 2)->background().color(), QColor(0xff, 0xd6, 0xd6));
    QCOMPARE(table->item(1, 5)->background().style(), Qt::NoBrush);
    QCOMPARE(table->item(3, 5)->background().style(), Qt::NoBrush);
    grab(dialog, u"importdialog_error.png"_s);
    QCOMPARE(spy.count(), 0);

    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), before);
    QCOMPARE(cutoffs(), QList<QDate> {QDate(2024, 10, 1)});
}

void TestImportDialog::cancelDuringCheckWritesNothing()
{
    // A worker export large enough that reading it takes far longer than one click.
    const QString big = m_dir->filePath(u"big_workers.csv"_s);
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text
            = "nama_puskesmas,kabupaten_kota,provinsi,jenis_tenaga,status_kepegawaian\n";
        const QByteArray rows[] = {"KERUAK,LOMBOK TIMUR,Nusa Tenggara Barat,Perawat,PNS\n",
                                   "SAKRA,LOMBOK TIMUR,Nusa Tenggara Barat,Bidan,Honorer\n",
                                   "SUKARAJA,LOMBOK TIMUR,Nusa Tenggara Barat,Dokter Umum,PPPK\n"};
        for (int i = 0; i < 400000; ++i)
            text += rows[i % 3];
        QVERIFY(file.write(text) == text.size());
    }
    {
        Store store; // an existing, empty database
        QVERIFY(store.open(m_db).ok());
    }

    ImportDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy spy(&dialog, &ImportDialog::imported);
    dialog.setFile(big);
    QCOMPARE(child<QLabel>(dialog, "formatLabel")->text(), u"One row per health worker (SISDMK)"_s);
    auto *cancel = child<QPushButton>(dialog, "cancelButton");
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "checkButton"), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "checkButton")->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
    QVERIFY2(dialog.reportText().contains(u"cancelled"_s), qPrintable(dialog.reportText()));
    QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "checkButton")->isEnabled());
    QCOMPARE(spy.count(), 0);
    QVERIFY(cutoffs().isEmpty());
    QCOMPARE(importLogSize(), 0);
}

void TestImportDialog::workersColumnMapping()
{
    ImportDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy spy(&dialog, &ImportDialog::imported);
    dialog.setCutoff(QDate(2024, 8, 1));
    dialog.setFile(data(u"importui/workers_unusual_headers.csv"_s));
    QCOMPARE(child<QLabel>(dialog, "formatLabel")->text(), u"One row per health worker (SISDMK)"_s);
    auto *checkButton = child<QPushButton>(dialog, "checkButton");
    QVERIFY(!checkButton->isEnabled()); // required columns not found
    grab(dialog, u"importdialog_mapping.png"_s);

    // Choose each column by keyboard: item 0 is "(not found)", then the headers in order.
    const struct
    {
        const char *combo;
        int header;
    } choices[] = {{"mapping_district", 1}, {"mapping_profession", 3}, {"mapping_status", 4}};
    for (const auto &choice : choices) {
        auto *combo = child<QComboBox>(dialog, choice.combo);
        combo->setFocus();
        for (int i = 0; i <= choice.header; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), choice.header + 1);
    }
    QVERIFY(checkButton->isEnabled());
    QVERIFY(check(dialog));
    const QString summary = dialog.reportText();
    QVERIFY2(summary.contains(u"Puskesmas: 2"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"Rows read: 20"_s));
    QVERIFY(summary.contains(u"outside the priority types (not counted): 2"_s));
    QVERIFY(summary.contains(u"Fisioterapis: 2"_s));
    QVERIFY(import(dialog));
    QCOMPARE(spy.count(), 1);
    QVERIFY(dialog.reportText().contains(u"Unmapped professions: 1 (2 workers not counted)"_s));
    QCOMPARE(cutoffs(), QList<QDate> {QDate(2024, 8, 1)});
}

void TestImportDialog::pastePreview()
{
    ImportDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFile(QStringLiteral(LENGKAP_TEST_DATA) + u"/seeds/001_35240db93ad70f41.txt"_s);
    QCOMPARE(child<QLabel>(dialog, "formatLabel")->text(), u"Copy of the dashboard table"_s);
    auto *table = child<QTableWidget>(dialog, "previewTable");
    QCOMPARE(table->columnCount(), 1);
    QCOMPARE(table->item(0, 0)->text(),
             u"Kelengkapan 9 Jenis Nakes di LOMBOK TIMUR NUSA TENGGARA BARAT"_s);
    QVERIFY(check(dialog));
    const QString summary = dialog.reportText();
    QVERIFY2(summary.contains(u"Puskesmas: 35"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"Lombok Timur (Nusa Tenggara Barat)"_s));
    QVERIFY(summary.contains(u"Ambiguous rows: 2"_s)); // KORLEKO and SURALAGA (DOMAIN.md §4)
    grab(dialog, u"importdialog_paste.png"_s);
}

void TestImportDialog::xlsxSheetChooser()
{
    ImportDialog dialog(m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFile(data(u"xlsx/gaps_two_sheets.xlsx"_s));
    QVERIFY2(child<QLabel>(dialog, "formatLabel")->text().contains(u"Excel workbook"_s),
             qPrintable(child<QLabel>(dialog, "formatLabel")->text()));
    auto *sheets = child<QComboBox>(dialog, "sheetCombo");
    QVERIFY(sheets->isVisible());
    QCOMPARE(sheets->count(), 2);
    // The sheet the import reads: the first whose header is recognised (the second here).
    QCOMPARE(sheets->currentIndex(), 1);
    const QString first = sheets->itemText(0);
    sheets->setFocus();
    QTest::keyClick(sheets, Qt::Key_Up); // activated: the preview reads the first sheet
    QCOMPARE(sheets->currentText(), first);
    QCOMPARE(child<QComboBox>(dialog, "sheetCombo")->count(), 2);
    QVERIFY(child<QTableWidget>(dialog, "previewTable")->columnCount() > 0);
    grab(dialog, u"importdialog_xlsx.png"_s);
}

// Issue 13: a workbook whose table is on its second sheet below title rows. The window previews
// the sheet and header row the import will use, says so, and imports that sheet.
void TestImportDialog::workbookSheetAndHeaderShown_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("sheetRead");
    QTest::newRow("English") << Language::english() << u"chosen by its header"_s
                             << u"row 4"_s << u"Sheet read: Data Pegawai"_s;
    QTest::newRow("Indonesian") << Language::indonesian()
                                << u"dipilih menurut baris judulnya"_s
                                << u"baris 4"_s
                                << u"Lembar kerja yang dibaca: Data Pegawai"_s;
}

void TestImportDialog::workbookSheetAndHeaderShown()
{
    QFETCH(QString, language);
    QFETCH(QString, chosen);
    QFETCH(QString, header);
    QFETCH(QString, sheetRead);
    QVERIFY(Language::apply(language));
    ImportDialog dialog(m_db);
    dialog.resize(1366, 728); // a 1366x768 laptop screen less the task bar
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setCutoff(QDate(2024, 6, 1));
    dialog.setFile(data(u"xlsx/shapes_libxlsxwriter.xlsx"_s));
    auto *sheets = child<QComboBox>(dialog, "sheetCombo");
    QCOMPARE(sheets->currentText(), u"Data Pegawai"_s);
    QCOMPARE(child<QLabel>(dialog, "sheetNote")->text(), chosen);
    QCOMPARE(child<QLabel>(dialog, "headerLabel")->text(), header);
    auto *table = child<QTableWidget>(dialog, "previewTable");
    QVERIFY(table->rowCount() > 0);
    QCOMPARE(table->verticalHeaderItem(0)->text(), u"5"_s); // the first row below the header
    QVERIFY(check(dialog));
    QVERIFY2(dialog.reportText().contains(sheetRead), qPrintable(dialog.reportText()));
    grab(dialog, u"importdialog_workbook_%1.png"_s.arg(language));
    QVERIFY2(dialog.width() <= 1366, qPrintable(QString::number(dialog.width())));
    Language::apply(Language::english());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
