// util/han — see han.h.
#include "util/han.h"

namespace scip::util {

bool is_cjk(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F) ||
         (c >= 0xF900 && c <= 0xFAFF);
}

bool is_cjk_punct(char32_t c) {
  return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == U'“' || c == U'”' || c == U'‘' ||
         c == U'’' || c == U'…' || c == U'—';
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

namespace {
int digit_value(char32_t c) {
  switch (c) {
    case U'零': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}
int unit_value(char32_t c) { return c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : 0; }
}  // namespace

bool is_cn_numeral(char32_t c) { return digit_value(c) >= 0 || unit_value(c) > 0; }

std::optional<int> cn_numeral_value(std::u32string_view s) {
  if (s.empty()) return std::nullopt;
  int total = 0, digit = -1;
  int last_unit = 100000;
  for (char32_t c : s) {
    if (int d = digit_value(c); d >= 0) {
      if (digit >= 0 && d != 0 && digit != 0) return std::nullopt;  // 二三: not a number
      digit = d;
    } else if (int u = unit_value(c); u > 0) {
      if (u >= last_unit) return std::nullopt;
      total += (digit < 0 ? 1 : digit) * u;
      digit = -1;
      last_unit = u;
    } else {
      return std::nullopt;
    }
  }
  if (digit > 0) total += digit;
  return total;
}

size_t matching_paren(std::u32string_view s, size_t open) {
  int depth = 0;
  for (size_t i = open; i < s.size(); ++i) {
    if (s[i] == U'（' || s[i] == U'(') ++depth;
    else if (s[i] == U'）' || s[i] == U')') {
      if (--depth == 0) return i;
    }
  }
  return std::u32string_view::npos;
}

std::u32string trim32(std::u32string_view s) {
  auto space = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00a0'; };
  size_t b = 0, e = s.size();
  while (b < e && space(s[b])) ++b;
  while (e > b && space(s[e - 1])) --e;
  return std::u32string(s.substr(b, e - b));
}

std::u32string fullwidth_parens(std::u32string_view s) {
  std::u32string out(s);
  for (auto& c : out) {
    if (c == U'(') c = U'（';
    else if (c == U')') c = U'）';
  }
  return out;
}

}  // namespace scip::util
