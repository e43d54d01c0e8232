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
