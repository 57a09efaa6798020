// Design note. Matching is a chain of small recognizers tried at each token
// (relative words, "N days ago", weeks/months/years, weekdays, explicit
// dates); the first that matches consumes its tokens. Each recognizer
// returns a Match: its token end and a resolver from the anchor to dates, so
// text and tokens are kept even when no anchor is known.
#include "extract/time_expr.h"

#include <algorithm>
#include <functional>
#include <initializer_list>

#include "extract/number_words.h"

namespace crosscheck {

namespace {

struct Period {
  std::optional<Date> date, start, end;
};

struct Match {
  size_t end = 0;
  // Null when the expression needs no anchor (it has its own year).
  std::function<Period(const Date& anchor)> resolve;
  std::optional<Period> absolute;
  bool until_anchor = false;  // "since Friday": from that day to the anchor
};

bool In(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

Period Day(Date d) { return Period{d, std::nullopt, std::nullopt}; }
Period Span(Date a, Date b) { return Period{std::nullopt, a, b}; }

Date MondayOf(const Date& d) { return AddDays(d, 1 - Weekday(d)); }
Period MonthSpan(int y, int m) { return Span(Date{y, m, 1}, Date{y, m, DaysInMonth(y, m)}); }
Period YearSpan(int y) { return Span(Date{y, 1, 1}, Date{y, 12, 31}); }

// The most recent day numbered `wd` (ISO) on or before `anchor`.
Date WeekdayOnOrBefore(const Date& anchor, int wd) {
  return AddDays(anchor, -((Weekday(anchor) - wd + 7) % 7));
}

class Matcher {
 public:
  Matcher(const Doc& doc, size_t limit) : doc_(doc), limit_(limit) {}

  // False when no recognizer below can match at token i: most tokens. A
  // cheap test ahead of the chain, which costs far more per token. It must
  // accept every token that some recognizer accepts as its first token (see
  // each recognizer's first-word tests); the chain then decides.
  bool CanStart(size_t i) const {
    if (i >= limit_) return false;
    const Token& t = doc_.tokens[i];
    const std::string& w = t.lower;
    if (t.kind == TokenKind::kNumber) return true;                              // 2021-10-08
    if (!w.empty() && w[0] >= '0' && w[0] <= '9') return true;                  // numerals, 25th
    if (IsStartWord(w) || w.starts_with("mid-")) return true;
    // "two days ago": a number word is only worth parsing before a unit.
    if (In(W(i + 1), {"day", "days", "week", "weeks"})) return true;
    if (t.capitalized) {  // weekday and month names (WeekdayAt, MonthAt)
      std::string_view name = w;
      if (name.ends_with("'s")) name.remove_suffix(2);
      if (WeekdayFromName(name) || MonthFromName(w)) return true;
    }
    return false;
  }

  std::optional<Match> At(size_t i) const {
    // "since August 8", "after the May 25 vote": a period ending at the anchor.
    if (In(W(i), {"since", "after"})) {
      const size_t j = W(i + 1) == "the" ? i + 2 : i + 1;
      for (auto fn : {&Matcher::WeekdayExpr, &Matcher::Explicit}) {
        if (auto m = (this->*fn)(j)) {
          m->until_anchor = true;
          return m;
        }
      }
      // "since 2020": from its first day.
      if (const int y = YearAt(j)) {
        return Match{j + 1, [y](const Date& a) { return Span(Date{y, 1, 1}, a); }, std::nullopt};
      }
      // "since the start of the year": from January 1.
      size_t e = 0;
      if (Words(i, "since the start of the year", &e) || Words(i, "since the beginning of the year", &e)) {
        return Match{e, [](const Date& a) { return Span(Date{a.y, 1, 1}, a); }, std::nullopt};
      }
      // "since the start of 2024", "since the beginning of March": from the
      // first day of that year or month.
      if (Words(i, "since the start of", &e) || Words(i, "since the beginning of", &e)) {
        if (const int y = YearAt(e)) {
          return Match{e + 1, [y](const Date& a) { return Span(Date{y, 1, 1}, a); }, std::nullopt};
        }
        size_t month_end = 0;
        if (doc_.tokens[e].capitalized) {
          if (const int month = MonthAt(e, &month_end)) {
            auto m = MonthMatch(month_end, 0, month, false);
            m.until_anchor = true;
            return m;
          }
        }
      }
      // "since April last year": from the first of that month a year back.
      if (W(i) == "since" && doc_.tokens[j].capitalized) {
        size_t month_end = 0;
        if (const int month = MonthAt(j, &month_end); month && W(month_end) == "last" && W(month_end + 1) == "year") {
          return Match{month_end + 2, [month](const Date& a) { return Span(Date{a.y - 1, month, 1}, a); },
                       std::nullopt};
        }
      }
      // "since January": after "since" a bare month is no verb.
      if (W(i) == "since" && doc_.tokens[j].capitalized) {
        if (const int month = MonthAt(j, &e)) {
          auto m = MonthMatch(e, 0, month, false);
          m.until_anchor = true;
          return m;
        }
      }
    }
    if (In(W(i), {"between", "from"})) {
      if (auto m = Range(i)) return m;
    }
    for (auto fn : {&Matcher::Relative, &Matcher::Ago, &Matcher::Weekend, &Matcher::Calendar,
                    &Matcher::WeekdayExpr, &Matcher::Explicit}) {
      if (auto m = (this->*fn)(i)) return m;
    }
    return std::nullopt;
  }

 private:
  // The words that open some recognizer's pattern.
  static bool IsStartWord(std::string_view w) {
    switch (w.size()) {
      case 1: return w == "a";
      case 2: return w == "on" || w == "in" || w == "at";
      case 3: return w == "the" || w == "one" || w == "mid";
      case 4: return In(w, {"last", "this", "past", "late", "next", "from", "over"});
      case 5: return In(w, {"since", "after", "today", "early", "later"});
      case 6: return w == "during";
      case 7: return In(w, {"earlier", "tonight", "several", "between"});
      case 9: return w == "yesterday" || w == "overnight";
      default: return false;
    }
  }

  const std::string& W(size_t i) const {
    static const std::string kEmpty;
    return i < limit_ ? doc_.tokens[i].lower : kEmpty;
  }

  bool Words(size_t i, std::string_view words, size_t* end) const {
    size_t j = i;
    while (!words.empty()) {
      const size_t space = words.find(' ');
      if (W(j) != words.substr(0, space)) return false;
      ++j;
      words = space == std::string_view::npos ? std::string_view() : words.substr(space + 1);
    }
    *end = j;
    return true;
  }

  // Past a split-off possessive: "yesterday's", "Friday's".
  size_t Possessive(size_t j) const { return W(j) == "'s" ? j + 1 : j; }

  size_t PartOfDay(size_t j) const {
    return In(W(j), {"morning", "afternoon", "evening", "night"}) ? j + 1 : j;
  }

  static Match Back(size_t end, int days) {
    return Match{end, [days](const Date& a) { return Day(AddDays(a, days)); }, std::nullopt};
  }

  // yesterday, today, tonight, last night, this morning.
  std::optional<Match> Relative(size_t i) const {
    size_t e = 0;
    if (Words(i, "the day before yesterday", &e)) return Back(e, -2);
    if (W(i) == "yesterday") return Back(PartOfDay(Possessive(i + 1)), -1);
    if (Words(i, "earlier today", &e) || W(i) == "today" || W(i) == "tonight") {
      return Back(W(i) == "earlier" ? e : Possessive(i + 1), 0);
    }
    if (Words(i, "last night", &e)) return Back(e, -1);
    // "overnight": the night before the report, which spans two dates.
    if (W(i) == "overnight") {
      return Match{i + 1, [](const Date& a) { return Span(AddDays(a, -1), a); }, std::nullopt};
    }
    if (W(i) == "this" && In(W(i + 1), {"morning", "afternoon", "evening"})) {
      return Back(i + 2, 0);
    }
    return std::nullopt;
  }

  // "two days ago", "a week ago".
  std::optional<Match> Ago(size_t i) const {
    size_t e = 0;
    // Vague numbers of days make a period: "a couple of days ago".
    if (Words(i, "a couple of days ago", &e) || Words(i, "a couple days ago", &e)) {
      return Match{e, [](const Date& a) { return Span(AddDays(a, -3), AddDays(a, -1)); },
                   std::nullopt};
    }
    if (Words(i, "a few days ago", &e) || Words(i, "several days ago", &e)) {
      return Match{e, [](const Date& a) { return Span(AddDays(a, -7), AddDays(a, -2)); },
                   std::nullopt};
    }
    // The unit and "ago" first: they rule out almost every token cheaply.
    int unit = 0;
    if (In(W(i + 1), {"day", "days"})) unit = 1;
    if (In(W(i + 1), {"week", "weeks"})) unit = 7;
    if (unit == 0 || W(i + 2) != "ago") return std::nullopt;
    int64_t n = 0;
    if (In(W(i), {"a", "one"})) {
      n = 1;
    } else if (auto v = NumberWordValue(W(i))) {
      n = *v;
    } else if (auto num = ParseNumeral(W(i)); num && !num->has_fraction) {
      n = num->integer;
    }
    if (n <= 0 || n > 400) return std::nullopt;
    return Back(i + 3, -static_cast<int>(n) * unit);
  }

  // "over the weekend", "at the weekend", "this weekend": the last Saturday
  // and Sunday up to the anchor (a report does not foretell a weekend).
  std::optional<Match> Weekend(size_t i) const {
    size_t e = 0;
    if (!Words(i, "over the weekend", &e) && !Words(i, "at the weekend", &e) && !Words(i, "during the weekend", &e) &&
        !Words(i, "this weekend", &e)) {
      return std::nullopt;
    }
    return Match{e,
                 [](const Date& a) {
                   const Date sat = WeekdayOnOrBefore(a, 6);
                   const Date sun = AddDays(sat, 1);
                   return Span(sat, a < sun ? a : sun);
                 },
                 std::nullopt};
  }

  // last week, earlier this week, this month, last year, last weekend.
  std::optional<Match> Calendar(size_t i) const {
    size_t j = i;
    const bool earlier = W(j) == "earlier";
    if (earlier) ++j;
    const bool last = W(j) == "last" || W(j) == "past";
    if (!last && W(j) != "this") return std::nullopt;
    if (earlier && last) return std::nullopt;
    const std::string& unit = W(j + 1);
    if (!In(unit, {"week", "month", "year", "weekend"})) return std::nullopt;
    const int back = earlier ? -1 : 0;  // "earlier this week" ends the day before
    const size_t end = j + 2;
    std::function<Period(const Date&)> f;
    if (unit == "week") {
      f = last ? [](const Date&
                        a) { return Span(AddDays(MondayOf(a), -7), AddDays(MondayOf(a), -1)); }
               : std::function<Period(const Date&)>([back](const Date& a) {
                   return Span(MondayOf(a), std::max(MondayOf(a), AddDays(a, back)));
                 });
    } else if (unit == "weekend") {
      if (!last) return std::nullopt;
      f = [](const Date& a) {
        const Date sat = WeekdayOnOrBefore(AddDays(a, -1), 6);
        return Span(sat, AddDays(sat, 1));
      };
    } else if (unit == "month") {
      f = last ? [](const Date&
                        a) { return a.m == 1 ? MonthSpan(a.y - 1, 12) : MonthSpan(a.y, a.m - 1); }
               : std::function<Period(const Date&)>([back](const Date& a) {
                   const Date first{a.y, a.m, 1};
                   return Span(first, std::max(first, AddDays(a, back)));
                 });
    } else {
      f = last ? [](const Date& a) { return YearSpan(a.y - 1); }
               : std::function<Period(const Date&)>([back](const Date& a) {
                   const Date first{a.y, 1, 1};
                   return Span(first, std::max(first, AddDays(a, back)));
                 });
    }
    return Match{end, f, std::nullopt};
  }

  // "between March 2022 and June 2023", "from May 1 to May 9": one period
  // from the start of the first to the end of the second.
  std::optional<Match> Range(size_t i) const {
    const auto first = Explicit(i + 1);
    if (!first || !In(W(first->end), {"and", "to", "until"})) return std::nullopt;
    const auto second = Explicit(first->end + 1);
    if (!second) return std::nullopt;
    // (A second end before the first start is no range: the first alone.)
    const auto join = [](const Period& a, const Period& b) {
      const std::optional<Date> from = a.date ? a.date : a.start;
      const std::optional<Date> to = b.date ? b.date : b.end;
      if (!from || !to || *to < *from) return a;
      return Span(*from, *to);
    };
    Match m;
    m.end = second->end;
    if (first->absolute && second->absolute) {
      m.absolute = join(*first->absolute, *second->absolute);
    } else {
      m.resolve = [first, second, join](const Date& anchor) {
        const Period a = first->absolute ? *first->absolute : first->resolve(anchor);
        const Period b = second->absolute ? *second->absolute : second->resolve(anchor);
        return join(a, b);
      };
    }
    return m;
  }

  // A capitalized full weekday name: "Friday", "Friday's".
  int WeekdayAt(size_t i) const {
    if (i >= limit_ || !doc_.tokens[i].capitalized) return 0;
    std::string_view w = W(i);
    if (w.ends_with("'s")) w.remove_suffix(2);
    if (w.size() < 6) return 0;  // full names only: "Sat" and "Sun" are words
    return WeekdayFromName(w);
  }

  // [late|early|earlier|later] [on] [last|next|this] Weekday [part of day]
  // [, explicit date].
  std::optional<Match> WeekdayExpr(size_t i) const {
    size_t j = i;
    if (In(W(j), {"late", "early", "earlier", "later"}) && (W(j + 1) == "on" || WeekdayAt(j + 1)))
      ++j;
    if (W(j) == "on") ++j;
    int direction = 0;  // -1 last, +1 next
    if (In(W(j), {"last", "next"}) && WeekdayAt(j + 1)) {
      direction = W(j) == "last" ? -1 : 1;
      ++j;
    }
    const int wd = WeekdayAt(j);
    if (!wd) return std::nullopt;
    size_t end = j + 1;
    end = PartOfDay(Possessive(end));
    // "Friday, October 8": the explicit date decides.
    const size_t after = W(end) == "," ? end + 1 : end;
    if (auto m = ExplicitFrom(after, /*allow_prefix=*/false)) {
      m->end = std::max(m->end, end);
      return m;
    }
    return Match{end,
                 [wd, direction](const Date& a) {
                   if (direction > 0) {  // "next Friday": strictly after the anchor
                     const int ahead = (wd - Weekday(a) + 7) % 7;
                     return Day(AddDays(a, ahead == 0 ? 7 : ahead));
                   }
                   int back = (Weekday(a) - wd + 7) % 7;
                   if (direction < 0 && back == 0) back = 7;  // "last Friday" on a Friday
                   return Day(AddDays(a, -back));
                 },
                 std::nullopt};
  }

  int MonthAt(size_t i, size_t* end) const {
    if (i >= limit_ || !doc_.tokens[i].capitalized) return 0;
    std::string_view w = W(i);
    const int m = MonthFromName(w);
    if (!m) return 0;
    *end = i + 1;
    const bool abbreviation = (w.size() == 3 && w != "may") || w == "sept";
    if (abbreviation && W(i + 1) == "." && !doc_.tokens[i + 1].space_before) ++*end;  // "Oct" "."
    return m;
  }

  int DayAt(size_t i) const {
    if (i >= limit_) return 0;
    std::string_view w = W(i);
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (w.size() > 2 && w.ends_with(suffix)) w.remove_suffix(2);
    }
    auto n = ParseNumeral(w);
    if (!n || n->has_fraction || n->has_comma || n->integer < 1 || n->integer > 31) return 0;
    return static_cast<int>(n->integer);
  }

  int YearAt(size_t i) const {
    if (i >= limit_ || doc_.tokens[i].kind != TokenKind::kNumber) return 0;
    auto n = ParseNumeral(W(i));
    if (!n || n->has_fraction || n->has_comma || n->digits != 4) return 0;
    if (n->integer < 1900 || n->integer > 2100) return 0;
    return static_cast<int>(n->integer);
  }

  static Match DayMatch(size_t end, int y, int m, int d) {
    if (y) {
      const Date date{y, m, d};
      return Match{end, nullptr, IsValid(date) ? Day(date) : Period{}};
    }
    return Match{end,
                 [m, d](const Date& a) {
                   // The latest such day not after the anchor, except that a
                   // day in the coming weeks is the announced future ("the
                   // vote on October 26" in a report of October 16), not last year.
                   constexpr int kAnnouncedDays = 31;
                   Date date{a.y, m, d};
                   if (IsValid(date) && date > AddDays(a, kAnnouncedDays)) date.y -= 1;
                   return IsValid(date) ? Day(date) : Period{};
                 },
                 std::nullopt};
  }

  struct DayRange {
    int first, last;
    size_t end;
  };
  // "12-14" (one token or three), "12 to 14", "12 and 14": a later day of
  // the same month after the first.
  std::optional<DayRange> DayRangeAt(size_t i) const {
    if (i >= limit_) return std::nullopt;
    const std::string& w = W(i);
    if (const size_t dash = w.find('-'); dash != std::string::npos && dash > 0) {
      const auto day = [](std::string_view t) {
        auto n = ParseNumeral(t);
        return n && !n->has_fraction && !n->has_comma && n->integer >= 1 && n->integer <= 31 ? static_cast<int>(n->integer)
                                                                                               : 0;
      };
      const int a = day(std::string_view(w).substr(0, dash)), b = day(std::string_view(w).substr(dash + 1));
      if (a && b > a) return DayRange{a, b, i + 1};
      return std::nullopt;
    }
    const int a = DayAt(i);
    if (!a || !In(W(i + 1), {"-", "\xE2\x80\x93", "to", "and"})) return std::nullopt;
    const int b = DayAt(i + 2);
    if (!b || b <= a) return std::nullopt;
    size_t e = 0;
    if (MonthAt(i + 3, &e)) return std::nullopt;  // "12 to 14 March" is read by the day-first rule
    return DayRange{a, b, i + 3};
  }

  static Match DayRangeMatch(size_t end, int y, int m, int first, int last) {
    if (y) {
      const Date a{y, m, first}, b{y, m, last};
      return Match{end, nullptr, IsValid(a) && IsValid(b) ? Span(a, b) : Period{}};
    }
    const Match start = DayMatch(end, 0, m, first);
    return Match{end,
                 [start, m, last](const Date& anchor) {
                   const Period p = start.resolve(anchor);
                   if (!p.date) return p;
                   const Date b{p.date->y, m, last};
                   return IsValid(b) ? Span(*p.date, b) : p;
                 },
                 std::nullopt};
  }

  static Match MonthMatch(size_t end, int y, int m, bool previous) {
    if (y) return Match{end, nullptr, MonthSpan(y, m)};
    return Match{end,
                 [m, previous](const Date& a) {
                   const int y2 = (m > a.m || (previous && m == a.m)) ? a.y - 1 : a.y;
                   return MonthSpan(y2, m);
                 },
                 std::nullopt};
  }

  // "2021-10-08", "[on] May 25[, 2021]", "[on] 25 May [2021]",
  // "[in] July 2017", "in July", "last July", "in 2017".
  std::optional<Match> Explicit(size_t i) const { return ExplicitFrom(i, true); }

  std::optional<Match> ExplicitFrom(size_t i, bool allow_prefix) const {
    if (i < limit_ && doc_.tokens[i].kind == TokenKind::kNumber && W(i).size() == 10) {
      auto d = ParseDate(W(i));
      if (d.ok()) return Match{i + 1, nullptr, Day(*d)};
    }
    size_t j = i;
    const bool on = allow_prefix && W(j) == "on";
    const bool in = allow_prefix && In(W(j), {"in", "during"});
    const bool last = allow_prefix && W(j) == "last";
    if (on || in || last) ++j;
    if (allow_prefix && !on && !last && In(W(j), {"early", "late", "mid"})) ++j;
    size_t e = 0;
    if (int m = MonthAt(j, &e)) {
      // "March 12-14", "March 12 to 14", "between March 12 and 14": days of one month.
      if (auto days = DayRangeAt(e)) {
        const size_t y_at = W(days->end) == "," ? days->end + 1 : days->end;
        const int y = YearAt(y_at);
        return DayRangeMatch(y ? y_at + 1 : days->end, y, m, days->first, days->last);
      }
      if (int d = DayAt(e)) {  // May 25[, 2021]
        size_t end = e + 1;
        const size_t y_at = W(end) == "," ? end + 1 : end;
        const int y = YearAt(y_at);
        return DayMatch(y ? y_at + 1 : end, y, m, d);
      }
      if (int y = YearAt(e)) return MonthMatch(e + 1, y, m, false);  // July 2017
      if (last) return MonthMatch(e, 0, m, true);                    // last July
      if (j > i) return MonthMatch(e, 0, m, false);                  // in July, early July
      return std::nullopt;  // a bare "May" is more often the verb
    }
    // "mid-July" as one token.
    if (j < limit_ && W(j).starts_with("mid-")) {
      if (int m = MonthFromName(W(j).substr(4)); m && W(j).size() > 7) {
        if (int y = YearAt(j + 1)) return MonthMatch(j + 2, y, m, false);
        return MonthMatch(j + 1, 0, m, false);
      }
    }
    if (int d = DayAt(j)) {  // 25 May [2021]
      if (int m = MonthAt(j + 1, &e)) {
        const int y = YearAt(e);
        return DayMatch(y ? e + 1 : e, y, m, d);
      }
      return std::nullopt;
    }
    if (in && j == i + 1) {
      if (int y = YearAt(j)) return Match{j + 1, nullptr, YearSpan(y)};  // in 2017
    }
    return std::nullopt;
  }

  const Doc& doc_;
  size_t limit_;
};

}  // namespace

std::vector<TimeExpr> FindTimeExprs(const Doc& doc, size_t token_begin, size_t token_end,
                                    std::optional<Date> anchor) {
  std::vector<TimeExpr> out;
  token_end = std::min(token_end, doc.tokens.size());
  const Matcher matcher(doc, token_end);
  for (size_t i = token_begin; i < token_end;) {
    if (!matcher.CanStart(i)) {
      ++i;
      continue;
    }
    auto m = matcher.At(i);
    if (!m || m->end <= i) {
      ++i;
      continue;
    }
    TimeExpr t;
    t.token_begin = static_cast<uint32_t>(i);
    t.token_end = static_cast<uint32_t>(m->end);
    t.text = std::string(doc.span_text(doc.tokens[i].begin, doc.tokens[m->end - 1].end));
    std::optional<Period> p = m->absolute;
    if (!p && anchor && IsValid(*anchor) && m->resolve) p = m->resolve(*anchor);
    if (p && m->until_anchor) {
      t.start = p->date ? p->date : p->start;
      if (anchor && IsValid(*anchor)) t.end = *anchor;
    } else if (p) {
      t.date = p->date;
      t.start = p->start;
      t.end = p->end;
    }
    out.push_back(std::move(t));
    i = m->end;
  }
  return out;
}

}  // namespace crosscheck
