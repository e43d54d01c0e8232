// plan/skeleton — a child plan to fill in, from the plan above it.
//
// `scip init --parent PLAN --region CODE` writes it: the parent's goals'
// quantified targets and its actions and projects, with their ids and titles
// (so that `scip cover` pairs them by id), the region's name and level from
// the GB/T 2260 registry, `parent:` set, and a TODO comment wherever the
// region must write its own words or figures: the title and document, the
// departments and each action's lead (until they are written, `scip check`
// reports missing-lead for each action: the list of what is left to do), each
// target's local figure (the parent's is in the comment), the tasks.
#pragma once

#include <string>

#include "i18n/messages.h"
#include "plan/model.h"

namespace scip::plan {

struct SkeletonRegion {
  std::string code, name, level;  // level as the plan format writes it
};

// The YAML text of the skeleton (comments in `lang`).
std::string skeleton_plan(const Plan& parent, const SkeletonRegion& region, i18n::Lang lang);

}  // namespace scip::plan
