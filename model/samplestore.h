#pragma once

#include "result.h"
#include "store.h"

// The window's first start: a database without any cut-off gets the national sample data set
// (DATA CONTOH), so a new user sees a filled dashboard at once. Shared with the CLI.
namespace Lengkap {

// Does nothing when the open store already holds a cut-off. Otherwise imports every cut-off of
// generateSampleData() with its RPJMN and registered lists; loaded snapshots then say
// sample = true. Each import is atomic; on an error the cut-offs imported before it stay.
Result<void> installSampleIfEmpty(Store &store);

} // namespace Lengkap
