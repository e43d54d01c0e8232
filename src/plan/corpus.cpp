// plan/corpus — see corpus.h.
#include "plan/corpus.h"

#include <algorithm>

#include "util/text.h"

namespace scip {

bool region_under(std::string_view code, std::string_view ancestor) {
  if (code.size() != 6 || ancestor.size() != 6 || code == ancestor) return false;
  if (ancestor == "000000") return true;  // the nation
  size_t keep = ancestor.substr(2) == "0000" ? 2 : ancestor.substr(4) == "00" ? 4 : 6;
  return keep < 6 && code.substr(0, keep) == ancestor.substr(0, keep);
}

namespace {

template <class Map>
void add_name(Map& m, std::vector<std::string>& labels, const std::string& name, int id) {
  if (name.empty()) return;
  auto& ids = m[name];
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  labels.push_back(name);
}

template <class Map>
Resolved lookup(const Map& by_name, const std::unordered_map<std::string, int>& by_key, std::string_view text) {
  Resolved r;
  std::string key = util::fold_width(text);
  if (auto it = by_key.find(key); it != by_key.end()) {
    r.id = it->second;
    return r;
  }
  if (auto it = by_name.find(key); it != by_name.end()) {
    if (it->second.size() == 1) r.id = it->second[0];
    else r.candidates = it->second;
  }
  return r;
}

}  // namespace

int RegionIndex::add(const std::string& code, const std::string& name, const std::vector<std::string>& aliases) {
  auto [it, fresh] = by_code_.emplace(code, static_cast<int>(regions_.size()));
  int id = it->second;
  if (fresh) {
    regions_.push_back(Region{code, name, {}, {}});
    labels_.push_back(code);
  }
  Region& r = regions_[static_cast<size_t>(id)];
  if (r.name.empty()) r.name = name;
  add_name(by_name_, labels_, name, id);
  for (const auto& a : aliases) {
    add_name(by_name_, labels_, a, id);
    r.aliases.push_back(a);
  }
  return id;
}

Resolved RegionIndex::resolve(std::string_view text) const { return lookup(by_name_, by_code_, text); }

std::optional<std::string> RegionIndex::suggest(std::string_view text) const {
  return util::did_you_mean(util::fold_width(text), labels_);
}

int RegionIndex::find_code(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? -1 : it->second;
}

void IndicatorIndex::add(const Indicator& ind) {
  if (ind.id.empty()) return;
  auto [it, fresh] = by_id_.emplace(ind.id, static_cast<int>(indicators_.size()));
  if (!fresh) return;
  indicators_.push_back(&ind);
  labels_.push_back(ind.id);
  add_name(by_name_, labels_, ind.name, it->second);
  for (const auto& a : ind.aliases) add_name(by_name_, labels_, a, it->second);
}

Resolved IndicatorIndex::resolve(std::string_view text) const { return lookup(by_name_, by_id_, text); }

std::optional<std::string> IndicatorIndex::suggest(std::string_view text) const {
  return util::did_you_mean(util::fold_width(text), labels_);
}

int IndicatorIndex::find_id(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : it->second;
}

Corpus build_corpus(const std::vector<const Plan*>& plans, const std::vector<const Catalog*>& catalogs) {
  Corpus c;
  c.plans = plans;
  for (const Plan* p : plans) {
    if (!p->region.code.empty()) c.regions.add(p->region.code, p->region.name);
    for (const auto& r : p->regions) c.regions.add(r.code, r.name, r.aliases);
  }
  for (const Catalog* cat : catalogs)
    for (const auto& ind : cat->indicators) c.indicators.add(ind);
  c.plans_by_region.resize(c.regions.size());
  for (const Plan* p : plans) {
    for (size_t r = 0; r < c.regions.size(); ++r) {
      const std::string& code = c.regions.at(static_cast<int>(r)).code;
      if (code == p->region.code || region_under(code, p->region.code)) c.plans_by_region[r].push_back(p);
    }
    for (const auto& listed : p->regions) {
      auto& v = c.plans_by_region[static_cast<size_t>(c.regions.find_code(listed.code))];
      if (std::find(v.begin(), v.end(), p) == v.end()) v.push_back(p);
    }
  }
  return c;
}

}  // namespace scip
