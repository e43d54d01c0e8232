// cli/regions_cmd — `scip regions [QUERY]`: look up GB/T 2260 codes and names.
#pragma once

#include "cli/common.h"

namespace scip::cli {

struct RegionsCmdOptions {
  std::string query;
  int year = 0;  // 0: any year
  std::string format = "table";
};

CLI::App* setup_regions(CLI::App& app, RegionsCmdOptions& opts, i18n::Lang lang);
int run_regions(const RegionsCmdOptions& opts, i18n::Lang lang);

}  // namespace scip::cli
