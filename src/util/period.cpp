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

namespace {

// 1 or 2 digits, or a Chinese numeral 一…十二: a month, quarter or day number.
std::optional<int> small_number(std::string_view& s) {
  int v = 0;
  size_t n = 0;
  while (n < s.size() && n < 2 && s[n] >= '0' && s[n] <= '9') v = v * 10 + (s[n++] - '0');
  if (n) {
    s.remove_prefix(n);
    return v;
  }
  static constexpr std::string_view kNumerals[] = {"十二", "十一", "十", "一", "二", "三", "四", "五",
                                                   "六", "七", "八", "九"};
  static constexpr int kValues[] = {12, 11, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  for (size_t i = 0; i < std::size(kNumerals); ++i)
    if (consume_prefix(s, kNumerals[i])) return kValues[i];
  return std::nullopt;
}

std::optional<Period> month_or_day(int year, int month, std::optional<int> day) {
  if (month < 1 || month > 12) return std::nullopt;
  if (!day) return span(PeriodKind::month, year, month, month);
  if (!is_valid_date(year, month, *day)) return std::nullopt;
  Date d{year, month, *day};
  return Period{PeriodKind::day, d, d};
}

// After "2023年": 上半年, 下半年, (第)三季度, 12月(份), 7月1日, 底, 末.
std::optional<Period> chinese_part(int year, std::string_view s) {
  if (s == "上半年") return span(PeriodKind::half, year, 1, 6);
  if (s == "下半年") return span(PeriodKind::half, year, 7, 12);
  if (s == "底" || s == "末") {  // the year's end: a point in time, for levels
    Date d{year, 12, 31};
    return Period{PeriodKind::day, d, d};
  }
  consume_prefix(s, "第");
  auto n = small_number(s);
  if (!n) return std::nullopt;
  if (s == "季度") {
    if (*n < 1 || *n > 4) return std::nullopt;
    return span(PeriodKind::quarter, year, *n * 3 - 2, *n * 3);
  }
  if (!consume_prefix(s, "月")) return std::nullopt;
  if (s.empty() || s == "份") return month_or_day(year, *n, std::nullopt);
  auto day = small_number(s);
  if (!day || !(s == "日" || s == "号")) return std::nullopt;
  return month_or_day(year, *n, day);
}

// After "2023" and a separator ('.', '/', '-'): a month (12, 7) and maybe a
// day (7.1, 7/1), as Excel and WPS write dates.
std::optional<Period> numeric_part(int year, std::string_view s, char sep) {
  auto month = small_number(s);
  if (!month) return std::nullopt;
  if (s.empty()) return month_or_day(year, *month, std::nullopt);
  if (s[0] != sep) return std::nullopt;
  s.remove_prefix(1);
  auto day = small_number(s);
  if (!day || !s.empty()) return std::nullopt;
  return month_or_day(year, *month, day);
}

}  // namespace

std::optional<Period> parse_period(std::string_view text) {
  std::string folded = fold_width(text);
  std::string_view s = trim(folded);
  auto year = digits(s.substr(0, 4), 4);
  if (!year || *year < 1949 || *year > 2100) return std::nullopt;
  std::string_view rest = s.substr(4);
  if (rest.empty() || rest == "年" || rest == "年度" || rest == "年全年") return span(PeriodKind::year, *year, 1, 12);
  if (consume_prefix(rest, "年")) return chinese_part(*year, rest);
  char sep = rest[0];
  if (sep != '-' && sep != '.' && sep != '/') return std::nullopt;
  rest.remove_prefix(1);
  if (sep == '-' && rest.size() == 2 && (rest[0] == 'H' || rest[0] == 'h')) {
    if (rest[1] == '1') return span(PeriodKind::half, *year, 1, 6);
    if (rest[1] == '2') return span(PeriodKind::half, *year, 7, 12);
    return std::nullopt;
  }
  if (sep == '-' && rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q')) {
    int q = rest[1] - '0';
    if (q < 1 || q > 4) return std::nullopt;
    return span(PeriodKind::quarter, *year, q * 3 - 2, q * 3);
  }
  if (!rest.empty() && (rest[0] < '0' || rest[0] > '9')) return std::nullopt;
  return numeric_part(*year, rest, sep);
}

std::optional<Date> parse_loose_date(std::string_view text) {
  auto p = parse_period(text);
  if (!p || p->kind != PeriodKind::day) return std::nullopt;
  if (std::string folded = fold_width(text); ends_with(trim(folded), "底") || ends_with(trim(folded), "末"))
    return std::nullopt;  // a date cell is a date, not "the year's end"
  return p->first;
}

}  // namespace scip::util
