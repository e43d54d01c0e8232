// diff/report — a PlanDiff for people (a tree, as text or Markdown) and for
// programs (JSON).
//
// The tree follows the NEW plan's order, with removed items where they stood
// in the OLD one. Markers: + added, - removed, ~ changed, = kept (shown for
// actions only, so the structure is visible), → moved, merged or split.
// Reworded text is shown as an inline word diff: [-old-]{+new+}.
#pragma once

#include <ostream>

#include "diff/plan_diff.h"
#include "i18n/messages.h"

namespace scip::diff {

enum class Format { text, markdown, json };

struct ReportOptions {
  Format format = Format::text;
  Lang lang = Lang::en;
  bool color = false;
  bool stat_only = false;
};

void write_diff(std::ostream& out, const PlanDiff& d, const ReportOptions& opts);

}  // namespace scip::diff
