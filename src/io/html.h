// Main-article extraction from a news web page.
//
// Keeps the story and drops page furniture: scripts, navigation, headers and
// footers, asides, forms, figures and their captions, embedded frames, and
// any element whose class, id or ARIA role names navigation, menus, footers,
// sharing, social links, related stories, comments, captions, adverts or
// cookie notices. Of what is left it prefers an <article>, then <main>, then
// the element whose <p> children hold the most text (see html.cc for the
// exact rule).
#pragma once

#include <string>
#include <string_view>

#include "crosscheck/status.h"

namespace crosscheck {

struct HtmlArticle {
  // Paragraphs (p, li, blockquote, headings, ... and <br>-separated lines) in
  // document order, whitespace collapsed, joined by one blank line ("\n\n").
  std::string text;
  std::string title;      // og:title, twitter:title, JSON-LD headline or <title>
  std::string published;  // YYYY-MM-DD from page metadata, empty when none parses
  std::string url;        // <link rel="canonical">, else og:url
  std::string source;     // og:site_name or JSON-LD publisher name
};

// `html` must be UTF-8 (pages in other encodings are rejected with the
// invalid-UTF-8 message of NormalizeText). Errors: everything NormalizeText
// rejects, and InvalidInput "<origin>: no article text found in the HTML".
// Entities are decoded by the parser; nesting deeper than 400 elements is
// ignored rather than risking the stack.
Result<HtmlArticle> ExtractHtmlArticle(std::string_view html, std::string_view origin);

}  // namespace crosscheck
