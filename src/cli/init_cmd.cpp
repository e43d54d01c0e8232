// cli/init_cmd — `scip init --parent PLAN --region CODE`.
//
// The parent is a plan file, or a plan id looked for in --in (default:
// plans). The region is a GB/T 2260 code or name, which must lie under the
// parent's region. The skeleton (plan/skeleton) goes to standard output or to
// -o FILE; `scip check` on it then lists what is left to fill in.
//
// Exit codes: 0 written; 2 usage errors, a parent that cannot be read or
// found, a region the registry does not hold or that is not under the parent's.
#include "cli/init_cmd.h"

#include <filesystem>
#include <iostream>

#include "cli/plan_input.h"
#include "plan/skeleton.h"
#include "region/registry.h"

namespace scip::cli {

CLI::App* setup_init(CLI::App& app, InitCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("init", i18n::tr(lang, "help.init"));
  cmd->add_option("--parent", o.parent, i18n::tr(lang, "help.init.parent"))->required()->type_name("PLAN");
  cmd->add_option("--region", o.region, i18n::tr(lang, "help.init.region"))->required()->type_name("CODE");
  cmd->add_option("--in", o.search, i18n::tr(lang, "help.init.in"))->type_name("PATH");
  add_max_file_size(cmd, o.max_file_size, lang);
  cmd->footer(i18n::tr(lang, "help.init.examples"));
  return cmd;
}

int run_init(const InitCmdOptions& o, i18n::Lang lang) {
  std::string file = o.parent;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    std::vector<std::string> where = o.search.empty() ? std::vector<std::string>{"plans"} : o.search;
    file = find_plan_file(o.parent, where, lang, o.max_file_size);
    if (file.empty()) {
      std::cerr << "scip: " << i18n::tr(lang, "init.error.parent", fmt::arg("id", o.parent), fmt::arg("where", fmt::join(where, ", ")))
                << "\n";
      return kUsage;
    }
  }
  int exit = kOk;
  auto parent = load_plan(file, lang, o.max_file_size, exit);
  if (!parent) return exit;
  const region::Record* r = region::Registry::builtin().find(o.region);
  if (!r) {
    std::cerr << "scip: " << i18n::tr(lang, "init.error.region", fmt::arg("value", o.region)) << "\n";
    return kUsage;
  }
  const region::Registry& reg = region::Registry::builtin();
  bool national = parent->region.level == "national";
  if (!national && (r->code == parent->region.code || !reg.under_latest(r->code, parent->region.code).value_or(false))) {
    std::cerr << "scip: "
              << i18n::tr(lang, "init.error.not-under", fmt::arg("code", r->code), fmt::arg("name", r->name),
                          fmt::arg("parent", parent->id), fmt::arg("pcode", parent->region.code))
              << "\n";
    return kUsage;
  }
  plan::SkeletonRegion sr{std::string(r->code), std::string(r->name), std::string(region::level_name(r->level))};
  std::cout << plan::skeleton_plan(*parent, sr, lang);
  return kOk;
}

}  // namespace scip::cli
