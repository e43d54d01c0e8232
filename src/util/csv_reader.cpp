// util/csv_reader — see csv_reader.h.
#include "util/csv_reader.h"

#include <array>

namespace scip::util {

namespace {
constexpr size_t kExcerptMax = 400;

// The bytes that end a run of plain text: 1 inside quotes and out (a quote, a
// line break), 2 outside quotes only (a comma).
constexpr std::array<unsigned char, 256> kStops = [] {
  std::array<unsigned char, 256> t{};
  t['"'] = t['\n'] = t['\r'] = 1;
  t[','] = 2;
  return t;
}();
}

bool CsvReader::more() {
  while (pos_ >= block_.size()) {
    if (done_ || !in_.next(block_)) {
      done_ = true;
      return false;
    }
    pos_ = 0;
  }
  return true;
}

bool CsvReader::next(CsvRecord& rec) {
  enum State { start, unquoted, quoted, after_quote } state = start;
  rec.count = 0;
  rec.unclosed_quote = false;
  rec.first_line.clear();
  rec.columns.clear();
  bool any = false;       // some character of this record seen
  bool on_first = true;   // still on the record's first line
  auto begin_field = [&] {
    if (rec.count == rec.fields.size()) rec.fields.emplace_back();
    rec.fields[rec.count].clear();
    rec.columns.push_back(column_);
    ++rec.count;
  };
  auto newline = [&] {
    ++line_;
    column_ = 1;
  };
  // After a character of plain text, the rest of its run in the block at
  // once: what the character loop below would do byte by byte (the field, the
  // excerpt of the first line, the column), for the bytes up to the next
  // quote, line break or (outside quotes) comma.
  auto take_run = [&](bool in_quotes) {
    const unsigned char stop = in_quotes ? 1 : 3;  // which of kStops end the run
    size_t j = pos_;
    while (j < block_.size() && !(kStops[static_cast<unsigned char>(block_[j])] & stop)) ++j;
    if (j == pos_) return;
    std::string_view run = block_.substr(pos_, j - pos_);
    rec.fields[rec.count - 1] += run;
    if (on_first && rec.first_line.size() < kExcerptMax)
      rec.first_line.append(run.substr(0, kExcerptMax - rec.first_line.size()));
    for (char d : run) column_ += (static_cast<unsigned char>(d) & 0xC0) != 0x80;
    pos_ = j;
  };
  for (;;) {
    if (!more()) {
      if (!any) return false;
      if (state == quoted) rec.unclosed_quote = true;
      rec.end_line = line_;
      return true;
    }
    char c = block_[pos_++];
    if (skip_lf_) {
      skip_lf_ = false;
      if (c == '\n') continue;  // the LF of a CRLF
    }
    if (!any) {
      if (c == '\n' || c == '\r') {  // a blank line
        if (c == '\r') skip_lf_ = true;
        newline();
        continue;
      }
      any = true;
      rec.line = line_;
      begin_field();
    }
    bool is_break = c == '\n' || c == '\r';
    if (on_first && !is_break && rec.first_line.size() < kExcerptMax) rec.first_line += c;
    if (state == quoted) {
      if (c == '"') {
        state = after_quote;
      } else {
        rec.fields[rec.count - 1] += c;
        if (is_break) {
          on_first = false;
          if (c == '\r') skip_lf_ = true;
          // A CRLF inside quotes is one line break, kept as LF.
          if (c == '\r') rec.fields[rec.count - 1].back() = '\n';
          newline();
          continue;
        }
        take_run(true);
      }
    } else if (is_break) {
      if (c == '\r') skip_lf_ = true;
      rec.end_line = line_;
      newline();
      return true;
    } else if (c == ',') {
      ++column_;
      begin_field();
      state = start;
      continue;
    } else if (state == start && c == '"') {
      state = quoted;
    } else if (state == after_quote && c == '"') {
      rec.fields[rec.count - 1] += '"';  // "" inside quotes
      state = quoted;
    } else {
      rec.fields[rec.count - 1] += c;
      state = unquoted;  // also text after a closing quote: kept, as Excel does
      take_run(false);
    }
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column_;
  }
}

std::vector<CsvRecord> parse_csv(std::string_view bytes, Encoding* detected) {
  StringSource src{std::string(bytes)};
  Detection d = detect_encoding(src);
  if (detected) *detected = d.encoding;
  DecodingReader dec(src, d.encoding);
  CsvReader reader(dec);
  std::vector<CsvRecord> out;
  CsvRecord rec;
  while (reader.next(rec)) {
    rec.fields.resize(rec.count);
    out.push_back(rec);
  }
  return out;
}

}  // namespace scip::util
