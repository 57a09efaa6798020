// Shallow noun-phrase boundaries over tokens, for speakers, victims and
// agents: a determiner, modifiers and a head, optionally followed by one
// "of" phrase ("members of the Justice Ministry"). Without a parse this is
// a word-class heuristic; it stops at punctuation, function words and words
// that look like verbs.
#pragma once

#include <cstddef>

#include "extract/entities.h"
#include "extract/lexicon.h"
#include "text/doc.h"

namespace crosscheck {

struct NounPhrase {
  size_t begin = 0, end = 0;  // token range
  size_t head = 0;            // the head noun (last word before any "of" phrase)
  bool empty() const { return begin >= end; }
};

class NounPhraseFinder {
 public:
  NounPhraseFinder(const Doc& doc, const Lexicon& lexicon, const EntityRegistry& entities)
      : doc_(doc), lexicon_(lexicon), entities_(entities) {}

  // The phrase whose last token is end - 1, not starting before limit.
  NounPhrase EndingAt(size_t end, size_t limit) const;
  // The phrase starting at or just after begin (skipping nothing else), not past limit.
  NounPhrase StartingAt(size_t begin, size_t limit) const;

  // A word that is probably a verb here: an auxiliary, a reporting verb, an
  // inflected verb form ("handled", "fleeing").
  bool LooksLikeVerb(size_t i) const;
  // A word that may sit inside a noun phrase.
  bool CanBeInPhrase(size_t i) const;
  // "state" at i is no verb of saying: the region of a place ("Zamfara
  // state") or an adjective ("state media", "state security forces").
  bool StateIsNoVerb(size_t i) const;
  // A participle opening a phrase before a noun for people: "Armed men".
  bool OpensPeoplePhrase(size_t i) const;
  // A noun for what an unnamed source says ("report", "allegation", "charge").
  bool IsSourceNoun(size_t i) const;

 private:
  const Doc& doc_;
  const Lexicon& lexicon_;
  const EntityRegistry& entities_;
};

}  // namespace crosscheck
