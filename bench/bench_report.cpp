// bench_report: the all-districts report (issue 6) for the national sample data set: 514
// districts, ~10,300 Puskesmas, one PDF. Not a test: prints min / median / max wall time, pages,
// file size and the peak resident memory, against the target of < 20 s and bounded memory.
#include "analysis.h"
#include "reportwriter.h"
#include "sampledata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Lengkap;

namespace {

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Resident memory now (VmRSS), to separate the data from what the report adds on top.
long currentRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    int runs = 3;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(u"--runs"_s); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());

    if (QFile loadavg(u"/proc/loadavg"_s); loadavg.open(QIODevice::ReadOnly))
        std::printf("load average: %s", loadavg.readAll().constData());

    const Analysis analysis(sampleSnapshot(generateSampleData()));
    const long rssData = currentRssKb();
    std::printf("sample: %lld Puskesmas in %lld districts; RSS with the data loaded %ld MB "
                "(peak so far %ld MB, sample generation)\n",
                static_cast<long long>(analysis.snapshot().puskesmas.size()),
                static_cast<long long>(analysis.districtCodes().size()), rssData / 1024,
                peakRssKb() / 1024);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"all-districts.pdf"_s);
    QList<double> seconds;
    ReportOutcome last;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<ReportOutcome> outcome
            = ReportWriter::writePdf(path, analysis, ReportOptions {});
        const double s = timer.nsecsElapsed() / 1e9;
        if (!outcome) {
            std::fprintf(stderr, "report failed: %s\n", qPrintable(outcome.error().message));
            return 1;
        }
        last = *outcome;
        seconds.append(s);
        std::printf("  run %d: %.2f s, %d pages, %.1f MB PDF, RSS after %ld MB, peak RSS %ld MB\n",
                    run + 1, s, outcome->pages, QFile(path).size() / 1048576.0,
                    currentRssKb() / 1024, peakRssKb() / 1024);
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("all-districts report (%d districts, %d pages): min %.2f  median %.2f  max %.2f s "
                "(n=%lld); target < 20 s\n",
                last.districts, last.pages, seconds.first(), seconds.at(seconds.size() / 2),
                seconds.last(), static_cast<long long>(seconds.size()));
    std::printf("peak RSS %ld MB; the data alone %ld MB: pages are streamed, one district table "
                "held at a time\n",
                peakRssKb() / 1024, rssData / 1024);
    return 0;
}
