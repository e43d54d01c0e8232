// Unit tests of progress/progress: the arithmetic at its boundaries and a
// whole corpus (plan + catalog + CSV) measured end to end.
#include <doctest/doctest.h>

#include <sstream>

#include "check/checker.h"
#include "progress/progress.h"
#include "progress/report.h"
#include "city_corpus.h"

using namespace scip;
using namespace scip::check;
using namespace scip::i18n;
using namespace scip::plan;
using scip::util::Pos;
using namespace scip::progress;
using util::Date;

namespace {
const Date kStart{2020, 12, 31};  // baseline date (exclusive start)
const Date kEnd{2025, 12, 31};

Status status(double actual, const Date& as_of, double margin = 20, double target = 100, double baseline = 0) {
  Arithmetic a = linear_arithmetic(baseline, target, actual, false, kStart, kEnd, as_of);
  return linear_status(meets(">=", actual, target), a, kEnd, as_of, margin);
}

// A plan, a catalog and a CSV checked as one corpus (no errors allowed) and
// measured as of 2023-12-31.
Table measure(const std::string& plan, const std::string& catalog, const std::string& csv) {
  CheckOptions co;
  co.as_of = Date{2023, 12, 31};
  CheckResult r = check_sources({{"plan.yaml", plan}, {"ind.yaml", catalog}, {"r.csv", csv}}, co);
  for (const auto& d : r.diagnostics) CHECK_MESSAGE(d.severity != Severity::error, d.message);
  Options o;
  o.as_of = Date{2023, 12, 31};
  return compute(*r.corpus, r.figures, o);
}
}  // namespace

TEST_CASE("expected progress is the share of days passed") {
  Arithmetic a = linear_arithmetic(0, 100, 0, false, kStart, kEnd, Date{2023, 12, 31});
  CHECK(a.elapsed_days == 1095);
  CHECK(a.total_days == 1826);
  CHECK(*a.expected == doctest::Approx(100.0 * 1095 / 1826));
  CHECK(*linear_arithmetic(0, 100, 0, false, kStart, kEnd, Date{2020, 6, 1}).expected == 0);  // before the start
  CHECK(*linear_arithmetic(0, 100, 0, false, kStart, kEnd, Date{2030, 1, 1}).expected == 100);  // after the deadline
}

TEST_CASE("status boundaries") {
  Date mid{2023, 6, 30};
  Arithmetic a = linear_arithmetic(0, 100, 0, false, kStart, kEnd, mid);
  double expected = *a.expected;
  // Exactly on expected: on track.
  CHECK(status(expected, mid) == Status::on_track);
  // Exactly at the margin below expected: behind; a hair further: off track.
  CHECK(status(expected - 20, mid) == Status::behind);
  CHECK(status(expected - 20.001, mid) == Status::off_track);
  CHECK(status(expected - 10, mid, 10) == Status::behind);
  CHECK(status(expected - 10.001, mid, 10) == Status::off_track);
  // Target met: achieved, whenever.
  CHECK(status(100, mid) == Status::achieved);
  CHECK(status(100, Date{2027, 1, 1}) == Status::achieved);
  // Deadline today is not overdue yet; the day after is.
  CHECK(status(50, kEnd) == Status::off_track);
  CHECK(status(90, kEnd) == Status::behind);
  CHECK(status(90, Date{2026, 1, 1}) == Status::overdue);
}

TEST_CASE("zero-length period and a target equal to its baseline") {
  Arithmetic z = linear_arithmetic(0, 10, 5, false, kEnd, kEnd, Date{2025, 12, 31});
  CHECK(z.total_days == 0);
  CHECK(*z.expected == 100);
  Arithmetic before = linear_arithmetic(0, 10, 5, false, kEnd, kEnd, Date{2025, 12, 30});
  CHECK(*before.expected == 0);
  Arithmetic same = linear_arithmetic(10, 10, 10, false, kStart, kEnd, Date{2023, 1, 1});
  CHECK(*same.percent == 100);
  Arithmetic below = linear_arithmetic(10, 10, 9, false, kStart, kEnd, Date{2023, 1, 1});
  CHECK(*below.percent == 0);
}

TEST_CASE("targets that go down") {
  Arithmetic a = linear_arithmetic(10, 2, 6, true, kStart, kEnd, Date{2023, 12, 31});
  CHECK(*a.percent == doctest::Approx(50));
  CHECK(meets("<=", 2, 2));
  CHECK_FALSE(meets("<", 2, 2));
  CHECK(meets(">", 3, 2));
  CHECK_FALSE(meets(">=", 1.999, 2));
}

TEST_CASE("a corpus measured end to end: roll-up from counties, headcounts rolled up, rates not, milestone") {
  std::string plan = R"(scip: 1
type: plan
id: city
title: 示例市
region: {code: "640500", name: 中卫市, level: prefecture}
period: {start: 2021, end: 2025}
regions:
  - {code: "640502", name: 沙坡头区}
  - {code: "640521", name: 中宁县}
departments: {agri: 市农业农村局}
goals:
  - id: g
    text: 启动
    targets:
      - {id: plans, indicator: plan-issued, each_region: true, by: 2021}
actions:
  - id: farmers
    kind: action
    title: 农民
    lead: [agri]
    targets:
      - {id: farmers, indicator: farmers, value: 1.3, unit: 万人, by: 2025, baseline: {value: 0, at: 2020}}
      - {id: volunteers, indicator: volunteers, value: 100, unit: 人, by: 2025}
      - {id: coverage, indicator: coverage, value: 90, unit: "%", by: 2025, baseline: {value: 60, at: 2020}}
)";
  std::string catalog = R"(scip: 1
type: indicators
indicators:
  - {id: farmers, name: 高素质农民, unit: 人, accumulate: sum, direction: up}
  - {id: volunteers, name: 科技志愿者, unit: 人, accumulate: latest, direction: up}
  - {id: plan-issued, name: 实施方案制定, unit: 项, accumulate: latest, direction: up}
  - {id: coverage, name: 覆盖率, unit: "%", accumulate: latest, direction: up}
)";
  std::string csv =
      "地区,指标,时期,数值\n沙坡头区,高素质农民,2021,1200\n中宁县,高素质农民,2021,0.1万\n"
      "中宁县,高素质农民,2022,超800\n沙坡头区,科技志愿者,2022,50\n沙坡头区,科技志愿者,2021,40\n"
      "中宁县,科技志愿者,2021,30\n沙坡头区,实施方案制定,2021,已完成\n"
      "中宁县,实施方案制定,2021,否\n沙坡头区,覆盖率,2022,70\n";
  CheckOptions co;
  co.as_of = Date{2023, 12, 31};
  CheckResult r = check_sources({{"plan.yaml", plan}, {"ind.yaml", catalog}, {"r.csv", csv}}, co);
  for (const auto& d : r.diagnostics) CHECK_MESSAGE(d.severity != Severity::error, d.message);
  Options o;
  o.as_of = Date{2023, 12, 31};
  Table t = compute(*r.corpus, r.figures, o);
  // The each-region milestone is measured for every county of the city, the
  // unlisted 海原县 (640522, from the registry) too.
  REQUIRE(t.rows.size() == 6);
  const Row& plans_s = t.rows[0];
  CHECK(plans_s.key(*r.corpus) == "city/plans@640502");
  CHECK(plans_s.status == Status::done);
  CHECK(t.rows[1].status == Status::overdue);
  CHECK(t.rows[2].key(*r.corpus) == "city/plans@640522");
  CHECK(t.rows[2].status == Status::overdue);
  const Row& farmers = t.rows[3];
  CHECK(*farmers.target_value == 13000);
  CHECK(*farmers.actual == 3000);
  CHECK(farmers.rolled_up == 2);
  CHECK(farmers.approximate);
  CHECK(*farmers.percent == doctest::Approx(100.0 * 3000 / 13000));
  CHECK(farmers.status == Status::off_track);
  // A headcount is a level over time but adds up across regions: each
  // county's latest (50 and 30), summed.
  const Row& vol = t.rows[4];
  CHECK(!vol.rollup_refused);
  CHECK(vol.rolled_up == 2);
  CHECK(*vol.actual == 80);
  // A rate never adds up across regions.
  const Row& cov = t.rows[5];
  CHECK(cov.rollup_refused);
  CHECK(!cov.actual);
  CHECK(cov.status == Status::no_data);
  // Growing a reported value toward the target never lowers percent complete.
  double last = -1;
  for (int v : {0, 500, 1000, 5000, 13000}) {
    std::string more = csv + "沙坡头区,高素质农民,2023," + std::to_string(v) + "\n";
    CheckResult r2 = check_sources({{"plan.yaml", plan}, {"ind.yaml", catalog}, {"r.csv", more}}, co);
    Table t2 = compute(*r2.corpus, r2.figures, o);
    CHECK(*t2.rows[3].percent > last);
    last = *t2.rows[3].percent;
  }
}

TEST_CASE("names with full-width characters resolve however the width is written") {
  // A catalog name such as 每所学校专（兼）职科技教师人数 was stored as written but
  // looked up folded, so a submission naming it was never resolved.
  scip::plan::Indicator ind;
  ind.id = "teachers";
  ind.name = "每所学校专（兼）职科技教师人数";
  ind.aliases = {"科技教师（专兼职）"};
  scip::plan::IndicatorIndex index;
  index.add(ind);
  CHECK(index.resolve("每所学校专（兼）职科技教师人数").id == 0);
  CHECK(index.resolve("每所学校专(兼)职科技教师人数").id == 0);
  CHECK(index.resolve("科技教师(专兼职)").id == 0);
  scip::plan::RegionIndex regions;
  regions.add("640521", "中宁县", {"中宁县（城区）"});
  CHECK(regions.resolve("中宁县(城区)").id == 0);
  CHECK(regions.resolve("中宁县（城区）").id == 0);
}

TEST_CASE("a later reported_on corrects a figure, in one file and across files") {
  std::string plan = R"(scip: 1
type: plan
id: city
title: 示例市
region: {code: "640500", name: 中卫市, level: prefecture}
period: {start: 2021, end: 2025}
departments: {}
actions: []
)";
  std::string catalog = "scip: 1\ntype: indicators\nindicators:\n"
                        "  - {id: farmers, name: 高素质农民, unit: 人, accumulate: sum, direction: up}\n";
  std::string a = "地区,指标,时期,数值,填报日期\n中卫市,高素质农民,2021,100,2022-01-10\n"
                  "中卫市,高素质农民,2021,90,2021-12-01\n"   // earlier: corrected already
                  "中卫市,高素质农民,2022,200,2023-01-10\n";
  std::string b = "地区,指标,时期,数值,填报日期\n中卫市,高素质农民,2021,110,2022-06-30\n"  // corrects 100
                  "中卫市,高素质农民,2022,210,2023-01-10\n";  // same date: a conflict, the first stays
  CheckOptions co;
  co.as_of = Date{2023, 12, 31};
  CheckResult r = check_sources({{"plan.yaml", plan}, {"ind.yaml", catalog}, {"a.csv", a}, {"b.csv", b}}, co);
  std::vector<std::string> codes;
  for (const auto& d : r.diagnostics) codes.push_back(d.file + ":" + std::to_string(d.pos.line) + " " + d.code);
  CHECK(codes == std::vector<std::string>{"a.csv:3 corrected-report", "b.csv:2 corrected-report",
                                          "b.csv:3 conflicting-report"});
  REQUIRE(r.figures.figures.size() == 2);
  CHECK(r.figures.figures[0].value == 110);
  CHECK(r.figures.figures[0].file == 1);
  CHECK(r.figures.figures[1].value == 200);
}

TEST_CASE("three counties' headcounts add up for the city; a city's own figure is used, and the counties' are kept listed") {
  std::string plan = testing::kCityPlan, catalog = testing::kCityCatalog;
  std::string csv =
      "地区,指标,时期,数值\n沙坡头区,科技志愿者,2023,2600\n中宁县,科技志愿者,2023,1900\n海原县,科技志愿者,2023,1200\n"
      "沙坡头区,高素质农民,2021,1200\n中宁县,高素质农民,2021,900\n中卫市,高素质农民,2021-Q1,100\n";
  CheckOptions co;
  co.as_of = Date{2023, 12, 31};
  CheckResult r = check_sources({{"plan.yaml", plan}, {"ind.yaml", catalog}, {"r.csv", csv}}, co);
  Options o;
  o.as_of = Date{2023, 12, 31};
  Table t = compute(*r.corpus, r.figures, o);
  REQUIRE(t.rows.size() == 2);
  CHECK(*t.rows[0].actual == 5700);
  CHECK(t.rows[0].rolled_up == 3);
  const Row& farmers = t.rows[1];
  CHECK(*farmers.actual == 100);  // the city's own figure
  CHECK(farmers.rolled_up == 0);
  REQUIRE(farmers.below.size() == 2);  // and the counties' two, listed, not silently gone
  CHECK(input_of(r.figures, farmers.below[0], Use::shadowed).value() == 1200);
  CHECK(farmers.any_inputs);
  CHECK(farmers.any_below);

  // Without the inputs (a table, Markdown, CSV): the same rows and figures,
  // and still whether there were inputs and reports below.
  o.list_inputs = false;
  Table lean = compute(*r.corpus, r.figures, o);
  REQUIRE(lean.rows.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(lean.rows[i].inputs.empty());
    CHECK(lean.rows[i].below.empty());
    CHECK(*lean.rows[i].actual == *t.rows[i].actual);
    CHECK(lean.rows[i].status == t.rows[i].status);
    CHECK(lean.rows[i].any_inputs == t.rows[i].any_inputs);
    CHECK(lean.rows[i].any_below == t.rows[i].any_below);
  }
  CHECK_FALSE(lean.rows[0].any_below);
  CHECK(lean.rows[1].any_below);
  CHECK(lean.rows[1].leads() == std::vector<std::string_view>{"市科协"});
}

TEST_CASE("regions: sum | none in the catalog decides the roll-up, not the unit alone") {
  std::string plan = R"(scip: 1
type: plan
id: city
title: 示例市
region: {code: "640500", name: 中卫市, level: prefecture}
period: {start: 2021, end: 2025}
departments: {agri: 市农业农村局}
actions:
  - id: a
    kind: action
    title: 行动
    lead: [agri]
    targets:
      - {id: share, indicator: share, value: 100, unit: 个, by: 2025}
      - {id: counted, indicator: counted, value: 100, unit: "%", by: 2025, baseline: {value: 0, at: 2020}}
)";
  // 个 would add up and % would not; the catalog says otherwise for both.
  std::string catalog = R"(scip: 1
type: indicators
indicators:
  - {id: share, name: 达标单位数, unit: 个, accumulate: latest, direction: up, regions: none}
  - {id: counted, name: 完成率, unit: "%", accumulate: latest, direction: up, regions: sum}
)";
  std::string csv = "地区,指标,时期,数值\n沙坡头区,达标单位数,2021,10\n中宁县,达标单位数,2021,20\n"
                    "沙坡头区,完成率,2021,10\n中宁县,完成率,2021,20\n";
  Table t = measure(plan, catalog, csv);
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].rollup_refused);
  CHECK(!t.rows[0].actual);
  CHECK(!t.rows[1].rollup_refused);
  CHECK(*t.rows[1].actual == 30);
}

TEST_CASE("a refused row is told on the targets that would have counted it, and only on those") {
  // The city's farmers (a sum) has a figure of its own; its volunteers (a
  // headcount) are rolled up from the counties.
  std::string csv =
      "地区,指标,时期,数值\n"
      "沙坡头区,科技志愿者,2023,2600\n"
      "中宁县,科技志愿者,2023,abc\n"     // 3: below, in the window: volunteers would have added it
      "海原县,科技志愿者,2024,100\n"     // 4: a period after --as-of: it would not count yet
      "中卫市,高素质农民,2021,100\n"
      "沙坡头区,高素质农民,2022,xyz\n"   // 6: below a region that reported its own: not read
      "中卫市,高素质农民,明年,5\n"       // 7: its own, when is not known: it may count
      "中卫市,高素质农民,2020,xyz\n"     // 8: before the window (the baseline is 2020's)
      "某县,高素质农民,2021,5\n";        // 9: a region no plan holds: of no target
  CheckOptions co;
  co.as_of = Date{2023, 12, 31};
  CheckResult r = check_sources({{"plan.yaml", testing::kCityPlan}, {"ind.yaml", testing::kCityCatalog}, {"r.csv", csv}}, co);
  CHECK(r.figures.rejected.rows == 6);
  CHECK(r.figures.rejected.figures.size() == 5);  // all but 某县's
  {  // scip check counts them and keeps none (CheckOptions::keep_refused)
    CheckOptions lean_check = co;
    lean_check.keep_refused = false;
    CheckResult counted =
        check_sources({{"plan.yaml", testing::kCityPlan}, {"ind.yaml", testing::kCityCatalog}, {"r.csv", csv}}, lean_check);
    CHECK(counted.figures.rejected.rows == 6);
    CHECK(counted.figures.rejected.figures.empty());
  }
  Options o;
  o.as_of = Date{2023, 12, 31};
  Table t = compute(*r.corpus, r.figures, o);
  REQUIRE(t.rows.size() == 2);
  auto lines = [&](const Row& row) {
    std::vector<uint32_t> out;
    for (uint32_t i : row.refused) out.push_back(r.figures.rejected.figures[i].line);
    return out;
  };
  const Row& volunteers = t.rows[0];
  CHECK(*volunteers.actual == 2600);
  CHECK(volunteers.refused_rows == 1);
  CHECK(lines(volunteers) == std::vector<uint32_t>{3});
  const Row& farmers = t.rows[1];
  CHECK(*farmers.actual == 100);
  CHECK(farmers.refused_rows == 1);
  CHECK(lines(farmers) == std::vector<uint32_t>{7});

  // The table, Markdown and CSV keep the count without the list.
  o.list_inputs = false;
  Table lean = compute(*r.corpus, r.figures, o);
  CHECK(lean.rows[0].refused.empty());
  CHECK(lean.rows[0].refused_rows == 1);
  CHECK(lean.rows[1].refused_rows == 1);

  // The page marks the figure and says what the mark means.
  std::vector<const Row*> rows{&t.rows[0], &t.rows[1]};
  for (Lang lang : {Lang::en, Lang::zh}) {
    std::ostringstream page;
    TablePrintOptions po;
    po.format = Format::html;
    po.lang = lang;
    write_html(page, t, rows, *r.corpus, r.figures, po);
    CHECK(page.str().find("2,600 Σ ⚠") != std::string::npos);
    CHECK(page.str().find(tr(lang, "progress.legend.refused")) != std::string::npos);
  }
}

TEST_CASE("a refused row of a region below does not mark a figure that is never rolled up") {
  // The city's farmers, made an indicator that does not add up across regions.
  std::string catalog = testing::kCityCatalog;
  catalog.replace(catalog.find("direction: up}\n", catalog.find("farmers")), 14, "direction: up, regions: none}\n");
  std::string csv = "地区,指标,时期,数值\n沙坡头区,高素质农民,2022,70\n中宁县,高素质农民,2022,七十\n";
  CheckOptions co;
  co.as_of = Date{2023, 12, 31};
  CheckResult r = check_sources({{"plan.yaml", testing::kCityPlan}, {"ind.yaml", catalog}, {"r.csv", csv}}, co);
  REQUIRE(r.figures.rejected.figures.size() == 1);
  Options o;
  o.as_of = Date{2023, 12, 31};
  o.plans = {"city"};  // (no figure of it counts: listed only when asked for)
  Table t = compute(*r.corpus, r.figures, o);
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].rollup_refused);
  CHECK(t.rows[1].refused_rows == 0);
  // The city's own figure refused: that one it would have read.
  CheckResult own = check_sources({{"plan.yaml", testing::kCityPlan}, {"ind.yaml", catalog}, {"r.csv", csv + "中卫市,高素质农民,2022,七十\n"}}, co);
  Table t2 = compute(*own.corpus, own.figures, o);
  REQUIRE(t2.rows.size() == 2);
  CHECK(t2.rows[1].refused_rows == 1);
}
