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

struct DiffPrintOptions {
  Format format = Format::text;
  i18n::Lang lang = i18n::Lang::en;
  bool color = false;
  bool stat_only = false;
};

void write_diff(std::ostream& out, const PlanDiff& d, const DiffPrintOptions& opts);

}  // namespace scip::diff
