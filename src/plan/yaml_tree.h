// plan/yaml_tree — a YAML document as a tree that remembers where each node is.
//
// yaml-cpp's own Node type forgets what scip needs: whether a scalar was
// quoted (so `0630` and `"0630"` can be told apart, which YAML 1.2 core typing
// depends on), that a mapping had the same key twice (yaml-cpp keeps one
// silently), and where each key stood. So we drive an event parser and build
// our own small tree, once per file.
//
// Two event parsers feed the one tree. yaml-cpp, the project's YAML library,
// reads at about 9 MB/s, which was most of a cold `scip check` (its scanner
// alone took longer than ajv-cli's whole run over the same plans). libyaml,
// the reference parser in C, pulls the same plans' events in a ninth of the
// time yaml-cpp takes to load them (bench/floor_yaml: 0.99 s against 9.1 s
// of one core at bench scale 1). So libyaml reads first, and gives up (the text then goes to yaml-cpp) on
// anything where the two could differ or where there is something to report:
// a syntax error, an anchor, a tag, a directive, a second document, an empty node
// other than a mapping's value at the end of its line, line breaks other than
// LF and CRLF, a last line of only blanks, a top that is not a mapping or a list, a duplicate key, or a
// problem `yaml_strict` finds. Every diagnostic about the YAML itself is
// therefore yaml-cpp's, as before, and a tree libyaml builds is yaml-cpp's
// node for node (tests/unit/yaml_parsers_test.cpp compares them on every YAML
// file of the repository and the YAML test suite). Where they differ on valid
// YAML, libyaml follows the specification: it reads the suite's 652Z and JR7V,
// which yaml-cpp 0.7 calls syntax errors, and a quoted scalar's empty line as
// a line break (NAT4), which yaml-cpp dropped.
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

// Which parser reads the text. `automatic` (what scip uses) asks libyaml
// first and yaml-cpp for whatever libyaml declines: a text with anything to
// report (a syntax error, an anchor, a second document, …), or a form whose
// nodes or positions the two might tell apart. yaml-cpp is the parser of
// record: every diagnostic about the YAML itself is its reading. The others
// are for tests that compare the two: `libyaml` alone gives an empty result
// where it declines.
enum class YamlParser { automatic, libyaml, yaml_cpp };

YamlParse parse_yaml(std::string_view text, YamlParser parser = YamlParser::automatic);

// The first difference between two trees (kind, value, quoting, position, or
// number of children), as "/path: what", or "" when they are the same: the
// two parsers' trees compared (tests/unit/yaml_parsers_test.cpp,
// tests/fuzz/fuzz_yaml_parsers.cpp). With `quoted_breaks_alike`, two quoted
// scalars that differ only in line breaks and spaces count as the same:
// yaml-cpp 0.7 drops the line break of an empty line inside quotes (the YAML
// test suite's NAT4), which libyaml keeps, as YAML says.
std::string yaml_tree_difference(const YamlNode& a, const YamlNode& b, bool quoted_breaks_alike = false);

}  // namespace scip::plan
