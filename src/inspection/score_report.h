// inspection/score_report — a scorecard as a table, Markdown, CSV, JSON, a page
// or a workbook (score_html), and
// one region's scores explained.
//
// The table ranks the regions: rank, region, total of the rubric's points,
// one column per item (its score; * when only self-assessed, — when not
// scored), and how many items are not scored. --explain REGION prints each
// item of that region: its points, its score and how it was computed, so the
// total can be checked by hand.
#pragma once

#include <ostream>
#include <string>

#include "inspection/report.h"
#include "inspection/scorecard.h"

namespace scip::inspection {

void write_scorecard(std::ostream& out, const Scorecard& c, const ReportOptions& o);
// An item's score in a cell: "3", "2*" (self-assessed only), "—" (not scored).
std::string score_cell(const ItemScore& s);
// The page and the workbook (score_html).
void write_scorecard_html(std::ostream& out, const Scorecard& c, const ReportOptions& o);
void write_scorecard_xlsx(std::ostream& out, const Scorecard& c, const ReportOptions& o);
// false when `region` (a code or name) is not one of the scorecard's.
bool write_score_explanation(std::ostream& out, const Scorecard& c, const std::string& region, i18n::Lang lang);

}  // namespace scip::inspection
