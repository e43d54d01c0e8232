// util/json_writer — JSON out, one value at a time.
//
// Every JSON scip prints (diagnostics, diffs, progress tables) is written
// through this class, so each output is valid JSON for any input: strings are
// escaped by json_string (invalid UTF-8 becomes U+FFFD, control characters
// \uXXXX), commas and colons are placed by the writer, not by hand. The
// output is compact; an array opened with `lines` puts each element on a
// line of its own ("[\n{…},\n{…}\n]"), which is how scip's reports keep one
// diagnostic, change or row per line for grep and diff.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace scip::util {

// `s` as a JSON string literal, quotes included.
std::string json_string(std::string_view s);

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array(bool lines = false);
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(bool b);
  JsonWriter& value(long long n);
  JsonWriter& value(int n) { return value(static_cast<long long>(n)); }
  JsonWriter& value(size_t n);
  JsonWriter& value(unsigned n) { return value(static_cast<size_t>(n)); }
  JsonWriter& null();
  // A number already formatted by the caller (fixed decimals, shortest form…).
  JsonWriter& number(std::string_view formatted);

  // key(k).value(v) in one call.
  template <class T>
  JsonWriter& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }

 private:
  void before_value();
  struct Level {
    bool array = false, lines = false, empty = true;
  };
  std::ostream& out_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace scip::util
