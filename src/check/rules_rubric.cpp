// check/rules_rubric — the rules of a scoring rubric. See rules.h.
//
// A rubric's total is what a region is ranked by, so every item must be
// scorable: ids are unique; an item scored from a target names a target of
// the plan that is measured in each region under it (`each_region`: a target
// of the plan's region alone gives no score per region); one scored from a
// milestone names a milestone of the plan.
#include <fmt/format.h>

#include <map>

#include "check/rules.h"
#include "util/text.h"

namespace scip::check {

void check_rubric(const plan::Rubric& r, const plan::Document& doc, Diagnostics& out) {
  report_duplicate_ids(r.items, "kind.item", doc, out);
}

void check_rubric_corpus(const std::vector<RubricFile>& rubrics, const std::vector<PlanFile>& plans, Diagnostics& out) {
  for (const auto& file : rubrics) {
    const plan::Rubric& r = *file.rubric;
    const plan::Plan* p = nullptr;
    for (const auto& pf : plans)
      if (pf.plan->id == r.plan) p = pf.plan;
    if (!p) continue;  // scip score refuses to run without it, and says so
    for (const auto& item : r.items) {
      if (item.method == "target") {
        const plan::Target* found = nullptr;
        std::vector<std::string> ids;
        plan::for_each_target(*p, [&](const plan::Target& t) {
          ids.push_back(t.id);
          if (t.id == item.ref) found = &t;
        });
        if (found && found->each_region) continue;
        auto dym = found ? std::nullopt : util::did_you_mean(item.ref, ids);
        out.add("rubric-item-not-found", file.doc.path(), file.doc.at(Site::item_score, item.ptr),
                found ? out.tr("diag.rubric-item-not-found.not-each", fmt::arg("id", util::quoted(item.ref)), fmt::arg("plan", p->id))
                      : out.tr("diag.rubric-item-not-found.target", fmt::arg("id", util::quoted(item.ref)), fmt::arg("plan", p->id)),
                dym ? out.tr("hint.did-you-mean", fmt::arg("value", *dym)) : out.tr("hint.rubric-item-not-found"));
      } else if (item.method == "milestone") {
        std::vector<std::string> ids;
        for (const auto& m : p->milestones) ids.push_back(m.id);
        if (std::find(ids.begin(), ids.end(), item.ref) != ids.end()) continue;
        auto dym = util::did_you_mean(item.ref, ids);
        out.add("rubric-item-not-found", file.doc.path(), file.doc.at(Site::item_score, item.ptr),
                out.tr("diag.rubric-item-not-found.milestone", fmt::arg("id", util::quoted(item.ref)), fmt::arg("plan", p->id)),
                dym ? out.tr("hint.did-you-mean", fmt::arg("value", *dym)) : out.tr("hint.rubric-item-not-found"));
      }
    }
  }
}

}  // namespace scip::check
