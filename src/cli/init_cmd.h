// cli/init_cmd — `scip init --parent PLAN --region CODE`: a child plan to fill in.
#pragma once

#include "check/checker.h"
#include "cli/common.h"

namespace scip::cli {

struct InitCmdOptions {
  std::string parent;               // a plan file, or a plan id looked for with --in
  std::string region;               // code or name (GB/T 2260 registry)
  std::vector<std::string> search;  // where to look for a parent given by id; default: plans
  uint64_t max_file_size = check::CheckOptions::kDefaultMaxFileSize;
};

CLI::App* setup_init(CLI::App& app, InitCmdOptions& opts, i18n::Lang lang);
int run_init(const InitCmdOptions& opts, i18n::Lang lang);

}  // namespace scip::cli
