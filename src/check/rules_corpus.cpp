// check/rules_corpus — rules that look across the files of one run. See rules.h.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "check/rules.h"
#include "util/number.h"
#include "util/text.h"

namespace scip::check {

namespace {

namespace fs = std::filesystem;

// The code prefix that every region under `code` at `level` shares.
std::string region_prefix(const plan::Region& r) {
  if (r.level == "national") return "";
  if (r.level == "province") return r.code.substr(0, 2);
  if (r.level == "prefecture") return r.code.substr(0, 4);
  return r.code;
}

// Plan ids are unique in a corpus. Returns the plans by id.
std::map<std::string, const PlanFile*> unique_plan_ids(const std::vector<PlanFile>& plans, Diagnostics& out) {
  std::map<std::string, const PlanFile*> by_id;
  for (const auto& pf : plans) {
    if (pf.plan->id.empty()) continue;
    auto [it, fresh] = by_id.emplace(pf.plan->id, &pf);
    if (!fresh)
      out.add("duplicate-id", pf.doc.path(), pf.doc.at(Site::plan_id),
              out.tr("diag.duplicate-plan-id", fmt::arg("id", util::quoted(pf.plan->id)), fmt::arg("file", it->second->doc.path())),
              out.tr("hint.duplicate-id"));
  }
  return by_id;
}

// `implements:` names actions (on an action) and tasks (on a task) of the
// plan's parent, when the parent is in the corpus.
void implements_in_parent(const PlanFile& pf, const plan::Plan& parent, Diagnostics& out) {
  // The parent's ids, listed on the first reference: most plans name none.
  std::vector<std::string> action_ids, task_ids;
  bool listed = false;
  auto list_parent = [&] {
    if (std::exchange(listed, true)) return;
    for (const auto& a : parent.actions) {
      action_ids.push_back(a.id);
      for (const auto& t : a.tasks) task_ids.push_back(t.id);
    }
  };
  auto check = [&](const util::PackedStrings& refs, std::string_view ptr, const std::vector<std::string>& known,
                   const char* what) {
    if (refs.empty()) return;
    list_parent();
    size_t i = 0;
    for (auto ref = refs.begin(); ref != refs.end(); ++ref, ++i) {
      if (std::find(known.begin(), known.end(), *ref) != known.end()) continue;
      std::string hint;
      if (auto dym = util::did_you_mean(*ref, known)) hint = out.tr("hint.did-you-mean", fmt::arg("value", *dym));
      out.add("implements-not-found", pf.doc.path(), pf.doc.at(Site::implements, ptr, i),
              out.tr("diag.implements-not-found", fmt::arg("id", util::quoted(*ref)),
                     fmt::arg("what", out.tr(std::string("implements.what.") + what)), fmt::arg("plan", util::quoted(parent.id))),
              hint);
    }
  };
  for (const auto& a : pf.plan->actions) {
    check(a.implements, a.ptr, action_ids, "action");
    for (const auto& t : a.tasks) check(t.implements, t.ptr, task_ids, "task");
  }
}

// Parent plans: period inside the parent's, region under the parent's, and
// what `implements:` names in it.
void parent_plans(const std::vector<PlanFile>& plans, const std::map<std::string, const PlanFile*>& by_id,
                  Diagnostics& out) {
  for (const auto& pf : plans) {
    const plan::Plan& p = *pf.plan;
    if (p.parent.empty()) continue;
    auto it = by_id.find(p.parent);
    if (it == by_id.end()) {
      out.add("parent-not-found", pf.doc.path(), pf.doc.at(Site::plan_parent),
              out.tr("diag.parent-not-found", fmt::arg("id", util::quoted(p.parent))), out.tr("hint.parent-not-found"));
      continue;
    }
    const plan::Plan& parent = *it->second->plan;
    implements_in_parent(pf, parent, out);
    if (p.start && p.end && parent.start && parent.end && (p.start < parent.start || p.end > parent.end))
      out.add("parent-period", pf.doc.path(), pf.doc.at(Site::plan_period),
              out.tr("diag.parent-period", fmt::arg("start", p.start), fmt::arg("end", p.end),
                     fmt::arg("id", util::quoted(parent.id)), fmt::arg("pstart", parent.start), fmt::arg("pend", parent.end)));
    std::string prefix = region_prefix(parent.region);
    if (p.region.code.size() == 6 && parent.region.code.size() == 6 &&
        (p.region.code.substr(0, prefix.size()) != prefix || p.region.code == parent.region.code) &&
        !(parent.region.level == "national"))
      out.add("parent-region", pf.doc.path(), pf.doc.at(Site::plan_region_code),
              out.tr("diag.parent-region", fmt::arg("code", p.region.code), fmt::arg("id", util::quoted(parent.id)),
                     fmt::arg("pcode", parent.region.code)),
              out.tr("hint.parent-region", fmt::arg("pcode", parent.region.code),
                     fmt::arg("pattern", prefix + std::string(6 - std::min<size_t>(prefix.size(), 6), 'x'))));
  }
}

// Whether the action or one of its tasks names something it continues.
bool continues_any(const plan::Action& a) {
  return !a.continues.empty() ||
         std::any_of(a.tasks.begin(), a.tasks.end(), [](const plan::Task& t) { return !t.continues.empty(); });
}

// `continues:` names actions of the previous plan of the same region, when
// that plan is in the corpus.
void continues_lineage(const std::vector<PlanFile>& plans, Diagnostics& out) {
  // The plans of each region, in the corpus's order (a national corpus has
  // thousands of regions: comparing every plan with every other was most of
  // this rule).
  std::unordered_map<std::string_view, std::vector<const PlanFile*>> by_region;
  for (const auto& pf : plans) by_region[pf.plan->region.code].push_back(&pf);
  for (const auto& pf : plans) {
    const plan::Plan& p = *pf.plan;
    // The latest plan of the region that ends before this one starts (the
    // first of those ending in the same year).
    const PlanFile* prev = nullptr;
    for (const PlanFile* other : by_region[p.region.code])
      if (other->plan != pf.plan && other->plan->end && other->plan->end < p.start &&
          (!prev || other->plan->end > prev->plan->end))
        prev = other;
    if (!prev || std::none_of(p.actions.begin(), p.actions.end(), continues_any)) continue;
    std::vector<std::string> ids;
    std::set<std::string, std::less<>> task_ids;
    for (const auto& a : prev->plan->actions) {
      ids.push_back(a.id);
      for (const auto& t : a.tasks) task_ids.insert(t.id);
    }
    std::set<std::string, std::less<>> action_ids(ids.begin(), ids.end());
    auto check = [&](const util::PackedStrings& refs, std::string_view ptr, const std::set<std::string, std::less<>>& known,
                     const std::vector<std::string>& candidates) {
      size_t i = 0;
      for (auto ref = refs.begin(); ref != refs.end(); ++ref, ++i) {
        if (known.contains(*ref)) continue;
        std::string hint;
        if (auto dym = util::did_you_mean(*ref, candidates)) hint = out.tr("hint.did-you-mean", fmt::arg("value", *dym));
        out.add("continues-not-found", pf.doc.path(), pf.doc.at(Site::continues, ptr, i),
                out.tr("diag.continues-not-found", fmt::arg("id", util::quoted(*ref)), fmt::arg("plan", util::quoted(prev->plan->id))),
                hint);
      }
    };
    std::vector<std::string> task_list(task_ids.begin(), task_ids.end());
    for (const auto& a : p.actions) {
      check(a.continues, a.ptr, action_ids, ids);
      for (const auto& t : a.tasks) check(t.continues, t.ptr, task_ids, task_list);
    }
  }
}

// The indicators of all catalogs: by id, by name or alias, and their ids
// (for suggestions).
struct CatalogIndex {
  std::map<std::string, const plan::Indicator*, std::less<>> by_id, by_name;  // found by a target's string_view
  std::vector<std::string> ids;
};

// The indicator catalog: ids and names unique across catalogs.
CatalogIndex catalog_indicators(const std::vector<CatalogFile>& catalogs, Diagnostics& out) {
  CatalogIndex index;
  auto& indicators = index.by_id;
  auto& names = index.by_name;
  auto& indicator_ids = index.ids;
  for (const auto& cf : catalogs)
    for (const auto& ind : cf.catalog->indicators) {
      if (ind.id.empty()) continue;
      // The same indicator may be declared in two catalogs (an example that
      // carries its own copy), but only with the same definition.
      auto [prev, fresh] = indicators.emplace(ind.id, &ind);
      const plan::Indicator& p = *prev->second;
      bool same = p.name == ind.name && p.unit == ind.unit && p.accumulate == ind.accumulate &&
                  p.direction == ind.direction;
      if (!fresh && (catalogs.size() > 1 && !same))
        out.add("duplicate-id", cf.doc.path(), cf.doc.at(Site::indicator_id, ind.ptr),
                out.tr("diag.duplicate-indicator", fmt::arg("id", util::quoted(ind.id))), out.tr("hint.duplicate-id"));
      else
        indicator_ids.push_back(ind.id);
      struct Label {
        const std::string& text;
        Site site;
        size_t index;
      };
      std::vector<Label> labels = {{ind.name, Site::indicator_name, 0}};
      for (size_t i = 0; i < ind.aliases.size(); ++i) labels.push_back({ind.aliases[i], Site::indicator_alias, i});
      for (const auto& [label, site, index] : labels) {
        if (label.empty()) continue;
        auto [it, fresh] = names.emplace(label, &ind);
        if (!fresh && it->second->id != ind.id)
          out.add("ambiguous-indicator-name", cf.doc.path(), cf.doc.at(site, ind.ptr, index),
                  out.tr("diag.ambiguous-indicator-name", fmt::arg("name", util::quoted(label)),
                         fmt::arg("id", util::quoted(ind.id)), fmt::arg("other", util::quoted(it->second->id))),
                  out.tr("hint.ambiguous-indicator-name"));
      }
    }
  return index;
}

// Whether `file` lies in the folder of `catalog` or below it: the catalog
// that plans/indicators.yaml is for plans/ningxia/…, not for examples/….
bool within_reach(const std::string& catalog, const std::string& file) {
  std::error_code ec;
  fs::path c = fs::absolute(catalog, ec).lexically_normal().parent_path();
  fs::path f = fs::absolute(file, ec).lexically_normal().parent_path();
  return std::mismatch(c.begin(), c.end(), f.begin(), f.end()).first == c.end();
}

// Which catalogs a plan's indicators were checked against, said when that
// is not evident: none at all (nothing was checked), or only catalogs of other
// folders (examples/a/indicators.yaml applied to examples/b/plan.yaml).
// Returns the catalog to name in hints: the nearest, else all of them.
std::string catalog_note(const PlanFile& pf, const std::vector<CatalogFile>& catalogs, Diagnostics& out) {
  const plan::Target* first = nullptr;
  size_t n = 0;
  plan::for_each_target(*pf.plan, [&](const plan::Target& t) {
    if (t.indicator.empty()) return;
    if (!first) first = &t;
    ++n;
  });
  std::vector<std::string> paths;
  for (const auto& cf : catalogs)
    if (within_reach(cf.doc.path(), pf.doc.path())) return cf.doc.path();
  for (const auto& cf : catalogs)
    if (std::find(paths.begin(), paths.end(), cf.doc.path()) == paths.end()) paths.push_back(cf.doc.path());
  std::string all = fmt::format("{}", fmt::join(paths, ", "));
  if (!first) return all;
  util::Pos at = pf.doc.at(Site::target_indicator, first->ptr);
  if (catalogs.empty())
    out.add("no-catalog", pf.doc.path(), at, out.tr("diag.no-catalog-for-plan", fmt::arg("n", n)),
            out.tr("hint.no-catalog-for-plan"));
  else
    out.add("catalog-elsewhere", pf.doc.path(), at, out.tr("diag.catalog-elsewhere", fmt::arg("catalogs", all)),
            out.tr("hint.catalog-elsewhere"));
  return all;
}

// Targets name indicators that exist, in a compatible unit. `catalog` is the
// file a hint tells to add an indicator to.
// Ids the catalog does not hold (and nothing near) are one diagnostic per
// plan, at the first: a plan checked against another catalog names many.
void target_indicators(const PlanFile& pf, const CatalogIndex& index, const std::string& catalog, Diagnostics& out) {
  std::vector<std::string> unknown;
  util::Pos first_unknown;
  plan::for_each_target(*pf.plan, [&](const plan::Target& t) {
      if (t.indicator.empty()) return;
      auto it = index.by_id.find(t.indicator.view());
      if (it == index.by_id.end()) {
        util::Pos at = pf.doc.at(Site::target_indicator, t.ptr);
        if (auto named = index.by_name.find(t.indicator.view()); named != index.by_name.end()) {  // 培育高素质农民
          out.add("unknown-indicator", pf.doc.path(), at,
                  out.tr("diag.indicator-by-name", fmt::arg("value", util::quoted(t.indicator)),
                         fmt::arg("id", named->second->id), fmt::arg("catalog", catalog)),
                  out.tr("hint.indicator-by-name", fmt::arg("id", named->second->id)));
          return;
        }
        if (auto dym = util::did_you_mean(t.indicator, index.ids)) {
          out.add("unknown-indicator", pf.doc.path(), at,
                  out.tr("diag.unknown-indicator", fmt::arg("id", util::quoted(t.indicator))),
                  out.tr("hint.did-you-mean", fmt::arg("value", *dym)));
          return;
        }
        if (unknown.empty()) first_unknown = at;
        if (std::find(unknown.begin(), unknown.end(), t.indicator) == unknown.end()) unknown.push_back(t.indicator.str());
        return;
      }
      const plan::Indicator& ind = *it->second;
      if (!t.unit.empty() && !ind.unit.empty() && !util::unit_scale(t.unit, ind.unit))
        out.add("unit-mismatch", pf.doc.path(), pf.doc.at(Site::target_unit, t.ptr),
                out.tr("diag.unit-mismatch", fmt::arg("id", util::quoted(t.id)), fmt::arg("unit", util::quoted(t.unit)),
                       fmt::arg("indicator", util::quoted(ind.id)), fmt::arg("base", util::quoted(ind.unit))),
                out.tr("hint.unit-mismatch", fmt::arg("base", ind.unit)));
    });
  if (unknown.empty()) return;
  std::vector<std::string> quoted;
  for (const auto& u : unknown) quoted.push_back(util::quoted(u));
  out.add("unknown-indicator", pf.doc.path(), first_unknown,
          unknown.size() == 1
              ? out.tr("diag.unknown-indicator", fmt::arg("id", quoted.front()))
              : out.tr("diag.unknown-indicators", fmt::arg("n", unknown.size()), fmt::arg("ids", fmt::join(quoted, ", "))),
          out.tr("hint.unknown-indicator", fmt::arg("catalog", catalog)));
}

}  // namespace

void check_corpus(const std::vector<PlanFile>& plans, const std::vector<CatalogFile>& catalogs,
                  Diagnostics& out) {
  auto by_id = unique_plan_ids(plans, out);
  parent_plans(plans, by_id, out);
  continues_lineage(plans, out);
  CatalogIndex index = catalog_indicators(catalogs, out);
  for (const auto& pf : plans) {
    std::string catalog = catalog_note(pf, catalogs, out);
    if (!catalogs.empty()) target_indicators(pf, index, catalog, out);
  }
}

}  // namespace scip::check
