// inspection/task_view — every task of a plan with what the regions report on it.
//
// Most of a plan is qualitative: the 33 tasks of the 中卫 plan have no number,
// so `scip progress` never shows them. Regions report on them in a task
// ledger (type: ledger): 未启动 / 推进中 / 已完成, period by period. This view
// lists every task of the plan (an action without tasks stands for itself),
// and for each reporting region its latest status as of the day, marking a
// task the region has not reported on in the last reporting period (the
// latest period any entry of the plan's ledgers covers) — a task with no
// entry at all is listed too, never left out. Each milestone of the plan
// gets done (on time or late), pending or overdue from the entries about it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plan/model.h"
#include "util/date.h"
#include "util/period.h"

namespace scip::inspection {

struct TaskCell {
  const plan::LedgerEntry* entry = nullptr;  // the latest as of the day; null: never reported
  std::string period;                        // its period, canonical
  bool stale = false;                        // not reported in the last reporting period
};

// Built with named fields; every member has a default.
struct TaskRow {
  std::string action_id{}, action_title{}, task_id{}, task_title{}, lead{};  // lead: department names
  std::vector<TaskCell> cells{};                                             // one per region of the view
};

struct MilestoneState {
  const plan::Milestone* milestone = nullptr;
  std::string region_code{}, region_name{};
  std::string state{};  // done | done-late | pending | overdue
  std::optional<util::Date> done_on{};
};

struct TaskView {
  std::string plan_id, plan_title;
  util::Date as_of;
  std::string last_period;  // "" when no entry is reported by the day
  std::vector<std::pair<std::string, std::string>> regions;  // code, name: the view's columns
  std::vector<TaskRow> rows;
  std::vector<MilestoneState> milestones;
  int reported(size_t region) const;  // tasks reported in the last period by that region
};

TaskView build_task_view(const plan::Plan& plan, const std::vector<const plan::Ledger*>& ledgers, const util::Date& as_of);

}  // namespace scip::inspection
