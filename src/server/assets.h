// The page's files, built into the binary (web_assets.cc is generated at
// build time from web/ by embed_assets.cmake; see src/server/CMakeLists.txt).
#pragma once

#include <string_view>

namespace crosscheck::server {

struct Asset {
  std::string_view path;          // "/app/main.js"
  std::string_view content_type;  // "text/javascript; charset=utf-8"
  std::string_view body;
};

// The asset served at exactly `path` ("/" is the page itself), or nullptr.
// Lookup is by whole path in a fixed table, never by file name on disk, so
// no request can reach a file outside it.
const Asset* FindAsset(std::string_view path);

}  // namespace crosscheck::server
