// Tests views/scenariopanel.cpp offscreen: typing a number of dentists for Lombok Timur gives the
// seed's 27 -> 35 (DOMAIN.md §4), the receivers list, the SKM table, editing the standards through
// the dialog and keeping them in QSettings, Indonesian number format; saves grabs to look at.
#include "scenariopanel.h"

#include "../views/seedsnapshot.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestScenarioPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingDentists_data();
    void typingDentists();
    void indonesianNumbers();
    void skmTable();
    void editStandardsDialog();
    void standardsKeptInSettings();
    void regionChangeAndNoData();

private:
    static int type(const char *key) { return NakesTypes::indexOf(QString::fromLatin1(key)); }
    QString text(const ScenarioPanel &panel, const char *name) const
    {
        return panel.findChild<QLabel *>(QString::fromLatin1(name))->text();
    }
    void grab(QWidget &widget, const QString &name) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Analysis> m_analysis;
};

void TestScenarioPanel::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"LengkapTest"_s);
    QCoreApplication::setApplicationName(u"tst_scenariopanel"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    m_analysis = std::make_unique<Analysis>(TestData::seedSnapshot());
}

void TestScenarioPanel::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestScenarioPanel::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestScenarioPanel::grab(QWidget &widget, const QString &name) const
{
    const QString path = QStringLiteral(LENGKAP_TEST_ARTIFACTS) + u'/' + name;
    QVERIFY(widget.grab().save(path));
}

void TestScenarioPanel::typingDentists_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("complete");
    QTest::addColumn<QString>("shortage");
    QTest::addColumn<int>("receivers");
    QTest::addColumn<QString>("leftOver");
    QTest::newRow("five dentists")
        << u"5"_s << u"27 → <b>32</b> of 35 Puskesmas (77.14% → <b>91.43%</b>)"_s
        << u"8 → <b>3</b>"_s << 5 << QString();
    QTest::newRow("eight dentists")
        << u"8"_s << u"27 → <b>35</b> of 35 Puskesmas (77.14% → <b>100.00%</b>)"_s
        << u"8 → <b>0</b>"_s << 8 << QString();
    QTest::newRow("ten dentists, two left over")
        << u"10"_s << u"27 → <b>35</b> of 35 Puskesmas (77.14% → <b>100.00%</b>)"_s
        << u"8 → <b>0</b>"_s << 8 << u"2 left over"_s;
}

void TestScenarioPanel::typingDentists()
{
    QFETCH(QString, typed);
    QFETCH(QString, complete);
    QFETCH(QString, shortage);
    QFETCH(int, receivers);
    QFETCH(QString, leftOver);
    ScenarioPanel panel;
    panel.resize(900, 760);
    panel.setAnalysis(m_analysis.get(), Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY2(text(panel, "completeLabel").contains(u"27 → <b>27</b>"_s),
             qPrintable(text(panel, "completeLabel")));

    QSpinBox *dentists = panel.findChild<QSpinBox *>(u"place_dokter_gigi"_s);
    QVERIFY(dentists);
    QCOMPARE(dentists, panel.placementSpinBox(type("dokter_gigi")));
    dentists->setFocus();
    dentists->selectAll();
    QTest::keyClicks(dentists, typed);
    QCOMPARE(dentists->value(), typed.toInt());

    QVERIFY2(text(panel, "completeLabel").contains(complete),
             qPrintable(text(panel, "completeLabel")));
    QVERIFY2(text(panel, "shortageLabel").contains(shortage),
             qPrintable(text(panel, "shortageLabel")));
    if (!leftOver.isEmpty())
        QVERIFY2(text(panel, "usedLabel").contains(leftOver), qPrintable(text(panel, "usedLabel")));
    else
        QVERIFY(!text(panel, "usedLabel").contains(u"left over"_s));
    auto *list = panel.findChild<QTreeWidget *>(u"receivers"_s);
    QCOMPARE(list->topLevelItemCount(), receivers);
    const QStringList seed {u"SUKARAJA"_s, u"SAKRA"_s,    u"KORLEKO"_s,   u"WANASABA"_s,
                            u"SEMBALUN"_s, u"SAMBELIA"_s, u"BELANTING"_s, u"AIKMEL UTARA"_s};
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        QVERIFY(seed.contains(item->text(0)));
        QCOMPARE(item->text(1), u"Lombok Timur"_s);
        QCOMPARE(item->text(2), u"Dentist"_s);
        QCOMPARE(item->text(3), u"yes"_s);
    }
    QCOMPARE(panel.result().completeAfter, complete.contains(u"<b>35</b>"_s) ? 35 : 32);
    grab(panel, u"scenariopanel_%1_dentists.png"_s.arg(typed));

    QTest::mouseClick(panel.findChild<QPushButton *>(u"clearPlacements"_s), Qt::LeftButton);
    QCOMPARE(dentists->value(), 0);
    QCOMPARE(list->topLevelItemCount(), 0);
    QCOMPARE(panel.result().completeAfter, 27);
}

void TestScenarioPanel::indonesianNumbers()
{
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    ScenarioPanel panel;
    panel.resize(900, 760);
    panel.setAnalysis(m_analysis.get(), Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSpinBox *dentists = panel.placementSpinBox(type("dokter_gigi"));
    dentists->setFocus();
    dentists->selectAll();
    QTest::keyClicks(dentists, u"5"_s);
    QVERIFY2(text(panel, "completeLabel").contains(u"77,14% → <b>91,43%</b>"_s),
             qPrintable(text(panel, "completeLabel")));
    // The type labels follow the locale too.
    QCOMPARE(panel.findChild<QTreeWidget *>(u"receivers"_s)->topLevelItem(0)->text(2),
             u"Dokter Gigi"_s);
    grab(panel, u"scenariopanel_indonesian.png"_s);
}

void TestScenarioPanel::skmTable()
{
    ScenarioPanel panel;
    panel.setAnalysis(m_analysis.get(), Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    const SkmSummary expected = skmSummary(*m_analysis, Level::District, u"52.03"_s,
                                           Criteria::Sisdmk, Status::All, SkmStandards());
    QCOMPARE(panel.skm().puskesmas, 35);
    auto *table = panel.findChild<QTableWidget *>(u"skmTable"_s);
    QCOMPARE(table->rowCount(), NakesTypes::count());
    const int dentist = type("dokter_gigi");
    // 3 rawat inap + 32 others, one dentist each under both classes.
    QCOMPARE(table->item(dentist, 1)->data(Qt::UserRole).toInt(), 35);
    QCOMPARE(table->item(dentist, 3)->data(Qt::UserRole).toInt(), 8);
    for (int t = 0; t < NakesTypes::count(); ++t) {
        QCOMPARE(table->item(t, 0)->text(), NakesTypes::at(t).label());
        QCOMPARE(table->item(t, 2)->data(Qt::UserRole).toInt(), expected.existing.at(t));
        QCOMPARE(table->item(t, 3)->data(Qt::UserRole).toInt(), expected.shortage.at(t));
        QCOMPARE(table->item(t, 4)->data(Qt::UserRole).toInt(), expected.surplus.at(t));
    }
    QVERIFY2(text(panel, "skmLabel").contains(u"of 35 Puskesmas meet the SKM"_s),
             qPrintable(text(panel, "skmLabel")));
}

void TestScenarioPanel::editStandardsDialog()
{
    ScenarioPanel panel;
    panel.resize(900, 760);
    panel.setAnalysis(m_analysis.get(), Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int dentist = type("dokter_gigi");
    const int before = panel.skm().totalShortage();

    // Click "Edit standards…", then in the dialog: 2 dentists for non rawat inap, 3 for the
    // "Terpencil Rawat Inap" kategori, OK.
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SkmStandardsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        QVERIFY(dialog->kategori().contains(u"Terpencil Rawat Inap"_s));
        QVERIFY(dialog->kategori().contains(u"Pedesaan Rawat Inap"_s));
        dialog->resize(dialog->sizeHint());
        QSpinBox *nonRawatInap = dialog->spinBox(0, dentist);
        nonRawatInap->selectAll();
        QTest::keyClicks(nonRawatInap, u"2"_s);
        QSpinBox *terpencil = dialog->spinBox(
            2 + int(dialog->kategori().indexOf(u"Terpencil Rawat Inap"_s)), dentist);
        QCOMPARE(terpencil->value(), -1); // as its class
        terpencil->setValue(3);
        grab(*dialog, u"skmstandardsdialog.png"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(panel.findChild<QPushButton *>(u"editStandards"_s), Qt::LeftButton);
    QVERIFY(dialogSeen);
    QCOMPARE(panel.standards().classStandard(KategoriClass::NonRawatInap, dentist), 2);
    QCOMPARE(panel.standards().standard(u"Terpencil Rawat Inap"_s, dentist), 3);
    QCOMPARE(panel.standards().standard(u"Pedesaan Rawat Inap"_s, dentist), 1);
    // 32 non rawat inap Puskesmas need one more dentist each, Terpencil two more.
    auto *table = panel.findChild<QTableWidget *>(u"skmTable"_s);
    QCOMPARE(table->item(dentist, 1)->data(Qt::UserRole).toInt(), 32 * 2 + 2 * 1 + 3);
    QVERIFY(panel.skm().totalShortage() > before);
    QVERIFY(text(panel, "skmLabel").contains(u"edited"_s));
    grab(panel, u"scenariopanel_edited_standards.png"_s);

    // Restore Defaults in the dialog gives the preset back.
    SkmStandardsDialog dialog(panel.standards(), {u"Terpencil Rawat Inap"_s});
    QCOMPARE(dialog.spinBox(0, dentist)->value(), 2);
    QCOMPARE(dialog.spinBox(2, dentist)->value(), 3);
    QTest::mouseClick(
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults),
        Qt::LeftButton);
    QCOMPARE(dialog.spinBox(0, dentist)->value(), 1);
    QCOMPARE(dialog.spinBox(2, dentist)->value(), -1);
    QVERIFY(dialog.standards().isDefault());
}

void TestScenarioPanel::standardsKeptInSettings()
{
    const int perawat = type("perawat");
    {
        ScenarioPanel panel;
        SkmStandards edited = panel.standards();
        QVERIFY(edited.isDefault());
        edited.setClassStandard(KategoriClass::RawatInap, perawat, 10);
        edited.setOverride(u"Sangat Terpencil Rawat Inap"_s, perawat, 12);
        panel.setStandards(edited);
    }
    const QString saved = QSettings().value(u"skm/standards"_s).toString();
    QVERIFY2(saved.contains(u"Sangat Terpencil Rawat Inap"_s), qPrintable(saved));
    {
        ScenarioPanel panel; // a new session reads them back
        QCOMPARE(panel.standards().classStandard(KategoriClass::RawatInap, perawat), 10);
        QCOMPARE(panel.standards().standard(u"Sangat Terpencil Rawat Inap"_s, perawat), 12);
        panel.setStandards(SkmStandards());
    }
    QVERIFY(!QSettings().contains(u"skm/standards"_s));
    QSettings().setValue(u"skm/standards"_s, u"{not json"_s);
    ScenarioPanel broken; // unreadable settings fall back to the preset
    QVERIFY(broken.standards().isDefault());
}

void TestScenarioPanel::regionChangeAndNoData()
{
    ScenarioPanel panel;
    panel.resize(900, 760);
    panel.setAnalysis(m_analysis.get(), Level::District, u"52.03"_s, Criteria::Sisdmk, Status::All);
    panel.placementSpinBox(type("atlm"))->setValue(3);
    // Banten: RANGKASBITUNG lacks ATLM (type 8), WARUNGGUNUNG a dentist; placements are kept.
    panel.setAnalysis(m_analysis.get(), Level::Province, u"36"_s, Criteria::Sisdmk, Status::All);
    QCOMPARE(panel.result().name, u"Banten"_s);
    QCOMPARE(panel.result().completeBefore, 1);
    QCOMPARE(panel.result().completeAfter, 2);
    QCOMPARE(panel.result().leftOver(), 2);
    QVERIFY(text(panel, "usedLabel").contains(u"2 left over"_s));
    QVERIFY(text(panel, "scenarioTitle").contains(u"Banten"_s));
    grab(panel, u"scenariopanel_banten.png"_s);
    panel.setAnalysis(nullptr, Level::National, {}, Criteria::Sisdmk, Status::All);
    QVERIFY(text(panel, "scenarioTitle").contains(u"No data"_s));
    QVERIFY(text(panel, "completeLabel").isEmpty());
    QCOMPARE(panel.findChild<QTreeWidget *>(u"receivers"_s)->topLevelItemCount(), 0);
}

QTEST_MAIN(TestScenarioPanel)
#include "tst_scenariopanel.moc"
