// cli/cover_cmd — `scip cover CHILD [PARENT]`: 对标对表, a plan against the plan above it.
#pragma once

#include "check/checker.h"
#include "cli/common.h"

namespace scip::cli {

struct CoverCmdOptions {
  std::string child, parent;  // parent empty: the plan named by the child's `parent:`
  std::vector<std::string> search;  // where to look for it; empty: the folder above the child's
  std::string format = "table";
  bool format_given = false;
  double min_coverage = -1;  // exit 1 below this percent (actions, tasks or quantified targets)
  uint64_t max_file_size = check::CheckOptions::kDefaultMaxFileSize;
};

CLI::App* setup_cover(CLI::App& app, CoverCmdOptions& opts, i18n::Lang lang);
int run_cover(const CoverCmdOptions& opts, const GlobalOptions& global, i18n::Lang lang);

}  // namespace scip::cli
