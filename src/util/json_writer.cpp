// util/json_writer — see json_writer.h.
#include "util/json_writer.h"

#include <fmt/format.h>

#include "util/text.h"

namespace scip::util {

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char32_t cp : decode_utf8(s)) {
    switch (cp) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (cp < 0x20 || cp == 0x7F) out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
        else append_utf8(out, cp);
    }
  }
  return out + "\"";
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& l = levels_.back();
  if (!l.empty) out_ << ',';
  if (l.lines) out_ << '\n';
  l.empty = false;
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ << '{';
  levels_.push_back({});
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  levels_.pop_back();
  out_ << '}';
  return *this;
}

JsonWriter& JsonWriter::begin_array(bool lines) {
  before_value();
  out_ << '[';
  levels_.push_back({true, lines, true});
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  if (levels_.back().lines) out_ << '\n';
  levels_.pop_back();
  out_ << ']';
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  Level& l = levels_.back();
  if (!l.empty) out_ << ',';
  l.empty = false;
  out_ << json_string(k) << ':';
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  out_ << json_string(s);
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  before_value();
  out_ << (b ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::value(long long n) {
  before_value();
  out_ << n;
  return *this;
}

JsonWriter& JsonWriter::value(size_t n) {
  before_value();
  out_ << n;
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ << "null";
  return *this;
}

JsonWriter& JsonWriter::number(std::string_view formatted) {
  before_value();
  out_ << formatted;
  return *this;
}

}  // namespace scip::util
