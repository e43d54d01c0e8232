// cli/findings_cmd — `scip findings PATHS`: the 整改台账 as of a day.
#pragma once

#include <string>
#include <vector>

#include "check/checker.h"
#include "cli/common.h"

namespace scip::cli {

struct FindingsCmdOptions {
  std::vector<std::string> paths;  // findings files (and the plans they concern), or folders
  std::string as_of;               // YYYY-MM-DD; empty: today
  std::string by = "region";       // region | department
  std::string format = "table";
  bool format_given = false;
  bool all = false;     // list closed findings too
  std::string warn = "7,3";  // days before a deadline that warn
  int width = 0;
  bool fail_on_overdue = false;
  uint64_t max_file_size = check::CheckOptions::kDefaultMaxFileSize;
};

CLI::App* setup_findings(CLI::App& app, FindingsCmdOptions& opts, i18n::Lang lang);
int run_findings(const FindingsCmdOptions& opts, const GlobalOptions& g, i18n::Lang lang);

}  // namespace scip::cli
