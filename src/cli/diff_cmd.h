// cli/diff_cmd — `scip diff OLD NEW`.
#pragma once

#include "check/checker.h"
#include "cli/common.h"

namespace scip::cli {

struct DiffCmdOptions {
  std::string old_file, new_file;
  std::string format = "text";
  bool format_given = false;  // --format on the command line (else from -o's extension)
  bool stat = false;
  bool exit_code = false;
  bool verbose = false;
  bool all = false;
  std::string fail_on;  // a severity: exit 1 when a change is at least as severe
  double similarity = 0.5;
  uint64_t max_file_size = check::CheckOptions::kDefaultMaxFileSize;
};

CLI::App* setup_diff(CLI::App& app, DiffCmdOptions& opts, i18n::Lang lang);
int run_diff(const DiffCmdOptions& opts, const GlobalOptions& global, i18n::Lang lang);

}  // namespace scip::cli
