#include "io/html_meta.h"

#include <strings.h>

#include <array>
#include <nlohmann/json.hpp>
#include <string_view>

#include "io/date.h"

namespace crosscheck::html_internal {
namespace {

constexpr int kMaxDepth = 400;

// Meta names that carry the publication date, best first.
constexpr std::array<std::string_view, 12> kDateKeys = {
    "article:published_time", "og:published_time", "datepublished", "pubdate",
    "publishdate",            "publish-date",      "parsely-pub-date", "sailthru.date",
    "dc.date.issued",         "dcterms.created",   "dc.date",          "date"};

std::string DateOf(std::string_view value) {
  Result<std::string> d = NormalizePublishedDate(Squeeze(value), "");
  return d.ok() ? *d : std::string();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  return out;
}

std::string TextOf(const GumboNode* node) {
  std::string out;
  if (node->type == GUMBO_NODE_TEXT) return node->v.text.text;
  if (node->type != GUMBO_NODE_ELEMENT) return out;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) out += TextOf(static_cast<GumboNode*>(kids.data[i]));
  return out;
}

// Finds the first string under `key` anywhere in a JSON-LD tree.
std::string FindJsonString(const nlohmann::json& j, std::string_view key, int depth = 0) {
  if (depth > 32) return "";
  if (j.is_object()) {
    auto it = j.find(std::string(key));
    if (it != j.end() && it->is_string()) return it->get<std::string>();
    for (const auto& [k, v] : j.items()) {
      if (std::string s = FindJsonString(v, key, depth + 1); !s.empty()) return s;
    }
  } else if (j.is_array()) {
    for (const auto& v : j) {
      if (std::string s = FindJsonString(v, key, depth + 1); !s.empty()) return s;
    }
  }
  return "";
}

std::string PublisherName(const nlohmann::json& j, int depth = 0) {
  if (depth > 32) return "";
  if (j.is_object()) {
    auto it = j.find("publisher");
    if (it != j.end()) {
      if (it->is_string()) return it->get<std::string>();
      if (it->is_object() && it->contains("name") && (*it)["name"].is_string()) {
        return (*it)["name"].get<std::string>();
      }
    }
    for (const auto& [k, v] : j.items()) {
      if (std::string s = PublisherName(v, depth + 1); !s.empty()) return s;
    }
  } else if (j.is_array()) {
    for (const auto& v : j) {
      if (std::string s = PublisherName(v, depth + 1); !s.empty()) return s;
    }
  }
  return "";
}

struct Found {
  std::string title_tag, og_title, ld_headline, canonical, og_url, site_name, ld_publisher;
  std::array<std::string, kDateKeys.size()> dates;
  std::string ld_date, time_pubdate;
};

void ReadMetaTag(const GumboNode* node, Found& f) {
  const char* key = Attr(node, "property");
  if (!key) key = Attr(node, "name");
  if (!key) key = Attr(node, "itemprop");
  const char* content = Attr(node, "content");
  if (!key || !content) return;
  std::string k = Lower(key);
  if (k == "og:title" && f.og_title.empty()) f.og_title = Squeeze(content);
  if (k == "twitter:title" && f.og_title.empty()) f.og_title = Squeeze(content);
  if (k == "og:url" && f.og_url.empty()) f.og_url = Squeeze(content);
  if (k == "og:site_name" && f.site_name.empty()) f.site_name = Squeeze(content);
  for (size_t i = 0; i < kDateKeys.size(); ++i) {
    if (k == kDateKeys[i] && f.dates[i].empty()) f.dates[i] = DateOf(content);
  }
}

void ReadJsonLd(const GumboNode* node, Found& f) {
  nlohmann::json j = nlohmann::json::parse(TextOf(node), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return;
  if (f.ld_date.empty()) f.ld_date = DateOf(FindJsonString(j, "datePublished"));
  if (f.ld_headline.empty()) f.ld_headline = Squeeze(FindJsonString(j, "headline"));
  if (f.ld_publisher.empty()) f.ld_publisher = Squeeze(PublisherName(j));
}

void Walk(const GumboNode* node, Found& f, int depth) {
  if (node->type != GUMBO_NODE_ELEMENT || depth > kMaxDepth) return;
  const char* type = Attr(node, "type");
  switch (node->v.element.tag) {
    case GUMBO_TAG_TITLE:
      if (f.title_tag.empty()) f.title_tag = Squeeze(TextOf(node));
      return;
    case GUMBO_TAG_META:
      ReadMetaTag(node, f);
      return;
    case GUMBO_TAG_LINK: {
      const char* rel = Attr(node, "rel");
      const char* href = Attr(node, "href");
      if (rel && href && Lower(rel) == "canonical" && f.canonical.empty()) f.canonical = Squeeze(href);
      return;
    }
    case GUMBO_TAG_SCRIPT:
      if (type && Lower(type) == "application/ld+json") ReadJsonLd(node, f);
      return;
    case GUMBO_TAG_TIME:
      if (f.time_pubdate.empty() && (Attr(node, "pubdate") || Attr(node, "itemprop"))) {
        if (const char* dt = Attr(node, "datetime")) f.time_pubdate = DateOf(dt);
      }
      break;
    default:
      break;
  }
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) Walk(static_cast<GumboNode*>(kids.data[i]), f, depth + 1);
}

const std::string& FirstNonEmpty(std::initializer_list<const std::string*> options) {
  static const std::string kEmpty;
  for (const std::string* s : options) {
    if (!s->empty()) return *s;
  }
  return kEmpty;
}

}  // namespace

const char* Attr(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

std::string Squeeze(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

PageMeta ReadPageMeta(const GumboNode* root) {
  Found f;
  Walk(root, f, 0);
  PageMeta m;
  m.title = FirstNonEmpty({&f.og_title, &f.ld_headline, &f.title_tag});
  m.url = FirstNonEmpty({&f.canonical, &f.og_url});
  m.source = FirstNonEmpty({&f.site_name, &f.ld_publisher});
  for (const std::string& d : f.dates) {
    if (m.published.empty()) m.published = d;
  }
  if (m.published.empty()) m.published = FirstNonEmpty({&f.ld_date, &f.time_pubdate});
  return m;
}

std::string FirstTimeDate(const GumboNode* node) {
  std::vector<std::pair<const GumboNode*, int>> stack = {{node, 0}};
  while (!stack.empty()) {
    auto [n, depth] = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT || depth > kMaxDepth) continue;
    if (n->v.element.tag == GUMBO_TAG_TIME) {
      if (const char* dt = Attr(n, "datetime")) {
        if (std::string d = DateOf(dt); !d.empty()) return d;
      }
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back({static_cast<GumboNode*>(kids.data[i]), depth + 1});
  }
  return "";
}

}  // namespace crosscheck::html_internal
