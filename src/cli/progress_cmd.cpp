// cli/progress_cmd — `scip progress`: the progress table from submissions.
//
// Checks the paths as one corpus (plans, catalogs and CSV submissions, the
// same as `scip check`), then measures every numeric target
// (progress/progress.h) and prints the table (progress/report.h).
//
// Exit codes: 0 the table was printed; 1 it was printed, but some submission
// rows had errors and were left out (the diagnostics go to stderr), a row
// has a status named by --fail-on (for scheduled pipelines), or, with
// --strict, the figures drew warnings (period-covered, implausible-value,
// parts-disagree…); 2 usage
// errors, unreadable paths, or plans/catalogs with errors (nothing to measure
// against).
#include "cli/progress_cmd.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <set>

#include "check/checker.h"
#include "check/report.h"
#include "progress/progress.h"
#include "progress/report.h"
#include "util/date.h"
#include "util/heap.h"
#include "util/keep_until_exit.h"
#include "util/release.h"
#include "util/text.h"

namespace scip::cli {

namespace {
const std::vector<std::string> kProgressFormats = {"table", "markdown", "csv", "json", "xlsx", "html"};

// --fail-on: whether any row of the table (whatever --status shows) has one
// of the statuses; says how many on stderr.
bool failing_rows(const progress::Table& table, const std::string& fail_on, i18n::Lang lang) {
  std::vector<progress::Status> bad;
  for (const auto& s : split_commas(fail_on)) bad.push_back(*progress::status_from_word(s));
  size_t n = 0;
  for (const auto& row : table.rows) n += std::find(bad.begin(), bad.end(), row.status) != bad.end();
  if (n) std::cerr << "scip: " << i18n::tr(lang, "progress.fail-on", fmt::arg("n", n), fmt::arg("statuses", fail_on)) << "\n";
  return n > 0;
}
}  // namespace

CLI::App* setup_progress(CLI::App& app, ProgressCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("progress", i18n::tr(lang, "help.progress"));
  cmd->add_option("paths", o.paths, i18n::tr(lang, "help.progress.paths"))->required()->type_name("PATH");
  cmd->add_option("--as-of", o.as_of, i18n::tr(lang, "help.progress.as-of"))->check(date_validator(lang));
  cmd->add_option("--by", o.by, i18n::tr(lang, "help.progress.by"))
      ->check(CLI::IsMember({"target", "action", "department", "region"}))
      ->capture_default_str();
  // Comma-separated strings, split in run_progress: a vector option would
  // also swallow the paths that follow it.
  auto statuses = [lang](const std::string& v) {
    for (const auto& s : split_commas(v))
      if (!progress::status_from_word(s)) {
        std::vector<std::string> codes, words;
        for (progress::Status st : progress::kAllStatuses) {
          codes.emplace_back(progress::status_code(st));
          words.push_back(progress::status_text(st, lang));
        }
        const char* sep = lang == i18n::Lang::zh ? "、" : ", ";
        return i18n::tr(lang, "usage.bad-status", fmt::arg("value", s), fmt::arg("codes", fmt::join(codes, sep)),
                        fmt::arg("words", fmt::join(words, sep)));
      }
    return std::string();
  };
  cmd->add_option("--status", o.status, i18n::tr(lang, "help.progress.status"))->check(statuses);
  cmd->add_option("--fail-on", o.fail_on, i18n::tr(lang, "help.progress.fail-on"))->check(statuses)->type_name("STATUSES");
  cmd->add_option("--plan", o.plans, i18n::tr(lang, "help.progress.plan"));
  cmd->add_option("--region", o.region, i18n::tr(lang, "help.progress.region"));
  cmd->add_option("--method", o.method, i18n::tr(lang, "help.progress.method"))
      ->check(CLI::IsMember({"linear", "growth"}))
      ->capture_default_str();
  cmd->add_option("--behind-margin", o.behind_margin, i18n::tr(lang, "help.progress.margin"))
      ->check(CLI::Range(0.0, 100.0))
      ->capture_default_str();
  cmd->add_option("--format", o.format, i18n::tr(lang, "help.progress.format"))
      ->check(CLI::IsMember(kProgressFormats))
      ->each([&o](const std::string&) { o.format_given = true; })
      ->capture_default_str();
  cmd->add_option("--explain", o.explain, i18n::tr(lang, "help.progress.explain"));
  cmd->add_option("--width", o.width, i18n::tr(lang, "help.progress.width"))->check(CLI::Range(40, 1000))->type_name("N");
  cmd->add_flag("--all", o.all, i18n::tr(lang, "help.progress.all"));
  cmd->add_flag("--strict", o.strict, i18n::tr(lang, "help.progress.strict"));
  cmd->add_option("--cache", o.cache, i18n::tr(lang, "help.check.cache"))->envname("SCIP_CACHE")->type_name("DIR");
  add_max_file_size(cmd, o.max_file_size, lang);
  cmd->footer(i18n::tr(lang, "help.progress.examples"));
  return cmd;
}

int run_progress(const ProgressCmdOptions& opts, const GlobalOptions& g, i18n::Lang lang) {
  ProgressCmdOptions o = opts;
  o.format = output_format(o.format, o.format_given, g.output, kProgressFormats);
  if (xlsx_to_terminal(o.format, g, lang)) return kUsage;
  check::CheckOptions copts;
  copts.lang = lang;
  util::Date as_of = o.as_of.empty() ? util::today() : *util::parse_date(o.as_of);
  copts.as_of = as_of;
  copts.max_file_size = o.max_file_size;
  copts.cache_dir = o.cache;
  copts.keep_prose = false;  // the reports show the actions' titles, no task's title or text
  copts.keep_positions = false;  // nothing more is said about where in a plan
  check::CheckResult result = check::check_paths(o.paths, copts);
  if (!result.cache_error.empty())
    std::cerr << i18n::tr(lang, "check.cache-not-written", fmt::arg("reason", result.cache_error)) << "\n";

  // Errors in plans or catalogs leave nothing to measure against; errors in
  // submissions only cost their rows.
  // Warnings about the figures (a part within a reported whole, a figure ten
  // times its target…) are shown too: the table is built from those figures.
  // (The shown ones are kept where they are, the others moved out or dropped:
  // a national run has tens of thousands of warnings, and a second array
  // would hold them twice.)
  std::vector<check::Diagnostic> fatal;
  std::vector<check::Diagnostic>& shown = result.diagnostics;  // about the figures, in the checker's order
  size_t rows = 0, warnings = 0, kept = 0;
  for (auto& d : result.diagnostics) {
    bool error = d.severity == check::Severity::error;
    if (error && !d.about_figures) {
      fatal.push_back(std::move(d));
    } else if (d.about_figures && d.severity != check::Severity::note) {
      rows += error;
      warnings += !error;
      if (&d != &shown[kept]) shown[kept] = std::move(d);
      ++kept;
    }
  }
  shown.erase(shown.begin() + static_cast<std::ptrdiff_t>(kept), shown.end());
  check::DiagnosticOptions ro;
  ro.lang = lang;
  ro.files = result.files.size() +  // (a workbook's sheets are one file)
             std::set<std::string>(result.figures.files.begin(), result.figures.files.end()).size();
  if (!fatal.empty() || result.unreadable) {
    check::write_report(std::cerr, fatal, ro);
    bool no_plans = result.corpus && result.corpus->plans.empty();  // the figures came without their plans
    std::cerr << "scip: " << i18n::tr(lang, no_plans ? "progress.error.no-plans" : "progress.error.invalid") << "\n";
    return kUsage;
  }
  if (!shown.empty()) {
    ro.max_diagnostics = 20;
    check::write_report(std::cerr, shown, ro);
  }
  if (rows) std::cerr << "scip: " << i18n::tr(lang, "progress.warning.rows-skipped", fmt::arg("n", rows)) << "\n";
  // What is left is measuring: the check's diagnostics are read no more (nor
  // the positions in the plans, gone already), and the table's rows can take
  // their room.
  util::release(shown);
  util::give_back_free_heap();  // the table's rows then take no more than the check's peak

  progress::Options po;
  po.as_of = as_of;
  po.method = o.method == "growth" ? progress::Method::growth : progress::Method::linear;
  po.behind_margin = o.behind_margin;
  po.all = o.all || !o.explain.empty();
  po.plans = split_commas(o.plans);
  progress::Format format = o.format == "markdown" ? progress::Format::markdown
                          : o.format == "csv"      ? progress::Format::csv
                          : o.format == "json"     ? progress::Format::json
                          : o.format == "xlsx"     ? progress::Format::xlsx
                          : o.format == "html"     ? progress::Format::html
                                                   : progress::Format::table;
  po.list_inputs = !o.explain.empty() || progress::lists_inputs(format);
  const plan::Corpus& corpus = *result.corpus;
  if (!o.region.empty()) {
    plan::Resolved r = corpus.regions.resolve(o.region);
    if (r.id < 0) return not_found(lang, "progress.error.region", o.region, corpus.regions.suggest(o.region));
    po.region = corpus.regions.at(r.id).code;
  }
  progress::Table table = progress::compute(corpus, result.figures, po);
  if (!table.unknown_plans.empty()) {
    std::vector<std::string> ids;
    for (const plan::Plan* p : corpus.plans) ids.push_back(p->id);
    for (const auto& id : table.unknown_plans) not_found(lang, "progress.error.plan", id, util::did_you_mean(id, ids));
    return kUsage;
  }

  progress::TablePrintOptions rep;
  rep.format = format;
  rep.by = o.by == "action" ? progress::GroupBy::action
         : o.by == "department" ? progress::GroupBy::department
         : o.by == "region" ? progress::GroupBy::region
                            : progress::GroupBy::target;
  for (const auto& s : split_commas(o.status)) rep.only.push_back(*progress::status_from_word(s));
  rep.lang = lang;
  rep.color = rep.format == progress::Format::table && use_color(g.color);
  rep.width = table_width(o.width, g);

  if (!o.explain.empty()) {
    auto found = progress::find_rows(table, corpus, o.explain);
    if (found.empty()) {
      std::vector<std::string> keys;
      for (const auto& r : table.rows) keys.push_back(r.key(corpus));
      return not_found(lang, "progress.error.explain", o.explain, util::did_you_mean(o.explain, keys));
    }
    progress::write_explain(std::cout, found, table, corpus, result.figures, rep);
  } else {
    progress::write_progress(std::cout, table, corpus, result.figures, rep);
  }
  bool failed = failing_rows(table, o.fail_on, lang);
  if (o.strict && warnings) failed = true;
  util::keep_until_exit(std::move(table));  // about to exit: not torn down row by row
  util::keep_until_exit(std::move(result));
  return rows == 0 && !failed ? kOk : kFound;
}

}  // namespace scip::cli
