// Tests model/store/sqlite/storescenarios.cpp and the schema 2 migration (issue 14): scenarios are stored
// apart from the imported data, which scenario work never changes (compared byte for byte);
// create, rename, duplicate, delete (with a backup) and list; a schema 1 file migrates.
#include "store.h"
#include "testutil.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

class TestStoreScenarios : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savesAndLoads();
    void renamesDuplicatesLists();
    void namesAreUnique_data();
    void namesAreUnique();
    void deleteMakesABackup();
    void importedDataUntouched();
    void migratesSchemaOne();
    void refusesNewerSchema();

private:
    QString dbPath() const { return m_dir->filePath(u"lengkap.sqlite"_s); }
    ScenarioDocument document(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QList<qint64> m_ids; // Puskesmas ids of the imported district
};

namespace {

const QDate Cutoff(2025, 6, 1);

// The imported tables' rows, as sqlite3 dumps them; statements about scenario tables left out.
QString importedRows(const QString &path)
{
    QStringList statements = TestUtil::dump(path).split(u";\n"_s);
    statements.removeIf([](const QString &statement) { return statement.contains(u"scenario"_s); });
    return statements.join(u";\n"_s);
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"version"_s);
    return version;
}

} // namespace

void TestStoreScenarios::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(dbPath()));
    const Result<ImportOutcome> imported = m_store->importBatch(
        TestUtil::batch(u"lebak.csv"_s, {TestUtil::puskesmas(u"36.02"_s, u"CIBADAK"_s, 1, 0),
                                         TestUtil::puskesmas(u"36.02"_s, u"WARUNGGUNUNG"_s, 0, 1)}),
        Cutoff, false);
    QVERIFY(imported);
    const Result<Snapshot> snapshot = m_store->loadSnapshot(Cutoff);
    QVERIFY(snapshot);
    m_ids.clear();
    for (const PuskesmasData &p : snapshot->puskesmas)
        m_ids.append(p.id);
    QCOMPARE(m_ids.size(), 2);
}

void TestStoreScenarios::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

ScenarioDocument TestStoreScenarios::document(const QString &name) const
{
    ScenarioDocument d;
    d.name = name;
    d.cutoff = Cutoff;
    d.changes = {{ScenarioChange::Kind::Add, m_ids.at(0), 0, 1, true, 2},
                 {ScenarioChange::Kind::Convert, m_ids.at(1), 0, 3, true, 1},
                 {ScenarioChange::Kind::Move, m_ids.at(1), m_ids.at(0), 4, false, 1},
                 {ScenarioChange::Kind::Add, m_ids.at(1), 0, 0, false, -1}};
    return d;
}

void TestStoreScenarios::savesAndLoads()
{
    const ScenarioDocument saved = document(u"NTB dentists"_s);
    const Result<qint64> id = m_store->saveScenario(saved);
    QVERIFY(id);
    QVERIFY(*id > 0);
    Result<ScenarioDocument> loaded = m_store->loadScenario(u"NTB dentists"_s);
    QVERIFY(loaded);
    QCOMPARE(loaded->id, *id);
    QCOMPARE(loaded->cutoff, Cutoff);
    QCOMPARE(loaded->changes, saved.changes);
    QVERIFY(loaded->createdAt.isValid());

    // Saving again replaces the changes (an undone change is gone from the file).
    loaded->changes.removeLast();
    QVERIFY(m_store->saveScenario(*loaded));
    // Reopened "tomorrow": the same changes.
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(dbPath()));
    const Result<ScenarioDocument> reopened = m_store->loadScenario(u"NTB dentists"_s);
    QVERIFY(reopened);
    QCOMPARE(reopened->changes, saved.changes.mid(0, 3));
    QCOMPARE(m_store->loadScenario(u"nope"_s).error().kind, Error::Kind::Input);
}

void TestStoreScenarios::renamesDuplicatesLists()
{
    QVERIFY(m_store->saveScenario(document(u"B plan"_s)));
    QVERIFY(m_store->renameScenario(u"B plan"_s, u"A plan"_s));
    const Result<qint64> copy = m_store->duplicateScenario(u"A plan"_s, u"C plan"_s);
    QVERIFY(copy);
    const Result<QList<ScenarioInfo>> list = m_store->scenarios();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, u"A plan"_s);
    QCOMPARE(list->at(1).name, u"C plan"_s);
    QCOMPARE(list->at(1).id, *copy);
    QCOMPARE(list->at(1).changes, 4);
    QCOMPARE(list->at(1).cutoff, Cutoff);
    QCOMPARE(m_store->loadScenario(u"C plan"_s)->changes, document({}).changes);
    QCOMPARE(m_store->renameScenario(u"B plan"_s, u"D"_s).error().kind, Error::Kind::Input);
}

void TestStoreScenarios::namesAreUnique_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("save a second one under a taken name") << u"save"_s;
    QTest::newRow("rename onto a taken name") << u"rename"_s;
    QTest::newRow("duplicate onto a taken name") << u"duplicate"_s;
}

void TestStoreScenarios::namesAreUnique()
{
    QFETCH(QString, operation);
    QVERIFY(m_store->saveScenario(document(u"one"_s)));
    QVERIFY(m_store->saveScenario(document(u"two"_s)));
    const QString before = TestUtil::dump(dbPath());
    Error error;
    if (operation == u"save"_s)
        error = m_store->saveScenario(document(u"one"_s)).error();
    else if (operation == u"rename"_s)
        error = m_store->renameScenario(u"two"_s, u"one"_s).error();
    else
        error = m_store->duplicateScenario(u"two"_s, u"one"_s).error();
    QCOMPARE(error.kind, Error::Kind::Input);
    QVERIFY(error.message.contains(u"one"_s));
    QCOMPARE(TestUtil::dump(dbPath()), before);
}

void TestStoreScenarios::deleteMakesABackup()
{
    QVERIFY(m_store->saveScenario(document(u"gone"_s)));
    const Result<QString> backup = m_store->deleteScenario(u"gone"_s);
    QVERIFY(backup);
    QVERIFY(QFileInfo::exists(*backup));
    QCOMPARE(QFileInfo(*backup).dir().absolutePath(), Store::backupFolder(dbPath()));
    QVERIFY(Store::backups(dbPath()).contains(*backup));
    QVERIFY(m_store->scenarios()->isEmpty());
    // The backup is a whole Lengkap database holding the scenario.
    Store copy;
    QVERIFY(copy.open(*backup));
    QCOMPARE(copy.loadScenario(u"gone"_s)->changes, document({}).changes);
    QCOMPARE(m_store->deleteScenario(u"gone"_s).error().kind, Error::Kind::Input);
}

void TestStoreScenarios::importedDataUntouched()
{
    const QString before = importedRows(dbPath());
    QVERIFY(before.contains(u"INSERT INTO staffing"_s));
    QVERIFY(m_store->saveScenario(document(u"x"_s)));
    ScenarioDocument again = *m_store->loadScenario(u"x"_s);
    again.changes.append({ScenarioChange::Kind::Add, m_ids.at(0), 0, 8, true, 5});
    QVERIFY(m_store->saveScenario(again));
    QVERIFY(m_store->duplicateScenario(u"x"_s, u"y"_s));
    QVERIFY(m_store->renameScenario(u"y"_s, u"z"_s));
    QVERIFY(m_store->deleteScenario(u"x"_s));
    QCOMPARE(importedRows(dbPath()), before);
    const QString all = TestUtil::dump(dbPath());
    QVERIFY(all.contains(u"INSERT INTO scenario_change"_s));
}

void TestStoreScenarios::migratesSchemaOne()
{
    QVERIFY(m_store->saveScenario(document(u"x"_s)));
    m_store.reset();
    // Make the file a schema 1 database: no scenario tables, user_version 1.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DROP TABLE scenario_change"_s));
        QVERIFY(q.exec(u"DROP TABLE scenario"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);
    const QString before = importedRows(dbPath());
    QCOMPARE(userVersion(dbPath()), 1);
    const QStringList backupsBefore = Store::backups(dbPath());
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(dbPath()));
    // The migration kept a copy of the schema 1 file first (issue 11's automatic backups).
    const QStringList backupsAfter = Store::backups(dbPath());
    QCOMPARE(backupsAfter.size(), backupsBefore.size() + 1);
    QCOMPARE(userVersion(backupsAfter.constFirst()), 1);
    QVERIFY(m_store->scenarios()->isEmpty());
    QVERIFY(m_store->saveScenario(document(u"after migration"_s)));
    QCOMPARE(importedRows(dbPath()), before);
    QCOMPARE(userVersion(dbPath()), Store::SchemaVersion);
}

void TestStoreScenarios::refusesNewerSchema()
{
    m_store.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"upgrade"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Store::SchemaVersion + 1)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"upgrade"_s);
    const QString before = TestUtil::dump(dbPath());
    Store store;
    const Result<void> opened = store.open(dbPath());
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, Error::Kind::Database);
    QVERIFY(opened.error().message.contains(u"newer"_s));
    QCOMPARE(TestUtil::dump(dbPath()), before);
}

QTEST_GUILESS_MAIN(TestStoreScenarios)
#include "tst_storescenarios.moc"
