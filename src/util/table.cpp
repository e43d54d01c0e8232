// util/table — see table.h.
#include "util/table.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "util/text.h"

namespace scip::util {

namespace {
const char* kReset = "\x1b[0m";

std::vector<int> widths(const TextTable& t) {
  std::vector<int> w(t.header.size(), 0);
  for (size_t c = 0; c < t.header.size(); ++c) w[c] = display_width(t.header[c]);
  for (const auto& row : t.rows)
    for (size_t c = 0; c < row.size() && c < w.size(); ++c) w[c] = std::max(w[c], display_width(row[c].text));
  return w;
}

// The columns to print and their widths: every column at its widest cell,
// or, for a table with a width, fitted to it as TextTable says. A width of
// -1 marks a column left out.
std::vector<int> fitted_widths(const TextTable& t) {
  std::vector<int> w = widths(t);
  if (t.width <= 0) return w;
  auto total = [&] {
    int sum = 0, shown = 0;
    for (int x : w)
      if (x >= 0) sum += x, ++shown;
    return sum + 2 * std::max(0, shown - 1);
  };
  bool shrinks = t.shrink >= 0 && static_cast<size_t>(t.shrink) < w.size();
  int natural = shrinks ? w[static_cast<size_t>(t.shrink)] : 0;
  auto shrink_to_fit = [&] {
    if (!shrinks || total() <= t.width) return;
    int& s = w[static_cast<size_t>(t.shrink)];
    s = std::max(std::min(s, t.shrink_min), s - (total() - t.width));
  };
  shrink_to_fit();
  for (size_t c : t.drop_order) {
    if (total() <= t.width) break;
    if (c < w.size()) w[c] = -1;
  }
  if (shrinks && w[static_cast<size_t>(t.shrink)] >= 0 && total() < t.width) {  // room given back by the columns left out
    int& s = w[static_cast<size_t>(t.shrink)];
    s = std::min(natural, s + (t.width - total()));
  }
  return w;
}

void write_line(std::ostream& out, const std::vector<Cell>& cells, const std::vector<int>& w, const std::vector<bool>& right,
                int shrink = -1) {
  std::string line;
  bool first = true;
  for (size_t c = 0; c < w.size(); ++c) {
    if (w[c] < 0) continue;
    const Cell* cell = c < cells.size() ? &cells[c] : nullptr;
    std::string text = cell ? cell->text : std::string();
    if (static_cast<int>(c) == shrink) text = truncate_display(text, w[c]);
    bool r = c < right.size() && right[c];
    std::string padded = r ? pad_left(text, w[c]) : pad_right(text, w[c]);
    if (cell && !cell->color.empty()) {
      // Colour the text, not the padding.
      size_t lead = r ? padded.size() - text.size() : 0;
      padded = padded.substr(0, lead) + cell->color + text + kReset + padded.substr(lead + text.size());
    }
    if (!first) line += "  ";
    first = false;
    line += padded;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out << line << "\n";
}

std::string md_escape(std::string_view s) {
  std::string out;
  for (char ch : s) {
    if (ch == '|') out += "\\|";
    else if (ch == '\n' || ch == '\r') out += ' ';
    else out += ch;
  }
  return out;
}

bool looks_numeric(std::string_view s) {
  if (s.empty()) return false;
  size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
  bool digit = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') digit = true;
    else if (c != '.' && c != ',' && c != '%' && c != 'e' && c != 'E' && c != '-' && c != '+') return false;
  }
  return digit;
}

// Calls heading(text, first) for each heading where it stands and row(cells)
// for each row: the walk both writers share.
template <class H, class R>
void walk_rows(const TextTable& t, H heading, R row) {
  size_t h = 0;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    for (; h < t.headings.size() && t.headings[h].first == i; ++h) heading(t.headings[h].second, i == 0 && h == 0);
    row(t.rows[i]);
  }
}

bool starts_with_heading(const TextTable& t) { return !t.headings.empty() && t.headings[0].first == 0; }

// One line broken into lines of at most `width` display columns (0: as it
// is), at the last space or Chinese comma that leaves the line at least half
// full, else anywhere; lines after the first are indented by two spaces.
std::string wrap_line(std::string_view line, int width) {
  if (width <= 0 || display_width(line) <= width) return std::string(line);
  std::string out, current;
  int w = 0, limit = width;
  size_t cut = std::string::npos;  // after the last good break in `current`
  int cut_w = 0;
  for (char32_t cp : decode_utf8(line)) {
    int cw = char_width(cp);
    if (w + cw > limit && !current.empty()) {
      bool soft = cut != std::string::npos && cut_w * 2 >= limit;
      std::string rest = soft ? current.substr(cut) : std::string();
      out += (soft ? current.substr(0, cut) : current);
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += "\n  ";
      current = rest;
      while (!current.empty() && current.front() == ' ') current.erase(0, 1);
      w = display_width(current);
      limit = width - 2;
      cut = std::string::npos;
    }
    append_utf8(current, cp);
    w += cw;
    if (cp == U' ' || cp == U'，' || cp == U'、' || cp == U'·') {
      cut = current.size();
      cut_w = w;
    }
  }
  return out + current;
}

}  // namespace

std::string wrap_lines(std::string_view text, int width) {
  std::string out;
  for (size_t from = 0; from <= text.size();) {
    size_t nl = std::min(text.find('\n', from), text.size());
    if (from) out += '\n';
    out += wrap_line(text.substr(from, nl - from), width);
    from = nl + 1;
  }
  return out;
}

void write_text_table(std::ostream& out, const TextTable& t) {
  std::vector<int> w = fitted_widths(t);
  std::vector<Cell> head, rule;
  for (const auto& h : t.header) head.push_back({h, ""});
  for (int x : w) rule.push_back({std::string(static_cast<size_t>(std::max(x, 0)), '-'), ""});
  // Each group gets the header again under its heading; widths stay common.
  auto header = [&] {
    write_line(out, head, w, t.right, t.shrink);
    write_line(out, rule, w, t.right, t.shrink);
  };
  bool grouped = starts_with_heading(t);
  if (!grouped) header();
  walk_rows(
      t,
      [&](const std::string& text, bool first) {
        out << (first ? "" : "\n") << wrap_lines(text, t.width) << "\n";
        if (grouped) header();
      },
      [&](const std::vector<Cell>& cells) { write_line(out, cells, w, t.right, t.shrink); });
}

void write_markdown_table(std::ostream& out, const TextTable& t) {
  // Markdown cannot interrupt a table with a heading: each heading starts one.
  auto header = [&] {
    out << "|";
    for (const auto& h : t.header) out << " " << md_escape(h) << " |";
    out << "\n|";
    for (size_t c = 0; c < t.header.size(); ++c) out << (c < t.right.size() && t.right[c] ? " ---: |" : " --- |");
    out << "\n";
  };
  if (!starts_with_heading(t)) header();
  walk_rows(
      t,
      [&](const std::string& text, bool) {
        out << "\n" << text << "\n\n";
        header();
      },
      [&](const std::vector<Cell>& cells) {
        out << "|";
        for (const auto& cell : cells) out << " " << md_escape(neutralize_controls(cell.text)) << " |";
        out << "\n";
      });
}

std::string csv_cell(std::string_view s) {
  std::string out;
  append_csv_cell(out, s);
  return out;
}

void append_csv_cell(std::string& line, std::string_view s) {
  // Control characters (an ESC from a plan's YAML escapes) are shown, not
  // written raw: the CSV may be printed to a terminal or read by Excel.
  std::string shown;
  if (has_controls(s)) s = shown = neutralize_controls(s);
  // A cell Excel would take for a formula is written as text.
  bool formula = !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@') && !looks_numeric(s);
  bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos || (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (quote) line += '"';
  if (formula) line += '\'';
  if (!quote) {
    line += s;
    return;
  }
  for (char c : s) {
    if (c == '"') line += '"';
    line += c;
  }
  line += '"';
}

// (A row is written to the stream at once: std::cout, kept in step with C's
// stdio, takes each << as a call of its own, three for every cell.)
void write_csv_row(std::ostream& out, const std::vector<std::string>& cells) {
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) line += ',';
    append_csv_cell(line, cells[i]);
  }
  line += "\r\n";
  out.write(line.data(), static_cast<std::streamsize>(line.size()));
}

std::string format_number(double v, int decimals, bool keep_zeros) {
  if (!std::isfinite(v)) return "—";
  std::string s = fmt::format("{:.{}f}", std::abs(v), decimals);
  if (s.find('.') != std::string::npos && !keep_zeros) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  size_t dot = s.find('.');
  std::string whole = s.substr(0, dot), frac = dot == std::string::npos ? "" : s.substr(dot);
  std::string grouped;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i && (whole.size() - i) % 3 == 0) grouped += ',';
    grouped += whole[i];
  }
  bool neg = v < 0 && (grouped + frac).find_first_not_of("0.,") != std::string::npos;
  return (neg ? "-" : "") + grouped + frac;
}

std::string percent_bar(double percent, int width) {
  static const char* kEighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  double p = std::clamp(std::isfinite(percent) ? percent : 0.0, 0.0, 100.0);
  int eighths = static_cast<int>(std::lround(p / 100.0 * width * 8));
  std::string out;
  int full = eighths / 8;
  for (int i = 0; i < full; ++i) out += "█";
  int cells = full;
  if (eighths % 8) {
    out += kEighths[eighths % 8];
    ++cells;
  }
  out += std::string(static_cast<size_t>(std::max(0, width - cells)), ' ');
  return out;
}

std::string truncate_display(std::string_view s, int width) {
  if (display_width(s) <= width) return std::string(s);
  std::string out;
  int w = 0;
  for (char32_t cp : decode_utf8(s)) {
    int cw = char_width(cp);
    if (w + cw > width - 1) break;
    append_utf8(out, cp);
    w += cw;
  }
  return out + "…";
}

}  // namespace scip::util
