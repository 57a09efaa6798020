// DependencyView: the dependency parse of the sentences that carry event
// words, computed on first use and kept beside the Doc.
//
// Extraction parses only the sentences it reads arguments from (those with a
// trigger), because the tagger and parser cost far more per sentence than the
// rest of extraction. The view answers the questions SlotFinder asks: the
// head and relation of a token, its children, the subject a verb inherits
// through coordination, control or a gerund adjunct.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "syntax/syntax.h"
#include "text/doc.h"

namespace crosscheck {

class DependencyView {
 public:
  // model may be null: then nothing is parsed and every query says "unknown".
  DependencyView(const Doc& doc, const SyntaxModel* model);

  bool available() const { return model_ != nullptr; }
  const Doc& doc() const { return doc_; }

  // Parses sentence s unless it was parsed already. Returns false when no
  // model is loaded or the sentence is longer than kMaxWords.
  bool Ensure(size_t sentence) const;

  // For a token of a parsed sentence: its head token (-1 for the root), its
  // relation with subtype ("nsubj:pass") and its Penn tag ("VBN").
  int Head(size_t token) const { return head_[token]; }
  std::string_view Relation(size_t token) const { return relation_[token]; }
  std::string_view Penn(size_t token) const { return penn_[token]; }
  // True when the relation is `base` or one of its subtypes ("obl" matches "obl:tmod").
  bool Is(size_t token, std::string_view base) const;

  // Children of `token` in its sentence, left to right.
  std::vector<size_t> Children(size_t token) const;
  // The first child whose relation is `base` (or a subtype), if any.
  std::optional<size_t> Child(size_t token, std::string_view base) const;
  // The first child that is a nominal introduced by the preposition `marker`
  // ("by" for agents of passives, "of" for "the killing of two migrants").
  std::optional<size_t> ChildWithCase(size_t token, std::string_view marker) const;

  // [begin, end) of `head` with the dependents `keep(token)` accepts, and
  // theirs in turn: a phrase cut out of the tree ("The head of the mission"
  // without its relative clause).
  template <typename Keep>
  std::pair<size_t, size_t> SpanOf(size_t head, Keep keep) const {
    size_t begin = head, end = head + 1;
    std::vector<size_t> todo{head};
    while (!todo.empty()) {
      const size_t t = todo.back();
      todo.pop_back();
      for (size_t d : Children(t)) {
        if (!keep(d)) continue;
        begin = std::min(begin, d);
        end = std::max(end, d + 1);
        todo.push_back(d);
      }
    }
    return {begin, end};
  }

  // The token in [begin, end) whose head lies outside the range: the syntactic
  // head of a multi-word trigger ("opened" in "opened fire").
  size_t HeadOfSpan(size_t begin, size_t end) const;

  // True for a passive verb: a passive subject or auxiliary among its
  // children, or a past participle modifying a noun ("migrants killed").
  bool IsPassive(size_t verb) const;

  // The subject of a verb, read from the tree: its own nsubj, else the one
  // it shares as the second conjunct of a coordination ("dissolved the
  // government ... and detained"), as a controlled complement ("attempted to
  // rescue"), as a gerund adjunct ("sparked panic by hitting"), or the noun a
  // participle modifies ("demonstrators wielding stones attacked").
  // `passive_subject` selects nsubj:pass instead of an active subject.
  std::optional<size_t> SubjectOf(size_t verb, bool passive_subject) const;

  // Sentences longer than this are not parsed (cost grows with length, and
  // such "sentences" are almost always segmentation failures: tables, lists).
  static constexpr size_t kMaxWords = 150;

 private:
  const Doc& doc_;
  const SyntaxModel* model_;
  mutable std::vector<uint8_t> parsed_;  // per sentence: 0 not yet, 1 parsed, 2 skipped
  mutable std::vector<int> head_;
  mutable std::vector<std::string_view> relation_, penn_;
  std::vector<uint32_t> sentence_of_;
};

}  // namespace crosscheck
