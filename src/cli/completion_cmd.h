// cli/completion_cmd — `scip completion bash|zsh|fish`: a completion script.
#pragma once

#include "cli/common.h"

namespace scip::cli {

struct CompletionCmdOptions {
  std::string shell;
};

CLI::App* setup_completion(CLI::App& app, CompletionCmdOptions& opts, i18n::Lang lang);
int run_completion(const CompletionCmdOptions& opts, const CLI::App& app);

}  // namespace scip::cli
