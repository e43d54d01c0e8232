// cli/plan_input — checked files as a command's input: one plan (diff, cover,
// init), or a corpus of records (findings, tasks, score).
//
// The file is checked as `scip check` would; a plan with errors is refused
// with its diagnostics on stderr (exit code 2), so that no command compares
// or measures a plan that does not say what its author meant.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "check/checker.h"
#include "i18n/messages.h"
#include "plan/model.h"

namespace scip::cli {

// The plan in `file`, or nothing (diagnostics printed, `exit` set to 2).
std::optional<plan::Plan> load_plan(const std::string& file, i18n::Lang lang, uint64_t max_file_size, int& exit);
// Two plans, as load_plan each (checked alone, never as one corpus), the two
// checks on two threads; a refused plan's errors are printed in the order
// of the files, as two load_plan calls would print them.
std::pair<std::optional<plan::Plan>, std::optional<plan::Plan>> load_plan_pair(const std::string& first,
                                                                                const std::string& second,
                                                                                i18n::Lang lang,
                                                                                uint64_t max_file_size, int& exit);

// The paths checked as `scip check` would, as of `as_of`; nullopt when a
// file has errors (printed on stderr, then `message_id`): a view of records
// that contradict themselves would count wrong. With `rows_fatal` false, the
// errors of submission rows are not (they cost only their rows, and a view
// that does not read figures does not care).
std::optional<check::CheckResult> checked_inputs(const std::vector<std::string>& paths, const util::Date& as_of,
                                                 uint64_t max_file_size, i18n::Lang lang, std::string_view message_id,
                                                 bool rows_fatal);

// The file among `paths` (files and folders) that holds the plan `id`, or "".
std::string find_plan_file(const std::string& id, const std::vector<std::string>& paths, i18n::Lang lang,
                           uint64_t max_file_size);

}  // namespace scip::cli
