// Unit tests for plan/yaml_tree and plan/document: positions, YAML problems,
// YAML 1.2 core typing and the YAML 1.1 traps.
#include <doctest/doctest.h>

#include "plan/document.h"
#include "plan/yaml_strict.h"
#include "plan/yaml_tree.h"

using namespace scip;
using namespace scip::plan;
using scip::util::Pos;

TEST_CASE("positions are 1-based and count code points") {
  Document d = load_document("t.yaml", "标题: 中文 x\nb: 'q'\nc: [中, z]\n");
  CHECK(d.problems.empty());
  CHECK(d.pos("/标题").line == 1);
  CHECK(d.pos("/标题").column == 5);  // after "标题: " (4 code points)
  CHECK(d.key("/标题").column == 1);
  CHECK(d.pos("/c/1").line == 3);
  CHECK(d.pos("/c/1").column == 8);
  CHECK(d.pos("/missing/deeper").line == 1);  // falls back to the nearest known ancestor (root)
}

TEST_CASE("an empty value is placed at its key") {
  Document d = load_document("t.yaml", "a: 1\nb:\nc: 2\n");
  CHECK(d.json["b"].is_null());
  CHECK(d.pos("/b").line == 2);
}

TEST_CASE("duplicate keys are found, first one kept") {
  Document d = load_document("t.yaml", "id: a\ntitle: x\nid: b\n");
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].code == "duplicate-key");
  CHECK(d.problems[0].pos.line == 3);
  CHECK(d.problems[0].other.line == 1);
  CHECK(d.json["id"] == "a");
}

TEST_CASE("anchors and aliases are refused, not expanded, and reported once with their count") {
  Document d = load_document("t.yaml", "a: &x [1, 2]\nb: *x\n");
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].code == "yaml-alias");
  CHECK(d.problems[0].pos.line == 1);
  CHECK(d.problems[0].detail == "2");
  CHECK(d.json["b"].is_null());
}

TEST_CASE("an alias bomb is one problem, found without expanding anything") {
  std::string text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i < 10; ++i) {
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? ", *a" : "*a") + std::to_string(i - 1);
    text += "]\n";
  }
  Document d = load_document("t.yaml", text);
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].detail == "100");  // 10 anchors and 90 aliases
  CHECK(d.json["a9"].size() == 10);       // ten nulls, not 10^9 nodes
}

TEST_CASE("nesting deeper than 100 levels stops the parse with its position, at any depth") {
  for (size_t depth : {101u, 2000u, 100000u}) {
    std::string text = "x: " + std::string(depth, '[') + std::string(depth, ']') + "\n";
    YamlParse p = parse_yaml(text);
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].code == "nesting-too-deep");
    CHECK(p.problems[0].pos.line == 1);
    CHECK(p.problems[0].pos.column == 103);  // the 101st '['
    CHECK(!p.root);
  }
  std::string ok = "x: " + std::string(99, '[') + std::string(99, ']') + "\n";
  CHECK(parse_yaml(ok).problems.empty());
}

TEST_CASE("one document per file") {
  CHECK(load_document("t.yaml", "").problems.at(0).code == "empty-document");
  CHECK(load_document("t.yaml", "# only\n").problems.at(0).code == "empty-document");
  auto p = load_document("t.yaml", "a: 1\n---\nb: 2\n").problems;
  REQUIRE(p.size() == 1);
  CHECK(p[0].code == "multiple-documents");
  CHECK(p[0].pos.line == 3);
}

TEST_CASE("syntax errors carry yaml-cpp's position, 1-based") {
  auto p = load_document("t.yaml", "a:\n  - x\n b: 1\n").problems;
  REQUIRE(p.size() == 1);
  CHECK(p[0].code == "yaml-syntax");
  CHECK(p[0].pos.line == 3);
}

TEST_CASE("YAML 1.2 core types") {
  Document d = load_document("t.yaml",
                             "i: 42\nneg: -7\nhex: 0x1F\noct: 0o17\nf: 1.5\ne: 1e3\nt: true\nn: null\ns: hello\n"
                             "q: \"42\"\nyes_: yes\nzero: 0630\ndate: 2021-12-01\n");
  CHECK(d.json["i"] == 42);
  CHECK(d.json["neg"] == -7);
  CHECK(d.json["hex"] == 31);
  CHECK(d.json["oct"] == 15);
  CHECK(d.json["f"] == 1.5);
  CHECK(d.json["e"] == 1000.0);
  CHECK(d.json["t"] == true);
  CHECK(d.json["n"].is_null());
  CHECK(d.json["s"] == "hello");
  CHECK(d.json["q"] == "42");            // quoted stays text
  CHECK(d.json["yes_"] == "yes");        // YAML 1.2: text (and warned)
  CHECK(d.json["zero"] == 630);          // YAML 1.2: decimal 630
  CHECK(d.plain_scalar.at("/zero") == "0630");
  CHECK(d.json["date"] == "2021-12-01");  // not a timestamp
  REQUIRE(d.problems.size() == 1);
  CHECK(d.problems[0].code == "yaml11-boolean");
}

TEST_CASE("numbers that do not fit are reported, not wrapped") {
  Document d = load_document("t.yaml", "a: 99999999999999999999\nb: 1e400\nc: .inf\nd: .nan\n");
  REQUIRE(d.problems.size() == 4);
  for (const auto& p : d.problems) CHECK(p.code == "number-out-of-range");
  CHECK(d.reported.count("/a"));
}

TEST_CASE("a BOM is dropped and CRLF is accepted") {
  Document d = load_document("t.yaml", "\xEF\xBB\xBFid: a\r\ntitle: 中\r\n");
  CHECK(d.problems.empty());
  CHECK(d.json["title"] == "中");
  CHECK(d.pos("/title").line == 2);
}

TEST_CASE("json pointer tokens are escaped") {
  CHECK(pointer_token("a/b~c") == "a~1b~0c");
}

// plan/yaml_strict: what yaml-cpp lets through and the YAML specification does not.
namespace {
std::string strict_id(std::string_view text) {
  util::LineIndex index(text);
  auto p = strict_yaml_problem(text, index);
  return p ? std::string(p->message_id) + "@" + std::to_string(p->pos.line) + ":" + std::to_string(p->pos.column) : "";
}
}  // namespace

TEST_CASE("yaml_strict: the forms a plan uses are accepted") {
  CHECK(strict_id("title: 中卫市全民科学素质行动\n  实施方案\nregion: {code: \"640500\", name: 中卫市}\n") == "");
  CHECK(strict_id("actions:\n- id: a\n  tasks:\n    - text: \"长句\n        接续\"\n      lead: [edu, agri]  # 牵头\n") == "");
  CHECK(strict_id("note: |\n  第一行\n\n  第二行\nnext: [a, b, ]\n") == "");
  CHECK(strict_id("url: http://example.org/a#b\nq: 'it''s'\ne: \"\\t\\u4e2d\"\n") == "");
  CHECK(strict_id("%YAML 1.2\n---\na: 1\n") == "");
}

TEST_CASE("yaml_strict: each rule at its place") {
  CHECK(strict_id("key:\n  value\nstray\n") == "yaml.strict.under-indented@3:1");
  CHECK(strict_id("lead: [edu,\nagri]\n") == "yaml.strict.under-indented@2:1");
  CHECK(strict_id("text: \"a\nb\"\n") == "yaml.strict.under-indented@2:1");
  CHECK(strict_id("a: [ a, , b ]\n") == "yaml.strict.flow-empty-entry@1:9");
  CHECK(strict_id("a: [ , b ]\n") == "yaml.strict.flow-empty-entry@1:6");
  CHECK(strict_id("a: [-]\n") == "yaml.strict.flow-dash@1:5");
  CHECK(strict_id("a: \"v\"#c\n") == "yaml.strict.comment-needs-space@1:7");
  CHECK(strict_id("a: [b]#c\n") == "yaml.strict.comment-needs-space@1:7");
  CHECK(strict_id("a: >#c\n  x\n") == "yaml.strict.comment-needs-space@1:5");
  CHECK(strict_id("a: \"it\\'s\"\n") == "yaml.strict.bad-escape@1:7");
  CHECK(strict_id("%YAML 1.2\n...\n") == "yaml.strict.directive-without-document@1:1");
  CHECK(strict_id("a: >\n   \n  x\n") == "yaml.strict.block-leading-spaces@2:3");
}

TEST_CASE("yaml_strict problems are yaml-syntax problems and drop the document") {
  YamlParse p = parse_yaml("a: [ x, , y ]\n");
  REQUIRE(p.problems.size() == 1);
  CHECK(p.problems[0].code == "yaml-syntax");
  CHECK(p.problems[0].detail == "yaml.strict.flow-empty-entry");
  CHECK(p.root == nullptr);
}
