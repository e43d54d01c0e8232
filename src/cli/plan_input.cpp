// cli/plan_input — see plan_input.h.
#include "cli/plan_input.h"

#include <fmt/format.h>

#include <iostream>
#include <utility>

#include "check/checker.h"
#include "check/report.h"
#include "cli/common.h"
#include "util/parallel.h"

namespace scip::cli {

namespace {

check::CheckResult check_alone(const std::string& file, i18n::Lang lang, uint64_t max_file_size) {
  check::CheckOptions copts;
  copts.lang = lang;
  copts.max_file_size = max_file_size;
  return check::check_paths({file}, copts);
}

// The plan of a file checked alone, or nothing with its errors on stderr.
std::optional<plan::Plan> plan_of(check::CheckResult& r, const std::string& file, i18n::Lang lang, int& exit) {
  std::vector<check::Diagnostic> errors;
  for (const auto& d : r.diagnostics)
    if (d.severity == check::Severity::error) errors.push_back(d);
  if (!errors.empty() || r.unreadable || r.files.empty()) {
    check::DiagnosticOptions ro;
    ro.lang = lang;
    ro.files = r.files.size();
    check::write_report(std::cerr, errors, ro);
    std::cerr << "scip: " << i18n::tr(lang, "plan-input.error.invalid", fmt::arg("file", file)) << "\n";
    exit = kUsage;
    return std::nullopt;
  }
  if (!r.files[0]->plan) {
    std::cerr << "scip: " << i18n::tr(lang, "plan-input.error.not-plan", fmt::arg("file", file)) << "\n";
    exit = kUsage;
    return std::nullopt;
  }
  return std::move(*r.files[0]->plan);
}

}  // namespace

std::optional<plan::Plan> load_plan(const std::string& file, i18n::Lang lang, uint64_t max_file_size, int& exit) {
  check::CheckResult r = check_alone(file, lang, max_file_size);
  return plan_of(r, file, lang, exit);
}

std::pair<std::optional<plan::Plan>, std::optional<plan::Plan>> load_plan_pair(const std::string& first,
                                                                                const std::string& second,
                                                                                i18n::Lang lang,
                                                                                uint64_t max_file_size, int& exit) {
  // What cannot continue stops the command as two calls in a row would: the
  // first file's reason first (util::parallel_for throws the lowest index's).
  const std::string* files[] = {&first, &second};
  std::optional<check::CheckResult> checked[2];
  util::parallel_for(2, 2, [&](size_t i) { checked[i] = check_alone(*files[i], lang, max_file_size); });
  auto a = plan_of(*checked[0], first, lang, exit);
  auto b = plan_of(*checked[1], second, lang, exit);
  return {std::move(a), std::move(b)};
}

std::optional<check::CheckResult> checked_inputs(const std::vector<std::string>& paths, const util::Date& as_of,
                                                 uint64_t max_file_size, i18n::Lang lang, std::string_view message_id,
                                                 bool rows_fatal) {
  check::CheckOptions copts;
  copts.lang = lang;
  copts.as_of = as_of;
  copts.max_file_size = max_file_size;
  check::CheckResult result = check::check_paths(paths, copts);
  std::vector<check::Diagnostic> errors;
  for (const auto& d : result.diagnostics)
    if (d.severity == check::Severity::error && (rows_fatal || !d.about_figures)) errors.push_back(d);
  if (errors.empty() && !result.unreadable) return result;
  check::DiagnosticOptions ro;
  ro.lang = lang;
  ro.files = result.files.size();
  check::write_report(std::cerr, errors, ro);
  std::cerr << "scip: " << i18n::tr(lang, message_id) << "\n";
  return std::nullopt;
}

std::string find_plan_file(const std::string& id, const std::vector<std::string>& paths, i18n::Lang lang,
                           uint64_t max_file_size) {
  check::CheckOptions copts;
  copts.lang = lang;
  copts.max_file_size = max_file_size;
  check::CheckResult r = check::check_paths(paths, copts);
  for (const auto& f : r.files)
    if (f->plan && f->plan->id == id) return f->doc.path;
  return "";
}

}  // namespace scip::cli
