// diff/report — a PlanDiff for people (a tree, as text or Markdown) and for
// programs (JSON).
//
// The tree follows the NEW plan's order, with removed items where they stood
// in the OLD one. Markers: + added, - removed, ~ changed, = kept (shown for
// actions only, so the structure is visible), → moved, merged or split.
// Reworded text is shown as an inline word diff: [-old-]{+new+}.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "diff/plan_diff.h"
#include "i18n/messages.h"

namespace scip::diff {

enum class Format { text, markdown, json, xlsx, html };

struct DiffPrintOptions {
  Format format = Format::text;
  i18n::Lang lang = i18n::Lang::en;
  bool color = false;
  bool stat_only = false;
  bool verbose = false;  // each support change and each shared deadline shift on its own line
  bool all = false;      // also the items kept as they were
};

void write_diff(std::ostream& out, const PlanDiff& d, const DiffPrintOptions& opts);

// '+' added, '-' removed, '=' kept, '>' moved/merged/split, '~' changed.
char change_marker(const std::string& kind);
// A side of a change (its old_value or new_value) as a person reads it:
// kEveryMember in `lang` for a support change, anything else as it is.
std::string shown_value(const Change& c, const std::string& value, i18n::Lang lang);
// The section a change is listed under: plan, departments, goals, actions, milestones.
std::string section_of(const Change& c);
// How many changes have this severity.
int count_severity(const PlanDiff& d, const std::string& severity);
// The summary: actions, tasks, targets, departments, one line each.
std::vector<std::string> summary_lines(const PlanDiff& d, i18n::Lang lang);
// "severity: 42 weakened, 4 need attention, 195 other changes": at the top of every format.
std::string severity_line(const PlanDiff& d, i18n::Lang lang);
// The 对照表 as a workbook (report_xlsx): the summary, then one row per change, old and new side by side.
void write_xlsx(std::ostream& out, const PlanDiff& d, const DiffPrintOptions& opts);
// The 对照表 as one self-contained HTML page (report_html): old left, new right.
void write_html(std::ostream& out, const PlanDiff& d, const DiffPrintOptions& opts);

}  // namespace scip::diff
