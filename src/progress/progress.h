// progress/progress — how far each region is toward each target.
//
// For every numeric target of the selected plans, in the region where it is
// measured (the plan's region, or each region listed under `regions:` for a
// target marked `each_region`), progress finds the reports that count, adds
// them up as the indicator says (sum: baseline + the reports in the window;
// latest: the last report; max: the largest), and compares the result with
// the target and with the share of time that has passed (序时进度):
//
//   percent  = (actual − baseline) / (target − baseline)   (mirrored for <=)
//   expected = (as_of − start) / (deadline − start),  start = baseline date
//              or the day before the plan starts
//
// Reports from regions under the measured one are rolled up (by GB/T 2260
// prefix) when the region has none of its own, for sum and max indicators; a
// rate or a level (latest) cannot be added across regions and is not.
//
// The growth method (--method growth) compares the compound annual growth
// observed since the baseline with the growth needed to reach the target by
// the deadline, as national SDG platforms do.
//
// Every row keeps the inputs behind it (reports used and not used, with file
// and line), so `--explain` and the JSON output can show the arithmetic.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan/corpus.h"
#include "submission/figure.h"
#include "util/optional_double.h"

namespace scip::progress {

enum class Status { achieved, on_track, behind, off_track, deteriorating, overdue, no_data, done, pending, not_measurable, contribution };
inline constexpr Status kAllStatuses[] = {Status::achieved, Status::on_track,  Status::behind,  Status::off_track,
                                          Status::deteriorating, Status::overdue, Status::no_data, Status::done,
                                          Status::pending,  Status::not_measurable, Status::contribution};
std::string_view status_code(Status s);  // "on-track", ... (never translated)
std::optional<Status> parse_status(std::string_view code);

enum class Method { linear, growth };

struct Options {
  util::Date as_of;
  Method method = Method::linear;
  double behind_margin = 20;       // percentage points
  bool all = false;                // also list targets that cannot be measured
  std::vector<std::string> plans;  // plan ids; empty: every plan with reports in its period (or refused ones)
  std::string region;              // code; empty: all
  // Keep each row's inputs (Row::inputs, Row::below) for the reports that
  // list them (JSON, HTML, the workbook, --explain). A table, Markdown or CSV
  // shows only whether there were any: without them a national table holds
  // a few megabytes of rows, not two million inputs.
  bool list_inputs = true;
};

// Why a report was or was not counted.
// Whether a report counts, and if not, why. not_ended: its period ends after
// --as-of (2023 on 2023-01-15), so it is not a figure for that date; covered:
// a figure for a longer period that holds it is counted (check_periods).
// shadowed: a report of a region below, where the region reported itself.
enum class Use { used, before_window, after_deadline, not_ended, covered, superseded, not_largest, shadowed, in_cumulative };

// A report as a row lists it: the figure (in the FigureSet the table was
// computed from, which outlives the table: a reference, not a copy, for a
// national table lists millions) and whether it counts, and if not, why.
struct Input {
  const submission::Figure* figure = nullptr;
  Use use = Use::used;
  uint32_t file() const { return figure->file; }
  uint32_t line() const { return figure->line; }
  int region() const { return figure->region; }
  util::Period period() const { return figure->period(); }
  double value() const { return figure->value; }
  bool approximate() const { return figure->approximate; }
  bool cumulative() const { return figure->cumulative; }  // 累计: a total since the plan's start up to the period's end
};

// A report of the figure set as a row lists it: not used, because `use`.
Input input_of(const submission::FigureSet& subs, uint32_t figure, Use use);

struct Row {
  // (Ninety thousand rows make a national table: a row keeps no copy of what
  // its plan, target and the corpus hold. Its key and its departments' names
  // are made when a report asks; its strings are views; its members are
  // ordered so that it takes no padding.)
  const plan::Plan* plan = nullptr;
  const plan::Target* target = nullptr;
  const plan::Action* action = nullptr;  // null for a goal's target
  const plan::Task* task = nullptr;      // the task holding the target, if any
  // plan/target, and @region code when the target is measured in each region,
  // allocated to the region, or the row is a contribution.
  std::string key(const plan::Corpus& corpus) const;
  // Lead department names (task's, else action's) and supporting (配合)
  // ones, the same way: views of the plan's names.
  std::vector<std::string_view> leads() const;
  std::vector<std::string_view> supports() const;
  // Views of the corpus's strings (the target's or the indicator's), as the
  // reason is of a message id.
  std::string_view accumulate;     // sum | latest | max
  std::string_view unit;           // the indicator's base unit
  std::string_view reason;         // message id explaining not-measurable / pending / no-data
  double scale = 1;                // target unit -> base unit
  // (util::OptionalDouble: std::optional<double> in eight bytes, not sixteen.)
  util::OptionalDouble allocation;  // 指标分解: this region's share of the target (target unit)
  util::OptionalDouble baseline, target_value;  // base unit
  util::OptionalDouble actual;
  util::OptionalDouble percent, expected;
  util::OptionalDouble growth_observed, growth_required;  // annual rates, growth method
  util::Date window_from, deadline;
  int region = -1;                 // where it is measured
  int indicator = -1;              // -1: not measurable
  int rolled_up = 0;               // regions rolled up (0: the region's own reports)
  // Refused rows (submission::Rejected::figures) of the series the row reads
  // whose period, where it was read, is one the row would count: the
  // region's own, and those of regions below it when the region has no
  // figure of its own and the indicator adds up. The actual may leave them out.
  uint32_t refused_rows = 0;
  int32_t elapsed_days = 0, total_days = 0;
  Status status = Status::no_data;
  // --region REGION under the plan's region, no allocation: REGION's own
  // figures against the whole target (a count: its share of it; a rate: its
  // own rate against the target rate).
  bool contribution = false;
  bool baseline_assumed = false;   // no baseline in the plan: 0
  bool approximate = false;
  bool rollup_refused = false;     // a rate with reports only from regions below
  bool growth_fallback = false;    // growth asked for but not computable: linear used
  // Whether there were inputs and reports below, also when they were not
  // kept (Options::list_inputs).
  bool any_inputs = false, any_below = false;
  std::vector<uint32_t> below;     // reports of regions below, not used because the region's own are:
                                   // indexes into FigureSet::figures (listed by --explain)
  std::vector<uint32_t> refused;   // the refused rows counted in refused_rows: indexes into
                                   // FigureSet::rejected.figures (listed by --explain and JSON)
  std::vector<Input> inputs;
};

struct Table {
  Options options;
  std::vector<Row> rows;
  std::vector<std::string> unknown_plans;  // --plan ids not in the corpus
};

Table compute(const plan::Corpus& corpus, const submission::FigureSet& subs, const Options& opts);

// Percent complete and status from numbers alone (what the unit tests pin).
struct Arithmetic {
  std::optional<double> percent, expected;
  long elapsed_days = 0, total_days = 0;
};
Arithmetic linear_arithmetic(double baseline, double target, double actual, bool down, const util::Date& start_excl,
                             const util::Date& deadline, const util::Date& as_of);
Status linear_status(bool met, const Arithmetic& a, const util::Date& deadline, const util::Date& as_of, double margin);
bool meets(std::string_view op, double actual, double target);

}  // namespace scip::progress
