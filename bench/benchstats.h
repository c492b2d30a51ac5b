#pragma once

// What every benchmark here prints: repeated timings in milliseconds, their minimum, median and
// maximum on one line (the machines are noisy: medians are the figures to quote, bench/README.md).
#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>

namespace Lengkap::Bench {

struct Stats
{
    QList<double> ms;

    double min() const { return ms.isEmpty() ? 0.0 : *std::min_element(ms.cbegin(), ms.cend()); }
    double max() const { return ms.isEmpty() ? 0.0 : *std::max_element(ms.cbegin(), ms.cend()); }
    // The middle value; for an even count the mean of the two middle ones.
    double median() const
    {
        if (ms.isEmpty())
            return 0.0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype n = sorted.size();
        return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
    }
};

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// "  label  min …  median …  max … ms  (n=…)  target"
inline void printStats(const char *label, const Stats &stats, const char *target = nullptr)
{
    std::printf("  %-52s min %9.3f  median %9.3f  max %9.3f ms  (n=%lld)%s%s\n", label,
                stats.min(), stats.median(), stats.max(), static_cast<long long>(stats.ms.size()),
                target ? "  " : "", target ? target : "");
}

} // namespace Lengkap::Bench
