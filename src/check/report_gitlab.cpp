// check/report_gitlab — diagnostics as a GitLab Code Quality report (a JSON
// array of issues), shown in merge requests as the "Code Quality" widget.
//
// Each diagnostic: description (message and hint), check_name (the code),
// fingerprint (as SARIF's: unchanged when lines move, so GitLab tells new
// issues from old), severity (error → major, warning → minor, note → info),
// location.path and location.lines.begin (1 when the problem has no line).
// The path is as scip was given it: run scip from the repository root.
#include "check/report_formats.h"
#include "util/hash.h"
#include "util/json_writer.h"

namespace scip::check {

void write_gitlab(std::ostream& out, const std::vector<const Diagnostic*>& ds, const DiagnosticOptions& o) {
  size_t shown = std::min(ds.size(), o.max_diagnostics);
  std::vector<const Diagnostic*> kept(ds.begin(), ds.begin() + static_cast<std::ptrdiff_t>(shown));
  std::vector<std::string> prints = fingerprints(kept);
  util::JsonWriter w(out);
  w.begin_array(true);
  for (size_t i = 0; i < kept.size(); ++i) {
    const Diagnostic& d = *kept[i];
    const char* severity = d.severity == Severity::error ? "major" : d.severity == Severity::warning ? "minor" : "info";
    w.begin_object().field("description", message_with_hint(d)).field("check_name", d.code);
    w.field("fingerprint", prints[i]).field("severity", severity);
    w.key("location").begin_object().field("path", d.file);
    w.key("lines").begin_object().field("begin", d.pos.known() ? d.pos.line : 1).end_object();
    w.end_object().end_object();
  }
  // The format has no summary: diagnostics left out by --max-diagnostics are
  // one more entry, never dropped in silence.
  if (ds.size() > shown) {
    std::string text = omitted_text(o, ds.size() - shown);
    w.begin_object().field("description", text).field("check_name", "max-diagnostics");
    w.field("fingerprint", util::hash128(text).hex()).field("severity", "info");
    w.key("location").begin_object().field("path", ds[shown]->file);
    w.key("lines").begin_object().field("begin", 1).end_object().end_object().end_object();
  }
  w.end_array();
  out << "\n";
}

}  // namespace scip::check
