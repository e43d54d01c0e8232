// check/report — printing diagnostics for people, for programs and for CI.
//
//   text    file:line:col: severity[code]: message, the source line with a
//           caret under the column, the hint, and a one-line summary;
//   json    {"diagnostics":[...],"summary":{...}}, valid JSON for any input;
//   github  GitHub Actions annotations (::error file=…,line=…,col=…::…),
//           errors first;
//   sarif   SARIF 2.1.0 for code scanning (report_sarif.cpp);
//   junit   JUnit XML, one testsuite per file (report_junit.cpp);
//   gitlab  GitLab Code Quality JSON (report_gitlab.cpp).
// Colour is used only when asked for or when writing to a terminal.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "check/diagnostic.h"

namespace scip::check {

enum class DiagnosticFormat { text, json, github, sarif, junit, gitlab };

// "text", "json", "github", "sarif", "junit", "gitlab"; "auto" is github when
// the environment variable GITHUB_ACTIONS is "true" (as in a GitHub Actions
// job), text otherwise. Anything else: nullopt.
std::optional<DiagnosticFormat> parse_format(std::string_view name);
inline constexpr const char* kFormatNames[] = {"auto", "text", "json", "github", "sarif", "junit", "gitlab"};

struct DiagnosticOptions {
  DiagnosticFormat format = DiagnosticFormat::text;
  i18n::Lang lang = i18n::Lang::en;
  bool color = false;
  bool quiet = false;          // errors only
  size_t max_diagnostics = 1000;
  size_t files = 0;            // how many files were checked (for the summary)
  std::vector<std::string> file_names;  // those files (JUnit has a testsuite for each)
  bool strict = false;         // warnings fail too (JUnit: warnings become failures)
  // The text of line `line` of `file`, for the source excerpt; empty if unknown.
  std::function<std::string_view(const std::string& file, int line)> source_line;
};

struct SeverityCounts {
  size_t errors = 0, warnings = 0, notes = 0;
};
SeverityCounts count(const std::vector<Diagnostic>& ds);

void write_report(std::ostream& out, const std::vector<Diagnostic>& ds, const DiagnosticOptions& opts);

}  // namespace scip::check
