// Issue 12 §3: everything fits on a district officer's laptop. The offscreen platform is given
// a screen of LENGKAP_SCREEN (1366x768 by default; CTest runs 1280x720 too) with 40 pixels of
// taskbar. The window (each level), the scenario dock (docked and floating) and every dialog
// are opened in both languages; each visible widget must lie inside the work area and inside
// its parent (contents of scroll areas excepted: they scroll), and no label, button, combo box
// or placeholder may be cut.
#include "dashboardwindow.h"
#include "frozentableview.h"
#include "groupheaderview.h"
#include "importdialog.h"
#include "language.h"
#include "methodologydialog.h"
#include "samplestore.h"
#include "scenariopanel.h"
#include "store.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestGeometry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void minimumSize();
    void firstStartMaximised();
    void window_data();
    void window();
    void scenarioDock_data();
    void scenarioDock();
    void dialogs_data();
    void dialogs();

private:
    void openWindow();
    static QStringList problems(QWidget *top, const QRect &area);
    static QStringList headerProblems(const GroupHeaderView *header);
    static QStringList chartProblems(const QChartView *view);
    void grab(QWidget *widget, const QString &name) const;

    QRect m_workArea;
    QTemporaryDir m_dir;
    Store m_store;
    QList<QDate> m_cutoffs;
    std::unique_ptr<DashboardWindow> m_window;
};

namespace {

bool insideScrollArea(const QWidget *widget, const QWidget *top)
{
    for (const QWidget *p = widget->parentWidget(); p && p != top; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    }
    return false;
}

QString nameOf(const QWidget *w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += u" "_s + w->objectName();
    if (const auto *label = qobject_cast<const QLabel *>(w))
        name += u" \""_s + label->text().left(60) + u"\""_s;
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        name += u" \""_s + button->text() + u"\""_s;
    return name;
}

} // namespace

// The table's painted header: each section's text whole in the room the style leaves for it
// (bold, as when highlighted), each group title whole over its columns. All sections, also
// those scrolled out of view: the user scrolls to them.
QStringList TestGeometry::headerProblems(const GroupHeaderView *header)
{
    QStringList found;
    const QAbstractItemModel *model = header->model();
    if (!model)
        return found;
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    QString lastGroup;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        QStyleOptionHeader option;
        option.initFrom(header);
        option.state |= QStyle::State_Horizontal;
        option.orientation = Qt::Horizontal;
        option.section = column;
        option.text = model->headerData(column, Qt::Horizontal).toString();
        option.rect = header->leafRect(column);
        const QRect label
            = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
        if (metrics.horizontalAdvance(option.text) > label.width())
            found << u"header \"%1\" (column %2) is cut: needs %3 px, has %4"_s.arg(option.text)
                         .arg(column)
                         .arg(metrics.horizontalAdvance(option.text))
                         .arg(label.width());
        const QString group = header->group(column);
        if (!group.isEmpty() && group != lastGroup) {
            const int room = header->groupRect(column).width() - 2 * margin;
            if (metrics.horizontalAdvance(group) > room)
                found << u"group title \"%1\" is cut: needs %2 px, has %3"_s.arg(group)
                             .arg(metrics.horizontalAdvance(group))
                             .arg(room);
        }
        lastGroup = group;
    }
    return found;
}

QStringList TestGeometry::chartProblems(const QChartView *view)
{
    QStringList found;
    const QChart *chart = view->chart();
    if (!chart)
        return found;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories || !categories->isVisible() || !categories->labelsVisible()
            || categories->alignment() != Qt::AlignLeft)
            continue;
        const QFontMetricsF metrics(categories->labelsFont());
        qreal widest = 0;
        QString widestLabel;
        for (const QString &label : categories->categories()) {
            if (metrics.horizontalAdvance(label) > widest) {
                widest = metrics.horizontalAdvance(label);
                widestLabel = label;
            }
        }
        // The labels end left of the plot area; they start at the chart's left edge at the
        // earliest.
        const qreal room = chart->plotArea().left() - chart->margins().left();
        if (widest > room)
            found << u"%1: axis label \"%2\" is cut: needs %3 px, has %4 (chart %5 px wide)"_s
                         .arg(nameOf(view), widestLabel)
                         .arg(qRound(widest))
                         .arg(qRound(room))
                         .arg(qRound(chart->size().width()));
    }
    return found;
}

QStringList TestGeometry::problems(QWidget *top, const QRect &area)
{
    QStringList found;
    const QRect topRect(top->mapToGlobal(QPoint(0, 0)), top->size());
    if (!area.contains(topRect))
        found << u"%1 at %2,%3 %4x%5 is outside the work area"_s.arg(nameOf(top))
                     .arg(topRect.x())
                     .arg(topRect.y())
                     .arg(topRect.width())
                     .arg(topRect.height());
    const QList<QWidget *> children = top->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (!w->isVisibleTo(top) || w->isWindow())
            continue;
        // A table's header is a child of its scroll area, yet does not scroll away.
        if (const auto *header = qobject_cast<const GroupHeaderView *>(w)) {
            found << headerProblems(header);
            continue;
        }
        // QChart's axis labels are no widgets: a category axis on the left must leave its
        // widest label room left of the plot area, or the chart cuts it ("nvironmental health").
        if (const auto *view = qobject_cast<const QChartView *>(w)) {
            found << chartProblems(view);
            continue;
        }
        if (insideScrollArea(w, top))
            continue;
        if (w->width() <= 0 || w->height() <= 0)
            continue;
        const QWidget *parent = w->parentWidget();
        if (parent && !parent->rect().contains(w->geometry()))
            found << u"%1 (%2,%3 %4x%5) sticks out of %6 (%7x%8)"_s.arg(nameOf(w))
                         .arg(w->x())
                         .arg(w->y())
                         .arg(w->width())
                         .arg(w->height())
                         .arg(nameOf(parent))
                         .arg(parent->width())
                         .arg(parent->height());
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 1)
                    found << u"%1 needs %2 px of height, has %3"_s.arg(nameOf(w))
                                 .arg(label->heightForWidth(label->width()))
                                 .arg(label->height());
            } else if (label->sizeHint().width() > label->width() + 1) {
                found << u"%1 is cut: needs %2 px, has %3"_s.arg(nameOf(w))
                             .arg(label->sizeHint().width())
                             .arg(label->width());
            }
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                found << u"%1 is cut: needs %2 px, has %3"_s.arg(nameOf(w))
                             .arg(button->sizeHint().width())
                             .arg(button->width());
        } else if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
            // The choice shown must be whole in the combo's text field.
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
            if (!combo->isEditable() && needed > field.width())
                found << u"%1 \"%2\" is cut: needs %3 px, has %4"_s.arg(nameOf(w))
                             .arg(combo->currentText())
                             .arg(needed)
                             .arg(field.width());
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(w)) {
            // The placeholder is what tells the user what to type: it must be whole.
            const int room
                = edit->width() - 12 - (edit->isClearButtonEnabled() ? edit->height() : 0);
            if (!edit->placeholderText().isEmpty()
                && qobject_cast<QSpinBox *>(w->parent()) == nullptr
                && edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > room)
                found << u"%1 placeholder \"%2\" is cut"_s.arg(nameOf(w), edit->placeholderText());
        }
    }
    return found;
}

void TestGeometry::grab(QWidget *widget, const QString &name) const
{
    QCoreApplication::processEvents();
    const QString size = u"%1x%2"_s.arg(m_workArea.width()).arg(m_workArea.height() + 40);
    widget->grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS) + u"/geometry_"_s + size + u"_"_s
                        + name + u".png"_s);
}

void TestGeometry::initTestCase()
{
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_geometry"_s);
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    const QByteArray wanted
        = qgetenv("LENGKAP_SCREEN").isEmpty() ? QByteArray("1366x768") : qgetenv("LENGKAP_SCREEN");
    QCOMPARE(u"%1x%2"_s.arg(screen.width()).arg(screen.height()), QString::fromLatin1(wanted));
    // The Windows taskbar takes about 40 pixels at the bottom.
    m_workArea = QRect(screen.topLeft(), QSize(screen.width(), screen.height() - 40));
    QVERIFY(m_store.open(m_dir.filePath(u"sample.sqlite"_s)).ok());
    QVERIFY(installSampleIfEmpty(m_store).ok());
    const Result<QList<QDate>> cutoffs = m_store.cutoffs();
    QVERIFY(cutoffs.ok());
    m_cutoffs = *cutoffs;
}

void TestGeometry::init()
{
    QSettings().clear();
    Language::apply(Language::indonesian());
}

void TestGeometry::cleanup()
{
    m_window.reset();
}

void TestGeometry::openWindow()
{
    m_window = std::make_unique<DashboardWindow>();
    QVERIFY(m_window
                ->setData(
                    m_cutoffs, [this](QDate c) { return m_store.loadSnapshot(c); },
                    m_dir.filePath(u"sample.sqlite"_s))
                .ok());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // As on a laptop: the window fills the work area above the taskbar.
    m_window->showNormal();
    m_window->setGeometry(m_workArea);
    QCoreApplication::processEvents();
}

void TestGeometry::minimumSize()
{
    openWindow();
    for (const QString &language : {Language::indonesian(), Language::english()}) {
        Language::apply(language);
        for (int level = 0; level < 3; ++level) {
            if (level == 1)
                m_window->showProvince(u"52"_s);
            if (level == 2)
                m_window->showDistrict(u"52.03"_s);
            const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
            QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 600,
                     qPrintable(u"%1, level %2: minimum %3x%4"_s.arg(language)
                                    .arg(level)
                                    .arg(minimum.width())
                                    .arg(minimum.height())));
        }
        m_window->showNational();
    }
}

void TestGeometry::firstStartMaximised()
{
    DashboardWindow window; // no saved geometry: a first start
    window.showAtStart();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowState() & Qt::WindowMaximized);
}

void TestGeometry::window_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Indonesian") << Language::indonesian();
    QTest::newRow("English") << Language::english();
    QTest::newRow("Indonesian switched to English") << Language::indonesian();
    QTest::newRow("English switched to Indonesian") << Language::english();
}

void TestGeometry::window()
{
    QFETCH(QString, language);
    Language::apply(language);
    openWindow();
    if (QByteArray(QTest::currentDataTag()).contains("switched")) {
        // Switched while open: headers and widths follow the new words.
        Language::apply(language == Language::english() ? Language::indonesian()
                                                        : Language::english());
        QCoreApplication::processEvents();
    }
    const QSize size = m_window->size();
    for (int level = 0; level < 3; ++level) {
        if (level == 1)
            m_window->showProvince(u"52"_s);
        if (level == 2)
            m_window->showDistrict(u"52.03"_s);
        QCoreApplication::processEvents();
        QCOMPARE(m_window->size(), size);
        // The table keeps at least 10 rows on a 768-pixel screen (the issue asks no more at 720).
        QTableView *table = m_window->currentTable();
        const int rows
            = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        if (m_workArea.height() + 40 >= 768)
            QVERIFY2(rows >= 10, qPrintable(u"level %1: %2 rows"_s.arg(level).arg(rows)));
        const QStringList found = problems(m_window.get(), m_workArea);
        QVERIFY2(found.isEmpty(), qPrintable(u"level %1:\n"_s.arg(level) + found.join(u'\n')));
    }
    const bool switched = QByteArray(QTest::currentDataTag()).contains("switched");
    grab(m_window.get(), u"district_"_s + language + (switched ? u"_switched"_s : QString()));
}

void TestGeometry::scenarioDock_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Indonesian") << Language::indonesian();
    QTest::newRow("English") << Language::english();
}

void TestGeometry::scenarioDock()
{
    QFETCH(QString, language);
    Language::apply(language);
    openWindow();
    m_window->showDistrict(u"52.03"_s);
    const QSize size = m_window->size();
    m_window->scenarioAction()->trigger(); // Ctrl+K
    QCoreApplication::processEvents();
    auto *dock = m_window->findChild<QDockWidget *>(u"scenarioDock"_s);
    QVERIFY(dock && dock->isVisible());
    // A few workers placed, so the results show.
    auto *dentists = m_window->scenarioPanel()->findChild<QSpinBox *>(u"place_dokter_gigi"_s);
    QVERIFY(dentists);
    dentists->setValue(3);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), size); // the window does not grow
    QStringList found = problems(m_window.get(), m_workArea);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    // The dock's own widgets: each control and result reachable, none cut. The panel may
    // scroll up and down, never sideways.
    found = problems(dock, m_workArea);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    ScenarioPanel *panel = m_window->scenarioPanel();
    auto *scroll = qobject_cast<QAbstractScrollArea *>(panel->parentWidget()->parentWidget());
    QVERIFY(scroll);
    QVERIFY2(
        panel->width() <= scroll->viewport()->width(),
        qPrintable(
            u"panel %1 px in a %2 px dock"_s.arg(panel->width()).arg(scroll->viewport()->width())));
    found = problems(panel, QRect(panel->mapToGlobal(QPoint(0, 0)), panel->size()));
    QVERIFY2(found.isEmpty(), qPrintable(u"inside the dock:\n"_s + found.join(u'\n')));
    // and the tables keep most of the width
    QVERIFY2(dock->width() <= m_window->width() / 2, qPrintable(QString::number(dock->width())));
    grab(m_window.get(), u"scenario_"_s + language);

    dock->setFloating(true);
    QCoreApplication::processEvents();
    QVERIFY(dock->isVisible());
    found = problems(dock, m_workArea);
    QVERIFY2(found.isEmpty(), qPrintable(u"floating:\n"_s + found.join(u'\n')));
    QCOMPARE(m_window->size(), size);
}

void TestGeometry::dialogs_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dialog");
    for (const QString &language : {Language::indonesian(), Language::english()}) {
        for (const QString &dialog :
             {u"import"_s, u"import error"_s, u"methodology"_s, u"skm"_s, u"about"_s})
            QTest::addRow("%s %s", qPrintable(dialog), qPrintable(language)) << language << dialog;
    }
}

void TestGeometry::dialogs()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    Language::apply(language);
    openWindow();
    std::unique_ptr<QWidget> shown;
    if (dialog == u"import"_s) {
        auto *import = new ImportDialog(m_dir.filePath(u"sample.sqlite"_s), m_window.get());
        import->setFile(QStringLiteral(LENGKAP_TEST_DATA "/lombok_timur_rekap.csv"));
        shown.reset(import);
    } else if (dialog == u"import error"_s) {
        // A file named as officers name theirs, with invalid rows: the status line names the
        // file and its first invalid line.
        const QString file = m_dir.filePath(
            u"rekap nakes puskesmas kabupaten lombok timur desember 2024 (revisi kedua).csv"_s);
        QFile::remove(file);
        QVERIFY(
            QFile::copy(QStringLiteral(LENGKAP_TEST_DATA "/importui/rekap_bad_count.csv"), file));
        auto *import = new ImportDialog(m_dir.filePath(u"sample.sqlite"_s), m_window.get());
        import->setFile(file);
        shown.reset(import);
    } else if (dialog == u"methodology"_s) {
        shown = std::make_unique<MethodologyDialog>(m_window.get());
    } else if (dialog == u"skm"_s) {
        shown = std::make_unique<SkmStandardsDialog>(
            SkmStandards(), QStringList {u"Pedesaan Rawat Inap"_s, u"Perkotaan Non Rawat Inap"_s},
            m_window.get());
    } else {
        auto *box = new QMessageBox(QMessageBox::Information, u"Lengkap"_s, u"Lengkap"_s,
                                    QMessageBox::Ok, m_window.get());
        shown.reset(box);
    }
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    QCoreApplication::processEvents();
    if (dialog == u"import error"_s) {
        auto *import = static_cast<ImportDialog *>(shown.get());
        auto *check = import->findChild<QAbstractButton *>(u"checkButton"_s);
        QVERIFY(check && check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!import->isBusy() && !import->reportText().isEmpty(), 60000);
        QCoreApplication::processEvents();
        auto *status = import->findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(status);
        // The whole message: the file, its first invalid line and the reason.
        QVERIFY2(status->text().contains(u"(revisi kedua).csv:4: "_s), qPrintable(status->text()));
        QVERIFY2(status->text().length() > 120, qPrintable(status->text()));
        QVERIFY2(status->text().startsWith(language == Language::english()
                                               ? u"The file cannot be imported: "_s
                                               : u"Berkas tidak dapat diimpor: "_s),
                 qPrintable(status->text()));
        QVERIFY(status->isVisible());
    }
    const QStringList found = problems(shown.get(), m_workArea);
    grab(shown.get(), dialog + u"_"_s + language);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

} // namespace Lengkap

int main(int argc, char **argv)
{
    // The screen of the offscreen platform, from a configuration file (Qt 6.4's offscreen
    // plugin reads "screens" from -platform offscreen:configfile=...).
    const QByteArray size = qEnvironmentVariableIsEmpty("LENGKAP_SCREEN")
                                ? QByteArray("1366x768")
                                : qgetenv("LENGKAP_SCREEN");
    const QList<QByteArray> parts = size.split('x');
    const QString config
        = QDir::temp().filePath(u"lengkap_geometry_%1_%2.json"_s.arg(QString::fromLatin1(size))
                                    .arg(QCoreApplication::applicationPid()));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write("{\"synchronousWindowSystemEvents\": false, \"windowFrameMargins\": false, "
                   "\"screens\": [{\"name\": \"laptop\", \"x\": 0, \"y\": 0, \"width\": "
                   + parts.value(0) + ", \"height\": " + parts.value(1)
                   + ", \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}");
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    Lengkap::TestGeometry test;
    const int result = QTest::qExec(&test, argc, argv);
    QFile::remove(config);
    return result;
}

#include "tst_geometry.moc"
