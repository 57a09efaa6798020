#include "extract/events.h"

#include <algorithm>

#include "extract/word_classes.h"

namespace crosscheck {

namespace {

bool SameSpeaker(const Speaker& a, const Speaker& b) { return a.kind == b.kind && a.entity == b.entity; }

// Clause limits inside a frame's content: a semicolon, or a comma before
// "while", "but", "whereas" starts a new clause.
size_t ClauseBegin(const Doc& doc, size_t begin, size_t i) {
  for (size_t k = i; k > begin; --k) {
    const std::string_view t = doc.token_text(k - 1);
    if (t == ";" || (t == "," && (doc.tokens[k].lower == "while" || doc.tokens[k].lower == "but" ||
                                   doc.tokens[k].lower == "whereas" || doc.tokens[k].lower == "although"))) {
      return k;
    }
  }
  return begin;
}

size_t ClauseEnd(const Doc& doc, size_t i, size_t end) {
  for (size_t k = i; k < end; ++k) {
    const std::string_view t = doc.token_text(k);
    if (t == ";" || (t == "," && k + 1 < end &&
                     (doc.tokens[k + 1].lower == "while" || doc.tokens[k + 1].lower == "but" ||
                      doc.tokens[k + 1].lower == "whereas" || doc.tokens[k + 1].lower == "although"))) {
      return k;
    }
  }
  return end;
}

}  // namespace

bool ClaimBuilder::SkipTrigger(size_t sentence, size_t i) const {
  const Token& t = doc_.tokens[i];
  if (t.kind != TokenKind::kWord) return true;
  // A capitalized word inside a sentence is a name or a month ("March"), not an event.
  const Sentence& s = doc_.sentences[sentence];
  const bool initial = i == s.token_begin || doc_.tokens[i - 1].kind == TokenKind::kQuoteOpen;
  if (t.capitalized && !initial) {
    // Headlines capitalize every word; accept them there.
    int words = 0, caps = 0;
    for (size_t k = s.token_begin; k < s.token_end; ++k) {
      if (doc_.tokens[k].kind != TokenKind::kWord) continue;
      ++words;
      caps += doc_.tokens[k].capitalized;
    }
    if (caps * 4 < words * 3) return true;
  }
  const Mention* m = entities_.MentionAt(i);
  return m && entities_.entities()[m->entity].type != EntityType::kPlace && m->end - m->begin > 1;
}

Stance ClaimBuilder::StanceOf(const Frame& frame, const EventWord& w, bool* unnamed_too) const {
  bool denied = false, negated = false, hedged = false;
  for (size_t i = frame.content_begin; i < w.begin; ++i) {
    auto cue = lexicon_.cues().LongestAt(doc_, i, w.begin);
    if (!cue) continue;
    const CueKind kind = lexicon_.cue(cue->value);
    if (kind == CueKind::kDenialFrame) {
      denied = true;
      for (size_t j = cue->end; j < std::min(w.begin, cue->end + 4); ++j) {
        auto u = lexicon_.cues().LongestAt(doc_, j, j + 1);
        if (u && lexicon_.cue(u->value) == CueKind::kUnnamedSource) *unnamed_too = true;
      }
    } else if (kind == CueKind::kHedge) {
      hedged = true;
    } else if (kind == CueKind::kNegation && i + 5 >= w.begin && i >= w.clause_begin) {
      const bool comparative = cue->end < doc_.tokens.size() && IsComparative(doc_.tokens[cue->end].lower);
      const bool only = cue->end < doc_.tokens.size() && doc_.tokens[cue->end].lower == "only";
      bool crossed_clause = false;
      for (size_t j = cue->end; j < w.begin; ++j) crossed_clause |= doc_.token_text(j) == "," || IsConjunction(doc_.tokens[j].lower);
      if (!comparative && !only && !crossed_clause) negated = true;
    }
    i = cue->end - 1;
  }
  // A hedge right after the event word: "feared dead", "believed drowned" come before; "reportedly" after.
  for (size_t i = w.end; i < std::min(w.clause_end, w.end + 2); ++i) {
    auto cue = lexicon_.cues().LongestAt(doc_, i, w.clause_end);
    if (cue && lexicon_.cue(cue->value) == CueKind::kHedge) hedged = true;
  }
  if (denied || negated) return Stance::kDenies;
  if (frame.stance == Stance::kAsserts && hedged) return Stance::kUncertain;
  return frame.stance;
}

void ClaimBuilder::Merge(Claim& into, const Claim& from) {
  if (!into.count && from.count) into.count = from.count;
  if (into.victims.empty()) into.victims = from.victims;
  if (into.agent.empty()) {
    into.agent = from.agent;
    into.agent_entity = from.agent_entity;
    into.agent_from_by_phrase = from.agent_from_by_phrase;
  }
  if (into.cause.empty()) into.cause = from.cause;
  if (!into.place) into.place = from.place;
  if (into.facility.empty()) into.facility = from.facility;
  if (!into.when) into.when = from.when;
}

void ClaimBuilder::FromFrame(size_t sentence, const Frame& frame, std::vector<Claim>& out) {
  const Sentence& s = doc_.sentences[sentence];
  const size_t first_new = out.size();
  for (const auto& m : lexicon_.triggers().FindAll(doc_, frame.content_begin, frame.content_end)) {
    const Trigger& trigger = lexicon_.trigger(m.value);
    if (trigger.type == "none" || SkipTrigger(sentence, m.begin)) continue;
    EventWord w;
    w.begin = m.begin;
    w.end = m.end;
    w.trigger = &trigger;
    w.sentence = sentence;
    w.clause_begin = ClauseBegin(doc_, frame.content_begin, m.begin);
    w.clause_end = ClauseEnd(doc_, m.end, frame.content_end);
    Claim c;
    c.type = trigger.type;
    c.speaker = frame.speaker;
    c.sentence = sentence;
    c.span_begin = s.begin;
    c.span_end = s.end;
    c.trigger = m.begin;
    if (!slots_.Fill(w, c)) continue;
    if (c.agent.empty() && !frame.accused.empty()) {
      c.agent = std::string(doc_.span_text(doc_.tokens[frame.accused.begin].begin, doc_.tokens[frame.accused.end - 1].end));
      c.agent_entity = frame.accused_entity;
    }
    bool unnamed_too = frame.unnamed_asserts_too;
    c.stance = StanceOf(frame, w, &unnamed_too);
    std::vector<Claim> made{c};
    if (unnamed_too && c.stance == Stance::kDenies && frame.speaker.kind != Speaker::kUnnamed) {
      Claim u = c;
      u.speaker = Speaker{Speaker::kUnnamed, -1};
      u.stance = Stance::kAsserts;
      made.push_back(u);
    }
    for (auto& claim : made) {
      auto same = std::find_if(out.begin() + static_cast<long>(first_new), out.end(), [&](const Claim& o) {
        return o.type == claim.type && o.stance == claim.stance && SameSpeaker(o.speaker, claim.speaker);
      });
      if (same != out.end()) {
        Merge(*same, claim);
      } else {
        out.push_back(std::move(claim));
      }
    }
  }
}

std::vector<Claim> ClaimBuilder::Build(const std::vector<std::vector<Frame>>& frames) {
  std::vector<Claim> claims;
  for (size_t s = 0; s < frames.size(); ++s) {
    for (const auto& f : frames[s]) FromFrame(s, f, claims);
  }
  for (size_t i = 0; i < claims.size(); ++i) claims[i].id = "c" + std::to_string(i + 1);
  return claims;
}

}  // namespace crosscheck
