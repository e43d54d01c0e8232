// submission/template — the 报送模板: a workbook the regions fill in.
//
// From a plan and its indicator catalog: one sheet per region that reports to
// the plan (the regions under its region, or the ones asked for), each with
// the header scip reads (地区, 指标, 时期, 数值, 单位, 备注), one row per
// indicator the plan's targets measure, the region, the indicator's catalog
// name, the period and the unit already filled in, and the value left empty;
// the value column accepts numbers only and the indicator column offers the
// catalog's names in a drop-down; frozen header. A sheet 填报说明 first says
// how to fill it in and lists the indicators with their units.
//
// One sheet per region rather than one sheet with a region column: a county
// fills in its own sheet, where the region is already right on every row,
// and the sheets of several counties can be collected into one workbook
// without a row being attributed to the wrong county. A filled template is
// read back by `scip check` like any submission; rows still without a value
// are `no-value` notes, not errors.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "i18n/messages.h"
#include "plan/corpus.h"

namespace scip::submission {

struct TemplateOptions {
  std::vector<int> regions;  // corpus region ids, in sheet order
  std::string period;        // as the rows say it: 2023, 2023-H1 …
  i18n::Lang lang = i18n::Lang::zh;
};

// The indicators a plan's targets measure, in the plan's order (catalog ids; -1 skipped).
std::vector<int> plan_indicators(const plan::Plan& p, const plan::Corpus& corpus);

void write_template(std::ostream& out, const plan::Plan& p, const plan::Corpus& corpus, const TemplateOptions& o);

}  // namespace scip::submission
