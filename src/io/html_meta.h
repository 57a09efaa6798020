// Internal to html.cc: page metadata (title, date, canonical url, outlet).
#pragma once

#include <gumbo.h>

#include <string>

namespace crosscheck::html_internal {

struct PageMeta {
  std::string title, published, url, source;
};

// Reads <title>, <meta>, <link rel=canonical> and JSON-LD from the whole
// document. `published` is normalized to YYYY-MM-DD or left empty.
PageMeta ReadPageMeta(const GumboNode* root);

// The first <time datetime> (a parseable date) under `node`, or "".
std::string FirstTimeDate(const GumboNode* node);

// Attribute value or nullptr.
const char* Attr(const GumboNode* node, const char* name);

// Whitespace collapsed to single spaces, trimmed.
std::string Squeeze(std::string_view text);

}  // namespace crosscheck::html_internal
