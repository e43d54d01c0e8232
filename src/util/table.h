// util/table — tables for terminals, Markdown and CSV, and the numbers in them.
//
// A terminal table lines its columns up by display width, so a Chinese
// character counts two columns (util/text.h: char_width), and colour codes
// wrap a cell without counting toward its width. CSV cells are quoted per
// RFC 4180 and guarded against formula injection: a cell that begins with
// =, +, - or @ and is not a number gets a leading ' so Excel shows it as
// text instead of running it.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace scip::util {

struct Cell {
  std::string text{};
  std::string color{};  // an SGR sequence ("\x1b[32m") or empty
};

struct TextTable {
  std::vector<std::string> header;
  std::vector<bool> right;  // right-align this column (numbers)
  std::vector<std::vector<Cell>> rows;
  // Lines printed on their own before row i (group headings); the columns
  // stay aligned across all groups.
  std::vector<std::pair<size_t, std::string>> headings;
  // Fitting a width (terminal tables; 0: no limit). While a line is wider,
  // column `shrink` is cut (ending in …) down to `shrink_min` columns, then
  // the columns of `drop_order` are left out in that order; the shrunk
  // column then takes back the room the dropped ones freed. Headings are
  // wrapped to the width.
  int width = 0;
  int shrink = -1;
  int shrink_min = 12;
  std::vector<size_t> drop_order;
};

// Columns separated by two spaces, a rule under the header; trailing spaces
// trimmed. Headings stand on their own lines, each followed by the header.
void write_text_table(std::ostream& out, const TextTable& t);
// The same as Markdown; each heading starts a table of its own.
void write_markdown_table(std::ostream& out, const TextTable& t);

std::string csv_cell(std::string_view s);  // quoted when needed, injection-guarded
void append_csv_cell(std::string& line, std::string_view s);  // the same, appended
void write_csv_row(std::ostream& out, const std::vector<std::string>& cells);

// 13000 -> "13,000"; 1234.5 (decimals 1) -> "1,234.5"; trailing zeros of the
// decimals are dropped ("90" not "90.0" unless keep_zeros).
std::string format_number(double v, int decimals = 2, bool keep_zeros = false);

// A bar of `width` cells for 0..100 percent, in eighths (▏▎▍▌▋▊▉█).
std::string percent_bar(double percent, int width);

// Each line of `text` broken into lines of at most `width` display columns
// (0: as they are), at a space or Chinese comma when one leaves the line at
// least half full; the lines a line is broken into are indented by two.
std::string wrap_lines(std::string_view text, int width);

// Cuts `s` to at most `width` display columns, ending in … when cut.
std::string truncate_display(std::string_view s, int width);

}  // namespace scip::util
