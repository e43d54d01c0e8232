// cli/explain_cmd — `scip explain CODE` and `scip explain --list`.
#pragma once

#include "cli/common.h"

namespace scip::cli {

struct ExplainCmdOptions {
  std::string code;
  bool list = false;
  std::string format = "text";
};

CLI::App* setup_explain(CLI::App& app, ExplainCmdOptions& opts, i18n::Lang lang);
int run_explain(const ExplainCmdOptions& opts, i18n::Lang lang);

}  // namespace scip::cli
