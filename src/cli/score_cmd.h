// cli/score_cmd — `scip score PATHS`: the regions scored against a 评分细则.
#pragma once

#include <string>
#include <vector>

#include "check/checker.h"
#include "cli/common.h"

namespace scip::cli {

struct ScoreCmdOptions {
  std::vector<std::string> paths;  // the rubric, its plan, figures, findings, ledgers; or folders
  std::string rubric;              // its id; default: the one rubric among the paths
  std::string scores;              // the manual scores (自评分 / 审核分): a CSV or workbook
  std::string as_of;
  std::string explain;             // a region: each item's score and how
  std::string format = "table";
  bool format_given = false;
  int width = 0;
  uint64_t max_file_size = check::CheckOptions::kDefaultMaxFileSize;
};

CLI::App* setup_score(CLI::App& app, ScoreCmdOptions& opts, i18n::Lang lang);
int run_score(const ScoreCmdOptions& opts, const GlobalOptions& g, i18n::Lang lang);

}  // namespace scip::cli
