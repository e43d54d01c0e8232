// scip — the command line. main() is the table of contents: choose the
// language, declare the subcommands, parse, run the one asked for, and turn
// anything unexpected into exit code 3 with a request to report it.
#include <malloc.h>
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

#include "cli/check_cmd.h"
#include "cli/common.h"
#include "cli/completion_cmd.h"
#include "cli/cover_cmd.h"
#include "cli/diff_cmd.h"
#include "cli/explain_cmd.h"
#include "cli/findings_cmd.h"
#include "cli/import_cmd.h"
#include "cli/score_cmd.h"
#include "cli/tasks_cmd.h"
#include "cli/init_cmd.h"
#include "cli/manpage_cmd.h"
#include "cli/progress_cmd.h"
#include "cli/usage_error.h"
#include "cli/regions_cmd.h"
#include "cli/template_cmd.h"
#include "cli/schema_cmd.h"
#include "util/heap.h"

using namespace scip;

int main(int argc, char** argv) {
  // Blocks of 256 KiB and more straight from the system, and back to it when
  // freed: each submission file's figures (a megabyte at national scale) are
  // freed as they are merged, and must not stay in the heap while the merged
  // set grows (glibc's default threshold rises with use and keeps them).
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  i18n::Lang lang = cli::lang_from_args(argc, argv);
  try {
    CLI::App app{i18n::tr(lang, "help.app"), "scip"};
    // CLI11's own words in --help, from the message table like every other
    // word (subcommands copy this formatter when they are added below).
    for (const char* label : {"Usage", "Positionals", "Options", "Subcommands", "OPTIONS", "SUBCOMMAND",
                              "REQUIRED", "TEXT", "UINT", "INT", "PATH", "FILE", "DIR", "CODE", "STATUSES", "QUERY"})
      app.get_formatter()->label(label, i18n::tr(lang, std::string("cli.label.") + label));
    app.option_defaults()->group(i18n::tr(lang, "cli.label.Options"));
    app.set_help_flag("-h,--help", i18n::tr(lang, "help.help"));
    app.set_version_flag("-V,--version", std::string("scip ") + SCIP_VERSION, i18n::tr(lang, "help.version"));
    app.require_subcommand(1);
    app.fallthrough();
    app.footer(i18n::tr(lang, "help.app.footer"));

    cli::GlobalOptions global;
    app.add_option("--lang", global.lang, i18n::tr(lang, "help.lang"))->check(CLI::IsMember({"zh", "en"}));
    app.add_option("--color", global.color, i18n::tr(lang, "help.color"))
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_option("-o,--output", global.output, i18n::tr(lang, "help.output"))->type_name("FILE");

    cli::CheckCmdOptions check_opts;
    cli::ExplainCmdOptions explain_opts;
    cli::SchemaCmdOptions schema_opts;
    cli::DiffCmdOptions diff_opts;
    cli::CoverCmdOptions cover_opts;
    cli::InitCmdOptions init_opts;
    cli::ImportCmdOptions import_opts;
    cli::FindingsCmdOptions findings_opts;
    cli::TasksCmdOptions tasks_opts;
    cli::ScoreCmdOptions score_opts;
    cli::ProgressCmdOptions progress_opts;
    cli::CompletionCmdOptions completion_opts;
    cli::RegionsCmdOptions regions_opts;
    cli::TemplateCmdOptions template_opts;
    CLI::App* check = cli::setup_check(app, check_opts, lang);
    CLI::App* explain = cli::setup_explain(app, explain_opts, lang);
    CLI::App* diff = cli::setup_diff(app, diff_opts, lang);
    CLI::App* cover = cli::setup_cover(app, cover_opts, lang);
    CLI::App* init = cli::setup_init(app, init_opts, lang);
    CLI::App* import = cli::setup_import(app, import_opts, lang);
    CLI::App* progress = cli::setup_progress(app, progress_opts, lang);
    CLI::App* findings = cli::setup_findings(app, findings_opts, lang);
    CLI::App* tasks = cli::setup_tasks(app, tasks_opts, lang);
    CLI::App* score = cli::setup_score(app, score_opts, lang);
    CLI::App* regions = cli::setup_regions(app, regions_opts, lang);
    CLI::App* templ = cli::setup_template(app, template_opts, lang);
    CLI::App* schema = cli::setup_schema(app, schema_opts, lang);
    CLI::App* completion = cli::setup_completion(app, completion_opts, lang);
    CLI::App* manpage = cli::setup_manpage(app, lang);
    for (CLI::App* sub : {check, diff, cover, init, import, progress, findings, tasks, score, regions, templ, explain, schema, completion, manpage})
      sub->set_help_flag("-h,--help", i18n::tr(lang, "help.help"));

    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
      std::cerr << "scip: " << i18n::tr(lang, "usage.error", fmt::arg("detail", cli::usage_error_text(e.what(), lang))) << "\n"
                << i18n::tr(lang, "usage.hint") << "\n";
      return cli::kUsage;
    }
    // A run that decodes a whole corpus from the cache is bound by the page
    // faults of its fresh heap: it runs again once with glibc asked for huge
    // pages (util/heap.h), before anything is read or written.
    if ((check->parsed() && !check_opts.cache.empty()) || (progress->parsed() && !progress_opts.cache.empty()))
      util::rerun_with_huge_page_heap(argv);

    auto run = [&]() -> int {
      if (check->parsed()) return cli::run_check(check_opts, global, lang);
      if (diff->parsed()) return cli::run_diff(diff_opts, global, lang);
      if (cover->parsed()) return cli::run_cover(cover_opts, global, lang);
      if (init->parsed()) return cli::run_init(init_opts, lang);
      if (import->parsed()) return cli::run_import(import_opts, global, lang);
      if (progress->parsed()) return cli::run_progress(progress_opts, global, lang);
      if (findings->parsed()) return cli::run_findings(findings_opts, global, lang);
      if (tasks->parsed()) return cli::run_tasks(tasks_opts, global, lang);
      if (score->parsed()) return cli::run_score(score_opts, global, lang);
      if (explain->parsed()) return cli::run_explain(explain_opts, lang);
      if (regions->parsed()) return cli::run_regions(regions_opts, lang);
      if (templ->parsed()) return cli::run_template(template_opts, global, lang);
      if (schema->parsed()) return cli::run_schema(schema_opts);
      if (completion->parsed()) return cli::run_completion(completion_opts, app);
      if (manpage->parsed()) return cli::run_manpage(app, lang);
      return cli::kUsage;
    };
    if (global.output.empty()) return run();
    std::vector<std::string> inputs = check_opts.paths;
    inputs.insert(inputs.end(), progress_opts.paths.begin(), progress_opts.paths.end());
    inputs.insert(inputs.end(), template_opts.paths.begin(), template_opts.paths.end());
    inputs.insert(inputs.end(), findings_opts.paths.begin(), findings_opts.paths.end());
    inputs.insert(inputs.end(), tasks_opts.paths.begin(), tasks_opts.paths.end());
    inputs.insert(inputs.end(), score_opts.paths.begin(), score_opts.paths.end());
    inputs.push_back(score_opts.scores);
    inputs.insert(inputs.end(), {diff_opts.old_file, diff_opts.new_file, cover_opts.child, cover_opts.parent, import_opts.document});
    return cli::run_to_file(global, inputs, lang, run);
  } catch (const std::exception& e) {
    std::cerr << "scip: " << i18n::tr(lang, "internal.error", fmt::arg("detail", e.what())) << "\n";
    return cli::kInternal;
  }
}
