// Unit tests for inspection/scorecard: the arithmetic of each method at its
// edges — pro rata and its cap, a rate met or missed, no report, the floor of
// findings deductions, a milestone late, manual scores audited, self-assessed,
// missing and out of range — and the ranking of equal totals.
#include <doctest/doctest.h>

#include "check/checker.h"
#include "inspection/ledger.h"
#include "inspection/scorecard.h"
#include "inspection/task_view.h"
#include "progress/progress.h"

using namespace scip;

namespace {

const char* kPlan = R"(scip: 1
type: plan
id: p
title: 测试方案（2021—2025年）
region: {code: "640500", name: 中卫市, level: prefecture}
period: {start: 2021, end: 2025}
departments: {cast: 市科协}
goals:
  - id: g
    text: 目标
    targets:
      - {id: volunteers, indicator: volunteers, value: 100, unit: 人, by: 2023, each_region: true}
      - {id: rate, indicator: coverage, value: 90, unit: "%", by: 2023, each_region: true}
actions:
  - {id: a, kind: action, title: 行动, lead: [cast]}
milestones:
  - {id: launch, title: 启动, by: 2021}
)";
const char* kCatalog = R"(scip: 1
type: indicators
title: 指标
indicators:
  - {id: volunteers, name: 科技志愿者, unit: 人, accumulate: latest, direction: up}
  - {id: coverage, name: 覆盖率, unit: "%", accumulate: latest, direction: up}
)";
const char* kRubric = R"(scip: 1
type: rubric
id: r
title: 评分细则
plan: p
findings: f
items:
  - {id: vol, name: 志愿者, points: 10, score: {target: volunteers}}
  - {id: cov, name: 覆盖率, points: 4, score: {target: rate}}
  - {id: fix, name: 整改, points: 5, score: {findings: {per_overdue: 2, per_open: 1}}}
  - {id: start, name: 启动, points: 6, score: {milestone: launch, late: 0.5}}
  - {id: org, name: 组织, points: 4, score: manual}
)";
const char* kFindings = R"(scip: 1
type: findings
id: f
title: 问题清单
inspection: {date: 2023-03-01, body: 市纲要办}
findings:
  - {id: a1, region: "640502", category: 个性, text: 甲, deadline: 2023-06-30, status: 未整改}
  - {id: a2, region: "640502", category: 个性, text: 乙, deadline: 2023-06-30, status: 未整改}
  - {id: a3, region: "640502", category: 个性, text: 丙, deadline: 2023-06-30, status: 整改中}
  - {id: b1, region: "640521", category: 个性, text: 丁, deadline: 2024-06-30, status: 整改中}
)";
const char* kLedger = R"(scip: 1
type: ledger
id: l
title: 台账
plan: p
entries:
  - {milestone: launch, region: "640502", period: 2021, status: 已完成, done: 2021-10-01}
  - {milestone: launch, region: "640521", period: 2022, status: 已完成, done: 2022-02-01}
)";
// 沙坡头区 640502 over the target (150 of 100), 中宁县 640521 half way, 海原县 640522 nothing.
const char* kFigures = "地区,指标,期间,数值,单位\n640502,科技志愿者,2023,150,人\n640521,科技志愿者,2023,50,人\n"
                       "640502,覆盖率,2023,95,%\n640521,覆盖率,2023,80,%\n";

struct Run {
  check::CheckResult result;
  progress::Table table;
  inspection::Ledger findings;
  inspection::TaskView tasks;
  inspection::Scorecard card;
};

Run run(std::vector<submission::ManualScore> manual, util::Date as_of = util::Date{2023, 12, 31},
        const std::string& figures = kFigures) {
  Run r;
  check::CheckOptions co;
  co.as_of = as_of;
  r.result = check::check_sources({{"plan.yaml", kPlan}, {"ind.yaml", kCatalog}, {"rubric.yaml", kRubric}, {"f.yaml", kFindings},
                                   {"l.yaml", kLedger}, {"r.csv", figures}},
                                  co);
  if (figures == kFigures)  // (a test of refused rows gives its own)
    for (const auto& d : r.result.diagnostics) CHECK_MESSAGE(d.severity != check::Severity::error, d.message);
  const plan::Plan* p = nullptr;
  const plan::Rubric* rubric = nullptr;
  std::vector<const plan::Findings*> f;
  std::vector<const plan::Ledger*> l;
  for (const auto& file : r.result.files) {
    if (file->plan) p = &*file->plan;
    if (file->rubric) rubric = &*file->rubric;
    if (file->findings) f.push_back(&*file->findings);
    if (file->ledger) l.push_back(&*file->ledger);
  }
  REQUIRE(p);
  REQUIRE(rubric);
  progress::Options po;
  po.as_of = co.as_of.value();
  po.all = true;
  po.plans = {"p"};
  r.table = progress::compute(*r.result.corpus, r.result.figures, po);
  r.findings = inspection::build_ledger(f, po.as_of, inspection::GroupBy::region);
  r.tasks = inspection::build_task_view(*p, l, po.as_of);
  static std::vector<submission::ManualScore> kept;
  kept = std::move(manual);
  inspection::ScoreInputs in{.rubric = rubric, .plan = p, .corpus = r.result.corpus.get(), .progress = &r.table,
                             .findings = &r.findings, .tasks = &r.tasks, .manual = &kept, .as_of = po.as_of};
  r.card = inspection::score_regions(in, i18n::Lang::en);
  return r;
}

// An item's score, which must be there (an empty optional fails the test, not reads garbage).
double got(const inspection::ItemScore& s) {
  REQUIRE_MESSAGE(s.score.has_value(), s.how);
  return *s.score;
}

const inspection::RegionScore& region(const inspection::Scorecard& c, const char* code) {
  for (const auto& r : c.regions)
    if (r.code == code) return r;
  FAIL("no region " << code);
  return c.regions.front();
}

}  // namespace

TEST_CASE("each method's arithmetic, and a total that says what it is missing") {
  Run r = run({{.region = "沙坡头区", .item = "org", .self = 4, .audit = 3, .where = "s.csv:2"},
               {.region = "640521", .item = "组织", .self = 4, .audit = std::nullopt, .where = "s.csv:3"},
               {.region = "640522", .item = "org", .self = 9, .audit = std::nullopt, .where = "s.csv:4"}});
  CHECK(r.card.max_points == 29);
  const auto& shapotou = region(r.card, "640502");
  CHECK(got(shapotou.items[0]) == doctest::Approx(10));  // 150%: capped at the points
  CHECK(got(shapotou.items[1]) == doctest::Approx(4));   // a rate met: the points
  CHECK(got(shapotou.items[2]) == doctest::Approx(0));   // 5 − 2×3 − 1×3 < 0: floor 0
  CHECK(got(shapotou.items[3]) == doctest::Approx(6));   // done on time
  CHECK(got(shapotou.items[4]) == doctest::Approx(3));   // 审核分 over 自评分
  CHECK_FALSE(shapotou.items[4].self_assessed);
  CHECK(shapotou.total == doctest::Approx(23));
  CHECK(shapotou.unscored == 0);
  CHECK(shapotou.rank == 1);

  const auto& zhongning = region(r.card, "640521");
  CHECK(got(zhongning.items[0]) == doctest::Approx(5));  // 50% of 10
  CHECK_FALSE(zhongning.items[1].score);  // a rate at 80% of 90% on its deadline day: neither met nor missed yet
  INFO(zhongning.items[1].how);
  CHECK(zhongning.items[1].how.find("no percent complete") != std::string::npos);
  CHECK(got(zhongning.items[2]) == doctest::Approx(4));  // one open, not overdue: 5 − 1
  CHECK(got(zhongning.items[3]) == doctest::Approx(3));  // done late: 6 × 0.5
  CHECK(got(zhongning.items[4]) == doctest::Approx(4));  // by the item's name, 自评分 only
  CHECK(zhongning.items[4].self_assessed);

  const auto& haiyuan = region(r.card, "640522");
  CHECK(got(haiyuan.items[0]) == 0);           // no report: 0, and said so
  CHECK(haiyuan.items[0].how.find("no figure") != std::string::npos);
  CHECK(got(haiyuan.items[2]) == doctest::Approx(5));  // no finding
  CHECK(got(haiyuan.items[3]) == 0);           // launch never reported, due 2021: overdue
  CHECK_FALSE(haiyuan.items[4].score);           // 9 of 4: refused, not cut to 4
  CHECK(haiyuan.unscored >= 1);
}

TEST_CASE("a target whose figure would count a refused row is not scored: never 0 for a report that was refused") {
  // 海原县 reported, but its value is refused: not "no figure: 0".
  Run r = run({}, util::Date{2023, 12, 31}, std::string(kFigures) + "640522,科技志愿者,2023,一百五,人\n");
  REQUIRE(r.result.figures.rejected.rows == 1);
  const auto& haiyuan = region(r.card, "640522");
  INFO(haiyuan.items[0].how);
  CHECK_FALSE(haiyuan.items[0].score);
  CHECK(haiyuan.items[0].how.find("1 row(s) of the submissions that target volunteers would count were refused") !=
        std::string::npos);
  CHECK(haiyuan.unscored == 2);  // this item, and the manual one (no scores given)
  // The other regions' scores do not move.
  CHECK(got(region(r.card, "640502").items[0]) == doctest::Approx(10));
  CHECK(got(region(r.card, "640521").items[0]) == doctest::Approx(5));
}

TEST_CASE("a rate missed once its deadline has passed scores 0") {
  Run r = run({}, util::Date{2024, 3, 31});
  const auto& zhongning = region(r.card, "640521");
  INFO(zhongning.items[1].how);
  CHECK(got(zhongning.items[1]) == doctest::Approx(0));  // 80% of 90%, due 2023
  CHECK(got(region(r.card, "640502").items[1]) == doctest::Approx(4));
}

TEST_CASE("equal totals share a rank; a manual score for no region of the rubric is listed as unused") {
  Run r = run({{.region = "640502", .item = "org", .self = std::nullopt, .audit = 0, .where = "s.csv:2"},
               {.region = "西宁市", .item = "org", .self = 1, .audit = 1, .where = "s.csv:3"}});
  CHECK(r.card.unused_scores.size() == 1);
  std::vector<int> ranks;
  for (const auto& x : r.card.regions) ranks.push_back(x.rank);
  CHECK(ranks.front() == 1);
  for (size_t i = 1; i < r.card.regions.size(); ++i)
    if (std::abs(r.card.regions[i].total - r.card.regions[i - 1].total) < 1e-9) CHECK(ranks[i] == ranks[i - 1]);
}
