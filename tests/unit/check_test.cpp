// Unit tests for check/: schema mapping, rules and the corpus, on in-memory
// files (check_sources), asserting codes and positions.
#include <doctest/doctest.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "check/checker.h"
#include "check/report.h"
#include "util/json_writer.h"
#include "check/rule_catalog.h"
#include "check/rules.h"
#include "check/schema_source.h"
#include "check/schema_validator.h"
#include "util/date.h"
#include "util/period.h"
#include "city_corpus.h"

using namespace scip;
using namespace scip::check;
using namespace scip::i18n;
using namespace scip::plan;
using scip::util::json_string;
using scip::util::Pos;

namespace {

const char* kPlan = R"(scip: 1
type: plan
id: demo-2021-2025
title: 示例
region: {code: "640500", name: 中卫市, level: prefecture}
period: {start: 2021, end: 2025}
departments:
  edu: 市教育局
actions:
  - id: youth
    kind: action
    title: 青少年科学素质提升行动
    lead: [edu]
    tasks:
      - id: youth-5
        title: 科技创新纳入培养全过程
        targets:
          - {id: t, value: 400, unit: 人次, by: 2025}
)";

std::vector<Diagnostic> diags(const std::string& text) {
  return check_sources({{"p.yaml", text}}, {}).diagnostics;
}

std::string codes(const std::vector<Diagnostic>& ds) {
  std::string s;
  for (const auto& d : ds) s += (s.empty() ? "" : " ") + d.code + "@" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column);
  return s;
}

std::string replace(std::string s, const std::string& a, const std::string& b) {
  auto at = s.find(a);
  REQUIRE(at != std::string::npos);
  return s.replace(at, a.size(), b);
}

}  // namespace

TEST_CASE("a valid plan has no diagnostics") { CHECK(codes(diags(kPlan)) == ""); }

TEST_CASE("a misspelled key is an unknown-key with did-you-mean, at the key") {
  auto ds = diags(replace(kPlan, "        targets:", "        taregts:"));
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].code == "unknown-key");
  CHECK(ds[0].pos.line == 17);
  CHECK(ds[0].pos.column == 9);
  CHECK(ds[0].message == "unknown key \"taregts\"");
  CHECK(ds[0].hint == "did you mean \"targets\"?");
}

TEST_CASE("schema issues map to codes") {
  CHECK(codes(diags(replace(kPlan, "    title: 青少年科学素质提升行动\n", ""))) == "missing-key@10:5");
  // One mistake, one diagnostic: no missing-lead or unused-department after it.
  CHECK(codes(diags(replace(kPlan, "lead: [edu]", "lead: edu"))) == "wrong-type@13:11");
  CHECK(codes(diags(replace(kPlan, "kind: action", "kind: projekt"))) == "bad-value@11:11");
  CHECK(codes(diags(replace(kPlan, "id: youth\n", "id: Youth\n"))) == "invalid-id@10:9");
  CHECK(codes(diags(replace(kPlan, "\"640500\"", "\"64050\""))) == "invalid-region-code@5:16");
  CHECK(codes(diags(replace(kPlan, "by: 2025}", "by: 2025/12/31}"))) == "invalid-date@18:47");
  CHECK(codes(diags(replace(kPlan, "start: 2021", "start: 1800"))) == "out-of-range@6:17");
  CHECK(codes(diags(replace(kPlan, "lead: [edu]", "lead: [edu, edu]"))) == "duplicate-item@13:17");
  CHECK(codes(diags(replace(kPlan, "unit: 人次", "unit: \"\""))) == "empty-value@18:39");
  CHECK(codes(diags(replace(kPlan, ", unit: 人次", ""))) == "missing-key@18:13");
}

TEST_CASE("YAML 1.1 traps") {
  auto ds = diags(replace(kPlan, "code: \"640500\"", "code: 0630"));
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].code == "needs-quotes");
  CHECK(ds[0].message.find("leading zero") != std::string::npos);
  CHECK(codes(diags(replace(kPlan, "title: 示例", "title: no"))) == "yaml11-boolean@4:8");
}

TEST_CASE("plan rules") {
  CHECK(codes(diags(replace(kPlan, "lead: [edu]", "lead: [edu2]"))) ==
        "unknown-department@13:12");
  CHECK(codes(diags(replace(kPlan, "by: 2025}", "by: 2030}"))) == "deadline-outside-period@18:47");
  CHECK(codes(diags(replace(kPlan, "value: 400, unit: 人次", "value: 101, unit: \"%\""))) == "percent-out-of-range@18:28");
  CHECK(codes(diags(replace(kPlan, "value: 400", "value: -1"))) == "negative-target@18:28");
  CHECK(codes(diags(replace(kPlan, "period: {start: 2021, end: 2025}", "period: {start: 2021, end: 2025}\nfyp: 13"))) ==
        "fyp-mismatch@7:6");
  CHECK(codes(diags(replace(kPlan, "level: prefecture", "level: county"))) == "level-mismatch@5:44");
  CHECK(codes(diags(replace(kPlan, "by: 2025}", "by: 2025, baseline: {value: 500, at: 2020}}"))) ==
        "baseline-meets-target@18:71");
}

TEST_CASE("diagnostics are sorted by position") {
  auto ds = diags(replace(replace(kPlan, "lead: [edu]", "lead: [edu2]"), "title: 示例", "title: no"));
  for (size_t i = 1; i < ds.size(); ++i) CHECK(ds[i - 1].pos.line <= ds[i].pos.line);
}

TEST_CASE("corpus rules: duplicate plan ids, parents") {
  auto r = check_sources({{"a.yaml", kPlan}, {"b.yaml", kPlan}}, {});
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "duplicate-id");
  CHECK(r.diagnostics[0].file == "b.yaml");
  auto child = replace(kPlan, "period:", "parent: nx-2021-2025\nperiod:");
  auto notes = check_sources({{"c.yaml", child}}, {}).diagnostics;
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].code == "parent-not-found");
  CHECK(notes[0].severity == Severity::note);
}

TEST_CASE("five-year plan numbers") {
  CHECK(fyp_years(13) == std::pair{2016, 2020});
  CHECK(fyp_years(14) == std::pair{2021, 2025});
  CHECK(fyp_years(11) == std::pair{2006, 2010});
  CHECK(fyp_years(1) == std::pair{1953, 1957});
}

TEST_CASE("valijson context paths become JSON pointers") {
  CHECK(context_to_pointer({"<root>", "[actions]", "[0]", "[taregts]"}) == "/actions/0/taregts");
  CHECK(context_to_pointer({"<root>"}) == "");
}

TEST_CASE("the schema describes each place") {
  SchemaValidator v("plan");
  const auto* n = v.node_at("/actions/3/tasks/0/targets/1/by");
  REQUIRE(n);
  CHECK(n->at("x-format") == "year-or-date");
  CHECK(v.node_at("/departments/edu")->at("type") == "string");
  CHECK(v.node_at("/nonsense") == nullptr);
}

TEST_CASE("the embedded schemas are the files in schemas/") {
  for (const char* name : {"plan", "indicators"}) {
    std::ifstream in(std::string(SCIP_SOURCE_DIR) + "/schemas/" + name + ".schema.json", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK(ss.str() == embedded_schema(name));
  }
}

TEST_CASE("JSON output escapes any input") {
  CHECK(json_string("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
  CHECK(json_string("\xFF") == "\"\xEF\xBF\xBD\"");  // invalid byte -> U+FFFD
}

TEST_CASE("every rule but the schema fallback has a golden test that shows it") {
  namespace fs = std::filesystem;
  std::string all;
  for (const auto& e : fs::directory_iterator(std::string(SCIP_SOURCE_DIR) + "/tests/cli")) {
    if (!e.is_directory()) continue;
    std::ifstream in(e.path() / "stdout");
    std::stringstream ss;
    ss << in.rdbuf();
    all += ss.str();
  }
  for (const auto& r : all_rules()) {
    if (r.code == "schema-violation") continue;  // reached only by schema keywords the shipped schemas do not use
    INFO("rule " << r.code);
    bool shown = all.find("[" + std::string(r.code) + "]") != std::string::npos;
    CHECK(shown);
  }
}

TEST_CASE("parts summed in passes: the same disagreements, listed under the same cap, however many passes") {
  std::string plan = testing::kCityPlan, catalog = testing::kCityCatalog;
  // Day by day, the city's own 100 against its counties': all three adding
  // up to it, all three to 30 (disagree), two to 150 (exceed) and two to 50
  // (not every county reported, and no more than the whole: no warning).
  // 240 days of 2021 in one file, 40 of 2022 in another: each file its cap.
  auto days = [](util::Date day, int n) {
    const char* counties[] = {"沙坡头区", "中宁县", "海原县"};
    const int values[4][3] = {{50, 30, 20}, {10, 10, 10}, {100, 50, 0}, {25, 25, 0}};
    std::string csv = "地区,指标,时期,数值\n";
    for (int d = 0; d < n; ++d, day = util::date_from_days(util::days_since_epoch(day) + 1)) {
      std::string when = day.str();
      csv += "中卫市,高素质农民," + when + ",100\n";
      for (int c = 0; c < 3; ++c)
        if (values[d % 4][c]) csv += std::string(counties[c]) + ",高素质农民," + when + "," + std::to_string(values[d % 4][c]) + "\n";
    }
    return csv;
  };
  CheckOptions co;
  co.as_of = util::Date{2023, 12, 31};
  CheckResult r = check_sources(
      {{"plan.yaml", plan}, {"ind.yaml", catalog}, {"r.csv", days({2021, 1, 1}, 240)}, {"s.csv", days({2022, 1, 1}, 40)}}, co);
  auto parts = [&](size_t figures_per_pass, unsigned threads = 1) {
    Diagnostics d(Lang::en);
    check_parts(r.figures, *r.corpus, d, figures_per_pass, threads);
    return d.items();
  };
  std::vector<Diagnostic> once = parts(kPartsFiguresPerPass);
  // r.csv: 120 disagreements, the first 100 listed, then how many more; s.csv: 20.
  REQUIRE(once.size() == 121);
  size_t exceed = 0, in_s = 0;
  for (const auto& d : once) {
    exceed += d.message.find("more than its own figure") != std::string::npos;
    in_s += d.file == "s.csv";
  }
  CHECK(exceed == 60);  // every fourth of the first 200 days of r.csv, and of s.csv's 40
  CHECK(in_s == 20);
  CHECK(once.back().file == "r.csv");
  CHECK(once.back().message.find("20 more rows") != std::string::npos);
  CHECK(once.front().message.find("30 (3 rows: r.csv:7, r.csv:8, r.csv:9)") != std::string::npos);
  for (size_t per_pass : {size_t{1}, size_t{2}, size_t{7}, size_t{300}})
    for (unsigned threads : {1u, 2u, 3u}) {
      INFO("figures per pass " << per_pass << ", threads " << threads);
      CHECK(parts(per_pass, threads) == once);
    }
  size_t in_check = 0;
  for (const auto& d : r.diagnostics) in_check += d.code == "parts-disagree";
  CHECK(in_check == once.size());
  // 700 days in one file: each of two threads finds more than the cap, and
  // the count of what they did not list is joined too.
  CheckResult big = check_sources({{"plan.yaml", plan}, {"ind.yaml", catalog}, {"r.csv", days({2021, 1, 1}, 700)}}, co);
  Diagnostics big_once(Lang::en);
  check_parts(big.figures, *big.corpus, big_once, kPartsFiguresPerPass, 1);
  REQUIRE(big_once.items().size() == 101);
  CHECK(big_once.items().back().message.find("250 more rows") != std::string::npos);
  for (unsigned threads : {2u, 3u}) {
    Diagnostics d(Lang::en);
    check_parts(big.figures, *big.corpus, d, 7, threads);
    CHECK(d.items() == big_once.items());
  }
}

namespace {

// A city's and its counties' figures of both indicators, made up at random
// (seeded) over months, quarters, halves and years of 2021-2023, some
// cumulative, some ten times any target, in three files: what the rules
// across figures each have something to say about.
submission::FigureSet random_city_figures(const plan::Corpus& corpus) {
  submission::FigureSet set;
  set.files = {"a.csv", "b.csv", "c.csv"};
  set.sheets = {"", "", ""};
  set.value_columns = {4, 4, 4};
  std::vector<int> regions;
  for (const char* code : {"640500", "640502", "640521", "640522"}) regions.push_back(corpus.regions.find_code(code));
  std::vector<std::string> periods;
  for (int y = 2021; y <= 2023; ++y) {
    periods.push_back(std::to_string(y));
    for (const char* h : {"-H1", "-H2", "-Q1", "-Q2", "-Q3", "-Q4"}) periods.push_back(std::to_string(y) + h);
    for (int m = 1; m <= 12; ++m) periods.push_back(fmt::format("{}-{:02}", y, m));
  }
  std::mt19937 rng(19);
  std::set<uint64_t> keys;
  uint32_t line[3] = {1, 1, 1};
  for (int i = 0; i < 3000; ++i) {
    submission::Figure f;
    f.region = regions[rng() % regions.size()];
    f.indicator = static_cast<uint16_t>(corpus.indicators.find_id(rng() % 2 ? "farmers" : "volunteers"));
    f.set_period(*util::parse_period(periods[rng() % periods.size()]));
    f.cumulative = rng() % 10 == 0;
    f.value = rng() % 50 == 0 ? 200000 + rng() % 1000 : static_cast<double>(rng() % 4000);
    f.file = rng() % 3;
    f.line = ++line[f.file];
    if (keys.insert(submission::figure_key(f)).second) set.figures.push_back(f);
  }
  return set;
}

std::string figures_text(const submission::FigureSet& set) {
  std::string s;
  for (const auto& f : set.figures)
    s += fmt::format("{}:{} {:x} {} {}\n", f.file, f.line, submission::figure_key(f), f.value, f.covered);
  return s;
}

}  // namespace

TEST_CASE("the rules across figures on several threads: the diagnostics, their order and the figures of one pass") {
  CheckResult r = check_sources({{"plan.yaml", testing::kCityPlan}, {"ind.yaml", testing::kCityCatalog}}, {});
  REQUIRE(r.corpus);
  const submission::FigureSet given = random_city_figures(*r.corpus);
  REQUIRE(given.figures.size() > 500);
  // One thread, one stretch: the reference.
  submission::FigureSet one = given;
  Diagnostics periods_once(Lang::en), plausible_once(Lang::en), parts_once(Lang::en);
  check_periods(one, *r.corpus, periods_once, 1);
  check_plausible(one, *r.corpus, plausible_once, 1);
  check_parts(one, *r.corpus, parts_once, kPartsFiguresPerPass, 1);
  std::map<std::string, int> said;
  for (const auto* d : {&periods_once, &plausible_once, &parts_once})
    for (const auto& item : d->items()) ++said[item.code];
  CHECK(said["period-covered"] > 10);
  CHECK(said["conflicting-level"] > 10);
  CHECK(said["cumulative-decreasing"] > 0);
  CHECK(said["implausible-value"] > 10);
  CHECK(said["parts-disagree"] > 10);
  REQUIRE(one.figures.size() < given.figures.size());  // some refused
  for (unsigned threads : {2u, 3u, 5u})
    for (size_t fewest : {size_t{1}, size_t{7}, size_t{100}}) {
      CAPTURE(threads);
      CAPTURE(fewest);
      submission::FigureSet set = given;
      Diagnostics periods(Lang::en), plausible(Lang::en), parts(Lang::en);
      check_periods(set, *r.corpus, periods, threads, fewest);
      CHECK(periods.items() == periods_once.items());
      CHECK(figures_text(set) == figures_text(one));
      CHECK(set.rejected.rows == one.rejected.rows);
      CHECK(set.rejected.first == one.rejected.first);
      check_plausible(set, *r.corpus, plausible, threads, fewest);
      CHECK(plausible.items() == plausible_once.items());
      check_parts(set, *r.corpus, parts, fewest, threads);
      CHECK(parts.items() == parts_once.items());
    }
}

TEST_CASE("keyboard slips: repaired at syntax positions only, on lines of Chinese prose as on plain ones") {
  // Each line with what it becomes; prose keeps its ： and ，. Lines of prose
  // pass a byte test before being decoded, so a slip beside prose is pinned too.
  const std::vector<std::pair<std::string, std::string>> lines = {
      {"title：示例", "title: 示例"},
      {"  - title：加强科学教育，提升素质", "  - title: 加强科学教育，提升素质"},
      {"  lead: [edu ，agri]", "  lead: [edu , agri]"},
      {"  text: 加强科学教育，提升素质：全面", "  text: 加强科学教育，提升素质：全面"},
      {"  title: 行动（一）：青少年", "  title: 行动（一）：青少年"},
      {"\u3000  support: []", "    support: []"},
      {"  ＃ 备注：见下", "  # 备注：见下"},
      {"  note: 见[附件]，共3项", "  note: 见[附件]，共3项"},
      {"  tags: [科普，宣传]", "  tags: [科普，宣传]"},
      {"  － {id: a}", "  - {id: a}"},
      {"  － 提升，素质", "  － 提升，素质"},
  };
  std::string text, want;
  for (const auto& [in, out] : lines) {
    text += in + "\r\n";
    want += out + "\r\n";
  }
  Diagnostics d(Lang::en);
  CHECK(repair_keyboard_slips(d, "p.yaml", text) == want);
  std::vector<std::string> at;
  for (const Diagnostic& x : d.items()) at.push_back(fmt::format("{}:{}", x.pos.line, x.pos.column));
  INFO(fmt::format("{}", fmt::join(at, " ")));
  CHECK(at == std::vector<std::string>{"1:6", "2:10", "3:14", "6:1", "7:3", "10:3"});
}

TEST_CASE("continues: the region's latest plan before this one, whatever other regions and earlier plans hold") {
  auto plan = [](const std::string& id, const std::string& region, int start, const std::string& action,
                 const std::string& continues) {
    return "scip: 1\ntype: plan\nid: " + id + "\ntitle: 示例\nregion: " + region + "\nperiod: {start: " +
           std::to_string(start) + ", end: " + std::to_string(start + 4) +
           "}\ndepartments:\n  edu: 市教育局\nactions:\n  - id: " + action +
           "\n    kind: action\n    title: 行动\n    lead: [edu]\n" + continues;
  };
  const std::string zhongwei = "{code: \"640500\", name: 中卫市, level: prefecture}";
  const std::string wuzhong = "{code: \"640300\", name: 吴忠市, level: prefecture}";
  auto r = check_sources({{"a.yaml", plan("zw-2011", zhongwei, 2011, "old-only", "")},
                          {"d.yaml", plan("wz-2016", wuzhong, 2016, "old-only", "")},
                          {"c.yaml", plan("zw-2021", zhongwei, 2021, "now", "    continues: [mid-only, old-only]\n")},
                          {"b.yaml", plan("zw-2016", zhongwei, 2016, "mid-only", "")}},
                         {});
  std::vector<std::string> found;
  for (const auto& d : r.diagnostics) found.push_back(d.file + " " + d.code + " " + d.message);
  INFO(fmt::format("{}", fmt::join(found, " | ")));
  CHECK(found == std::vector<std::string>{
                     "c.yaml continues-not-found continues \"old-only\", which is not in the previous plan \"zw-2016\""});
}
