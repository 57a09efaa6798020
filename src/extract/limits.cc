#include "extract/limits.h"

#include <algorithm>
#include <cstddef>

namespace crosscheck {
namespace {

bool IsBreakAfter(const Doc& doc, size_t i) {
  const std::string_view t = doc.token_text(i);
  return t == "," || t == ";" || t == ":" || (i + 1 < doc.tokens.size() && doc.tokens[i + 1].line_start);
}

}  // namespace

size_t SplitLongSentences(Doc& doc, size_t max_tokens) {
  if (max_tokens < 2) max_tokens = 2;
  const bool any = std::any_of(doc.sentences.begin(), doc.sentences.end(), [&](const Sentence& s) {
    return s.token_end - s.token_begin > max_tokens;
  });
  if (!any) return 0;
  size_t cut = 0;
  std::vector<Sentence> out;
  out.reserve(doc.sentences.size());
  for (const Sentence& s : doc.sentences) {
    if (s.token_end - s.token_begin <= max_tokens) {
      out.push_back(s);
      continue;
    }
    ++cut;
    for (size_t begin = s.token_begin; begin < s.token_end;) {
      size_t end = std::min<size_t>(begin + max_tokens, s.token_end);
      if (end < s.token_end) {
        // The last natural break in the second half of the window.
        for (size_t i = end - 1; i >= begin + max_tokens / 2; --i) {
          if (IsBreakAfter(doc, i)) {
            end = i + 1;
            break;
          }
        }
      }
      Sentence piece = s;
      piece.token_begin = static_cast<uint32_t>(begin);
      piece.token_end = static_cast<uint32_t>(end);
      piece.begin = begin == s.token_begin ? s.begin : doc.tokens[begin].begin;
      piece.end = end == s.token_end ? s.end : doc.tokens[end - 1].end;
      out.push_back(piece);
      begin = end;
    }
  }
  doc.sentences = std::move(out);
  return cut;
}

size_t CapClaims(std::vector<Claim>& claims, size_t max) {
  if (claims.size() <= max) return 0;
  const size_t dropped = claims.size() - max;
  claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(max), claims.end());
  return dropped;
}

size_t CapContradictions(std::vector<Incident>& incidents, size_t max) {
  size_t kept = 0, dropped = 0;
  for (Incident& incident : incidents) {
    const size_t room = max - kept;
    if (incident.contradictions.size() > room) {
      dropped += incident.contradictions.size() - room;
      incident.contradictions.erase(incident.contradictions.begin() + static_cast<std::ptrdiff_t>(room),
                                    incident.contradictions.end());
    }
    kept += incident.contradictions.size();
  }
  return dropped;
}

}  // namespace crosscheck
