// Design note. Readability-style extraction, kept deliberately simple:
//  1. Furniture is pruned while walking: by tag (script, nav, aside, figure,
//     ...), by ARIA role, and by class/id words (nav, menu, share, related,
//     comment, caption, advert, cookie, ...). <html>, <body>, <article> and
//     <main> are never pruned by class, because sites put words like
//     "has-comments" on the container of the story itself.
//  2. The root of the story is the <article> with the most text if it holds
//     at least half as much as the best <p>-parent; else the same test for
//     <main>; else the <p>-parent: the element whose direct <p> children
//     hold the most text. Pages without <p> fall back to <body>.
//  3. Block elements and <br> end a paragraph; paragraphs are joined by a
//     blank line, which is what the sentence splitter reads as a break.
#include "io/html.h"

#include <gumbo.h>

#include <cctype>
#include <map>
#include <memory>
#include <vector>

#include "io/html_meta.h"
#include "io/utf8.h"

namespace crosscheck {
namespace {

using html_internal::Attr;

constexpr int kMaxDepth = 400;

bool IsFurnitureTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU: case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HGROUP: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER: case GUMBO_TAG_HR: case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

// Splits "site-navBar share_links" into lower-case words: site nav bar share links.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out(1);
  char prev = 0;
  for (char c : s) {
    bool alnum = std::isalnum(static_cast<unsigned char>(c));
    bool camel = std::isupper(static_cast<unsigned char>(c)) && std::islower(static_cast<unsigned char>(prev));
    if ((!alnum || camel) && !out.back().empty()) out.emplace_back();
    if (alnum) out.back().push_back(char(std::tolower(static_cast<unsigned char>(c))));
    prev = c;
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

bool IsFurnitureWord(const std::string& w) {
  static constexpr std::string_view kPrefixes[] = {
      "nav",     "menu",   "footer",    "share",   "sharing", "social", "related",
      "caption", "advert", "cookie",    "sidebar", "breadcrumb", "newsletter",
      "promo",   "popup",  "subscribe", "modal",   "comment"};
  static constexpr std::string_view kExact[] = {"ad", "ads", "sr"};
  if (w.rfind("commentary", 0) == 0) return false;  // opinion pieces, not reader comments
  for (std::string_view p : kPrefixes) {
    if (w.rfind(p, 0) == 0) return true;
  }
  for (std::string_view e : kExact) {
    if (w == e) return true;
  }
  return false;
}

bool IsFurniture(const GumboNode* node) {
  GumboTag tag = node->v.element.tag;
  if (IsFurnitureTag(tag)) return true;
  if (Attr(node, "hidden")) return true;
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) {
    return false;
  }
  if (const char* role = Attr(node, "role")) {
    for (const std::string& w : Words(role)) {
      if (w == "navigation" || w == "banner" || w == "contentinfo" || w == "complementary" ||
          w == "dialog" || w == "menu" || w == "menubar" || w == "search") {
        return true;
      }
    }
  }
  for (const char* name : {"class", "id"}) {
    if (const char* v = Attr(node, name)) {
      for (const std::string& w : Words(v)) {
        if (IsFurnitureWord(w)) return true;
      }
    }
  }
  return false;
}

const GumboVector& Children(const GumboNode* node) { return node->v.element.children; }
const GumboNode* Child(const GumboNode* node, unsigned i) {
  return static_cast<const GumboNode*>(Children(node).data[i]);
}

// Accumulates paragraphs, collapsing every run of whitespace (including
// no-break and other Unicode spaces) to one ASCII space.
class Paragraphs {
 public:
  void AddText(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = s[i];
      size_t space_len = SpaceLength(s, i);
      if (space_len > 0) {
        pending_space_ = true;
        i += space_len - 1;
        continue;
      }
      if (pending_space_ && !current_.empty()) current_.push_back(' ');
      pending_space_ = false;
      current_.push_back(char(c));
    }
  }
  void Break() {
    if (!current_.empty()) paragraphs_.push_back(std::move(current_));
    current_.clear();
    pending_space_ = false;
  }
  std::string Join() {
    Break();
    std::string out;
    for (const std::string& p : paragraphs_) {
      if (!out.empty()) out += "\n\n";
      out += p;
    }
    return out;
  }
  size_t Size() const {
    size_t n = current_.size();
    for (const std::string& p : paragraphs_) n += p.size();
    return n;
  }

 private:
  // Bytes of the whitespace character at s[i], or 0. Zero-width space counts.
  static size_t SpaceLength(std::string_view s, size_t i) {
    unsigned char c = s[i];
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
    std::string_view rest = s.substr(i);
    if (rest.substr(0, 2) == "\xC2\xA0") return 2;  // U+00A0
    if (rest.size() >= 3 && c == 0xE2 && uint8_t(rest[1]) == 0x80 &&
        ((uint8_t(rest[2]) >= 0x80 && uint8_t(rest[2]) <= 0x8B) || uint8_t(rest[2]) == 0xAF)) {
      return 3;  // U+2000..U+200B, U+202F
    }
    if (rest.substr(0, 3) == "\xE3\x80\x80") return 3;  // U+3000
    return 0;
  }
  std::vector<std::string> paragraphs_;
  std::string current_;
  bool pending_space_ = false;
};

void Collect(const GumboNode* node, Paragraphs& out, int depth) {
  if (depth > kMaxDepth) return;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    out.AddText(node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT || IsFurniture(node)) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_BR) {
    out.Break();
    return;
  }
  bool block = IsBlockTag(tag);
  if (block) out.Break();
  for (unsigned i = 0; i < Children(node).length; ++i) Collect(Child(node, i), out, depth + 1);
  if (block) out.Break();
}

size_t TextSize(const GumboNode* node) {
  Paragraphs p;
  Collect(node, p, 0);
  return p.Size();
}

struct Candidates {
  const GumboNode* body = nullptr;
  const GumboNode* best_article = nullptr;
  const GumboNode* best_main = nullptr;
  size_t article_size = 0, main_size = 0;
  std::map<const GumboNode*, size_t> p_text;  // parent -> text of its <p> children
};

void FindCandidates(const GumboNode* node, Candidates& c, int depth) {
  if (node->type != GUMBO_NODE_ELEMENT || depth > kMaxDepth || IsFurniture(node)) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_BODY && !c.body) c.body = node;
  if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) {
    size_t size = TextSize(node);
    auto& best = tag == GUMBO_TAG_ARTICLE ? c.best_article : c.best_main;
    auto& best_size = tag == GUMBO_TAG_ARTICLE ? c.article_size : c.main_size;
    if (size > best_size) best = node, best_size = size;
  }
  if (tag == GUMBO_TAG_P && node->parent) c.p_text[node->parent] += TextSize(node);
  for (unsigned i = 0; i < Children(node).length; ++i) FindCandidates(Child(node, i), c, depth + 1);
}

const GumboNode* ChooseRoot(const GumboNode* root) {
  Candidates c;
  FindCandidates(root, c, 0);
  const GumboNode* p_parent = nullptr;
  size_t p_size = 0;
  for (const auto& [node, size] : c.p_text) {
    if (size > p_size) p_parent = node, p_size = size;
  }
  if (c.best_article && c.article_size * 2 >= p_size) return c.best_article;
  if (c.best_main && c.main_size * 2 >= p_size) return c.best_main;
  if (p_parent) return p_parent;
  return c.body ? c.body : root;
}

// gumbo 0.10 can emit invalid UTF-8 for a numeric character reference
// whose value overflows ("&#x201DBBBBBBBBBBB;"), although its input was
// valid. Everything handed on must be valid UTF-8 (JSON output needs it), so
// each invalid byte becomes U+FFFD. Linear: each search starts after the
// last bad byte.
std::string ReplaceInvalidUtf8(std::string s) {
  std::string_view rest = s;
  auto bad = FindInvalidUtf8(rest);
  if (!bad) return s;
  std::string out;
  out.reserve(s.size() + 8);
  for (; bad; bad = FindInvalidUtf8(rest)) {
    out.append(rest.substr(0, *bad));
    out.append("\xEF\xBF\xBD");
    rest.remove_prefix(*bad + 1);
  }
  out.append(rest);
  return out;
}

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

}  // namespace

Result<HtmlArticle> ExtractHtmlArticle(std::string_view html, std::string_view origin) {
  Result<std::string> checked = NormalizeText(html, origin);
  if (!checked.ok()) return checked.status();
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read parse errors; do not store them
  std::unique_ptr<GumboOutput, GumboDeleter> doc(
      gumbo_parse_with_options(&options, checked->data(), checked->size()));
  if (!doc || !doc->root) return Status::Internal(std::string(origin) + ": HTML parser failed");

  const GumboNode* story = ChooseRoot(doc->root);
  Paragraphs paragraphs;
  Collect(story, paragraphs, 0);
  HtmlArticle article;
  article.text = ReplaceInvalidUtf8(paragraphs.Join());
  if (article.text.empty()) {
    return Status::InvalidInput(std::string(origin) + ": no article text found in the HTML");
  }
  html_internal::PageMeta meta = html_internal::ReadPageMeta(doc->root);
  article.title = ReplaceInvalidUtf8(std::move(meta.title));
  article.url = ReplaceInvalidUtf8(std::move(meta.url));
  article.source = ReplaceInvalidUtf8(std::move(meta.source));
  article.published = meta.published.empty() ? html_internal::FirstTimeDate(story) : meta.published;
  return article;
}

}  // namespace crosscheck
