// plan/corpus — see corpus.h.
#include "plan/corpus.h"

#include <algorithm>

#include "region/registry.h"
#include "util/text.h"

namespace scip::plan {

std::vector<std::string> region_ancestors(std::string_view code) {
  if (code.size() != 6) return {};
  if (const region::Record* r = region::Registry::builtin().latest(code))
    return r->chain.outermost_first();
  // Not in the registry (a statistical unit): the nation, its province and
  // its prefecture by the code's digits.
  std::vector<std::string> out{"000000"};
  for (std::string a : {std::string(code.substr(0, 2)) + "0000", std::string(code.substr(0, 4)) + "00"})
    if (a != code && a != out.back()) out.push_back(a);
  if (code == "000000") out.clear();
  return out;
}

bool region_under(std::string_view code, std::string_view ancestor) {
  auto above = region_ancestors(code);
  return std::find(above.begin(), above.end(), ancestor) != above.end();
}

std::pair<int, bool> NameIndex::add_key(const std::string& key, int next) {
  auto [it, fresh] = by_key_.emplace(key, next);
  if (fresh) labels_.push_back(key);
  return {it->second, fresh};
}

void NameIndex::add_name(const std::string& name, int id) {
  if (name.empty()) return;
  auto& ids = by_name_[util::fold_width(name)];  // as resolve() folds what it looks up
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  labels_.push_back(name);
}

Resolved NameIndex::resolve(std::string_view text) const {
  Resolved r;
  thread_local std::string key;  // a submission resolves millions of cells: no allocation for each
  util::fold_width_into(text, key);
  if (auto it = by_key_.find(key); it != by_key_.end()) {
    r.id = it->second;
    return r;
  }
  if (auto it = by_name_.find(key); it != by_name_.end()) {
    if (it->second.size() == 1) r.id = it->second[0];
    else r.candidates = it->second;
  }
  return r;
}

std::optional<std::string> NameIndex::suggest(std::string_view text) const {
  return util::did_you_mean(util::fold_width(text), labels_);
}

int NameIndex::find(std::string_view key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? -1 : it->second;
}

int RegionIndex::add(const std::string& code, const std::string& name, const std::vector<std::string>& aliases) {
  auto [id, fresh] = names_.add_key(code, static_cast<int>(regions_.size()));
  if (fresh) regions_.push_back(Region{code, name, {}, {}});
  Region& r = regions_[static_cast<size_t>(id)];
  if (r.name.empty()) r.name = name;
  names_.add_name(name, id);
  for (const auto& a : aliases) {
    names_.add_name(a, id);
    r.aliases.push_back(a);
  }
  return id;
}

void IndicatorIndex::add(const Indicator& ind) {
  if (ind.id.empty()) return;
  auto [id, fresh] = names_.add_key(ind.id, static_cast<int>(indicators_.size()));
  if (!fresh) return;
  indicators_.push_back(&ind);
  names_.add_name(ind.name, id);
  for (const auto& a : ind.aliases) names_.add_name(a, id);
}

const std::vector<int>& Corpus::subregions(const Plan* p) const {
  static const std::vector<int> kNone;
  auto it = subregions_by_plan.find(p);
  return it == subregions_by_plan.end() ? kNone : it->second;
}

Corpus build_corpus(const std::vector<const Plan*>& plans, const std::vector<const Catalog*>& catalogs) {
  Corpus c;
  c.plans = plans;
  for (const Plan* p : plans) {
    if (!p->region.code.empty()) c.regions.add(p->region.code, p->region.name);
    for (const auto& r : p->regions) c.regions.add(r.code, r.name, r.aliases);
  }
  // Then every registry region under a plan's region, in force at some time
  // in the plan's period: a county reports to its city's plan without being
  // listed. Its names: the full name, with its parent's (中卫市沙坡头区), and
  // the short forms (沙坡头); a name several regions share stays ambiguous.
  const region::Registry& reg = region::Registry::builtin();
  for (const Plan* p : plans) {
    std::vector<int>& subs = c.subregions_by_plan[p];
    for (const auto& r : p->regions) subs.push_back(c.regions.find_code(r.code));
    if (p->start == 0 || p->end == 0 || !reg.latest(p->region.code)) continue;
    for (const region::Record* r : reg.below(p->region.code, p->start, p->end)) {
      std::vector<std::string> names = region::short_names(r->name);
      if (const region::Record* up = reg.latest(r->parent); up && up->level != region::Level::province)
        names.push_back(std::string(up->name).append(r->name));
      int id = c.regions.add(std::string(r->code), std::string(r->name), names);
      if (r->parent == p->region.code) subs.push_back(id);
    }
  }
  for (auto& [p, subs] : c.subregions_by_plan) {
    std::sort(subs.begin(), subs.end(), [&](int a, int b) { return c.regions.at(a).code < c.regions.at(b).code; });
    subs.erase(std::unique(subs.begin(), subs.end()), subs.end());
  }
  for (const Catalog* cat : catalogs)
    for (const auto& ind : cat->indicators) c.indicators.add(ind);
  // A region's plans: those of its own code and of each code above it (one
  // ancestor walk per region, not a test per region and plan), then those
  // that list it.
  c.plans_by_region.resize(c.regions.size());
  c.ancestors_by_region.resize(c.regions.size());
  c.ancestor_ids_by_region.resize(c.regions.size());
  std::unordered_map<const Plan*, size_t> order;
  std::unordered_map<std::string, std::vector<const Plan*>> plans_of_code;
  for (const Plan* p : plans) {
    order.emplace(p, order.size());
    plans_of_code[p->region.code].push_back(p);
  }
  for (size_t r = 0; r < c.regions.size(); ++r) {
    const std::string& code = c.regions.at(static_cast<int>(r)).code;
    c.ancestors_by_region[r] = region_ancestors(code);
    for (const auto& a : c.ancestors_by_region[r])
      if (int id = c.regions.find_code(a); id >= 0) c.ancestor_ids_by_region[r].push_back(id);
    auto& mine = c.plans_by_region[r];
    std::vector<const std::string*> codes{&code};
    for (const auto& a : c.ancestors_by_region[r]) codes.push_back(&a);
    for (const std::string* a : codes)
      if (auto it = plans_of_code.find(*a); it != plans_of_code.end()) mine.insert(mine.end(), it->second.begin(), it->second.end());
    std::sort(mine.begin(), mine.end(), [&](const Plan* x, const Plan* y) { return order[x] < order[y]; });
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
  }
  for (const Plan* p : plans) {
    for (const auto& listed : p->regions) {
      auto& v = c.plans_by_region[static_cast<size_t>(c.regions.find_code(listed.code))];
      if (std::find(v.begin(), v.end(), p) == v.end()) v.push_back(p);
    }
  }
  return c;
}

}  // namespace scip::plan
