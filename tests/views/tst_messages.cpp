// Issue 12 §4: "messages stay readable and go away when no longer true". Each passing note of
// the window's status bar is made true (it shows, whole in the room the status bar leaves it),
// then the thing it speaks of changes (it goes). The window at 1280x680: the narrowest laptop.
#include "dashboardwindow.h"
#include "frozentableview.h"
#include "language.h"
#include "seedsnapshot.h"
#include "staffingtablemodel.h"
#include "statusnotes.h"
#include "summarycharts.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void note_data();
    void note();

private:
    void makeTrue(const QString &note);
    void makeFalse(const QString &change);
    int roomForMessage() const;

    QTemporaryDir m_dir;
    std::unique_ptr<DashboardWindow> m_window;
};

void TestMessages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_messages"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestMessages::init()
{
    QSettings().clear();
}

void TestMessages::note_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("change");
    const QList<std::pair<const char *, const char *>> cases {
        {"search not found", "search cleared"},  {"search not found", "search edited"},
        {"search not found", "region changed"},  {"sorted by complete", "region changed"},
        {"sorted by complete", "other sort"},    {"sorted by type", "region changed"},
        {"sorted by type", "other sort"},        {"puskesmas lacks", "region changed"},
        {"puskesmas lacks", "criteria changed"},
    };
    for (const QString &language : {Language::indonesian(), Language::english()}) {
        for (const auto &[note, change] : cases)
            QTest::addRow("%s, %s, %s", note, change, qPrintable(language))
                << language << QString::fromLatin1(note) << QString::fromLatin1(change);
    }
}

// Where a passing message may go: left of the permanent widgets (source, cut-off, sample).
int TestMessages::roomForMessage() const
{
    QStatusBar *bar = m_window->statusBar();
    int right = bar->width() - 4;
    for (QWidget *child : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible() && child->width() > 0)
            right = std::min(right, child->x());
    }
    return right - 8;
}

void TestMessages::makeTrue(const QString &note)
{
    if (note == u"search not found"_s) {
        m_window->showDistrict(u"52.03"_s);
        auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(search);
        search->setText(u"Zzyzx"_s);
        emit search->returnPressed();
    } else if (note == u"sorted by complete"_s) {
        m_window->showNational();
        emit m_window->charts()->completenessClicked(true);
    } else if (note == u"sorted by type"_s) {
        m_window->showNational();
        emit m_window->charts()->typeClicked(1);
    } else if (note == u"puskesmas lacks"_s) {
        m_window->showDistrict(u"52.03"_s);
        FrozenTableView *table = m_window->currentTable();
        // AIKMEL UTARA lacks dentists
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex index = table->model()->index(r, 0);
            if (index.data().toString() == u"AIKMEL UTARA"_s)
                emit table->activated(index);
        }
    }
}

void TestMessages::makeFalse(const QString &change)
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    if (change == u"search cleared"_s) {
        search->clear();
    } else if (change == u"search edited"_s) {
        search->setText(u"Zzyz"_s);
    } else if (change == u"region changed"_s) {
        if (m_window->level() == Level::District)
            m_window->goBack();
        else
            m_window->showProvince(u"52"_s);
    } else if (change == u"other sort"_s) {
        m_window->currentTable()->sortByColumn(0, Qt::AscendingOrder);
    } else if (change == u"criteria changed"_s) {
        m_window->setCriteria(Criteria::Registered);
    }
}

void TestMessages::note()
{
    QFETCH(QString, language);
    QFETCH(QString, note);
    QFETCH(QString, change);
    Language::apply(language);
    m_window = std::make_unique<DashboardWindow>();
    m_window->setAnalysis(std::make_unique<Analysis>(TestData::seedSnapshot()));
    m_window->resize(1280, 680);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    makeTrue(note);
    QCoreApplication::processEvents();
    const QString shown = m_window->statusBar()->currentMessage();
    QVERIFY2(!shown.isEmpty(), "the note is not shown");
    QCOMPARE(m_window->notes()->current(), shown);
    // readable: whole in the status bar, not cut at its right end
    const int needed = m_window->statusBar()->fontMetrics().horizontalAdvance(shown);
    QVERIFY2(
        needed <= roomForMessage(),
        qPrintable(u"\"%1\" needs %2 px, has %3"_s.arg(shown).arg(needed).arg(roomForMessage())));
    m_window->grab(QRect(0, m_window->height() - 40, m_window->width(), 40))
        .save(QStringLiteral(LENGKAP_TEST_ARTIFACTS) + u"/message_"_s
              + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').remove(u',')
              + u".png"_s);

    makeFalse(change);
    QCoreApplication::processEvents();
    QVERIFY2(m_window->statusBar()->currentMessage().isEmpty(),
             qPrintable(u"still shown after \"%1\": %2"_s.arg(
                 change, m_window->statusBar()->currentMessage())));
    m_window.reset();
}

} // namespace Lengkap

QTEST_MAIN(Lengkap::TestMessages)
#include "tst_messages.moc"
