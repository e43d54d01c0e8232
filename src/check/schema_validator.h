// check/schema_validator — JSON Schema validation, with each failure located.
//
// valijson validates the JSON form of a document against an embedded schema
// and reports each failure with a context path ("<root>", "[actions]", "[0]")
// and an English sentence. Here those become Issues: a JSON Pointer, a kind,
// and the name involved, with the failures that only say "a child failed"
// dropped. The structure step (structure.h) turns Issues into diagnostics in
// the user's language, looking up the schema node at the pointer for what
// was allowed (keys for did-you-mean, enum values, the format's name).
#pragma once

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace scip::check {

class SchemaValidator {
 public:
  enum class Kind {
    unknown_key,         // name = the key
    missing_key,         // name = the key
    missing_dependency,  // name = the key another key needs
    wrong_type,
    bad_enum,
    bad_pattern,
    out_of_range,
    not_unique,
    too_short,
    other,  // name = valijson's sentence
  };
  struct Issue {
    Kind kind;
    std::string pointer;  // of the value (for keys: of the mapping)
    std::string name;
  };

  // Parses the embedded schema `name`; throws std::logic_error if it is
  // missing or invalid (a build problem, not a user error).
  explicit SchemaValidator(std::string_view name);
  ~SchemaValidator();
  SchemaValidator(const SchemaValidator&) = delete;
  SchemaValidator& operator=(const SchemaValidator&) = delete;

  std::vector<Issue> validate(const nlohmann::json& doc) const;

  // The schema node that describes the value at `pointer` ($refs resolved),
  // or nullptr when the schema does not describe it.
  const nlohmann::json* node_at(std::string_view pointer) const;
  // Resolves a {"$ref": "#/definitions/x"} node.
  const nlohmann::json& resolve(const nlohmann::json& node) const;
  const nlohmann::json& schema() const { return schema_json_; }

 private:
  nlohmann::json schema_json_;
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

// Converts valijson's context path (<root>, [actions], [0]) to a JSON Pointer.
std::string context_to_pointer(const std::vector<std::string>& context);

}  // namespace scip::check
