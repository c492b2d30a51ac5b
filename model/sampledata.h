#pragma once

#include "importbatch.h"
#include "snapshot.h"

#include <QDate>
#include <QList>

// The national sample data set (DATA CONTOH) behind `lengkap-cli demo` and the window's first
// start: generated, never real, except Kabupaten Lombok Timur, which holds the 35 real rows of the
// seed document so the sample reproduces the seed's figures (DOMAIN.md §4).
namespace Lengkap {

// The data of one cut-off. batch.sample is true and batch.format is "demo".
struct SampleCutoff
{
    QDate cutoff;
    ImportBatch batch;
};

struct SampleData
{
    QList<SampleCutoff> cutoffs; // two cut-offs a month apart, oldest first
    QList<ListEntry> rpjmn; // exactly RpjmnCount entries (codes), all of Lombok Timur
    QList<ListEntry> registered; // a little smaller than the SISDMK list (every Puskesmas)
    // Digests of the lists' codes, standing in for the SHA-256 of a list file (Store::importList).
    QString rpjmnSha256;
    QString registeredSha256;

    static constexpr int RpjmnCount = 10195; // the RPJMN output list (IKK), DOMAIN.md §2
};

// Deterministic: the same seed gives the same data on every machine and compiler (own PRNG,
// integer arithmetic only). About 10,300 Puskesmas in all 514 districts, named after the real
// kecamatan; completeness high in Java and Bali, low in Papua and Maluku, near 45% nationally.
// Lombok Timur's rows are the same in both cut-offs; elsewhere a few workers come and go.
// Takes a few tens of milliseconds (the wilayah list is loaded on first use).
SampleData generateSampleData(QDate latestCutoff = QDate(2025, 6, 1), quint64 seed = 20250601);

// The latest cut-off of `data` as the store loads it after installSample(), without a store
// (snapshotFromBatch): for benchmarks and engine tests on national scale. tst_sampledata
// checks it against the store's, row for row.
Snapshot sampleSnapshot(const SampleData &data);

} // namespace Lengkap
