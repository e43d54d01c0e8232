// draft/source_text — see source_text.h.
#include "draft/source_text.h"

#include <map>

#include "util/han.h"
#include "util/text.h"

namespace scip::draft {

using util::is_cjk;
using util::is_cjk_punct;
using util::is_cn_numeral;
using util::is_digit;
using util::matching_paren;
using util::trim32;

namespace {

const std::u32string kRespWords[] = {U"牵头部门", U"牵头单位", U"责任部门", U"责任单位", U"主要责任单位",
                                     U"配合部门", U"配合单位", U"参与部门", U"参与单位",  U"协办单位"};

bool page_dash(char32_t c) { return c == U'—' || c == U'－' || c == U'–' || c == U'-'; }

// "— 16 —", "-3-": a page number standing between two dashes; its length or 0.
size_t page_number_at(const std::u32string& s, size_t i) {
  if (!page_dash(s[i])) return 0;
  size_t j = i + 1;
  while (j < s.size() && (page_dash(s[j]) || s[j] == U' ')) ++j;
  size_t digits = j;
  while (j < s.size() && is_digit(s[j])) ++j;
  if (j == digits || j - digits > 3) return 0;
  while (j < s.size() && s[j] == U' ') ++j;
  if (j >= s.size() || !page_dash(s[j])) return 0;
  while (j < s.size() && page_dash(s[j])) ++j;
  return j - i;
}

// Markdown marks at the start of a converted line: "## ", "> ", "- ", "* ".
std::u32string strip_markdown(std::u32string s) {
  std::u32string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == U'*' && i + 1 < s.size() && s[i + 1] == U'*') {
      ++i;
      continue;
    }
    out += s[i];
  }
  size_t i = 0;
  while (i < out.size() && out[i] == U'#') ++i;
  if (i > 0 && i < out.size() && out[i] == U' ') out.erase(0, i + 1);
  if (out.size() >= 2 && (out[0] == U'>' || out[0] == U'-' || out[0] == U'*' || out[0] == U'•') && out[1] == U' ')
    out.erase(0, 2);
  return out;
}

bool separator_line(const std::u32string& s) {
  if (s.size() < 3) return false;
  for (char32_t c : s)
    if (c != U'-' && c != U'=' && c != U'*' && c != U'_' && c != U'—') return false;
  return true;
}

bool terminal(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'：' || c == U':' || c == U';'; }

bool prose(const std::u32string& s) {
  for (char32_t c : s)
    if (c == U'，' || c == U'。' || c == U'、' || c == U',' || c == U'；') return true;
  return false;
}

// The end of the document proper: 抄送 (distribution), the 印发 line.
bool end_matter(const std::u32string& s) { return s.starts_with(U"抄送") || (s.size() < 30 && s.ends_with(U"印发")); }

}  // namespace

int heading_level(const std::u32string& s, size_t* marker_end) {
  size_t i = 0;
  auto numeral_run = [&](size_t from) {
    size_t j = from;
    while (j < s.size() && j - from < 3 && is_cn_numeral(s[j]) && s[j] != U'两' && s[j] != U'百') ++j;
    return j;
  };
  size_t j = numeral_run(0);
  if (j > 0 && j < s.size() && (s[j] == U'、' || s[j] == U'．')) {
    if (marker_end) *marker_end = j + 1;
    return 1;
  }
  if (!s.empty() && (s[0] == U'（' || s[0] == U'(')) {
    i = 1;
    while (i < s.size() && s[i] == U' ') ++i;
    size_t k = numeral_run(i);
    bool cn = k > i;
    if (!cn)
      while (k < s.size() && k - i < 2 && is_digit(s[k])) ++k;
    size_t close = k;
    while (close < s.size() && s[close] == U' ') ++close;
    if (k > i && close < s.size() && (s[close] == U'）' || s[close] == U')')) {
      if (marker_end) *marker_end = close + 1;
      return cn ? 2 : 4;
    }
    return 0;
  }
  j = 0;
  while (j < s.size() && j < 2 && is_digit(s[j])) ++j;
  if (j > 0 && j < s.size()) {
    size_t k = j;
    while (k < s.size() && s[k] == U' ') ++k;
    bool dot = k < s.size() && (s[k] == U'.' || s[k] == U'．' || s[k] == U'、');
    if (dot && !(k + 1 < s.size() && is_digit(s[k + 1]))) {
      if (marker_end) *marker_end = k + 1;
      return 3;
    }
  }
  if (!s.empty() && s[0] >= U'①' && s[0] <= U'⑳') {
    if (marker_end) *marker_end = 1;
    return 4;
  }
  return 0;
}

bool is_responsibility_line(const std::u32string& s) {
  for (const auto& w : kRespWords)
    if (s.starts_with(w) && s.size() > w.size() && (s[w.size()] == U'：' || s[w.size()] == U':')) return true;
  if (!s.empty() && (s[0] == U'（' || s[0] == U'(') && s.find(U"牵头") != std::u32string::npos) {
    size_t close = matching_paren(s, 0);
    return close == std::u32string::npos || close + 2 >= s.size();
  }
  return false;
}

std::string clean_line(const std::string& raw) {
  std::u32string s = util::decode_utf8(raw);
  std::u32string folded;
  for (char32_t c : s) {
    if (c == U'\r' || c == U'\t' || c == U'\u3000' || c == U'\u00a0') c = U' ';
    else if (c >= U'０' && c <= U'９') c = U'0' + (c - U'０');
    else if (c == U'％') c = U'%';
    folded += c;
  }
  s = strip_markdown(trim32(folded));
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    if (size_t n = (i == 0 || s[i - 1] == U' ' || is_cjk(s[i - 1])) ? page_number_at(s, i) : 0) {
      i += n;
      continue;
    }
    if (s[i] == U' ') {
      size_t j = i;
      while (j < s.size() && s[j] == U' ') ++j;
      bool cjk_before = !out.empty() && (is_cjk(out.back()) || is_cjk_punct(out.back()));
      bool cjk_after = j < s.size() && (is_cjk(s[j]) || is_cjk_punct(s[j]));
      if (!cjk_before && !cjk_after && !out.empty() && j < s.size()) out += U' ';
      i = j;
      continue;
    }
    out += s[i++];
  }
  out = trim32(out);
  if (separator_line(out)) out.clear();
  bool page_number = !out.empty() && out.size() <= 3;
  for (char32_t c : out) page_number = page_number && is_digit(c);
  if (page_number) out.clear();
  return util::encode_utf8(out);
}

std::vector<Paragraph> paragraphs_of(const std::vector<std::string>& lines) {
  std::vector<std::u32string> cleaned;
  std::map<std::u32string, int> seen;
  for (const auto& l : lines) {
    cleaned.push_back(util::decode_utf8(clean_line(l)));
    if (!cleaned.back().empty() && cleaned.back().size() <= 40) ++seen[cleaned.back()];
  }
  std::vector<Paragraph> out;
  std::u32string cur, last_line;
  int cur_line = 0;
  auto flush = [&] {
    if (!cur.empty()) out.push_back({util::encode_utf8(cur), cur_line});
    cur.clear();
  };
  for (size_t i = 0; i < cleaned.size(); ++i) {
    const std::u32string& s = cleaned[i];
    if (s.empty()) continue;
    if (seen[s] >= 3 && heading_level(s) == 0) continue;  // a running header or footer
    if (end_matter(s)) break;
    bool opens = heading_level(s) > 0 || is_responsibility_line(s);
    // A bracketed responsibility line ends at its closing bracket.
    bool closed_paren = !cur.empty() && (cur[0] == U'（' || cur[0] == U'(') && heading_level(cur) == 0 &&
                        matching_paren(cur, 0) != std::u32string::npos;
    bool continues = !cur.empty() && !opens && !terminal(cur.back()) && prose(cur) && last_line.size() >= 15 && !closed_paren;
    if (!continues) {
      flush();
      cur_line = static_cast<int>(i) + 1;
    }
    cur += s;
    last_line = s;
  }
  flush();
  return out;
}

}  // namespace scip::draft
