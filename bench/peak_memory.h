// Resident-memory figures of the current process, for benchmarks.
//
// Linux only in substance: the figures come from /proc/self/status (VmRSS,
// VmHWM). Where that file is missing, PeakRssBytes falls back to getrusage
// (ru_maxrss, which can never be reset) and CurrentRssBytes returns 0.
#pragma once

#include <cstddef>

namespace crosscheck::bench {

// Resident set size now, in bytes; 0 when unknown.
size_t CurrentRssBytes();

// Highest resident set size since start or the last successful ResetPeakRss().
size_t PeakRssBytes();

// Sets the high-water mark back to the current RSS (writes "5" to
// /proc/self/clear_refs, Linux >= 4.0), so that a later PeakRssBytes()
// measures one phase only. False when the kernel refused: the peak then stays
// cumulative over the whole process.
bool ResetPeakRss();

}  // namespace crosscheck::bench
