#include "extract/entities.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "extract/count.h"
#include "extract/dateline.h"
#include "extract/lower_case.h"
#include "extract/number_words.h"
#include "extract/place_container.h"
#include "extract/report_country.h"
#include "extract/word_classes.h"
#include "text/abbreviations.h"

namespace crosscheck {

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kGroup: return "group";
    case EntityType::kPlace: return "place";
  }
  return "organization";
}

namespace {

bool IsConnector(std::string_view lower) {
  return lower == "of" || lower == "for" || lower == "the" || lower == "de" || lower == "al" ||
         lower == "el" || lower == "du" || lower == "on" || lower == "and" || lower == "'s";
}

bool IsAcronym(std::string_view text) {
  int letters = 0;
  for (char c : text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isupper(static_cast<unsigned char>(c))) ++letters;
  }
  return letters >= 2;
}

// The capital letters that open the words of a name: "Norland Refugee
// Council" is "NRC"; "" for a name of one word.
std::string InitialsOf(std::string_view name) {
  std::string initials;
  size_t words = 0;
  for (size_t i = 0; i < name.size(); ++i) {
    if (i > 0 && name[i - 1] != ' ') continue;
    ++words;
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (std::isupper(c)) initials += static_cast<char>(c);
  }
  return words >= 2 && initials.size() >= 2 ? initials : std::string();
}

}  // namespace

EntityRegistry::EntityRegistry(const Doc& doc, const Lexicon& lexicon, const geo::Gazetteer* gazetteer,
                               const Lemmatizer* lemmatizer)
    : doc_(doc), lexicon_(lexicon), gazetteer_(gazetteer), lemmatizer_(lemmatizer),
      mention_at_(doc.tokens.size(), -1) {}

std::string EntityRegistry::Text(size_t begin, size_t end) const {
  if (begin >= end) return "";
  return std::string(doc_.span_text(doc_.tokens[begin].begin, doc_.tokens[end - 1].end));
}

bool EntityRegistry::IsKnownWord(const Token& t) const {
  return lemmatizer_ && lemmatizer_->IsKnownWord(t.lower);
}

bool EntityRegistry::IsCapWord(size_t i) const {
  const Token& t = doc_.tokens[i];
  if (t.kind != TokenKind::kWord) return false;
  if (!t.capitalized) {
    // "Sadiq al-Mahdi", "al-Qaeda", "Abdel Fattah el-Sisi": the Arabic
    // article is written lower case before a capitalized name.
    const std::string_view text = doc_.token_text(i);
    return (text.starts_with("al-") || text.starts_with("el-")) && text.size() > 3 && text[3] >= 'A' && text[3] <= 'Z';
  }
  if (IsMonthOrWeekday(t.lower)) return false;
  // "Oct 3", "Sept 20", "Jan 5" in a dateline: an abbreviated month before a
  // day ("Jan Egeland" is a name).
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                                 "sep", "sept", "oct", "nov", "dec"};
  const bool month = std::find(std::begin(kMonths), std::end(kMonths), t.lower) != std::end(kMonths);
  return !(month && i + 1 < doc_.tokens.size() && doc_.tokens[i + 1].kind == TokenKind::kNumber);
}

void EntityRegistry::FindNames() {
  if (gazetteer_) report_country_ = ReportCountry(doc_, *gazetteer_);
  for (const auto& s : doc_.sentences) {
    // A headline in title case capitalizes every word; only the gazetteer and
    // names already known are trusted there.
    int words = 0, caps = 0;
    for (size_t i = s.token_begin; i < s.token_end; ++i) {
      if (doc_.tokens[i].kind != TokenKind::kWord) continue;
      ++words;
      caps += doc_.tokens[i].capitalized;
    }
    const bool headline = words >= 4 && caps * 4 >= words * 3;
    ScanSentence(s.token_begin, s.token_end, headline);
  }
  AttachDescriptions();
}

// "Sea-Watch, a German charity, said": the noun of an appositive after an
// organization's or group's name describes it, so "the charity" later
// points back to it (MostRecent with a role word).
void EntityRegistry::AttachDescriptions() {
  for (const Mention& m : mentions_) {
    Entity& e = entities_[m.entity];
    if (e.type != EntityType::kOrganization && e.type != EntityType::kGroup) continue;
    size_t k = m.end;
    if (k + 2 >= doc_.tokens.size() || doc_.token_text(k) != "," ||
        (doc_.tokens[k + 1].lower != "a" && doc_.tokens[k + 1].lower != "an")) {
      continue;
    }
    for (k += 2; k < doc_.tokens.size() && k < m.end + 8; ++k) {
      const Token& t = doc_.tokens[k];
      if (t.kind != TokenKind::kWord || IsPreposition(t.lower)) break;
      const bool last = k + 1 >= doc_.tokens.size() || doc_.tokens[k + 1].kind != TokenKind::kWord ||
                        IsPreposition(doc_.tokens[k + 1].lower);
      // "said Mamadou, a 24-year-old from Senegal", "Amina, a nurse": a
      // name described as one person is a person's, whatever the
      // recognizer guessed from the name alone.
      if (last && lexicon_.Is(t, kPersonNoun) && t.lower == t.lemma && !lexicon_.Is(t, kOrgNoun) &&
          !lexicon_.Is(t, kGroupNoun) && !lexicon_.Is(t, kForceNoun)) {
        e.type = EntityType::kPerson;
        break;
      }
      if (!lexicon_.Is(t, kOrgNoun) && !lexicon_.Is(t, kGroupNoun)) continue;
      if (!last) continue;
      if (std::find(e.roles.begin(), e.roles.end(), t.lemma) == e.roles.end()) e.roles.push_back(t.lemma);
      break;
    }
  }
}

bool EntityRegistry::JoinsOrganizationComplement(size_t begin, size_t and_at, size_t end) const {
  bool complement = false;  // an organization word, then "of" or "for"
  for (size_t k = begin; k + 1 < and_at; ++k) {
    complement |= lexicon_.Is(doc_.tokens[k], kOrgNoun) &&
                  (doc_.tokens[k + 1].lower == "of" || doc_.tokens[k + 1].lower == "for");
  }
  if (!complement) return false;
  constexpr size_t kMaxWords = 3;
  size_t k = and_at + 1;
  for (; k < end && IsCapWord(k) && k <= and_at + kMaxWords; ++k) {
    const Token& t = doc_.tokens[k];
    if (lexicon_.Is(t, kOrgNoun) || lexicon_.Is(t, kForceNoun) || IsAcronym(doc_.token_text(k))) return false;
  }
  return k <= and_at + kMaxWords && (k >= end || !IsCapWord(k));
}

void EntityRegistry::ScanSentence(size_t begin, size_t end, bool headline) {
  size_t i = begin;
  while (i < end) {
    if (!IsCapWord(i)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < end) {
      if (IsCapWord(j) && !doc_.tokens[j].paragraph_start) {
        ++j;
        continue;
      }
      // "Ethiopia's Amhara region", "Nigeria's Borno state": a place inside
      // the country before "'s" is a place of its own, not one name.
      if (j + 1 < end && doc_.tokens[j].lower == "'s" && IsCapWord(j + 1) && PlaceOfCountryAt(i, j, j + 1)) break;
      // "International Organization for Migration", "Sudan's Doctors", "Committee of the Red Cross"
      if (j + 1 < end && IsConnector(doc_.tokens[j].lower) && doc_.tokens[j].lower != "and") {
        if (IsCapWord(j + 1)) {
          j += 2;
          continue;
        }
        if (j + 2 < end && doc_.tokens[j + 1].lower == "the" && IsCapWord(j + 2)) {
          j += 3;
          continue;
        }
      }
      // "Ministry of Humanitarian Affairs and Disaster Management": "and"
      // joins the complement of an organization word, when what follows is
      // no organization of its own ("Ministry of Health and UNICEF").
      if (j + 1 < end && doc_.tokens[j].lower == "and" && IsCapWord(j + 1) && JoinsOrganizationComplement(i, j, end)) {
        j += 2;
        continue;
      }
      // "Committee to Protect Journalists", "Campaign to End Hunger": "to"
      // joins after an organization word (not "from Libya to Italy").
      if (j + 1 < end && doc_.tokens[j].lower == "to" && IsCapWord(j + 1) && lexicon_.Is(doc_.tokens[j - 1], kOrgNoun)) {
        j += 2;
        continue;
      }
      break;
    }
    if (!headline) AddRun(i, j, begin);
    i = j;
  }
}

bool EntityRegistry::PlaceOfCountryAt(size_t country_begin, size_t country_end, size_t place) const {
  if (!gazetteer_) return false;
  const auto country = gazetteer_->MatchAt(doc_, country_begin, "");
  if (!country || country_begin + country->tokens != country_end ||
      country->place->kind != geo::PlaceKind::kCountry) {
    return false;
  }
  const auto inside = gazetteer_->MatchAt(doc_, place, country->place->country_code);
  return inside && inside->place->kind != geo::PlaceKind::kCountry &&
         inside->place->country_code == country->place->country_code;
}

int EntityRegistry::FindPersonBySurname(std::string_view surname) const {
  const auto it = persons_by_surname_.find(std::string(surname));
  return it == persons_by_surname_.end() || it->second.empty() ? -1 : it->second.back();
}

int EntityRegistry::FindOrganization(const std::string& name) const {
  const auto it = others_by_lower_name_.find(LowerCase(name));
  return it == others_by_lower_name_.end() ? -1 : it->second;
}

namespace {
bool IsAllCapitals(const std::string& text) {
  bool letter = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    letter |= c >= 'A' && c <= 'Z';
  }
  return letter;
}

// The key FindPersonBySurname looks a person up by: the name's last word,
// or none when the name is one word.
std::optional<std::string> SurnameKey(const std::string& name) {
  const size_t space = name.rfind(' ');
  if (space == std::string::npos) return std::nullopt;
  return name.substr(space + 1);
}
}  // namespace

void EntityRegistry::IndexName(int entity) {
  const Entity& e = entities_[entity];
  if (e.type == EntityType::kPerson) {
    if (auto key = SurnameKey(e.name)) {
      std::vector<int>& people = persons_by_surname_[*key];
      people.insert(std::upper_bound(people.begin(), people.end(), entity), entity);
    }
    return;
  }
  IndexAlias(entity, e.name);
  for (const std::string& alias : e.aliases) IndexAlias(entity, alias);
  // "the Maltese Detention Service ... The Detention Service rejected": a
  // body's name after its nationality is that body too (two words at least:
  // "the army" is no second name of "the Nigerian Army").
  const size_t space = e.name.find(' ');
  if (e.type == EntityType::kOrganization && gazetteer_ && space != std::string::npos &&
      e.name.find(' ', space + 1) != std::string::npos && gazetteer_->FindDemonym(LowerCase(e.name.substr(0, space)))) {
    IndexAlias(entity, e.name.substr(space + 1));
  }
}

void EntityRegistry::IndexAlias(int entity, const std::string& alias) {
  if (entities_[entity].type == EntityType::kPerson) return;
  auto [it, added] = others_by_lower_name_.try_emplace(LowerCase(alias), entity);
  if (!added && entity < it->second) it->second = entity;
}

void EntityRegistry::ReindexPerson(int entity, const std::string& old_name) {
  if (auto key = SurnameKey(old_name)) {
    std::vector<int>& people = persons_by_surname_[*key];
    people.erase(std::remove(people.begin(), people.end(), entity), people.end());
  }
  IndexName(entity);
}

int EntityRegistry::AddNamed(size_t begin, size_t end, EntityType type) {
  const std::string text = Text(begin, end);
  int e = -1;
  if (type == EntityType::kPerson) {
    e = FindPersonBySurname(doc_.token_text(end - 1));
    if (e >= 0 && end - begin > 1 && entities_[e].name.find(' ') == std::string::npos) e = -1;
  } else {
    e = FindOrganization(text);
    // "the Norland Refugee Council ... NRC figures": an acronym of a name
    // given before is that organization.
    if (e < 0 && end - begin == 1 && IsAcronym(text)) e = OrganizationWithInitials(text);
    // "..., NRC says" in the headline, "the Norland Refugee Council" later:
    // the name spelled out is the acronym's.
    if (e < 0 && type == EntityType::kOrganization && end - begin >= 2) {
      if (const int acronym = FindOrganization(InitialsOf(text));
          acronym >= 0 && IsAcronym(entities_[acronym].name) && entities_[acronym].type != EntityType::kPlace &&
          entities_[acronym].type != EntityType::kPerson) {
        Entity& known = entities_[acronym];
        known.type = EntityType::kOrganization;
        const std::string old_name = std::exchange(known.name, text);
        IndexAlias(acronym, text);
        AddAlias(acronym, old_name);
        e = acronym;
      }
    }
  }
  if (e < 0) {
    Entity entity;
    entity.id = "e" + std::to_string(entities_.size() + 1);
    entity.name = text;
    entity.type = type;
    entity.first_token = begin;
    entities_.push_back(std::move(entity));
    e = static_cast<int>(entities_.size()) - 1;
    IndexName(e);
  } else if (text.size() > entities_[e].name.size() && type == EntityType::kPerson) {
    AddAlias(e, entities_[e].name);
    const std::string old_name = std::exchange(entities_[e].name, text);
    ReindexPerson(e, old_name);
  } else if (type != EntityType::kPerson && IsAllCapitals(entities_[e].name) && !IsAllCapitals(text)) {
    // "ATHENS, Sept 20 -" first, "Athens" later: the dateline's capitals are typography.
    const std::string old_name = std::exchange(entities_[e].name, text);
    AddAlias(e, old_name);
  } else {
    AddAlias(e, text);
  }
  mentions_.push_back({begin, end, e});
  for (size_t k = begin; k < end; ++k) mention_at_[k] = static_cast<int>(mentions_.size()) - 1;
  return e;
}

int EntityRegistry::OrganizationWithInitials(std::string_view acronym) const {
  const size_t oldest = OldestRecentEntity();
  for (size_t k = entities_.size(); k-- > oldest;) {
    const Entity& e = entities_[k];
    if (e.type != EntityType::kOrganization && e.type != EntityType::kGroup) continue;
    const std::string initials = InitialsOf(e.name);
    if (!initials.empty() && initials == acronym) return static_cast<int>(k);
  }
  return -1;
}

void EntityRegistry::AddAlias(int entity, std::string alias) {
  if (entity < 0 || alias.empty()) return;
  Entity& e = entities_[entity];
  if (alias == e.name) return;
  if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) {
    e.aliases.push_back(alias);
    IndexAlias(entity, alias);
  }
}

namespace {

bool IsSettlementNoun(const std::string& lower) {
  static const char* kNouns[] = {"town",   "city",   "village",  "district", "region",        "province",
                                 "suburb", "port",   "island",   "county",   "neighbourhood", "neighborhood",
                                 "area",   "hamlet", "locality", "commune",  "municipality",  "governorate"};
  for (const char* n : kNouns) {
    if (lower == n) return true;
  }
  return false;
}

// "Footage posted online showed ...", "Video shared on social media":
// recordings, not names, before a verb that can be one of saying.
bool IsRecordingNoun(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"footage", "video", "videos", "images", "photos", "pictures",
                                                "photographs", "recordings", "recording", "film"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

}  // namespace

void EntityRegistry::AddRun(size_t begin, size_t end, size_t sentence_begin) {
  // Sentence-initial function words and lone common words are not names,
  // unless the gazetteer knows them ("Chad rejects ...").
  const bool place_first = gazetteer_ && gazetteer_->MatchAt(doc_, begin, report_country_).has_value();
  while (begin < end && !place_first) {
    const Token& t = doc_.tokens[begin];
    const std::string_view before = begin > 0 ? doc_.token_text(begin - 1) : std::string_view();
    // After a dateline ("TRIPOLI, May 25 : Roughly ...") a new sentence starts.
    const bool initial = begin == sentence_begin || doc_.tokens[begin - 1].kind == TokenKind::kQuoteOpen ||
                         before == ":" || before == "-" || before == "\xE2\x80\x94";
    const bool function_word = IsDeterminer(t.lower) || IsPreposition(t.lower) ||
                               IsPersonalPronoun(t.lower) || IsConjunction(t.lower) ||
                               IsAuxiliary(t.lower) || IsSentenceStarter(t.lower) || IsQuantifierForPeople(t.lower);
    // "Angry Eritrean crowds ...": a common word capitalized only because it
    // starts the sentence, before a nationality, is not part of a name.
    const bool before_demonym = initial && begin + 1 < end && IsKnownWord(t) && gazetteer_ &&
                                gazetteer_->FindDemonym(doc_.tokens[begin + 1].lower) != nullptr;
    // ("Liberty said": a capitalized word that is no noun for people, right
    // before a verb of saying, is a name though it is also a word.)
    const bool names_speaker = end - begin == 1 && !function_word && end < doc_.tokens.size() &&
                               lexicon_.reporting().LongestAt(doc_, end, end + 1).has_value() &&
                               doc_.tokens[end].lower != doc_.tokens[end].lemma && !lexicon_.noun_classes(t.lemma) &&
                               !lexicon_.noun_classes(t.lower) && !IsCountWord(t.lower) && !IsRecordingNoun(t.lower);
    if ((initial && function_word) || (initial && end - begin == 1 && IsKnownWord(t) && !names_speaker) ||
        before_demonym ||
        IsTitleWord(t.lower.substr(0, t.lower.size() - (t.lower.back() == '.')))) {
      if (IsTitleWord(t.lower.substr(0, t.lower.size() - (t.lower.back() == '.'))) && end - begin > 1) {
        ++begin;  // "Gen. Omar Farah": the title is not part of the name
        continue;
      }
      if (!(initial && (function_word || (end - begin == 1 && !names_speaker) || before_demonym))) break;
      ++begin;
      continue;
    }
    break;
  }
  while (end > begin && IsConnector(doc_.tokens[end - 1].lower)) --end;
  if (begin >= end) return;
  // "Black Africans", "sub-Saharan Africans": people named by where they
  // are from, no one's name.
  // Two words only for a plain person noun: "Committee to Protect Journalists" is a name.
  const Token& last = doc_.tokens[end - 1];
  const bool plain_people = end - begin == 2 && lexicon_.Is(last, kPersonNoun) && !lexicon_.Is(last, kForceNoun) &&
                            !lexicon_.Is(last, kOrgNoun) && !lexicon_.Is(last, kGroupNoun) &&
                            !lexicon_.Is(last, kRoleNoun);
  if (end - begin > 1 && last.lower.back() == 's' && last.lower != last.lemma &&
      ((gazetteer_ && gazetteer_->FindDemonym(last.lower) != nullptr) || plain_people)) {
    return;
  }

  // "Saudi-led", "London-based", "Houthi-run": a modifier made from a name
  // is no entity itself; the noun it modifies may be ("the Saudi-led coalition").
  if (end - begin == 1 && IsNameModifier(doc_.tokens[begin].lower)) return;
  // A known person's surname beats a town of the same name ("Bako said").
  if (end - begin == 1) {
    if (const int person = FindPersonBySurname(doc_.token_text(begin)); person >= 0) {
      mentions_.push_back({begin, end, person});
      mention_at_[begin] = static_cast<int>(mentions_.size()) - 1;
      AddAlias(person, std::string(doc_.token_text(begin)));
      return;
    }
  }
  // Places: the whole run is a gazetteer name. An acronym ("UN", "ICRC") is an
  // organization unless it names a country ("US", "DRC").
  if (gazetteer_) {
    const auto m = gazetteer_->MatchAt(doc_, begin, report_country_);
    // "Kaduna state": the gazetteer's match takes the lower-case region noun too.
    const bool whole_run = m && (begin + m->tokens == end ||
                                 (begin + m->tokens == end + 1 && m->place->kind == geo::PlaceKind::kAdmin1 &&
                                  !doc_.tokens[end].capitalized));
    const bool force_next = end < doc_.tokens.size() && lexicon_.Is(doc_.tokens[end], kForceNoun);
    const geo::Place* place =
        whole_run ? ReadingInContext(doc_, *gazetteer_, begin, *m, report_country_, force_next) : nullptr;
    // "the town of Boni in central Mali": a name whose every reading lies
    // outside the place it is said to be in is an unknown place, no entity.
    // (An alternate name of a town abroad that reads as no place here, like
    // "Hamas" for Hamm, is left to the name rules below.)
    if (whole_run && !place && !m->by_alias) return;
    // ("TUNIS, July 12 -": a dateline writes its city in capitals.)
    const bool dateline = doc_.tokens[begin].paragraph_start && end < doc_.tokens.size() && doc_.token_text(end) == ",";
    if (place && end - begin == 1 && IsAcronym(doc_.token_text(begin)) && place->kind != geo::PlaceKind::kCountry &&
        !dateline) {
      place = nullptr;
    }
    // "Somali", "Afghan": a nationality word, not the region or town spelled
    // the same (as the place slot reads it too).
    if (place && end - begin == 1 && place->kind != geo::PlaceKind::kCountry &&
        gazetteer_->FindDemonym(doc_.tokens[begin].lower)) {
      place = nullptr;
    }
    if (place) {
      const int e = AddNamed(begin, end, EntityType::kPlace);
      entities_[e].place = static_cast<int>(place - gazetteer_->places().data());
      return;
    }
    // A demonym ("Malian", "Somalis") is an adjective or a nationality, not an entity;
    // so is a compound of demonyms or places ("Chad-Niger", "Mali-Burkina").
    if (end - begin == 1 && IsDemonymOrPlaceCompound(doc_.tokens[begin].lower)) return;
  }

  // "the town of Sid", "the village of Tin Hama": a name the gazetteer does
  // not know, introduced by a noun for a settlement, is a place.
  if (begin >= 2 && doc_.tokens[begin - 1].lower == "of" && IsSettlementNoun(doc_.tokens[begin - 2].lower)) {
    AddNamed(begin, end, EntityType::kPlace);
    return;
  }
  // A role noun inside the run: "Kano State Governor Musa Bello",
  // "Country Director of Save the Children Nigeria".
  size_t role_end = begin;
  for (size_t k = begin; k < end; ++k) {
    if (lexicon_.Is(doc_.tokens[k], kRoleNoun) && !lexicon_.Is(doc_.tokens[k], kOrgNoun)) role_end = k + 1;
  }
  if (role_end > begin) {
    if (role_end < end && !IsConnector(doc_.tokens[role_end].lower)) {
      const int person = AddNamed(role_end, end, EntityType::kPerson);
      const std::string role = Text(begin, role_end);
      auto& roles = entities_[person].roles;
      if (std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(role);
      return;
    }
    if (role_end < end) {  // "Director of Save the Children": the organization after "of"
      AddRun(role_end + 1, end, sentence_begin);
      return;
    }
    return;  // a bare title ("President") is not an entity by itself
  }

  bool has_org_noun = false;
  for (size_t k = begin; k < end; ++k) has_org_noun |= lexicon_.Is(doc_.tokens[k], kOrgNoun);
  // "Fortify Rights", "Physicians for Human Rights": a name ending in
  // "Rights" is a rights organization, never a person.
  // ("Minority Rights activists", "Civil Rights lawyers": people who work for
  // rights, no organization.)
  const bool people_next = end < doc_.tokens.size() && doc_.tokens[end].kind == TokenKind::kWord &&
                           !doc_.tokens[end].capitalized &&
                           (lexicon_.Is(doc_.tokens[end], kGroupNoun) || lexicon_.Is(doc_.tokens[end], kPersonNoun));
  if (end - begin >= 2 && doc_.tokens[end - 1].lower == "rights" && !people_next) has_org_noun = true;
  // "Al-Aqsa Martyrs Hospital", "Juba Teaching Hospital": an institution
  // that speaks for itself, never a person.
  if (end - begin >= 2) {
    const std::string& last = doc_.tokens[end - 1].lemma;
    has_org_noun |= last == "hospital" || last == "clinic" || last == "university" || last == "college";
  }
  // "Red Cross volunteers", "Red Sea villagers": a capitalized modifier of a
  // common noun for people is not a name by itself. Before fighters,
  // militants or rebels it names their armed group ("Al Shabaab fighters",
  // "Boko Haram insurgents"), which "the group" can point back to.
  if (!has_org_noun && end < doc_.tokens.size()) {
    const Token& next = doc_.tokens[end];
    if (next.kind == TokenKind::kWord && !next.capitalized && lexicon_.Is(next, kForceNoun) && next.lower != next.lemma) {
      AddNamed(begin, end, EntityType::kGroup);
      return;
    }
    if (next.kind == TokenKind::kWord && !next.capitalized &&
        (lexicon_.Is(next, kGroupNoun) || lexicon_.Is(next, kPersonNoun))) {
      return;
    }
  }
  // "Médecins Sans Frontières (MSF)", "Sudan Doctors Network (SDN)": a
  // name given with its acronym is an organization's.
  const bool acronym_follows = end + 2 < doc_.tokens.size() && doc_.token_text(end) == "(" &&
                               doc_.token_text(end + 2) == ")" && IsAcronym(doc_.token_text(end + 1));
  if (!has_org_noun && acronym_follows && end - begin >= 2) {
    const int org = AddNamed(begin, end, EntityType::kOrganization);
    AddAlias(org, std::string(doc_.token_text(end + 1)));
    mentions_.push_back({end + 1, end + 2, org});
    mention_at_[end + 1] = static_cast<int>(mentions_.size()) - 1;
    return;
  }
  if (has_org_noun) {
    // "Ministry of Justice Amadou Diallo": a name of unknown words after the organization.
    size_t split = end;
    while (split > begin + 1 && !IsKnownWord(doc_.tokens[split - 1]) && !IsConnector(doc_.tokens[split - 1].lower) &&
           !lexicon_.Is(doc_.tokens[split - 1], kOrgNoun)) {
      --split;
    }
    if (end - split >= 2 && split > begin && !IsConnector(doc_.tokens[split - 1].lower)) {
      const int org = AddNamed(begin, split, EntityType::kOrganization);
      const int person = AddNamed(split, end, EntityType::kPerson);
      if (entities_[person].affiliation < 0) entities_[person].affiliation = org;
      return;
    }
    const int org = AddNamed(begin, end, EntityType::kOrganization);
    // "International Committee of the Red Cross (ICRC)": the acronym is an alias.
    if (end + 2 < doc_.tokens.size() && doc_.token_text(end) == "(" && doc_.token_text(end + 2) == ")" &&
        IsAcronym(doc_.token_text(end + 1))) {
      AddAlias(org, std::string(doc_.token_text(end + 1)));
      mentions_.push_back({end + 1, end + 2, org});
      mention_at_[end + 1] = static_cast<int>(mentions_.size()) - 1;
    }
    return;
  }
  if (end - begin == 1) {
    const std::string_view word = doc_.token_text(begin);
    if (const int person = FindPersonBySurname(word); person >= 0) {
      mentions_.push_back({begin, end, person});
      mention_at_[begin] = static_cast<int>(mentions_.size()) - 1;
      AddAlias(person, std::string(word));
      return;
    }
    AddNamed(begin, end, EntityType::kOrganization);
    return;
  }
  if (IsAcronym(doc_.token_text(begin))) {
    AddNamed(begin, end, EntityType::kOrganization);
    return;
  }
  // "Mediterranean Sea", "Lake Chad": a geographic feature word makes a place.
  static const char* kFeatures[] = {"sea", "ocean", "river", "lake", "gulf", "bay", "island", "islands",
                                    "mountains", "desert", "valley", "strait", "coast", "peninsula", "delta"};
  for (const char* f : kFeatures) {
    if (doc_.tokens[end - 1].lower == f || doc_.tokens[begin].lower == f) {
      AddNamed(begin, end, EntityType::kPlace);
      return;
    }
  }
  // "West Africa", "Northern Mali": a compass word opens a region, not a person's name.
  static const char* kCompass[] = {"east", "west", "north", "south", "central", "eastern", "western",
                                   "northern", "southern", "upper", "lower", "greater"};
  for (const char* c : kCompass) {
    if (doc_.tokens[begin].lower == c) {
      AddNamed(begin, end, EntityType::kPlace);
      return;
    }
  }
  const int person = AddNamed(begin, end, EntityType::kPerson);
  AttachRole(person, begin, end, sentence_begin);
}

// A lower-case role phrase right before a name ("police spokesman Peter
// Mwangi", "the mission head for the ICRC Lina Haddad") or an appositive
// after it ("Peter Mwangi, spokesman for the city police,").
void EntityRegistry::AttachRole(int person, size_t name_begin, size_t name_end, size_t sentence_begin) {
  auto add_role = [&](size_t b, size_t e) {
    // Keep the role up to its first preposition; an organization after it is the affiliation.
    size_t cut = e;
    for (size_t k = b; k < e; ++k) {
      if (IsPreposition(doc_.tokens[k].lower) || doc_.token_text(k) == "(") {
        cut = k;
        break;
      }
    }
    while (b < cut && IsDeterminer(doc_.tokens[b].lower)) ++b;
    if (b < cut) {
      const std::string role = Text(b, cut);
      auto& roles = entities_[person].roles;
      if (std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(role);
    }
    for (size_t k = b; k < e; ++k) {
      if (mention_at_[k] >= 0) {
        const int org = mentions_[mention_at_[k]].entity;
        if (org != person && entities_[org].type != EntityType::kPerson &&
            entities_[org].type != EntityType::kPlace && entities_[person].affiliation < 0) {
          entities_[person].affiliation = org;
        }
      }
    }
  };
  // Before: walk left over the noun phrase that ends in a role noun.
  size_t b = name_begin;
  bool has_role = false;
  while (b > sentence_begin) {
    const Token& t = doc_.tokens[b - 1];
    const std::string_view text = doc_.token_text(b - 1);
    if (t.kind == TokenKind::kPunct && text != "(" && text != ")" && text != "-") break;
    if (t.kind == TokenKind::kQuoteOpen || t.kind == TokenKind::kQuoteClose) break;
    if (IsAuxiliary(t.lower) || IsConjunction(t.lower) || IsRelativeWord(t.lower) ||
        IsPersonalPronoun(t.lower) || lexicon_.reporting().LongestAt(doc_, b - 1, b)) {
      break;
    }
    has_role |= lexicon_.Is(t, kRoleNoun);
    --b;
    if (name_begin - b > 14) break;
  }
  if (has_role) add_role(b, name_begin);
  // "The head of the charity Sahel Aid, Mariam Osei, said": a role phrase, a comma, the name.
  if (!has_role && name_begin > sentence_begin + 1 && doc_.token_text(name_begin - 1) == ",") {
    size_t r = name_begin - 1;
    bool role = false;
    while (r > sentence_begin && name_begin - r < 16) {
      const Token& t = doc_.tokens[r - 1];
      if (t.kind == TokenKind::kPunct || IsAuxiliary(t.lower) || IsConjunction(t.lower) ||
          lexicon_.reporting().LongestAt(doc_, r - 1, r)) {
        break;
      }
      role |= lexicon_.Is(t, kRoleNoun) && !t.capitalized;
      --r;
    }
    if (role) add_role(r, name_begin - 1);
  }
  // After: ", spokesman for the Kenya police,"
  if (name_end + 1 < doc_.tokens.size() && doc_.token_text(name_end) == ",") {
    size_t e = name_end + 1;
    bool role_after = false;
    while (e < doc_.tokens.size() && e < name_end + 14) {
      const Token& t = doc_.tokens[e];
      if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kQuoteOpen || t.kind == TokenKind::kQuoteClose) break;
      if (IsAuxiliary(t.lower) || lexicon_.reporting().LongestAt(doc_, e, e + 1)) {
        role_after = false;
        break;
      }
      role_after |= lexicon_.Is(t, kRoleNoun);
      ++e;
    }
    if (role_after) add_role(name_end + 1, e);
  }
}

bool EntityRegistry::IsNationalityAdjective(size_t token) const {
  const Token& t = doc_.tokens[token];
  return gazetteer_ && t.capitalized && !t.lower.ends_with("s") && gazetteer_->FindDemonym(t.lower) != nullptr;
}

bool IsNameModifier(std::string_view lower) {
  static constexpr std::string_view kSuffixes[] = {"-led", "-based", "-run", "-backed", "-controlled", "-held",
                                                   "-funded", "-headquartered", "-allied", "-aligned",
                                                   "-linked", "-affiliated", "-owned", "-sponsored", "-supported"};
  return std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [&](std::string_view suffix) {
    return lower.size() > suffix.size() + 1 && lower.ends_with(suffix);
  });
}

bool EntityRegistry::IsDemonymOrPlaceCompound(const std::string& lower) const {
  if (gazetteer_->FindDemonym(lower)) return true;
  if (lower.find('-') == std::string::npos) return false;
  size_t start = 0;
  while (start <= lower.size()) {
    const size_t dash = std::min(lower.find('-', start), lower.size());
    const std::string part = lower.substr(start, dash - start);
    if (part.empty() || (!gazetteer_->FindDemonym(part) && !gazetteer_->FindByName(part))) return false;
    start = dash + 1;
  }
  return true;
}

const Mention* EntityRegistry::MentionAt(size_t token) const {
  if (token >= mention_at_.size() || mention_at_[token] < 0) return nullptr;
  return &mentions_[mention_at_[token]];
}

const Mention* EntityRegistry::MentionEndingAt(size_t end) const {
  if (end == 0) return nullptr;
  const Mention* m = MentionAt(end - 1);
  return m && m->end == end ? m : nullptr;
}

const Mention* EntityRegistry::FirstMentionIn(size_t begin, size_t end) const {
  for (size_t k = begin; k < end && k < mention_at_.size(); ++k) {
    if (mention_at_[k] >= 0) return &mentions_[mention_at_[k]];
  }
  return nullptr;
}

int EntityRegistry::MostRecent(EntityType type, size_t before_token, std::string_view role_word) const {
  // Mentions are in token order: walk back from the last one before the
  // token. A pronoun or "the minister" does not reach further back than
  // kMaxMentionsBack mentions, which also keeps a document of many names linear.
  constexpr size_t kMaxMentionsBack = 400;
  auto it = std::partition_point(mentions_.begin(), mentions_.end(),
                                 [&](const Mention& m) { return m.begin < before_token; });
  for (size_t seen = 0; it != mentions_.begin() && seen < kMaxMentionsBack; ++seen) {
    const Mention& m = *--it;
    const Entity& e = entities_[m.entity];
    if (e.type != type) continue;
    if (!role_word.empty()) {
      bool has = LowerCase(e.name).find(role_word) != std::string::npos;
      for (const auto& r : e.roles) has |= LowerCase(r).find(role_word) != std::string::npos;
      if (!has) continue;
    }
    return m.entity;
  }
  return -1;
}

size_t EntityRegistry::OldestRecentEntity() const {
  // As MostRecent reaches back only so many mentions: a document of
  // thousands of names stays linear.
  constexpr size_t kMaxEntitiesBack = 400;
  return entities_.size() > kMaxEntitiesBack ? entities_.size() - kMaxEntitiesBack : 0;
}

int EntityRegistry::DescribedBodyEndingIn(const std::string& noun, size_t before_token) const {
  const std::string suffix = " " + noun;
  const size_t oldest = OldestRecentEntity();
  for (size_t k = entities_.size(); k-- > oldest;) {
    const Entity& e = entities_[k];
    if (e.type == EntityType::kPlace || e.type == EntityType::kPerson || e.first_token >= before_token) continue;
    const std::string lower = LowerCase(e.name);
    if (lower.size() > suffix.size() && lower.ends_with(suffix)) return static_cast<int>(k);
  }
  return -1;
}

int EntityRegistry::MostRecentActorOutsideDatelines(size_t before_token) const {
  constexpr size_t kMaxMentionsBack = 400;  // as in MostRecent
  auto it = std::partition_point(mentions_.begin(), mentions_.end(),
                                 [&](const Mention& m) { return m.begin < before_token; });
  for (size_t seen = 0; it != mentions_.begin() && seen < kMaxMentionsBack; ++seen) {
    const Mention& m = *--it;
    const Entity& e = entities_[m.entity];
    if (e.type != EntityType::kGroup && e.type != EntityType::kOrganization) continue;
    // "(Reuters) -": the agency that filed the report is nobody's antecedent.
    const auto s = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), m.begin,
                                    [](size_t token, const Sentence& x) { return token < x.token_begin; });
    if (s != doc_.sentences.begin() && m.begin < DatelineEnd(doc_, *(s - 1))) continue;
    return m.entity;
  }
  return -1;
}

int EntityRegistry::ResolvePhrase(size_t begin, size_t end, size_t head) {
  if (begin >= end) return -1;
  // A named mention inside the phrase wins, the one at its end first:
  // "Ministry of Justice Amadou Diallo" is Diallo; "members of the Justice Ministry" the ministry.
  const Mention* m = MentionEndingAt(end);
  if (!m) m = FirstMentionIn(begin, end);
  // "the UN human rights office", "the UN refugee agency": a body of the
  // named organization, itself an organization (below); "the UN agency"
  // with nothing between points back to one already named.
  // "an al Qaeda-linked group", "a Hamas-run ministry": a name made an
  // adjective describes a body of its own.
  const auto affiliating = [&](const Mention& mention) {
    const std::string_view last = doc_.token_text(mention.end - 1);
    for (std::string_view suffix : {"-linked", "-backed", "-led", "-allied", "-affiliated", "-run", "-aligned",
                                    "-inspired", "-controlled"}) {
      if (last.size() > suffix.size() && last.ends_with(suffix)) return true;
    }
    return false;
  };
  const bool body_of_named =
      m && head + 1 == end && head >= m->end &&
      (lexicon_.Is(doc_.tokens[head], kOrgNoun) || lexicon_.Is(doc_.tokens[head], kGroupNoun)) &&
      ((m->end + 1 < end && head > m->end && entities_[m->entity].type == EntityType::kOrganization) ||
       affiliating(*m));
  if (m && !body_of_named) {
    const Entity& e = entities_[m->entity];
    if (e.type != EntityType::kPlace) {
      if (m->begin != begin || m->end != end) AddAlias(m->entity, Text(begin, end));
      return m->entity;
    }
  }
  const Token& h = doc_.tokens[head];
  const std::string phrase = Text(begin, end);
  if (end - begin == 1 && IsPersonalPronoun(h.lower)) {
    const EntityType type = (h.lower == "he" || h.lower == "she") ? EntityType::kPerson : EntityType::kOrganization;
    int e = MostRecent(type, begin);
    if (e < 0 && type == EntityType::kOrganization) e = MostRecent(EntityType::kGroup, begin);
    if (e >= 0) AddAlias(e, phrase);
    return e;
  }
  // "the minister", "the spokesman": the last person with that role.
  const bool plural = h.lower != h.lemma;
  if (lexicon_.Is(h, kRoleNoun) && !lexicon_.Is(h, kOrgNoun) && !plural) {
    const int e = MostRecent(EntityType::kPerson, begin, h.lemma);
    if (e >= 0) {
      AddAlias(e, phrase);
      return e;
    }
  }
  // "the group said": the last group or organization named, whatever its
  // name ("Al Shabaab fighters ... The group claimed", "Human Rights Watch
  // ... the group said").
  if (h.lemma == "group" && !plural && end - begin == 2 && doc_.tokens[begin].lower == "the") {
    const int e = MostRecentActorOutsideDatelines(begin);
    if (e >= 0) {
      AddAlias(e, phrase);
      return e;
    }
  }
  // "the agency", "the ministry", "the committee": the last organization so named.
  if (lexicon_.Is(h, kOrgNoun) && IsDeterminer(doc_.tokens[begin].lower) && end - begin <= 2) {
    int e = MostRecent(EntityType::kOrganization, begin, h.lemma);
    if (e < 0) e = MostRecent(EntityType::kGroup, begin, h.lemma);
    // "the agency", "the organization", "the charity" name no kind of
    // office: the last organization named, whatever its name ("the
    // International Organization for Migration ... the agency said").
    const bool generic = h.lemma == "agency" || h.lemma == "organization" || h.lemma == "organisation" ||
                         h.lemma == "charity" || h.lemma == "ngo";
    if (e < 0 && generic) e = MostRecentActorOutsideDatelines(begin);
    if (e >= 0) {
      AddAlias(e, phrase);
      return e;
    }
  }
  // A common-noun group that speaks or acts: "police", "medics", "officials",
  // "the French news agency AFP".
  bool org_word = false;
  for (size_t k = begin; k < end; ++k) org_word |= lexicon_.Is(doc_.tokens[k], kOrgNoun);
  // Plural role nouns speak as a group too: "Representatives of migrant
  // communities"; so do people the events happened to: "Migrants interviewed
  // by the charity said".
  if (lexicon_.Is(h, kGroupNoun) || lexicon_.Is(h, kForceNoun) || lexicon_.Is(h, kOrgNoun) || org_word ||
      (plural && (lexicon_.Is(h, kRoleNoun) || lexicon_.Is(h, kPersonNoun)))) {
    size_t b = begin;
    while (b < head && (IsDeterminer(doc_.tokens[b].lower) || doc_.tokens[b].kind == TokenKind::kNumber ||
                        NumberWordValue(doc_.tokens[b].lower).has_value())) {
      ++b;
    }
    const std::string name = Text(b, end);
    if (int e = FindOrganization(name); e >= 0) {
      AddAlias(e, phrase);
      return e;
    }
    // "the coalition", "a directorate statement": one noun alone is the
    // body last described by a phrase ending in it ("an opposition coalition").
    if (b + 1 == end && b == head) {
      if (int e = DescribedBodyEndingIn(h.lower, begin); e >= 0) {
        AddAlias(e, phrase);
        return e;
      }
    }
    Entity entity;
    entity.id = "e" + std::to_string(entities_.size() + 1);
    entity.name = name;
    entity.type = org_word || lexicon_.Is(h, kForceNoun) ? EntityType::kOrganization : EntityType::kGroup;
    entity.first_token = begin;
    if (name != phrase) entity.aliases.push_back(phrase);
    entities_.push_back(std::move(entity));
    IndexName(static_cast<int>(entities_.size()) - 1);
    return static_cast<int>(entities_.size()) - 1;
  }
  // "The interior minister said", no name given: one person all the same,
  // known by the role. "An official", "a spokesman" stay unnamed.
  if (lexicon_.Is(h, kRoleNoun) && !plural && doc_.tokens[begin].lower == "the") {
    const std::string name = Text(begin + 1, end);
    Entity entity;
    entity.id = "e" + std::to_string(entities_.size() + 1);
    entity.name = name;
    entity.type = EntityType::kPerson;
    entity.first_token = begin;
    entity.aliases.push_back(phrase);
    entities_.push_back(std::move(entity));
    IndexName(static_cast<int>(entities_.size()) - 1);
    return static_cast<int>(entities_.size()) - 1;
  }
  return -1;
}

}  // namespace crosscheck
