// inspection/ledger — where an inspection's findings stand on a given day.
//
// The 整改台账 as an office reads it: each finding's status as of the day
// (the last change in its history dated on or before it; a finding with no
// history has the status it was written with), the days left before its
// 整改时限 or the days past it, the early warnings 7 and 3 days before, and
// for each region and each lead department the counts (open, overdue,
// closed) and the on-time closure rate (按期整改率): of the findings whose
// deadline has passed by the day, the share closed (已整改 or 已销号) on or
// before their deadline (on its deadline day a finding is not yet counted).
// A rate with nothing due is no rate ("—"), never 0% or 100%.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plan/model.h"
#include "util/date.h"

namespace scip::inspection {

struct FindingState {
  const plan::Finding* finding = nullptr;
  std::string file_id;       // the findings document's id
  std::string region_code, region_name;
  std::string lead;          // the lead departments' names, joined with 、
  std::string status;        // as of the day
  std::optional<util::Date> closed_on;  // the day it reached 已整改 (or 已销号), when it did by the day
  long days_left = 0;        // deadline minus the day (negative: overdue)
  bool open() const { return status == "未整改" || status == "整改中"; }
  bool overdue() const { return open() && days_left < 0; }
  int warning = 0;           // 7 or 3: an open finding due within that many days; 0 otherwise
  bool due = false;          // its deadline has passed (is before the day)
  bool on_time = false;      // closed on or before its deadline
};

struct Group {
  std::string key, name;  // a region code and name, or a department's name
  int total = 0, open = 0, overdue = 0, closed = 0, due = 0, closed_on_time = 0;
  std::optional<double> on_time_rate() const;  // percent of `due`; nullopt when nothing is due
};

struct Ledger {
  util::Date as_of;
  std::vector<std::string> titles;  // of the findings documents
  std::vector<FindingState> findings;  // in file order
  std::vector<Group> groups;           // by region or by department, in order of first appearance
  Group all;
};

enum class GroupBy { region, department };

Ledger build_ledger(const std::vector<const plan::Findings*>& docs, const util::Date& as_of, GroupBy by,
                    std::vector<int> warn_days = {7, 3});

}  // namespace scip::inspection
