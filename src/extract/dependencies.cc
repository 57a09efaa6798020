#include "extract/dependencies.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "extract/dateline.h"

namespace crosscheck {

DependencyView::DependencyView(const Doc& doc, const SyntaxModel* model)
    : doc_(doc), model_(model), sentence_of_(doc.tokens.size(), UINT32_MAX) {
  if (!model_) return;
  parsed_.assign(doc.sentences.size(), 0);
  head_.assign(doc.tokens.size(), -1);
  relation_.assign(doc.tokens.size(), {});
  penn_.assign(doc.tokens.size(), {});
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    for (uint32_t i = doc.sentences[s].token_begin; i < doc.sentences[s].token_end; ++i) sentence_of_[i] = s;
  }
}

bool DependencyView::Ensure(size_t sentence) const {
  if (!model_ || sentence >= parsed_.size()) return false;
  if (parsed_[sentence]) return parsed_[sentence] == 1;
  const Sentence& s = doc_.sentences[sentence];
  // A dateline ("DHAKA, Nov 10 (AFP) -") is no part of the clause and is
  // nothing like the treebank's sentences: the parse starts after it.
  const size_t body = DatelineEnd(doc_, s);
  const size_t n = s.token_end - body;
  if (n == 0 || n > kMaxWords) {
    parsed_[sentence] = 2;
    return false;
  }
  std::vector<std::string_view> words;
  words.reserve(n);
  for (size_t i = body; i < s.token_end; ++i) words.push_back(doc_.token_text(i));
  std::vector<int> tag_ids, heads, labels;
  model_->tagger.Tag(words, &tag_ids);
  std::vector<std::string_view> tags;
  tags.reserve(n);
  for (int t : tag_ids) tags.push_back(model_->tagger.TagName(t));
  model_->parser.Parse(words, tags, &heads, &labels);
  int root = -1;
  for (size_t k = 0; k < n; ++k) {
    const size_t i = body + k;
    head_[i] = heads[k] == 0 ? -1 : static_cast<int>(body) + heads[k] - 1;
    relation_[i] = model_->parser.LabelName(labels[k]);
    penn_[i] = model_->tagger.Xpos(tag_ids[k]);
    if (heads[k] == 0) root = static_cast<int>(i);
  }
  // The dateline's tokens hang on the root, so the sentence keeps one root.
  for (size_t i = s.token_begin; i < body; ++i) {
    head_[i] = root;
    relation_[i] = "dep";
    penn_[i] = doc_.tokens[i].kind == TokenKind::kWord ? "NNP" : doc_.tokens[i].kind == TokenKind::kNumber ? "CD" : ":";
  }
  parsed_[sentence] = 1;
  if (std::getenv("CROSSCHECK_DEBUG_PARSE")) {
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      std::fprintf(stderr, "%s/%.*s/%d/%.*s ", std::string(doc_.token_text(i)).c_str(), int(penn_[i].size()), penn_[i].data(),
                   head_[i] < 0 ? 0 : head_[i] - int(s.token_begin) + 1, int(relation_[i].size()), relation_[i].data());
    }
    std::fprintf(stderr, "\n");
  }
  return true;
}

bool DependencyView::Is(size_t token, std::string_view base) const {
  const std::string_view r = relation_[token];
  return r.substr(0, base.size()) == base && (r.size() == base.size() || r[base.size()] == ':');
}

std::vector<size_t> DependencyView::Children(size_t token) const {
  std::vector<size_t> out;
  const uint32_t s = sentence_of_[token];
  if (s == UINT32_MAX || parsed_[s] != 1) return out;
  for (uint32_t i = doc_.sentences[s].token_begin; i < doc_.sentences[s].token_end; ++i) {
    if (head_[i] == static_cast<int>(token)) out.push_back(i);
  }
  return out;
}

std::optional<size_t> DependencyView::Child(size_t token, std::string_view base) const {
  for (size_t c : Children(token)) {
    if (Is(c, base)) return c;
  }
  return std::nullopt;
}

std::optional<size_t> DependencyView::ChildWithCase(size_t token, std::string_view marker) const {
  for (size_t c : Children(token)) {
    if (!Is(c, "obl") && !Is(c, "nmod")) continue;
    for (size_t m : Children(c)) {
      if (Is(m, "case") && doc_.tokens[m].lower == marker) return c;
    }
  }
  return std::nullopt;
}

size_t DependencyView::HeadOfSpan(size_t begin, size_t end) const {
  for (size_t i = begin; i < end; ++i) {
    if (head_[i] < static_cast<int>(begin) || head_[i] >= static_cast<int>(end)) return i;
  }
  return begin;
}

bool DependencyView::IsPassive(size_t verb) const {
  bool own_subject = false;
  for (size_t c : Children(verb)) {
    if (relation_[c] == "nsubj:pass" || relation_[c] == "aux:pass") return true;
    own_subject |= Is(c, "nsubj");
  }
  // "was briefly detained and released": a participle coordinated with a
  // passive verb, with no subject of its own, shares its voice.
  if (Is(verb, "conj") && penn_[verb] == "VBN" && !own_subject && head_[verb] >= 0 &&
      static_cast<size_t>(head_[verb]) < verb) {
    return IsPassive(static_cast<size_t>(head_[verb]));
  }
  return Is(verb, "acl") && relation_[verb] != "acl:relcl" && penn_[verb] == "VBN";
}

std::optional<size_t> DependencyView::SubjectOf(size_t verb, bool passive_subject) const {
  size_t v = verb;
  for (int hop = 0; hop < 4; ++hop) {
    for (size_t c : Children(v)) {
      // Either voice: the tagger often reads a passive participle as an
      // adjective ("were wounded" as JJ with a copula).
      if (!Is(c, "nsubj")) continue;
      // "the migrants who were shot": a relative pronoun stands for the noun the clause modifies.
      const std::string& w = doc_.tokens[c].lower;
      if ((w == "who" || w == "which" || w == "that") && relation_[v] == "acl:relcl" && head_[v] >= 0) {
        return static_cast<size_t>(head_[v]);
      }
      return c;
    }
    if (head_[v] < 0) return std::nullopt;
    const std::string_view rel = relation_[v];
    const std::string_view tag = penn_[v];
    // "were taken to hospital after being hit": a passive gerund adjunct
    // undergoes what it says to the main clause's subject.
    bool passive_gerund = false;
    if (rel == "advcl" && tag == "VBN") {
      for (size_t c : Children(v)) passive_gerund |= Is(c, "aux") && doc_.tokens[c].lower == "being";
    }
    if (rel == "conj" || rel == "xcomp" || (rel == "advcl" && tag == "VBG") || passive_gerund) {
      v = static_cast<size_t>(head_[v]);
      continue;
    }
    if (rel == "acl") {
      // "demonstrators wielding stones": the noun does the act; "migrants killed": it undergoes it.
      if ((tag == "VBG" && !passive_subject) || (tag == "VBN" && passive_subject)) return static_cast<size_t>(head_[v]);
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace crosscheck
