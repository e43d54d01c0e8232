// diff/coverage — 对标对表: how a plan covers the plan above it.
//
// The seeds' workflow asks each region to check its plan against its parent
// (the plan it implements). For each action and task of the parent, coverage
// names the child's item that implements it: the one whose `implements:`
// names it (declared), else the pairing `scip diff` makes (continues, id,
// title or content similarity; an inferred one carries its score), or none. For each target the parent quantifies, it finds the child's
// target for the same indicator (the nearest deadline) or the one diff pairs,
// and compares them: stricter, equal or weaker (a child may set a lower
// number than its parent when its starting point is lower: the difference is
// reported, not judged), or not comparable (another unit, no number). The
// child's actions that implement nothing of the parent are listed too.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "diff/plan_diff.h"
#include "i18n/messages.h"

namespace scip::diff {

// Built with named fields; every member has a default.
struct CoveredItem {
  std::string path{}, title{};              // the parent's item
  std::string child_path{}, child_title{};  // empty: not covered
  std::string how{};
  std::optional<double> similarity{};
};

struct CoveredTarget {
  std::string path{}, label{};  // the parent's target and "name op value unit (by)"
  std::string child_path{}, child_label{};
  // stricter | equal | weaker | other-unit | other-year (deadlines in
  // different years: not compared) | not-quantified (the child's has no
  // number) | later (same value, later deadline); empty: not covered
  std::string comparison{};
  std::string how{};  // indicator | similarity | id
};

struct Coverage {
  std::string parent_id{}, parent_title{}, child_id{}, child_title{};
  std::vector<CoveredItem> actions{}, tasks{};
  std::vector<CoveredTarget> targets{};  // the parent's quantified targets
  std::vector<CoveredItem> extra{};      // the child's actions that implement none of the parent's
  int covered(const std::vector<CoveredItem>& v) const;
  int covered_targets() const;
  // The lowest share covered over the kinds the parent has (actions, tasks,
  // quantified targets), in percent; 100 when the parent has none of them.
  double lowest_percent() const;
};

Coverage cover(const plan::Plan& parent, const plan::Plan& child, const DiffOptions& opts = {});

// One line of the 对标对表 as the page and the workbook show it: the parent's
// item beside the child's, in the user's language.
struct CoverRow {
  std::string section{};  // actions | tasks | targets | extra
  std::string status{};   // covered | missing | extra (the child's own)
  std::string parent_id{}, parent_text{}, child_id{}, child_text{};
  std::string how{};         // how the pairing was made, or the comparison of the figures
  std::string comparison{};  // a target's: stricter | equal | weaker | …; else empty
};
std::vector<CoverRow> coverage_rows(const Coverage& c, i18n::Lang lang);
// "actions and projects: 9 of 10 covered" (the section's heading), "" for none.
std::string coverage_section_heading(const Coverage& c, const std::string& section, i18n::Lang lang);
std::string coverage_summary(const Coverage& c, i18n::Lang lang);

enum class CoverFormat { table, markdown, json, html, xlsx };
void write_coverage(std::ostream& out, const Coverage& c, CoverFormat format, i18n::Lang lang);
// The 对标对表 as a self-contained page (coverage_html) and a workbook (coverage_xlsx).
void write_coverage_html(std::ostream& out, const Coverage& c, i18n::Lang lang);
void write_coverage_xlsx(std::ostream& out, const Coverage& c, i18n::Lang lang);

}  // namespace scip::diff
