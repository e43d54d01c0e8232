// cli/findings_cmd — `scip findings PATHS [--as-of DATE] [--by region|department]`.
//
// The paths are checked as `scip check` would; an error in a findings file or
// a plan stops the command (exit 2), as a ledger of records that contradict
// themselves would count wrong. Then inspection/ledger computes where each
// finding stands on the day and inspection/report prints it: by region or by
// lead department, the open findings with their days overdue or left and the
// 7- and 3-day warnings (--warn), the on-time closure rate; as a table,
// Markdown, CSV, JSON, a page or a workbook.
//
// Exit codes: 0 printed; 1 printed, and --fail-on-overdue was given and some
// finding is overdue; 2 usage errors, unreadable files, files with errors, no
// findings among the paths.
#include "cli/findings_cmd.h"

#include <iostream>

#include "cli/plan_input.h"
#include "inspection/ledger.h"
#include "inspection/report.h"

namespace scip::cli {

namespace {
const std::vector<std::string> kFindingsFormats = {"table", "markdown", "csv", "json", "html", "xlsx"};
}  // namespace

CLI::App* setup_findings(CLI::App& app, FindingsCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("findings", i18n::tr(lang, "help.findings"));
  cmd->add_option("paths", o.paths, i18n::tr(lang, "help.findings.paths"))->required()->type_name("PATHS");
  cmd->add_option("--as-of", o.as_of, i18n::tr(lang, "help.findings.as-of"))->check(date_validator(lang))->type_name("DATE");
  cmd->add_option("--by", o.by, i18n::tr(lang, "help.findings.by"))->check(CLI::IsMember({"region", "department"}))->capture_default_str();
  cmd->add_option("--format", o.format, i18n::tr(lang, "help.findings.format"))
      ->check(CLI::IsMember(kFindingsFormats))
      ->each([&o](const std::string&) { o.format_given = true; })
      ->capture_default_str();
  cmd->add_option("--warn", o.warn, i18n::tr(lang, "help.findings.warn"))->capture_default_str()->type_name("DAYS");
  cmd->add_flag("--all", o.all, i18n::tr(lang, "help.findings.all"));
  cmd->add_flag("--fail-on-overdue", o.fail_on_overdue, i18n::tr(lang, "help.findings.fail-on-overdue"));
  cmd->add_option("--width", o.width, i18n::tr(lang, "help.progress.width"))->check(CLI::Range(40, 1000))->type_name("N");
  add_max_file_size(cmd, o.max_file_size, lang);
  cmd->footer(i18n::tr(lang, "help.findings.examples"));
  return cmd;
}

int run_findings(const FindingsCmdOptions& opts, const GlobalOptions& g, i18n::Lang lang) {
  FindingsCmdOptions o = opts;
  o.format = output_format(o.format, o.format_given, g.output, kFindingsFormats);
  if (xlsx_to_terminal(o.format, g, lang)) return kUsage;
  std::vector<int> warn;
  for (const auto& w : split_commas(o.warn)) {
    char* end = nullptr;
    long days = std::strtol(w.c_str(), &end, 10);
    if (w.empty() || *end || days < 0 || days > 365) {
      std::cerr << "scip: " << i18n::tr(lang, "findings.error.warn", fmt::arg("value", w)) << "\n";
      return kUsage;
    }
    warn.push_back(static_cast<int>(days));
  }
  util::Date as_of = o.as_of.empty() ? util::today() : *util::parse_date(o.as_of);
  auto checked = checked_inputs(o.paths, as_of, o.max_file_size, lang, "findings.error.invalid", true);
  if (!checked) return kUsage;
  const check::CheckResult& result = *checked;
  std::vector<const plan::Findings*> docs;
  for (const auto& f : result.files)
    if (f->findings) docs.push_back(&*f->findings);
  if (docs.empty()) {
    std::cerr << "scip: " << i18n::tr(lang, "findings.error.none") << "\n";
    return kUsage;
  }
  bool by_department = o.by == "department";
  inspection::Ledger ledger =
      inspection::build_ledger(docs, as_of, by_department ? inspection::GroupBy::department : inspection::GroupBy::region, warn);
  inspection::ReportOptions ro;
  ro.format = inspection::format_from_word(o.format);
  ro.lang = lang;
  ro.by_department = by_department;
  ro.all = o.all;
  ro.width = o.format == "table" ? table_width(o.width, g) : 0;
  inspection::write_ledger(std::cout, ledger, ro);
  if (o.fail_on_overdue && ledger.all.overdue > 0) {
    std::cerr << "scip: " << i18n::tr(lang, "findings.overdue", fmt::arg("n", ledger.all.overdue), fmt::arg("date", as_of.str())) << "\n";
    return kFound;
  }
  return kOk;
}

}  // namespace scip::cli
