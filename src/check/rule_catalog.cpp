// check/rule_catalog — the table of rules. See rule_catalog.h.
//
// Adding a rule: add its row here, its "rule.<code>.must" and
// "rule.<code>.why" messages (both languages) and its diag./hint. messages in
// i18n/messages.cpp, and a fixture under tests/cli/ that triggers it. The unit
// tests fail until all of these exist.
#include "check/rule_catalog.h"

namespace scip {

namespace {

using S = Severity;

constexpr Rule kRules[] = {
    // ---- reading the file -------------------------------------------------
    {"read-error", S::error, "file",
     "scip check plans/missing.yaml", "scip check plans/"},
    {"invalid-encoding", S::error, "file",
     "title: \\xd6\\xd0\\xce\\xc0   # bytes that are not UTF-8", "title: 中卫市…   # saved as UTF-8"},
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
    {"negative-target", S::error, "plan",
     "{id: farmers, value: -13000, unit: 人}", "{id: farmers, value: 13000, unit: 人}"},
    {"baseline-after-deadline", S::error, "plan",
     "by: 2025\nbaseline: {value: 0, at: 2026-12-31}", "by: 2025\nbaseline: {value: 0, at: 2020-12-31}"},
    {"baseline-meets-target", S::warning, "plan",
     "value: 10\nunit: \"%\"\nbaseline: {value: 12, at: 2020}", "value: 15\nunit: \"%\"\nbaseline: {value: 12, at: 2020}"},
    {"level-mismatch", S::error, "plan",
     "region: {code: \"640500\", name: 中卫市, level: province}",
     "region: {code: \"640500\", name: 中卫市, level: prefecture}"},
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
    {"unknown-indicator", S::error, "catalog",
     "indicator: farmer-training   # not in indicators.yaml",
     "indicator: high-quality-farmers"},
    {"unit-mismatch", S::error, "catalog",
     "indicator: science-volunteers   # unit 人\nunit: 个",
     "indicator: science-volunteers   # unit 人\nunit: 人   # or 万人"},
    {"ambiguous-indicator-name", S::error, "catalog",
     "- {id: a, name: 科技志愿者, …}\n- {id: b, name: 志愿者, aliases: [科技志愿者], …}",
     "- {id: a, name: 科技志愿者, …}\n- {id: b, name: 志愿者, …}"},
};

}  // namespace

std::span<const Rule> all_rules() { return kRules; }

const Rule* find_rule(std::string_view code) {
  for (const auto& r : kRules)
    if (r.code == code) return &r;
  return nullptr;
}

}  // namespace scip
