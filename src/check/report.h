// check/report — printing diagnostics for people, for programs and for CI.
//
//   text    file:line:col: severity[code]: message, the source line with a
//           caret under the column, the hint, and a one-line summary;
//   json    {"diagnostics":[...],"summary":{...}}, valid JSON for any input;
//   github  GitHub Actions annotations (::error file=…,line=…,col=…::…),
//           errors first.
// Colour is used only when asked for or when writing to a terminal.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "check/diagnostic.h"

namespace scip::check {

enum class DiagnosticFormat { text, json, github };

struct DiagnosticOptions {
  DiagnosticFormat format = DiagnosticFormat::text;
  i18n::Lang lang = i18n::Lang::en;
  bool color = false;
  bool quiet = false;          // errors only
  size_t max_diagnostics = 1000;
  size_t files = 0;            // how many files were checked (for the summary)
  // The text of line `line` of `file`, for the source excerpt; empty if unknown.
  std::function<std::string_view(const std::string& file, int line)> source_line;
};

struct SeverityCounts {
  size_t errors = 0, warnings = 0, notes = 0;
};
SeverityCounts count(const std::vector<Diagnostic>& ds);

void write_report(std::ostream& out, const std::vector<Diagnostic>& ds, const DiagnosticOptions& opts);

}  // namespace scip::check
