// util/number — see number.h.
#include "util/number.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fast_float/fast_float.h>

#include "util/text.h"

namespace scip::util {

namespace {

struct Scale {
  std::string_view word;
  double factor;
};
// Longest first, so 百万 is not read as 百 then 万.
constexpr std::array<Scale, 6> kScales{{{"万亿", 1e12}, {"千万", 1e7}, {"百万", 1e6}, {"亿", 1e8}, {"万", 1e4}, {"千", 1e3}}};
// 不少于/不低于/≥ mark a lower bound: kept as written and marked, like 超.
constexpr std::array<std::string_view, 13> kPrefixes{"不少于", "不低于", "超过", "大约", "将近", "≥", ">=", "超",
                                                     "约", "近", "逾", "达", "共"};
constexpr std::array<std::string_view, 5> kSuffixes{"以上", "左右", "上下", "余", "多"};

// Prefix markers that mean "about" (达 and 共 only introduce the number).
bool is_approx(std::string_view w) { return w != "达" && w != "共"; }

void eat_markers(std::string_view& s, Number& n, bool suffix) {
  for (bool again = true; again;) {
    again = false;
    if (suffix) {
      for (auto w : kSuffixes)
        if (consume_prefix(s, w)) {
          n.approximate = true;
          n.marker += w;
          again = true;
        }
    } else {
      while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
      if (consume_prefix(s, "累计")) {
        n.cumulative = true;
        again = true;
        continue;
      }
      for (auto w : kPrefixes)
        if (consume_prefix(s, w)) {
          if (is_approx(w)) {
            n.approximate = true;
            n.marker += w;
          }
          again = true;
          break;
        }
    }
  }
}

// The digits kept by parse_number ("1228", "12.5": no sign, no separators) as
// the nearest double, read in place.
double digits_value(std::string_view digits) {
  double v = 0;
  fast_float::from_chars(digits.data(), digits.data() + digits.size(), v);
  return v;
}

// The form of nearly every cell of a submission, "1228", "-3", "12.5": ASCII
// digits with at most one inner point. Read without a copy; anything else
// (full-width, separators, scales, markers, units) takes the whole way.
std::optional<double> plain_decimal(std::string_view s) {
  bool neg = !s.empty() && s.front() == '-';
  if (neg) s.remove_prefix(1);
  if (s.empty() || s.size() > 300) return std::nullopt;
  size_t dot = std::string_view::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.' && dot == std::string_view::npos && i > 0 && i + 1 < s.size()) dot = i;
    else if (c < '0' || c > '9') return std::nullopt;
  }
  double v = digits_value(s);
  if (!std::isfinite(v)) return std::nullopt;
  return neg ? -v : v;
}

}  // namespace

NumberResult parse_number(std::string_view text) {
  NumberResult r;
  if (auto v = plain_decimal(text)) {
    r.number.emplace().value = *v;
    return r;
  }
  std::string folded = fold_width(text);
  std::string_view s = folded;
  if (s.empty()) return r;
  Number n;
  eat_markers(s, n, false);
  bool neg = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    neg = s.front() == '-';
    s.remove_prefix(1);
  }
  // Digits, with thousands separators in groups of three.
  std::string digits;
  size_t group = 0;
  bool grouped = false, any = false, dot = false;
  while (!s.empty()) {
    char c = s.front();
    if (c >= '0' && c <= '9') {
      digits += c;
      any = true;
      if (!dot) ++group;
    } else if (c == ',' && any && !dot) {
      if ((grouped && group != 3) || (!grouped && group > 3)) {
        r.error = NumberError::bad_grouping;
        return r;
      }
      grouped = true;
      group = 0;
    } else if (c == '.' && any && !dot) {
      dot = true;
      digits += c;
    } else {
      break;
    }
    s.remove_prefix(1);
  }
  if (!any) {
    r.error = NumberError::no_digits;
    return r;
  }
  if ((grouped && group != 3) || digits.back() == '.') {
    r.error = grouped ? NumberError::bad_grouping : NumberError::bad_digits;
    return r;
  }
  double v = digits_value(digits);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  eat_markers(s, n, true);  // 890余万? rare, but 4万余 is common: both orders
  for (const auto& sc : kScales)
    if (consume_prefix(s, sc.word)) {
      v *= sc.factor;
      n.scale = sc.word;
      break;
    }
  eat_markers(s, n, true);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  if (consume_prefix(s, "%")) n.percent = true;
  std::string unit(trim(s));
  // 1万人以上: markers may also follow the unit.
  for (bool again = true; again;) {
    again = false;
    for (auto w : kSuffixes)
      if (ends_with(unit, w)) {
        unit.resize(unit.size() - w.size());
        n.approximate = true;
        n.marker += w;
        again = true;
      }
  }
  for (char c : unit)
    if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '%') {
      r.error = NumberError::bad_digits;
      return r;
    }
  if (n.percent && !unit.empty()) {
    r.error = NumberError::bad_digits;
    return r;
  }
  n.unit = n.percent ? std::string(1, '%') : unit;
  if (!std::isfinite(v)) {
    r.error = NumberError::bad_digits;
    return r;
  }
  n.value = neg ? -v : v;
  r.number = n;
  return r;
}

std::optional<double> parse_yes_no(std::string_view text) {
  std::string s = lower_ascii(fold_width(text));
  for (std::string_view w : {"是", "已完成", "完成", "已建成", "done", "yes", "true", "y"})
    if (s == w) return 1.0;
  for (std::string_view w : {"否", "未完成", "未建成", "no", "false", "n"})
    if (s == w) return 0.0;
  return std::nullopt;
}

std::optional<std::string> shift_decimal_point(std::string_view text, int places) {
  std::string_view s = text;
  bool negative = consume_prefix(s, "-");
  auto digits_of = [&s] {
    size_t n = 0;
    while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
    std::string_view d = s.substr(0, n);
    s.remove_prefix(n);
    return d;
  };
  std::string digits(digits_of());
  long point = static_cast<long>(digits.size());  // where the point is, in `digits`
  if (consume_prefix(s, ".")) digits += digits_of();
  if (digits.empty()) return std::nullopt;
  if (!s.empty() && (s[0] == 'E' || s[0] == 'e')) {
    s.remove_prefix(1);
    bool down = consume_prefix(s, "-");
    if (!down) consume_prefix(s, "+");
    std::string_view e = digits_of();
    if (e.empty() || e.size() > 3) return std::nullopt;
    long exponent = std::stol(std::string(e));
    if (exponent > 400) return std::nullopt;
    point += down ? -exponent : exponent;
  }
  if (!s.empty()) return std::nullopt;
  point += places;
  if (point < 0) {
    digits.insert(0, static_cast<size_t>(-point), '0');
    point = 0;
  }
  if (point > static_cast<long>(digits.size())) digits.append(static_cast<size_t>(point) - digits.size(), '0');
  std::string whole = digits.substr(0, static_cast<size_t>(point)), fraction = digits.substr(static_cast<size_t>(point));
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.empty() ? 0 : whole.size() - 1));
  if (whole.empty()) whole = "0";
  fraction.erase(fraction.find_last_not_of('0') + 1);
  std::string out = fraction.empty() ? whole : whole + "." + fraction;
  return negative && out != "0" ? "-" + out : out;
}

double unit_prefix_scale(std::string_view unit) {
  for (const auto& sc : kScales)
    if (starts_with(unit, sc.word) && unit.size() > sc.word.size()) return sc.factor;
  return 1;
}

std::optional<double> unit_scale(std::string_view unit, std::string_view base) {
  if (unit == base) return 1.0;
  for (const auto& sc : kScales)
    if (starts_with(unit, sc.word) && unit.substr(sc.word.size()) == base) return sc.factor;
  return std::nullopt;
}

}  // namespace scip::util
