// util/text — see text.h.
#include "util/text.h"

#include <cstring>

#include <algorithm>

namespace scip::util {

namespace {

// Decodes one UTF-8 sequence at s[i]; returns the code point and advances i.
// Invalid or truncated sequences yield U+FFFD and advance by one byte.
char32_t next_cp(std::string_view s, size_t& i, bool* ok = nullptr) {
  auto bad = [&] { ++i; if (ok) *ok = false; return char32_t{0xFFFD}; };
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  size_t len = utf8_length(c);
  if (len == 1) return bad();  // a continuation byte, or one no sequence begins with
  char32_t cp = c & (0x7F >> len);
  if (i + len > s.size()) return bad();
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return bad();
    cp = (cp << 6) | (cc & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
      (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
    return bad();
  i += len;
  return cp;
}

// The first byte at or after `i` that is not ASCII (or the end), reading
// eight bytes at a time: most bytes of plans and submissions are ASCII.
size_t skip_ascii(std::string_view s, size_t i) {
  while (i + 8 <= s.size()) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if (word & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

}  // namespace

std::u32string decode_utf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out.push_back(next_cp(s, i));
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string encode_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t cp : s) append_utf8(out, cp);
  return out;
}

std::optional<size_t> find_invalid_utf8(std::string_view s) {
  for (size_t i = skip_ascii(s, 0); i < s.size(); i = skip_ascii(s, i)) {
    size_t at = i;
    bool ok = true;
    next_cp(s, i, &ok);
    if (!ok) return at;
  }
  return std::nullopt;
}

size_t codepoint_count(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) { next_cp(s, i); ++n; }
  return n;
}

int char_width(char32_t cp) {
  if (cp == 0) return 0;
  if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
      (cp >= 0xFE00 && cp <= 0xFE0F))
    return 0;  // combining marks, zero-width spaces, variation selectors
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
      (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
      (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
      (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD))
    return 2;
  return 1;
}

int display_width(std::string_view s) {
  int w = 0;
  for (size_t i = 0; i < s.size();) w += char_width(next_cp(s, i));
  return w;
}

std::string pad_right(std::string_view s, int width) {
  std::string out(s);
  for (int w = display_width(s); w < width; ++w) out.push_back(' ');
  return out;
}

std::string pad_left(std::string_view s, int width) {
  int w = display_width(s);
  std::string out(static_cast<size_t>(std::max(0, width - w)), ' ');
  out.append(s);
  return out;
}

std::string quoted(std::string_view s) {
  // (Appended, not "\"" + …: GCC 12 at -O3 warns -Wrestrict on that form.)
  std::string out = "\"";
  out += neutralize_controls(s);
  out += '"';
  return out;
}

// (No decoding: a national progress CSV writes two million cells, nearly
// all of them plain ids, numbers and names.)
bool has_controls(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if ((b < 0x20 && b != '\t') || b == 0x7F) return true;
    if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) return true;  // U+0080-U+009F
  }
  return find_invalid_utf8(s).has_value();
}

std::string neutralize_controls(std::string_view s) {
  if (!has_controls(s)) return std::string(s);
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t cp = next_cp(s, i);
    bool control = (cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0);
    if (cp == 0xFFFD && i - start == 1 && static_cast<unsigned char>(s[start]) >= 0x80) {
      // An invalid byte: show it, never pass it through.
      unsigned char b = static_cast<unsigned char>(s[start]);
      out += "\\x";
      out.push_back(hex[b >> 4]);
      out.push_back(hex[b & 15]);
    } else if (control) {
      out += cp == '\n' ? "\\n" : cp == '\r' ? "\\r" : "";
      if (cp != '\n' && cp != '\r') {
        out += cp < 0x100 ? "\\x" : "\\u";
        if (cp >= 0x100) { out.push_back(hex[(cp >> 12) & 15]); out.push_back(hex[(cp >> 8) & 15]); }
        out.push_back(hex[(cp >> 4) & 15]);
        out.push_back(hex[cp & 15]);
      }
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

ShownLine show_line(std::string_view line, size_t column, int width) {
  // Each character that may be printed, with its display width. Only the
  // characters within reach of the column are measured: a 10 MB CSV row is
  // walked no further than the window needs.
  struct Piece {
    size_t begin, end;  // bytes of `line`
    int width;
  };
  size_t at = column == 0 ? 0 : column - 1;  // the column's code point
  size_t reach = static_cast<size_t>(std::max(width, 3));
  size_t lo = at > reach ? at - reach : 0, hi = at + 2 * reach;  // code points worth measuring
  std::vector<Piece> pieces;
  int total = 0;
  size_t i = 0, k = 0;
  for (; i < line.size() && k < hi; ++k) {
    size_t start = i;
    next_cp(line, i);
    if (k < lo) continue;
    int w = display_width(neutralize_controls(line.substr(start, i - start)));
    pieces.push_back({start, i, w});
    total += w;
  }
  bool cut_left = lo > 0, cut_right = i < line.size();
  at = std::min(at - lo, pieces.size());  // now an index into pieces
  size_t first = 0, last = pieces.size();  // the window [first, last)
  if (cut_left || cut_right || total > width) {
    // Put the column a third of the way in, then fill to the width, less
    // the two ellipses (so a shown line never needs cutting again).
    width = std::max(width - 2, 3);
    int room = width / 3;
    first = at;
    while (first > 0 && room - pieces[first - 1].width >= 0) room -= pieces[--first].width;
    int used = 0;
    last = first;
    while (last < pieces.size() && used + pieces[last].width <= width) used += pieces[last++].width;
    if (last <= at) last = std::min(pieces.size(), at + 1);
  }
  ShownLine out;
  bool left = first > 0 || cut_left;
  if (left) out.text = "…";
  size_t cps = left ? 1 : 0;  // code points of out.text so far
  for (size_t p = first; p < last; ++p) {
    if (p == at) out.column = cps + 1;
    std::string shown = neutralize_controls(line.substr(pieces[p].begin, pieces[p].end - pieces[p].begin));
    cps += codepoint_count(shown);
    out.text += shown;
  }
  if (at >= last) out.column = cps + 1;
  if (last < pieces.size() || cut_right) out.text += "…";
  return out;
}

namespace {

size_t code_point_distance(const std::u32string& x, const std::u32string& y) {
  std::vector<size_t> prev(y.size() + 1), cur(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= y.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[y.size()];
}

}  // namespace

size_t edit_distance(std::string_view a, std::string_view b) { return code_point_distance(decode_utf8(a), decode_utf8(b)); }

// The distance is at least the difference of the lengths, so a candidate
// whose length alone puts it past the limit, or no nearer than the best so
// far, is passed over without the table (the plan rules ask this of every
// department name a lead entry might mean).
std::optional<std::string> did_you_mean(std::string_view word,
                                        std::span<const std::string> candidates) {
  std::optional<std::string> best;
  size_t best_d = 0;
  std::u32string x = decode_utf8(word);
  size_t n = x.size();
  for (const auto& c : candidates) {
    if (c == word) continue;
    size_t m = codepoint_count(c);  // what decode_utf8(c).size() would be
    size_t limit = std::max<size_t>(1, std::max(n, m) / 3);
    size_t at_least = n > m ? n - m : m - n;
    if (at_least > limit || (best && at_least >= best_d)) continue;
    size_t d = code_point_distance(x, decode_utf8(c));
    if (d <= limit && (!best || d < best_d)) {
      best = c;
      best_d = d;
    }
  }
  return best;
}

std::string_view trim(std::string_view s) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool consume_prefix(std::string_view& s, std::string_view prefix) {
  if (!starts_with(s, prefix)) return false;
  s.remove_prefix(prefix.size());
  return true;
}

std::string fold_width(std::string_view text) {
  std::string out;
  fold_width_into(text, out);
  return out;
}

namespace {

// Whether fold_width_into has more to do than copy: a code point that starts
// with the lead byte of a full-width form, an ideographic or no-break space,
// or a minus sign (0xEF, 0xE3, 0xC2, 0xE2), or a malformed sequence (which
// becomes U+FFFD). One pass, ASCII eight bytes at a time: a submission folds
// every cell of millions of rows, nearly all of them plain digits, ids or
// Chinese with nothing to fold.
bool has_foldable(std::string_view s) {
  for (size_t i = skip_ascii(s, 0); i < s.size(); i = skip_ascii(s, i)) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b == 0xEF || b == 0xE3 || b == 0xC2 || b == 0xE2) return true;
    bool ok = true;
    next_cp(s, i, &ok);
    if (!ok) return true;
  }
  return false;
}

}  // namespace

void fold_width_into(std::string_view text, std::string& out) {
  out.clear();
  text = trim(text);
  if (!has_foldable(text)) {
    out.assign(text);  // the common case: nothing to fold
    return;
  }
  // Code point by code point, without decoding into a buffer: a character
  // that is not folded is copied as its bytes (a malformed one becomes U+FFFD).
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    bool ok = true;
    char32_t cp = next_cp(text, i, &ok);
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII
    else if (cp == 0x3000 || cp == 0x00A0) cp = ' ';
    else if (cp == 0x2212) cp = '-';                  // minus sign
    else if (ok) {
      out.append(text.substr(start, i - start));
      continue;
    }
    append_utf8(out, cp);
  }
  std::string_view t = trim(out);
  if (t.size() != out.size()) out = std::string(t);
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace scip::util
