// plan/document — one loaded YAML file: its text, its JSON form, and where
// every value came from.
//
// Schema validation and the rules work on JSON (valijson validates
// nlohmann::json; the yaml-cpp adapter of Debian's valijson does not compile).
// Every value is addressed by a JSON Pointer ("/actions/0/lead/1"), and the
// document maps each pointer back to the line and column of the YAML value and
// of its key, so any problem found in the JSON can be reported in the file.
//
// Scalar types are resolved here by the YAML 1.2 core schema, which is where
// the traps of YAML 1.1 are caught: `no`, `yes`, `on`, `off` stay text (a YAML
// 1.1 reader would turn them into booleans: warned), and a plain `0630` is
// the number 630 (so where text is expected the schema step can say "quote it").
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "plan/yaml_tree.h"
#include "util/flat_string_map.h"
#include "util/hash.h"
#include "util/string_table.h"

namespace scip::plan {

struct Document {
  std::string path;  // as shown to the user
  std::string text;  // UTF-8, without a BOM; dropped after the check of a file read from disk
  util::Hash128 bytes_hash;  // of the file's bytes as read: check::source_text reads them again for excerpts
  nlohmann::json json;
  // Where each value is, and its key (a mapping's member; otherwise unknown).
  struct NodePos {
    util::Pos value, key;
  };
  util::StringTable<NodePos> node_pos;  // pointer -> where the value and its key are
  std::unordered_map<std::string, std::string> plain_scalar;  // pointer -> source text of plain
                                                              // scalars resolved to non-strings
  std::vector<YamlProblem> problems;  // from parsing and typing
  std::unordered_set<std::string> reported;  // pointers already reported (schema step skips them)
  // After the file's own check, all that is kept of node_pos: the positions
  // the rules across files may report at, by pointer (flat arrays that the
  // check cache stores and reads back without building a hash map).
  util::FlatStringMap<util::Pos> kept_pos;

  // Position of the value at `pointer`, or of its nearest ancestor (in
  // node_pos, or once that is dropped in kept_pos).
  util::Pos pos(std::string_view pointer) const;
  // Keeps the positions of `pointers` only (their nearest known ancestor's,
  // for a pointer with no value), in kept_pos, and drops node_pos.
  void keep_positions(const std::vector<std::string>& pointers);
  // Position of the key of the member at `pointer` (falls back to the value).
  util::Pos key(const std::string& pointer) const;
};

// Escapes one reference token of a JSON Pointer ("~" -> "~0", "/" -> "~1").
std::string pointer_token(std::string_view key);

// The text a document keeps of `text`: without a leading UTF-8 BOM.
std::string document_text(std::string text);

// Parses `text` (UTF-8) as YAML and builds the document. Problems are recorded
// in the document, never thrown.
Document load_document(std::string path, std::string text);

}  // namespace scip::plan
