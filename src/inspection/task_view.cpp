// inspection/task_view — see task_view.h.
#include "inspection/task_view.h"

#include <algorithm>
#include <map>

#include "region/registry.h"

namespace scip::inspection {

namespace {

struct Placed {
  const plan::LedgerEntry* entry;
  util::Period period;
  std::string region;  // code
};

// The entries of the plan's ledgers that began by the day, with their periods and regions.
std::vector<Placed> placed_entries(const plan::Plan& plan, const std::vector<const plan::Ledger*>& ledgers, const util::Date& as_of) {
  const region::Registry& reg = region::Registry::builtin();
  std::vector<Placed> out;
  for (const auto* l : ledgers) {
    if (l->plan != plan.id) continue;
    for (const auto& e : l->entries) {
      auto p = util::parse_period(e.period);
      if (!p || p->first > as_of) continue;
      const region::Record* r = e.region.empty() ? nullptr : reg.find(e.region);
      out.push_back({&e, *p, r ? std::string(r->code) : e.region.empty() ? plan.region.code : e.region});
    }
  }
  return out;
}

std::string region_name(const plan::Plan& plan, const std::string& code) {
  if (code == plan.region.code) return plan.region.name;
  const region::Record* r = region::Registry::builtin().latest(code);
  return r ? std::string(r->name) : code;
}

std::string lead_names(const plan::Plan& plan, const util::PackedStrings& ids) {
  std::string out;
  for (auto id : ids) {
    if (!out.empty()) out += "、";
    out += plan::department_name(plan, id);
  }
  return out;
}

// The latest entry about `item` (a task, or a milestone when `milestone`) from `region`.
const Placed* latest(const std::vector<Placed>& entries, const std::string& item, bool milestone, const std::string& region) {
  const Placed* best = nullptr;
  for (const auto& p : entries) {
    const std::string& id = milestone ? p.entry->milestone : p.entry->task;
    if (id != item || p.region != region) continue;
    if (!best || best->period.last < p.period.last) best = &p;
  }
  return best;
}

// Each milestone once per region that ever reports on it (as of the day or
// later: a region whose report is still to come is pending or overdue, not
// left out), else once for the plan's region.
void add_milestones(const plan::Plan& plan, const std::vector<Placed>& entries, const std::vector<Placed>& ever, TaskView& v) {
  for (const auto& m : plan.milestones) {
    std::vector<std::string> regions;
    for (const auto& p : ever)
      if (p.entry->milestone == m.id && std::find(regions.begin(), regions.end(), p.region) == regions.end())
        regions.push_back(p.region);
    if (regions.empty()) regions.push_back(plan.region.code);
    for (const auto& code : regions) {
      MilestoneState s{.milestone = &m, .region_code = code, .region_name = region_name(plan, code)};
      const Placed* done = nullptr;
      for (const auto& p : entries)
        if (p.entry->milestone == m.id && p.region == code && p.entry->status == "已完成" &&
            !(p.entry->done && p.entry->done->valid && p.entry->done->end() > v.as_of) &&  // done after the day: not yet
            (!done || p.period.last < done->period.last))
          done = &p;
      util::Date by = m.by ? m.by->end() : util::Date{plan.end, 12, 31};
      if (done) {
        s.done_on = done->entry->done && done->entry->done->valid ? done->entry->done->end() : done->period.last;
        s.state = *s.done_on <= by ? "done" : "done-late";
      } else {
        s.state = by < v.as_of ? "overdue" : "pending";
      }
      v.milestones.push_back(std::move(s));
    }
  }
}

}  // namespace

int TaskView::reported(size_t region) const {
  int n = 0;
  for (const auto& r : rows) n += r.cells.at(region).entry && !r.cells[region].stale;
  return n;
}

TaskView build_task_view(const plan::Plan& plan, const std::vector<const plan::Ledger*>& ledgers, const util::Date& as_of) {
  TaskView v;
  v.plan_id = plan.id;
  v.plan_title = plan.title;
  v.as_of = as_of;
  std::vector<Placed> entries = placed_entries(plan, ledgers, as_of);
  std::optional<util::Period> last;
  for (const auto& p : entries)
    if (!p.entry->task.empty() && (!last || last->last < p.period.last)) last = p.period;
  if (last) v.last_period = last->str();
  // The columns: every region that reports on a task in the ledgers, by the
  // day or later (one that has not reported yet shows as not reported).
  std::vector<Placed> ever = placed_entries(plan, ledgers, util::Date{9999, 12, 31});
  for (const auto& p : ever)
    if (!p.entry->task.empty() &&
        std::none_of(v.regions.begin(), v.regions.end(), [&](const auto& r) { return r.first == p.region; }))
      v.regions.emplace_back(p.region, region_name(plan, p.region));
  std::sort(v.regions.begin(), v.regions.end());
  if (v.regions.empty()) v.regions.emplace_back(plan.region.code, plan.region.name);
  auto row_for = [&](const plan::Action& a, const std::string& id, std::string_view title, const util::PackedStrings& lead) {
    TaskRow row{.action_id = a.id, .action_title = a.title.str(), .task_id = id, .task_title = std::string(title),
                .lead = lead_names(plan, lead.empty() ? a.lead : lead)};
    for (const auto& [code, name] : v.regions) {
      TaskCell c;
      if (const Placed* p = latest(entries, id, false, code)) {
        c.entry = p->entry;
        c.period = p->period.str();
        c.stale = last && p->period.last < last->last;
      } else {
        c.stale = last.has_value();
      }
      row.cells.push_back(c);
    }
    v.rows.push_back(std::move(row));
  };
  for (const auto& a : plan.actions) {
    if (a.tasks.empty()) row_for(a, a.id, a.title, a.lead);
    for (const auto& t : a.tasks) row_for(a, t.id, t.title, t.lead);
  }
  add_milestones(plan, entries, ever, v);
  return v;
}

}  // namespace scip::inspection
