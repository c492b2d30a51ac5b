#include "../views/seedsnapshot.h"

#include "analysis.h"
#include "nakestypes.h"
#include "regiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

class TestRegionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelTester_data();
    void modelTester();
    void provinceRows_data();
    void provinceRows();
    void headers();
    void sortsByRawNumber();

private:
    std::unique_ptr<Analysis> m_analysis;
};

void TestRegionTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    m_analysis = std::make_unique<Analysis>(TestData::seedSnapshot());
    QVERIFY(m_analysis->snapshot().puskesmas.size() >= 35);
}

void TestRegionTableModel::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestRegionTableModel::modelTester_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<Criteria>("criteria");
    QTest::addColumn<Status>("status");
    QTest::newRow("provinces, SISDMK, all workers")
        << Level::Province << Criteria::Sisdmk << Status::All;
    QTest::newRow("provinces, RPJMN, ASN only")
        << Level::Province << Criteria::Rpjmn << Status::Asn;
    QTest::newRow("districts of NTB, registered")
        << Level::District << Criteria::Registered << Status::All;
    QTest::newRow("districts of NTB, ASN only")
        << Level::District << Criteria::Sisdmk << Status::Asn;
}

void TestRegionTableModel::modelTester()
{
    QFETCH(Level, level);
    QFETCH(Criteria, criteria);
    QFETCH(Status, status);
    RegionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<RegionSummary> rows = level == Level::Province
                                          ? m_analysis->provinces(criteria, status)
                                          : m_analysis->districts(u"52"_s, criteria, status);
    model.setRows(rows, level);
    QCOMPARE(model.rowCount(), rows.size());
    QCOMPARE(model.columnCount(), RegionTableModel::FirstMissing + NakesTypes::count());
    model.setRows({}, level);
    QCOMPARE(model.rowCount(), 0);
    model.setRows(rows, level);
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(model.index(r, c).data(RegionTableModel::SortRole).isValid());
        QCOMPARE(model.index(r, 0).data(RegionTableModel::LevelRole).value<Level>(), level);
    }
}

void TestRegionTableModel::provinceRows_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("complete");
    QTest::addColumn<QString>("pct");
    QTest::addColumn<int>("shortage");
    QTest::addColumn<Band>("band");
    QTest::newRow("Lombok Timur, ASN + Non-ASN")
        << Status::All << 27 << u"77,14%"_s << 8 << Band::DarkGreen;
    QTest::newRow("Lombok Timur, ASN only")
        << Status::Asn << 13 << u"37,14%"_s << 22 << Band::Orange;
}

void TestRegionTableModel::provinceRows()
{
    QFETCH(Status, status);
    QFETCH(int, complete);
    QFETCH(QString, pct);
    QFETCH(int, shortage);
    QFETCH(Band, band);
    RegionTableModel model;
    model.setRows(m_analysis->districts(u"52"_s, Criteria::Sisdmk, status), Level::District);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(RegionTableModel::RegionCodeRole).toString() == u"52.03"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(RegionTableModel::Name).toString(), u"Lombok Timur"_s);
    QCOMPARE(cell(RegionTableModel::Puskesmas).toString(), u"35"_s);
    QCOMPARE(cell(RegionTableModel::Complete).toString(), QString::number(complete));
    QCOMPARE(cell(RegionTableModel::Incomplete).toString(), QString::number(35 - complete));
    QCOMPARE(cell(RegionTableModel::CompletePct).toString(), pct);
    QCOMPARE(cell(RegionTableModel::CompletePct, RegionTableModel::SortRole).toDouble(),
             100.0 * complete / 35);
    QCOMPARE(cell(RegionTableModel::Shortage, RegionTableModel::SortRole).toInt(), shortage);
    QCOMPARE(cell(RegionTableModel::Name, RegionTableModel::BandRole).value<Band>(), band);
    QVERIFY(!cell(RegionTableModel::BandColumn).toString().isEmpty());
    const int dentist = NakesTypes::indexOf(u"dokter_gigi");
    QVERIFY(dentist >= 0);
    if (status == Status::All) {
        QCOMPARE(cell(RegionTableModel::missingColumn(dentist), RegionTableModel::SortRole).toInt(),
                 8);
        QCOMPARE(
            cell(RegionTableModel::missingColumn(dentist), RegionTableModel::TypeIndexRole).toInt(),
            dentist);
    }
    QCOMPARE(cell(RegionTableModel::CompletePct, Qt::TextAlignmentRole).value<Qt::Alignment>()
                 & Qt::AlignRight,
             Qt::AlignRight);
}

void TestRegionTableModel::headers()
{
    RegionTableModel model;
    model.setRows(m_analysis->provinces(Criteria::Sisdmk, Status::All), Level::Province);
    for (int c = 0; c < model.columnCount(); ++c) {
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!model.headerData(c, Qt::Horizontal, RegionTableModel::ColumnKeyRole)
                     .toString()
                     .isEmpty());
    }
    QCOMPARE(model
                 .headerData(RegionTableModel::missingColumn(0), Qt::Horizontal,
                             RegionTableModel::TypeIndexRole)
                 .toInt(),
             0);
    QCOMPARE(
        model.headerData(RegionTableModel::Name, Qt::Horizontal, RegionTableModel::TypeIndexRole)
            .toInt(),
        -1);
}

void TestRegionTableModel::sortsByRawNumber()
{
    RegionTableModel model;
    model.setRows(m_analysis->provinces(Criteria::Sisdmk, Status::All), Level::Province);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RegionTableModel::SortRole);
    proxy.sort(RegionTableModel::Puskesmas, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, RegionTableModel::Name).data().toString(), u"Nusa Tenggara Barat"_s);
    QCOMPARE(proxy.index(0, RegionTableModel::Puskesmas).data().toString(), u"38"_s);
}

} // namespace Lengkap

QTEST_GUILESS_MAIN(Lengkap::TestRegionTableModel)
#include "tst_regiontablemodel.moc"
