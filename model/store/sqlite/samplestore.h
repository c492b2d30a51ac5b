#pragma once

#include "result.h"
#include "store.h"

#include <QDate>
#include <QList>

// The national sample data set (DATA CONTOH) into a store: `lengkap-cli demo` and the window's
// first start share this.
namespace Lengkap {

struct SampleInstall
{
    QList<QDate> cutoffs; // oldest first
    int puskesmas = 0; // per cut-off
};

// Imports every cut-off of generateSampleData() with its RPJMN and registered lists, all or
// nothing (one transaction). The sample replaces the data of its own districts at its own
// cut-offs; other cut-offs stay.
Result<SampleInstall> installSample(Store &store);

// Does nothing when the open store already holds a cut-off; otherwise installSample().
Result<void> installSampleIfEmpty(Store &store);

} // namespace Lengkap
