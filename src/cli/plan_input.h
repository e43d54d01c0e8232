// cli/plan_input — one plan file as a command's input (diff, cover).
//
// The file is checked as `scip check` would; a plan with errors is refused
// with its diagnostics on stderr (exit code 2), so that no command compares
// or measures a plan that does not say what its author meant.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "i18n/messages.h"
#include "plan/model.h"

namespace scip::cli {

// The plan in `file`, or nothing (diagnostics printed, `exit` set to 2).
std::optional<plan::Plan> load_plan(const std::string& file, i18n::Lang lang, uint64_t max_file_size, int& exit);

// The file among `paths` (files and folders) that holds the plan `id`, or "".
std::string find_plan_file(const std::string& id, const std::vector<std::string>& paths, i18n::Lang lang,
                           uint64_t max_file_size);

}  // namespace scip::cli
