// check/report_formats — the CI formats of check/report, one file each.
//
// Internal to check/report: write_report() picks one of these after the
// severity filter (--quiet); each stops after max_diagnostics like the others
// and says how many it left out where its format has room for it.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "check/report.h"

namespace scip::check {

void write_sarif(std::ostream& out, const std::vector<const Diagnostic*>& ds, const DiagnosticOptions& o);
void write_junit(std::ostream& out, const std::vector<const Diagnostic*>& ds, const DiagnosticOptions& o);
void write_gitlab(std::ostream& out, const std::vector<const Diagnostic*>& ds, const DiagnosticOptions& o);

// A fingerprint per diagnostic that survives lines moving: rule, file and
// message (not the position), and the rank among identical ones in that
// file. Code scanning and GitLab use it to tell a new alert from an old one.
std::vector<std::string> fingerprints(const std::vector<const Diagnostic*>& ds);

// The message with its hint, for formats that have one text field.
std::string message_with_hint(const Diagnostic& d);

// "… N more diagnostics not shown (--max-diagnostics M)", which every format
// says in its own place when it stopped early.
std::string omitted_text(const DiagnosticOptions& o, size_t omitted);

}  // namespace scip::check
