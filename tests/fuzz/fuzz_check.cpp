// fuzz_check — libFuzzer target: any bytes as a plan file, through the whole
// of `scip check` for one YAML file (encoding, YAML parse with positions,
// typing, schema, plan or catalog rules, corpus rules) and the text and JSON
// reports. Paired with a fixed catalog so the corpus rules have something to
// look across. Any crash, leak, hang or sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

#include "check/checker.h"
#include "check/report.h"
#include "plan/yaml_tree.h"

namespace {
const char* kCatalog =
    "scip: 1\ntype: indicators\nindicators:\n"
    "  - {id: rural-teacher-training, name: 农村教师培训, unit: 人次}\n";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  scip::check::CheckOptions opts;
  opts.threads = 1;
  opts.as_of = scip::util::Date{2026, 1, 1};
  scip::check::CheckResult r = scip::check::check_sources({{"plan.yaml", text}, {"indicators.yaml", kCatalog}}, opts);
  std::unique_ptr<scip::util::LineIndex> index;
  scip::check::DiagnosticOptions ro;
  ro.source_line = [&](const std::string& file, int line) -> std::string_view {
    if (file != "plan.yaml" || r.files.empty() || r.files[0]->doc.text.empty()) return {};
    if (!index) index = std::make_unique<scip::util::LineIndex>(r.files[0]->doc.text);
    return index->line_text(line);
  };
  std::ostringstream out;
  scip::check::write_report(out, r.diagnostics, ro);  // text, with source excerpts
  ro.format = scip::check::DiagnosticFormat::json;
  ro.lang = scip::i18n::Lang::zh;
  scip::check::write_report(out, r.diagnostics, ro);
  return 0;
}
