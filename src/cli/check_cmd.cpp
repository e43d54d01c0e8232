// cli/check_cmd — `scip check`: validate plans and catalogs as one corpus.
//
// Walks the paths, checks every YAML and CSV file (see check/checker.h), prints the
// diagnostics in the chosen format and returns the exit code of the contract:
// 0 no errors, 1 errors (or warnings with --strict), 2 a path unreadable.
#include "cli/check_cmd.h"

#include <iostream>
#include <unordered_map>

#include "check/checker.h"
#include "check/report.h"
#include "plan/yaml_tree.h"
#include "util/date.h"
#include "util/keep_until_exit.h"

namespace scip::cli {

CLI::App* setup_check(CLI::App& app, CheckCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("check", i18n::tr(lang, "help.check"));
  cmd->add_option("paths", o.paths, i18n::tr(lang, "help.check.paths"))->required()->type_name("PATH");
  cmd->add_option("--format", o.format, i18n::tr(lang, "help.check.format"))
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(check::kFormatNames), std::end(check::kFormatNames))))
      ->capture_default_str();
  cmd->add_option("--context", o.context, i18n::tr(lang, "help.check.context"))->type_name("PATH")->allow_extra_args(false);
  cmd->add_flag("--strict", o.strict, i18n::tr(lang, "help.check.strict"));
  cmd->add_flag("-q,--quiet", o.quiet, i18n::tr(lang, "help.check.quiet"));
  cmd->add_option("--max-diagnostics", o.max_diagnostics, i18n::tr(lang, "help.check.max"))->capture_default_str();
  cmd->add_option("--as-of", o.as_of, i18n::tr(lang, "help.check.as-of"))->check(date_validator(lang));
  add_max_file_size(cmd, o.max_file_size, lang);
  cmd->add_option("--cache", o.cache, i18n::tr(lang, "help.check.cache"))->envname("SCIP_CACHE")->type_name("DIR");
  cmd->footer(i18n::tr(lang, "help.check.examples"));
  return cmd;
}

int run_check(const CheckCmdOptions& o, const GlobalOptions& g, i18n::Lang lang) {
  check::CheckOptions copts;
  copts.lang = lang;
  copts.max_file_size = o.max_file_size;
  if (!o.as_of.empty()) copts.as_of = util::parse_date(o.as_of);
  copts.cache_dir = o.cache;
  copts.context = o.context;
  copts.keep_prose = false;  // the corpus rules and the reports read none of it
  copts.keep_refused = false;  // nor which targets a refused row concerns
  check::CheckResult result = check::check_paths(o.paths, copts);
  if (!result.cache_error.empty())
    std::cerr << i18n::tr(lang, "check.cache-not-written", fmt::arg("reason", result.cache_error)) << "\n";

  // Each file's text for the excerpts, read again when a diagnostic is shown.
  struct Source {
    const plan::Document* doc = nullptr;
    std::optional<std::string> text;
    std::unique_ptr<util::LineIndex> lines;
  };
  std::unordered_map<std::string, Source> sources;
  for (const auto& f : result.files) sources[f->doc.path].doc = &f->doc;

  check::DiagnosticOptions r;
  r.format = *check::parse_format(o.format);
  r.lang = lang;
  r.color = r.format == check::DiagnosticFormat::text && use_color(g.color);
  r.quiet = o.quiet;
  r.max_diagnostics = o.max_diagnostics;
  r.files = result.checked_files.size();
  r.file_names = result.checked_files;
  r.strict = o.strict;
  r.source_line = [&](const std::string& file, int line) -> std::string_view {
    auto it = sources.find(file);
    if (it == sources.end()) return {};
    Source& src = it->second;
    if (!src.lines) {
      src.text = check::source_text(*src.doc, lang);
      src.lines = std::make_unique<util::LineIndex>(src.text ? std::string_view(*src.text) : std::string_view{});
    }
    return src.lines->line_text(line);
  };
  check::write_report(std::cout, result.diagnostics, r);
  std::cout.flush();

  check::SeverityCounts c = check::count(result.diagnostics);
  int code = result.unreadable ? kUsage : c.errors > 0 || (o.strict && c.warnings > 0) ? kFound : kOk;
  util::keep_until_exit(std::move(result));  // about to exit: not torn down plan by plan
  return code;
}

}  // namespace scip::cli
