// cli/template_cmd — `scip template PATHS --plan ID -o FILE.xlsx`: the 报送模板.
#pragma once

#include "cli/common.h"

namespace scip::cli {

struct TemplateCmdOptions {
  std::vector<std::string> paths;
  std::string plan;     // id; may be left out when the paths hold one plan
  std::string regions;  // codes or names, comma-separated; empty: the regions under the plan's
  std::string period;   // empty: last year
};

CLI::App* setup_template(CLI::App& app, TemplateCmdOptions& opts, i18n::Lang lang);
int run_template(const TemplateCmdOptions& opts, const GlobalOptions& g, i18n::Lang lang);

}  // namespace scip::cli
