#include "../views/seedsnapshot.h"

#include "analysis.h"
#include "nakestypes.h"
#include "staffingtablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Lengkap {

using CellKind = StaffingTableModel::CellKind;

class TestStaffingTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelTester_data();
    void modelTester();
    void columnsFromTypeTable();
    void seedCells_data();
    void seedCells();
    void headers();
    void sortCompleteFirst();

private:
    int rowOf(const StaffingTableModel &model, const QString &name) const;
    std::unique_ptr<Analysis> m_analysis;
};

void TestStaffingTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    m_analysis = std::make_unique<Analysis>(TestData::seedSnapshot());
}

void TestStaffingTableModel::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

int TestStaffingTableModel::rowOf(const StaffingTableModel &model, const QString &name) const
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, StaffingTableModel::Name).data().toString() == name)
            return r;
    }
    return -1;
}

void TestStaffingTableModel::modelTester_data()
{
    QTest::addColumn<QString>("district");
    QTest::addColumn<Criteria>("criteria");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("rows");
    QTest::newRow("Lombok Timur, SISDMK, all workers")
        << u"52.03"_s << Criteria::Sisdmk << Status::All << 35;
    QTest::newRow("Lombok Timur, registered, ASN only")
        << u"52.03"_s << Criteria::Registered << Status::Asn << 28;
    QTest::newRow("Lebak, RPJMN") << u"36.02"_s << Criteria::Rpjmn << Status::All << 2;
    QTest::newRow("a district without data") << u"99.99"_s << Criteria::Sisdmk << Status::All << 0;
}

void TestStaffingTableModel::modelTester()
{
    QFETCH(QString, district);
    QFETCH(Criteria, criteria);
    QFETCH(Status, status);
    QFETCH(int, rows);
    StaffingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_analysis->puskesmas(district, criteria, status), status);
    QCOMPARE(model.rowCount(), rows);
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            QVERIFY(index.data(StaffingTableModel::SortRole).isValid());
            QCOMPARE(index.data(StaffingTableModel::FillStateRole).isValid(),
                     StaffingTableModel::typeIndex(c) >= 0);
        }
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestStaffingTableModel::columnsFromTypeTable()
{
    StaffingTableModel model;
    const int types = NakesTypes::count();
    QCOMPARE(model.columnCount(), 2 + 3 * types + 1);
    QCOMPARE(StaffingTableModel::completeColumn(), model.columnCount() - 1);
    for (int t = 0; t < types; ++t) {
        for (CellKind kind : {CellKind::Asn, CellKind::NonAsn, CellKind::Total}) {
            const int column = StaffingTableModel::countColumn(t, kind);
            QCOMPARE(StaffingTableModel::typeIndex(column), t);
            QCOMPARE(StaffingTableModel::cellKind(column), kind);
        }
    }
    QCOMPARE(StaffingTableModel::cellKind(StaffingTableModel::Name), CellKind::Other);
    QCOMPARE(StaffingTableModel::typeIndex(StaffingTableModel::completeColumn()), -1);
}

void TestStaffingTableModel::seedCells_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("asn");
    QTest::addColumn<int>("nonAsn");
    QTest::addColumn<FillState>("fill");
    QTest::addColumn<bool>("complete");
    // KERUAK: dentist 0 ASN + 1 Non-ASN: filled with all workers, empty under ASN only.
    QTest::newRow("Keruak dentist, all workers")
        << Status::All << u"KERUAK"_s << u"dokter_gigi"_s << 0 << 1 << FillState::Filled << true;
    QTest::newRow("Keruak dentist, ASN only")
        << Status::Asn << u"KERUAK"_s << u"dokter_gigi"_s << 0 << 1 << FillState::Empty << false;
    QTest::newRow("Sakra dentist, all workers")
        << Status::All << u"SAKRA"_s << u"dokter_gigi"_s << 0 << 0 << FillState::Empty << false;
    QTest::newRow("Sakra physician, all workers")
        << Status::All << u"SAKRA"_s << u"dokter"_s << 3 << 1 << FillState::Filled << false;
}

void TestStaffingTableModel::seedCells()
{
    QFETCH(Status, status);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(int, asn);
    QFETCH(int, nonAsn);
    QFETCH(FillState, fill);
    QFETCH(bool, complete);
    StaffingTableModel model;
    model.setRows(m_analysis->puskesmas(u"52.03"_s, Criteria::Sisdmk, status), status);
    const int row = rowOf(model, name);
    QVERIFY(row >= 0);
    const int t = NakesTypes::indexOf(type);
    auto cell = [&](CellKind kind, int role) {
        return model.index(row, StaffingTableModel::countColumn(t, kind)).data(role);
    };
    QCOMPARE(cell(CellKind::Asn, Qt::DisplayRole).toString(), QString::number(asn));
    QCOMPARE(cell(CellKind::NonAsn, Qt::DisplayRole).toString(), QString::number(nonAsn));
    QCOMPARE(cell(CellKind::Total, StaffingTableModel::SortRole).toInt(), asn + nonAsn);
    for (CellKind kind : {CellKind::Asn, CellKind::NonAsn, CellKind::Total}) {
        QCOMPARE(cell(kind, StaffingTableModel::FillStateRole).value<FillState>(), fill);
        QCOMPARE(cell(kind, StaffingTableModel::TypeIndexRole).toInt(), t);
        QCOMPARE(cell(kind, StaffingTableModel::CellKindRole).value<CellKind>(), kind);
        QCOMPARE(cell(kind, StaffingTableModel::CountedRole).toBool(),
                 status == Status::All || kind == CellKind::Asn);
    }
    const QModelIndex done = model.index(row, StaffingTableModel::completeColumn());
    QCOMPARE(done.data(StaffingTableModel::CompleteRole).toBool(), complete);
    QCOMPARE(done.data().toString(), StaffingTableModel::completeText(complete));
    QVERIFY(done.data().toString().startsWith(complete ? u"✓"_s : u"✗"_s));
    QVERIFY(!done.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(cell(CellKind::Asn, Qt::ToolTipRole).toString().contains(name));
}

void TestStaffingTableModel::headers()
{
    StaffingTableModel model;
    const int dentist = NakesTypes::indexOf(u"dokter_gigi");
    const int column = StaffingTableModel::countColumn(dentist, CellKind::NonAsn);
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), u"Non-ASN"_s);
    QCOMPARE(
        model.headerData(column, Qt::Horizontal, StaffingTableModel::GroupHeaderRole).toString(),
        u"Dokter Gigi"_s);
    QCOMPARE(model.headerData(column, Qt::Horizontal, StaffingTableModel::ColumnKeyRole).toString(),
             u"dokter_gigi_non_asn"_s);
    QCOMPARE(model.headerData(column, Qt::Horizontal, StaffingTableModel::TypeIndexRole).toInt(),
             dentist);
    for (int c = 0; c < model.columnCount(); ++c) {
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(model
                .headerData(StaffingTableModel::Name, Qt::Horizontal,
                            StaffingTableModel::GroupHeaderRole)
                .toString()
                .isEmpty());
}

void TestStaffingTableModel::sortCompleteFirst()
{
    StaffingTableModel model;
    model.setRows(m_analysis->puskesmas(u"52.03"_s, Criteria::Sisdmk, Status::All), Status::All);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(StaffingTableModel::SortRole);
    proxy.sort(StaffingTableModel::completeColumn(), Qt::AscendingOrder);
    for (int r = 0; r < 8; ++r)
        QVERIFY(!proxy.index(r, 0).data(StaffingTableModel::CompleteRole).toBool());
    QVERIFY(proxy.index(8, 0).data(StaffingTableModel::CompleteRole).toBool());
}

} // namespace Lengkap

QTEST_GUILESS_MAIN(Lengkap::TestStaffingTableModel)
#include "tst_staffingtablemodel.moc"
