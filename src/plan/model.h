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

#include <nlohmann/json.hpp>

#include "util/date.h"

namespace scip::plan {

// A deadline or start written as a year (2025) or a date (2025-12-31).
struct When {
  std::string text;              // as written
  int year = 0;                  // always set when valid
  std::optional<util::Date> date;  // set when a full date was written
  bool valid = false;
  util::Date end() const;    // a year means its 31 December
  util::Date start() const;  // a year means its 1 January
};

struct Target {
  std::string ptr;
  std::string id, indicator, name, text, unit, source, per;
  std::string op = ">=";
  std::string accumulate;  // empty: from the indicator catalog
  bool each_region = false;  // measured in each of the plan's `regions`, not in the plan's own region
  std::optional<double> value;
  std::optional<When> by;
  std::optional<double> baseline_value;
  std::optional<When> baseline_at;
  std::string baseline_ptr;
};

struct Task {
  std::string ptr;
  std::string id, title, text, source;
  std::vector<std::string> lead, support, continues;
  std::vector<Target> targets;
};

struct Action {
  std::string ptr;
  std::string id, kind, title, text, source;
  std::vector<std::string> lead, support, continues;
  bool support_all = false;
  std::vector<Task> tasks;
  std::vector<Target> targets;
};

struct Goal {
  std::string ptr;
  std::string id, text, source;
  std::vector<Target> targets;
};

struct Milestone {
  std::string ptr;
  std::string id, title, text, source;
  std::optional<When> from, by;
};

struct Region {
  std::string code, name, level;
  std::vector<std::string> aliases;  // other names submissions may use (listed regions only)
};

struct Plan {
  std::string id, title, issuer, document, issued, parent;
  Region region;
  int start = 0, end = 0;  // period; 0 when missing
  std::optional<int> fyp;
  std::vector<Region> regions;  // the regions under this plan that report to it (GB/T 2260)
  std::vector<std::pair<std::string, std::string>> departments;  // id -> name, in file order
  std::vector<Goal> goals;
  std::vector<Action> actions;
  std::vector<Milestone> milestones;
};

struct Indicator {
  std::string ptr;
  std::string id, name, unit, accumulate, direction;
  std::vector<std::string> aliases;
};

struct Catalog {
  std::vector<Indicator> indicators;
};

When parse_when(const nlohmann::json& j);
Plan plan_from_json(const nlohmann::json& j);
Catalog catalog_from_json(const nlohmann::json& j);

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
