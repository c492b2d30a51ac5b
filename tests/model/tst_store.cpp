// Tests model/store/sqlite/store.cpp: opening, refusing foreign/newer/damaged files untouched, atomic
// imports, --replace, lists and snapshots.
#include "bulkinsert.h"
#include "store.h"
#include "testutil.h"
#include "wilayah.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsAndReopens();
    void refusesUntouched_data();
    void refusesUntouched();
    void roundTripsASnapshot();
    void holdsManyDistrictsPerCutoff();
    void refusesADistrictTheCutoffHolds();
    void replacesOnlyTheFilesDistricts();
    void failedImportLeavesNothing_data();
    void failedImportLeavesNothing();
    void identifiesPuskesmasByCodeOrName();
    void listsDecideMembership();
    void logsOnlySucceededImports();
    void bothWritePathsWriteTheSameRows();

private:
    QString dbPath() const { return m_dir->filePath(u"lengkap.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
const QString lebak = u"36.02"_s;
const QString pandeglang = u"36.01"_s;
const QDate december(2024, 12, 1);
} // namespace

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::createsAndReopens()
{
    {
        Store store;
        const Result<void> opened = store.open(dbPath());
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        QVERIFY(store.cutoffs()->isEmpty());
        QVERIFY(store.importBatch(
            TestUtil::batch(u"a.csv"_s, {TestUtil::puskesmas(lebak, u"Rangkasbitung"_s, 1, 0)}),
            december, false));
    }
    Store again;
    QVERIFY(again.open(dbPath()).ok());
    QCOMPARE(again.cutoffs()->size(), 1);
    QCOMPARE(again.cutoffs()->first(), december);
}

void TestStore::refusesUntouched_data()
{
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<QString>("message");
    QTest::newRow("a text file") << QByteArray("text") << u"not a Lengkap database"_s;
    QTest::newRow("another program's SQLite database")
        << QByteArray("foreign") << u"not a Lengkap database"_s;
    QTest::newRow("a database from a newer Lengkap") << QByteArray("newer") << u"newer version"_s;
    QTest::newRow("a damaged database") << QByteArray("damaged") << u"damaged"_s;
}

void TestStore::refusesUntouched()
{
    QFETCH(QByteArray, setup);
    QFETCH(QString, message);
    const QString path = dbPath();
    if (setup == "text") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("provinsi,kabupaten_kota\nBanten,Lebak\n");
    } else {
        QProcess sqlite;
        QString script;
        if (setup == "foreign")
            script
                = u"CREATE TABLE songs(id INTEGER PRIMARY KEY, title TEXT); INSERT INTO songs(title) VALUES ('x');"_s;
        else if (setup == "newer")
            script
                = u"PRAGMA application_id = %1; PRAGMA user_version = 99; CREATE TABLE future(x);"_s
                      .arg(Store::ApplicationId);
        else
            script
                = u"PRAGMA application_id = %1; PRAGMA user_version = 1; CREATE TABLE t(x TEXT); "
                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                  "INSERT INTO t SELECT hex(randomblob(100)) FROM n; CREATE INDEX ti ON t(x);"_s
                      .arg(Store::ApplicationId);
        sqlite.start(u"sqlite3"_s, {path, script});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
        if (setup == "damaged") {
            // Overwrite a page in the middle of the file with garbage.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 40000);
            f.seek(4096 * 5);
            f.write(QByteArray(4096, '\xA5'));
        }
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    Store store;
    const Result<void> opened = store.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Database);
    QVERIFY2(opened.error().message.contains(message), qPrintable(opened.error().message));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QVERIFY(!QFile::exists(path + u"-wal"_s) || QFileInfo(path + u"-wal"_s).size() == 0);
}

void TestStore::roundTripsASnapshot()
{
    Store store;
    QVERIFY(store.open(dbPath()).ok());
    PuskesmasCounts a = TestUtil::puskesmas(lebak, u"Rangkasbitung"_s, 2, 1, u"P3602010101"_s);
    a.kategori = u"Perkotaan Rawat Inap"_s;
    a.rpjmn = true;
    a.registered = false;
    a.asn[1] = 0;
    a.nonAsn[8] = 7;
    ImportBatch b = TestUtil::batch(u"lebak.csv"_s, {a});
    b.sample = true;
    QVERIFY(store.importBatch(b, december, false));
    const Result<Snapshot> snapshot = store.loadSnapshot(december);
    QVERIFY(snapshot.ok());
    QCOMPARE(snapshot->cutoff, december);
    QVERIFY(snapshot->sample);
    QCOMPARE(snapshot->source, u"lebak.csv"_s);
    QCOMPARE(snapshot->puskesmas.size(), 1);
    const PuskesmasData &p = snapshot->puskesmas.first();
    QCOMPARE(p.code, a.code);
    QCOMPARE(p.name, a.name);
    QCOMPARE(p.kategori, a.kategori);
    QCOMPARE(p.districtCode, lebak);
    QCOMPARE(p.provinceCode, u"36"_s);
    QVERIFY(p.rpjmn);
    QVERIFY(!p.registered);
    QCOMPARE(p.asn, a.asn);
    QCOMPARE(p.nonAsn, a.nonAsn);
}

void TestStore::holdsManyDistrictsPerCutoff()
{
    Store store;
    QVERIFY(store.open(dbPath()).ok());
    QVERIFY(store.importBatch(
        TestUtil::batch(u"lebak.csv"_s, {TestUtil::puskesmas(lebak, u"A"_s, 1, 1)}), december,
        false));
    QVERIFY(store.importBatch(
        TestUtil::batch(u"pandeglang.csv"_s, {TestUtil::puskesmas(pandeglang, u"B"_s, 1, 1)}),
        december, false));
    const Result<Snapshot> snapshot = store.loadSnapshot(december);
    QCOMPARE(snapshot->puskesmas.size(), 2);
    QCOMPARE(store.cutoffs()->size(), 1);
}

void TestStore::refusesADistrictTheCutoffHolds()
{
    Store store;
    QVERIFY(store.open(dbPath()).ok());
    QVERIFY(store.importBatch(
        TestUtil::batch(u"lebak.csv"_s, {TestUtil::puskesmas(lebak, u"A"_s, 1, 1)}), december,
        false));
    const QString before = TestUtil::dump(dbPath());
    const Result<ImportOutcome> again = store.importBatch(
        TestUtil::batch(u"lebak2.csv"_s, {TestUtil::puskesmas(lebak, u"A"_s, 5, 5)}), december,
        false);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Input);
    QVERIFY2(again.error().message.contains(u"Lebak"_s), qPrintable(again.error().message));
    QCOMPARE(TestUtil::dump(dbPath()), before);
    // Another cut-off is free.
    QVERIFY(store.importBatch(
        TestUtil::batch(u"lebak2.csv"_s, {TestUtil::puskesmas(lebak, u"A"_s, 5, 5)}),
        december.addMonths(1), false));
}

void TestStore::replacesOnlyTheFilesDistricts()
{
    Store store;
    QVERIFY(store.open(dbPath()).ok());
    QVERIFY(store.importBatch(
        TestUtil::batch(u"both.csv"_s, {TestUtil::puskesmas(lebak, u"A"_s, 1, 1),
                                        TestUtil::puskesmas(lebak, u"Old"_s, 1, 1),
                                        TestUtil::puskesmas(pandeglang, u"B"_s, 2, 2)}),
        december, false));
    const Result<ImportOutcome> replaced = store.importBatch(
        TestUtil::batch(u"lebak.csv"_s, {TestUtil::puskesmas(lebak, u"A"_s, 0, 3)}), december,
        true);
    QVERIFY(replaced.ok());
    QCOMPARE(replaced->replacedDistricts, QStringList {lebak});
    const Result<Snapshot> snapshot = store.loadSnapshot(december);
    QCOMPARE(snapshot->puskesmas.size(), 2); // "Old" went with Lebak's old data
    for (const PuskesmasData &p : snapshot->puskesmas) {
        if (p.districtCode == lebak) {
            QCOMPARE(p.name, u"A"_s);
            QCOMPARE(p.nonAsn.first(), 3);
        } else {
            QCOMPARE(p.name, u"B"_s);
            QCOMPARE(p.asn.first(), 2);
        }
    }
}

void TestStore::failedImportLeavesNothing_data()
{
    QTest::addColumn<bool>("existingData");
    QTest::newRow("into an empty database") << false;
    QTest::newRow("into a database with data") << true;
}

void TestStore::failedImportLeavesNothing()
{
    QFETCH(bool, existingData);
    Store store;
    QVERIFY(store.open(dbPath()).ok());
    if (existingData)
        QVERIFY(store.importBatch(
            TestUtil::batch(u"lebak.csv"_s, {TestUtil::puskesmas(lebak, u"A"_s, 1, 1)}), december,
            false));
    const QString before = TestUtil::dump(dbPath());
    // 300 valid rows, then one whose count the database refuses (CHECK 0..999): the failure
    // comes after many rows were written inside the transaction.
    QList<PuskesmasCounts> rows;
    for (int i = 0; i < 300; ++i)
        rows.append(TestUtil::puskesmas(pandeglang, u"P%1"_s.arg(i), 1, 1));
    PuskesmasCounts last = TestUtil::puskesmas(pandeglang, u"Last"_s, 1, 1);
    last.asn[8] = 1000;
    rows.append(last);
    const Result<ImportOutcome> outcome
        = store.importBatch(TestUtil::batch(u"big.csv"_s, rows), december, false);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.startsWith(u"big.csv:"_s),
             qPrintable(outcome.error().message));
    QCOMPARE(TestUtil::dump(dbPath()), before);
    QCOMPARE(store.importLog()->size(), existingData ? 1 : 0);
}

void TestStore::identifiesPuskesmasByCodeOrName()
{
    Store store;
    QVERIFY(store.open(dbPath()).ok());
    // Known first by name only (a web copy), then from a file with codes: one Puskesmas.
    QVERIFY(store.importBatch(
        TestUtil::batch(u"paste.txt"_s, {TestUtil::puskesmas(lebak, u"KERUAK"_s, 1, 1)}), december,
        false));
    QVERIFY(store.importBatch(
        TestUtil::batch(u"rekap.csv"_s,
                        {TestUtil::puskesmas(lebak, u"Puskesmas Keruak"_s, 2, 2, u"P1"_s)}),
        december.addMonths(1), false));
    QVERIFY(store.importBatch(
        TestUtil::batch(u"rekap2.csv"_s,
                        {TestUtil::puskesmas(lebak, u"Keruak (baru)"_s, 3, 3, u"P1"_s)}),
        december.addMonths(2), false));
    const qint64 first = store.loadSnapshot(december)->puskesmas.first().id;
    QCOMPARE(store.loadSnapshot(december.addMonths(1))->puskesmas.first().id, first);
    QCOMPARE(store.loadSnapshot(december.addMonths(2))->puskesmas.first().id, first);
    // A code the file's districts do not hold is looked up among all: a Puskesmas filed under
    // another district in a later file keeps its identity; a new code gets a new one.
    QVERIFY(store.importBatch(
        TestUtil::batch(u"moved.csv"_s,
                        {TestUtil::puskesmas(pandeglang, u"Keruak"_s, 1, 1, u"P1"_s),
                         TestUtil::puskesmas(pandeglang, u"Baru"_s, 1, 1, u"P2"_s)}),
        december.addMonths(3), false));
    const Snapshot moved = *store.loadSnapshot(december.addMonths(3));
    QCOMPARE(moved.puskesmas.size(), 2);
    for (const auto &p : moved.puskesmas)
        QCOMPARE(p.id == first, p.code == u"P1"_s);
}

void TestStore::listsDecideMembership()
{
    Store store;
    QVERIFY(store.open(dbPath()).ok());
    PuskesmasCounts a = TestUtil::puskesmas(lebak, u"A"_s, 1, 1, u"PA"_s);
    PuskesmasCounts b = TestUtil::puskesmas(lebak, u"B"_s, 1, 1, u"PB"_s);
    a.rpjmn = b.rpjmn = true;
    QVERIFY(store.importBatch(TestUtil::batch(u"x.csv"_s, {a, b}), december, false));
    Result<Snapshot> snapshot = store.loadSnapshot(december);
    QVERIFY(snapshot->puskesmas.at(0).rpjmn && snapshot->puskesmas.at(1).rpjmn);
    // A list for the cut-off decides over the file's flags: by code, or by name in a district.
    QVERIFY(store.importList(ListKind::Rpjmn, december, {ListEntry {2, u"PB"_s, {}, {}}},
                             u"rpjmn.csv"_s, u"00"_s));
    QVERIFY(store.importList(ListKind::Registered, december,
                             {ListEntry {2, {}, lebak, u"Puskesmas A"_s}}, u"reg.csv"_s, u"00"_s));
    snapshot = store.loadSnapshot(december);
    QVERIFY(!snapshot->puskesmas.at(0).rpjmn);
    QVERIFY(snapshot->puskesmas.at(1).rpjmn);
    QVERIFY(snapshot->puskesmas.at(0).registered);
    QVERIFY(!snapshot->puskesmas.at(1).registered);
    // Importing the list again replaces it.
    QCOMPARE(*store.importList(ListKind::Rpjmn, december,
                               {ListEntry {2, u"PA"_s, {}, {}}, ListEntry {3, u"PB"_s, {}, {}}},
                               u"rpjmn2.csv"_s, u"00"_s),
             2);
    snapshot = store.loadSnapshot(december);
    QVERIFY(snapshot->puskesmas.at(0).rpjmn && snapshot->puskesmas.at(1).rpjmn);
}

void TestStore::logsOnlySucceededImports()
{
    Store store;
    QVERIFY(store.open(dbPath()).ok());
    QVERIFY(store.importBatch(
        TestUtil::batch(u"lebak.csv"_s, {TestUtil::puskesmas(lebak, u"A"_s, 1, 1)}), december,
        false));
    QVERIFY(!store.importBatch(
        TestUtil::batch(u"lebak.csv"_s, {TestUtil::puskesmas(lebak, u"A"_s, 1, 1)}), december,
        false));
    const Result<QList<ImportLogEntry>> log = store.importLog();
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().sourceName, u"lebak.csv"_s);
    QCOMPARE(log->first().districtCodes, QStringList {lebak});
    QCOMPARE(log->first().rowCount, 1);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

// Bulk rows go through SQLite's C API where Qt's driver shares our libsqlite3, else through
// QSqlQuery (bulkinsert.cpp). Both must write the same rows, NULLs and empty text included, and
// both must refuse a count outside 0..999 with the row's line, leaving nothing behind.
void TestStore::bothWritePathsWriteTheSameRows()
{
    const auto importInto = [](const QString &path) -> QString {
        Store store;
        if (!store.open(path).ok())
            return u"cannot open"_s;
        PuskesmasCounts coded = TestUtil::puskesmas(lebak, u"Rangkasbitung"_s, 2, 0, u"P3602"_s);
        coded.kategori = u"Perkotaan"_s;
        coded.rpjmn = true;
        coded.registered = false;
        PuskesmasCounts named = TestUtil::puskesmas(lebak, u"Cibadak"_s, 0, 3);
        named.asn[1] = 999;
        QList<PuskesmasCounts> rows {coded, named};
        for (int i = 0; i < 250; ++i) // more than one statement of the portable path
            rows.append(TestUtil::puskesmas(pandeglang, u"Puskesmas %1"_s.arg(i), i % 3, i % 5));
        if (!store.importBatch(TestUtil::batch(u"a.csv"_s, rows), december, false))
            return u"import failed"_s;
        PuskesmasCounts tooMany = TestUtil::puskesmas(lebak, u"Rangkasbitung"_s, 1, 1);
        tooMany.nonAsn[4] = 1000;
        const Result<ImportOutcome> refused = store.importBatch(
            TestUtil::batch(u"b.csv"_s, {tooMany}), december.addMonths(1), false);
        if (refused.ok() || !refused.error().message.startsWith(u"b.csv:2: "_s))
            return u"not refused: "_s + (refused ? QString() : refused.error().message);
        store.close();
        // Everything but the import log, whose rows carry the time of import.
        QStringList lines = TestUtil::dump(path).split(u'\n');
        lines.removeIf([](const QString &line) { return line.contains(u"import_log VALUES"_s); });
        return lines.join(u'\n');
    };

#if LENGKAP_SQLITE_API
    {
        Store probe;
        QVERIFY(probe.open(m_dir->filePath(u"probe.sqlite"_s)).ok());
        QVERIFY2(probe.bulkWritesUseSqliteApi(),
                 "built with LENGKAP_SQLITE_API but Qt's SQLite driver does not use the system "
                 "libsqlite3: configure with -DLENGKAP_SQLITE_API=OFF");
    }
#endif

    const QString direct = importInto(m_dir->filePath(u"direct.sqlite"_s));
    BulkInsert::setSqliteApiAllowed(false);
    const QString portable = importInto(m_dir->filePath(u"portable.sqlite"_s));
    BulkInsert::setSqliteApiAllowed(true);
    QVERIFY2(direct.contains(u"INSERT INTO staffing VALUES('2024-12-01',2,'dokter_gigi',999,3)"_s),
             qPrintable(direct.left(2000)));
    QVERIFY(direct.contains(u"'P3602','Rangkasbitung'"_s));
    QVERIFY(direct.contains(u",NULL,'Cibadak'"_s));
    QCOMPARE(portable, direct);
}
