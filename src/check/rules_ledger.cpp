// check/rules_ledger — the rules of a task ledger. See rules.h.
//
// A ledger is what the task view and the milestones' status are computed
// from, so each entry must say something that can be placed: a period that
// exists (2023, 2023-H1 …), within the plan's; one entry per task (or
// milestone), region and period; 已完成 with the day it was done when the
// entry gives one in its period; a task or milestone that the plan has; a
// region that is the plan's or lies under it.
#include <fmt/format.h>

#include <map>
#include <set>
#include <tuple>

#include "check/rules.h"
#include "region/registry.h"
#include "util/period.h"
#include "util/text.h"

namespace scip::check {

void check_ledger(const plan::Ledger& l, const plan::Document& doc, Diagnostics& out) {
  std::map<std::tuple<std::string, std::string, std::string>, std::string> seen;
  for (const auto& e : l.entries) {
    auto period = util::parse_period(e.period);
    if (!e.period.empty() && !period) {
      out.add("bad-period", doc.path, doc.pos(e.ptr + "/period"), out.tr("diag.bad-period", fmt::arg("value", util::quoted(e.period))),
              out.tr("hint.format.period"));
      continue;
    }
    std::string item = e.task.empty() ? "milestone:" + e.milestone : e.task;
    auto [it, fresh] = seen.emplace(std::tuple{item, e.region, period ? period->str() : e.period}, e.ptr);
    if (!fresh)
      out.add("ledger-duplicate-entry", doc.path, doc.pos(e.ptr + "/period"),
              out.tr("diag.ledger-duplicate-entry", fmt::arg("item", e.task.empty() ? e.milestone : e.task),
                     fmt::arg("period", period->str()), fmt::arg("line", doc.pos(it->second + "/period").line)),
              out.tr("hint.ledger-duplicate-entry"));
    if (e.done && e.done->valid && period && (e.done->end() < period->first || e.done->end() > period->last))
      out.add("ledger-done-outside-period", doc.path, doc.pos(e.ptr + "/done"),
              out.tr("diag.ledger-done-outside-period", fmt::arg("date", e.done->text), fmt::arg("period", period->str())),
              out.tr("hint.ledger-done-outside-period"));
  }
}

void check_ledger_corpus(const std::vector<LedgerFile>& ledgers, const std::vector<PlanFile>& plans, Diagnostics& out) {
  const region::Registry& reg = region::Registry::builtin();
  for (const auto& file : ledgers) {
    const plan::Ledger& l = *file.ledger;
    const plan::Plan* p = nullptr;
    for (const auto& pf : plans)
      if (pf.plan->id == l.plan) p = pf.plan;
    if (!p) {
      out.add("ledger-plan-not-found", file.doc.path(), file.doc.at(Site::ledger_plan),
              out.tr("diag.ledger-plan-not-found", fmt::arg("id", util::quoted(l.plan))), out.tr("hint.findings-plan-not-found"));
      continue;
    }
    std::vector<std::string> tasks, milestones;
    for (const auto& a : p->actions) {
      if (a.tasks.empty()) tasks.push_back(a.id);
      for (const auto& t : a.tasks) tasks.push_back(t.id);
    }
    for (const auto& m : p->milestones) milestones.push_back(m.id);
    for (const auto& e : l.entries) {
      bool task = !e.task.empty();
      const auto& known = task ? tasks : milestones;
      const std::string& id = task ? e.task : e.milestone;
      if (!id.empty() && std::find(known.begin(), known.end(), id) == known.end()) {
        auto dym = util::did_you_mean(id, known);
        out.add("ledger-item-not-found", file.doc.path(), file.doc.at(Site::entry_item, e.ptr, task ? 0 : 1),
                out.tr(task ? "diag.ledger-item-not-found.task" : "diag.ledger-item-not-found.milestone", fmt::arg("id", util::quoted(id)),
                       fmt::arg("plan", p->id)),
                dym ? out.tr("hint.did-you-mean", fmt::arg("value", *dym)) : out.tr("hint.ledger-item-not-found", fmt::arg("plan", p->id)));
      }
      auto period = util::parse_period(e.period);
      if (period && (period->last.year < p->start || period->first.year > p->end))
        out.add("period-outside-plan", file.doc.path(), file.doc.at(Site::entry_period, e.ptr),
                out.tr("diag.ledger-period-outside-plan", fmt::arg("period", period->str()), fmt::arg("plan", p->id),
                       fmt::arg("start", p->start), fmt::arg("end", p->end)),
                out.tr("hint.ledger-period-outside-plan"));
      if (!e.region.empty()) {
        const region::Record* r = reg.find(e.region);
        bool ok = r && (r->code == p->region.code || reg.under_latest(r->code, p->region.code).value_or(false));
        if (!ok)
          out.add("ledger-region", file.doc.path(), file.doc.at(Site::entry_region, e.ptr),
                  out.tr("diag.ledger-region", fmt::arg("value", util::quoted(e.region)), fmt::arg("plan", p->id),
                         fmt::arg("region", p->region.name)),
                  out.tr("hint.finding-region"));
      }
    }
  }
}

}  // namespace scip::check
