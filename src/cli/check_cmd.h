// cli/check_cmd — `scip check PATH...`.
#pragma once

#include "check/checker.h"
#include "cli/common.h"

namespace scip::cli {

struct CheckCmdOptions {
  std::vector<std::string> paths;
  std::vector<std::string> context;  // --context PATH: read for cross-file rules, not reported
  std::string format = "auto";
  bool strict = false;
  bool quiet = false;
  size_t max_diagnostics = 1000;
  std::string as_of;  // --as-of YYYY-MM-DD; empty: today
  uint64_t max_file_size = check::CheckOptions::kDefaultMaxFileSize;
  std::string cache;  // --cache DIR (or SCIP_CACHE); empty: no cache
};

CLI::App* setup_check(CLI::App& app, CheckCmdOptions& opts, i18n::Lang lang);
int run_check(const CheckCmdOptions& opts, const GlobalOptions& global, i18n::Lang lang);

}  // namespace scip::cli
