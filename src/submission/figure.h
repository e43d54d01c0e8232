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
  // (A national run keeps three million figures, so a figure takes 32 bytes,
  // not 64 with a util::Period of three-int dates and its column: the period
  // is kept as its first day, its length in days and its kind; the value's
  // column, the same in every row of a table, is kept once per file
  // (FigureSet::value_columns); the indicator id takes 16 bits and the kind
  // and the flags share 16 bits with the length. fits() says which ids a
  // figure can hold: a row whose ids it cannot is refused, never cut short.)
  double value = 0;    // in the indicator's base unit
  int region = -1;     // plan::RegionIndex id
  int32_t first_day = 0;  // the period's first day, days since 1970-01-01
  uint32_t file = 0;   // index into FigureSet::files
  uint32_t line = 0;
  int32_t reported_on = kNoDate;  // days since 1970-01-01 of the reported_on column
  uint16_t indicator = 0;  // plan::IndicatorIndex id
  uint16_t days_after_first : 9 = 0;  // the period's last day less its first (a year: 364 or 365)
  util::PeriodKind period_kind : 3 = util::PeriodKind::year;
  bool approximate : 1 = false;
  bool covered : 1 = false;  // its period lies within another figure's of a flow indicator, which is counted instead
  bool cumulative : 1 = false;  // a total since the plan's start up to the period's end (累计), not the period's own

  int32_t last_day() const { return first_day + days_after_first; }  // the period's last day
  util::Period period() const;
  void set_period(const util::Period& p);
  static constexpr int32_t kNoDate = INT32_MIN;
  // The ids a figure (and figure_key) can hold: regions below 2^20,
  // indicators below 2^16.
  static constexpr int kRegionLimit = 1 << 20, kIndicatorLimit = 1 << 16;
  static bool fits(int region, int indicator) {
    return region >= 0 && region < kRegionLimit && indicator >= 0 && indicator < kIndicatorLimit;
  }
};
static_assert(sizeof(Figure) == 32);

// (region, indicator) packed in 64 bits: one series of figures over time,
// what the period rules, the plausibility rule and progress group by.
inline uint64_t series_key(int region, int indicator) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(region)) << 32) | static_cast<uint32_t>(indicator);
}

// A refused row whose region and indicator were read: the series it would
// have been a figure of, its period when that was read too, and where it is.
// What lets a report say which of its figures may leave it out.
struct RefusedFigure {
  uint64_t series = 0;                  // series_key(region, indicator)
  int32_t first_day = Figure::kNoDate;  // the period's first day; kNoDate: no period was read
  uint16_t days_after_first = 0;        // as a Figure keeps its period
  util::PeriodKind period_kind = util::PeriodKind::year;
  uint32_t file = 0, line = 0;

  RefusedFigure(uint64_t series_of, uint32_t in_file, uint32_t at_line)
      : series(series_of), file(in_file), line(at_line) {}
  explicit RefusedFigure(const Figure& f);
  int region() const { return static_cast<int>(series >> 32); }
  int indicator() const { return static_cast<int>(series & 0xFFFFFFFFu); }
  bool has_period() const { return first_day != Figure::kNoDate; }
  int32_t last_day() const { return first_day + days_after_first; }  // (has_period())
  util::Period period() const;                                       // (has_period())
  void set_period(const util::Period& p);
};
static_assert(sizeof(RefusedFigure) == 24);

// The rows refused by an error (each one a diagnostic too): how many, and
// where the first of them are, so that every report made from the figures
// can say what it leaves out; and each refused row known by its region and
// indicator, so that the target it concerns can say so too.
struct Rejected {
  size_t rows = 0;
  std::vector<std::pair<uint32_t, uint32_t>> first;  // (file index, line), sorted; line 0: the whole file
  std::vector<RefusedFigure> figures;                // in no order
  // Whether `figures` is kept: progress and score mark the targets a refused
  // row concerns; check does not (a million rows with one mistake would take
  // 24 MB to say nothing more).
  bool keep_figures = true;
  static constexpr size_t kListed = 20;
  void add(uint32_t file, uint32_t line);  // a row (or a whole file) of no known series
  void add(const RefusedFigure& refused);
  void add(const Figure& refused);
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

// The keys (figure_key) that more than one of `figures` has, sorted: where
// files that were read apart report the same figure. Few keys repeat, so the
// keys are not sorted all at once (8 bytes a figure, 26 MB at national
// scale, on top of the figures at the run's peak): they are split by a hash
// into parts of about `part` keys, each collected, sorted and scanned on its
// own in the room of one part, on `threads` threads (0: one per core), each
// with a room of its own.
inline constexpr size_t kRepeatedKeysPart = size_t{1} << 19;
std::vector<uint64_t> repeated_keys(const util::BigVector<Figure>& figures, size_t part = kRepeatedKeysPart,
                                    unsigned threads = 0);

// Whether `again` corrects `first`: a different value with a later reported_on.
bool corrects(const Figure& again, const Figure& first);

}  // namespace scip::submission
