// progress/report — the progress table for people, spreadsheets and programs.
//
//   table     aligned columns (display width, so Chinese lines up), a bar for
//             percent complete, statuses as traffic lights on a terminal;
//   markdown  the same table for a report or an issue;
//   csv       one row per target, numbers unformatted, safe to open in Excel
//             (UTF-8 with a BOM, CRLF, formula-injection guard);
//   json      every field and every input, for audit;
//   xlsx      a workbook for a leader (report_xlsx.cpp);
//   html      one self-contained page with charts, for a leader (report_html.cpp).
// Rows can be grouped by action, lead department (牵头部门) or region, each
// group with a count of targets per status. explain() prints the arithmetic
// behind one row.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "i18n/messages.h"
#include "progress/progress.h"

namespace scip::progress {

enum class Format { table, markdown, csv, json, xlsx, html };
// Whether the format lists each row's inputs (JSON, the workbook, the page):
// the table is then computed with them (progress::Options::list_inputs).
bool lists_inputs(Format f);
enum class GroupBy { target, action, department, region };

struct TablePrintOptions {
  Format format = Format::table;
  GroupBy by = GroupBy::target;
  std::vector<Status> only;  // --status; empty: all
  i18n::Lang lang = i18n::Lang::en;
  bool color = false;
  int width = 0;  // the terminal table's width (0: no limit)
};

// A status's traffic light, the same on a terminal, in HTML and in a workbook.
enum class Light { green, yellow, red, grey };
Light light_of(Status s);
std::string status_text(Status s, i18n::Lang lang);  // in the user's language
std::string use_code(Use u);
// A status as --status and --fail-on take it: its code (on-track) or the word
// a table prints in either language (on track, 正常, 严重滞后).
std::optional<Status> status_from_word(std::string_view word);                          // "used", "before-window", … (never translated)

// The workbook (report_xlsx): a summary sheet with a chart, the table, the inputs.
void write_xlsx(std::ostream& out, const Table& t, const std::vector<const Row*>& rows, const plan::Corpus& corpus,
                const submission::FigureSet& subs, const TablePrintOptions& o);

// The self-contained page (report_html): summary, charts, the table, inputs.
void write_html(std::ostream& out, const Table& t, const std::vector<const Row*>& rows, const plan::Corpus& corpus,
                const submission::FigureSet& subs, const TablePrintOptions& o);

void write_progress(std::ostream& out, const Table& t, const plan::Corpus& corpus, const submission::FigureSet& subs,
                    const TablePrintOptions& o);

// The rows whose key matches `what`: "plan/target@region", "target",
// "target@region" (region as code or name).
std::vector<const Row*> find_rows(const Table& t, const plan::Corpus& corpus, const std::string& what);
void write_explain(std::ostream& out, const std::vector<const Row*>& rows, const Table& t, const plan::Corpus& corpus,
                   const submission::FigureSet& subs, const TablePrintOptions& o);

}  // namespace scip::progress
