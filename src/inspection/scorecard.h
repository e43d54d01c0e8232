// inspection/scorecard — the regions scored against a 评分细则, and ranked.
//
// Each item of the rubric is scored in each region directly under the plan's
// region, by its method:
//   target     pro rata to the target's percent complete in that region
//              (scip progress's figure), at most the points; a target with
//              no percent (a rate, a level) gives the points when its figure
//              meets it and 0 when its deadline passed unmet (not scored
//              before); no figure reported is 0 ("no
//              report"); a target that cannot be measured there, or whose
//              figure would count a refused row of the submissions
//              (progress::Row::refused_rows), is not scored;
//   milestone  the points when the region's ledger reports it done by its
//              deadline, `late` of them (default half) when done after it, 0
//              when overdue, not scored while it is not yet due;
//   findings   the points less `per_overdue` for each finding of the region
//              overdue on the day and `per_open` for each open one, never
//              below 0;
//   manual     the 审核分 entered for the region and item, else its 自评分
//              (marked as self-assessed), else not scored; a score outside
//              0…points is refused (not scored, with the sheet's row), never
//              cut to fit.
// An item not scored counts nothing toward the total, and the region's
// total says how many items are missing: a total is never made complete by
// counting a missing score as 0 in silence. Regions are ranked by total
// (equal totals share a rank). Every score carries how it was computed, in
// words, which `--explain REGION` prints.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "i18n/messages.h"
#include "inspection/ledger.h"
#include "inspection/task_view.h"
#include "plan/corpus.h"
#include "progress/progress.h"
#include "submission/scores.h"

namespace scip::inspection {

// Built with named fields; every member has a default.
struct ItemScore {
  const plan::RubricItem* item = nullptr;
  std::optional<double> score{};  // nullopt: not scored
  bool self_assessed = false;     // a manual score from 自评分 only
  std::string how{};              // the arithmetic, or why it is not scored
};

struct RegionScore {
  std::string code{}, name{};
  std::vector<ItemScore> items{};  // in the rubric's order
  double total = 0;
  int unscored = 0;
  int rank = 0;
};

struct Scorecard {
  std::string rubric_id, rubric_title, plan_id;
  util::Date as_of;
  double max_points = 0;
  std::vector<RegionScore> regions;  // by rank, then code
  std::vector<std::string> unused_scores;  // manual scores for no region or item of the rubric ("where: …")
};

struct ScoreInputs {
  const plan::Rubric* rubric = nullptr;
  const plan::Plan* plan = nullptr;
  const plan::Corpus* corpus = nullptr;
  const progress::Table* progress = nullptr;  // the plan's targets in its regions
  const Ledger* findings = nullptr;           // the findings' ledger on the day (grouped by region), or null
  const TaskView* tasks = nullptr;            // the milestones' state, or null
  const std::vector<submission::ManualScore>* manual = nullptr;
  util::Date as_of;
};

Scorecard score_regions(const ScoreInputs& in, i18n::Lang lang);

// A score or a number of points as every report writes it (at most two decimals).
std::string score_number(double v);

}  // namespace scip::inspection
