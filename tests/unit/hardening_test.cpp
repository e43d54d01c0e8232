// Hardening: what bad input must never do (crash, hang, lose data, reach the
// terminal raw), and the properties that hold whatever the input. The
// bad-input corpus itself is in tests/cli/bad-*/ (golden tests).
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "check/checker.h"
#include "check/report.h"
#include "util/json_writer.h"
#include "check/rules.h"
#include "util/atomic_file.h"
#include "util/files.h"
#include "util/text.h"
#include "util/text_diff.h"
#include "util/word_tokens.h"

using namespace scip;
using namespace scip::check;
using namespace scip::i18n;
using namespace scip::plan;
using scip::util::json_string;
using scip::util::Pos;
namespace fs = std::filesystem;

namespace {

const char* kPlan = R"(scip: 1
type: plan
id: demo-2021-2025
title: 示例
region: {code: "640500", name: 中卫市, level: prefecture}
regions:
  - {code: "640502", name: 沙坡头区}
period: {start: 2021, end: 2025}
departments:
  edu: 市教育局
actions:
  - id: youth
    kind: action
    title: 青少年科学素质提升行动
    lead: [edu]
    targets:
      - {id: t, indicator: volunteers, value: 400, unit: 人, by: 2025}
)";
const char* kCatalog = "scip: 1\ntype: indicators\nindicators:\n"
                       "  - {id: volunteers, name: 科技志愿者, unit: 人, accumulate: latest, direction: up}\n";

std::string codes(const std::vector<Diagnostic>& ds) {
  std::string s;
  for (const auto& d : ds)
    s += (s.empty() ? "" : " ") + d.file + ":" + d.code + "@" + std::to_string(d.pos.line) + ":" +
         std::to_string(d.pos.column);
  return s;
}

std::string text_report(const CheckResult& r) {
  std::ostringstream out;
  check::DiagnosticOptions o;
  write_report(out, r.diagnostics, o);
  return out.str();
}

struct TempDir {
  fs::path path;
  TempDir() {
    std::string t = (fs::temp_directory_path() / "scip-test-XXXXXX").string();
    path = mkdtemp(t.data());
  }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
    return (path / name).string();
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a YAML file is read in any encoding Windows saves, and said so") {
  // (a plan checked without its catalog is told its indicators went unchecked)
  CHECK(codes(check_sources({{"p.yaml", kPlan}}, {}).diagnostics) == "p.yaml:no-catalog@17:28");
  // GB18030 (Notepad's "ANSI" on Chinese Windows): 中文 and 人 in GBK bytes
  std::string gbk = "scip: 1\ntype: indicators\nindicators:\n  - {id: a, name: \xd6\xd0\xce\xc4, unit: \xc8\xcb, accumulate: sum, direction: up}\n";
  CheckResult r = check_sources({{"i.yaml", gbk}}, {});
  CHECK(codes(r.diagnostics) == "i.yaml:decoded-encoding@0:0");
  REQUIRE(r.files[0]->catalog);
  CHECK(r.files[0]->catalog->indicators.at(0).name == "中文");
  CHECK(r.files[0]->catalog->indicators.at(0).unit == "人");
  // UTF-16 LE with a BOM (Notepad's "Unicode"): each ASCII byte then a NUL
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("scip: 1\ntype: indicators\nindicators: []\n")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  CHECK(codes(check_sources({{"u.yaml", utf16}}, {}).diagnostics) == "u.yaml:decoded-encoding@0:0");
  // bytes that are neither: one error naming both offsets, nothing else
  auto bad = check_sources({{"b.yaml", "title: \xFF\xFE\x80\n"}}, {}).diagnostics;
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].code == "invalid-encoding");
  CHECK(bad[0].message == "the file is neither UTF-8 (bad byte at offset 7) nor GB18030 (bad byte at offset 7)");
}

TEST_CASE("lone CR line ends are line breaks, with a note, and positions stay right") {
  std::string cr = std::string(kPlan) + "bogus: 1\n";
  std::replace(cr.begin(), cr.end(), '\n', '\r');
  CHECK(codes(check_sources({{"p.yaml", cr}}, {}).diagnostics) == "p.yaml:decoded-encoding@0:0 p.yaml:no-catalog@17:28 p.yaml:unknown-key@18:1");
}

TEST_CASE("control characters and a BOM inside the text are one error at the first, with the count") {
  auto first = [](const std::string& text) {
    Diagnostics d(Lang::en);
    std::string t = text;
    report_invisible(d, "p.yaml", t);
    return d.items();
  };
  CHECK(first("a: 1\nb: 2\n").empty());
  CHECK(first("\xEF\xBB\xBF" "a: 1\n").empty());  // a BOM at the start is fine
  CHECK(first("a: 1\tx\r\n").empty());            // tab and CRLF are fine
  auto nul = first(std::string("a: 1\nb: x\0y\0\n", 13));
  REQUIRE(nul.size() == 1);
  CHECK(nul[0].pos.line == 2);
  CHECK(nul[0].pos.column == 5);
  CHECK(nul[0].message == "invisible character U+0000 in the text (2 such characters in the file; this is the first)");
  auto esc = first("title: \x1b[2J\n");
  REQUIRE(esc.size() == 1);
  CHECK(esc[0].message == "invisible character U+001B in the text");
  CHECK(first("title: \xC2\x9B" "2J\n").at(0).message == "invisible character U+009B in the text");  // C1 CSI
  auto bom = first("a: 1\n\xEF\xBB\xBF" "b: 2\n");
  REQUIRE(bom.size() == 1);
  CHECK(bom[0].pos.line == 2);
  CHECK(bom[0].hint == "delete this byte-order mark (files pasted together often carry one)");
}

TEST_CASE("a long source line is cut to a window around the column, controls shown as escapes") {
  util::ShownLine s = util::show_line("key: value", 6);
  CHECK(s.text == "key: value");
  CHECK(s.column == 6);
  std::string longer = std::string(1000, 'a') + "X" + std::string(1000, 'b');
  s = util::show_line(longer, 1001, 100);
  CHECK(util::display_width(s.text) <= 100);
  CHECK(util::starts_with(s.text, "…"));
  CHECK(util::ends_with(s.text, "…"));
  CHECK(util::decode_utf8(s.text)[s.column - 1] == U'X');
  s = util::show_line("a\x1b[2Jb", 6);  // the caret goes under 'b', after the 4-character escape
  CHECK(s.text == "a\\x1b[2Jb");
  CHECK(s.column == 9);
  s = util::show_line(std::string(300, 'x'), 1, 100);  // column at the start: no leading cut
  CHECK(!util::starts_with(s.text, "…"));
  CHECK(s.column == 1);
  s = util::show_line("a,b,\"" + std::string(10'000'000, 'x') + "\"", 3, 100);  // a 10 MB field
  CHECK(util::starts_with(s.text, "a,b,\"xx"));
  CHECK(util::ends_with(s.text, "x…"));
  CHECK(s.column == 3);
  s = util::show_line("short", 40);  // a column past the end (end of line) is kept past the end
  CHECK(s.column == 6);
}

TEST_CASE("word tokens join back into the text, invalid bytes included") {
  for (std::string t : {std::string("到2025年完成农村学校教师培训400人次"), std::string("abc\xff\xff def"),
                        std::string("\x80"), std::string("中\xe4文")}) {
    std::string joined;
    for (const auto& tok : util::word_tokens(t)) joined += tok;
    CHECK(joined == t);
  }
}

TEST_CASE("an inline diff of two huge texts is coarse but exact, and quick") {
  std::string a, b;
  for (int i = 0; i < 5000; ++i) {
    a += "词" + std::to_string(i) + " ";
    b += "字" + std::to_string(i) + " ";
  }
  auto ops = util::diff_words(a, b);
  std::string old_text, new_text;
  for (const auto& op : ops) {
    if (op.kind != util::DiffOp::added) old_text += op.text;
    if (op.kind != util::DiffOp::removed) new_text += op.text;
  }
  CHECK(old_text == a);
  CHECK(new_text == b);
}

TEST_CASE("paths: FIFOs, folders, missing files and size limits are refused before opening") {
  TempDir dir;
  std::string plan = dir.write("plan.yaml", kPlan);
  CHECK(!util::regular_file_problem(plan));
  REQUIRE(mkfifo((dir.path / "pipe.yaml").c_str(), 0600) == 0);
  auto fifo = util::regular_file_problem((dir.path / "pipe.yaml").string());
  REQUIRE(fifo);
  CHECK(fifo->problem == util::PathProblem::not_regular);
  CHECK(util::regular_file_problem(dir.path.string())->reason == "Is a directory");
  CHECK(util::regular_file_problem((dir.path / "none.yaml").string())->problem == util::PathProblem::missing);
  auto big = util::regular_file_problem(plan, 100);
  REQUIRE(big);
  CHECK(big->problem == util::PathProblem::too_large);
  CHECK(big->limit == 100);
  // the walk reports the FIFO rather than opening it, and a folder without files
  util::Walk w = util::walk({dir.path.string()}, {".yaml"});
  CHECK(w.files == std::vector<std::string>{plan});
  REQUIRE(w.errors.size() == 1);
  CHECK(w.errors[0].problem == util::PathProblem::not_regular);
  fs::create_directory(dir.path / "empty");
  util::Walk none = util::walk({(dir.path / "empty").string()}, {".yaml"});
  REQUIRE(none.errors.size() == 1);
  CHECK(none.errors[0].problem == util::PathProblem::no_files);
}

TEST_CASE("check output is the same whatever the order of the files") {
  TempDir dir;
  std::vector<std::string> paths = {
      dir.write("a.yaml", kPlan), dir.write("b.yaml", kPlan),  // the same plan id twice
      dir.write("indicators.yaml", kCatalog),
      dir.write("r1.csv", "region,indicator,period,value\n640502,volunteers,2022,100\n"),
      dir.write("r2.csv", "region,indicator,period,value\n640502,volunteers,2022,120\n640502,volunteers,2030,1\n")};
  CheckOptions o;
  o.as_of = util::Date{2026, 1, 1};
  std::string first = text_report(check_paths(paths, o));
  CHECK(first.find("duplicate-id") != std::string::npos);
  CHECK(first.find("conflicting-report") != std::string::npos);
  std::mt19937 rng(7);
  for (int i = 0; i < 6; ++i) {
    std::shuffle(paths.begin(), paths.end(), rng);
    CHECK(text_report(check_paths(paths, o)) == first);
  }
}

TEST_CASE("an atomic output file is all or nothing") {
  TempDir dir;
  fs::path target = dir.path / "report.csv";
  std::ofstream(target) << "last week's report\n";
  {
    util::AtomicFile f(target.string());
    REQUIRE(f.ok());
    f.stream() << "half a new rep";
    // destroyed without commit(): a failure half-way
  }
  CHECK(slurp(target) == "last week's report\n");
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator{}) == 1);  // no temporary left
  {
    util::AtomicFile f(target.string());
    f.stream() << "the new report\n";
    REQUIRE(f.commit());
  }
  CHECK(slurp(target) == "the new report\n");
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator{}) == 1);
  util::AtomicFile nowhere((dir.path / "missing-folder" / "x.csv").string());
  CHECK(!nowhere.ok());
  CHECK(nowhere.error() == "No such file or directory");
}
