// Issue 12: a database made before the national sample had a file of its own mixes the sample
// (DATA CONTOH) with the user's imports. Store::removeSample() takes the sample out after an
// automatic backup, in one transaction, leaving the user's rows as they were (compared as
// text, row by row) and the file as it was when it fails half-way.
#include "analysis.h"
#include "samplestore.h"
#include "store.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

const QDate SampleOld(2025, 5, 1);
const QDate SampleNew(2025, 6, 1);
const QDate OwnCutoff(2025, 9, 1);
const QString Lebak = u"36.02"_s;
const QString Pandeglang = u"36.01"_s;

// Lebak at its own cut-off: three Puskesmas, two complete.
ImportBatch lebak()
{
    PuskesmasCounts gap = TestUtil::puskesmas(Lebak, u"CIPANAS"_s, 1, 0);
    gap.asn[3] = 0;
    return TestUtil::batch(u"lebak_rekap.csv"_s,
                           {TestUtil::puskesmas(Lebak, u"RANGKASBITUNG"_s, 1, 1),
                            TestUtil::puskesmas(Lebak, u"MALINGPING"_s, 2, 0), gap});
}

// Pandeglang at the sample's own cut-off (it replaced the sample's Pandeglang there): four
// Puskesmas, one complete.
ImportBatch pandeglang()
{
    QList<PuskesmasCounts> rows;
    rows << TestUtil::puskesmas(Pandeglang, u"LABUAN"_s, 1, 0);
    for (const QString &name : {u"CARITA"_s, u"MENES"_s, u"PAGELARAN"_s}) {
        PuskesmasCounts p = TestUtil::puskesmas(Pandeglang, name, 0, 1);
        p.nonAsn[0] = 0;
        rows << p;
    }
    return TestUtil::batch(u"pandeglang.xlsx"_s, rows);
}

// The rows of the user's own imports, as text: their import_log rows, the districts they
// hold, those districts' Puskesmas (with their master rows) and counts.
QString ownRows(const QString &path)
{
    const QString name = u"own_rows"_s;
    QString text;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return u"<cannot open>"_s;
        const QStringList queries {
            u"SELECT * FROM import_log WHERE sample = 0 ORDER BY id"_s,
            u"SELECT sd.* FROM snapshot_district sd JOIN import_log l ON l.id = sd.import_id "
            "WHERE l.sample = 0 ORDER BY 1, 2"_s,
            u"SELECT sp.* FROM snapshot_puskesmas sp JOIN snapshot_district sd ON sd.cutoff = "
            "sp.cutoff AND sd.district_code = sp.district_code JOIN import_log l ON l.id = "
            "sd.import_id WHERE l.sample = 0 ORDER BY 1, 2"_s,
            u"SELECT p.* FROM puskesmas p WHERE p.id IN (SELECT sp.puskesmas_id FROM "
            "snapshot_puskesmas sp JOIN snapshot_district sd ON sd.cutoff = sp.cutoff AND "
            "sd.district_code = sp.district_code JOIN import_log l ON l.id = sd.import_id "
            "WHERE l.sample = 0) ORDER BY p.id"_s,
            u"SELECT s.* FROM staffing s JOIN snapshot_puskesmas sp ON sp.cutoff = s.cutoff AND "
            "sp.puskesmas_id = s.puskesmas_id JOIN snapshot_district sd ON sd.cutoff = "
            "sp.cutoff AND sd.district_code = sp.district_code JOIN import_log l ON l.id = "
            "sd.import_id WHERE l.sample = 0 ORDER BY 1, 2, 3"_s,
        };
        for (const QString &sql : queries) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                return u"<query failed>"_s;
            int rows = 0;
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << query.value(i).toString();
                text += values.join(u'|') + u'\n';
                ++rows;
            }
            text += u"-- %1 rows\n"_s.arg(rows);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return text;
}

bool execOn(const QString &path, const QString &sql)
{
    const QString name = u"side"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestSampleSplit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void detectsMixedDatabase();
    void splitKeepsOwnData();
    void failureHalfWayLeavesFile();
    void sampleAloneIsNotMixed();

private:
    // An old-style database: the sample first (as the first start put it there), then Lebak at
    // a cut-off of its own and Pandeglang replacing the sample's at the sample's latest.
    void buildMixed();

    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    Store m_store;
};

void TestSampleSplit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"lengkap.sqlite"_s);
}

void TestSampleSplit::cleanup()
{
    m_store.close();
}

void TestSampleSplit::buildMixed()
{
    QVERIFY(m_store.open(m_path).ok());
    const Result<SampleInstall> sample = installSample(m_store);
    QVERIFY(sample.ok());
    QCOMPARE(sample->cutoffs, (QList<QDate> {SampleOld, SampleNew}));
    QVERIFY(m_store.importBatch(lebak(), OwnCutoff, false).ok());
    QVERIFY(m_store.importBatch(pandeglang(), SampleNew, true).ok());
}

void TestSampleSplit::detectsMixedDatabase()
{
    buildMixed();
    const Result<MixedSample> mixed = m_store.mixedSample();
    QVERIFY(mixed.ok());
    QVERIFY(mixed->isMixed());
    QCOMPARE(mixed->cutoffs, (QList<QDate> {SampleOld, SampleNew}));
    QCOMPARE(mixed->sampleImports, 2);
    // 514 districts at each sample cut-off, less Pandeglang at the latest.
    QCOMPARE(mixed->sampleDistricts, 2 * 514 - 1);
    QCOMPARE(mixed->ownDistricts, 2);
}

void TestSampleSplit::splitKeepsOwnData()
{
    buildMixed();
    const QString before = ownRows(m_path);
    QVERIFY(before.contains(u"RANGKASBITUNG"_s));
    const QStringList backupsBefore = Store::backups(m_path);

    const Result<QString> backup = m_store.removeSample();
    QVERIFY2(backup.ok(), qPrintable(backup.ok() ? QString() : backup.error().message));

    // The user's rows, byte for byte.
    QCOMPARE(ownRows(m_path), before);
    // Nothing of the sample is left: its cut-off without the user's data is gone.
    const Result<MixedSample> after = m_store.mixedSample();
    QVERIFY(after.ok());
    QVERIFY(!after->isMixed());
    QCOMPARE(after->sampleImports, 0);
    QCOMPARE(after->sampleDistricts, 0);
    QCOMPARE(*m_store.cutoffs(), (QList<QDate> {SampleNew, OwnCutoff}));
    const Result<QList<ImportLogEntry>> log = m_store.importLog();
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 2);
    QVERIFY(TestUtil::dump(m_path).contains(u"lebak_rekap.csv"_s));
    QVERIFY(!TestUtil::dump(m_path).contains(u"'sample'"_s)); // no sample lists

    // Figures of what is left: at the sample's cut-off only Pandeglang (4 Puskesmas, 1
    // complete), nationally too; at the user's own cut-off Lebak (3, 2 complete).
    {
        const Result<Snapshot> snapshot = m_store.loadSnapshot(SampleNew);
        QVERIFY(snapshot.ok());
        QVERIFY(!snapshot->sample);
        const Analysis analysis(*snapshot);
        const RegionSummary national = analysis.national(Criteria::Sisdmk, Status::All);
        QCOMPARE(national.puskesmas, 4);
        QCOMPARE(national.complete, 1);
        QCOMPARE(analysis.districtCodes(), QStringList {Pandeglang});
    }
    {
        const Result<Snapshot> snapshot = m_store.loadSnapshot(OwnCutoff);
        QVERIFY(snapshot.ok());
        const Analysis analysis(*snapshot);
        const RegionSummary district
            = analysis.summary(Level::District, Lebak, Criteria::Sisdmk, Status::All);
        QCOMPARE(district.puskesmas, 3);
        QCOMPARE(district.complete, 2);
        QCOMPARE(analysis.national(Criteria::Sisdmk, Status::All).puskesmas, 3);
    }

    // backups/ holds the copy taken first, with the sample still in it.
    const QStringList backups = Store::backups(m_path);
    QCOMPARE(backups.size(), backupsBefore.size() + 1);
    QVERIFY(backups.contains(*backup));
    QVERIFY(QFileInfo(*backup).fileName().contains(u"sample"_s));
    Store copy;
    QVERIFY(copy.open(*backup, Store::OpenMode::ReadOnly).ok());
    const Result<MixedSample> inCopy = copy.mixedSample();
    QVERIFY(inCopy.ok());
    QVERIFY(inCopy->isMixed());
    QCOMPARE(ownRows(*backup), before);
    copy.close();

    // A second run finds nothing to do and deletes nothing.
    const QString all = TestUtil::dump(m_path);
    const Result<QString> again = m_store.removeSample();
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Input);
    QCOMPARE(TestUtil::dump(m_path), all);
}

// A failure on the last statement (a trigger refuses to delete the sample's import rows)
// rolls everything back: the file reads as before, and a later split still works.
void TestSampleSplit::failureHalfWayLeavesFile()
{
    buildMixed();
    m_store.close();
    QVERIFY(execOn(m_path, u"CREATE TRIGGER refuse BEFORE DELETE ON import_log "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    QVERIFY(m_store.open(m_path).ok());
    const QString before = TestUtil::dump(m_path);
    QVERIFY(before.contains(u"injected failure"_s));

    const Result<QString> failed = m_store.removeSample();
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, Error::Kind::Database);
    QCOMPARE(TestUtil::dump(m_path), before);
    QVERIFY(m_store.mixedSample()->isMixed());

    m_store.close();
    QVERIFY(execOn(m_path, u"DROP TRIGGER refuse"_s));
    QVERIFY(m_store.open(m_path).ok());
    QVERIFY(m_store.removeSample().ok());
    QVERIFY(!m_store.mixedSample()->isMixed());
}

// The sample's own file (lengkap-contoh.sqlite) is not "mixed": nothing to offer there.
void TestSampleSplit::sampleAloneIsNotMixed()
{
    QVERIFY(m_store.open(m_path).ok());
    QVERIFY(installSample(m_store).ok());
    const Result<MixedSample> mixed = m_store.mixedSample();
    QVERIFY(mixed.ok());
    QVERIFY(!mixed->isMixed());
    QCOMPARE(mixed->ownDistricts, 0);
}

QTEST_MAIN(TestSampleSplit)
#include "tst_samplesplit.moc"
