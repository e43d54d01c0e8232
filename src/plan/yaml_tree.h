// plan/yaml_tree — a YAML document as a tree that remembers where each node is.
//
// yaml-cpp's own Node type forgets what scip needs: whether a scalar was
// quoted (so `0630` and `"0630"` can be told apart, which YAML 1.2 core typing
// depends on), that a mapping had the same key twice (yaml-cpp keeps one
// silently), and where each key stood. So we drive yaml-cpp's event parser
// and build our own small tree, once per file.
//
// Anchors and aliases are refused rather than expanded: plan files have no use
// for them, and expanding them is how an "alias bomb" turns a 1 KB file into
// 10^9 nodes. Only the first document of a stream is used; a second one is
// reported.
//
// Positions are 1-based lines and 1-based columns counted in code points
// (yaml-cpp counts bytes from 0), which is what editors show.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/line_index.h"

namespace scip::plan {

struct YamlEntry;

struct YamlNode {
  enum class Kind { null, scalar, sequence, mapping };
  Kind kind = Kind::null;
  std::string value;   // scalars
  bool plain = false;  // a plain (unquoted, untagged) scalar: its type is resolved
  bool alias = false;  // an alias (*x): refused, reported, read as null
  util::Pos pos;
  std::vector<YamlNode> items;                          // sequences
  std::vector<YamlEntry> entries;  // mappings, in order, duplicates kept
};

// A key and its value. (A struct rather than std::pair, which may not be
// instantiated with the still incomplete YamlNode.)
struct YamlEntry {
  YamlNode first;   // the key
  YamlNode second;  // the value
};

// Something wrong with the YAML itself. `code` is a rule code from the catalog
// (yaml-syntax, duplicate-key, yaml-alias, multiple-documents, empty-document,
// complex-key); `detail` is the offending key or yaml-cpp's message.
struct YamlProblem {
  std::string code;
  util::Pos pos;
  std::string detail;
  util::Pos other;  // duplicate-key: where the key first stood
};

struct YamlParse {
  std::unique_ptr<YamlNode> root;  // null when the text has no usable document
  std::vector<YamlProblem> problems;
};

YamlParse parse_yaml(std::string_view text);

}  // namespace scip::plan
