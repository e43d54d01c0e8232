// check/report_sarif — diagnostics as SARIF 2.1.0, what GitHub code scanning
// and other SARIF viewers take.
//
// One run. tool.driver lists every rule of the catalog (id, the rule's
// sentence as shortDescription, why it matters as fullDescription, the text
// of `scip explain` as help, the severity as defaultConfiguration.level), so
// a viewer can explain an alert without scip installed. Each diagnostic is a
// result with its ruleIndex, level, message (with the hint) and one physical
// location: the path relative to the folder scip ran in (uriBaseId
// %SRCROOT%, which code scanning takes as the repository root), line and
// column. Columns count code points (columnKind unicodeCodePoints), as
// scip's text output does; in a CSV the column is the field number. A
// partialFingerprint that ignores positions keeps an alert the same alert
// when lines move. tests/sarif_schema.sh validates the output against the
// OASIS schema.
#include <filesystem>
#include <system_error>

#include "check/report_formats.h"
#include "check/rule_catalog.h"
#include "util/json_writer.h"
#include "util/uri.h"

namespace scip::check {

namespace {

const char* level(Severity s) { return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "note"; }

// The path as code scanning wants it: relative to the repository root, taken
// to be the working folder. An absolute path outside it stays absolute.
std::string relative_uri(const std::string& file) {
  namespace fs = std::filesystem;
  fs::path p(file);
  if (p.is_absolute()) {
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    fs::path rel = ec ? fs::path() : p.lexically_normal().lexically_relative(cwd);
    if (!rel.empty() && *rel.begin() != "..") p = rel;
  }
  return util::path_to_uri(p.lexically_normal().generic_string());
}

void write_driver(util::JsonWriter& w, const DiagnosticOptions& o) {
  w.key("tool").begin_object().key("driver").begin_object();
  w.field("name", "scip").field("version", SCIP_VERSION).field("semanticVersion", SCIP_VERSION);
  w.field("informationUri", SCIP_HOMEPAGE).field("language", o.lang == i18n::Lang::zh ? "zh-CN" : "en-US");
  w.key("rules").begin_array(true);
  for (const Rule& r : all_rules()) {
    w.begin_object().field("id", r.code);
    w.key("shortDescription").begin_object().field("text", rule_must(r, o.lang)).end_object();
    w.key("fullDescription").begin_object().field("text", rule_why(r, o.lang)).end_object();
    w.key("help").begin_object().field("text", rule_explanation(r, o.lang)).end_object();
    w.key("defaultConfiguration").begin_object().field("level", level(r.severity)).end_object();
    w.key("properties").begin_object().key("tags").begin_array().value(r.group).end_array().end_object();
    w.end_object();
  }
  w.end_array().end_object().end_object();
}

int rule_index(std::string_view code) {
  auto rules = all_rules();
  for (size_t i = 0; i < rules.size(); ++i)
    if (rules[i].code == code) return static_cast<int>(i);
  return -1;
}

void write_result(util::JsonWriter& w, const Diagnostic& d, const std::string& fingerprint) {
  w.begin_object().field("ruleId", d.code);
  if (int i = rule_index(d.code); i >= 0) w.field("ruleIndex", i);
  w.field("level", level(d.severity));
  w.key("message").begin_object().field("text", message_with_hint(d)).end_object();
  w.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
  w.key("artifactLocation").begin_object().field("uri", relative_uri(d.file)).field("uriBaseId", "%SRCROOT%").end_object();
  if (d.pos.known()) {
    w.key("region").begin_object().field("startLine", d.pos.line);
    if (d.pos.column > 0) w.field("startColumn", d.pos.column);
    w.end_object();
  }
  w.end_object();
  if (!d.sheet.empty())  // a cell of a workbook: the region's line and column are its row and column
    w.key("logicalLocations").begin_array().begin_object().field("fullyQualifiedName", cell_of(d)).field("kind", "element")
        .end_object().end_array();
  w.end_object().end_array();
  w.key("partialFingerprints").begin_object().field("scipDiagnostic/v1", fingerprint).end_object();
  w.end_object();
}

}  // namespace

void write_sarif(std::ostream& out, const std::vector<const Diagnostic*>& ds, const DiagnosticOptions& o) {
  size_t shown = std::min(ds.size(), o.max_diagnostics);
  std::vector<const Diagnostic*> kept(ds.begin(), ds.begin() + static_cast<std::ptrdiff_t>(shown));
  std::vector<std::string> prints = fingerprints(kept);
  util::JsonWriter w(out);
  w.begin_object().field("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
  w.field("version", "2.1.0").key("runs").begin_array().begin_object();
  write_driver(w, o);
  w.field("columnKind", "unicodeCodePoints");
  // The run itself completed; what it found is in results. Diagnostics left
  // out by --max-diagnostics are said here, not dropped in silence.
  w.key("invocations").begin_array().begin_object().field("executionSuccessful", true);
  if (ds.size() > shown) {
    w.key("toolExecutionNotifications").begin_array().begin_object().field("level", "warning");
    w.key("message").begin_object()
        .field("text", omitted_text(o, ds.size() - shown))
        .end_object();
    w.end_object().end_array();
  }
  w.end_object().end_array();
  w.key("results").begin_array(true);
  for (size_t i = 0; i < kept.size(); ++i) write_result(w, *kept[i], prints[i]);
  w.end_array().end_object().end_array().end_object();
  out << "\n";
}

}  // namespace scip::check
