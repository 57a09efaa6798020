// EntityRegistry: the people, organizations, groups and places a report
// names, and which tokens mention them.
//
// Names are found as runs of capitalized words (joined across "of", "for",
// "the", "al"), classified by their head words (organization nouns, role
// nouns, acronyms, the gazetteer), and split where a role or an organization
// runs into a person's name ("Justice Minister Amadou Diallo",
// "Ministry of Justice Amadou Diallo"). Later mentions are merged into the
// entity they refer to: a surname, an acronym given in parentheses, a title
// ("the minister"), a pronoun, a common noun ("the agency").
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/claim.h"
#include "extract/lexicon.h"
#include "geo/gazetteer.h"
#include "text/doc.h"
#include "text/lemmatizer.h"

namespace crosscheck {

struct Mention {
  size_t begin = 0, end = 0;  // token range
  int entity = -1;
};

// "Saudi-led", "London-based", "Houthi-run": a name made into a modifier.
bool IsNameModifier(std::string_view lower);

class EntityRegistry {
 public:
  EntityRegistry(const Doc& doc, const Lexicon& lexicon, const geo::Gazetteer* gazetteer,
                 const Lemmatizer* lemmatizer);

  // Finds every capitalized name in the document, with roles and affiliations.
  void FindNames();

  // The country the report is mostly about (report_country.h), set by
  // FindNames; "" when none leads.
  const std::string& report_country() const { return report_country_; }

  // The named mention covering token i, or nullptr.
  const Mention* MentionAt(size_t token) const;
  // The named mention ending exactly at token end (exclusive), or nullptr.
  const Mention* MentionEndingAt(size_t end) const;
  // The first named mention starting within [begin, end), or nullptr.
  const Mention* FirstMentionIn(size_t begin, size_t end) const;

  // Resolves a noun phrase used as a speaker or agent ("police", "the
  // minister", "Two human rights groups", "he") to an entity, creating one
  // for a new common-noun group. Returns -1 when it names nobody.
  int ResolvePhrase(size_t begin, size_t end, size_t head);

  const std::vector<Entity>& entities() const { return entities_; }
  // Adds a spelling to an entity's aliases (once).
  void AddAlias(int entity, std::string alias);
  // A capitalized nationality adjective at `token` ("Malian", "Chadian"),
  // not its plural noun ("Malians").
  bool IsNationalityAdjective(size_t token) const;
  // A lower-case word the lemmatizer knows as English ("security"; not "fano").
  bool IsKnownLowerWord(std::string_view lower) const { return lemmatizer_ && lemmatizer_->IsKnownWord(lower); }

 private:
  void ScanSentence(size_t begin, size_t end, bool headline);
  void AttachDescriptions();
  void AddRun(size_t begin, size_t end, size_t sentence_begin);
  // Whether "and" at `and_at` continues the run from `begin` as one
  // organization's name (ScanSentence).
  bool JoinsOrganizationComplement(size_t begin, size_t and_at, size_t end) const;
  int AddNamed(size_t begin, size_t end, EntityType type);
  // Whether tokens [country_begin, country_end) name a country and a place
  // in it starts at `place` ("Ethiopia's Amhara region").
  bool PlaceOfCountryAt(size_t country_begin, size_t country_end, size_t place) const;
  int FindPersonBySurname(std::string_view surname) const;
  int FindOrganization(const std::string& name) const;
  int MostRecent(EntityType type, size_t before_token, std::string_view role_word = {}) const;
  // The last group or organization named before the token, not counting
  // the agency of a dateline: what "the group" points back to.
  int MostRecentActorOutsideDatelines(size_t before_token) const;
  // The newest organization or group introduced before the token whose name
  // ends in the word ("opposition coalition" for "coalition"), or -1.
  int DescribedBodyEndingIn(const std::string& noun, size_t before_token) const;
  // The oldest entity OrganizationWithInitials and DescribedBodyEndingIn look
  // back to, so that a document of thousands of names stays linear.
  size_t OldestRecentEntity() const;
  // The newest organization whose capitalized words begin with the letters
  // of the acronym ("NRC": "Norland Refugee Council"), or -1.
  int OrganizationWithInitials(std::string_view acronym) const;
  void AttachRole(int person, size_t name_begin, size_t name_end, size_t sentence_begin);
  bool IsKnownWord(const Token& t) const;
  bool IsDemonymOrPlaceCompound(const std::string& lower) const;
  bool IsCapWord(size_t i) const;
  std::string Text(size_t begin, size_t end) const;

  const Doc& doc_;
  const Lexicon& lexicon_;
  const geo::Gazetteer* gazetteer_;
  std::string report_country_;
  const Lemmatizer* lemmatizer_;
  std::vector<Entity> entities_;
  std::vector<Mention> mentions_;  // in token order
  std::vector<int> mention_at_;    // token -> index into mentions_, or -1
  // Indexes over entities_ that let the two finders above answer with one
  // hash lookup instead of a scan of every entity, so a report with
  // thousands of names costs linear time (doc/hardening.md). They give the
  // answers the scans gave: the newest person whose name's last word is the
  // key; the oldest other entity with the key as its lower-cased name or alias.
  std::unordered_map<std::string, std::vector<int>> persons_by_surname_;  // ascending
  std::unordered_map<std::string, int> others_by_lower_name_;
  void IndexName(int entity);                                 // a new entity's name and aliases
  void IndexAlias(int entity, const std::string& alias);      // a non-person's alias
  void ReindexPerson(int entity, const std::string& old_name);  // after a rename
};

}  // namespace crosscheck
