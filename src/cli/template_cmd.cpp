// cli/template_cmd — the 报送模板 a plan's regions fill in (submission/template).
//
// The paths are checked as by `scip check` (the plan and its catalog must be
// among them, without errors); the workbook has a sheet per region that
// reports to the plan, or per region given with --regions. Exit 0 with the
// workbook written, 2 on a usage error or when the plans have errors.
#include "cli/template_cmd.h"

#include <unistd.h>

#include <iostream>

#include "check/checker.h"
#include "check/report.h"
#include "submission/template.h"
#include "util/date.h"
#include "util/period.h"
#include "util/text.h"

namespace scip::cli {

CLI::App* setup_template(CLI::App& app, TemplateCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("template", i18n::tr(lang, "help.template"));
  cmd->add_option("paths", o.paths, i18n::tr(lang, "help.template.paths"))->required()->type_name("PATH");
  cmd->add_option("--plan", o.plan, i18n::tr(lang, "help.template.plan"))->type_name("ID");
  cmd->add_option("--regions", o.regions, i18n::tr(lang, "help.template.regions"))->type_name("CODES");
  cmd->add_option("--period", o.period, i18n::tr(lang, "help.template.period"))
      ->check([lang](const std::string& v) { return util::parse_period(v) ? std::string() : i18n::tr(lang, "usage.bad-period", fmt::arg("value", v)); });
  cmd->footer(i18n::tr(lang, "help.template.examples"));
  return cmd;
}

namespace {

// The plan asked for, or the only one; nullptr (and a message) otherwise.
const plan::Plan* chosen_plan(const plan::Corpus& corpus, const std::string& id, i18n::Lang lang) {
  std::vector<std::string> ids;
  for (const plan::Plan* p : corpus.plans) {
    if (p->id == id) return p;
    ids.push_back(p->id);
  }
  if (id.empty() && corpus.plans.size() == 1) return corpus.plans.front();
  if (id.empty()) std::cerr << "scip: " << i18n::tr(lang, "template.error.which-plan", fmt::arg("ids", fmt::join(ids, ", "))) << "\n";
  else not_found(lang, "progress.error.plan", id, util::did_you_mean(id, ids));
  return nullptr;
}

}  // namespace

int run_template(const TemplateCmdOptions& o, const GlobalOptions& g, i18n::Lang lang) {
  if (xlsx_to_terminal("xlsx", g, lang)) return kUsage;
  check::CheckOptions copts;
  copts.lang = lang;
  check::CheckResult result = check::check_paths(o.paths, copts);
  std::vector<check::Diagnostic> errors;
  for (const auto& d : result.diagnostics)
    if (d.severity == check::Severity::error && !d.about_figures) errors.push_back(d);
  if (!errors.empty() || result.unreadable) {
    check::DiagnosticOptions ro;
    ro.lang = lang;
    check::write_report(std::cerr, errors, ro);
    std::cerr << "scip: " << i18n::tr(lang, "template.error.invalid") << "\n";
    return kUsage;
  }
  const plan::Corpus& corpus = *result.corpus;
  const plan::Plan* p = chosen_plan(corpus, o.plan, lang);
  if (!p) return kUsage;
  submission::TemplateOptions t;
  t.lang = lang;
  t.period = o.period.empty() ? std::to_string(util::today().year - 1) : o.period;
  if (submission::plan_indicators(*p, corpus).empty()) {
    std::cerr << "scip: " << i18n::tr(lang, "template.error.no-indicators", fmt::arg("id", p->id)) << "\n";
    return kUsage;
  }
  for (const auto& name : split_commas(o.regions)) {
    plan::Resolved r = corpus.regions.resolve(name);
    if (r.id < 0) return not_found(lang, "progress.error.region", name, corpus.regions.suggest(name));
    t.regions.push_back(r.id);
  }
  if (t.regions.empty()) t.regions = corpus.subregions(p);
  if (t.regions.empty()) {  // a county's plan: the county itself reports
    plan::Resolved own = corpus.regions.resolve(p->region.code);
    if (own.id >= 0) t.regions.push_back(own.id);
  }
  submission::write_template(std::cout, *p, corpus, t);
  return kOk;
}

}  // namespace scip::cli
