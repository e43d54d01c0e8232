// inspection/report — the 整改台账 as a table, Markdown, CSV, JSON, a page or a workbook.
//
// The page and the workbook show the same. The table: one line per region (or lead department) with its counts and
// on-time closure rate, then the open findings, the most overdue first, each
// with its deadline and the days past it or left, and the 7- and 3-day
// warnings; last, the totals. CSV has one row per finding (as of the day)
// for a spreadsheet; JSON has the groups, the findings and the totals.
#pragma once

#include <ostream>

#include "i18n/messages.h"
#include "inspection/ledger.h"

namespace scip::inspection {

enum class Format { table, markdown, csv, json, html, xlsx };
// The format a --format word names (table for anything else).
Format format_from_word(const std::string& word);

struct ReportOptions {
  Format format = Format::table;
  i18n::Lang lang = i18n::Lang::en;
  bool by_department = false;  // the groups are lead departments, not regions
  bool all = false;            // list closed findings too, not only the open ones
  int width = 0;               // a terminal table's width (0: no limit)
};

void write_ledger(std::ostream& out, const Ledger& l, const ReportOptions& o);
// The page (report_html) and the workbook (report_xlsx).
void write_ledger_html(std::ostream& out, const Ledger& l, const ReportOptions& o);
void write_ledger_xlsx(std::ostream& out, const Ledger& l, const ReportOptions& o);

// What every format says the same way.
std::string ledger_heading(const Ledger& l, i18n::Lang lang);
std::string rate_text(const Group& g, i18n::Lang lang);  // "50% (5/10)", "—"
// "21 days overdue", "2 days left (≤3-day warning)", "closed 2020-06-20, on time".
std::string where_text(const FindingState& s, i18n::Lang lang);
// The findings a report lists: the open ones (or all), the most overdue first.
std::vector<const FindingState*> listed(const Ledger& l, bool all);
// The colour of a finding: overdue red, warned or closed late yellow, closed green, open grey.
const char* tone_of(const FindingState& s);

}  // namespace scip::inspection
