// diff/coverage_xlsx — the 对标对表 as a workbook.
//
// Two sheets: the summary (the two plans, covered of total per kind, the note
// on weaker figures) and the table: one row per item of the parent (actions,
// tasks, quantified targets) with the child's item beside it and how they
// were paired or how the figures compare, then the child's own actions. Rows
// not covered are filled red, weaker figures yellow, covered green; frozen
// header and a filter, so an office can sort by status and hand it round.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>

#include "diff/coverage.h"
#include "util/xlsx_book.h"

namespace scip::diff {

void write_coverage_xlsx(std::ostream& out, const Coverage& c, i18n::Lang L) {
  util::XlsxBook book;
  lxw_format *head = book.header(), *title = book.title();
  lxw_format* wrap = book.wrapped();
  lxw_format *covered = book.fill(0xC6EFCE), *missing = book.fill(0xFFC7CE), *weaker = book.fill(0xFFEB9C),
             *extra = book.fill(0xEDEDED);

  lxw_worksheet* sum = book.add_sheet(i18n::tr(L, "diff.xlsx.sheet.summary"));
  worksheet_write_string(sum, 0, 0, i18n::tr(L, "cover.heading", fmt::arg("child", c.child_id), fmt::arg("parent", c.parent_id)).c_str(),
                         title);
  lxw_row_t y = 2;
  auto plan_line = [&](const char* label, const std::string& title) {
    return i18n::tr(L, "cover.plan-line", fmt::arg("label", i18n::tr(L, label)), fmt::arg("title", title));
  };
  for (const std::string& line : {plan_line("html.cover.child", c.child_title), plan_line("html.cover.parent", c.parent_title), std::string(),
                                  coverage_section_heading(c, "actions", L), coverage_section_heading(c, "tasks", L),
                                  coverage_section_heading(c, "targets", L), coverage_summary(c, L)})
    worksheet_write_string(sum, y++, 0, line.c_str(), nullptr);
  if (std::any_of(c.targets.begin(), c.targets.end(), [](const CoveredTarget& t) { return t.comparison == "weaker"; }))
    worksheet_write_string(sum, y, 0, i18n::tr(L, "cover.note.weaker").c_str(), nullptr);
  worksheet_set_column(sum, 0, 0, 100, nullptr);

  lxw_worksheet* ws = book.add_sheet(i18n::tr(L, "cover.xlsx.sheet.items"));
  const char* cols[] = {"kind", "status", "parent-id", "parent", "child-id", "child", "how"};
  const double widths[] = {14, 10, 24, 50, 24, 50, 30};
  for (lxw_col_t k = 0; k < std::size(cols); ++k) {
    worksheet_write_string(ws, 0, k, i18n::tr(L, std::string("cover.xlsx.col.") + cols[k]).c_str(), head);
    worksheet_set_column(ws, k, k, widths[k], k == 3 || k == 5 ? wrap : nullptr);
  }
  lxw_row_t n = 0;
  for (const CoverRow& r : coverage_rows(c, L)) {
    ++n;
    lxw_format* f = r.status == "missing" ? missing : r.status == "extra" ? extra : r.comparison == "weaker" ? weaker : covered;
    const std::string cells[] = {i18n::tr(L, "cover.kind." + r.section), i18n::tr(L, "cover.status." + r.status), r.parent_id,
                                 r.parent_text, r.child_id, r.child_text, r.how};
    for (lxw_col_t k = 0; k < std::size(cells); ++k)
      worksheet_write_string(ws, n, k, cells[k].c_str(), k == 1 ? f : (k == 3 || k == 5 ? wrap : nullptr));
  }
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_autofilter(ws, 0, 0, std::max<lxw_row_t>(n, 1), static_cast<lxw_col_t>(std::size(cols) - 1));
  book.finish(out);
}

}  // namespace scip::diff
