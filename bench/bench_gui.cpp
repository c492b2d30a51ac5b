// bench_gui: how fast the dashboard is with the national sample (issue 5 targets).
//   start-up to a drawn national view (store open, snapshot load, window, first paint) < 1 s
//   a criteria or status toggle at national level (recompute + model reset + layout) < 16 ms
//   drilling into a district (model reset + column fit + layout)                    < 16 ms
//   resident memory with the national view open                                    < 200 MB
// Medians of repeats; "+paint" adds a synchronous repaint of the window (offscreen raster).
#include "benchstats.h"
#include "dashboardwindow.h"
#include "frozentableview.h"
#include "language.h"
#include "samplestore.h"
#include "store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

// The middle of the repeats (benchstats.h: the mean of the two middle ones for an even count).
double median(QList<double> values)
{
    return Bench::Stats {std::move(values)}.median();
}

double rssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

template<typename F> QList<double> timeRepeats(int repeats, F &&step)
{
    QList<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < repeats; ++i) {
        timer.start();
        step(i);
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return times;
}

void report(const char *what, double value, double target, const char *unit)
{
    std::printf("%-52s %9.2f %s   target < %.0f %s   %s\n", what, value, unit, target, unit,
                value < target ? "ok" : "OVER");
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"LengkapBench"_s);
    QSettings().clear();
    Language::apply(Language::indonesian());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"lengkap.sqlite"_s);
    {
        Store store; // the first start installs the sample: not part of the start-up figure
        if (!store.open(path) || !installSampleIfEmpty(store)) {
            std::fprintf(stderr, "cannot prepare the sample database\n");
            return 1;
        }
    }

    QElapsedTimer startup;
    startup.start();
    Store store;
    if (!store.open(path))
        return 1;
    const Result<QList<QDate>> cutoffs = store.cutoffs();
    if (!cutoffs)
        return 1;
    DashboardWindow window;
    if (!window.setData(
            *cutoffs, [&store](QDate c) { return store.loadSnapshot(c); }, path))
        return 1;
    window.resize(1366, 768);
    window.show();
    settle();
    window.repaint();
    const double startupMs = startup.nsecsElapsed() / 1e6;

    const int repeats = 31;
    const QList<double> status = timeRepeats(repeats, [&](int i) {
        window.setStatus(i % 2 ? Status::All : Status::Asn);
        settle();
    });
    const QList<double> criteria = timeRepeats(repeats, [&](int i) {
        window.setCriteria(i % 3 == 0   ? Criteria::Rpjmn
                           : i % 3 == 1 ? Criteria::Registered
                                        : Criteria::Sisdmk);
        settle();
    });
    const QList<double> statusPaint = timeRepeats(repeats, [&](int i) {
        window.setStatus(i % 2 ? Status::All : Status::Asn);
        settle();
        window.repaint();
    });
    window.setStatus(Status::All);
    window.setCriteria(Criteria::Sisdmk);
    window.showProvince(u"52"_s);
    const QList<double> drill = timeRepeats(repeats, [&](int i) {
        if (i % 2 == 0)
            window.showDistrict(u"52.03"_s);
        else
            window.showProvince(u"52"_s);
        settle();
    });
    QList<double> drillIn;
    for (int i = 0; i < drill.size(); i += 2)
        drillIn.append(drill.at(i));
    const QList<double> drillPaint = timeRepeats(repeats, [&](int i) {
        if (i % 2 == 0)
            window.showDistrict(u"52.03"_s);
        else
            window.showProvince(u"52"_s);
        settle();
        window.repaint();
    });
    window.showNational();
    settle();
    window.repaint();
    const double rss = rssMb();

    std::printf(
        "bench_gui: national sample, %lld Puskesmas, window 1366x768, %d repeats (median)\n",
        qlonglong(window.analysis()->snapshot().puskesmas.size()), repeats);
    report("start-up to a drawn national view", startupMs, 1000, "ms");
    report("toggle status at national level", median(status), 16, "ms");
    report("toggle criteria at national level", median(criteria), 16, "ms");
    report("toggle status at national level + paint", median(statusPaint), 16, "ms");
    report("drill into Lombok Timur (reset + fit + layout)", median(drillIn), 16, "ms");
    report("drill in or out + paint", median(drillPaint), 16, "ms");
    report("resident memory, national view open", rss, 200, "MB");
    QSettings().clear();
    return 0;
}
