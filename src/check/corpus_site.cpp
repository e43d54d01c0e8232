// check/corpus_site — see corpus_site.h.
#include "check/corpus_site.h"

#include <fmt/format.h>

namespace scip::check {

std::string site_pointer(Site site, std::string_view element, size_t index) {
  switch (site) {
    case Site::plan_id: return "/id";
    case Site::plan_parent: return "/parent";
    case Site::plan_period: return "/period";
    case Site::plan_region_code: return "/region/code";
    case Site::continues: return fmt::format("{}/continues/{}", element, index);
    case Site::implements: return fmt::format("{}/implements/{}", element, index);
    case Site::target_indicator: return fmt::format("{}/indicator", element);
    case Site::target_unit: return fmt::format("{}/unit", element);
    case Site::indicator_id: return fmt::format("{}/id", element);
    case Site::indicator_name: return fmt::format("{}/name", element);
    case Site::indicator_alias: return fmt::format("{}/aliases/{}", element, index);
    case Site::findings_plan: return "/plan";
    case Site::finding_concerns: return fmt::format("{}/concerns", element);
    case Site::ledger_plan: return "/plan";
    case Site::entry_item: return fmt::format("{}/{}", element, index == 0 ? "task" : "milestone");
    case Site::entry_region: return fmt::format("{}/region", element);
    case Site::entry_period: return fmt::format("{}/period", element);
    case Site::rubric_plan: return "/plan";
    case Site::item_score: return fmt::format("{}/score", element);
    case Site::count_: break;
  }
  return {};
}

namespace {

// The pointers of one site in a plan or a catalog.
void add_site(Site site, const plan::Plan* plan, const plan::Catalog* catalog, const plan::Findings* findings,
              const plan::Ledger* ledger, const plan::Rubric* rubric, std::vector<std::string>& out) {
  auto each = [&](std::string_view element, size_t n) {
    for (size_t i = 0; i < n; ++i) out.push_back(site_pointer(site, element, i));
  };
  switch (site) {  // no default: every site has its case
    case Site::plan_id:
    case Site::plan_parent:
    case Site::plan_period:
    case Site::plan_region_code:
      if (plan) out.push_back(site_pointer(site));
      return;
    case Site::continues:
    case Site::implements:
      if (plan) {
        // The same walk for both lists of ids an action or task carries.
        auto size = [&](const auto& item) { return (site == Site::continues ? item.continues : item.implements).size(); };
        for (const auto& a : plan->actions) {
          each(a.ptr, size(a));
          for (const auto& t : a.tasks) each(t.ptr, size(t));
        }
      }
      return;
    case Site::target_indicator:
    case Site::target_unit:
      if (plan) plan::for_each_target(*plan, [&](const plan::Target& t) { out.push_back(site_pointer(site, t.ptr)); });
      return;
    case Site::indicator_id:
    case Site::indicator_name:
      if (catalog)
        for (const auto& ind : catalog->indicators) out.push_back(site_pointer(site, ind.ptr));
      return;
    case Site::indicator_alias:
      if (catalog)
        for (const auto& ind : catalog->indicators) each(ind.ptr, ind.aliases.size());
      return;
    case Site::findings_plan:
      if (findings) out.push_back(site_pointer(site));
      return;
    case Site::finding_concerns:
      if (findings)
        for (const auto& f : findings->findings) out.push_back(site_pointer(site, f.ptr));
      return;
    case Site::ledger_plan:
      if (ledger) out.push_back(site_pointer(site));
      return;
    case Site::entry_item:
      if (ledger)
        for (const auto& e : ledger->entries) out.push_back(site_pointer(site, e.ptr, e.task.empty() ? 1 : 0));
      return;
    case Site::entry_region:
    case Site::entry_period:
      if (ledger)
        for (const auto& e : ledger->entries) out.push_back(site_pointer(site, e.ptr));
      return;
    case Site::rubric_plan:
      if (rubric) out.push_back(site_pointer(site));
      return;
    case Site::item_score:
      if (rubric)
        for (const auto& i : rubric->items) out.push_back(site_pointer(site, i.ptr));
      return;
    case Site::count_:
      return;
  }
}

}  // namespace

std::vector<std::string> site_pointers(const plan::Plan* plan, const plan::Catalog* catalog, const plan::Findings* findings,
                                       const plan::Ledger* ledger, const plan::Rubric* rubric) {
  std::vector<std::string> out;
  for (int s = 0; s < static_cast<int>(Site::count_); ++s)
    add_site(static_cast<Site>(s), plan, catalog, findings, ledger, rubric, out);
  return out;
}

}  // namespace scip::check
