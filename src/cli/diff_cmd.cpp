// cli/diff_cmd — `scip diff`: load two plans (each is checked first; a plan
// with errors is refused with its diagnostics), pair and compare them
// (diff/plan_diff.h), print the tree and summary.
//
// Exit codes: 0 success (and, with --exit-code, no difference), 1 the plans
// differ (--exit-code only), 2 usage or load errors.
#include "cli/diff_cmd.h"

#include "cli/plan_input.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "check/checker.h"
#include "check/report.h"
#include "diff/plan_diff.h"
#include "diff/report.h"

namespace scip::cli {

namespace {
const std::vector<std::string> kDiffFormats = {"text", "markdown", "json", "xlsx", "html"};
}  // namespace

CLI::App* setup_diff(CLI::App& app, DiffCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("diff", i18n::tr(lang, "help.diff"));
  cmd->add_option("old", o.old_file, i18n::tr(lang, "help.diff.old"))->required()->type_name("FILE");
  cmd->add_option("new", o.new_file, i18n::tr(lang, "help.diff.new"))->required()->type_name("FILE");
  cmd->add_option("--format", o.format, i18n::tr(lang, "help.diff.format"))
      ->check(CLI::IsMember(kDiffFormats))
      ->each([&o](const std::string&) { o.format_given = true; })
      ->capture_default_str();
  cmd->add_flag("--stat", o.stat, i18n::tr(lang, "help.diff.stat"));
  cmd->add_flag("--exit-code", o.exit_code, i18n::tr(lang, "help.diff.exit-code"));
  cmd->add_flag("--verbose", o.verbose, i18n::tr(lang, "help.diff.verbose"));
  cmd->add_flag("--all", o.all, i18n::tr(lang, "help.diff.all"));
  cmd->add_option("--fail-on", o.fail_on, i18n::tr(lang, "help.diff.fail-on"))
      ->check(CLI::IsMember({"weakened", "attention", "info"}))
      ->type_name("SEVERITY");
  cmd->add_option("--similarity", o.similarity, i18n::tr(lang, "help.diff.similarity"))
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  add_max_file_size(cmd, o.max_file_size, lang);
  cmd->footer(i18n::tr(lang, "help.diff.examples"));
  return cmd;
}

namespace {

// A province's annual work plan against a city's five-year plan still
// diffs, with a warning on stderr: the comparison may mean little.
void warn_if_not_comparable(const plan::Plan& a, const plan::Plan& b, i18n::Lang lang) {
  if (!a.region.level.empty() && !b.region.level.empty() && a.region.level != b.region.level)
    std::cerr << "scip: "
              << i18n::tr(lang, "diff.warning.scope-level", fmt::arg("old", a.id), fmt::arg("new", b.id),
                          fmt::arg("old_level", i18n::tr(lang, "level." + a.region.level)),
                          fmt::arg("new_level", i18n::tr(lang, "level." + b.region.level)))
              << "\n";
  int ya = a.start && a.end ? a.end - a.start + 1 : 0, yb = b.start && b.end ? b.end - b.start + 1 : 0;
  if (ya && yb && (ya == 1) != (yb == 1))
    std::cerr << "scip: "
              << i18n::tr(lang, "diff.warning.scope-period", fmt::arg("old", a.id), fmt::arg("new", b.id),
                          fmt::arg("old_years", ya), fmt::arg("new_years", yb))
              << "\n";
}

}  // namespace

int run_diff(const DiffCmdOptions& opts, const GlobalOptions& g, i18n::Lang lang) {
  DiffCmdOptions o = opts;
  o.format = output_format(o.format, o.format_given, g.output, kDiffFormats);
  if (xlsx_to_terminal(o.format, g, lang)) return kUsage;
  int exit = kOk;
  auto [a, b] = load_plan_pair(o.old_file, o.new_file, lang, o.max_file_size, exit);
  if (!a || !b) return exit;
  diff::DiffOptions dopts;
  dopts.similarity = o.similarity;
  diff::PlanDiff d = diff::diff_plans(*a, *b, dopts);
  diff::DiffPrintOptions r;
  r.format = o.format == "json"       ? diff::Format::json
             : o.format == "markdown" ? diff::Format::markdown
             : o.format == "xlsx"     ? diff::Format::xlsx
             : o.format == "html"     ? diff::Format::html
                                      : diff::Format::text;
  r.lang = lang;
  r.color = r.format == diff::Format::text && use_color(g.color);
  r.stat_only = o.stat;
  r.verbose = o.verbose;
  r.all = o.all;
  warn_if_not_comparable(*a, *b, lang);
  diff::write_diff(std::cout, d, r);
  bool failed = o.exit_code && !d.empty();
  if (!o.fail_on.empty()) {
    int floor = diff::severity_rank(o.fail_on);
    auto n = std::count_if(d.changes.begin(), d.changes.end(), [&](const diff::Change& c) { return diff::severity_rank(c.severity) >= floor; });
    if (n) std::cerr << "scip: " << i18n::tr(lang, "diff.fail-on", fmt::arg("n", n), fmt::arg("severity", o.fail_on)) << "\n";
    failed |= n > 0;
  }
  return failed ? kFound : kOk;
}

}  // namespace scip::cli
