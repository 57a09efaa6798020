#include "extract/negation_scope.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <vector>

namespace crosscheck {
namespace {

// Relations that keep a word inside its head's clause ("mark" for "without
// killing", "aux" for "did not").
constexpr std::string_view kInsideClause[] = {"det",   "advmod", "amod", "nummod", "nsubj",
                                              "obj",   "iobj",   "mark", "cc",     "compound",
                                              "fixed", "expl",   "aux"};
// How far up a negation may sit from the word it negates: "no" -> "one" ->
// "killed" is two steps, "not" -> "single" -> "person" -> "killed" three.
constexpr int kMaxSteps = 3;

bool InsideClause(const DependencyView& deps, size_t token) {
  return std::any_of(std::begin(kInsideClause), std::end(kInsideClause),
                     [&](std::string_view base) { return deps.Is(token, base); });
}

// The words a negation reaches going up through relations inside one
// clause, in order, with whether it passed through a subject.
struct Reach {
  std::vector<size_t> heads;
  std::vector<bool> via_subject;
};

Reach ReachFrom(const DependencyView& deps, size_t word) {
  Reach r;
  size_t cur = word;
  bool subject = false;
  for (int step = 0; step < kMaxSteps && deps.Head(cur) >= 0 && InsideClause(deps, cur); ++step) {
    subject = subject || deps.Is(cur, "nsubj");
    cur = static_cast<size_t>(deps.Head(cur));
    r.heads.push_back(cur);
    r.via_subject.push_back(subject);
  }
  return r;
}

// The head of the clause `word` belongs to: up through relations inside a
// clause as far as they go.
size_t ClauseHead(const DependencyView& deps, size_t word) {
  size_t cur = word;
  for (size_t step = 0;
       step < DependencyView::kMaxWords && deps.Head(cur) >= 0 && InsideClause(deps, cur); ++step) {
    cur = static_cast<size_t>(deps.Head(cur));
  }
  return cur;
}

bool HasSubject(const DependencyView& deps, size_t verb) {
  for (size_t c : deps.Children(verb)) {
    if (deps.Is(c, "nsubj")) return true;
  }
  return false;
}

}  // namespace

std::optional<bool> NegationGoverns(const DependencyView& deps, size_t negator, size_t event) {
  // The event word and the verbs it complements: "did not try to kill",
  // "were not reported killed".
  std::vector<size_t> governed{event};
  while (governed.size() < 3 && deps.Is(governed.back(), "xcomp") &&
         deps.Head(governed.back()) >= 0) {
    governed.push_back(static_cast<size_t>(deps.Head(governed.back())));
  }
  // "never engaged in pushbacks", "did not carry out any raids": an event
  // noun that is the object of a light verb is negated with it.
  if ((deps.Is(event, "obj") || deps.Is(event, "obl")) && deps.Head(event) >= 0) {
    const size_t verb = static_cast<size_t>(deps.Head(event));
    const std::string& lemma = deps.doc().tokens[verb].lemma;
    if (lemma == "engage" || lemma == "carry" || lemma == "conduct" || lemma == "commit" || lemma == "perform" ||
        lemma == "participate" || lemma == "take" || lemma == "use") {
      governed.push_back(verb);
    }
  }
  // "no deaths or injuries": a noun joined to a negated event noun is
  // negated with it ("no" is the determiner of the first).
  // ("no deaths, and 12 injuries": not one with a number or a comma of its own.)
  if (deps.Is(event, "conj") && deps.Head(event) >= 0 && static_cast<size_t>(deps.Head(event)) + 2 == event &&
      deps.Penn(static_cast<size_t>(deps.Head(event))).substr(0, 2) == "NN" && deps.Penn(event).substr(0, 2) == "NN" &&
      !deps.Child(event, "nummod")) {
    governed.push_back(static_cast<size_t>(deps.Head(event)));
  }
  // "no one was killed or injured": the second verb shares the negated subject.
  const bool shares_subject =
      deps.Is(event, "conj") && deps.Head(event) >= 0 && !HasSubject(deps, event);
  const Reach reach = ReachFrom(deps, negator);
  for (size_t k = 0; k < reach.heads.size(); ++k) {
    if (std::find(governed.begin(), governed.end(), reach.heads[k]) != governed.end()) return true;
    if (shares_subject && reach.via_subject[k] &&
        reach.heads[k] == static_cast<size_t>(deps.Head(event)))
      return true;
  }
  if (ClauseHead(deps, negator) == ClauseHead(deps, event)) return std::nullopt;
  return false;
}

}  // namespace crosscheck
