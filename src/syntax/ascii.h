// ASCII lower-casing for feature atoms: the models were trained on it, so it
// must not follow the locale or fold non-ASCII letters.
#pragma once

#include <string>
#include <string_view>

namespace crosscheck::syntax {

inline std::string LowerAscii(std::string_view w) {
  std::string s(w);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace crosscheck::syntax
