// inspection/ledger — see ledger.h.
#include "inspection/ledger.h"

#include <algorithm>
#include <map>

#include "region/registry.h"

namespace scip::inspection {

namespace {

// The status as of `day`, and the day it closed when it did by then.
void status_as_of(const plan::Finding& f, const util::Date& day, FindingState& s) {
  if (f.history.empty()) {
    s.status = f.status;
    return;
  }
  s.status = "未整改";
  for (const auto& h : f.history) {
    if (!h.date || !h.date->valid || h.date->end() > day) continue;
    s.status = h.status;
    if (plan::status_rank(h.status) >= plan::status_rank("已整改") && !s.closed_on) s.closed_on = h.date->end();
    if (plan::status_rank(h.status) < plan::status_rank("已整改")) s.closed_on.reset();  // reopened
  }
}

void add(Group& g, const FindingState& s) {
  ++g.total;
  g.open += s.open();
  g.overdue += s.overdue();
  g.closed += !s.open();
  g.due += s.due;
  g.closed_on_time += s.due && s.on_time;
}

}  // namespace

std::optional<double> Group::on_time_rate() const {
  if (due == 0) return std::nullopt;
  return 100.0 * closed_on_time / due;
}

Ledger build_ledger(const std::vector<const plan::Findings*>& docs, const util::Date& as_of, GroupBy by,
                    std::vector<int> warn_days) {
  std::sort(warn_days.rbegin(), warn_days.rend());  // 7 then 3: the nearer warning wins
  Ledger l;
  l.as_of = as_of;
  const region::Registry& reg = region::Registry::builtin();
  std::map<std::string, size_t> group_at;
  for (const plan::Findings* doc : docs) {
    l.titles.push_back(doc->title);
    std::map<std::string, std::string> dept(doc->departments.begin(), doc->departments.end());
    for (const auto& f : doc->findings) {
      FindingState s;
      s.finding = &f;
      s.file_id = doc->id;
      const region::Record* r = reg.find(f.region);
      s.region_code = r ? r->code : f.region;
      s.region_name = r ? r->name : f.region;
      for (const auto& id : f.lead) s.lead += (s.lead.empty() ? "" : "、") + (dept.count(id) ? dept[id] : id);
      status_as_of(f, as_of, s);
      if (f.deadline && f.deadline->valid) {
        util::Date deadline = f.deadline->end();
        s.days_left = util::days_since_epoch(deadline) - util::days_since_epoch(as_of);
        s.due = deadline < as_of;  // on its deadline day a finding can still close on time
        s.on_time = s.closed_on && *s.closed_on <= deadline;
        for (int w : warn_days)  // the nearest warning that applies: 3 before 7
          if (s.open() && s.days_left >= 0 && s.days_left <= w) s.warning = w;
      }
      std::vector<std::pair<std::string, std::string>> keys;
      if (by == GroupBy::region) keys.push_back({s.region_code, s.region_name});
      else
        for (const auto& id : f.lead) keys.push_back({id, dept.count(id) ? dept[id] : id});
      for (const auto& [key, name] : keys) {
        auto [it, fresh] = group_at.emplace(key, l.groups.size());
        if (fresh) l.groups.push_back({.key = key, .name = name});
        add(l.groups[it->second], s);
      }
      add(l.all, s);
      l.findings.push_back(std::move(s));
    }
  }
  return l;
}

}  // namespace scip::inspection
