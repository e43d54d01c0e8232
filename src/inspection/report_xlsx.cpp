// inspection/report_xlsx — the 整改台账 as a workbook.
//
// Two sheets: the summary (the heading, one row per region or lead department
// with its counts and on-time closure rate, and the totals) and the ledger:
// one row per finding as of the day, its status, deadline, days left (a
// number, negative when overdue), where it stands in words, lead, text and
// evidence; the "where" cell filled red when overdue, yellow when warned or
// closed late, green when closed. Frozen header and a filter, so an office can
// sort by region or days and hand it round.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>

#include "inspection/report.h"
#include "util/xlsx_book.h"

namespace scip::inspection {

void write_ledger_xlsx(std::ostream& out, const Ledger& l, const ReportOptions& o) {
  i18n::Lang L = o.lang;
  util::XlsxBook book;
  lxw_format *head = book.header(), *title = book.title(), *wrap = book.wrapped();
  lxw_format *red = book.fill(0xFFC7CE), *yellow = book.fill(0xFFEB9C), *green = book.fill(0xC6EFCE);

  lxw_worksheet* sum = book.add_sheet(i18n::tr(L, "diff.xlsx.sheet.summary"));
  worksheet_write_string(sum, 0, 0, ledger_heading(l, L).c_str(), title);
  const char* cols[] = {o.by_department ? "department" : "region", "total", "open", "overdue", "closed", "rate"};
  for (lxw_col_t c = 0; c < std::size(cols); ++c) {
    worksheet_write_string(sum, 2, c, i18n::tr(L, std::string("findings.col.") + cols[c]).c_str(), head);
    worksheet_set_column(sum, c, c, c == 0 ? 24 : 12, nullptr);
  }
  lxw_row_t y = 3;
  auto group_row = [&](const Group& g, const std::string& name) {
    worksheet_write_string(sum, y, 0, name.c_str(), nullptr);
    const int values[] = {g.total, g.open, g.overdue, g.closed};
    for (lxw_col_t c = 0; c < 4; ++c) worksheet_write_number(sum, y, c + 1, values[c], nullptr);
    worksheet_write_string(sum, y++, 5, rate_text(g, L).c_str(), nullptr);
  };
  for (const auto& g : l.groups) group_row(g, g.name);
  group_row(l.all, i18n::tr(L, "findings.all"));
  worksheet_write_string(sum, y + 1, 0, i18n::tr(L, "findings.legend").c_str(), nullptr);

  lxw_worksheet* ws = book.add_sheet(i18n::tr(L, "findings.xlsx.sheet"));
  const char* lcols[] = {"region", "id", "category", "status", "deadline", "days-left", "where", "lead", "text", "evidence"};
  const double widths[] = {16, 14, 8, 8, 12, 10, 26, 18, 50, 40};
  for (lxw_col_t c = 0; c < std::size(lcols); ++c) {
    worksheet_write_string(ws, 0, c, i18n::tr(L, std::string("findings.xlsx.col.") + lcols[c]).c_str(), head);
    worksheet_set_column(ws, c, c, widths[c], c >= 8 ? wrap : nullptr);
  }
  lxw_row_t n = 0;
  for (const FindingState* s : listed(l, true)) {
    ++n;
    const auto& f = *s->finding;
    std::string tone = tone_of(*s);
    lxw_format* fill = tone == "l-red" ? red : tone == "l-yellow" ? yellow : tone == "l-green" ? green : nullptr;
    std::string evidence = fmt::format("{}", fmt::join(f.evidence, "；"));
    worksheet_write_string(ws, n, 0, s->region_name.c_str(), nullptr);
    worksheet_write_string(ws, n, 1, f.id.c_str(), nullptr);
    worksheet_write_string(ws, n, 2, f.category.c_str(), nullptr);
    worksheet_write_string(ws, n, 3, s->status.c_str(), nullptr);
    worksheet_write_string(ws, n, 4, f.deadline ? f.deadline->text.c_str() : "", nullptr);
    if (f.deadline && s->open()) worksheet_write_number(ws, n, 5, static_cast<double>(s->days_left), nullptr);
    worksheet_write_string(ws, n, 6, where_text(*s, L).c_str(), fill);
    worksheet_write_string(ws, n, 7, s->lead.c_str(), nullptr);
    worksheet_write_string(ws, n, 8, f.text.c_str(), wrap);
    worksheet_write_string(ws, n, 9, evidence.c_str(), wrap);
  }
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_autofilter(ws, 0, 0, std::max<lxw_row_t>(n, 1), static_cast<lxw_col_t>(std::size(lcols) - 1));
  book.finish(out);
}

}  // namespace scip::inspection
