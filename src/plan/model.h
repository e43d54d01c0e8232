// plan/model — the typed form of plans and indicator catalogs.
//
// Built from a document's JSON after schema validation, leniently: a field of
// the wrong type is left empty (the schema step has reported it), so the
// rules can still run on everything else and a run reports all problems at
// once. Every element keeps its JSON Pointer (`ptr`), which is how a rule
// finds the line and column to report. diff and progress read these structs.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "util/compact_string.h"
#include "util/date.h"
#include "util/fields.h"
#include "util/interned_string.h"
#include "util/packed_strings.h"

namespace scip::plan {

// A deadline or start written as a year (2025) or a date (2025-12-31).
struct When {
  util::CompactString text;      // as written
  int year = 0;                  // always set when valid
  std::optional<util::Date> date;  // set when a full date was written
  bool valid = false;
  util::Date end() const;    // a year means its 31 December
  util::Date start() const;  // a year means its 1 January
  bool operator==(const When&) const = default;
};

// Prose, JSON Pointers and the members most elements leave out are
// util::CompactString: one pointer, null when empty (util/compact_string.h).
// What repeats across a corpus's targets (indicator ids, units, operators) is
// util::InternedString: one pointer to the one copy (util/interned_string.h).
// Ids stay std::string: unique, the keys most lookups take, and most of them
// short enough to need no heap block.
struct Target {
  util::CompactString ptr;
  std::string id;
  util::InternedString indicator;
  util::CompactString name, text;
  util::InternedString unit;
  util::CompactString source, per;
  util::InternedString op = ">=";
  util::CompactString accumulate;  // empty: from the indicator catalog
  bool each_region = false;  // measured in each region directly under the plan's region, not in its own
  std::vector<std::pair<std::string, double>> allocations;  // 指标分解: region code -> share, in `unit`
  std::optional<double> value;
  std::optional<When> by;
  std::optional<double> baseline_value;
  std::optional<When> baseline_at;
  util::CompactString baseline_ptr;
  bool operator==(const Target&) const = default;
};

struct Task {
  util::CompactString ptr;
  std::string id;
  util::CompactString title, text, source;
  // Department ids, and ids of actions (tasks) of the previous and the parent
  // plan: short lists of short ids, packed (util/packed_strings.h).
  util::PackedStrings lead, support, continues;
  util::PackedStrings implements;  // ids of the parent plan's actions (tasks) this one implements
  std::vector<Target> targets;
  bool operator==(const Task&) const = default;
};

struct Action {
  util::CompactString ptr;
  std::string id, kind;
  util::CompactString title, text, source;
  util::PackedStrings lead, support, continues;  // as in Task
  util::PackedStrings implements;  // ids of the parent plan's actions (tasks) this one implements
  bool support_all = false;
  std::vector<Task> tasks;
  std::vector<Target> targets;
  bool operator==(const Action&) const = default;
};

struct Goal {
  util::CompactString ptr;
  std::string id;
  util::CompactString text, source;
  std::vector<Target> targets;
  bool operator==(const Goal&) const = default;
};

struct Milestone {
  util::CompactString ptr;
  std::string id;
  util::CompactString title, text, source;
  std::optional<When> from, by;
  bool operator==(const Milestone&) const = default;
};

struct Region {
  std::string code, name, level;
  std::vector<std::string> aliases;  // other names submissions may use (listed regions only)
  bool operator==(const Region&) const = default;
};

struct Plan {
  std::string id, title, issuer, document, issued, parent;
  std::string leads;  // "unstated": the source names no lead departments
  Region region;
  int start = 0, end = 0;  // period; 0 when missing
  std::optional<int> fyp;
  std::vector<Region> regions;  // the regions under this plan that report to it (GB/T 2260)
  std::vector<std::pair<std::string, std::string>> departments;  // id -> name, in file order
  std::vector<Goal> goals;
  std::vector<Action> actions;
  std::vector<Milestone> milestones;
  bool operator==(const Plan&) const = default;
};

struct Indicator {
  std::string ptr;
  std::string id, name, unit, accumulate, direction;
  std::string regions;  // "sum", "none", or empty: from the unit (is_rate)
  std::vector<std::string> aliases;
  bool operator==(const Indicator&) const = default;
};

struct Catalog {
  std::vector<Indicator> indicators;
  bool operator==(const Catalog&) const = default;
};

// ---- Findings: an inspection's 问题清单 and 整改台账 ------------------------

// One change of a finding's status (未整改 / 整改中 / 已整改 / 已销号).
struct StatusChange {
  std::string ptr;
  std::string status, note;
  std::optional<When> date;
  bool operator==(const StatusChange&) const = default;
};

struct Finding {
  std::string ptr;
  std::string id, region, category, text, concerns, measures, status, note;
  std::vector<std::string> lead, support, evidence;
  std::optional<When> deadline;
  std::vector<StatusChange> history;
  std::string recheck_ptr;  // the recheck object's pointer ("" when there is none)
  std::optional<When> recheck_date;
  std::string recheck_result, recheck_by;
  bool operator==(const Finding&) const = default;
};

struct Findings {
  std::string id, title, plan, source, note;
  std::optional<When> inspection_date;
  std::string inspection_body, inspection_source;
  std::vector<std::pair<std::string, std::string>> departments;  // id -> name, in file order
  std::vector<Finding> findings;
  bool operator==(const Findings&) const = default;
};

// ---- A task ledger (任务台账): reports on tasks and milestones without a number

struct LedgerEntry {
  std::string ptr;
  std::string task, milestone, region, period, status, note;
  std::optional<When> done;
  std::vector<std::string> evidence;
  bool operator==(const LedgerEntry&) const = default;
};

struct Ledger {
  std::string id, title, plan, source, note;
  std::vector<LedgerEntry> entries;
  bool operator==(const Ledger&) const = default;
};

// ---- A scoring rubric (评分细则) --------------------------------------------

struct RubricItem {
  std::string ptr;
  std::string id, name, evidence;
  std::optional<double> points;
  std::string method;         // manual | target | milestone | findings
  std::string ref;            // the target's or milestone's id
  std::optional<double> late;  // milestone: the share of the points when done late
  std::optional<double> per_overdue, per_open;  // findings
  bool operator==(const RubricItem&) const = default;
};

struct Rubric {
  std::string id, title, plan, findings, source, note;
  std::vector<RubricItem> items;
  bool operator==(const Rubric&) const = default;
};

// The statuses in order (未整改 0 … 已销号 3); -1 for anything else.
int status_rank(std::string_view status);

// ---- The fields of each type, described once (util/fields.h) --------------
//
// The JSON reader (plan_from_json) and the check cache's writer and reader
// (check/result_cache) visit these, so a member is read, stored and restored
// by the same line below.

template <class V, util::TypeOrConst<When> S>
void fields(V& v, S& x) {
  v.internal(x.text);
  v.internal(x.year);
  v.internal(x.date);
  v.internal(x.valid);
}

template <class V, util::TypeOrConst<Target> S>
void fields(V& v, S& x) {
  v.pointer(x.ptr);
  v.key("id", x.id);
  v.key("indicator", x.indicator);
  v.key("name", x.name);
  v.key("text", x.text);
  v.key("unit", x.unit);
  v.key("source", x.source);
  v.key("per", x.per);
  v.key("op", x.op);
  v.key("accumulate", x.accumulate);
  v.key("each_region", x.each_region);
  v.key("allocations", x.allocations);
  v.key("value", x.value);
  v.key("by", x.by);
  v.group("baseline", [&](auto& g) {
    g.pointer(x.baseline_ptr);
    g.key("value", x.baseline_value);
    g.key("at", x.baseline_at);
  });
}

// The members that actions and tasks share.
template <class V, class S>
void work_item_fields(V& v, S& x) {
  v.key("id", x.id);
  v.key("title", x.title);
  v.key("text", x.text);
  v.key("source", x.source);
  v.key("lead", x.lead);
  v.key("support", x.support);
  v.key("continues", x.continues);
  v.key("implements", x.implements);
  v.list("targets", x.targets);
}

template <class V, util::TypeOrConst<Task> S>
void fields(V& v, S& x) {
  v.pointer(x.ptr);
  work_item_fields(v, x);
}

template <class V, util::TypeOrConst<Action> S>
void fields(V& v, S& x) {
  v.pointer(x.ptr);
  work_item_fields(v, x);
  v.key("kind", x.kind);
  v.key("support_all", x.support_all);
  v.list("tasks", x.tasks);
}

template <class V, util::TypeOrConst<Goal> S>
void fields(V& v, S& x) {
  v.pointer(x.ptr);
  v.key("id", x.id);
  v.key("text", x.text);
  v.key("source", x.source);
  v.list("targets", x.targets);
}

template <class V, util::TypeOrConst<Milestone> S>
void fields(V& v, S& x) {
  v.pointer(x.ptr);
  v.key("id", x.id);
  v.key("title", x.title);
  v.key("text", x.text);
  v.key("source", x.source);
  v.key("from", x.from);
  v.key("by", x.by);
}

template <class V, util::TypeOrConst<Region> S>
void fields(V& v, S& x) {
  v.key("code", x.code);
  v.key("name", x.name);
  v.key("level", x.level);
  v.key("aliases", x.aliases);
}

template <class V, util::TypeOrConst<Plan> S>
void fields(V& v, S& x) {
  v.key("id", x.id);
  v.key("title", x.title);
  v.key("issuer", x.issuer);
  v.key("document", x.document);
  v.key("issued", x.issued);
  v.key("parent", x.parent);
  v.key("leads", x.leads);
  v.object("region", x.region);
  v.group("period", [&](auto& g) {
    g.key("start", x.start);
    g.key("end", x.end);
  });
  v.key("fyp", x.fyp);
  v.list("regions", x.regions);
  v.key("departments", x.departments);
  v.list("goals", x.goals);
  v.list("actions", x.actions);
  v.list("milestones", x.milestones);
}

template <class V, util::TypeOrConst<Indicator> S>
void fields(V& v, S& x) {
  v.pointer(x.ptr);
  v.key("id", x.id);
  v.key("name", x.name);
  v.key("unit", x.unit);
  v.key("accumulate", x.accumulate);
  v.key("direction", x.direction);
  v.key("regions", x.regions);
  v.key("aliases", x.aliases);
}

template <class V, util::TypeOrConst<Catalog> S>
void fields(V& v, S& x) {
  v.list("indicators", x.indicators);
}

template <class V, util::TypeOrConst<StatusChange> S>
void fields(V& v, S& x) {
  v.pointer(x.ptr);
  v.key("status", x.status);
  v.key("date", x.date);
  v.key("note", x.note);
}

template <class V, util::TypeOrConst<Finding> S>
void fields(V& v, S& x) {
  v.pointer(x.ptr);
  v.key("id", x.id);
  v.key("region", x.region);
  v.key("category", x.category);
  v.key("text", x.text);
  v.key("concerns", x.concerns);
  v.key("measures", x.measures);
  v.key("status", x.status);
  v.key("note", x.note);
  v.key("lead", x.lead);
  v.key("support", x.support);
  v.key("evidence", x.evidence);
  v.key("deadline", x.deadline);
  v.list("history", x.history);
  v.group("recheck", [&](auto& g) {
    g.pointer(x.recheck_ptr);
    g.key("date", x.recheck_date);
    g.key("result", x.recheck_result);
    g.key("by", x.recheck_by);
  });
}

template <class V, util::TypeOrConst<Findings> S>
void fields(V& v, S& x) {
  v.key("id", x.id);
  v.key("title", x.title);
  v.key("plan", x.plan);
  v.key("source", x.source);
  v.key("note", x.note);
  v.group("inspection", [&](auto& g) {
    g.key("date", x.inspection_date);
    g.key("body", x.inspection_body);
    g.key("source", x.inspection_source);
  });
  v.key("departments", x.departments);
  v.list("findings", x.findings);
}

template <class V, util::TypeOrConst<LedgerEntry> S>
void fields(V& v, S& x) {
  v.pointer(x.ptr);
  v.key("task", x.task);
  v.key("milestone", x.milestone);
  v.key("region", x.region);
  v.key("period", x.period);
  v.key("status", x.status);
  v.key("note", x.note);
  v.key("done", x.done);
  v.key("evidence", x.evidence);
}

template <class V, util::TypeOrConst<Ledger> S>
void fields(V& v, S& x) {
  v.key("id", x.id);
  v.key("title", x.title);
  v.key("plan", x.plan);
  v.key("source", x.source);
  v.key("note", x.note);
  v.list("entries", x.entries);
}

template <class V, util::TypeOrConst<RubricItem> S>
void fields(V& v, S& x) {
  v.pointer(x.ptr);
  v.key("id", x.id);
  v.key("name", x.name);
  v.key("evidence", x.evidence);
  v.key("points", x.points);
  v.internal(x.method);  // from `score` (rubric_from_json)
  v.internal(x.ref);
  v.internal(x.late);
  v.internal(x.per_overdue);
  v.internal(x.per_open);
}

template <class V, util::TypeOrConst<Rubric> S>
void fields(V& v, S& x) {
  v.key("id", x.id);
  v.key("title", x.title);
  v.key("plan", x.plan);
  v.key("findings", x.findings);
  v.key("source", x.source);
  v.key("note", x.note);
  v.list("items", x.items);
}

// Whether an indicator is a rate or a ratio, whose figures never add up
// across regions and whose progress from an assumed baseline of 0 means
// nothing: the catalog's `regions: none` (`sum`: never), else a unit %, ‰,
// x/y such as 元/人, or 人均 in its unit or name. Everything else is a count
// or an amount (人, 个, 万元), which adds up across regions.
bool is_rate(const Indicator& ind);
// The unit part of that decision, for a target's own unit.
bool unit_is_rate(std::string_view unit);
// A count of things or people (not a rate, not money): never negative.
bool is_count(const Indicator& ind);

// The comparison (a target's `op`) that the words of a Chinese plan mean:
// 以上/不少于/不低于/达到/至少 ">=", 超过/多于/高于 ">", 以下/不超过/不高于/
// 不多于/至多/以内/控制在 "<=", 低于/少于/不足 "<", 等于 "=="; nullopt for anything else.
std::optional<std::string_view> op_for_word(std::string_view word);

When parse_when(const nlohmann::json& j);
Plan plan_from_json(const nlohmann::json& j);
Catalog catalog_from_json(const nlohmann::json& j);
Findings findings_from_json(const nlohmann::json& j);
Ledger ledger_from_json(const nlohmann::json& j);
Rubric rubric_from_json(const nlohmann::json& j);

// Frees the prose of a plan that no rule across files and no progress report
// reads: the texts of its goals and actions, and the titles and texts of its
// tasks and milestones. Ids, pointers, departments,
// targets and the actions' titles (progress groups by them) stay. At national
// scale that prose is a quarter of the models' memory (52 of 214 MiB at
// bench scale 1). For the commands that print none of it (check_paths's
// CheckOptions::keep_prose).
void release_prose(Plan& p);

// The name of the plan's department `id` (under `departments:`); an id the
// plan does not name stands for itself. The view is of the plan's name, or of
// `id`'s own text.
std::string_view department_name(const Plan& p, std::string_view id);

// Calls f(target, action, task) for every target of the plan: goals' (no
// action, no task), actions' (no task) and tasks'.
template <class F>
void for_each_target_in(const Plan& p, F&& f) {
  for (const auto& g : p.goals)
    for (const auto& t : g.targets) f(t, static_cast<const Action*>(nullptr), static_cast<const Task*>(nullptr));
  for (const auto& a : p.actions) {
    for (const auto& t : a.targets) f(t, &a, static_cast<const Task*>(nullptr));
    for (const auto& k : a.tasks)
      for (const auto& t : k.targets) f(t, &a, &k);
  }
}

// Calls f(target) for every target of the plan.
template <class F>
void for_each_target(const Plan& p, F&& f) {
  for_each_target_in(p, [&](const Target& t, const Action*, const Task*) { f(t); });
}

}  // namespace scip::plan
