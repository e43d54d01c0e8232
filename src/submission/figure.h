// submission/figure — a figure a region reported, as scip keeps it.
//
// A submission file (CSV, one figure per row: region, indicator, period,
// value) is read once, streaming (submission/reader.h) and checked row by
// row (check/rules_submission.cpp); what survives is one Figure per (region,
// indicator, period), with region and indicator as the corpus's small
// integers and the value already scaled to the indicator's base unit.
// progress/ reads nothing else.
//
// A figure reported again with a later reported_on date is a correction: the
// later one replaces the earlier (corrected-report, a note). Without dates,
// or with the same date, a second value is a conflict.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "util/big_array.h"
#include "util/period.h"

namespace scip::submission {

struct Figure {
  // (The period is kept as its kind and two day numbers, the members are
  // ordered by alignment, and the value's column, the same in every row of a
  // table, is kept once per file (FigureSet::value_columns), so that a figure
  // takes 40 bytes, not 64 with a util::Period of three-int dates and its
  // column: a national run keeps three million.)
  double value = 0;    // in the indicator's base unit
  int region = -1;     // plan::RegionIndex id
  int indicator = -1;  // plan::IndicatorIndex id
  int32_t first_day = 0, last_day = 0;  // the period's first and last day, days since 1970-01-01
  util::Period period() const;
  void set_period(const util::Period& p);
  uint32_t file = 0;   // index into FigureSet::files
  uint32_t line = 0;
  int32_t reported_on = kNoDate;  // days since 1970-01-01 of the reported_on column
  util::PeriodKind period_kind = util::PeriodKind::year;
  bool approximate = false;
  bool covered = false;  // its period lies within another figure's of a flow indicator, which is counted instead
  bool cumulative = false;  // a total since the plan's start up to the period's end (累计), not the period's own
  static constexpr int32_t kNoDate = INT32_MIN;
};
static_assert(sizeof(Figure) <= 40);

// The rows refused by an error (each one a diagnostic too): how many, and
// where the first of them are, so that every report made from the figures
// can say what it leaves out.
struct Rejected {
  size_t rows = 0;
  std::vector<std::pair<uint32_t, uint32_t>> first;  // (file index, line), sorted; line 0: the whole file
  static constexpr size_t kListed = 20;
  void add(uint32_t file, uint32_t line);
  void add(const Rejected& more);
};

struct FigureSet {
  std::vector<std::string> files;
  std::vector<std::string> sheets;  // by file index: the sheet of a workbook the figures came from; "" for a CSV
  // By file index: the value column's field number (a sheet's column: D is 4),
  // where a diagnostic about a figure points; 0 for a file without a header.
  std::vector<uint32_t> value_columns;
  // Where a row is, for people: "a.csv:12", "book.xlsx:Sheet!A12".
  std::string where(uint32_t file, uint32_t line) const;
  util::BigVector<Figure> figures;  // one per (region, indicator, period)
  Rejected rejected;
};

// (region, indicator, period, basis) packed in 64 bits: region and indicator
// ids (20 and 16 bits), the period's kind (3), cumulative or not (1) and first
// day (24 bits of days since 1900). What makes two figures the same figure.
uint64_t figure_key(const Figure& f);

// (region, indicator) packed in 64 bits: one series of figures over time,
// what the period rules, the plausibility rule and progress group by.
inline uint64_t series_key(int region, int indicator) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(region)) << 32) | static_cast<uint32_t>(indicator);
}

// Whether `again` corrects `first`: a different value with a later reported_on.
bool corrects(const Figure& again, const Figure& first);

}  // namespace scip::submission
