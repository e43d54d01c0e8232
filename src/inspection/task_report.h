// inspection/task_report — the task view as a table, Markdown, CSV or JSON.
//
// The table: the plan's tasks grouped under their actions, one column per
// reporting region with the latest status (and the period it is from when
// that is not the last reporting period: not reported since), "—" for a task
// never reported; the milestones with their state; how many tasks each
// region reported in the last period. CSV and JSON: one record per task and
// region.
#pragma once

#include <ostream>

#include "i18n/messages.h"
#include "inspection/report.h"
#include "inspection/task_view.h"

namespace scip::inspection {

void write_task_view(std::ostream& out, const TaskView& v, const ReportOptions& o);

}  // namespace scip::inspection
