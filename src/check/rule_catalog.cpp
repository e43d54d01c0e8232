// check/rule_catalog — the table of rules. See rule_catalog.h.
//
// Adding a rule: add its row here, its "rule.<code>.must" and
// "rule.<code>.why" messages (both languages) and its diag./hint. messages in
// i18n/messages.cpp, and a fixture under tests/cli/ that triggers it. The unit
// tests fail until all of these exist.
#include "check/rule_catalog.h"

namespace scip::check {

namespace {

using S = Severity;

constexpr Rule kRules[] = {
    // ---- reading the file -------------------------------------------------
    {"read-error", S::error, "file",
     "scip check plans/missing.yaml", "scip check plans/"},
    {"invalid-encoding", S::error, "file",
     "title: \\xff\\xd6\\x80   # bytes neither UTF-8 nor GB18030", "title: 中卫市…   # saved as UTF-8"},
    {"decoded-encoding", S::note, "file",
     "(a CSV saved by Excel as GBK: 地区,指标,…)", "(the same file saved as CSV UTF-8)"},
    {"file-too-large", S::error, "file",
     "scip check huge.yaml   # 50 MB", "scip check --max-file-size 64M huge.yaml"},
    {"invisible-character", S::error, "file",
     "title: 中卫市\\x00   # a NUL, ESC or stray BOM", "title: 中卫市"},
    {"keyboard-slip", S::error, "yaml",
     "title：中卫市实施方案\nlead: [edu，agri]   # full-width ： and ， from a Chinese input method",
     "title: 中卫市实施方案\nlead: [edu, agri]"},
    {"yaml-syntax", S::error, "yaml",
     "actions:\n  - id: youth\n   title: 青少年", "actions:\n  - id: youth\n    title: 青少年"},
    {"duplicate-key", S::error, "yaml",
     "id: youth\ntitle: 青少年\nid: youth-2", "id: youth\ntitle: 青少年"},
    {"yaml-alias", S::error, "yaml",
     "lead: &leads [edu, cast]\nsupport: *leads", "lead: [edu, cast]\nsupport: [edu, cast]"},
    {"multiple-documents", S::error, "yaml",
     "scip: 1\ntype: plan\n---\nscip: 1\ntype: plan", "# one plan per file\nscip: 1\ntype: plan"},
    {"empty-document", S::error, "yaml",
     "# nothing but a comment", "scip: 1\ntype: plan\n…"},
    {"nesting-too-deep", S::error, "yaml",
     "x: [[[[[[ … 100,000 levels … ]]]]]]", "actions:\n  - tasks:\n      - targets: […]"},
    {"complex-key", S::error, "yaml",
     "? [a, b]\n: value", "a: value"},
    {"not-scip-document", S::warning, "yaml",
     "title: 会议纪要   # no scip: key", "scip: 1\ntype: plan\n…"},
    {"unsupported-version", S::error, "yaml",
     "scip: 2", "scip: 1"},
    {"unknown-document-type", S::error, "yaml",
     "scip: 1\ntype: plans", "scip: 1\ntype: plan"},
    {"number-out-of-range", S::error, "yaml",
     "value: 1e400", "value: 1.3e4"},
    {"yaml11-boolean", S::warning, "yaml",
     "name: no", "name: \"no\""},
    {"needs-quotes", S::error, "yaml",
     "region: {code: 0630, name: 海东市, level: prefecture}",
     "region: {code: \"630200\", name: 海东市, level: prefecture}"},
    // ---- the schema ---------------------------------------------------------
    {"unknown-key", S::error, "schema",
     "  - id: youth-5\n    taregts: []", "  - id: youth-5\n    targets: []"},
    {"missing-key", S::error, "schema",
     "  - id: youth\n    kind: action", "  - id: youth\n    kind: action\n    title: 青少年科学素质提升行动"},
    {"wrong-type", S::error, "schema",
     "lead: edu", "lead: [edu]"},
    {"bad-value", S::error, "schema",
     "kind: projekt", "kind: project"},
    {"invalid-id", S::error, "schema",
     "id: Youth Action", "id: youth"},
    {"invalid-date", S::error, "schema",
     "by: 2021-02-30", "by: 2021-02-28"},
    {"invalid-region-code", S::error, "schema",
     "code: \"64050\"", "code: \"640500\""},
    {"out-of-range", S::error, "schema",
     "period: {start: 1800, end: 2025}", "period: {start: 2021, end: 2025}"},
    {"duplicate-item", S::error, "schema",
     "lead: [edu, edu]", "lead: [edu]"},
    {"empty-value", S::error, "schema",
     "title: \"\"", "title: 青少年科学素质提升行动"},
    {"schema-violation", S::error, "schema",
     "(any other schema rule)", "(as schemas/plan.schema.json says)"},
    // ---- inside a plan ------------------------------------------------------
    {"duplicate-id", S::error, "plan",
     "tasks:\n  - {id: youth-1, title: 科学精神}\n  - {id: youth-1, title: 科学教育}",
     "tasks:\n  - {id: youth-1, title: 科学精神}\n  - {id: youth-2, title: 科学教育}"},
    {"unknown-department", S::error, "plan",
     "departments: {edu: 市教育局}\nactions:\n  - {id: youth, kind: action, title: 青少年, lead: [edu2]}",
     "departments: {edu: 市教育局}\nactions:\n  - {id: youth, kind: action, title: 青少年, lead: [edu]}"},
    {"unused-department", S::warning, "plan",
     "departments: {edu: 市教育局, sport: 市体育局}   # sport never named",
     "departments: {edu: 市教育局}"},
    {"missing-lead", S::error, "plan",
     "  - {id: youth, kind: action, title: 青少年科学素质提升行动, support: [sci]}",
     "  - {id: youth, kind: action, title: 青少年科学素质提升行动, lead: [edu], support: [sci]}"},
    {"period-order", S::error, "plan",
     "period: {start: 2025, end: 2021}", "period: {start: 2021, end: 2025}"},
    {"fyp-mismatch", S::error, "plan",
     "period: {start: 2021, end: 2025}\nfyp: 13", "period: {start: 2021, end: 2025}\nfyp: 14"},
    {"deadline-outside-period", S::error, "plan",
     "period: {start: 2021, end: 2025}\n…\n  by: 2030", "period: {start: 2021, end: 2025}\n…\n  by: 2025"},
    {"milestone-order", S::error, "plan",
     "- {id: launch, title: 启动实施, from: 2022-01-01, by: 2021-12-31}",
     "- {id: launch, title: 启动实施, from: 2021-01-01, by: 2021-12-31}"},
    {"percent-out-of-range", S::error, "plan",
     "{id: coverage, value: 900, unit: \"%\"}", "{id: coverage, value: 90, unit: \"%\"}"},
    {"implausible-target", S::warning, "plan",
     "region: {code: \"640522\", level: county}\n- {id: farmers, indicator: high-quality-farmers, value: 12000, unit: 万人}",
     "region: {code: \"640522\", level: county}\n- {id: farmers, indicator: high-quality-farmers, value: 12000, unit: 人}"},
    {"negative-target", S::error, "plan",
     "{id: farmers, value: -13000, unit: 人}", "{id: farmers, value: 13000, unit: 人}"},
    {"baseline-after-deadline", S::error, "plan",
     "by: 2025\nbaseline: {value: 0, at: 2026-12-31}", "by: 2025\nbaseline: {value: 0, at: 2020-12-31}"},
    {"baseline-meets-target", S::warning, "plan",
     "value: 10\nunit: \"%\"\nbaseline: {value: 12, at: 2020}", "value: 15\nunit: \"%\"\nbaseline: {value: 12, at: 2020}"},
    {"level-mismatch", S::error, "plan",
     "region: {code: \"640500\", name: 中卫市, level: province}",
     "region: {code: \"640500\", name: 中卫市, level: prefecture}"},
    {"allocation-region", S::error, "plan",
     "region: {code: \"640500\", …}\n…\n  allocations: {\"640302\": 5000}   # 利通区, in 吴忠市",
     "region: {code: \"640500\", …}\n…\n  allocations: {\"640502\": 5000}"},
    {"allocation-sum", S::warning, "plan",
     "value: 13000\nallocations: {\"640502\": 5000, \"640521\": 4500, \"640522\": 3000}",
     "value: 13000\nallocations: {\"640502\": 5000, \"640521\": 4500, \"640522\": 3500}"},
    {"region-code-unknown", S::error, "plan",
     "regions:\n  - {code: \"640523\", name: 海原县}   # no region ever had 640523",
     "regions:\n  - {code: \"640522\", name: 海原县}"},
    {"region-code-abolished", S::error, "plan",
     "区县,指标,时期,数值\n130223,…,2021,…   # 滦县: abolished in 2018",
     "区县,指标,时期,数值\n130284,…,2021,…   # 滦州市, its successor"},
    {"region-name-mismatch", S::warning, "plan",
     "regions:\n  - {code: \"640521\", name: 海原县}   # 640521 is 中宁县",
     "regions:\n  - {code: \"640522\", name: 海原县}"},
    {"statistical-region-code", S::note, "plan",
     "regions:\n  - {code: \"640571\", name: 中卫工业园区}   # an NBS statistical unit",
     "(the same: the note says it is kept as listed, unchecked)"},
    // ---- across files -------------------------------------------------------
    {"parent-not-found", S::note, "corpus",
     "parent: ningxia-2021-2025   # not among the checked files",
     "scip check plans/   # with plans/ningxia/ningxia-2021-2025.yaml"},
    {"parent-period", S::error, "corpus",
     "parent: ningxia-2021-2025\nperiod: {start: 2021, end: 2030}",
     "parent: ningxia-2021-2025\nperiod: {start: 2021, end: 2025}"},
    {"parent-region", S::error, "corpus",
     "parent: ningxia-2021-2025   # 640000\nregion: {code: \"630200\", …}",
     "parent: ningxia-2021-2025   # 640000\nregion: {code: \"640500\", …}"},
    {"continues-not-found", S::warning, "corpus",
     "continues: [urban-worker]   # previous plan has urban-workers",
     "continues: [urban-workers]"},
    {"implements-not-found", S::warning, "corpus",
     "parent: national-2021-2035\nactions:\n  - {id: talent, implements: [talents], …}   # the parent has no talents",
     "  - {id: international, implements: [international], …}"},
    {"unknown-indicator", S::error, "catalog",
     "indicator: farmer-training   # not in indicators.yaml",
     "indicator: high-quality-farmers"},
    {"unit-mismatch", S::error, "catalog",
     "indicator: science-volunteers   # unit 人\nunit: 个",
     "indicator: science-volunteers   # unit 人\nunit: 人   # or 万人"},
    {"ambiguous-indicator-name", S::error, "catalog",
     "- {id: a, name: 科技志愿者, …}\n- {id: b, name: 志愿者, aliases: [科技志愿者], …}",
     "- {id: a, name: 科技志愿者, …}\n- {id: b, name: 志愿者, …}"},
    // ---- submissions (CSV) -----------------------------------------------------
    {"csv-missing-column", S::error, "submission",
     "地区,指标,数值\n海东市,科技志愿者,1228", "地区,指标,时期,数值\n海东市,科技志愿者,2020,1228"},
    {"csv-duplicate-column", S::error, "submission",
     "region,indicator,period,value,value", "region,indicator,period,value,note"},
    {"csv-unknown-column", S::warning, "submission",
     "region,indicator,period,vaule", "region,indicator,period,value"},
    {"csv-field-count", S::error, "submission",
     "海东市,科普信息员,2020,12,440", "海东市,科普信息员,2020,\"12,440\""},
    {"csv-unclosed-quote", S::error, "submission",
     "海东市,科技志愿者,2020,\"1228", "海东市,科技志愿者,2020,\"1228\""},
    {"empty-field", S::error, "submission",
     "海东市,科技志愿者,,1228", "海东市,科技志愿者,2020,1228"},
    {"unparsable-value", S::error, "submission",
     "海东市,科技志愿者,2020,一千二百", "海东市,科技志愿者,2020,1228"},
    {"approximate-value", S::note, "submission",
     "海西州,参与答题人数,2020,超4万", "海西州,参与答题人数,2020,40000"},
    {"parts-disagree", S::warning, "submission",
     "地区,指标,时期,数值\n中卫市,高素质农民,2021,3000\n沙坡头区,…,2021,1200\n中宁县,…,2021,900\n海原县,…,2021,800",
     "地区,指标,时期,数值\n中卫市,高素质农民,2021,2900\n沙坡头区,…,2021,1200\n中宁县,…,2021,900\n海原县,…,2021,800"},
    {"bad-basis", S::error, "submission",
     "地区,指标,时期,数值,口径\n沙坡头区,高素质农民,2023,3750,年末", "地区,指标,时期,数值,口径\n沙坡头区,高素质农民,2023,3750,累计"},
    {"cumulative-decreasing", S::error, "submission",
     "地区,指标,时期,数值\n沙坡头区,高素质农民,2022,累计3750\n沙坡头区,高素质农民,2023,累计3000",
     "地区,指标,时期,数值\n沙坡头区,高素质农民,2022,累计3750\n沙坡头区,高素质农民,2023,累计5000"},
    {"region-elsewhere", S::error, "submission",
     "区县,指标,时期,数值\n640302,…   # 利通区, in 吴忠市, under 中卫市's plan",
     "区县,指标,时期,数值\n640502,…   # 沙坡头区, in 中卫市"},
    {"unknown-region", S::error, "submission",
     "海东,科技志愿者,2020,1228", "海东市,科技志愿者,2020,1228"},
    {"ambiguous-region", S::error, "submission",
     "城区,科技志愿者,2020,1228   # two plans list a 城区", "640502,科技志愿者,2020,1228"},
    {"bad-period", S::error, "submission",
     "海东市,科技志愿者,2020Q3,1228", "海东市,科技志愿者,2020-Q3,1228"},
    {"period-outside-plan", S::warning, "submission",
     "海东市,科技志愿者,2012,1228   # plan 2016–2020", "海东市,科技志愿者,2020,1228"},
    {"future-period", S::error, "submission",
     "海东市,科技志愿者,2030,1228", "海东市,科技志愿者,2020,1228"},
    {"negative-value", S::error, "submission",
     "海东市,科技志愿者,2020,-1228", "海东市,科技志愿者,2020,1228"},
    {"implausible-value", S::warning, "submission",
     "沙坡头区,高素质农民,2023,13000,万人   # the city's target is 1.3万人", "沙坡头区,高素质农民,2023,1300,人"},
    {"percent-over-100", S::error, "submission",
     "中宁县,行政村科普覆盖率,2022,850   # 85.0%", "中宁县,行政村科普覆盖率,2022,85"},
    {"unit-given-twice", S::error, "submission",
     "地区,指标,时期,数值,单位\n沙坡头区,高素质农民,2023,1.3万,万人", "地区,指标,时期,数值,单位\n沙坡头区,高素质农民,2023,1.3万,人"},
    {"conflicting-report", S::error, "submission",
     "海东市,科技志愿者,2020,1228\n海东市,科技志愿者,2020,1282", "海东市,科技志愿者,2020,1228"},
    {"period-covered", S::warning, "submission",
     "沙坡头区,高素质农民,2022-H1,600\n沙坡头区,高素质农民,2022,1300", "沙坡头区,高素质农民,2022,1300"},
    {"conflicting-level", S::error, "submission",
     "海东市,科技志愿者,2020,1228\n海东市,科技志愿者,2020-H2,1300", "海东市,科技志愿者,2020,1228"},
    {"repeated-report", S::warning, "submission",
     "海东市,科技志愿者,2020,1228\n海东市,科技志愿者,2020,1228", "海东市,科技志愿者,2020,1228"},
    {"corrected-report", S::note, "submission",
     "region,indicator,period,value,reported_on\n海东市,科技志愿者,2020,1228,2021-01-10\n海东市,科技志愿者,2020,1282,2021-03-01",
     "region,indicator,period,value,reported_on\n海东市,科技志愿者,2020,1282,2021-03-01"},
    {"no-catalog", S::note, "corpus",
     "scip check plans/ningxia/   # the catalog is plans/indicators.yaml", "scip check plans/"},
    {"catalog-elsewhere", S::note, "corpus",
     "scip check examples/   # examples/a/indicators.yaml applied to examples/b/plan.yaml",
     "scip check plans/ examples/b/"},
    {"bad-workbook", S::error, "submission",
     "(a .xlsx that is not a ZIP, e.g. an HTML page saved as .xlsx)", "(the sheet saved again from Excel as .xlsx)"},
    {"hidden-sheet", S::note, "submission", "(a sheet hidden in Excel: right-click → Hide)", "(the sheet unhidden, if it holds figures)"},
    {"sheet-without-header", S::note, "submission", "(a sheet 填报说明 of instructions)", "(a sheet whose row 3 is 地区,指标,时期,数值)"},
    {"total-row", S::note, "submission", "合计,高素质农民,2023,1700", "(the row left out: progress sums the regions)"},
    {"formula-without-value", S::error, "submission",
     "(a cell =SUM(D4:D6) written by a program, never calculated)", "(the workbook saved again from Excel)"},
    {"no-value", S::note, "submission", "沙坡头区,高素质农民,2023,,人   # the template's value cell left empty",
     "沙坡头区,高素质农民,2023,1300,人"},
    {"no-plans", S::error, "submission",
     "scip check examples/zhongwei-midterm   # figures, and no plan", "scip check plans/ examples/zhongwei-midterm"},
    {"csv-title-rows", S::note, "submission",
     "2023年科普统计表,,,\n填报单位：海原县,,,\n地区,指标,时期,数值", "地区,指标,时期,数值"},
    {"csv-unnamed-column", S::warning, "submission",
     "地区,指标,时期,数值,\n海原县,科普信息员,2023,4000,已核实", "地区,指标,时期,数值,备注\n海原县,科普信息员,2023,4000,已核实"},
    {"csv-no-rows", S::warning, "submission",
     "region,indicator,period,value   # and nothing else", "region,indicator,period,value\n640521,volunteers,2023,1228"},
};

}  // namespace

std::span<const Rule> all_rules() { return kRules; }

const Rule* find_rule(std::string_view code) {
  for (const auto& r : kRules)
    if (r.code == code) return &r;
  return nullptr;
}

std::string_view rule_must(const Rule& r, i18n::Lang lang) { return i18n::message(lang, "rule." + std::string(r.code) + ".must"); }
std::string_view rule_why(const Rule& r, i18n::Lang lang) { return i18n::message(lang, "rule." + std::string(r.code) + ".why"); }

namespace {
std::string indent(std::string_view text) {
  std::string out = "    ";
  for (char c : text) {
    out.push_back(c);
    if (c == '\n') out += "    ";
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}
}  // namespace

std::string rule_explanation(const Rule& r, i18n::Lang lang) {
  return std::string(r.code) + " (" + std::string(severity_name(r.severity)) + ")\n\n" + std::string(rule_must(r, lang)) + "\n\n" +
         i18n::tr(lang, "explain.why") + "\n" + indent(rule_why(r, lang)) + "\n\n" + i18n::tr(lang, "explain.bad") +
         "\n" + indent(r.bad) + "\n\n" + i18n::tr(lang, "explain.good") + "\n" + indent(r.good) + "\n";
}

}  // namespace scip::check
