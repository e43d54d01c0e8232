// draft/target_finder — the quantified targets in a plan's sentences.
//
// A plan states its targets in prose, a figure and its unit inside a clause:
//   到2025年完成农村学校科技教师培训400人次以上
//   “十四五”期间培育高素质农民1.3万人
//   参与科普活动的在校学生人数应达到90%以上
//   每学期举办科普讲座数量不少于4次
//   每所学校至少配备一名专（兼）职科技教师
// Each clause (the text between ，；。) is read for a number (Arabic, or
// Chinese numerals before 名/个/所/家/次) followed by a unit of things done or
// counted (人, 人次, 个, 次, %, …, with 万/亿 kept in the unit as the plans
// write it: 1.3 万人). A year (2025年), an ordinal (第38届), a range (1-2门)
// and a count of the plan's own parts (5项重点工程) are not targets. The
// comparison comes from the words around the figure (以上/不少于/达到 >=,
// 超过 >, 不超过/以下 <=); the deadline from the sentence (到2025年, 2025年前,
// 2021-2025年度, “十四五”期间/末 → 2025, the last year of the 14th plan), else the paragraph's opening
// (到2025年，…), else the plan's last year, marked as not stated; 每年, 全年,
// 每学期, 每所学校 give `per`.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace scip::draft {

struct FoundTarget {
  std::string name;    // the clause without its figure, deadline and comparison words
  double value = 0;
  std::string unit;    // "万人", "%", "次"
  std::string op;      // ">=", ">", "<=", or "" when the text has no comparison word
  int by = 0;          // the deadline's year
  bool by_stated = false;
  bool during_period = false;  // “十四五”期间: counts only work done within the period
  int period_start = 0;        // its first year (2021)
  bool unit_guessed = false;   // "2.5万" with no unit: 人 taken from the name (…人数)
  std::string per;     // "学校·学期", "年", or ""
  std::string quote;   // the clause as written
};

struct TargetContext {
  int plan_end = 0;  // the plan's last year: the deadline when the text states none
};

std::vector<FoundTarget> find_targets(const std::string& text, const TargetContext& ctx);

}  // namespace scip::draft
