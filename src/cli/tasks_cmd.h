// cli/tasks_cmd — `scip tasks PATHS`: every task of a plan with what the regions report.
#pragma once

#include <string>
#include <vector>

#include "check/checker.h"
#include "cli/common.h"

namespace scip::cli {

struct TasksCmdOptions {
  std::vector<std::string> paths;  // the plan and its ledgers, or folders
  std::string plan;                // the plan's id; default: the one plan the ledgers name
  std::string as_of;
  std::string format = "table";
  bool format_given = false;
  int width = 0;
  uint64_t max_file_size = check::CheckOptions::kDefaultMaxFileSize;
};

CLI::App* setup_tasks(CLI::App& app, TasksCmdOptions& opts, i18n::Lang lang);
int run_tasks(const TasksCmdOptions& opts, const GlobalOptions& g, i18n::Lang lang);

}  // namespace scip::cli
