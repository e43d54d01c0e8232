// diff/plan_diff — what changed from one plan to the next, as a list of
// typed changes.
//
// Items of the two plans are paired first, then compared:
//   actions      `continues:` lineage, then equal ids, then title similarity
//                (best one-to-one assignment above --similarity), then — for
//                actions of the same kind that are still alone — a content
//                match that must stand out in both directions;
//   tasks        within paired actions: `continues`, ids (only when the texts
//                are as alike as the task threshold: positional ids such as
//                youth-3 are reused for different tasks), similarity of
//                title and text; a task whose match sits under another action
//                is moved;
//   targets      by indicator, then id, then similarity of name/text;
//   departments  by id (same id, new name: renamed), or by name;
//   milestones   by id, then title similarity.
// A pair found by similarity rather than declared (id or `continues`) is
// marked inferred, with its score. Each change has a stable kind code.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan/model.h"

namespace scip::diff {

// Built with named fields (`{.kind = "task-added", .new_path = ..., .depth = 2}`);
// every member has a default, so what is not named is empty.
struct Change {
  std::string kind{};       // stable code: action-renamed, target-value-changed, ...
  std::string old_path{};   // by ids: "actions/youth/tasks/youth-5"; empty when added
  std::string new_path{};   // empty when removed
  std::string old_value{};
  std::string new_value{};
  std::optional<double> similarity{};  // set when the pairing was inferred
  std::string how{};                   // continues | id | name | title | content (pairings)
  int depth = 0;  // 0 plan, 1 action/department/milestone, 2 task/target of an action, 3 target of a task
  // What the change does to the plan's commitments, as API diff tools class
  // breaking changes: "weakened" (a target lowered or loosened, postponed
  // beyond the shift of the plan period, made qualitative or removed; a task
  // or action removed), "attention" (a lead department removed or demoted to
  // support; a target value in another unit), "info" (the rest); empty for
  // what was kept.
  std::string severity{};
  // For a task added or removed: the most alike task of the other plan and
  // how alike (title and text, 0-1), so a reader can judge the pairing.
  std::string closest{};
  std::optional<double> closest_similarity{};
};

// The last segment of a change's path, the item's own id:
// "actions/youth/tasks/youth-5" -> "youth-5".
std::string last_id(const std::string& path);
// The value of a support change that is every member unit rather than one
// department: a plan's support_all, which its document writes 各成员单位.
// JSON carries it as written; the reports for people show it in the reader's
// language (diff/report.h, shown_value).
inline constexpr std::string_view kEveryMember = "各成员单位";
// The element a change kind is about: action-renamed -> action,
// target-value-changed -> target.
std::string element_of(const std::string& kind);

// The severities, weakest first, as --fail-on names them.
inline constexpr const char* kSeverities[] = {"info", "attention", "weakened"};
int severity_rank(const std::string& severity);  // info 1, attention 2, weakened 3, none 0

struct ChangeCounts {
  int old_count = 0, new_count = 0;
  int kept = 0, renamed = 0, reworded = 0, merged = 0, split = 0, moved = 0, removed = 0, added = 0;
};

// One item of OLD paired with one of NEW (actions, tasks, targets), however
// the pair was made: what `scip cover` reads to say what implements what.
struct Pairing {
  std::string old_path, new_path;
  std::string how;                     // continues | id | title | content | similarity | moved | indicator
  std::optional<double> similarity{};  // set when inferred
};

struct PlanDiff {
  std::string old_id, new_id;
  std::string old_title, new_title;
  std::vector<Pairing> pairings;  // every pair, kept ones too (changes list only what changed)
  std::vector<Change> changes;  // in document order of NEW, removed items where they stood in OLD
  ChangeCounts actions, tasks, departments;
  int old_numeric_targets = 0, new_numeric_targets = 0;
  ChangeCounts targets;
  bool empty() const;  // no change at all
};

struct DiffOptions {
  double similarity = 0.5;  // threshold for title similarity of actions
};

PlanDiff diff_plans(const plan::Plan& old_plan, const plan::Plan& new_plan, const DiffOptions& opts = {});

// Every target of a plan with its path (goals/G/targets/T, actions/A/targets/T,
// actions/A/tasks/K/targets/T) and depth (1, 2, 3), in document order.
struct TargetRef {
  const plan::Target* t;
  std::string path;
  int depth;
};
std::vector<TargetRef> targets_of(const plan::Plan& p);
// "公民具备科学素质的比例 >= 10% (2025)": name or text, value, deadline.
std::string target_label(const plan::Target& t);

// The words every action title shares, removed before comparing titles.
extern const std::vector<std::string_view> kTitleStopWords;

}  // namespace scip::diff
