// File > Connect to Server (issue 15): the window shows a server's data in the same views,
// read-only, limited to what the account may read; on a real server this test starts.
#include "analysis.h"
#include "dashboardwindow.h"
#include "pgcluster.h"
#include "scenariopanel.h"
#include "serverconnection.h"
#include "skm.h"
#include "store.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using Lengkap::ServerTest::Output;
using Lengkap::ServerTest::PgCluster;

namespace Lengkap {

class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void menuOffersTheServer();
    void nationalAccountSeesTheNation();
    void districtAccountSeesItsDistrict();
    void districtAccountSendsItsDistrict();
    void failedConnectionLeavesTheWindow();
    void serverStandardsInTheDock();

private:
    Output cli(const QStringList &arguments) const
    {
        return PgCluster::run(QStringLiteral(LENGKAP_CLI), arguments, m_cluster.clientEnvironment(),
                              240000);
    }

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_sample;
    Store m_store;
    QList<QDate> m_cutoffs;
    std::unique_ptr<DashboardWindow> m_window;
    ServerConnection *m_connection = nullptr;
    int m_backToLocal = 0;
};

void TestServerWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString reason = m_cluster.start();
    QVERIFY2(reason.isEmpty(),
             qPrintable(u"the test PostgreSQL server did not start: "_s + reason));
    qputenv("PGPASSFILE", QFile::encodeName(m_cluster.passFile()));
    m_sample = m_dir.filePath(u"sample.sqlite"_s);
    Output run = cli({u"demo"_s, u"--db"_s, m_sample});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = cli({u"server"_s, u"init"_s, u"--server"_s, m_cluster.adminConninfo()});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QString passwordFile = m_dir.filePath(u"pw"_s);
    QFile file(passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("window-secret\n");
    file.close();
    for (const QStringList &account :
         {QStringList {u"kemenkes"_s, u"--national"_s},
          QStringList {u"dinkes_lotim"_s, u"--district"_s, u"Lombok Timur"_s}}) {
        run = cli(QStringList {u"server"_s, u"add-user"_s, u"--server"_s, m_cluster.adminConninfo(),
                               u"--password-file"_s, passwordFile, u"--name"_s}
                  + account);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(m_cluster.addPassword(account.first(), u"window-secret"_s));
    }
    run = cli({u"push"_s, u"--db"_s, m_sample, u"--server"_s, m_cluster.adminConninfo()});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(m_store.open(m_sample).ok());
    m_cutoffs = *m_store.cutoffs();
}

void TestServerWindow::cleanupTestCase()
{
    m_cluster.stop();
}

void TestServerWindow::init()
{
    m_window = std::make_unique<DashboardWindow>();
    m_window->resize(1366, 768);
    QVERIFY(m_window->setData(m_cutoffs, [this](QDate c) { return m_store.loadSnapshot(c); }).ok());
    m_backToLocal = 0;
    m_connection = new ServerConnection(
        m_window.get(), [this] { ++m_backToLocal; }, m_sample);
}

void TestServerWindow::cleanup()
{
    m_window.reset();
    m_connection = nullptr;
}

void TestServerWindow::menuOffersTheServer()
{
    const QList<QAction *> actions = m_window->fileMenu()->actions();
    const qsizetype import = actions.indexOf(m_window->importAction());
    QCOMPARE(actions.value(import + 1), m_connection->connectAction());
    QCOMPARE(actions.value(import + 2), m_connection->pushAction());
    QCOMPARE(actions.value(import + 3), m_connection->localAction());
    QVERIFY(!m_connection->localAction()->isEnabled());
    QVERIFY(!m_connection->pushAction()->isEnabled());
}

void TestServerWindow::nationalAccountSeesTheNation()
{
    const Result<void> connected = m_connection->connectTo(m_cluster.conninfo(u"kemenkes"_s));
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
    QVERIFY(m_connection->isConnected());
    QVERIFY(!m_window->importAction()->isEnabled()); // read-only
    QVERIFY(m_connection->localAction()->isEnabled());
    QVERIFY(!m_connection->pushAction()->isEnabled()); // a national account reads only
    const Analysis local(*m_store.loadSnapshot(m_cutoffs.last()));
    const Analysis *shown = m_window->analysis();
    QVERIFY(shown);
    QCOMPARE(shown->snapshot().cutoff, m_cutoffs.last());
    QVERIFY(shown->snapshot().source.startsWith(u"server"_s));
    for (Criteria criteria : {Criteria::Sisdmk, Criteria::Registered, Criteria::Rpjmn}) {
        for (Status status : {Status::All, Status::Asn}) {
            const RegionSummary a = local.national(criteria, status);
            const RegionSummary b = shown->national(criteria, status);
            QCOMPARE(b.puskesmas, a.puskesmas);
            QCOMPARE(b.complete, a.complete);
            QCOMPARE(b.shortage, a.shortage);
            QCOMPARE(b.missingByType, a.missingByType);
        }
    }
    m_window->showDistrict(u"52.03"_s);
    QCOMPARE(m_window->summary().puskesmas, 35);
    QCOMPARE(m_window->summary().complete, 27); // the seed's figures, through the server
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->grab().save(QStringLiteral(LENGKAP_TEST_ARTIFACTS) + u"/server_window.png"_s);

    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty()); // "Connected to …"
    m_connection->showLocal();
    QCOMPARE(m_backToLocal, 1);
    // "Connected to …" is gone with the server (issue 12)
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    QVERIFY(!m_connection->isConnected());
    QVERIFY(m_window->importAction()->isEnabled());
}

void TestServerWindow::districtAccountSeesItsDistrict()
{
    const Result<void> connected = m_connection->connectTo(m_cluster.conninfo(u"dinkes_lotim"_s));
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
    QCOMPARE(m_window->analysis()->districtCodes(), QStringList {u"52.03"_s});
    QCOMPARE(m_window->analysis()->national(Criteria::Sisdmk, Status::All).puskesmas, 35);
}

void TestServerWindow::districtAccountSendsItsDistrict()
{
    const Result<void> connected = m_connection->connectTo(m_cluster.conninfo(u"dinkes_lotim"_s));
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
    QVERIFY(m_connection->pushAction()->isEnabled());
    const QString current
        = u"SELECT pushed_by FROM lengkap.push WHERE district_code = '52.03' "
          "AND cutoff = '%1' AND replaced_at IS NULL"_s.arg(m_cutoffs.last().toString(Qt::ISODate));
    QCOMPARE(m_cluster.psqlAdmin(u"lengkap"_s, current).out.trimmed(), u"lengkap_admin"_s);
    const Result<QString> pushed = m_connection->pushLocal(false);
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().message));
    QVERIFY2(pushed->contains(u"Lombok Timur"_s), qPrintable(*pushed));
    // Only its own district went, by its own account; the admin's push is history now.
    QCOMPARE(m_cluster.psqlAdmin(u"lengkap"_s, current).out.trimmed(), u"dinkes_lotim"_s);
    QCOMPARE(m_cluster
                 .psqlAdmin(u"lengkap"_s,
                            u"SELECT count(*) FROM lengkap.push WHERE pushed_by = 'dinkes_lotim'"_s)
                 .out.trimmed(),
             u"1"_s);
    QVERIFY(m_connection->isConnected());
    QCOMPARE(m_window->analysis()->national(Criteria::Sisdmk, Status::All).complete, 27);
}

void TestServerWindow::failedConnectionLeavesTheWindow()
{
    const Analysis *before = m_window->analysis();
    const Result<void> connected
        = m_connection->connectTo(m_cluster.conninfo(u"kemenkes"_s, u"no_such_database"_s));
    QVERIFY(!connected.ok());
    QVERIFY2(connected.error().message.contains(u"no_such_database"_s),
             qPrintable(connected.error().message));
    QCOMPARE(m_window->analysis(), before);
    QVERIFY(!m_connection->isConnected());
    QVERIFY(m_window->importAction()->isEnabled());
}

void TestServerWindow::serverStandardsInTheDock()
{
    ScenarioPanel *panel = m_window->scenarioPanel();
    auto *edit = panel->findChild<QPushButton *>(u"editStandards"_s);
    QVERIFY(edit);
    const SkmStandards own = panel->standards();
    QVERIFY(!panel->standardsFromSource());
    // The admin sets the province's standards on the server.
    SkmStandards prescribed;
    prescribed.setClassStandard(KategoriClass::NonRawatInap, 2, 7);
    const auto setOnServer = [this](const SkmStandards &standards) {
        const QString file = m_dir.filePath(u"skm.json"_s);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return -1;
        out.write(standards.toJson());
        out.close();
        return cli({u"server"_s, u"standards"_s, u"--server"_s, m_cluster.adminConninfo(),
                    u"--set"_s, file})
            .code;
    };
    QCOMPARE(setOnServer(prescribed), 0);
    QVERIFY(prescribed != own);
    // Connected, the dock uses the server's standards, read-only.
    const Result<void> connected = m_connection->connectTo(m_cluster.conninfo(u"kemenkes"_s));
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));
    QVERIFY(m_window->source() && !m_window->source()->acceptsImports());
    QVERIFY(panel->standardsFromSource());
    QVERIFY(panel->standards() == prescribed);
    QVERIFY(!edit->isEnabled());
    // The SKM table counts against them (the dock, when shown, gets the region so).
    panel->setAnalysis(m_window->analysis(), m_window->level(), m_window->regionCode(),
                       m_window->criteria(), m_window->status());
    QCOMPARE(panel->skm().standard,
             skmSummary(*m_window->analysis(), m_window->level(), m_window->regionCode(),
                        m_window->criteria(), m_window->status(), prescribed)
                 .standard);
    // Back on the local file (through the same interface): the planner's own standards again.
    QVERIFY(
        m_window
            ->setSource(std::shared_ptr<const SnapshotSource>(std::shared_ptr<void>(), &m_store))
            .ok());
    QVERIFY(!panel->standardsFromSource());
    QVERIFY(panel->standards() == own);
    QVERIFY(edit->isEnabled());
    QCOMPARE(m_window->source()->sourceName(), m_sample);
    QCOMPARE(setOnServer(SkmStandards()), 0);
}

} // namespace Lengkap

QTEST_MAIN(Lengkap::TestServerWindow)
#include "tst_serverwindow.moc"
