// check/structure — see structure.h.
#include "check/structure.h"

#include <fmt/format.h>

#include "check/schema_source.h"
#include "check/schema_validator.h"
#include "plan/model.h"
#include "util/number.h"
#include "util/table.h"
#include "util/text.h"

namespace scip::check {

using nlohmann::json;

namespace {

// Each schema compiled on the first document of its kind, not all five on
// the first document: a check of one plan compiles the plan's alone.
template <DocKind Kind>
const SchemaValidator& compiled(const char* schema) {
  static const SchemaValidator validator(schema);
  return validator;
}

const SchemaValidator& validator_for(DocKind kind) {
  switch (kind) {
    case DocKind::plan: return compiled<DocKind::plan>("plan");
    case DocKind::findings: return compiled<DocKind::findings>("findings");
    case DocKind::ledger: return compiled<DocKind::ledger>("ledger");
    case DocKind::rubric: return compiled<DocKind::rubric>("rubric");
    default: return compiled<DocKind::indicators>("indicators");
  }
}

std::string quote(const json& v) {
  if (v.is_string()) return util::quoted(v.get<std::string>());
  return util::neutralize_controls(v.dump());
}

std::string type_word(const Diagnostics& out, const json& v) {
  switch (v.type()) {
    case json::value_t::null: return out.tr("type.null");
    case json::value_t::boolean: return out.tr("type.boolean");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return out.tr("type.integer");
    case json::value_t::number_float: return out.tr("type.number");
    case json::value_t::string: return out.tr("type.string");
    case json::value_t::array: return out.tr("type.sequence");
    case json::value_t::object: return out.tr("type.mapping");
    default: return out.tr("type.value");
  }
}

// What the schema node expects, in words ("a date (YYYY-MM-DD)", "a mapping").
std::string expected_words(const Diagnostics& out, const json& node) {
  if (node.contains("x-format")) return out.tr("format." + node["x-format"].get<std::string>());
  std::vector<std::string> types;
  if (node.contains("type")) {
    if (node["type"].is_string()) types.push_back(node["type"].get<std::string>());
    else for (const auto& t : node["type"]) types.push_back(t.get<std::string>());
  }
  std::string words;
  for (const auto& t : types) {
    std::string w = t == "object" ? out.tr("type.mapping") : t == "array" ? out.tr("type.sequence")
                    : out.tr("type." + t);
    words += words.empty() ? w : out.tr("word.or") + w;
  }
  return words.empty() ? out.tr("type.value") : words;
}

std::vector<std::string> allowed_keys(const json& node) {
  std::vector<std::string> keys;
  if (node.contains("properties"))
    for (const auto& [k, v] : node["properties"].items()) keys.push_back(k);
  return keys;
}

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : std::string(sep)) + x;
  return s;
}

// The facts about one schema issue that its report needs.
struct IssueSite {
  plan::Document& doc;
  const SchemaValidator::Issue& is;
  const json* node;   // the schema node at the pointer, if any
  const json* value;  // the document's value there, if any
  std::string v;      // that value quoted, empty if none or null
};

// A key the schema does not allow: an id-keyed map's bad id, or a typo.
void report_unknown_key(const IssueSite& site, Diagnostics& out) {
  auto& [doc, is, node, value, v] = site;
  std::string child = is.pointer + "/" + plan::pointer_token(is.name);
  std::string key = util::neutralize_controls(is.name);
  if (node && node->contains("x-key-format")) {
    out.add("invalid-id", doc.path, doc.key(child), out.tr("diag.invalid-id.key", fmt::arg("value", key)),
            out.tr("hint.id-format"));
    return;
  }
  std::vector<std::string> keys = node ? allowed_keys(*node) : std::vector<std::string>{};
  std::string hint;
  if (auto dym = util::did_you_mean(is.name, keys))
    hint = out.tr("hint.did-you-mean", fmt::arg("value", *dym));
  else if (!keys.empty())
    hint = out.tr("hint.allowed-keys", fmt::arg("keys", join(keys, ", ")));
  out.add("unknown-key", doc.path, doc.key(child), out.tr("diag.unknown-key", fmt::arg("key", key)), hint);
}

// A number written as a Chinese report writes it, where the plan format wants
// a bare number: 90% (the % goes in the unit), 1.3万 (the scale goes in the
// unit: value 1.3, unit 万人), ≥100 (the comparison goes in op).
std::string number_as_text_hint(const plan::Document& doc, const std::string& pointer, const std::string& text,
                                const Diagnostics& out) {
  util::NumberResult r = util::parse_number(text);
  if (!r.number) return {};
  const util::Number& n = *r.number;
  double scale = n.scale.empty() ? 1 : util::unit_scale(n.scale + "人", "人").value_or(1);
  std::string digits = util::format_number(n.value / scale, 4);
  if (n.percent) return out.tr("hint.value-percent", fmt::arg("value", digits));
  if (!n.scale.empty()) {
    std::string unit;
    size_t slash = pointer.rfind('/');
    if (const auto* u = doc.json.contains(json::json_pointer(pointer.substr(0, slash) + "/unit"))
                            ? &doc.json.at(json::json_pointer(pointer.substr(0, slash) + "/unit"))
                            : nullptr;
        u && u->is_string())
      unit = u->get<std::string>();
    if (unit.empty()) unit = n.unit;
    return out.tr("hint.value-scale", fmt::arg("value", digits), fmt::arg("unit", n.scale + unit));
  }
  if (n.approximate) return out.tr("hint.value-approximate", fmt::arg("value", digits), fmt::arg("marker", n.marker));
  return out.tr("hint.value-bare", fmt::arg("value", digits));
}

// A value of the wrong type: text that needs quotes, or the type expected.
void report_wrong_type(const IssueSite& site, Diagnostics& out) {
  auto& [doc, is, node, value, v] = site;
  std::string expected = node ? expected_words(out, *node) : out.tr("type.value");
  // Text proper (ids, codes, names) wants quotes; a date written as a
  // number is simply the wrong type, explained by the date hint below.
  std::string fmt_name = node && node->contains("x-format") ? node->at("x-format").get<std::string>() : "";
  bool wants_text = node && node->contains("type") && node->at("type") == "string" && fmt_name != "date";
  if (auto it = doc.plain_scalar.find(is.pointer); it != doc.plain_scalar.end() && wants_text) {
    std::string raw = util::neutralize_controls(it->second);
    bool leading_zero = raw.size() > 1 && raw[0] == '0' && raw[1] >= '0' && raw[1] <= '9';
    out.add("needs-quotes", doc.path, doc.pos(is.pointer),
            out.tr(leading_zero ? "diag.needs-quotes.zero" : "diag.needs-quotes",
                   fmt::arg("value", raw), fmt::arg("as", value ? quote(*value) : raw),
                   fmt::arg("type", value ? type_word(out, *value) : std::string())),
            out.tr("hint.needs-quotes", fmt::arg("value", raw)));
    return;
  }
  std::string hint;
  if (node && node->contains("x-format"))
    hint = out.tr("hint.format." + node->at("x-format").get<std::string>());
  else if (value && value->is_string() && node && node->value("type", "") == "number")
    hint = number_as_text_hint(doc, is.pointer, value->get<std::string>(), out);
  out.add("wrong-type", doc.path, doc.pos(is.pointer),
          out.tr("diag.wrong-type", fmt::arg("expected", expected),
                 fmt::arg("found", value ? type_word(out, *value) : out.tr("type.value")),
                 fmt::arg("value", v)),
          hint);
}

// A value not among the allowed ones (with a did-you-mean).
void report_bad_enum(const IssueSite& site, Diagnostics& out) {
  auto& [doc, is, node, value, v] = site;
  std::vector<std::string> allowed;
  if (node && node->contains("enum"))
    for (const auto& e : node->at("enum")) allowed.push_back(e.is_string() ? e.get<std::string>() : e.dump());
  std::string hint;
  if (value && value->is_string()) {
    if (auto op = plan::op_for_word(value->get<std::string>());
        op && std::find(allowed.begin(), allowed.end(), *op) != allowed.end())
      hint = out.tr("hint.op-word", fmt::arg("op", *op), fmt::arg("word", value->get<std::string>()));
    else if (auto dym = util::did_you_mean(value->get<std::string>(), allowed))
      hint = out.tr("hint.did-you-mean", fmt::arg("value", *dym));
  }
  // `scip:` and `type:` have their own codes (checked before the schema).
  out.add("bad-value", doc.path, doc.pos(is.pointer),
          out.tr("diag.bad-value", fmt::arg("value", v), fmt::arg("allowed", join(allowed, ", "))), hint);
}

// A list with a repeated item: pointed at the second occurrence of the first.
void report_not_unique(const IssueSite& site, Diagnostics& out) {
  auto& [doc, is, node, value, v] = site;
  // Point at the second occurrence of the first repeated item.
  std::string at = is.pointer, item;
  if (value && value->is_array())
    for (size_t i = 0; i < value->size() && item.empty(); ++i)
      for (size_t k = 0; k < i; ++k)
        if ((*value)[i] == (*value)[k]) { at = is.pointer + "/" + std::to_string(i); item = quote((*value)[i]); break; }
  out.add("duplicate-item", doc.path, doc.pos(at), out.tr("diag.duplicate-item", fmt::arg("value", item)),
          out.tr("hint.duplicate-item"));
}

void report_schema_issue(plan::Document& doc, const SchemaValidator& sv, const SchemaValidator::Issue& is,
                         Diagnostics& out) {
  using K = SchemaValidator::Kind;
  if (doc.reported.count(is.pointer)) return;
  // Semantic rules skip what the schema step has reported, so one mistake
  // gives one diagnostic.
  if (is.kind != K::unknown_key && is.kind != K::missing_key && is.kind != K::missing_dependency)
    doc.reported.insert(is.pointer);
  else if (is.kind == K::unknown_key)
    doc.reported.insert(is.pointer + "/" + plan::pointer_token(is.name));
  const json* node = sv.node_at(is.pointer);
  const json* value = nullptr;
  try {
    value = &doc.json.at(json::json_pointer(is.pointer));
  } catch (const json::exception&) {
  }
  std::string v = value && !value->is_null() ? quote(*value) : std::string();
  IssueSite site{doc, is, node, value, v};
  switch (is.kind) {
    case K::unknown_key:
      report_unknown_key(site, out);
      return;
    case K::missing_key:
      out.add("missing-key", doc.path, doc.pos(is.pointer),
              out.tr("diag.missing-key", fmt::arg("key", is.name)),
              out.tr("hint.missing-key", fmt::arg("key", is.name)));
      return;
    case K::missing_dependency:
      out.add("missing-key", doc.path, doc.pos(is.pointer),
              out.tr("diag.missing-key.dependency", fmt::arg("key", is.name)),
              out.tr("hint.missing-key", fmt::arg("key", is.name)));
      return;
    case K::wrong_type:
      report_wrong_type(site, out);
      return;
    case K::bad_enum:
      report_bad_enum(site, out);
      return;
    case K::bad_pattern: {
      std::string format = node && node->contains("x-format") ? node->at("x-format").get<std::string>() : "";
      std::string code = format == "id" ? "invalid-id"
                         : format == "region-code" ? "invalid-region-code"
                         : (format == "date" || format == "year-or-date") ? "invalid-date"
                                                                           : "bad-value";
      out.add(code, doc.path, doc.pos(is.pointer),
              out.tr("diag.bad-format", fmt::arg("value", v),
                     fmt::arg("expected", node ? expected_words(out, *node) : out.tr("type.value"))),
              format.empty() ? std::string() : out.tr("hint.format." + format));
      return;
    }
    case K::out_of_range: {
      std::string lo = node && node->contains("minimum") ? node->at("minimum").dump() : "";
      std::string hi = node && node->contains("maximum") ? node->at("maximum").dump() : "";
      out.add("out-of-range", doc.path, doc.pos(is.pointer),
              out.tr("diag.out-of-range", fmt::arg("value", v), fmt::arg("min", lo), fmt::arg("max", hi)));
      return;
    }
    case K::not_unique:
      report_not_unique(site, out);
      return;
    case K::too_short:
      out.add("empty-value", doc.path, doc.pos(is.pointer), out.tr("diag.empty-value"));
      return;
    case K::other:
      out.add("schema-violation", doc.path, doc.pos(is.pointer),
              out.tr("diag.schema-violation", fmt::arg("detail", is.name)));
      return;
  }
}

// A syntax problem's text in the user's language: scip's own checks give a
// message id; yaml-cpp gives its English sentence, found among the
// "yaml.parser." entries (whose English is yaml-cpp's, word for word; a
// trailing {rest} is what yaml-cpp appends). Anything else is shown as it is.
std::string syntax_detail(std::string_view detail, const Diagnostics& out) {
  if (detail.starts_with("yaml.strict.") && i18n::has_message(detail)) return out.tr(detail);
  for (const auto& m : i18n::all_messages()) {
    if (!m.id.starts_with("yaml.parser.")) continue;
    size_t rest = m.en.find("{rest}");
    if (rest == std::string_view::npos ? detail == m.en : detail.starts_with(m.en.substr(0, rest)))
      return out.tr(m.id, fmt::arg("rest", rest == std::string_view::npos ? "" : detail.substr(rest)));
  }
  return std::string(detail);
}

void report_yaml_problem(const plan::Document& doc, const plan::YamlProblem& p, Diagnostics& out) {
  std::string detail = util::neutralize_controls(p.detail);
  if (p.code == "yaml-syntax") {
    std::string own_hint = "hint." + detail;  // scip's own checks may have a hint of their own
    out.add(p.code, doc.path, p.pos, out.tr("diag.yaml-syntax", fmt::arg("detail", syntax_detail(detail, out))),
            out.tr(i18n::has_message(own_hint) ? own_hint : "hint.yaml-syntax"));
  } else if (p.code == "duplicate-key") {
    out.add(p.code, doc.path, p.pos, out.tr("diag.duplicate-key", fmt::arg("key", detail), fmt::arg("line", p.other.line)),
            out.tr("hint.duplicate-key"));
  } else if (p.code == "yaml11-boolean") {
    out.add(p.code, doc.path, p.pos, out.tr("diag.yaml11-boolean", fmt::arg("value", detail)),
            out.tr("hint.needs-quotes", fmt::arg("value", detail)));
  } else if (p.code == "yaml-alias") {
    out.add(p.code, doc.path, p.pos,
            detail == "1" ? out.tr("diag.yaml-alias") : out.tr("diag.yaml-alias.many", fmt::arg("n", detail)),
            out.tr("hint.yaml-alias"));
  } else if (p.code == "nesting-too-deep") {
    out.add(p.code, doc.path, p.pos, out.tr("diag.nesting-too-deep", fmt::arg("max", detail)), out.tr("hint.nesting-too-deep"));
  } else if (p.code == "number-out-of-range") {
    out.add(p.code, doc.path, p.pos, out.tr("diag.number-out-of-range", fmt::arg("value", detail)),
            out.tr("hint.number-out-of-range"));
  } else {
    out.add(p.code, doc.path, p.pos, out.tr("diag." + p.code), out.tr("hint." + p.code));
  }
}

}  // namespace

DocKind check_structure(plan::Document& doc, Diagnostics& out) {
  for (const auto& p : doc.problems) report_yaml_problem(doc, p, out);
  const json& j = doc.json;
  bool broken = false;
  for (const auto& p : doc.problems)
    if (p.code == "yaml-syntax" || p.code == "empty-document" || p.code == "nesting-too-deep") broken = true;
  if (broken) return DocKind::none;
  if (!j.is_object() || !j.contains("scip")) {
    out.add("not-scip-document", doc.path, util::Pos{1, 1}, out.tr("diag.not-scip-document"), out.tr("hint.not-scip-document"));
    return DocKind::none;
  }
  if (j["scip"] != 1) {
    out.add("unsupported-version", doc.path, doc.pos("/scip"),
            out.tr("diag.unsupported-version", fmt::arg("value", quote(j["scip"]))), out.tr("hint.unsupported-version"));
    return DocKind::none;
  }
  std::string type = j.contains("type") && j["type"].is_string() ? j["type"].get<std::string>() : "";
  DocKind kind = type == "plan"         ? DocKind::plan
                 : type == "indicators" ? DocKind::indicators
                 : type == "findings"   ? DocKind::findings
                 : type == "ledger"     ? DocKind::ledger
                 : type == "rubric"     ? DocKind::rubric
                                        : DocKind::none;
  if (kind == DocKind::none) {
    std::string hint = out.tr("hint.document-type", fmt::arg("types", fmt::format("type: {}", fmt::join(document_types(), " | "))));
    if (auto dym = util::did_you_mean(type, document_types())) hint = out.tr("hint.did-you-mean", fmt::arg("value", *dym));
    out.add("unknown-document-type", doc.path, j.contains("type") ? doc.pos("/type") : util::Pos{1, 1},
            out.tr("diag.unknown-document-type", fmt::arg("value", j.contains("type") ? quote(j["type"]) : "—")), hint);
    return DocKind::none;
  }
  const SchemaValidator& sv = validator_for(kind);
  for (const auto& issue : sv.validate(j)) report_schema_issue(doc, sv, issue, out);
  return kind;
}

}  // namespace scip::check
