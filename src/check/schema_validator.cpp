// check/schema_validator — see schema_validator.h.
#include "check/schema_validator.h"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <stdexcept>

#include "check/schema_source.h"
#include "plan/document.h"
#include "util/text.h"

namespace scip::check {

struct SchemaValidator::Compiled {
  valijson::Schema schema;
};

SchemaValidator::SchemaValidator(std::string_view name) : compiled_(std::make_unique<Compiled>()) {
  std::string_view text = embedded_schema(name);
  if (text.empty()) throw std::logic_error("scip bug: no embedded schema named " + std::string(name));
  schema_json_ = nlohmann::json::parse(text);
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter adapter(schema_json_);
  parser.populateSchema(adapter, compiled_->schema);
}

SchemaValidator::~SchemaValidator() = default;

std::string context_to_pointer(const std::vector<std::string>& context) {
  std::string out;
  for (const auto& c : context) {
    if (c == "<root>") continue;
    std::string_view t = c;
    if (t.size() >= 2 && t.front() == '[' && t.back() == ']') t = t.substr(1, t.size() - 2);
    out += "/" + plan::pointer_token(t);
  }
  return out;
}

namespace {

// Pulls 'name' out of "... 'name'." sentences: the last quoted word (the
// unknown-property sentence quotes 'properties' earlier on).
std::string quoted_name(const std::string& s) {
  auto e = s.rfind('\'');
  if (e == std::string::npos || e == 0) return {};
  auto b = s.rfind('\'', e - 1);
  if (b == std::string::npos) return {};
  return s.substr(b + 1, e - b - 1);
}

bool is_propagation(const std::string& d) {
  return util::starts_with(d, "Failed to validate against schema associated with") ||
         util::starts_with(d, "Failed to validate item #") ||
         util::starts_with(d, "Failed to validate against additional properties schema") ||
         util::starts_with(d, "Failed to validate against child schema");
}

}  // namespace

std::vector<SchemaValidator::Issue> SchemaValidator::validate(const nlohmann::json& doc) const {
  // One validator per thread, kept: it caches the std::regex of each
  // `pattern` it meets, which would otherwise be compiled again for every
  // document (3,000 times each at national scale).
  thread_local valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(doc);
  std::vector<Issue> out;
  if (validator.validate(compiled_->schema, adapter, &results)) return out;
  valijson::ValidationResults::Error e;
  while (results.popError(e)) {
    const std::string& d = e.description;
    if (is_propagation(d)) continue;
    Issue issue{Kind::other, context_to_pointer(e.context), {}};
    if (util::starts_with(d, "Object contains a property that could not be validated")) {
      issue.kind = Kind::unknown_key;
      issue.name = quoted_name(d);
    } else if (util::starts_with(d, "Missing required property")) {
      issue.kind = Kind::missing_key;
      issue.name = quoted_name(d);
    } else if (util::starts_with(d, "Missing dependency")) {
      issue.kind = Kind::missing_dependency;
      issue.name = quoted_name(d);
    } else if (util::starts_with(d, "Value type not permitted")) {
      issue.kind = Kind::wrong_type;
    } else if (util::starts_with(d, "Failed to match against any enum values")) {
      issue.kind = Kind::bad_enum;
    } else if (util::starts_with(d, "Failed to match regex")) {
      issue.kind = Kind::bad_pattern;
    } else if (util::starts_with(d, "Expected number")) {
      issue.kind = Kind::out_of_range;
    } else if (d.find("uniqueness constraint") != std::string::npos) {
      issue.kind = Kind::not_unique;
    } else if (d.find("fewer than") != std::string::npos || d.find("characters") != std::string::npos) {
      issue.kind = Kind::too_short;
    } else {
      issue.name = d;
    }
    out.push_back(std::move(issue));
  }
  return out;
}

const nlohmann::json& SchemaValidator::resolve(const nlohmann::json& node) const {
  const nlohmann::json* n = &node;
  for (int guard = 0; guard < 16 && n->is_object() && n->contains("$ref"); ++guard) {
    std::string ref = (*n)["$ref"].get<std::string>();
    if (!util::starts_with(ref, "#/")) break;
    n = &schema_json_.at(nlohmann::json::json_pointer(ref.substr(1)));
  }
  return *n;
}

const nlohmann::json* SchemaValidator::node_at(std::string_view pointer) const {
  const nlohmann::json* s = &resolve(schema_json_);
  size_t i = 0;
  while (i < pointer.size()) {
    size_t next = pointer.find('/', i + 1);
    std::string token(pointer.substr(i + 1, next == std::string_view::npos ? std::string_view::npos : next - i - 1));
    i = next == std::string_view::npos ? pointer.size() : next;
    // Unescape the pointer token.
    for (size_t k; (k = token.find("~1")) != std::string::npos;) token.replace(k, 2, "/");
    for (size_t k; (k = token.find("~0")) != std::string::npos;) token.replace(k, 2, "~");
    const nlohmann::json* child = nullptr;
    if (s->contains("properties") && (*s)["properties"].contains(token)) {
      child = &(*s)["properties"][token];
    } else if (s->contains("patternProperties")) {
      // Only used to describe values the validator already looked at: the
      // first pattern's schema (scip's schemas have one per mapping).
      for (const auto& [pat, sub] : (*s)["patternProperties"].items()) { child = &sub; break; }
    }
    if (!child && s->contains("items") && (*s)["items"].is_object()) child = &(*s)["items"];
    if (!child && s->contains("additionalProperties") && (*s)["additionalProperties"].is_object())
      child = &(*s)["additionalProperties"];
    if (!child) return nullptr;
    s = &resolve(*child);
  }
  return s;
}

}  // namespace scip::check
