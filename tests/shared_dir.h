// Where ../shared (fixtures, data) is for the whole-product tests:
// $CROSSCHECK_SHARED, else beside the repository. Tests skip when it is absent.
#pragma once

#include <cstdlib>
#include <filesystem>

namespace crosscheck::testing {

inline std::filesystem::path SharedDir() {
  const char* env = std::getenv("CROSSCHECK_SHARED");
  return env ? std::filesystem::path(env) : std::filesystem::path(CROSSCHECK_DATA_DIR) / ".." / ".." / "shared";
}

}  // namespace crosscheck::testing
