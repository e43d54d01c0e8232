// cli/progress_cmd — `scip progress PATH...`.
#pragma once

#include "check/checker.h"
#include "cli/common.h"

namespace scip::cli {

struct ProgressCmdOptions {
  std::vector<std::string> paths;
  std::string format = "table";
  bool format_given = false;  // --format on the command line (else from -o's extension)
  std::string by = "target";
  std::string method = "linear";
  std::string as_of;  // empty: today
  double behind_margin = 20;
  std::string status;  // comma-separated
  std::string fail_on;  // comma-separated statuses that make the exit code 1
  std::string plans;   // comma-separated
  std::string region;
  std::string explain;
  bool all = false;
  std::string cache;  // --cache DIR (or SCIP_CACHE), as for check: the plans' own results reused
  bool strict = false;  // warnings about the figures fail too (exit 1)
  int width = 0;        // --width; 0: the terminal's, or 100
  uint64_t max_file_size = check::CheckOptions::kDefaultMaxFileSize;
};

CLI::App* setup_progress(CLI::App& app, ProgressCmdOptions& opts, i18n::Lang lang);
int run_progress(const ProgressCmdOptions& opts, const GlobalOptions& global, i18n::Lang lang);

}  // namespace scip::cli
