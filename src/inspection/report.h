// inspection/report — the 整改台账 as a table, Markdown, CSV, JSON, a page or a workbook.
//
// The table: one line per region (or lead department) with its counts and
// on-time closure rate, then the open findings, the most overdue first, each
// with its deadline and the days past it or left, and the 7- and 3-day
// warnings; last, the totals. CSV has one row per finding (as of the day)
// for a spreadsheet; JSON has the groups, the findings and the totals.
#pragma once

#include <ostream>

#include "i18n/messages.h"
#include "inspection/ledger.h"

namespace scip::inspection {

enum class Format { table, markdown, csv, json };

struct ReportOptions {
  Format format = Format::table;
  i18n::Lang lang = i18n::Lang::en;
  bool by_department = false;  // the groups are lead departments, not regions
  bool all = false;            // list closed findings too, not only the open ones
  int width = 0;               // a terminal table's width (0: no limit)
};

void write_ledger(std::ostream& out, const Ledger& l, const ReportOptions& o);

}  // namespace scip::inspection
