// Closed-class English words the shallow grammar needs: determiners,
// prepositions, auxiliaries, pronouns, conjunctions. Language data, small
// and fixed, like a tokenizer's exception list.
#pragma once

#include <string_view>

namespace crosscheck {

bool IsDeterminer(std::string_view lower);    // the a an this these those its their ...
bool IsPreposition(std::string_view lower);   // in at on by for with from to of ...
// A form of "be" (or of the passive "get"): is, are, was, were, been, 's ...
bool IsBeForm(std::string_view lower);
// A preposition whose phrase cannot be a clause's subject: "in the town of X
// killed ..." (not "after", "since", "as", which also open clauses).
bool IsPhrasalPreposition(std::string_view lower);
bool IsAuxiliary(std::string_view lower);     // be have do modal forms: was, had, could ...
bool IsPersonalPronoun(std::string_view lower);  // he she they it we i you him her them
bool IsPronounPhrase(std::string_view text);    // a phrase that is one personal pronoun, any case ("It")
bool IsConjunction(std::string_view lower);   // and or but while whereas as because ...
bool IsRelativeWord(std::string_view lower);  // that which who whom whose where when
bool IsMonthOrWeekday(std::string_view lower);
// A noun for a stretch of time, which "by" turns into a deadline ("by Sunday
// morning", "by the end of the week"): morning night noon end week year time ...
bool IsTimeSpanNoun(std::string_view lower);
bool IsComparative(std::string_view lower);   // more fewer less than: "no fewer than"
bool IsLyAdverb(std::string_view lower);      // "reportedly", "later": -ly, not "family", "reply", "deadly"
bool IsAdverbWord(std::string_view lower);    // -ly adverbs and "also", "then", "still", "already" ...
// A quantifier that stands for people by itself: "Others said", "Several told reporters".
bool IsQuantifierForPeople(std::string_view lower);  // others another some many most several both few all each none

}  // namespace crosscheck
