// util/csv_reader — RFC 4180 records, one at a time, from a stream of UTF-8.
//
// Reads what Excel and WPS write: fields separated by commas, records by CRLF,
// LF or a lone CR; a quoted field may hold commas, doubled quotes and line
// breaks. Each record remembers the line it starts on, counting the line
// breaks inside quoted fields, so a diagnostic can point at the line an
// editor shows, and the column (in code points) where each field starts.
// Blank lines are skipped. The reader is lenient where Excel is (a stray
// quote inside an unquoted field is kept as text) and reports what it cannot
// recover: a quote still open at the end of the input.
//
// Memory is one record: the fields' buffers are reused from record to record.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/decode.h"

namespace scip::util {

struct CsvRecord {
  std::vector<std::string> fields;
  std::vector<int> columns;  // 1-based code-point column where each field starts (on `line`)
  int line = 0;              // 1-based line of the record's first character
  int end_line = 0;          // line of its last character
  bool unclosed_quote = false;  // the input ended inside a quoted field
  std::string first_line;    // the text of `line` (at most ~400 bytes), for excerpts
  size_t size() const { return count; }
  size_t count = 0;          // fields in use (fields.size() may be larger: buffers kept)
  std::string_view field(size_t i) const { return i < count ? std::string_view(fields[i]) : std::string_view{}; }
};

class CsvReader {
 public:
  explicit CsvReader(DecodingReader& in) : in_(in) {}
  // The next non-blank record; false at the end of the input (or when the
  // decoder stopped at an invalid byte: see DecodingReader::error_offset).
  bool next(CsvRecord& rec);

 private:
  bool more();  // makes block_ non-empty; false at the end
  DecodingReader& in_;
  std::string_view block_;
  size_t pos_ = 0;
  int line_ = 1, column_ = 1;
  bool skip_lf_ = false;  // the previous character was a CR ending a line
  bool done_ = false;
};

// All records of a string in any of the encodings decode.h detects (for tests
// and small inputs); `detected` receives the encoding.
std::vector<CsvRecord> parse_csv(std::string_view bytes, Encoding* detected = nullptr);

}  // namespace scip::util
