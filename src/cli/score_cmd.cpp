// cli/score_cmd — `scip score PATHS [--rubric ID] [--scores FILE] [--as-of DATE] [--explain REGION]`.
//
// The paths are checked as `scip check` would; errors in the rubric, the plan,
// findings or ledgers stop it (exit 2), errors of submission rows only cost
// those rows (as in progress). The rubric is --rubric or the one among the
// paths; its plan must be among them. Then the figures (progress::compute for
// the plan on the day), the findings' ledger, the milestones (task ledgers)
// and the manual scores (--scores) give each item its score in each region
// (inspection/scorecard), printed as a ranking (inspection/score_report): a
// table, Markdown, CSV, JSON, a page or a workbook.
//
// Exit codes: 0 printed; 2 usage errors, files with errors, no rubric or its
// plan not among the paths, a scores file that cannot be read or has a bad
// row, --explain naming no scored region.
#include "cli/score_cmd.h"

#include <iostream>

#include "cli/plan_input.h"
#include "inspection/ledger.h"
#include "inspection/score_report.h"
#include "inspection/scorecard.h"
#include "inspection/task_view.h"
#include "progress/progress.h"
#include "submission/scores.h"
#include "util/text.h"

namespace scip::cli {

namespace {
const std::vector<std::string> kScoreFormats = {"table", "markdown", "csv", "json", "html", "xlsx"};

// The manual scores of --scores, or nullopt with the problems printed.
std::optional<std::vector<submission::ManualScore>> manual_scores(const std::string& path, i18n::Lang lang) {
  if (path.empty()) return std::vector<submission::ManualScore>{};
  submission::ScoresRead r = submission::read_scores(path);
  if (!r.error.empty() || r.no_header) {
    std::string reason = r.no_header ? i18n::tr(lang, "scores.problem.no-header") : r.error;
    std::cerr << "scip: " << i18n::tr(lang, "score.error.scores", fmt::arg("path", path), fmt::arg("reason", reason)) << "\n";
    return std::nullopt;
  }
  for (const auto& p : r.problems)
    std::cerr << p.where << ": " << i18n::tr(lang, p.id, fmt::arg("value", util::quoted(p.value))) << "\n";
  if (!r.problems.empty()) {
    std::cerr << "scip: " << i18n::tr(lang, "score.error.scores-rows", fmt::arg("path", path), fmt::arg("n", r.problems.size())) << "\n";
    return std::nullopt;
  }
  return std::move(r.scores);
}
}  // namespace

CLI::App* setup_score(CLI::App& app, ScoreCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("score", i18n::tr(lang, "help.score"));
  cmd->add_option("paths", o.paths, i18n::tr(lang, "help.score.paths"))->required()->type_name("PATHS");
  cmd->add_option("--rubric", o.rubric, i18n::tr(lang, "help.score.rubric"))->type_name("ID");
  cmd->add_option("--scores", o.scores, i18n::tr(lang, "help.score.scores"))->type_name("FILE");
  cmd->add_option("--as-of", o.as_of, i18n::tr(lang, "help.findings.as-of"))->check(date_validator(lang))->type_name("DATE");
  cmd->add_option("--explain", o.explain, i18n::tr(lang, "help.score.explain"))->type_name("REGION");
  cmd->add_option("--format", o.format, i18n::tr(lang, "help.findings.format"))
      ->check(CLI::IsMember(kScoreFormats))
      ->each([&o](const std::string&) { o.format_given = true; })
      ->capture_default_str();
  cmd->add_option("--width", o.width, i18n::tr(lang, "help.progress.width"))->check(CLI::Range(40, 1000))->type_name("N");
  add_max_file_size(cmd, o.max_file_size, lang);
  cmd->footer(i18n::tr(lang, "help.score.examples"));
  return cmd;
}

int run_score(const ScoreCmdOptions& opts, const GlobalOptions& g, i18n::Lang lang) {
  ScoreCmdOptions o = opts;
  o.format = output_format(o.format, o.format_given, g.output, kScoreFormats);
  if (xlsx_to_terminal(o.format, g, lang)) return kUsage;
  util::Date as_of = o.as_of.empty() ? util::today() : *util::parse_date(o.as_of);
  auto checked = checked_inputs(o.paths, as_of, o.max_file_size, lang, "score.error.invalid", false);
  if (!checked) return kUsage;
  const check::CheckResult& result = *checked;
  const plan::Rubric* rubric = nullptr;
  int rubrics = 0;
  for (const auto& f : result.files)
    if (f->rubric && (o.rubric.empty() || f->rubric->id == o.rubric)) rubric = &*f->rubric, ++rubrics;
  if (!rubric || rubrics > 1) {
    std::cerr << "scip: " << i18n::tr(lang, rubrics > 1 ? "score.error.several" : "score.error.no-rubric") << "\n";
    return kUsage;
  }
  const plan::Plan* plan = nullptr;
  std::vector<const plan::Findings*> findings;
  std::vector<const plan::Ledger*> ledgers;
  for (const auto& f : result.files) {
    if (f->plan && f->plan->id == rubric->plan) plan = &*f->plan;
    if (f->findings && f->findings->id == rubric->findings) findings.push_back(&*f->findings);
    if (f->ledger) ledgers.push_back(&*f->ledger);
  }
  if (!plan) {
    std::cerr << "scip: " << i18n::tr(lang, "score.error.no-plan", fmt::arg("id", rubric->plan)) << "\n";
    return kUsage;
  }
  auto manual = manual_scores(o.scores, lang);
  if (!manual) return kUsage;
  progress::Options po;
  po.as_of = as_of;
  po.all = true;
  po.plans = {plan->id};
  progress::Table table = progress::compute(*result.corpus, result.figures, po);
  std::optional<inspection::Ledger> ledger;
  if (!findings.empty()) ledger = inspection::build_ledger(findings, as_of, inspection::GroupBy::region);
  inspection::TaskView tasks = inspection::build_task_view(*plan, ledgers, as_of);
  inspection::ScoreInputs in{.rubric = rubric, .plan = plan, .corpus = result.corpus.get(), .progress = &table,
                             .findings = ledger ? &*ledger : nullptr, .tasks = &tasks, .manual = &*manual, .as_of = as_of};
  inspection::Scorecard card = inspection::score_regions(in, lang);
  if (!o.explain.empty()) {
    if (inspection::write_score_explanation(std::cout, card, o.explain, lang)) return kOk;
    std::cerr << "scip: " << i18n::tr(lang, "score.error.explain", fmt::arg("region", o.explain)) << "\n";
    return kUsage;
  }
  inspection::ReportOptions ro;
  ro.format = inspection::format_from_word(o.format);
  ro.lang = lang;
  ro.width = o.format == "table" ? table_width(o.width, g) : 0;
  inspection::write_scorecard(std::cout, card, ro);
  return kOk;
}

}  // namespace scip::cli
