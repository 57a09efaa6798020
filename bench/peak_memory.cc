#include "peak_memory.h"

#include <sys/resource.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace crosscheck::bench {
namespace {

// The "<field>:  <n> kB" line of /proc/self/status, in bytes; 0 if absent.
size_t StatusFieldBytes(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  const std::string key = field + ":";
  while (std::getline(in, line)) {
    if (line.compare(0, key.size(), key) == 0) return std::strtoull(line.c_str() + key.size(), nullptr, 10) * 1024;
  }
  return 0;
}

}  // namespace

size_t CurrentRssBytes() { return StatusFieldBytes("VmRSS"); }

size_t PeakRssBytes() {
  if (size_t hwm = StatusFieldBytes("VmHWM")) return hwm;
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
  return static_cast<size_t>(usage.ru_maxrss) * 1024;  // Linux reports kilobytes
}

bool ResetPeakRss() {
  std::ofstream out("/proc/self/clear_refs");
  if (!out) return false;
  out << "5";
  out.flush();
  return static_cast<bool>(out);
}

}  // namespace crosscheck::bench
