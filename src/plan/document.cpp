// plan/document — see document.h.
#include "plan/document.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "util/release.h"

namespace scip::plan {

using nlohmann::json;

std::string pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out.push_back(c);
  }
  return out;
}

util::Pos Document::pos(std::string_view pointer) const {
  std::string p(pointer);
  for (;;) {
    if (const NodePos* at = node_pos.find(p)) return at->value;
    if (const util::Pos* kept = kept_pos.find(p)) return *kept;
    if (p.empty()) return util::Pos{1, 1};
    p.erase(p.rfind('/'));
  }
}

void Document::keep_positions(const std::vector<std::string>& pointers) {
  std::vector<std::pair<std::string, util::Pos>> kept;
  kept.reserve(pointers.size());
  for (const auto& p : pointers) kept.emplace_back(p, pos(p));
  kept_pos.assign(std::move(kept));
  util::release(node_pos);
}

util::Pos Document::key(const std::string& pointer) const {
  if (const NodePos* at = node_pos.find(pointer); at && at->key.known()) return at->key;
  return pos(pointer);
}

namespace {

bool is_yaml11_bool(const std::string& s) {
  static const char* words[] = {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
                                "on", "On", "ON", "off", "Off", "OFF"};
  for (const char* w : words)
    if (s == w) return true;
  return false;
}

// The YAML 1.2 core schema's number forms, matched by hand (no <regex>: it
// is slow, and this runs on every scalar of a national corpus).
bool all_of(std::string_view s, bool (*pred)(char)) {
  if (s.empty()) return false;
  for (char c : s)
    if (!pred(c)) return false;
  return true;
}
bool is_dec(char c) { return c >= '0' && c <= '9'; }
bool is_oct(char c) { return c >= '0' && c <= '7'; }
bool is_hex(char c) { return is_dec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool is_core_float(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  size_t int_digits = 0, frac_digits = 0;
  while (i < s.size() && is_dec(s[i])) { ++i; ++int_digits; }
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_dec(s[i])) { ++i; ++frac_digits; }
    if (int_digits == 0 && frac_digits == 0) return false;
  } else if (int_digits == 0) {
    return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    size_t exp_digits = 0;
    while (i < s.size() && is_dec(s[i])) { ++i; ++exp_digits; }
    if (exp_digits == 0) return false;
  }
  return i == s.size();
}

// YAML 1.2 core schema resolution of a plain scalar. Returns false when the
// text is a number that does not fit (it is then kept as text and reported).
bool resolve_plain(const std::string& s, json& out) {
  if (s == "true" || s == "True" || s == "TRUE") { out = true; return true; }
  if (s == "false" || s == "False" || s == "FALSE") { out = false; return true; }
  auto as_int = [&](std::string_view digits, int base, bool neg) {
    std::uint64_t v = 0;
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
    if (ec != std::errc{} || p != digits.data() + digits.size() ||
        v > static_cast<std::uint64_t>(INT64_MAX))
      return false;
    out = neg ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
    return true;
  };
  std::string_view v = s;
  bool sign = !v.empty() && (v[0] == '-' || v[0] == '+');
  if (all_of(v.substr(sign ? 1 : 0), is_dec)) return as_int(v.substr(sign ? 1 : 0), 10, v[0] == '-');
  if (v.size() > 2 && v.substr(0, 2) == "0o" && all_of(v.substr(2), is_oct)) return as_int(v.substr(2), 8, false);
  if (v.size() > 2 && v.substr(0, 2) == "0x" && all_of(v.substr(2), is_hex)) return as_int(v.substr(2), 16, false);
  if (is_core_float(v)) {
    double d = std::strtod(s.c_str(), nullptr);
    if (!std::isfinite(d)) return false;
    out = d;
    return true;
  }
  std::string_view body = v.substr(sign ? 1 : 0);
  if (body == ".inf" || body == ".Inf" || body == ".INF" || v == ".nan" || v == ".NaN" || v == ".NAN")
    return false;  // JSON has no infinity or NaN, and no target needs one
  out = s;
  return true;
}

// Converts `n` (its strings moved into the JSON) at the pointer `ptr`, which
// it extends for each member and gives back as it was. `key`: the position
// of the node's key, when it is a mapping's member.
void convert(YamlNode& n, std::string& ptr, util::Pos key, Document& doc, json& out) {
  doc.node_pos.try_emplace(ptr, {n.pos, key});
  if (n.alias) doc.reported.insert(ptr);  // already reported as yaml-alias
  const size_t here = ptr.size();
  switch (n.kind) {
    case YamlNode::Kind::null:
      out = nullptr;
      return;
    case YamlNode::Kind::scalar: {
      if (!n.plain) { out = std::move(n.value); return; }
      if (!resolve_plain(n.value, out)) {
        out = n.value;
        doc.problems.push_back({"number-out-of-range", n.pos, n.value, {}});
        doc.reported.insert(ptr);
        return;
      }
      if (!out.is_string()) doc.plain_scalar.emplace(ptr, std::move(n.value));
      else if (is_yaml11_bool(n.value)) doc.problems.push_back({"yaml11-boolean", n.pos, n.value, {}});
      return;
    }
    case YamlNode::Kind::sequence:
      out = json::array();
      for (size_t i = 0; i < n.items.size(); ++i) {
        json item;
        ptr += '/';
        ptr += std::to_string(i);
        convert(n.items[i], ptr, {}, doc, item);
        ptr.resize(here);
        out.push_back(std::move(item));
      }
      return;
    case YamlNode::Kind::mapping:
      out = json::object();
      for (auto& [k, v] : n.entries) {
        if (out.contains(k.value) || k.alias) continue;  // duplicate-key / complex-key already reported
        ptr += '/';
        ptr += pointer_token(k.value);
        convert(v, ptr, k.pos, doc, out[k.value]);
        ptr.resize(here);
      }
      return;
  }
}

}  // namespace

std::string document_text(std::string text) {
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  return text;
}

Document load_document(std::string path, std::string text) {
  Document doc;
  doc.path = std::move(path);
  doc.text = document_text(std::move(text));
  YamlParse parsed = parse_yaml(doc.text);
  doc.problems = std::move(parsed.problems);
  std::string pointer;  // the root's: empty
  if (parsed.root) convert(*parsed.root, pointer, {}, doc, doc.json);
  else doc.json = nullptr;
  return doc;
}

}  // namespace scip::plan
