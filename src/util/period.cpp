// util/period — see period.h.
#include "util/period.h"

#include <fmt/format.h>

#include "util/text.h"

namespace scip::util {

namespace {

std::optional<int> digits(std::string_view s, size_t n) {
  if (s.size() != n) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

Period span(PeriodKind k, int year, int m1, int m2) {
  return {k, Date{year, m1, 1}, Date{year, m2, days_in_month(year, m2)}};
}

}  // namespace

std::string Period::str() const {
  switch (kind) {
    case PeriodKind::year: return fmt::format("{:04}", first.year);
    case PeriodKind::half: return fmt::format("{:04}-H{}", first.year, first.month == 1 ? 1 : 2);
    case PeriodKind::quarter: return fmt::format("{:04}-Q{}", first.year, (first.month - 1) / 3 + 1);
    case PeriodKind::month: return fmt::format("{:04}-{:02}", first.year, first.month);
    case PeriodKind::day: return first.str();
  }
  return {};
}

std::optional<Period> parse_period(std::string_view text) {
  std::string folded = fold_width(text);
  std::string_view s = folded;
  if (ends_with(s, "年度")) s.remove_suffix(std::string_view("年度").size());
  else if (ends_with(s, "年")) s.remove_suffix(std::string_view("年").size());
  auto year = digits(s.substr(0, 4), 4);
  if (!year || *year < 1949 || *year > 2100) return std::nullopt;
  if (s.size() == 4) return span(PeriodKind::year, *year, 1, 12);
  if (s[4] != '-') return std::nullopt;
  std::string_view rest = s.substr(5);
  if (rest.size() == 2 && (rest[0] == 'H' || rest[0] == 'h')) {
    if (rest[1] == '1') return span(PeriodKind::half, *year, 1, 6);
    if (rest[1] == '2') return span(PeriodKind::half, *year, 7, 12);
    return std::nullopt;
  }
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q')) {
    int q = rest[1] - '0';
    if (q < 1 || q > 4) return std::nullopt;
    return span(PeriodKind::quarter, *year, q * 3 - 2, q * 3);
  }
  if (auto m = digits(rest, 2)) {
    if (*m < 1 || *m > 12) return std::nullopt;
    return span(PeriodKind::month, *year, *m, *m);
  }
  if (auto d = parse_date(s)) return Period{PeriodKind::day, *d, *d};
  return std::nullopt;
}

}  // namespace scip::util
