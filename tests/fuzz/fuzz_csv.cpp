// fuzz_csv — libFuzzer target: any bytes as a CSV submission. Covers encoding
// detection and block-wise decoding (UTF-8, BOM, UTF-16, GB18030), the
// streaming RFC 4180 reader, and every submission rule against a small fixed
// corpus (a prefecture with three counties, two indicators). The plain
// parse_csv path is run too, so the reader is exercised even when the
// checker stops at the header.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "check/checker.h"
#include "check/rules.h"
#include "util/csv_reader.h"

namespace {
const char* kPlan =
    "scip: 1\ntype: plan\nid: demo-2021-2025\ntitle: 示例市实施方案\n"
    "region: {code: \"640500\", name: 中卫市, level: prefecture}\n"
    "regions:\n  - {code: \"640502\", name: 沙坡头区}\n  - {code: \"640521\", name: 中宁县}\n"
    "  - {code: \"640522\", name: 海原县, aliases: [海原]}\n"
    "period: {start: 2021, end: 2025}\nfyp: 14\ndepartments: {cast: 市科协}\n"
    "actions:\n  - id: youth\n    kind: action\n    title: 青少年科学素质提升行动\n    lead: [cast]\n"
    "    targets:\n      - {id: t1, indicator: volunteers, value: 1.3万, unit: 人, by: 2025}\n";
const char* kCatalog =
    "scip: 1\ntype: indicators\nindicators:\n"
    "  - {id: volunteers, name: 科技志愿者, unit: 人, aggregate: sum}\n"
    "  - {id: plan-issued, name: 方案印发, kind: milestone}\n";

const scip::plan::Corpus& corpus() {
  static scip::check::CheckResult base = [] {
    scip::check::CheckOptions o;
    o.threads = 1;
    return scip::check::check_sources({{"plan.yaml", kPlan}, {"indicators.yaml", kCatalog}}, o);
  }();
  return *base.corpus;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  scip::util::Encoding enc;
  (void)scip::util::parse_csv(bytes, &enc);
  scip::check::Diagnostics d(scip::i18n::Lang::en);
  std::vector<scip::check::SubmissionFile> files;
  const scip::check::SubmissionTable table{"a.csv", -1, {}, true, true};
  files.push_back(scip::check::check_submission(table, &bytes, 0, corpus(), scip::util::Date{2026, 1, 1}, d));
  scip::submission::FigureSet set;
  scip::check::merge_submissions(files, {"a.csv"}, corpus(), set, d);
  return 0;
}
