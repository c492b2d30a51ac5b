// Scenarios at national scale (issue 14, bench/README.md): a scenario of 5,000 changes on the
// national sample (10,300 Puskesmas); applying one more change, or undoing it, then computing
// the national view the window redraws (headline + the province table); and allocation
// proposals of 3,000 workers over the nation. Not a test: it prints min / median / max and the
// targets (< 16 ms for a change or an undo with its redraw, < 100 ms for a proposal).
#include "analysis.h"
#include "nakestypes.h"
#include "sampledata.h"
#include "scenario.h"
#include "scenarioworkspace.h"
#include "skm.h"
#include "benchstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Lengkap;
using namespace Lengkap::Bench;

namespace {

// What the window computes for the national view: headline and the province table.
int nationalView(const Analysis &analysis)
{
    const RegionSummary national = analysis.national(Criteria::Sisdmk, Status::All);
    const QList<RegionSummary> provinces = analysis.provinces(Criteria::Sisdmk, Status::All);
    return national.complete + int(provinces.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runs(u"runs"_s, u"repetitions (default 30)"_s, u"N"_s, u"30"_s);
    parser.addOption(runs);
    parser.addHelpOption();
    parser.process(app);
    const int n = std::max(7, parser.value(runs).toInt());

    QFile loadavg(u"/proc/loadavg"_s);
    if (loadavg.open(QIODevice::ReadOnly))
        std::printf("load average: %s", loadavg.readAll().constData());

    const Snapshot base = sampleSnapshot(generateSampleData());
    const qint64 puskesmas = base.puskesmas.size();
    std::printf("national sample: %lld Puskesmas, %d types\n", static_cast<long long>(puskesmas),
                NakesTypes::count());

    // 5,000 changes of every kind, at random Puskesmas.
    QRandomGenerator random(14);
    const int types = NakesTypes::count();
    auto randomChange = [&] {
        ScenarioChange c;
        c.kind = ScenarioChange::Kind(random.bounded(3));
        c.puskesmasId = 1 + random.bounded(puskesmas);
        c.toPuskesmasId = 1 + random.bounded(puskesmas);
        c.type = random.bounded(types);
        c.asn = random.bounded(2);
        c.count = c.kind == ScenarioChange::Kind::Add ? random.bounded(-2, 4) : 1;
        return c;
    };
    ScenarioDocument document;
    document.name = u"bench"_s;
    document.cutoff = base.cutoff;
    for (int i = 0; i < 5000; ++i)
        document.changes.append(randomChange());
    QElapsedTimer timer;
    timer.start();
    ScenarioWorkspace workspace(base, document);
    std::printf("  open a scenario of %lld changes (baseline + scenario analyses): %.1f ms\n",
                static_cast<long long>(workspace.changes().size()), elapsedMs(timer));

    Stats push;
    Stats undo;
    Stats view;
    int sink = 0;
    for (int i = 0; i < n; ++i) {
        const ScenarioChange change = randomChange();
        timer.restart();
        workspace.push({change});
        sink += nationalView(*workspace.analysis());
        push.ms.append(elapsedMs(timer));
        timer.restart();
        workspace.pop();
        sink += nationalView(*workspace.analysis());
        undo.ms.append(elapsedMs(timer));
        timer.restart();
        sink += nationalView(*workspace.analysis());
        view.ms.append(elapsedMs(timer));
    }
    printStats("apply one change + national view (5,000 changes)", push, "target < 16 ms");
    printStats("undo one change + national view (5,000 changes)", undo, "target < 16 ms");
    printStats("  of which the national view alone", view);

    Stats perType;
    Stats total;
    const Analysis &analysis = *workspace.baseline();
    auto type = [](const char *key) {
        return NakesTypes::indexOf(QString::fromLatin1(key));
    };
    const QList<Placement> placements {{type("dokter_gigi"), 1200},
                                       {type("atlm"), 900},
                                       {type("gizi"), 400},
                                       {type("farmasi"), 300},
                                       {type("promkes"), 200}};
    for (int i = 0; i < n; ++i) {
        ProposalRequest request;
        request.placements = placements;
        timer.restart();
        const ScenarioResult r
            = planProposal(analysis, Level::National, {}, Criteria::Sisdmk, Status::All, request);
        perType.ms.append(elapsedMs(timer));
        sink += r.completeAfter;
        request.total = 3000;
        timer.restart();
        const ScenarioResult t
            = planProposal(analysis, Level::National, {}, Criteria::Sisdmk, Status::All, request);
        total.ms.append(elapsedMs(timer));
        sink += t.completeAfter;
    }
    printStats("proposal: 3,000 workers of 5 types, nation", perType, "target < 100 ms");
    printStats("proposal: a total of 3,000 of any types, nation", total, "target < 100 ms");

    // The dock's modes (issue 14, second pass): a total, ASN only, with SKM leftovers; a total
    // larger than the empty cells, so 3,000 go one by one where the SKM shortage is largest;
    // and the dock's recomputation with nothing to place, which follows every change and undo
    // while the dock is open.
    Stats asnTotal;
    Stats skmTotal;
    Stats idle;
    Stats skmTable;
    const int emptyCells = analysis.national(Criteria::Sisdmk, Status::All).shortage;
    for (int i = 0; i < n; ++i) {
        ProposalRequest request;
        request.total = 3000;
        timer.restart();
        const ScenarioResult a
            = planProposal(analysis, Level::National, {}, Criteria::Sisdmk, Status::Asn, request);
        asnTotal.ms.append(elapsedMs(timer));
        sink += a.completeAfter;
        request.total = emptyCells + 3000;
        timer.restart();
        const ScenarioResult k
            = planProposal(analysis, Level::National, {}, Criteria::Sisdmk, Status::All, request);
        skmTotal.ms.append(elapsedMs(timer));
        sink += k.totalSkm();
        timer.restart();
        const ScenarioResult e = planProposal(*workspace.analysis(), Level::National, {},
                                              Criteria::Sisdmk, Status::All, ProposalRequest {});
        idle.ms.append(elapsedMs(timer));
        sink += e.completeBefore;
        timer.restart();
        const SkmSummary table = skmSummary(*workspace.analysis(), Level::National, {},
                                            Criteria::Sisdmk, Status::All, SkmStandards());
        skmTable.ms.append(elapsedMs(timer));
        sink += table.meetingAll;
    }
    printStats("dock: total 3,000 of any types, ASN only, nation", asnTotal, "target < 100 ms");
    std::printf("  (empty cells in the nation: %d)\n", emptyCells);
    printStats("dock: total = empty cells + 3,000 (3,000 by SKM)", skmTotal, "target < 100 ms");
    printStats("dock: nothing to place (after each change/undo)", idle);
    printStats("dock: its SKM table, nation (after each change/undo)", skmTable);
    std::printf("(checksum %d)\n", sink);
    return 0;
}
