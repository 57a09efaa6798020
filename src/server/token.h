// The write token: who may change the store through the API.
#pragma once

#include <string>
#include <string_view>

#include "crosscheck/status.h"

namespace crosscheck::server {

// 32 random bytes from the operating system, as 64 hex digits.
Result<std::string> GenerateToken();

// Compares in time that depends only on the lengths, never on where the
// first difference is, so response timing does not reveal a token's prefix.
bool TokensEqual(std::string_view expected, std::string_view given);

// The token of an "Authorization: Bearer <token>" header value, or "".
std::string_view BearerToken(std::string_view authorization);

}  // namespace crosscheck::server
