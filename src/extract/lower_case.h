// ASCII lower case of a phrase as written ("The attackers" -> "the
// attackers"), for comparing names and slot texts; tokens carry their own
// `lower` already.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace crosscheck {

inline std::string LowerCase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

}  // namespace crosscheck
