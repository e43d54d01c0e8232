// plan/corpus — what the files of one run know about regions and indicators.
//
// Submissions name regions and indicators as people write them: a GB/T 2260
// code or a name (海东市), an indicator id or its Chinese name or alias
// (注册科技志愿者). The corpus resolves those names against the plans and
// catalogs of the run, and turns them into small integers, so that a million
// rows cost a hash lookup each and no string is kept per row.
//
// Regions come from each plan's own region, the regions it lists under
// `regions:`, and the region registry (region/registry.h): every code under
// the plan's region in force during its period. A region lies under another
// by the registry's hierarchy (直辖 and 省直辖县级 units included); codes the
// registry does not hold (statistical units listed under `regions:`) by their
// GB/T 2260 prefix (a province XX0000 holds XX…, a prefecture XXYY00 XXYY…).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "plan/model.h"
#include "util/text.h"

namespace scip::plan {

// The codes `code` lies under, the nation first: its latest record's chain in
// the registry, or, for a code the registry does not hold, the nation, the
// province and the prefecture its digits name.
std::vector<std::string> region_ancestors(std::string_view code);

// Whether region `code` lies strictly under `ancestor`: one of its
// region_ancestors (Corpus::under asks the same of the corpus's regions).
bool region_under(std::string_view code, std::string_view ancestor);

// How a name was resolved: one id, none, or several (ambiguous).
struct Resolved {
  int id = -1;
  std::vector<int> candidates;  // when ambiguous
  bool ambiguous() const { return candidates.size() > 1; }
};

// Keys (codes, ids) and names (names, aliases) to small ids: what both
// indexes below resolve with. Text is folded (full width to ASCII, trimmed)
// before lookup; a name shared by several ids is ambiguous.
class NameIndex {
 public:
  // The id of `key`, which becomes `next` if the key is new; whether it was.
  std::pair<int, bool> add_key(const std::string& key, int next);
  void add_name(const std::string& name, int id);
  Resolved resolve(std::string_view text) const;
  std::optional<std::string> suggest(std::string_view text) const;
  int find(std::string_view key) const;

 private:
  std::unordered_map<std::string, int, util::StringHash, std::equal_to<>> by_key_;
  std::unordered_map<std::string, std::vector<int>, util::StringHash, std::equal_to<>> by_name_;
  std::vector<std::string> labels_;  // keys and names, for suggestions
};

class RegionIndex {
 public:
  // Adds or enriches a region (the first name given becomes its name).
  int add(const std::string& code, const std::string& name, const std::vector<std::string>& aliases = {});
  Resolved resolve(std::string_view text) const { return names_.resolve(text); }
  std::optional<std::string> suggest(std::string_view text) const { return names_.suggest(text); }
  int find_code(std::string_view code) const { return names_.find(code); }
  const Region& at(int id) const { return regions_[static_cast<size_t>(id)]; }
  size_t size() const { return regions_.size(); }

 private:
  std::vector<Region> regions_;
  NameIndex names_;
};

class IndicatorIndex {
 public:
  void add(const Indicator& ind);  // a second indicator with the same id is ignored
  Resolved resolve(std::string_view text) const { return names_.resolve(text); }
  std::optional<std::string> suggest(std::string_view text) const { return names_.suggest(text); }
  int find_id(std::string_view id) const { return names_.find(id); }
  const Indicator& at(int id) const { return *indicators_[static_cast<size_t>(id)]; }
  size_t size() const { return indicators_.size(); }

 private:
  std::vector<const Indicator*> indicators_;
  NameIndex names_;
};

struct Corpus {
  std::vector<const Plan*> plans;
  std::vector<std::string> catalog_files;  // the paths of the catalogs, for messages
  RegionIndex regions;
  IndicatorIndex indicators;

  // The plans that a report from `region` counts for: plans of that region,
  // of a region above it, or listing it under `regions:` (computed once, in
  // build_corpus: submissions ask for every row).
  const std::vector<const Plan*>& plans_for(int region) const { return plans_by_region[static_cast<size_t>(region)]; }
  std::vector<std::vector<const Plan*>> plans_by_region;

  // The codes above a region, the nation first (region_ancestors, computed
  // once per region: the rules over millions of figures ask it often).
  const std::vector<std::string>& ancestors(int region) const { return ancestors_by_region[static_cast<size_t>(region)]; }
  bool under(int region, std::string_view ancestor) const {
    const auto& a = ancestors(region);
    return std::find(a.begin(), a.end(), ancestor) != a.end();
  }
  std::vector<std::vector<std::string>> ancestors_by_region;
  // The same as ids, of the ancestors the corpus holds (the others cannot be
  // a region of a plan or a report): what the rules over figures compare.
  const std::vector<int>& ancestor_ids(int region) const { return ancestor_ids_by_region[static_cast<size_t>(region)]; }
  bool under(int region, int ancestor) const {
    const auto& a = ancestor_ids(region);
    return std::find(a.begin(), a.end(), ancestor) != a.end();
  }
  std::vector<std::vector<int>> ancestor_ids_by_region;

  // The regions directly under a plan's region (what `each_region` targets
  // are measured for): those it lists under `regions:`, and the registry's
  // in force during its period, ordered by code.
  const std::vector<int>& subregions(const Plan* p) const;
  std::unordered_map<const Plan*, std::vector<int>> subregions_by_plan;
};

Corpus build_corpus(const std::vector<const Plan*>& plans, const std::vector<const Catalog*>& catalogs);

}  // namespace scip::plan
