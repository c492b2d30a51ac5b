// The PostgreSQL server end to end (issue 15), on a real server this test starts: schema,
// accounts and their rights (also with plain SQL through psql), push and pull of the national
// sample, concurrent pushes, and pushes cut off half-way by SIGKILL or a stopped server.
#include "../model/testutil.h"

#include "analysis.h"
#include "bulkinsert.h"
#include "pgcluster.h"
#include "pushsource.h"
#include "serversource.h"
#include "skm.h"
#include "store.h"
#include "types.h"
#include "wilayah.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using Lengkap::ServerTest::Output;
using Lengkap::ServerTest::PgCluster;

namespace Lengkap {

class TestPgServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void initAndMigrate();
    void addUsers_data();
    void addUsers();
    void addUserRefusals();
    void roundTrip();
    void sameSummariesThroughBothBackEnds();
    void standardsOnServer();
    void pulledFileIsReadOnlyForImports();
    void rePushKeepsHistory();
    void districtOutsideAccountRefused();
    void plainSqlAsDistrict_data();
    void plainSqlAsDistrict();
    void plainSqlReads_data();
    void plainSqlReads();
    void provincePullHoldsItsProvince();
    void pullReplacesItsScope();
    void pullFailingHalfWayLeavesCopy();
    void concurrentPushes();
    void pushKilledHalfWay();
    void pushWithServerStoppedHalfWay();
    void wrongPasswordRefused();
    void newerServerSchemaRefused();
    void migrateFromRevision1();
    void pushTableMadeByClientRefused_data();
    void pushTableMadeByClientRefused();
    void pushLeavesLocalFileUntouched();
    void pushSourceReadsAsStore_data();
    void pushSourceReadsAsStore();
    void pushOfDamagedFileRefused_data();
    void pushOfDamagedFileRefused();
    void sslRequire();

private:
    Output cli(const QStringList &arguments, const QStringList &environment = {}) const;
    QString conninfo(const QString &role) const { return m_cluster.conninfo(role); }
    QString adminServer() const { return m_cluster.adminConninfo(); }
    // One value from psql as the admin.
    QString adminValue(const QString &sql) const;
    void addDistrictUser(const QString &role, const QString &district);
    // Every region x criteria x status of the source and the copy agree (at cut-off), for the
    // districts of provinceCode or of the nation.
    void compareSummaries(const QString &sourcePath, const QString &copyPath, QDate cutoff,
                          const QString &provinceCode = {});
    // The same through the back-end interface (model/store/snapshotsource.h).
    void compareSources(const SnapshotSource &left, const SnapshotSource &right, QDate cutoff,
                        const QString &provinceCode = {});
    // The district codes a file holds at the cut-off.
    QStringList districtsOf(const QString &path, QDate cutoff);

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_sample; // the national sample, two cut-offs
    QList<QDate> m_cutoffs;
    QString m_passwordFile;
};

namespace {
constexpr auto Password = "district-secret-7";
const QString LombokTimur = u"52.03"_s;
} // namespace

Output TestPgServer::cli(const QStringList &arguments, const QStringList &environment) const
{
    QProcessEnvironment env = m_cluster.clientEnvironment();
    for (const QString &assignment : environment)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    return PgCluster::run(QStringLiteral(LENGKAP_CLI), arguments, env, 240000);
}

QString TestPgServer::adminValue(const QString &sql) const
{
    const Output output = m_cluster.psqlAdmin(u"lengkap"_s, sql);
    if (output.code != 0)
        qWarning() << "psql failed:" << sql << output.err;
    return output.out.trimmed();
}

void TestPgServer::addDistrictUser(const QString &role, const QString &district)
{
    const Output added
        = cli({u"server"_s, u"add-user"_s, u"--server"_s, adminServer(), u"--name"_s, role,
               u"--district"_s, district, u"--password-file"_s, m_passwordFile});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY(m_cluster.addPassword(role, QString::fromLatin1(Password)));
}

void TestPgServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QElapsedTimer timer;
    timer.start();
    m_cluster.enableSsl();
    const QString reason = m_cluster.start();
    QVERIFY2(reason.isEmpty(),
             qPrintable(u"the test PostgreSQL server did not start: "_s + reason));
    // The server offers SSL on 127.0.0.1 too (sslRequire); the other tests use its Unix socket.
    // In-process clients (PgServer in these tests) read the passwords as the CLI does.
    qputenv("PGPASSFILE", QFile::encodeName(m_cluster.passFile()));
    qInfo() << "PostgreSQL cluster ready in" << timer.elapsed() << "ms at" << m_cluster.folder();

    m_sample = m_dir.filePath(u"sample.sqlite"_s);
    const Output demo = cli({u"demo"_s, u"--db"_s, m_sample});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    Store store;
    QVERIFY(store.open(m_sample).ok());
    Result<QList<QDate>> cutoffs = store.cutoffs();
    QVERIFY(cutoffs.ok());
    m_cutoffs = *cutoffs;
    QCOMPARE(m_cutoffs.size(), 2);

    m_passwordFile = m_dir.filePath(u"password.txt"_s);
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(Password) + '\n');
    file.close();

    const Output init = cli({u"server"_s, u"init"_s, u"--server"_s, adminServer()});
    QVERIFY2(init.code == 0, qPrintable(init.err));
}

void TestPgServer::cleanupTestCase()
{
    m_cluster.stop();
}

void TestPgServer::initAndMigrate()
{
    const Output again = cli({u"server"_s, u"init"_s, u"--server"_s, adminServer()});
    QCOMPARE(again.code, 4);
    QVERIFY2(again.err.contains(u"already holds a Lengkap schema"_s), qPrintable(again.err));
    const Output migrate = cli({u"server"_s, u"migrate"_s, u"--server"_s, adminServer()});
    QCOMPARE(migrate.code, 0);
    QVERIFY2(migrate.out.contains(u"up to date"_s), qPrintable(migrate.out));
    QCOMPARE(adminValue(u"SELECT value FROM lengkap.meta WHERE key = 'schema_version'"_s),
             QString::number(PgServer::SchemaVersion));
    // 38 provinces, 514 districts, 9 types seeded from the program's own tables.
    QCOMPARE(adminValue(u"SELECT count(*) FROM lengkap.district"_s), u"514"_s);
}

void TestPgServer::addUsers_data()
{
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("expected"); // scope | region in lengkap.account
    QTest::newRow("district Lombok Timur") << QStringList {u"--district"_s, u"Lombok Timur"_s}
                                           << u"dinkes_lotim"_s << u"district|52.03"_s;
    QTest::newRow("province Nusa Tenggara Barat")
        << QStringList {u"--province"_s, u"Nusa Tenggara Barat"_s} << u"prov_ntb"_s
        << u"province|52"_s;
    QTest::newRow("national") << QStringList {u"--national"_s} << u"kemenkes"_s << u"national|"_s;
}

void TestPgServer::addUsers()
{
    QFETCH(QStringList, scope);
    QFETCH(QString, role);
    QFETCH(QString, expected);
    const Output added = cli(QStringList {u"server"_s, u"add-user"_s, u"--server"_s, adminServer(),
                                          u"--name"_s, role, u"--password-file"_s, m_passwordFile}
                             + scope);
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY(m_cluster.addPassword(role, QString::fromLatin1(Password)));
    QCOMPARE(
        adminValue(
            u"SELECT scope || '|' || region FROM lengkap.account WHERE role = '%1'"_s.arg(role)),
        expected);
    // The password is stored hashed (SCRAM), never as given.
    QVERIFY(adminValue(u"SELECT rolpassword FROM pg_authid WHERE rolname = '%1'"_s.arg(role))
                .startsWith(u"SCRAM-SHA-256$"_s));
}

void TestPgServer::addUserRefusals()
{
    // No terminal to ask on and no --password-file: a usage error, nothing created.
    const Output noPassword = cli({u"server"_s, u"add-user"_s, u"--server"_s, adminServer(),
                                   u"--name"_s, u"nopass"_s, u"--national"_s});
    QCOMPARE(noPassword.code, 2);
    QCOMPARE(adminValue(u"SELECT count(*) FROM pg_roles WHERE rolname = 'nopass'"_s), u"0"_s);
    const Output twice
        = cli({u"server"_s, u"add-user"_s, u"--server"_s, adminServer(), u"--name"_s,
               u"dinkes_lotim"_s, u"--national"_s, u"--password-file"_s, m_passwordFile});
    QCOMPARE(twice.code, 4);
    QVERIFY2(twice.err.contains(u"already exists"_s), qPrintable(twice.err));
    // Only the admin creates accounts: a district account cannot.
    const Output byDistrict
        = cli({u"server"_s, u"add-user"_s, u"--server"_s, conninfo(u"dinkes_lotim"_s), u"--name"_s,
               u"sneaky"_s, u"--national"_s, u"--password-file"_s, m_passwordFile});
    QVERIFY(byDistrict.code != 0);
    QCOMPARE(adminValue(u"SELECT count(*) FROM pg_roles WHERE rolname = 'sneaky'"_s), u"0"_s);
}

void TestPgServer::compareSummaries(const QString &sourcePath, const QString &copyPath,
                                    QDate cutoff, const QString &provinceCode)
{
    Store source;
    QVERIFY(source.open(sourcePath).ok());
    Store copy;
    QVERIFY(copy.open(copyPath).ok());
    compareSources(source, copy, cutoff, provinceCode);
}

void TestPgServer::compareSources(const SnapshotSource &leftSource,
                                  const SnapshotSource &rightSource, QDate cutoff,
                                  const QString &provinceCode)
{
    Result<Snapshot> a = leftSource.loadSnapshot(cutoff);
    Result<Snapshot> b = rightSource.loadSnapshot(cutoff);
    QVERIFY(a.ok() && b.ok());
    const Analysis left(std::move(*a));
    const Analysis right(std::move(*b));
    QCOMPARE(right.snapshot().sample, left.snapshot().sample);
    QCOMPARE(right.districtCodes(provinceCode), left.districtCodes(provinceCode));
    if (provinceCode.isEmpty())
        QCOMPARE(right.provinceCodes(), left.provinceCodes());
    QList<QPair<Level, QString>> regions;
    if (provinceCode.isEmpty()) {
        regions.append({Level::National, QString()});
        for (const QString &code : left.provinceCodes())
            regions.append({Level::Province, code});
    } else {
        regions.append({Level::Province, provinceCode});
    }
    for (const QString &code : left.districtCodes(provinceCode))
        regions.append({Level::District, code});
    int compared = 0;
    for (const auto &[level, code] : std::as_const(regions)) {
        for (Criteria criteria : {Criteria::Sisdmk, Criteria::Registered, Criteria::Rpjmn}) {
            for (Status status : {Status::All, Status::Asn}) {
                const RegionSummary x = left.summary(level, code, criteria, status);
                const RegionSummary y = right.summary(level, code, criteria, status);
                const QByteArray where
                    = (code + u' ' + criteriaKey(criteria) + u' ' + statusKey(status)).toUtf8();
                QVERIFY2(x.puskesmas > 0 || criteria != Criteria::Sisdmk, where.constData());
                QVERIFY2(x.puskesmas == y.puskesmas, where.constData());
                QVERIFY2(x.complete == y.complete, where.constData());
                QVERIFY2(x.shortage == y.shortage, where.constData());
                QVERIFY2(x.missingByType == y.missingByType, where.constData());
                QVERIFY2(x.band == y.band, where.constData());
                ++compared;
            }
        }
    }
    QVERIFY(compared >= 6);
}

void TestPgServer::roundTrip()
{
    for (const QDate &cutoff : std::as_const(m_cutoffs)) {
        QElapsedTimer timer;
        timer.start();
        const Output pushed = cli({u"push"_s, u"--db"_s, m_sample, u"--server"_s, adminServer(),
                                   u"--cutoff"_s, cutoff.toString(Qt::ISODate)});
        QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
        qInfo() << "pushed the national sample of" << cutoff << "in" << timer.elapsed() << "ms";
    }
    QCOMPARE(adminValue(u"SELECT count(*) FROM lengkap.push WHERE replaced_at IS NULL"_s),
             u"1028"_s);
    // Pushed again: the nation's 514 replaced districts are counted, not named one by one.
    const Output again = cli({u"push"_s, u"--db"_s, m_sample, u"--server"_s, adminServer(),
                              u"--cutoff"_s, m_cutoffs.first().toString(Qt::ISODate)});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(u"replaced the earlier data of 514 districts (kept in the "
                                "server's history)"_s),
             qPrintable(again.out));
    QVERIFY2(!again.out.contains(u"Lombok Timur"_s), qPrintable(again.out));
    const QString copy = m_dir.filePath(u"national-copy.sqlite"_s);
    QElapsedTimer timer;
    timer.start();
    const Output pulled = cli({u"pull"_s, u"--db"_s, copy, u"--server"_s, conninfo(u"kemenkes"_s)});
    QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
    qInfo() << "pulled both national cut-offs in" << timer.elapsed() << "ms";
    for (const QDate &cutoff : std::as_const(m_cutoffs))
        compareSummaries(m_sample, copy, cutoff);
}

QStringList TestPgServer::districtsOf(const QString &path, QDate cutoff)
{
    Store store;
    if (!store.open(path, Store::OpenMode::ReadOnly))
        return {u"cannot open"_s};
    const Result<QList<QDate>> cutoffs = store.cutoffs();
    if (!cutoffs || !cutoffs->contains(cutoff))
        return {};
    const Result<Snapshot> snapshot = store.loadSnapshot(cutoff);
    if (!snapshot)
        return {u"cannot load"_s};
    QStringList codes;
    for (const PuskesmasData &p : snapshot->puskesmas) {
        if (!codes.contains(p.districtCode))
            codes.append(p.districtCode);
    }
    codes.sort();
    return codes;
}

void TestPgServer::sameSummariesThroughBothBackEnds()
{
    // The window's and the analysis' one interface, on each engine: the local file and the
    // server as the national account reads it give the same summaries.
    Store local;
    QVERIFY(local.open(m_sample).ok());
    auto pg = std::make_shared<PgServer>();
    const Result<void> connected = pg->connect(conninfo(u"kemenkes"_s));
    QVERIFY2(connected.ok(), qPrintable(connected ? QString() : connected.error().message));
    Result<std::shared_ptr<ServerSource>> server = ServerSource::open(pg);
    QVERIFY(server.ok());
    const SnapshotSource &left = local;
    const SnapshotSource &right = **server;
    const Result<QList<QDate>> leftCutoffs = left.cutoffs();
    const Result<QList<QDate>> rightCutoffs = right.cutoffs();
    QVERIFY(leftCutoffs.ok() && rightCutoffs.ok());
    QCOMPARE(*rightCutoffs, *leftCutoffs);
    for (const QDate &cutoff : std::as_const(*leftCutoffs))
        compareSources(left, right, cutoff);
    // The server's snapshot lists the Puskesmas in the local file's order (district, then
    // name), not in the order they were pushed or stored (snapshotFromBatch sorts them): the
    // first district by code, pushed again, is stored last on the server.
    const Output again = cli({u"push"_s, u"--db"_s, m_sample, u"--server"_s, adminServer(),
                              u"--district"_s, u"Aceh Selatan"_s});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    for (const QDate &cutoff : std::as_const(*leftCutoffs)) {
        const Result<Snapshot> a = left.loadSnapshot(cutoff);
        const Result<Snapshot> b = right.loadSnapshot(cutoff);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b->puskesmas.size(), a->puskesmas.size());
        for (qsizetype i = 0; i < a->puskesmas.size(); ++i) {
            QCOMPARE(b->puskesmas.at(i).districtCode, a->puskesmas.at(i).districtCode);
            QCOMPARE(b->puskesmas.at(i).name, a->puskesmas.at(i).name);
        }
    }
    QVERIFY(left.acceptsImports());
    QVERIFY(!right.acceptsImports());
    QVERIFY(!right.acceptsPushes()); // a national account reads only
    QCOMPARE(right.sourceName(), u"lengkap (account kemenkes)"_s);
    QCOMPARE(left.sourceName(), m_sample);
    // Standards: the local file prescribes none (the planner's own apply), the server its own.
    const Result<std::optional<SkmStandards>> localStandards = left.standards();
    QVERIFY(localStandards.ok() && !localStandards->has_value());
    const Result<std::optional<SkmStandards>> serverStandards = right.standards();
    QVERIFY(serverStandards.ok() && serverStandards->has_value());
    // A district account may push; its source says so.
    auto district = std::make_shared<PgServer>();
    QVERIFY(district->connect(conninfo(u"dinkes_lotim"_s)).ok());
    Result<std::shared_ptr<ServerSource>> own = ServerSource::open(district);
    QVERIFY(own.ok());
    QVERIFY((*own)->acceptsPushes());
    const Result<Snapshot> lotim = (*own)->loadSnapshot(m_cutoffs.last());
    QVERIFY(lotim.ok());
    QCOMPARE(Analysis(*lotim).districtCodes({}), QStringList {LombokTimur});
}

void TestPgServer::standardsOnServer()
{
    const auto show = [this](const QString &role) {
        return cli({u"server"_s, u"standards"_s, u"--server"_s, conninfo(role), u"--show"_s});
    };
    const QString documentSql = u"SELECT document FROM lengkap.standards WHERE name = 'skm'"_s;
    // Any account reads them: the preset until the admin sets others.
    const Output shown = show(u"prov_ntb"_s);
    QVERIFY2(shown.code == 0, qPrintable(shown.err));
    Result<SkmStandards> read = SkmStandards::fromJson(shown.out.toUtf8());
    QVERIFY2(read.ok(), qPrintable(shown.out));
    QVERIFY(read->isDefault());

    SkmStandards changed;
    changed.setClassStandard(KategoriClass::RawatInap, 0, 4);
    changed.setOverride(u"Terpencil Rawat Inap"_s, 1, 2);
    QVERIFY(!changed.isDefault());
    const QString good = m_dir.filePath(u"skm-ntb.json"_s);
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(changed.toJson());
    }
    const QString before = adminValue(documentSql);
    // A district account: the server refuses (no privilege), nothing changed; raw SQL too.
    const Output byDistrict = cli({u"server"_s, u"standards"_s, u"--server"_s,
                                   conninfo(u"dinkes_lotim"_s), u"--set"_s, good});
    QCOMPARE(byDistrict.code, 3);
    QVERIFY2(byDistrict.err.contains(u"permission denied"_s), qPrintable(byDistrict.err));
    const Output raw = m_cluster.psql(
        conninfo(u"dinkes_lotim"_s),
        u"INSERT INTO lengkap.standards (name, document) VALUES ('skm', '{}') ON CONFLICT (name) "
        "DO UPDATE SET document = '{}'"_s);
    QVERIFY(raw.code != 0);
    QVERIFY2(raw.err.contains(u"permission denied"_s), qPrintable(raw.err));
    QCOMPARE(adminValue(documentSql), before);
    // A file that is not a valid standards file: refused before it reaches the server, exit 3.
    for (const QByteArray &content :
         {QByteArray("not json"), QByteArray(R"({"version": 1, "rawat_inap": {"dokter": 5000}})"),
          QByteArray(R"({"version": 1, "rawat_inap": {"astronaut": 1}})")}) {
        const QString bad = m_dir.filePath(u"bad-standards.json"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const Output refused
            = cli({u"server"_s, u"standards"_s, u"--server"_s, adminServer(), u"--set"_s, bad});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(u"bad-standards.json"_s), qPrintable(refused.err));
        QCOMPARE(adminValue(documentSql), before);
    }
    // Both or neither of --show / --set: usage.
    QCOMPARE(cli({u"server"_s, u"standards"_s, u"--server"_s, adminServer()}).code, 2);
    // The admin sets them; every account reads the new ones, as does the back end.
    const Output set
        = cli({u"server"_s, u"standards"_s, u"--server"_s, adminServer(), u"--set"_s, good});
    QVERIFY2(set.code == 0, qPrintable(set.err));
    QVERIFY2(set.out.contains(u"SKM standards replaced"_s), qPrintable(set.out));
    for (const QString &role : {u"prov_ntb"_s, u"dinkes_lotim"_s, u"kemenkes"_s}) {
        const Output again = show(role);
        QVERIFY2(again.code == 0, qPrintable(again.err));
        const Result<SkmStandards> now = SkmStandards::fromJson(again.out.toUtf8());
        QVERIFY(now.ok());
        QVERIFY(*now == changed);
    }
    QCOMPARE(adminValue(u"SELECT updated_by FROM lengkap.standards WHERE name = 'skm'"_s),
             u"lengkap_admin"_s);
    // Back to the preset for the other tests.
    QFile preset(good);
    QVERIFY(preset.open(QIODevice::WriteOnly | QIODevice::Truncate));
    preset.write(SkmStandards().toJson());
    preset.close();
    QCOMPARE(
        cli({u"server"_s, u"standards"_s, u"--server"_s, adminServer(), u"--set"_s, good}).code, 0);
}

void TestPgServer::pulledFileIsReadOnlyForImports()
{
    const QString copy = m_dir.filePath(u"national-copy.sqlite"_s);
    const QString rekap = QStringLiteral(LENGKAP_TEST_DATA) + u"/lombok_timur_rekap.csv"_s;
    QVERIFY2(QFile::exists(rekap), qPrintable(rekap));
    const QFileInfo before(copy);
    const Output imported = cli(
        {u"import"_s, u"--db"_s, copy, u"--cutoff"_s, u"2025-06-01"_s, u"--replace"_s, rekap});
    QCOMPARE(imported.code, 3);
    QVERIFY2(imported.err.contains(u"copy of the server"_s), qPrintable(imported.err));
    // The store itself refuses, whoever asks (the window's import dialog, import-list, demo).
    {
        Store store;
        QVERIFY(store.open(copy).ok());
        const Result<int> list
            = store.importList(ListKind::Rpjmn, m_cutoffs.last(),
                               {ListEntry {1, u"P5203010101"_s, {}, {}}}, u"list.csv"_s, {});
        QVERIFY(!list.ok());
        QCOMPARE(list.error().kind, Error::Kind::Input);
        ImportBatch batch;
        batch.format = u"rekap"_s;
        batch.sourceName = u"x.csv"_s;
        const Result<ImportOutcome> imported = store.importBatch(batch, m_cutoffs.last(), true);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(u"copy of the server"_s),
                 qPrintable(imported.error().message));
    }
    // Pulling into a file with the user's own imports is refused too.
    const Output intoOwn = cli({u"pull"_s, u"--db"_s, m_sample, u"--server"_s, adminServer()});
    QCOMPARE(intoOwn.code, 3);
    QVERIFY2(intoOwn.err.contains(u"holds your own imports"_s), qPrintable(intoOwn.err));
    // Pushing a server copy back is refused: it holds nothing of the user's own.
    const Output pushCopy = cli({u"push"_s, u"--db"_s, copy, u"--server"_s, adminServer()});
    QCOMPARE(pushCopy.code, 3);
}

void TestPgServer::rePushKeepsHistory()
{
    const QString cutoff = m_cutoffs.last().toString(Qt::ISODate);
    const QString countSql
        = u"SELECT count(*) FROM lengkap.push WHERE district_code = '52.03' AND cutoff = '%1'"_s
              .arg(cutoff);
    const int before = adminValue(countSql).toInt();
    QCOMPARE(before, 1); // the admin's national push
    for (int i = 0; i < 2; ++i) {
        const Output pushed
            = cli({u"push"_s, u"--db"_s, m_sample, u"--server"_s, conninfo(u"dinkes_lotim"_s),
                   u"--district"_s, u"Lombok Timur"_s});
        QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
        QVERIFY2(pushed.out.contains(u"replaced the earlier data of Lombok Timur"_s),
                 qPrintable(pushed.out));
    }
    QCOMPARE(adminValue(countSql).toInt(), 3);
    QCOMPARE(adminValue(countSql + u" AND replaced_at IS NULL AND pushed_by = 'dinkes_lotim'"_s),
             u"1"_s);
    // History: who pushed each version, who replaced it and when; its rows are still there.
    QCOMPARE(adminValue(u"SELECT string_agg(pushed_by || '>' || coalesce(replaced_by, '-'), ' ' "
                        "ORDER BY id) FROM lengkap.push WHERE district_code = '52.03' AND "
                        "cutoff = '%1'"_s.arg(cutoff)),
             u"lengkap_admin>dinkes_lotim dinkes_lotim>dinkes_lotim dinkes_lotim>-"_s);
    QCOMPARE(adminValue(u"SELECT count(DISTINCT push_id) FROM lengkap.puskesmas k JOIN "
                        "lengkap.push p ON p.id = k.push_id WHERE p.district_code = '52.03' AND "
                        "p.cutoff = '%1' AND p.replaced_at IS NOT NULL"_s.arg(cutoff)),
             u"2"_s);
}

void TestPgServer::districtOutsideAccountRefused()
{
    const QString total = u"SELECT count(*) FROM lengkap.push"_s;
    const QString before = adminValue(total);
    // The whole national file with a Lombok Timur account: refused as a whole by the server.
    const Output pushed
        = cli({u"push"_s, u"--db"_s, m_sample, u"--server"_s, conninfo(u"dinkes_lotim"_s)});
    QCOMPARE(pushed.code, 3);
    QVERIFY2(pushed.err.contains(u"may push only district 52.03"_s), qPrintable(pushed.err));
    QCOMPARE(adminValue(total), before);
    // Province and national accounts read; they do not push.
    const Output byProvince = cli({u"push"_s, u"--db"_s, m_sample, u"--server"_s,
                                   conninfo(u"prov_ntb"_s), u"--district"_s, u"Lombok Timur"_s});
    QCOMPARE(byProvince.code, 3);
    QVERIFY2(byProvince.err.contains(u"may not push"_s), qPrintable(byProvince.err));
    QCOMPARE(adminValue(total), before);
}

void TestPgServer::plainSqlAsDistrict_data()
{
    QTest::addColumn<QString>("sql");
    const QString cutoff = m_cutoffs.last().toString(Qt::ISODate);
    QTest::newRow("insert a push row directly")
        << u"INSERT INTO lengkap.push (cutoff, district_code, pushed_by, puskesmas) "
           "VALUES ('%1', '52.03', 'x', 0)"_s.arg(cutoff);
    QTest::newRow("overwrite another district's counts")
        << u"UPDATE lengkap.puskesmas SET asn = '{0,0,0,0,0,0,0,0,0}' WHERE district_code = "
           "'36.02'"_s;
    QTest::newRow("delete history") << u"DELETE FROM lengkap.push WHERE replaced_at IS NOT NULL"_s;
    QTest::newRow("change the standards") << u"UPDATE lengkap.standards SET document = '{}'"_s;
    QTest::newRow("widen its own account")
        << u"UPDATE lengkap.account SET scope = 'national', region = ''"_s;
    QTest::newRow("alter the schema") << u"ALTER TABLE lengkap.push ADD COLUMN note text"_s;
    QTest::newRow("drop a table") << u"DROP TABLE lengkap.puskesmas"_s;
    QTest::newRow("create a table in the schema") << u"CREATE TABLE lengkap.mine (x int)"_s;
    QTest::newRow("turn off row security")
        << u"ALTER TABLE lengkap.push DISABLE ROW LEVEL SECURITY"_s;
    QTest::newRow("replace the push function")
        << u"CREATE OR REPLACE FUNCTION lengkap.read_pattern() RETURNS text LANGUAGE sql "
           "AS $$ SELECT '%' $$"_s;
    // Through the push function, rows of Lebak (36.02) in the session's own temporary tables.
    QTest::newRow("push another district through the function")
        << u"BEGIN; CREATE TEMP TABLE push_puskesmas (district_code text, pos int, code text, "
           "name text, kategori text, rpjmn boolean, registered boolean, asn smallint[], "
           "non_asn smallint[]) ON COMMIT DROP; "
           "INSERT INTO push_puskesmas VALUES ('36.02', 0, NULL, 'X', '', true, true, '{1}', "
           "'{1}'); SELECT * FROM lengkap.push('%1', 'sql', false, '{dokter}'); COMMIT"_s.arg(
               cutoff);
    // The same in the table the server makes for a push (schema 2).
    QTest::newRow("push another district through the server's table")
        << u"BEGIN; SELECT lengkap.push_prepare(); "
           "INSERT INTO push_puskesmas VALUES ('36.02', 0, NULL, 'X', '', true, true, '{1}', "
           "'{1}'); SELECT * FROM lengkap.push('%1', 'sql', false, '{dokter}'); COMMIT"_s.arg(
               cutoff);
}

void TestPgServer::plainSqlAsDistrict()
{
    QFETCH(QString, sql);
    const QString before
        = adminValue(u"SELECT count(*) || '/' || sum(asn[1] + asn[9]) FROM lengkap.puskesmas"_s);
    const Output output = m_cluster.psql(conninfo(u"dinkes_lotim"_s), sql);
    QVERIFY2(output.code != 0, qPrintable(u"the server allowed: "_s + sql));
    QVERIFY2(output.err.contains(u"permission denied"_s) || output.err.contains(u"must be owner"_s)
                 || output.err.contains(u"may push only"_s),
             qPrintable(output.err));
    QCOMPARE(adminValue(u"SELECT count(*) || '/' || sum(asn[1] + asn[9]) FROM lengkap.puskesmas"_s),
             before);
    QCOMPARE(adminValue(u"SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                        "'lengkap' AND table_name = 'push' AND column_name = 'note'"_s),
             u"0"_s);
}

void TestPgServer::plainSqlReads_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("visible"); // the district codes the role reads, as SQL LIKE
    QTest::newRow("district reads its own district") << u"dinkes_lotim"_s << u"52.03"_s;
    QTest::newRow("province reads its province") << u"prov_ntb"_s << u"52.%"_s;
    QTest::newRow("national reads everything") << u"kemenkes"_s << u"%"_s;
    QTest::newRow("a role without an account reads nothing") << u"nobody_here"_s << u""_s;
}

void TestPgServer::plainSqlReads()
{
    QFETCH(QString, role);
    QFETCH(QString, visible);
    if (role == u"nobody_here"_s
        && adminValue(u"SELECT count(*) FROM pg_roles WHERE rolname = "
                      "'nobody_here'"_s)
               == u"0"_s) {
        // A login role in the client group but without a lengkap.account row.
        QCOMPARE(
            m_cluster
                .psqlAdmin(u"lengkap"_s, u"CREATE ROLE nobody_here LOGIN PASSWORD '%1' IN ROLE "
                                         "lengkap_client"_s.arg(QString::fromLatin1(Password)))
                .code,
            0);
        QVERIFY(m_cluster.addPassword(role, QString::fromLatin1(Password)));
    }
    for (const QString &table : {u"push"_s, u"puskesmas"_s}) {
        const QString sql = u"SELECT count(*) FROM lengkap.%1"_s.arg(table);
        const Output output = m_cluster.psql(conninfo(role), sql);
        QVERIFY2(output.code == 0, qPrintable(output.err));
        const QString expected
            = visible.isEmpty()
                  ? u"0"_s
                  : adminValue(sql + u" WHERE district_code LIKE '%1'"_s.arg(visible));
        QCOMPARE(output.out.trimmed(), expected);
        QVERIFY(expected.toInt() > 0 || visible.isEmpty());
    }
    // History of another province: the district and province accounts see none of it.
    const Output lebakHistory = m_cluster.psql(
        conninfo(role), u"SELECT count(*) FROM lengkap.push WHERE district_code LIKE '36.%'"_s);
    QVERIFY2(lebakHistory.code == 0, qPrintable(lebakHistory.err));
    QCOMPARE(lebakHistory.out.trimmed() != u"0"_s, visible == u"%"_s);
}

void TestPgServer::provincePullHoldsItsProvince()
{
    const QString copy = m_dir.filePath(u"ntb-copy.sqlite"_s);
    const Output pulled = cli({u"pull"_s, u"--db"_s, copy, u"--server"_s, conninfo(u"prov_ntb"_s),
                               u"--cutoff"_s, m_cutoffs.last().toString(Qt::ISODate)});
    QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
    compareSummaries(m_sample, copy, m_cutoffs.last(), u"52"_s);
    Store store;
    QVERIFY(store.open(copy).ok());
    Result<Snapshot> snapshot = store.loadSnapshot(m_cutoffs.last());
    QVERIFY(snapshot.ok());
    const Analysis analysis(std::move(*snapshot));
    QCOMPARE(analysis.provinceCodes(), QStringList {u"52"_s});
    // A province account asking for another province gets nothing, and nothing is written.
    const Output other
        = cli({u"pull"_s, u"--db"_s, m_dir.filePath(u"banten.sqlite"_s), u"--server"_s,
               conninfo(u"prov_ntb"_s), u"--province"_s, u"Banten"_s});
    QCOMPARE(other.code, 3);
    QVERIFY(!QFile::exists(m_dir.filePath(u"banten.sqlite"_s)));
}

void TestPgServer::pullReplacesItsScope()
{
    const QDate last = m_cutoffs.last();
    const QDate first = m_cutoffs.first();
    const QString copy = m_dir.filePath(u"scope-copy.sqlite"_s);
    const QString lastText = last.toString(Qt::ISODate);
    const QStringList national = districtsOf(m_sample, last);
    QVERIFY(national.size() > 500);
    const Output all = cli({u"pull"_s, u"--db"_s, copy, u"--server"_s, conninfo(u"kemenkes"_s)});
    QVERIFY2(all.code == 0, qPrintable(all.err));
    QCOMPARE(districtsOf(copy, last), national);
    // Into the same copy, an account that reads Lombok Timur only pulls NTB at one cut-off: NTB's
    // other districts leave the copy, the other provinces and the other cut-off stay.
    const Output ntb = cli({u"pull"_s, u"--db"_s, copy, u"--server"_s, conninfo(u"dinkes_lotim"_s),
                            u"--province"_s, u"Nusa Tenggara Barat"_s, u"--cutoff"_s, lastText});
    QVERIFY2(ntb.code == 0, qPrintable(ntb.err));
    QStringList expected;
    for (const QString &code : national) {
        if (!code.startsWith(u"52."_s) || code == LombokTimur)
            expected.append(code);
    }
    QCOMPARE(districtsOf(copy, last), expected);
    QCOMPARE(districtsOf(copy, first), districtsOf(m_sample, first));
    compareSummaries(m_sample, copy, last, u"36"_s); // Banten as it was
    // Everything at every cut-off: the copy becomes what the account reads now.
    const Output mine
        = cli({u"pull"_s, u"--db"_s, copy, u"--server"_s, conninfo(u"dinkes_lotim"_s)});
    QVERIFY2(mine.code == 0, qPrintable(mine.err));
    QCOMPARE(districtsOf(copy, last), QStringList {LombokTimur});
    QCOMPARE(districtsOf(copy, first), QStringList {LombokTimur});
    Store store;
    QVERIFY(store.open(copy, Store::OpenMode::ReadOnly).ok());
    QCOMPARE(*store.cutoffs(), m_cutoffs);
    Result<Snapshot> a = store.loadSnapshot(last);
    Store source;
    QVERIFY(source.open(m_sample, Store::OpenMode::ReadOnly).ok());
    Result<Snapshot> b = source.loadSnapshot(last);
    QVERIFY(a.ok() && b.ok());
    const Analysis copied(std::move(*a));
    const Analysis original(std::move(*b));
    const RegionSummary x
        = copied.summary(Level::District, LombokTimur, Criteria::Sisdmk, Status::All);
    const RegionSummary y
        = original.summary(Level::District, LombokTimur, Criteria::Sisdmk, Status::All);
    QCOMPARE(x.puskesmas, y.puskesmas);
    QCOMPARE(x.complete, y.complete);
    QCOMPARE(copied.summary(Level::National, {}, Criteria::Sisdmk, Status::All).puskesmas,
             y.puskesmas);
}

void TestPgServer::pullFailingHalfWayLeavesCopy()
{
    const QDate last = m_cutoffs.last();
    const QString copy = m_dir.filePath(u"failing-copy.sqlite"_s);
    const Output all = cli({u"pull"_s, u"--db"_s, copy, u"--server"_s, conninfo(u"kemenkes"_s),
                            u"--cutoff"_s, last.toString(Qt::ISODate)});
    QVERIFY2(all.code == 0, qPrintable(all.err));
    const QStringList before = districtsOf(copy, last);
    QVERIFY(before.size() > 500);
    // The file fails the write after the scope was cleared (a trigger stands for a full disk).
    const auto exec = [&copy](const QString &sql) {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"trigger"_s);
            db.setDatabaseName(copy);
            ok = db.open() && QSqlQuery(db).exec(sql);
        }
        QSqlDatabase::removeDatabase(u"trigger"_s);
        return ok;
    };
    QVERIFY(exec(u"CREATE TRIGGER test_fail BEFORE INSERT ON snapshot_district WHEN "
                 "NEW.district_code = '52.03' BEGIN SELECT RAISE(ABORT, 'test: write failed'); "
                 "END"_s));
    const Output failed
        = cli({u"pull"_s, u"--db"_s, copy, u"--server"_s, conninfo(u"dinkes_lotim"_s),
               u"--province"_s, u"Nusa Tenggara Barat"_s});
    QVERIFY2(failed.code == 4 || failed.code == 3, qPrintable(failed.err));
    QVERIFY2(failed.err.contains(u"test: write failed"_s), qPrintable(failed.err));
    QVERIFY(exec(u"DROP TRIGGER test_fail"_s));
    // All or nothing: the districts the pull had cleared are all back.
    QCOMPARE(districtsOf(copy, last), before);
    compareSummaries(m_sample, copy, last);
}

void TestPgServer::concurrentPushes()
{
    // 20 districts, one account and one laptop file each, pushed at once by 20 processes: every
    // district of Nusa Tenggara Barat but Lombok Timur (it has its own account already), then
    // others.
    Store store;
    QVERIFY(store.open(m_sample).ok());
    Result<Snapshot> snapshot = store.loadSnapshot(m_cutoffs.last());
    QVERIFY(snapshot.ok());
    const Analysis analysis(std::move(*snapshot));
    QStringList districts;
    for (const QString &code : analysis.districtCodes(u"52"_s)) {
        if (code != LombokTimur)
            districts.append(code);
    }
    const qsizetype ntb = districts.size();
    QVERIFY(ntb >= 5);
    for (const QString &code : analysis.districtCodes()) {
        if (!code.startsWith(u"52."_s) && districts.size() < 20)
            districts.append(code);
    }
    QCOMPARE(districts.size(), 20);
    QStringList roles;
    for (const QString &code : std::as_const(districts)) {
        roles.append(u"dinkes_"_s + QString(code).replace(u'.', u'_'));
        addDistrictUser(roles.last(), code);
        QVERIFY(QFile::copy(m_sample, m_dir.filePath(roles.last() + u".sqlite"_s)));
    }
    const QString cutoff = m_cutoffs.last().toString(Qt::ISODate);
    const QString before = adminValue(u"SELECT max(id) FROM lengkap.push"_s);
    QList<QProcess *> processes;
    for (qsizetype i = 0; i < districts.size(); ++i) {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(m_cluster.clientEnvironment());
        // --district takes a name; the code's short name resolves to the same district.
        process->start(QStringLiteral(LENGKAP_CLI),
                       {u"push"_s, u"--db"_s, m_dir.filePath(roles.at(i) + u".sqlite"_s),
                        u"--server"_s, conninfo(roles.at(i)), u"--cutoff"_s, cutoff,
                        u"--district"_s, Wilayah::instance().district(districts.at(i))->name});
        processes.append(process);
    }
    for (qsizetype i = 0; i < processes.size(); ++i) {
        QProcess *process = processes.at(i);
        QVERIFY(process->waitForFinished(240000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 qPrintable(districts.at(i) + u": "_s
                            + QString::fromUtf8(process->readAllStandardError())));
        delete process;
    }
    // Each landed once, by its own account, as the current push; the old ones are history.
    QCOMPARE(adminValue(u"SELECT count(*) FROM lengkap.push WHERE id > %1"_s.arg(before)), u"20"_s);
    QCOMPARE(
        adminValue(u"SELECT count(*) FROM lengkap.push WHERE id > %1 AND replaced_at IS NULL "
                   "AND pushed_by = 'dinkes_' || replace(district_code, '.', '_')"_s.arg(before)),
        u"20"_s);
    QCOMPARE(adminValue(u"SELECT count(*) FROM (SELECT 1 FROM lengkap.push WHERE replaced_at IS "
                        "NULL GROUP BY cutoff, district_code HAVING count(*) > 1) x"_s),
             u"0"_s);
    const QString copy = m_dir.filePath(u"after-concurrent.sqlite"_s);
    const Output pulled = cli({u"pull"_s, u"--db"_s, copy, u"--server"_s, conninfo(u"kemenkes"_s),
                               u"--cutoff"_s, cutoff});
    QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
    compareSummaries(m_sample, copy, m_cutoffs.last());
    // The province planner's view: every NTB district as pushed by its own laptop's account.
    QCOMPARE(adminValue(u"SELECT count(*) FROM lengkap.push WHERE replaced_at IS NULL AND "
                        "cutoff = '%1' AND district_code LIKE '52.%' AND pushed_by = "
                        "'dinkes_' || replace(district_code, '.', '_')"_s.arg(cutoff)),
             QString::number(ntb));
    const QString province = m_dir.filePath(u"ntb-after-laptops.sqlite"_s);
    const Output provincePull = cli({u"pull"_s, u"--db"_s, province, u"--server"_s,
                                     conninfo(u"prov_ntb"_s), u"--cutoff"_s, cutoff});
    QVERIFY2(provincePull.code == 0, qPrintable(provincePull.err));
    compareSummaries(m_sample, province, m_cutoffs.last(), u"52"_s);
}

namespace {

// Starts a push that stops after sending its rows, before committing; returns once it says so.
QProcess *startPausedPush(const PgCluster &cluster, const QStringList &arguments, QObject *parent)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment env = cluster.clientEnvironment();
    env.insert(u"LENGKAP_TEST_PUSH_PAUSE_MS"_s, u"8000"_s);
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(LENGKAP_CLI), arguments);
    QByteArray said;
    QElapsedTimer timer;
    timer.start();
    while (!said.contains("rows sent") && timer.elapsed() < 60000
           && process->state() != QProcess::NotRunning) {
        process->waitForReadyRead(1000);
        said += process->readAllStandardError();
    }
    if (!said.contains("rows sent"))
        qWarning() << "the push did not reach its pause:" << said;
    return process;
}

} // namespace

void TestPgServer::pushKilledHalfWay()
{
    const QString current
        = u"SELECT id || '/' || pushed_by FROM lengkap.push WHERE "
          "district_code = '52.03' AND cutoff = '%1' AND replaced_at IS NULL"_s.arg(
              m_cutoffs.last().toString(Qt::ISODate));
    const QString before = adminValue(current);
    const QString rows = adminValue(u"SELECT count(*) FROM lengkap.puskesmas"_s);
    QVERIFY(!before.isEmpty());
    const QStringList push {
        u"push"_s,       u"--db"_s,        m_sample, u"--server"_s, conninfo(u"dinkes_lotim"_s),
        u"--district"_s, u"Lombok Timur"_s};
    QProcess *process = startPausedPush(m_cluster, push, this);
    QVERIFY(process->state() == QProcess::Running);
    ::kill(pid_t(process->processId()), SIGKILL);
    QVERIFY(process->waitForFinished(30000));
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    delete process;
    // The server notices the dropped connection and rolls its transaction back.
    QElapsedTimer timer;
    timer.start();
    while (adminValue(u"SELECT count(*) FROM pg_stat_activity WHERE usename = 'dinkes_lotim'"_s)
               != u"0"_s
           && timer.elapsed() < 30000)
        QTest::qWait(100);
    QCOMPARE(adminValue(current), before);
    QCOMPARE(adminValue(u"SELECT count(*) FROM lengkap.puskesmas"_s), rows);
    const Output retry = cli(push);
    QVERIFY2(retry.code == 0, qPrintable(retry.err));
    QVERIFY(adminValue(current) != before);
}

void TestPgServer::pushWithServerStoppedHalfWay()
{
    const QString current
        = u"SELECT id || '/' || pushed_by FROM lengkap.push WHERE "
          "district_code = '52.03' AND cutoff = '%1' AND replaced_at IS NULL"_s.arg(
              m_cutoffs.last().toString(Qt::ISODate));
    const QString before = adminValue(current);
    const QString rows = adminValue(u"SELECT count(*) FROM lengkap.puskesmas"_s);
    const QStringList push {
        u"push"_s,       u"--db"_s,        m_sample, u"--server"_s, conninfo(u"dinkes_lotim"_s),
        u"--district"_s, u"Lombok Timur"_s};
    QProcess *process = startPausedPush(m_cluster, push, this);
    QVERIFY(process->state() == QProcess::Running);
    m_cluster.stop();
    QVERIFY(process->waitForFinished(60000));
    const QString said = QString::fromUtf8(process->readAllStandardError());
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 4);
    QVERIFY2(said.contains(u"the connection to the server was lost"_s)
                 && said.contains(u"nothing was changed"_s),
             qPrintable(said));
    delete process;
    // While the server is down the client says so (exit 4) too.
    const Output down = cli(push);
    QCOMPARE(down.code, 4);
    QVERIFY2(down.err.contains(u"cannot connect to the server"_s), qPrintable(down.err));

    const QString restarted = m_cluster.startServer();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QCOMPARE(adminValue(current), before);
    QCOMPARE(adminValue(u"SELECT count(*) FROM lengkap.puskesmas"_s), rows);
    const Output retry = cli(push);
    QVERIFY2(retry.code == 0, qPrintable(retry.err));
    QVERIFY(adminValue(current) != before);
}

void TestPgServer::wrongPasswordRefused()
{
    QFile file(m_cluster.passFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    file.close();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(
        QByteArray(saved).replace("dinkes_lotim:district-secret-7", "dinkes_lotim:wrong-password"));
    file.close();
    const Output pushed = cli({u"pull"_s, u"--db"_s, m_dir.filePath(u"never.sqlite"_s),
                               u"--server"_s, conninfo(u"dinkes_lotim"_s)});
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(saved);
    file.close();
    QCOMPARE(pushed.code, 4);
    QVERIFY2(pushed.err.contains(u"password authentication failed"_s), qPrintable(pushed.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"never.sqlite"_s)));
}

void TestPgServer::newerServerSchemaRefused()
{
    QCOMPARE(m_cluster
                 .psqlAdmin(u"lengkap"_s,
                            u"UPDATE lengkap.meta SET value = '99' WHERE key = 'schema_version'"_s)
                 .code,
             0);
    const Output pushed = cli({u"push"_s, u"--db"_s, m_sample, u"--server"_s,
                               conninfo(u"dinkes_lotim"_s), u"--district"_s, u"Lombok Timur"_s});
    const Output migrated = cli({u"server"_s, u"migrate"_s, u"--server"_s, adminServer()});
    m_cluster.psqlAdmin(u"lengkap"_s,
                        u"UPDATE lengkap.meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(
                            PgServer::SchemaVersion));
    QCOMPARE(pushed.code, 4);
    QVERIFY2(pushed.err.contains(u"newer version of Lengkap (server schema 99"_s),
             qPrintable(pushed.err));
    QCOMPARE(migrated.code, 4);
    QVERIFY2(migrated.err.contains(u"newer version"_s), qPrintable(migrated.err));
}

// A server made by the previous release (schema 1) is refused until migrated; 'server migrate'
// brings it to 2 (push_prepare) and the push works again. (Schema 1's lengkap.push() is not
// remade here: the downgrade only takes push_prepare away and sets the version back.)
void TestPgServer::migrateFromRevision1()
{
    const Output downgraded = m_cluster.psqlAdmin(
        u"lengkap"_s,
        u"DROP FUNCTION lengkap.push_prepare(); "
        "UPDATE lengkap.meta SET value = '1' WHERE key = 'schema_version'"_s);
    QVERIFY2(downgraded.code == 0, qPrintable(downgraded.err));
    const QStringList push {u"push"_s, u"--db"_s, m_sample, u"--server"_s,
                            conninfo(u"dinkes_lotim"_s), u"--district"_s, u"Lombok Timur"_s};
    const Output refused = cli(push);
    QCOMPARE(refused.code, 4);
    QVERIFY2(refused.err.contains(u"older Lengkap schema (1"_s), qPrintable(refused.err));
    const Output migrated = cli({u"server"_s, u"migrate"_s, u"--server"_s, adminServer()});
    QVERIFY2(migrated.code == 0, qPrintable(migrated.err));
    QCOMPARE(adminValue(u"SELECT value FROM lengkap.meta WHERE key = 'schema_version'"_s),
             QString::number(PgServer::SchemaVersion));
    // The new function is the client role's only, as lengkap.push() is.
    QCOMPARE(adminValue(u"SELECT has_function_privilege('public', 'lengkap.push_prepare()', "
                        "'EXECUTE')"_s),
             u"f"_s);
    const Output pushed = cli(push);
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
}

// Schema 1 let the client make the table lengkap.push() reads: a view over the client's own
// function ran that function with the schema owner's rights (here: the standards changed by a
// district account). The push now reads only the table push_prepare() made.
void TestPgServer::pushTableMadeByClientRefused_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("a view over its own function")
        << u"CREATE FUNCTION pg_temp.sneak() RETURNS text LANGUAGE plpgsql AS $f$ BEGIN "
           "UPDATE lengkap.standards SET document = '{}'; RETURN '52.03'; END $f$; "
           "CREATE TEMP VIEW push_puskesmas AS SELECT pg_temp.sneak() AS district_code, 0 AS "
           "pos, NULL::text AS code, 'X'::text AS name, ''::text AS kategori, true AS rpjmn, "
           "true AS registered, '{1}'::smallint[] AS asn, '{1}'::smallint[] AS non_asn;"_s;
    QTest::newRow("a table of its own")
        << u"CREATE TEMP TABLE push_puskesmas (district_code text, pos int, code text, "
           "name text, kategori text, rpjmn boolean, registered boolean, asn smallint[], "
           "non_asn smallint[]) ON COMMIT DROP; INSERT INTO push_puskesmas VALUES ('52.03', 0, "
           "NULL, 'X', '', true, true, '{1}', '{1}');"_s;
    QTest::newRow("its own table after push_prepare")
        << u"SELECT lengkap.push_prepare(); CREATE TEMP TABLE push_puskesmas (x int);"_s;
}

void TestPgServer::pushTableMadeByClientRefused()
{
    QFETCH(QString, table);
    const QString cutoff = m_cutoffs.last().toString(Qt::ISODate);
    const QString standards = adminValue(u"SELECT md5(document) FROM lengkap.standards"_s);
    const QString pushes = adminValue(u"SELECT count(*) FROM lengkap.push"_s);
    const Output output = m_cluster.psql(
        conninfo(u"dinkes_lotim"_s),
        u"BEGIN; %1 SELECT * FROM lengkap.push('%2', 'sql', false, '{dokter}'); COMMIT"_s.arg(
            table, cutoff));
    QVERIFY2(output.code != 0, qPrintable(u"the server allowed: "_s + table));
    QVERIFY2(output.err.contains(u"permission denied"_s)
                 || output.err.contains(u"already exists"_s),
             qPrintable(output.err));
    QCOMPARE(adminValue(u"SELECT md5(document) FROM lengkap.standards"_s), standards);
    QCOMPARE(adminValue(u"SELECT count(*) FROM lengkap.push"_s), pushes);
}

void TestPgServer::pushLeavesLocalFileUntouched()
{
    // push only reads the local file: opened read-only, its bytes are the same afterwards.
    auto digest = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    };
    const QByteArray before = digest(m_sample);
    const QByteArray walBefore = digest(m_sample + u"-wal"_s);
    QVERIFY(!before.isEmpty());
    const Output pushed
        = cli({u"push"_s, u"--db"_s, m_sample, u"--server"_s, adminServer(), u"--province"_s,
               u"Banten"_s, u"--cutoff"_s, m_cutoffs.first().toString(Qt::ISODate)});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    QVERIFY2(pushed.out.contains(u"(8 district"_s), qPrintable(pushed.out));
    // A province's 8 replaced districts are named.
    QVERIFY2(pushed.out.contains(u"replaced the earlier data of Pandeglang, "_s),
             qPrintable(pushed.out));
    QCOMPARE(digest(m_sample), before);
    QCOMPARE(digest(m_sample + u"-wal"_s), walBefore);
}

void TestPgServer::pushSourceReadsAsStore_data()
{
    QTest::addColumn<bool>("sqliteApi");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("code");
    for (const bool api : {true, false}) {
        const char *path = api ? "C API" : "QSqlQuery";
        QTest::addRow("%s, nation", path) << api << int(Level::National) << QString();
        QTest::addRow("%s, NTB", path) << api << int(Level::Province) << u"52"_s;
        QTest::addRow("%s, Lombok Timur", path) << api << int(Level::District) << LombokTimur;
    }
}

void TestPgServer::pushSourceReadsAsStore()
{
    // push's own read gives what Store::loadSnapshot gives for the region, on both read paths
    // (membership lists, flags, every count), for both cut-offs.
    QFETCH(bool, sqliteApi);
    QFETCH(int, level);
    QFETCH(QString, code);
    BulkInsert::setSqliteApiAllowed(sqliteApi);
    const auto restore = qScopeGuard([] { BulkInsert::setSqliteApiAllowed(true); });
    Store store;
    QVERIFY(store.open(m_sample).ok());
    PushSource source;
    QVERIFY(source.open(m_sample).ok());
    QCOMPARE(*source.isServerCopy(), false);
    QCOMPARE(*source.cutoffs(), m_cutoffs);
    for (const QDate &cutoff : std::as_const(m_cutoffs)) {
        const Result<Snapshot> expected = store.loadSnapshot(cutoff);
        QVERIFY(expected.ok());
        const Result<Snapshot> read = source.loadRegion(cutoff, Level(level), code);
        QVERIFY(read.ok());
        QCOMPARE(read->sample, expected->sample);
        QList<PuskesmasData> wanted;
        for (const PuskesmasData &p : expected->puskesmas) {
            if (p.inRegion(Level(level), code))
                wanted.append(p);
        }
        QVERIFY(!wanted.isEmpty());
        QCOMPARE(read->puskesmas.size(), wanted.size());
        int listed = 0;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            const PuskesmasData &a = read->puskesmas.at(i);
            const PuskesmasData &b = wanted.at(i);
            TestUtil::compareFields(a, b);
            if (QTest::currentTestFailed())
                return;
            listed += a.rpjmn + a.registered;
        }
        QVERIFY(listed > 0); // the lists were read, not only defaults
        QStringList districts;
        for (const PuskesmasData &p : wanted) {
            if (districts.isEmpty() || districts.last() != p.districtCode)
                districts.append(p.districtCode);
        }
        QCOMPARE(*source.districtCodes(cutoff, Level(level), code), districts);
        // What a push sends: the same bytes PgServer::pushRows makes of the store's snapshot.
        QVERIFY(source.prepare(cutoff, Level(level), code).ok());
        QCOMPARE(source.preparedSample(), expected->sample);
        QByteArray sent;
        const Result<int> count = source.sendRows([&sent](const QByteArray &rows) {
            sent += rows;
            return true;
        });
        QVERIFY(count.ok());
        const PushRows rows = PgServer::pushRows(*expected, districts);
        QCOMPARE(*count, rows.puskesmasCount);
        QVERIFY(sent == rows.puskesmas);
    }
}

void TestPgServer::pushOfDamagedFileRefused_data()
{
    // The b-tree whose last leaf is damaged: the last leaf holds the latest cut-off's rows,
    // which a national push of that cut-off reads.
    QTest::addColumn<QString>("btree");
    QTest::newRow("counts (staffing)") << u"staffing"_s;
    QTest::newRow("Puskesmas names and districts") << u"puskesmas"_s;
    QTest::newRow("cut-off's Puskesmas") << u"snapshot_puskesmas"_s;
    QTest::newRow("membership lists") << u"list_entry"_s;
}

void TestPgServer::pushOfDamagedFileRefused()
{
    // A push does not check the whole file first; a damaged page it reads ends it: exit 4 with
    // the store's "damaged" message and the file's name, and the server keeps what it had.
    QFETCH(QString, btree);
    const QString damaged = m_dir.filePath(u"damaged.sqlite"_s);
    QFile::remove(damaged);
    {
        Store store; // checkpointed into one file on close
        QVERIFY(store.open(m_sample).ok());
    }
    QVERIFY(QFile::copy(m_sample, damaged));
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(damaged);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' "
                            "ORDER BY path DESC LIMIT 1"_s.arg(btree))
                     && query.next(),
                 "SQLite without the dbstat table");
        page = query.value(0).toLongLong();
        QVERIFY(query.exec(u"PRAGMA page_size"_s) && query.next());
        pageSize = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((page - 1) * pageSize));
        file.write(QByteArray(16, '\x00')); // no valid b-tree page type
    }
    const QString total = u"SELECT count(*) FROM lengkap.push"_s;
    const QString countBefore = adminValue(total);
    const QString rows = u"SELECT count(*) FROM lengkap.puskesmas"_s;
    const QString rowsBefore = adminValue(rows);
    const Output pushed
        = cli({u"push"_s, u"--db"_s, damaged, u"--server"_s, adminServer(), u"--cutoff"_s,
               m_cutoffs.last().toString(Qt::ISODate), u"--lang"_s, u"en"_s});
    QCOMPARE(pushed.code, 4);
    QVERIFY2(pushed.err.contains(u"damaged"_s), qPrintable(pushed.err));
    QVERIFY2(pushed.err.contains(u"damaged.sqlite"_s), qPrintable(pushed.err));
    QCOMPARE(adminValue(total), countBefore);
    QCOMPARE(adminValue(rows), rowsBefore);
}

void TestPgServer::sslRequire()
{
    const QString require = u" sslmode=require"_s;
    const QString last = m_cutoffs.last().toString(Qt::ISODate);
    // Over TCP with sslmode=require the session is encrypted.
    const Output ssl
        = m_cluster.psql(m_cluster.tcpConninfo(u"kemenkes"_s) + require,
                         u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s);
    QVERIFY2(ssl.code == 0, qPrintable(ssl.err));
    QCOMPARE(ssl.out.trimmed(), u"t"_s);
    // push, pull and server commands work with it.
    const Output pushed = cli({u"push"_s, u"--db"_s, m_sample, u"--server"_s,
                               m_cluster.tcpConninfo(u"dinkes_lotim"_s) + require, u"--district"_s,
                               u"Lombok Timur"_s});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    QCOMPARE(adminValue(u"SELECT pushed_by FROM lengkap.push WHERE district_code = '52.03' AND "
                        "cutoff = '%1' AND replaced_at IS NULL"_s.arg(last)),
             u"dinkes_lotim"_s);
    const QString copy = m_dir.filePath(u"ssl-copy.sqlite"_s);
    const Output pulled
        = cli({u"pull"_s, u"--db"_s, copy, u"--server"_s,
               m_cluster.tcpConninfo(u"prov_ntb"_s) + require, u"--cutoff"_s, last});
    QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
    compareSummaries(m_sample, copy, m_cutoffs.last(), u"52"_s);
    const Output standards = cli({u"server"_s, u"standards"_s, u"--server"_s,
                                  m_cluster.tcpConninfo(u"kemenkes"_s) + require, u"--show"_s});
    QVERIFY2(standards.code == 0, qPrintable(standards.err));
    const Output migrate = cli({u"server"_s, u"migrate"_s, u"--server"_s,
                                m_cluster.tcpConninfo(u"lengkap_admin"_s) + require});
    QVERIFY2(migrate.code == 0, qPrintable(migrate.err));
    // verify-full: the certificate checked against its CA (here itself) and the host name.
    const Output verified
        = cli({u"pull"_s, u"--db"_s, m_dir.filePath(u"verified-copy.sqlite"_s), u"--server"_s,
               m_cluster.tcpConninfo(u"prov_ntb"_s) + u" sslmode=verify-full sslrootcert="_s
                   + m_cluster.certificate(),
               u"--cutoff"_s, last});
    QVERIFY2(verified.code == 0, qPrintable(verified.err));

    // A server without SSL: sslmode=require does not connect, says why, exit 4, nothing written.
    m_cluster.stop();
    QString restarted = m_cluster.startServer(false);
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    const QString refusedCopy = m_dir.filePath(u"no-ssl-copy.sqlite"_s);
    const Output refused = cli({u"pull"_s, u"--db"_s, refusedCopy, u"--server"_s,
                                m_cluster.tcpConninfo(u"prov_ntb"_s) + require});
    const Output refusedPush = cli({u"push"_s, u"--db"_s, m_sample, u"--server"_s,
                                    m_cluster.tcpConninfo(u"dinkes_lotim"_s) + require,
                                    u"--district"_s, u"Lombok Timur"_s});
    m_cluster.stop();
    restarted = m_cluster.startServer();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QCOMPARE(refused.code, 4);
    QVERIFY2(refused.err.contains(u"cannot connect to the server"_s)
                 && refused.err.contains(u"does not support SSL"_s),
             qPrintable(refused.err));
    QVERIFY(!QFile::exists(refusedCopy));
    QCOMPARE(refusedPush.code, 4);
    QVERIFY2(refusedPush.err.contains(u"does not support SSL"_s), qPrintable(refusedPush.err));
}

} // namespace Lengkap

QTEST_GUILESS_MAIN(Lengkap::TestPgServer)
#include "tst_pgserver.moc"
