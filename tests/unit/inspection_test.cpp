// Unit tests for inspection/ledger: a finding's status on a day, the days
// left or overdue, the warnings, and the on-time closure rate at its edges.
#include <doctest/doctest.h>

#include "inspection/ledger.h"
#include "plan/model.h"
#include "util/date.h"

using namespace scip;

namespace {

plan::When when(const char* date) {
  plan::When w;
  w.text = date;
  w.date = util::parse_date(date);
  w.year = w.date->year;
  w.valid = true;
  return w;
}

plan::Finding finding(const char* id, const char* deadline, const char* status,
                      std::vector<std::pair<const char*, const char*>> history = {}) {
  plan::Finding f;
  f.id = id;
  f.region = "630200";
  f.deadline = when(deadline);
  f.status = status;
  for (auto [s, d] : history) f.history.push_back({.ptr = "", .status = s, .note = "", .date = when(d)});
  return f;
}

inspection::Ledger ledger(const plan::Findings& doc, const char* day) {
  return inspection::build_ledger({&doc}, *util::parse_date(day), inspection::GroupBy::region);
}

}  // namespace

TEST_CASE("the status on a day comes from the history up to that day") {
  plan::Findings doc;
  doc.findings.push_back(finding("a", "2020-06-30", "已整改", {{"整改中", "2020-05-10"}, {"已整改", "2020-06-20"}}));
  auto before = ledger(doc, "2020-05-01");
  CHECK(before.findings[0].status == "未整改");  // nothing changed yet: as inspected
  auto during = ledger(doc, "2020-06-01");
  CHECK(during.findings[0].status == "整改中");
  CHECK(during.findings[0].days_left == 29);
  auto after = ledger(doc, "2020-07-31");
  CHECK(after.findings[0].status == "已整改");
  CHECK(after.findings[0].closed_on->str() == "2020-06-20");
  CHECK(after.findings[0].on_time);
  CHECK(after.all.on_time_rate() == doctest::Approx(100));
}

TEST_CASE("a finding without history keeps the status it was written with") {
  plan::Findings doc;
  doc.findings.push_back(finding("a", "2020-06-30", "整改中"));
  auto l = ledger(doc, "2020-07-10");
  CHECK(l.findings[0].status == "整改中");
  CHECK(l.findings[0].overdue());
  CHECK(l.findings[0].days_left == -10);
  CHECK(l.all.overdue == 1);
}

TEST_CASE("reopened after a failed re-check: open again, its first closing forgotten") {
  plan::Findings doc;
  doc.findings.push_back(
      finding("a", "2020-07-31", "整改中", {{"整改中", "2020-05-20"}, {"已整改", "2020-06-30"}, {"整改中", "2020-07-10"}}));
  auto l = ledger(doc, "2020-08-05");
  CHECK(l.findings[0].status == "整改中");
  CHECK_FALSE(l.findings[0].closed_on);
  CHECK(l.findings[0].overdue());
  CHECK(l.all.on_time_rate() == doctest::Approx(0));
}

TEST_CASE("warnings: 7 days, then 3 days, the nearer one wins; none when closed or overdue") {
  plan::Findings doc;
  doc.findings.push_back(finding("seven", "2020-08-07", "未整改"));
  doc.findings.push_back(finding("eight", "2020-08-08", "未整改"));
  doc.findings.push_back(finding("three", "2020-08-03", "整改中"));
  doc.findings.push_back(finding("today", "2020-07-31", "未整改"));
  doc.findings.push_back(finding("late", "2020-07-30", "未整改"));
  doc.findings.push_back(finding("done", "2020-08-02", "已整改", {{"已整改", "2020-07-20"}}));
  auto l = ledger(doc, "2020-07-31");
  CHECK(l.findings[0].warning == 7);
  CHECK(l.findings[1].warning == 0);
  CHECK(l.findings[2].warning == 3);
  CHECK(l.findings[3].warning == 3);
  CHECK(l.findings[4].warning == 0);
  CHECK(l.findings[5].warning == 0);
}

TEST_CASE("the on-time rate counts only findings whose deadline has passed; none due is no rate") {
  plan::Findings doc;
  doc.findings.push_back(finding("due-today", "2020-07-31", "未整改"));
  doc.findings.push_back(finding("closed-early", "2020-09-30", "已整改", {{"已整改", "2020-07-01"}}));
  auto l = ledger(doc, "2020-07-31");
  CHECK(l.all.due == 0);
  CHECK_FALSE(l.all.on_time_rate());  // "—", not 0% or 100%
  doc.findings.push_back(finding("late", "2020-06-30", "已整改", {{"已整改", "2020-07-05"}}));
  auto m = ledger(doc, "2020-07-31");
  CHECK(m.all.due == 1);
  CHECK(m.findings[2].closed_on);
  CHECK_FALSE(m.findings[2].on_time);  // closed after its deadline
  CHECK(*m.all.on_time_rate() == doctest::Approx(0));
  auto n = ledger(doc, "2020-08-01");  // the first one's deadline has now passed, still open
  CHECK(n.all.due == 2);
  CHECK(*n.all.on_time_rate() == doctest::Approx(0));
}

TEST_CASE("a closing dated after the day does not count yet") {
  plan::Findings doc;
  doc.findings.push_back(finding("a", "2020-06-30", "已销号", {{"已整改", "2020-06-20"}, {"已销号", "2020-07-20"}}));
  auto l = ledger(doc, "2020-06-10");
  CHECK(l.findings[0].status == "未整改");
  CHECK(l.all.open == 1);
  auto m = ledger(doc, "2020-06-25");
  CHECK(m.findings[0].status == "已整改");
  CHECK(m.findings[0].closed_on->str() == "2020-06-20");
}

// ---- inspection/task_view --------------------------------------------------

#include "inspection/task_view.h"

namespace {

plan::Plan county_plan() {
  plan::Plan p;
  p.id = "p";
  p.region = {.code = "640500", .name = "中卫市", .level = "prefecture", .aliases = {}};
  p.start = 2021;
  p.end = 2025;
  plan::Action a;
  a.id = "youth";
  a.tasks.push_back({.ptr = "", .id = "youth-1", .title = "t1", .text = "", .source = "", .lead = {}, .support = {}, .continues = {},
                     .implements = {}, .targets = {}});
  a.tasks.push_back({.ptr = "", .id = "youth-2", .title = "t2", .text = "", .source = "", .lead = {}, .support = {}, .continues = {},
                     .implements = {}, .targets = {}});
  p.actions.push_back(a);
  plan::Action solo;
  solo.id = "talent";  // an action without tasks stands for itself
  p.actions.push_back(solo);
  plan::Milestone m;
  m.id = "launch";
  m.by = when("2021-12-31");
  p.milestones.push_back(m);
  return p;
}

plan::LedgerEntry entry(const char* task, const char* region, const char* period, const char* status) {
  plan::LedgerEntry e;
  e.task = task;
  e.region = region;
  e.period = period;
  e.status = status;
  return e;
}

}  // namespace

TEST_CASE("every task is listed; a region's latest status; not reported in the last period is marked") {
  plan::Plan p = county_plan();
  plan::Ledger l;
  l.plan = "p";
  l.entries = {entry("youth-1", "640521", "2022", "推进中"), entry("youth-1", "640521", "2023", "已完成"),
               entry("youth-2", "640521", "2022", "推进中"), entry("youth-1", "640502", "2023", "推进中")};
  auto v = inspection::build_task_view(p, {&l}, *util::parse_date("2023-12-31"));
  REQUIRE(v.rows.size() == 3);  // youth-1, youth-2, talent
  CHECK(v.rows[2].task_id == "talent");
  CHECK(v.last_period == "2023");
  REQUIRE(v.regions.size() == 2);
  CHECK(v.regions[0].first == "640502");
  CHECK(v.rows[0].cells[1].entry->status == "已完成");  // 640521's latest
  CHECK_FALSE(v.rows[0].cells[1].stale);
  CHECK(v.rows[1].cells[1].stale);  // youth-2 last reported in 2022
  CHECK(v.rows[1].cells[1].period == "2022");
  CHECK_FALSE(v.rows[1].cells[0].entry);  // never reported by 640502
  CHECK(v.rows[1].cells[0].stale);
  CHECK(v.reported(1) == 1);
  auto earlier = inspection::build_task_view(p, {&l}, *util::parse_date("2022-12-31"));
  CHECK(earlier.last_period == "2022");
  CHECK(earlier.rows[0].cells[1].entry->status == "推进中");  // the 2023 entry had not begun
}

TEST_CASE("milestones: done on time, done late, overdue, pending; a done day after the day is not done yet") {
  plan::Plan p = county_plan();
  plan::Ledger l;
  l.plan = "p";
  plan::LedgerEntry late;
  late.milestone = "launch";
  late.region = "640522";
  late.period = "2022";
  late.status = "已完成";
  late.done = when("2022-03-15");
  plan::LedgerEntry ok = late;
  ok.region = "640502";
  ok.period = "2021";
  ok.done = when("2021-09-30");
  l.entries = {late, ok};
  auto v = inspection::build_task_view(p, {&l}, *util::parse_date("2022-06-30"));
  REQUIRE(v.milestones.size() == 2);
  CHECK(v.milestones[0].region_code == "640522");
  CHECK(v.milestones[0].state == "done-late");
  CHECK(v.milestones[1].state == "done");
  auto before = inspection::build_task_view(p, {&l}, *util::parse_date("2022-02-01"));
  CHECK(before.milestones[0].state == "overdue");  // its 2022 entry has begun, but it was done on 03-15
  auto early = inspection::build_task_view(p, {&l}, *util::parse_date("2021-06-30"));
  CHECK(early.milestones[0].state == "pending");
}
