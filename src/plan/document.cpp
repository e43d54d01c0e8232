// plan/document — see document.h.
#include "plan/document.h"

#include <charconv>
#include <cmath>
#include <regex>

namespace scip {

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

Pos Document::pos(const std::string& pointer) const {
  std::string p = pointer;
  for (;;) {
    if (auto it = value_pos.find(p); it != value_pos.end()) return it->second;
    if (p.empty()) return Pos{1, 1};
    p.erase(p.rfind('/'));
  }
}

Pos Document::key(const std::string& pointer) const {
  if (auto it = key_pos.find(pointer); it != key_pos.end()) return it->second;
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

// YAML 1.2 core schema resolution of a plain scalar. Returns false when the
// text is a number that does not fit (it is then kept as text and reported).
bool resolve_plain(const std::string& s, json& out, bool& out_of_range) {
  out_of_range = false;
  if (s == "true" || s == "True" || s == "TRUE") { out = true; return true; }
  if (s == "false" || s == "False" || s == "FALSE") { out = false; return true; }
  static const std::regex int_dec("[-+]?[0-9]+");
  static const std::regex int_oct("0o[0-7]+");
  static const std::regex int_hex("0x[0-9a-fA-F]+");
  static const std::regex flt("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  static const std::regex inf("[-+]?\\.(inf|Inf|INF)");
  static const std::regex nan("\\.(nan|NaN|NAN)");
  auto as_int = [&](std::string_view digits, int base, bool neg) {
    std::uint64_t v = 0;
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
    if (ec != std::errc{} || p != digits.data() + digits.size() ||
        v > static_cast<std::uint64_t>(INT64_MAX)) {
      out_of_range = true;
      return false;
    }
    out = neg ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
    return true;
  };
  if (std::regex_match(s, int_dec)) {
    std::string_view d = s;
    bool neg = d[0] == '-';
    if (d[0] == '-' || d[0] == '+') d.remove_prefix(1);
    return as_int(d, 10, neg);
  }
  if (std::regex_match(s, int_oct)) return as_int(std::string_view(s).substr(2), 8, false);
  if (std::regex_match(s, int_hex)) return as_int(std::string_view(s).substr(2), 16, false);
  if (std::regex_match(s, flt)) {
    double v = std::strtod(s.c_str(), nullptr);
    if (!std::isfinite(v)) { out_of_range = true; return false; }
    out = v;
    return true;
  }
  if (std::regex_match(s, inf) || std::regex_match(s, nan)) {
    out_of_range = true;  // JSON has no infinity or NaN, and no target needs one
    return false;
  }
  out = s;
  return true;
}

void convert(const YamlNode& n, const std::string& ptr, Document& doc, json& out) {
  doc.value_pos.emplace(ptr, n.pos);
  switch (n.kind) {
    case YamlNode::Kind::null:
      out = nullptr;
      return;
    case YamlNode::Kind::scalar: {
      if (!n.plain) { out = n.value; return; }
      bool oor = false;
      if (!resolve_plain(n.value, out, oor)) {
        out = n.value;
        doc.problems.push_back({"number-out-of-range", n.pos, n.value, {}});
        doc.reported.insert(ptr);
        return;
      }
      if (!out.is_string()) doc.plain_scalar.emplace(ptr, n.value);
      else if (is_yaml11_bool(n.value)) doc.problems.push_back({"yaml11-boolean", n.pos, n.value, {}});
      return;
    }
    case YamlNode::Kind::sequence:
      out = json::array();
      for (size_t i = 0; i < n.items.size(); ++i) {
        json item;
        convert(n.items[i], ptr + "/" + std::to_string(i), doc, item);
        out.push_back(std::move(item));
      }
      return;
    case YamlNode::Kind::mapping:
      out = json::object();
      for (const auto& [k, v] : n.entries) {
        if (out.contains(k.value)) continue;  // duplicate-key already reported; first one wins
        std::string child = ptr + "/" + pointer_token(k.value);
        doc.key_pos.emplace(child, k.pos);
        convert(v, child, doc, out[k.value]);
      }
      return;
  }
}

}  // namespace

Document load_document(std::string path, std::string text) {
  Document doc;
  doc.path = std::move(path);
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  doc.text = std::move(text);
  YamlParse parsed = parse_yaml(doc.text);
  doc.problems = std::move(parsed.problems);
  if (parsed.root) convert(*parsed.root, "", doc, doc.json);
  else doc.json = nullptr;
  return doc;
}

}  // namespace scip
