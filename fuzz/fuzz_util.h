// Helpers shared by the fuzz targets: a scratch folder per process (libFuzzer
// may run several jobs at once) and whole-file writes for the loaders that
// only read from paths.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace crosscheck::fuzz {

// A folder under the system temp dir named after this process, removed at exit.
inline const std::string& ScratchDir() {
  static const std::string dir = [] {
    std::filesystem::path p = std::filesystem::temp_directory_path() /
                              ("crosscheck-fuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(p);
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(std::filesystem::temp_directory_path() /
                                      ("crosscheck-fuzz-" + std::to_string(getpid())),
                                  ignored);
    });
    return p.string();
  }();
  return dir;
}

inline void WriteFile(const std::string& path, std::string_view bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string_view AsView(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Stops the run with a message libFuzzer records as a crash: used for
// broken invariants that are not memory errors.
#define CROSSCHECK_FUZZ_CHECK(cond)                                      \
  do {                                                                   \
    if (!(cond)) {                                                       \
      std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, \
                   __FILE__, __LINE__);                                  \
      std::abort();                                                      \
    }                                                                    \
  } while (0)

}  // namespace crosscheck::fuzz
