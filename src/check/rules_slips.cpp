// check/rules_slips — the Chinese keyboard's slips in a plan's YAML, found on
// the raw text before it is parsed. See rules.h.
//
// With a Chinese input method on, the punctuation YAML needs comes out full
// width: `title：…` for `title: …`, `[edu，agri]`, `－ id: x` for a list item,
// `＃` for a comment, an ideographic space `　` in the indentation. yaml-cpp
// then reports something else, somewhere else (`illegal map value` on the
// next line, an unused department). Each slip is reported here, at its own
// place, with the ASCII character to type (keyboard-slip), and repaired in
// the text that is parsed, so the rest of the file is checked as meant and
// nothing cascades. Only syntax positions are taken: a key the schemas know
// before `：`, ASCII ids on both sides of `，` inside brackets, `－` before a
// key or a flow mapping, `＃` and `　` at the start of a line — and never
// inside a block scalar (`text: |`), where Chinese prose is at home.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <set>

#include "check/rules.h"
#include "check/schema_source.h"
#include "util/text.h"

namespace scip::check {

namespace {

// Every property name of the embedded schemas: the keys a plan may have.
const std::set<std::string>& schema_keys() {
  static const std::set<std::string> keys = [] {
    std::set<std::string> out;
    std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
      if (j.is_object()) {
        if (auto it = j.find("properties"); it != j.end() && it->is_object())
          for (const auto& [k, v] : it->items()) out.insert(k);
        for (const auto& [k, v] : j.items()) walk(v);
      } else if (j.is_array()) {
        for (const auto& v : j) walk(v);
      }
    };
    for (const auto& name : document_types()) walk(nlohmann::json::parse(embedded_schema(name)));
    return out;
  }();
  return keys;
}

bool id_char(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'; }

struct Slip {
  size_t at;  // code point index in the line
  char32_t found;
  std::u32string repair;  // what replaces it
};

// The slips of one line (not in a block scalar).
std::vector<Slip> slips_in(const std::u32string& line) {
  std::vector<Slip> out;
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  size_t start = i;
  while (i < line.size() && line[i] == U'\u3000') out.push_back({i++, U'\u3000', U"  "});
  if (i < line.size() && line[i] == U'＃') out.push_back({i, U'＃', U"#"});
  // `－ id: x` / `－ {…}`: a list item.
  size_t key = i;
  if (i + 1 < line.size() && (line[i] == U'－' || line[i] == '-') && line[i + 1] == ' ') {
    size_t k = i + 2;
    while (k < line.size() && line[k] == ' ') ++k;
    bool item = k < line.size() && (line[k] == '{' || id_char(line[k]));
    if (line[i] == U'－' && item) out.push_back({i, U'－', U"-"});
    key = k;
  }
  // `key：value` with a key the schemas know.
  size_t e = key;
  while (e < line.size() && id_char(line[e])) ++e;
  if (e > key && e < line.size() && line[e] == U'：' &&
      schema_keys().count(util::encode_utf8(line.substr(key, e - key))))
    out.push_back({e, U'：', U": "});
  // `[edu，agri]`: ASCII ids on both sides of a full-width comma in brackets.
  int depth = 0;
  for (size_t k = start; k < line.size(); ++k) {
    if (line[k] == '[' || line[k] == '{') ++depth;
    else if (line[k] == ']' || line[k] == '}') --depth;
    else if (line[k] == U'，' && depth > 0) {
      size_t l = k, r = k + 1;
      while (l > 0 && line[l - 1] == ' ') --l;
      while (r < line.size() && line[r] == ' ') ++r;
      if (l > 0 && id_char(line[l - 1]) && r < line.size() && id_char(line[r])) out.push_back({k, U'，', U", "});
    }
  }
  return out;
}

// Whether a line's bytes could hold a slip slips_in reports: a test on the
// bytes that lets through every such line and almost no other. Lines of
// Chinese prose are full of ， and ：, so the file-wide test below passes on
// nearly every real plan, whose every line was decoded (about 2% of a cold
// check's cycles, and again for the excerpts shown). Let through: 　, ＃ or － first after the spaces; ： right after an
// ASCII id character (a key); ， in a line with a bracket or brace.
bool may_hold_slip(std::string_view raw) {
  size_t i = raw.find_first_not_of(' ');
  if (i == std::string_view::npos) return false;
  std::string_view first = raw.substr(i, 3);
  if (first == "\xE3\x80\x80" || first == "\xEF\xBC\x83" || first == "\xEF\xBC\x8D") return true;
  // Two searches for one byte each (memchr), not find_first_of, which looks
  // each byte of the line up in the set: 2% of a cold check's cycles.
  bool bracket = raw.find('[') != std::string_view::npos || raw.find('{') != std::string_view::npos;
  for (size_t k = raw.find("\xEF\xBC"); k != std::string_view::npos && k + 2 < raw.size(); k = raw.find("\xEF\xBC", k + 2)) {
    auto third = static_cast<unsigned char>(raw[k + 2]);
    if (third == 0x9A && k > 0 && id_char(static_cast<unsigned char>(raw[k - 1]))) return true;
    if (third == 0x8C && bracket) return true;
  }
  return false;
}

// Whether a line opens a block scalar (`key: |`, `- >-`): its value ends in
// | or > with optional chomping and indentation indicators.
bool opens_block(std::string_view line) {
  size_t hash = line.find(" #");
  std::string_view s = util::trim(line.substr(0, hash));
  while (!s.empty() && (s.back() == '-' || s.back() == '+' || (s.back() >= '0' && s.back() <= '9'))) s.remove_suffix(1);
  return s.size() >= 2 && (s.back() == '|' || s.back() == '>') && (s[s.size() - 2] == ' ' || s[s.size() - 2] == ':');
}

size_t indent_of(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

// Repairs and reports the slips of one line (not in a block scalar),
// appending the line as parsed to `repaired`.
void repair_line(Diagnostics& out, const std::string& path, int line_no, std::string_view raw, std::string& repaired) {
  std::u32string line = util::decode_utf8(raw);
  std::vector<Slip> found = slips_in(line);
  for (auto it = found.rbegin(); it != found.rend(); ++it) line.replace(it->at, 1, it->repair);
  for (const Slip& s : found) {
    std::string ch = util::encode_utf8(std::u32string(1, s.found));
    std::string ascii = s.found == U'\u3000' ? "  " : util::encode_utf8(std::u32string(1, s.repair[0]));
    Diagnostic& d = out.add("keyboard-slip", path, util::Pos{line_no, static_cast<int>(s.at) + 1},
                            out.tr(s.found == U'\u3000' ? "diag.keyboard-slip.space" : "diag.keyboard-slip",
                                   fmt::arg("found", ch), fmt::arg("ascii", ascii)),
                            out.tr("hint.keyboard-slip"));
    d.excerpt = std::string(raw.substr(0, raw.size() && raw.back() == '\r' ? raw.size() - 1 : raw.size()));
    d.excerpt_column = static_cast<int>(s.at) + 1;
  }
  repaired += found.empty() ? std::string(raw) : util::encode_utf8(line);
}

}  // namespace

std::string repair_keyboard_slips(Diagnostics& out, const std::string& path, std::string text) {
  // A file without any of ： ＃ ， － (EF BC xx) and 　 (E3 80 80) has nothing to
  // repair; a plan with Chinese prose has them on most lines, hence may_hold_slip.
  if (text.find("\xEF\xBC") == std::string::npos && text.find("\xE3\x80\x80") == std::string::npos) return text;
  std::string repaired;
  repaired.reserve(text.size());
  int block = -1;  // the indentation of the line that opened a block scalar; -1: not in one
  int line_no = 0;
  for (size_t pos = 0; pos <= text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view raw(text.data() + pos, end - pos);
    ++line_no;
    bool blank = util::trim(raw).empty();
    if (block >= 0 && (blank || static_cast<int>(indent_of(raw)) > block)) {
      repaired += raw;
    } else {
      block = opens_block(raw) ? static_cast<int>(indent_of(raw)) : -1;
      if (may_hold_slip(raw)) repair_line(out, path, line_no, raw, repaired);
      else repaired += raw;
    }
    if (end == text.size()) break;
    repaired += '\n';
    pos = end + 1;
  }
  return repaired;
}

}  // namespace scip::check
