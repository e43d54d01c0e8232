// cli/tasks_cmd — `scip tasks PATHS [--plan ID] [--as-of DATE]`.
//
// The paths are checked as `scip check` would (errors stop it, exit 2, but
// not those of submission rows, which this view does not read). The
// plan is --plan, or the one plan the task ledgers (type: ledger) name; then
// inspection/task_view lists every task of it with each region's latest
// status as of the day, and the milestones' state (inspection/task_report).
//
// Exit codes: 0 printed; 2 usage errors, unreadable files, files with errors,
// no plan to show (none named, several named, or not among the paths).
#include "cli/tasks_cmd.h"

#include <iostream>
#include <set>

#include "cli/plan_input.h"
#include "inspection/task_report.h"
#include "inspection/task_view.h"

namespace scip::cli {

namespace {
const std::vector<std::string> kTasksFormats = {"table", "markdown", "csv", "json"};
}  // namespace

CLI::App* setup_tasks(CLI::App& app, TasksCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("tasks", i18n::tr(lang, "help.tasks"));
  cmd->add_option("paths", o.paths, i18n::tr(lang, "help.tasks.paths"))->required()->type_name("PATHS");
  cmd->add_option("--plan", o.plan, i18n::tr(lang, "help.tasks.plan"))->type_name("ID");
  cmd->add_option("--as-of", o.as_of, i18n::tr(lang, "help.findings.as-of"))->check(date_validator(lang))->type_name("DATE");
  cmd->add_option("--format", o.format, i18n::tr(lang, "help.tasks.format"))
      ->check(CLI::IsMember(kTasksFormats))
      ->each([&o](const std::string&) { o.format_given = true; })
      ->capture_default_str();
  cmd->add_option("--width", o.width, i18n::tr(lang, "help.progress.width"))->check(CLI::Range(40, 1000))->type_name("N");
  add_max_file_size(cmd, o.max_file_size, lang);
  cmd->footer(i18n::tr(lang, "help.tasks.examples"));
  return cmd;
}

int run_tasks(const TasksCmdOptions& opts, const GlobalOptions& g, i18n::Lang lang) {
  TasksCmdOptions o = opts;
  o.format = output_format(o.format, o.format_given, g.output, kTasksFormats);
  util::Date as_of = o.as_of.empty() ? util::today() : *util::parse_date(o.as_of);
  auto checked = checked_inputs(o.paths, as_of, o.max_file_size, lang, "tasks.error.invalid", false);
  if (!checked) return kUsage;
  const check::CheckResult& result = *checked;
  std::vector<const plan::Ledger*> ledgers;
  std::set<std::string> named;
  for (const auto& f : result.files)
    if (f->ledger) {
      ledgers.push_back(&*f->ledger);
      named.insert(f->ledger->plan);
    }
  std::string id = o.plan;
  if (id.empty() && named.size() == 1) id = *named.begin();
  const plan::Plan* plan = nullptr;
  for (const auto& f : result.files)
    if (f->plan && f->plan->id == id) plan = &*f->plan;
  if (!plan) {
    std::cerr << "scip: "
              << (id.empty() ? i18n::tr(lang, named.empty() ? "tasks.error.no-ledger" : "tasks.error.several",
                                        fmt::arg("ids", fmt::format("{}", fmt::join(named, ", "))))
                             : i18n::tr(lang, "tasks.error.plan-not-found", fmt::arg("id", id)))
              << "\n";
    return kUsage;
  }
  inspection::TaskView view = inspection::build_task_view(*plan, ledgers, as_of);
  inspection::ReportOptions ro;
  ro.format = inspection::format_from_word(o.format);
  ro.lang = lang;
  ro.width = o.format == "table" ? table_width(o.width, g) : 0;
  inspection::write_task_view(std::cout, view, ro);
  return kOk;
}

}  // namespace scip::cli
