// cli/cover_cmd — `scip cover CHILD [PARENT]`: 对标对表.
//
// Both plans are checked first (a plan with errors is refused, exit 2). The
// parent is the second argument, or the plan whose id the child's `parent:`
// names, looked for in the --in paths (default: the folder above the child's,
// such as plans/ for plans/ningxia/x.yaml). Then diff/coverage says which of
// the parent's actions, tasks and quantified targets the child implements.
//
// Formats: table, Markdown, JSON, a self-contained page (html) and a workbook
// (xlsx); -o FILE's extension chooses when --format is not given.
//
// Exit codes: 0 the coverage was printed; 1 it was printed and is below
// --min-coverage; 2 usage errors, unreadable files, plans with errors, or a
// parent that cannot be found.
#include "cli/cover_cmd.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "cli/plan_input.h"
#include "diff/coverage.h"

namespace scip::cli {

namespace {
const std::vector<std::string> kCoverFormats = {"table", "markdown", "json", "html", "xlsx"};
}  // namespace

CLI::App* setup_cover(CLI::App& app, CoverCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("cover", i18n::tr(lang, "help.cover"));
  cmd->add_option("child", o.child, i18n::tr(lang, "help.cover.child"))->required()->type_name("FILE");
  cmd->add_option("parent", o.parent, i18n::tr(lang, "help.cover.parent"))->type_name("FILE");
  cmd->add_option("--in", o.search, i18n::tr(lang, "help.cover.in"))->type_name("PATH");
  cmd->add_option("--format", o.format, i18n::tr(lang, "help.cover.format"))
      ->check(CLI::IsMember(kCoverFormats))
      ->each([&o](const std::string&) { o.format_given = true; })
      ->capture_default_str();
  cmd->add_option("--min-coverage", o.min_coverage, i18n::tr(lang, "help.cover.min-coverage"))
      ->check(CLI::Range(0.0, 100.0))
      ->type_name("PERCENT");
  add_max_file_size(cmd, o.max_file_size, lang);
  cmd->footer(i18n::tr(lang, "help.cover.examples"));
  return cmd;
}

int run_cover(const CoverCmdOptions& opts, const GlobalOptions& g, i18n::Lang lang) {
  CoverCmdOptions o = opts;
  o.format = output_format(o.format, o.format_given, g.output, kCoverFormats);
  if (xlsx_to_terminal(o.format, g, lang)) return kUsage;
  int exit = kOk;
  auto child = load_plan(o.child, lang, o.max_file_size, exit);
  if (!child) return exit;
  std::string parent_file = o.parent;
  if (parent_file.empty()) {
    if (child->parent.empty()) {
      std::cerr << "scip: " << i18n::tr(lang, "cover.error.no-parent", fmt::arg("file", o.child)) << "\n";
      return kUsage;
    }
    std::vector<std::string> where = o.search;
    if (where.empty()) where.push_back(std::filesystem::path(o.child).parent_path().parent_path().lexically_normal().string());
    if (where.back().empty()) where.back() = ".";
    parent_file = find_plan_file(child->parent, where, lang, o.max_file_size);
    if (parent_file.empty()) {
      std::cerr << "scip: " << i18n::tr(lang, "cover.error.parent-not-found", fmt::arg("id", child->parent),
                                        fmt::arg("where", fmt::join(where, ", ")))
                << "\n";
      return kUsage;
    }
  }
  auto parent = load_plan(parent_file, lang, o.max_file_size, exit);
  if (!parent) return exit;
  diff::Coverage c = diff::cover(*parent, *child);
  diff::CoverFormat format = o.format == "json"       ? diff::CoverFormat::json
                            : o.format == "markdown" ? diff::CoverFormat::markdown
                            : o.format == "html"     ? diff::CoverFormat::html
                            : o.format == "xlsx"     ? diff::CoverFormat::xlsx
                                                     : diff::CoverFormat::table;
  diff::write_coverage(std::cout, c, format, lang);
  if (o.min_coverage >= 0 && c.lowest_percent() < o.min_coverage) {
    std::cerr << "scip: " << i18n::tr(lang, "cover.below-minimum", fmt::arg("lowest", fmt::format("{:.1f}", c.lowest_percent())),
                                      fmt::arg("minimum", o.min_coverage))
              << "\n";
    return kFound;
  }
  return kOk;
}

}  // namespace scip::cli
