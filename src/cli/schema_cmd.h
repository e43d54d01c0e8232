// cli/schema_cmd — `scip schema plan|indicators`: print an embedded schema.
#pragma once

#include "cli/common.h"

namespace scip::cli {

struct SchemaCmdOptions {
  std::string name;
};

CLI::App* setup_schema(CLI::App& app, SchemaCmdOptions& opts, i18n::Lang lang);
int run_schema(const SchemaCmdOptions& opts);

}  // namespace scip::cli
