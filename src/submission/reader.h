// submission/reader — a submission file as a stream of rows, each column
// read by its own function.
//
// What a row *says*, not whether it is acceptable: the encoding is detected
// (UTF-8 with or without BOM, GB18030, UTF-16 with BOM) and decoded in
// blocks (util/decode), records come one at a time (util/csv_reader), the
// header maps column names (English or Chinese, any order) to fields, and
// each cell is read into a typed value: the region and the indicator
// resolved against the corpus, the period parsed, the value parsed as
// Chinese reports write it (1.3万, 超4万, 是/否), the unit combined with the
// value's own, the reporting date parsed. The rules (check/rules_submission)
// decide what is an error; progress consumes the figures they keep.
//
// Memory is one record at a time, whatever the file's size.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan/corpus.h"
#include "util/csv_reader.h"
#include "util/decode.h"
#include "util/number.h"
#include "util/period.h"
#include "util/recent_memo.h"

namespace scip::submission {

enum Column { region, indicator, period, value, unit, source, note, reported_on, basis, kColumnCount };
constexpr int kRequiredColumns = 4;  // region, indicator, period, value

// A column's name in messages ("region") and every header text that means
// it (lower case, full width folded).
std::string_view column_name(int c);
std::vector<std::string_view> column_headers(int c);
std::vector<std::string> all_column_headers();

// The header row mapped to columns. Unknown and repeated headers are listed
// for the rules to report; the first of a repeated column is the one read.
struct Header {
  std::array<int, kColumnCount> field{};  // field number of each column, -1 if absent
  size_t fields = 0;                     // how many fields the header has
  struct Unknown {
    size_t field;
    std::string text;  // folded, lower case
  };
  struct Repeated {
    size_t field;
    std::string text;
    int column;
  };
  std::vector<Unknown> unknown;
  std::vector<size_t> unnamed;  // fields whose header cell is empty (Excel's trailing columns): not read
  size_t named = 0;             // fields up to the last one with a header: a row may stop there
  std::vector<Repeated> repeated;
  std::vector<int> missing;  // required columns not found
};
Header read_header(const util::CsvRecord& rec);

// How the value's own unit or scale (1.3万人, 1.3万) and the unit column
// combine into the indicator's base unit. A scale is applied once: 1.3万 with
// the unit column 人 is 13,000 人; 1.3万 with 万人 (or 1.3万人 with 万人) says
// 万 twice, and is refused (scale_twice) rather than read as 1.3亿.
struct UnitReading {
  // scale_in_base: a value with a scale (173万) and no unit, for an indicator
  // counted in a scaled unit (万元): 173 万元, or 173万 of them?
  enum Kind { none, scaled, given_twice, scale_twice, scale_in_base, incompatible };
  Kind kind = none;
  std::string unit;   // the unit that applies (the value's, else the column's)
  double scale = 1;   // into the indicator's base unit, when `scaled`
  int field = -1;     // the field to point at
  double once = 0, twice = 0;  // scale_twice: the value in base units with the scale once, and twice
};

// One data row, every column read.
struct Row {
  std::array<std::string, kColumnCount> cell;  // folded (full width to ASCII, trimmed); empty if absent
  std::string raw_value;                       // the value as written, for messages
  plan::Resolved region, indicator;
  std::optional<util::Period> period;
  util::NumberResult value;
  std::optional<util::Date> reported_on;
  // The basis column: true 累计 (since the plan's start), false 当期 (the
  // period's own figure), nullopt when absent or empty; bad_basis when the
  // cell is neither.
  std::optional<bool> cumulative;
  bool bad_basis = false;

  // What the last distinct region, indicator, period and reported_on cells
  // were read as (read_row's memo; regions and indicators for `memo_corpus`
  // only): a file repeats them row after row, and resolving them was a fifth
  // of reading a row (a date, which follows the period, 4% of a cached
  // progress run).
  const plan::Corpus* memo_corpus = nullptr;
  util::RecentMemo<plan::Resolved, 2> memo_region, memo_indicator;
  util::RecentMemo<std::optional<util::Period>, 8> memo_period;
  util::RecentMemo<std::optional<util::Date>, 8> memo_reported_on;
};

plan::Resolved read_region(std::string_view cell, const plan::Corpus& corpus);
plan::Resolved read_indicator(std::string_view cell, const plan::Corpus& corpus);
std::optional<util::Period> read_period(std::string_view cell);
util::NumberResult read_value(std::string_view raw);  // a number, or 是/否 as 1/0
std::optional<util::Date> read_reported_on(std::string_view cell);
// 累计 / 累计值 / cumulative → true; 当期 / 本期 / 当年 / period → false; empty → nullopt.
std::optional<bool> read_basis(std::string_view cell, bool& bad);
UnitReading read_unit(const util::Number& value, std::string_view unit_cell, const plan::Indicator& ind,
                      const Header& h);

// Reads every column of a data row whose field count matches the header.
Row read_row(const util::CsvRecord& rec, const Header& h, const plan::Corpus& corpus);
// The same into `r`, whose strings keep their capacity from row to row.
void read_row(const util::CsvRecord& rec, const Header& h, const plan::Corpus& corpus, Row& r);

// A submission file's records, decoded from whatever encoding it came in.
class RecordStream {
 public:
  explicit RecordStream(util::ByteSource& src);
  bool next(util::CsvRecord& rec);  // false at the end, or at an undecodable byte
  const util::Detection& detection() const { return detection_; }
  std::optional<size_t> error_offset() const { return decoder_.error_offset(); }

 private:
  util::Detection detection_;
  util::DecodingReader decoder_;
  util::CsvReader csv_;
};

}  // namespace scip::submission
