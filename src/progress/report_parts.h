// progress/report_parts — the pieces every progress report is made of.
//
// The table, Markdown, CSV, JSON, workbook and HTML writers (report.cpp,
// report_xlsx.cpp, report_html.cpp) say the same things the same way: a
// target's value, its actual with its marks (≈ Σ ‡ †), the groups and their
// counts, the legend lines and the refused rows. They are written once here.
// Not part of the progress API: only the report writers include this.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "progress/report.h"

namespace scip::progress {

std::string pct(util::OptionalDouble v);  // "63.1%", or "—"
std::string deadline_text(const Row& r);           // as the plan wrote it, else the year
bool milestone(const Row& r);                       // a target done or not (no value)
std::string target_text(const Row& r, i18n::Lang lang);
std::string actual_text(const Row& r, i18n::Lang lang);  // with ≈ Σ ‡ †, yes/no, not reported
util::OptionalDouble growth_ratio(const Row& r);
std::string region_label(const plan::Corpus& c, int region);

// What a row is grouped under (several groups for several leads).
std::vector<std::string> groups_of(const Row& r, GroupBy by, const plan::Corpus& c, i18n::Lang lang);
std::string counts_text(const std::vector<const Row*>& rows, i18n::Lang lang);  // "23 targets: 1 achieved, …"
size_t count_status(const std::vector<const Row*>& rows, Status s);  // how many rows have status s

// Groups in order of first appearance, each with its rows.
using Groups = std::vector<std::pair<std::string, std::vector<const Row*>>>;
Groups group(const std::vector<const Row*>& rows, const TablePrintOptions& o, const plan::Corpus& c);

std::string plan_heading(const plan::Plan& p);
std::string target_label(const Row& r, bool several_plans);

// Where the refused rows are ("a.csv:3", or "b.csv" for a whole file), and
// the line every report ends with when rows were refused.
std::vector<std::string> rejected_places(const submission::FigureSet& subs);
std::string rejected_note(const submission::FigureSet& subs, i18n::Lang lang);

// The legend lines (* ≈ Σ † ‡ ↺ ⊂) for the marks the rows carry, in order.
std::vector<std::string> legend_lines(const std::vector<const Row*>& rows, i18n::Lang lang);

}  // namespace scip::progress
