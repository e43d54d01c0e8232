// diff/report_xlsx — the 十三五/十四五 对照表 as a workbook.
//
// Two sheets: 汇总 (the two plans and the summary lines) and 对照表: one row
// per change in the NEW plan's order (removed items where they stood in the
// OLD one): the section, the element (action, task, target…), the kind of
// change in words and as its stable code, the OLD path and text beside the
// NEW path and text, how an inferred pairing was made, and the severity
// (削弱, 需关注, 一般). Added rows are
// filled green, removed red, changed yellow; frozen header and a filter.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>

#include "diff/report.h"
#include "util/xlsx_book.h"

namespace scip::diff {

void write_xlsx(std::ostream& out, const PlanDiff& d, const DiffPrintOptions& o) {
  i18n::Lang L = o.lang;
  util::XlsxBook book;
  lxw_format *head = book.header(), *title = book.title();
  lxw_format* wrap = book.wrapped();
  lxw_format *added = book.fill(0xC6EFCE), *removed = book.fill(0xFFC7CE), *changed = book.fill(0xFFEB9C),
             *kept = book.fill(0xEDEDED);

  lxw_worksheet* sum = book.add_sheet(i18n::tr(L, "diff.xlsx.sheet.summary"));
  std::string heading = i18n::tr(L, "diff.heading", fmt::arg("old", d.old_id), fmt::arg("new", d.new_id));
  worksheet_write_string(sum, 0, 0, heading.c_str(), title);
  lxw_row_t y = 2;
  worksheet_write_string(sum, y++, 0, severity_line(d, L).c_str(), nullptr);
  for (const auto& line : summary_lines(d, L)) worksheet_write_string(sum, y++, 0, line.c_str(), nullptr);
  if (d.empty()) worksheet_write_string(sum, y, 0, i18n::tr(L, "diff.same").c_str(), nullptr);
  worksheet_set_column(sum, 0, 0, 100, nullptr);

  lxw_worksheet* ws = book.add_sheet(i18n::tr(L, "diff.xlsx.sheet.changes"));
  const char* cols[] = {"section", "element", "change", "code", "old-id", "old", "new-id", "new", "matched", "severity"};
  const double widths[] = {12, 10, 10, 26, 30, 50, 30, 50, 18, 10};
  for (lxw_col_t c = 0; c < std::size(cols); ++c) {
    worksheet_write_string(ws, 0, c, i18n::tr(L, std::string("diff.xlsx.col.") + cols[c]).c_str(), head);
    worksheet_set_column(ws, c, c, widths[c], c == 5 || c == 7 ? wrap : nullptr);
  }
  lxw_row_t n = 0;
  for (const Change& c : d.changes) {
    ++n;
    char m = change_marker(c.kind);
    lxw_format* f = m == '+' ? added : m == '-' ? removed : m == '=' ? kept : changed;
    std::string change = i18n::tr(L, std::string("diff.xlsx.marker.") + (m == '+' ? "added" : m == '-' ? "removed"
                                                                         : m == '=' ? "kept" : m == '>' ? "moved" : "changed"));
    std::string element = element_of(c.kind);
    std::string element_word = i18n::has_message("kind." + element) ? i18n::tr(L, "kind." + element) : element;
    std::string matched = c.similarity ? fmt::format("{} {:.2f}", c.how, *c.similarity) : c.how;
    std::string severity = c.severity.empty() ? "" : i18n::tr(L, "diff.severity." + c.severity);
    const std::string cells[] = {i18n::tr(L, "diff.section." + section_of(c)), element_word, change, c.kind,
                                 c.old_path, shown_value(c, c.old_value, L), c.new_path, shown_value(c, c.new_value, L),
                                 matched, severity};
    for (lxw_col_t k = 0; k < std::size(cells); ++k)
      worksheet_write_string(ws, n, k, cells[k].c_str(), k == 2 ? f : (k == 5 || k == 7 ? wrap : nullptr));
  }
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_autofilter(ws, 0, 0, std::max<lxw_row_t>(n, 1), static_cast<lxw_col_t>(std::size(cols) - 1));
  book.finish(out);
}

}  // namespace scip::diff
