// plan/submission — the figures regions report, as scip keeps them.
//
// A submission file (CSV, one figure per row: region, indicator, period,
// value) is read once, streaming, by check/rules_submission.cpp; what
// survives the checks is one Report per (region, indicator, period), with
// region and indicator as the corpus's small integers and the value already
// scaled to the indicator's base unit. progress/ reads nothing else.
//
// A figure reported again with a later reported_on date is a correction: the
// later report replaces the earlier one (corrected-report, a note). Without
// dates, or with the same date, a second value is a conflict.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "util/period.h"

namespace scip {

struct Report {
  int region = -1;     // RegionIndex id
  int indicator = -1;  // IndicatorIndex id
  util::Period period;
  double value = 0;    // in the indicator's base unit
  bool approximate = false;
  uint32_t file = 0;   // index into SubmissionSet::files
  uint32_t line = 0;
  uint32_t column = 0;  // the value's field number, for diagnostics
  int32_t reported_on = kNoDate;  // days since 1970-01-01 of the reported_on column
  static constexpr int32_t kNoDate = INT32_MIN;
};

struct SubmissionSet {
  std::vector<std::string> files;
  std::vector<Report> reports;  // one per (region, indicator, period)
};

}  // namespace scip
