// Unit tests for plan/yaml_tree's two parsers: where libyaml reads a text
// (YamlParser::automatic's fast path), its tree must be yaml-cpp's, node for
// node: kind, value, plain or quoted, line and column. Checked on every YAML
// file of the repository (the plans, the examples, the test cases, the YAML
// test suite's cases) and on the forms where the two parsers are known to
// differ, which libyaml must decline.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "plan/document.h"
#include "plan/yaml_tree.h"

using namespace scip;
using namespace scip::plan;
namespace fs = std::filesystem;

namespace {

// Whether libyaml read the text; when it did, its tree must be yaml-cpp's.
bool read_alike(const std::string& text, const std::string& name) {
  YamlParse fast = parse_yaml(text, YamlParser::libyaml);
  if (!fast.root) return false;
  YamlParse ref = parse_yaml(text, YamlParser::yaml_cpp);
  INFO(name);
  CHECK(fast.problems.empty());
  CHECK(ref.problems.empty());
  REQUIRE(ref.root);
  CHECK(yaml_tree_difference(*fast.root, *ref.root) == "");
  return true;
}

std::string file_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return document_text(s.str());
}

}  // namespace

TEST_CASE("libyaml reads every plan, example and test file as yaml-cpp does") {
  const fs::path root = SCIP_SOURCE_DIR;
  size_t files = 0, read = 0, plans = 0, plans_read = 0;
  for (const char* dir : {"plans", "examples", "tests"})
    for (const auto& e : fs::recursive_directory_iterator(root / dir)) {
      if (!e.is_regular_file() || (e.path().extension() != ".yaml" && e.path().extension() != ".yml")) continue;
      if (e.path().string().find("yaml-test-suite") != std::string::npos) continue;  // the next test case's
      ++files;
      bool alike = read_alike(file_text(e.path()), e.path().string());
      read += alike;
      if (std::string(dir) == "plans") plans += 1, plans_read += alike;
    }
  CHECK(files > 400);
  CHECK(plans >= 5);
  CHECK(plans_read == plans);  // the fast path serves every real plan
  CHECK(read > files / 2);
  MESSAGE(read << " of " << files << " files read by libyaml");
}

TEST_CASE("libyaml reads the YAML test suite's valid cases as yaml-cpp does, or declines") {
  for (fs::path suite : {fs::path(SCIP_SOURCE_DIR) / "tests/data/yaml-test-suite",
                         fs::path(SCIP_SOURCE_DIR) / "../shared/conformance/yaml-test-suite"}) {
    if (!fs::is_directory(suite)) continue;
    size_t cases = 0, read = 0;
    for (const auto& e : fs::directory_iterator(suite)) {
      fs::path in = e.path() / "in.yaml";
      if (!fs::is_regular_file(in)) continue;
      ++cases;
      std::string text = file_text(in);
      if (fs::exists(e.path() / "error")) {
        // A text the suite calls invalid: libyaml may accept a few of them, but
        // never where yaml-cpp or scip's strict reading reports a problem.
        YamlParse fast = parse_yaml(text, YamlParser::libyaml);
        if (fast.root) {
          INFO(in.string());
          CHECK(parse_yaml(text, YamlParser::yaml_cpp).problems.empty());
        }
        continue;
      }
      if (parse_yaml(text, YamlParser::libyaml).root && !parse_yaml(text, YamlParser::yaml_cpp).root) {
        // Valid YAML that yaml-cpp 0.7 cannot parse (tests/yaml_conformance.py's
        // KNOWN_LIMITS): scip now reads it.
        MESSAGE("read by libyaml only: " << in.string());
        ++read;
        continue;
      }
      if (e.path().filename() == "NAT4") continue;  // the last test case's
      read += read_alike(text, in.string());
    }
    MESSAGE(read << " of " << cases << " cases read by libyaml in " << suite.string());
    CHECK(cases > 0);
  }
}

TEST_CASE("libyaml's reading: forms it shares with yaml-cpp") {
  for (const char* text : {
           "标题: 中文 x\nb: 'q'\nc: [中, z]\n",
           "a: 1\nb:\nc: 2\n",            // an empty value at the end of its line
           "a:   # a comment\nb: 2\n",    // the same, with a comment after it
           "a:\n  ~\nb: null\nc: Null\nd: NULL\ne: nulls\n",
           "a: \"x\\ty\\u4E2D\"\nb: 'it''s'\nc: |\n  one\n  two\nd: >-\n  folded\n  text\n",
           "a: plain\n  continued\n  on lines\nb: x\n",
           "- a\n- b: 1\n  c: [1, {d: e}]\n- - nested\n",
           "a:\n- indentless\n- list\n",
           "a: 1\r\nb:\r\nc: 中\r\n",
           "---\na: 1\n...\n",
           "a:\tb\n",
           "a: |\n  x",                   // a block scalar at the end of a text with no line end
           "a: |+\n  x\n\n",
           "a: |-\n  x\n\n",
           "a: >\n  x\n  y\n\n  z\n",
           "a: |2\n   x\n",
           "a: x\n  # c\nb: 1",
           "a: 'x\n  y'\n",
       })
    CHECK_MESSAGE(read_alike(text, text), text);
}

TEST_CASE("libyaml declines what it might read otherwise, or what has a problem to report") {
  for (const char* text : {
           "a: 1\nb:",                    // an empty value at the end of the text: yaml-cpp marks it there
           "{a: , b: 1}\n",               // an empty value inside a line
           "- \n- b\n",                   // an empty list item: yaml-cpp marks it at the next item
           "a: 1\rb: 2\r",                // lines that end in a lone CR
           "a: >-\n  x\n ",              // a last line of spaces: yaml-cpp keeps them in the scalar
           "a: x\xC2\x85y\n",             // NEL, a line break to libyaml only
           "a: &x 1\nb: *x\n",            // anchors and aliases are reported
           "a: !!str 0630\n",              // a tag: the two accept different ones
           "- ac: !!str!ed\n",             // (yaml-cpp refuses this one, libyaml reads it)
           "a: \"x\\Ny\"\n",               // \N and \_, which yaml-cpp writes as a byte that is not UTF-8
           "a: \"x\\_y\"\n",
           "a: 1\na: 2\n",                // a duplicate key is reported
           "a: 1\n---\nb: 2\n",           // a second document is reported
           "%YAML 1.2\n---\na: 1\n",      // a directive
           "just text\n",                 // a top that is not a mapping or a list
           "",                            // no document
           "a: [1, 2\n",                  // a syntax error
           "a: \"open\n",                 // an unclosed quote
           // fine to libyaml, not to YAML 1.2 (plan/yaml_strict.h): reported as before
           "a: \"v\"#c\n",                 // a comment with no space before it
           "a: [-]\n",                    // a plain - in a flow list
           "a: \"one\ntwo\"\nb: 1\n",       // a quoted line back at the margin
       }) {
    INFO(std::string(text));
    CHECK_FALSE(parse_yaml(text, YamlParser::libyaml).root);
  }
}

TEST_CASE("a quoted scalar's empty lines: libyaml reads them as YAML says, where yaml-cpp 0.7 dropped them") {
  // The YAML test suite's NAT4: an empty line inside a quoted scalar is a
  // line break ("\n" in its in.json); yaml-cpp 0.7 read "".
  const std::string text = "e: '\n\n  '\nf: \"\n\n  \"\ng: 'a\n\n  b'\n";
  YamlParse fast = parse_yaml(text, YamlParser::libyaml);
  REQUIRE(fast.root);
  CHECK(fast.root->entries[0].second.value == "\n");
  CHECK(fast.root->entries[1].second.value == "\n");
  CHECK(fast.root->entries[2].second.value == "a\nb");
  CHECK(parse_yaml(text).root->entries[0].second.value == "\n");  // what scip reads
  YamlParse ref = parse_yaml(text, YamlParser::yaml_cpp);
  REQUIRE(ref.root);
  CHECK(ref.root->entries[0].second.value == "");
}
