// region/registry — see registry.h.
#include "region/registry.h"

#include <algorithm>
#include <tuple>
#include <stdexcept>

#include "util/permute.h"
#include "util/text.h"

namespace scip::region {

namespace {

// The pieces of `s` between each `sep`, into `out` (emptied first; it keeps
// its capacity, so one vector serves every row of the table).
void split(std::string_view s, char sep, std::vector<std::string_view>& out) {
  out.clear();
  for (size_t start = 0;;) {
    size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return;
    start = end + 1;
  }
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') throw std::runtime_error("region registry: not a year: " + std::string(s));
    v = v * 10 + (c - '0');
  }
  return v;
}

// "640502" or "640106[2002]".
Successor successor(std::string_view s) {
  size_t open = s.find('[');
  if (open == std::string_view::npos) return {s, 0};
  return {s.substr(0, open), to_int(s.substr(open + 1, s.size() - open - 2))};
}

// A 6-digit code as a number (a key without allocation); 0 when it is not one.
uint32_t key(std::string_view code) {
  if (!is_code(code)) return 0;
  uint32_t v = 0;
  for (char c : code) v = v * 10 + static_cast<uint32_t>(c - '0');
  return v + 1;  // "000000" is a key too
}

// A key's four-digit prefix (of 10,000): where by_prefix_ looks for it.
uint32_t prefix_of(uint32_t key) { return (key - 1) / 100; }

bool overlaps(const Record& a, int from, int until) {
  return a.from < (until ? until : 99999) && from < (a.until ? a.until : 99999);
}

// Ethnic groups as autonomous areas name them (海西蒙古族藏族自治州, 伊犁哈萨克自治州).
constexpr std::u32string_view kEthnic[] = {
    U"蒙古", U"回", U"藏", U"维吾尔", U"苗", U"彝", U"壮", U"布依", U"朝鲜", U"满", U"侗", U"瑶", U"白", U"土家",
    U"哈尼", U"哈萨克", U"傣", U"黎", U"傈僳", U"佤", U"畲", U"高山", U"拉祜", U"水", U"东乡", U"纳西", U"景颇",
    U"柯尔克孜", U"土", U"达斡尔", U"仫佬", U"羌", U"布朗", U"撒拉", U"毛南", U"仡佬", U"锡伯", U"阿昌", U"普米",
    U"塔吉克", U"怒", U"乌孜别克", U"俄罗斯", U"鄂温克", U"德昂", U"保安", U"裕固", U"京", U"塔塔尔", U"独龙",
    U"鄂伦春", U"赫哲", U"门巴", U"珞巴", U"基诺", U"各"};

// Strips trailing "X族" / "X" of the groups above while two characters stay.
std::u32string strip_ethnic(std::u32string base) {
  for (bool changed = true; changed;) {
    changed = false;
    for (std::u32string_view e : kEthnic)
      for (std::u32string suffix : {std::u32string(e) + U"族", std::u32string(e)})
        if (base.size() >= suffix.size() + 2 && base.ends_with(suffix)) {
          base.resize(base.size() - suffix.size());
          changed = true;
        }
  }
  return base;
}

}  // namespace

std::vector<std::string> short_names(std::string_view name) {
  std::u32string n = util::decode_utf8(name);
  std::vector<std::u32string> out;
  for (std::u32string_view kind : {U"州", U"县", U"旗"})
    if (n.ends_with(U"自治" + std::u32string(kind))) {
      std::u32string base = strip_ethnic(n.substr(0, n.size() - 3));
      if (base.size() >= 2) out = {base, base + std::u32string(kind)};
    }
  if (out.empty())
    for (std::u32string_view suffix : {U"地区", U"林区", U"市", U"区", U"县", U"盟", U"旗", U"州"})
      if (n.size() >= suffix.size() + 2 && n.ends_with(suffix)) {
        out.push_back(n.substr(0, n.size() - suffix.size()));
        break;
      }
  std::vector<std::string> names;
  for (const auto& s : out)
    if (s != n) names.push_back(util::encode_utf8(s));
  return names;
}

bool is_code(std::string_view s) {
  return s.size() == 6 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool statistical_code(std::string_view code) { return is_code(code) && code[4] >= '7'; }

std::string_view level_name(Level l) {
  return l == Level::province ? "province" : l == Level::prefecture ? "prefecture" : "county";
}

double population_ceiling(std::string_view level) {
  return level == "county" ? 6e6 : level == "prefecture" ? 3e7 : level == "province" ? 1.5e8 : level == "national" ? 1.5e9 : 0;
}

void CodeChain::push_back(std::string_view code) {
  if (size_ == codes_.size() || code.size() != codes_[0].size())
    throw std::runtime_error("region registry: a chain of parents past four codes, or a code not of six characters: " +
                             std::string(code));
  std::copy(code.begin(), code.end(), codes_[size_++].begin());
}

bool CodeChain::contains(std::string_view code) const {
  for (size_t i = 0; i < size_; ++i)
    if ((*this)[i] == code) return true;
  return false;
}

std::vector<std::string> CodeChain::nearest_first() const {
  std::vector<std::string> out;
  for (size_t i = 0; i < size_; ++i) out.emplace_back((*this)[i]);
  return out;
}

std::vector<std::string> CodeChain::outermost_first() const {
  std::vector<std::string> out = nearest_first();
  std::reverse(out.begin(), out.end());
  return out;
}

Registry::Registry(std::string_view csv) : copy_(csv) {
  table_ = copy_;
  std::vector<Place> places = parse();
  sort_by_code(places);
  link_parents(places);
  for (Record& r : records_) r.chain = chain_of(&r, r.from);
  index_below();
}

// One row of the table: the record, and where the table places it.
std::pair<Record, Registry::Place> Registry::parse_row(std::string_view line, std::vector<std::string_view>& f) {
  split(line, ',', f);
  if (f.size() != 9) throw std::runtime_error("region registry: a row without 9 fields: " + std::string(line));
  if (!is_code(f[0])) throw std::runtime_error("region registry: a code not of six digits: " + std::string(line));
  Record r;
  r.code = f[0];
  r.name = f[3];
  r.level = f[4] == "省级" ? Level::province : f[4] == "地级" ? Level::prefecture : Level::county;
  r.abolished = f[5] == "弃用";
  r.from = to_int(f[6]);
  r.until = f[7].empty() ? 0 : to_int(f[7]);
  // A prefecture names itself as its prefecture.
  Place place{f[1], f[3] == f[2] ? std::string_view() : f[2], static_cast<uint32_t>(successors_.size())};
  if (!f[8].empty()) {
    std::string_view rest = f[8];
    for (size_t semi; !rest.empty(); rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1)) {
      semi = rest.find(';');
      successors_.push_back(successor(rest.substr(0, semi)));
    }
  }
  return {r, place};
}

// The rows one by one (no list of lines: every page the registry touches
// is one more fault of a process's start), then each record's successors
// as a span of successors_, which has stopped growing.
std::vector<Registry::Place> Registry::parse() {
  std::string_view csv = table_;
  if (csv.starts_with("\xEF\xBB\xBF")) csv.remove_prefix(3);
  size_t rows = static_cast<size_t>(std::count(csv.begin(), csv.end(), '\n')) + 1;
  records_.reserve(rows);
  std::vector<Place> places;
  places.reserve(rows);
  std::vector<std::string_view> fields;
  bool header = true;
  for (size_t start = 0; start <= csv.size();) {
    size_t end = std::min(csv.find('\n', start), csv.size());
    std::string_view line = csv.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (header) {
      header = false;
      continue;
    }
    auto [record, place] = parse_row(line, fields);
    records_.push_back(record);
    places.push_back(place);
  }
  for (size_t i = 0; i < records_.size(); ++i) {
    size_t until = i + 1 < places.size() ? places[i + 1].successors_from : successors_.size();
    records_[i].successors = std::span<const Successor>(successors_).subspan(places[i].successors_from,
                                                                             until - places[i].successors_from);
  }
  return places;
}

// By code, then from; the table's order among equals. An order of indices
// is sorted and the records moved once (a stable sort of the records would
// move each of them log n times); the places move with them, and the keys
// are the sorted records' own. Codes are compared as numbers, here and in
// every lookup (keys_).
void Registry::sort_by_code(std::vector<Place>& places) {
  std::vector<uint32_t>& keys = parsed_keys_;
  keys.resize(records_.size());
  for (size_t i = 0; i < records_.size(); ++i) keys[i] = key(records_[i].code);
  std::vector<size_t> order(records_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [this, &keys](size_t a, size_t b) {
    return std::tie(keys[a], records_[a].from, a) < std::tie(keys[b], records_[b].from, b);
  });
  std::vector<size_t> same = order;  // (permute_in_place consumes the order it is given)
  util::permute_in_place(records_, order);
  util::permute_in_place(places, same);
  for (size_t i = 0; i < records_.size(); ++i) keys[i] = key(records_[i].code);
  keys_ = keys;
  index_prefixes();
}

void Registry::index_prefixes() {
  parsed_by_prefix_.assign(kPrefixes + 1, 0);
  size_t i = 0;
  for (uint32_t p = 0; p <= kPrefixes; ++p) {
    while (i < keys_.size() && prefix_of(keys_[i]) < p) ++i;
    parsed_by_prefix_[p] = static_cast<uint32_t>(i);
  }
  by_prefix_ = parsed_by_prefix_;
}

// Parents: a province by its name, a prefecture by (province, name) among
// the prefectures in force when the county's record began (or overlapping it).
void Registry::link_parents(const std::vector<Place>& places) {
  std::unordered_map<std::string_view, std::string_view> province_code;  // views into records_, which stays put
  std::unordered_map<std::string_view, std::vector<size_t>> prefectures;  // by name, in the records' order
  for (size_t i = 0; i < records_.size(); ++i) {
    const Record& r = records_[i];
    if (r.level == Level::province) province_code[r.name] = r.code;
    if (r.level == Level::prefecture) prefectures[r.name].push_back(i);
  }
  for (size_t i = 0; i < records_.size(); ++i) {
    Record& r = records_[i];
    if (r.level == Level::province) {
      r.parent = "000000";
      continue;
    }
    auto province = province_code.find(places[i].province);
    r.parent = province == province_code.end() ? std::string_view() : province->second;
    if (r.level == Level::prefecture || places[i].prefecture == "直辖") continue;
    auto named = prefectures.find(places[i].prefecture);
    if (named == prefectures.end()) continue;
    const Record* best = nullptr;
    for (size_t k : named->second) {
      const Record* p = &records_[k];
      if (places[k].province != places[i].province) continue;
      if (p->valid_in(r.from)) best = p;
      else if (!best && overlaps(*p, r.from, r.until)) best = p;
    }
    if (best) r.parent = best->code;
  }
}

void Registry::index_below() {
  size_t n = 0;
  for (const Record& r : records_) n += r.chain.size();
  std::vector<std::pair<uint32_t, uint32_t>>& below = parsed_below_;
  below.reserve(n);
  for (size_t i = 0; i < records_.size(); ++i)
    for (size_t k = 0; k < records_[i].chain.size(); ++k)
      below.emplace_back(key(records_[i].chain[k]), static_cast<uint32_t>(i));
  std::sort(below.begin(), below.end());
  below_ = below;
}

// On the first lookup by name: a check of plans by codes never asks, and
// the index would add half again to the registry's 2 MB (fresh pages cost a
// process's start more than the work does).
void Registry::index_names() const {
  by_name_.reserve(2 * records_.size());
  for (size_t i = 0; i < records_.size(); ++i) {
    by_name_[std::string(records_[i].name)].push_back(i);
    for (const auto& s : short_names(records_[i].name)) by_name_[s].push_back(i);
  }
}

std::span<const Record> Registry::records(std::string_view code) const {
  uint32_t k = key(code);
  if (k == 0) return {};
  uint32_t prefix = prefix_of(k);
  auto [first, last] = std::equal_range(keys_.begin() + by_prefix_[prefix], keys_.begin() + by_prefix_[prefix + 1], k);
  return {records_.data() + (first - keys_.begin()), static_cast<size_t>(last - first)};
}

const Record* Registry::at(std::string_view code, int year) const {
  for (const Record& r : records(code))
    if (r.valid_in(year)) return &r;
  return nullptr;
}

const Record* Registry::latest(std::string_view code) const {
  auto rs = records(code);
  return rs.empty() ? nullptr : &rs.back();
}

CodeChain Registry::chain_of(const Record* r, int year) const {
  CodeChain out;
  // Four steps at most (county, prefecture, province, nation): a loop in
  // the table cannot hang the walk.
  while (r && !r->parent.empty() && out.size() < 4) {
    out.push_back(r->parent);
    if (r->parent == "000000") break;
    const Record* up = at(r->parent, year);
    r = up ? up : latest(r->parent);
  }
  return out;
}

std::vector<std::string> Registry::ancestors(std::string_view code, int year) const {
  return chain_of(at(code, year), year).nearest_first();
}

bool Registry::under(std::string_view code, std::string_view ancestor, int year) const {
  return chain_of(at(code, year), year).contains(ancestor);
}

std::optional<bool> Registry::under_latest(std::string_view code, std::string_view ancestor) const {
  const Record* r = latest(code);
  if (!r) return std::nullopt;
  return r->chain.contains(ancestor);
}

std::vector<const Record*> Registry::below(std::string_view ancestor, int from, int to) const {
  std::vector<const Record*> out;
  uint32_t k = key(ancestor);
  auto first = std::lower_bound(below_.begin(), below_.end(), std::pair<uint32_t, uint32_t>(k, 0));
  for (auto it = first; it != below_.end() && it->first == k; ++it) {
    const Record& r = records_[it->second];
    if (overlaps(r, from, to + 1) && under(r.code, ancestor, std::max(from, r.from))) out.push_back(&r);
  }
  return out;
}

std::vector<const Record*> Registry::named(std::string_view name) const {
  std::vector<const Record*> out;
  std::call_once(names_once_, [this] { index_names(); });
  if (auto it = by_name_.find(std::string(name)); it != by_name_.end())
    for (size_t i : it->second) out.push_back(&records_[i]);
  return out;
}

const Record* Registry::find(std::string_view what) const {
  if (is_code(what)) return latest(what);
  std::vector<const Record*> current, any;
  for (const Record* r : named(what)) {
    const Record* now = latest(r->code);
    auto add = [&](std::vector<const Record*>& v) {
      if (std::find(v.begin(), v.end(), now) == v.end()) v.push_back(now);
    };
    add(any);
    if (now->until == 0 && !now->abolished) add(current);
  }
  if (current.size() == 1) return current.front();
  return current.empty() && any.size() == 1 ? any.front() : nullptr;
}

}  // namespace scip::region
