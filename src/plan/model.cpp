// plan/model — see model.h.
#include "plan/model.h"

#include <nlohmann/json.hpp>

#include "util/release.h"

namespace scip::plan {

using nlohmann::json;

util::Date When::end() const { return date ? *date : util::Date{year, 12, 31}; }
util::Date When::start() const { return date ? *date : util::Date{year, 1, 1}; }

namespace {

// Reads a JSON value into a member, leniently: a value of the wrong type
// leaves the member as it was (the schema step has reported it).
template <class S>
  requires std::same_as<S, std::string> || std::same_as<S, util::CompactString> ||
           std::same_as<S, util::InternedString>
void read(const json& j, S& x) {
  if (j.is_string() && !j.get_ref<const std::string&>().empty()) x = j.get_ref<const std::string&>();
}
void read(const json& j, bool& x) {
  if (j.is_boolean()) x = j.get<bool>();
}
void read(const json& j, int& x) {
  if (j.is_number_integer()) x = j.get<int>();
}
void read(const json& j, std::optional<int>& x) {
  if (j.is_number_integer()) x = j.get<int>();
}
void read(const json& j, std::optional<double>& x) {
  if (j.is_number()) x = j.get<double>();
}
void read(const json& j, std::optional<When>& x) { x = parse_when(j); }
// Calls f with each string of a list; `lead: edu` (reported as wrong-type)
// still names edu for the other rules.
template <class F>
void each_string(const json& j, F&& f) {
  if (j.is_array()) {
    for (const auto& v : j)
      if (v.is_string()) f(v.get_ref<const std::string&>());
  } else if (j.is_string()) {
    f(j.get_ref<const std::string&>());
  }
}
void read(const json& j, std::vector<std::string>& x) {  // findings, ledgers, aliases
  if (j.is_array()) x.reserve(x.size() + j.size());
  each_string(j, [&](const std::string& s) { x.push_back(s); });
}
void read(const json& j, util::PackedStrings& x) {  // the id lists of actions and tasks
  // The whole list is encoded first and interned once.
  std::string bytes(x.bytes());
  each_string(j, [&](const std::string& s) { util::PackedStrings::append_item(bytes, s); });
  x.from_bytes(bytes);
}
void read(const json& j, std::vector<std::pair<std::string, double>>& x) {  // allocations: code -> share
  if (j.is_object())
    for (const auto& [k, v] : j.items())
      if (v.is_number()) x.emplace_back(k, v.get<double>());
}
void read(const json& j, std::vector<std::pair<std::string, std::string>>& x) {  // departments: id -> name
  if (!j.is_object()) return;
  x.reserve(x.size() + j.size());
  for (const auto& [k, v] : j.items()) x.emplace_back(k, v.is_string() ? v.get<std::string>() : std::string());
}

// The visitor of fields() (model.h) that reads a JSON object at `ptr`.
class JsonReader {
 public:
  JsonReader(const json& j, std::string ptr) : j_(j), ptr_(std::move(ptr)) {}

  template <class T>
  void key(const char* k, T& x) {
    if (const json* m = member(k)) read(*m, x);
  }
  template <class S>
  void pointer(S& x) { x = ptr_; }
  template <class F>
  void group(const char* k, F&& f) {
    if (const json* m = member(k); m && m->is_object()) {
      JsonReader sub(*m, ptr_ + "/" + k);
      f(sub);
    }
  }
  template <class T>
  void object(const char* k, T& x) {
    group(k, [&](JsonReader& sub) { fields(sub, x); });
  }
  template <class T>
  void list(const char* k, std::vector<T>& x) {
    const json* m = member(k);
    if (!m || !m->is_array()) return;
    x.reserve(x.size() + m->size());  // no growth slack: 3,000 plans keep these
    for (size_t i = 0; i < m->size(); ++i) {
      if (!(*m)[i].is_object()) continue;  // wrong-type, reported by the schema
      JsonReader sub((*m)[i], ptr_ + "/" + k + "/" + std::to_string(i));
      fields(sub, x.emplace_back());
    }
  }
  template <class T>
  void internal(T&) {}

 private:
  const json* member(const char* k) const {
    if (!j_.is_object()) return nullptr;
    auto it = j_.find(k);
    return it == j_.end() ? nullptr : &*it;
  }
  const json& j_;
  std::string ptr_;
};

// The member `key` of the object at `ptr` in `j`, or null.
const json* member_at(const json& j, const std::string& ptr, const char* key) {
  try {
    const json& o = j.at(json::json_pointer(ptr));
    return o.is_object() && o.contains(key) ? &o.at(key) : nullptr;
  } catch (const json::exception&) {
    return nullptr;
  }
}

}  // namespace

bool is_rate(const Indicator& ind) {
  if (ind.regions == "sum") return false;
  if (ind.regions == "none") return true;
  return unit_is_rate(ind.unit) || ind.name.find("人均") != std::string::npos;
}

bool unit_is_rate(std::string_view u) {
  return u.find('%') != std::string_view::npos || u.find("‰") != std::string_view::npos ||
         u.find('/') != std::string_view::npos || u.find("人均") != std::string_view::npos;
}

std::optional<std::string_view> op_for_word(std::string_view word) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"以上", ">="}, {"及以上", ">="}, {"不少于", ">="}, {"不低于", ">="}, {"达到", ">="}, {"至少", ">="},
      {"超过", ">"},  {"多于", ">"},    {"高于", ">"},     {"大于", ">"},     {"以下", "<="}, {"不超过", "<="},
      {"不高于", "<="}, {"不多于", "<="}, {"至多", "<="},  {"低于", "<"},     {"少于", "<"},   {"不足", "<"},
      {"小于", "<"},  {"等于", "=="},  {"以内", "<="}, {"控制在", "<="}};
  for (const auto& [w, op] : kWords)
    if (w == word) return op;
  return std::nullopt;
}

bool is_count(const Indicator& ind) { return !is_rate(ind) && ind.unit.find("元") == std::string::npos; }

When parse_when(const json& j) {
  When w;
  if (j.is_number_integer()) {
    w.text = std::to_string(j.get<std::int64_t>());
    auto y = j.get<std::int64_t>();
    if (y >= 1 && y <= 9999) { w.year = static_cast<int>(y); w.valid = true; }
  } else if (j.is_string()) {
    w.text = j.get<std::string>();
    if (auto d = util::parse_date(w.text)) {
      w.date = d;
      w.year = d->year;
      w.valid = true;
    }
  }
  return w;
}

Plan plan_from_json(const json& j) {
  Plan p;
  JsonReader r(j, "");
  fields(r, p);
  // A region listed without a code names nothing a figure can be reported for.
  std::erase_if(p.regions, [](const Region& g) { return g.code.empty(); });
  return p;
}

Catalog catalog_from_json(const json& j) {
  Catalog c;
  JsonReader r(j, "");
  fields(r, c);
  return c;
}

Findings findings_from_json(const json& j) {
  Findings f;
  JsonReader r(j, "");
  fields(r, f);
  return f;
}

Ledger ledger_from_json(const json& j) {
  Ledger l;
  JsonReader r(j, "");
  fields(r, l);
  // A period is written as a year (2023, an integer in YAML) or a text (2023-H1).
  for (auto& e : l.entries)
    if (const json* p = member_at(j, e.ptr, "period"); p && p->is_number_integer()) e.period = std::to_string(p->get<long long>());
  return l;
}

Rubric rubric_from_json(const json& j) {
  Rubric r;
  JsonReader reader(j, "");
  fields(reader, r);
  // `score` is a word or an object of one of three shapes: read by hand.
  for (auto& item : r.items) {
    const json* s = member_at(j, item.ptr, "score");
    if (!s) continue;
    auto number = [&](const json& o, const char* k) -> std::optional<double> {
      return o.is_object() && o.contains(k) && o[k].is_number() ? std::optional<double>(o[k].get<double>()) : std::nullopt;
    };
    if (s->is_string() && *s == "manual") item.method = "manual";
    else if (s->is_object() && s->contains("target") && (*s)["target"].is_string()) {
      item.method = "target";
      item.ref = (*s)["target"].get<std::string>();
    } else if (s->is_object() && s->contains("milestone") && (*s)["milestone"].is_string()) {
      item.method = "milestone";
      item.ref = (*s)["milestone"].get<std::string>();
      item.late = number(*s, "late");
    } else if (s->is_object() && s->contains("findings")) {
      item.method = "findings";
      item.per_overdue = number((*s)["findings"], "per_overdue");
      item.per_open = number((*s)["findings"], "per_open");
    }
  }
  return r;
}

void release_prose(Plan& p) {
  for (auto& g : p.goals) util::release(g.text);
  for (auto& a : p.actions) {
    util::release(a.text);
    for (auto& t : a.tasks) {
      util::release(t.title);
      util::release(t.text);
    }
  }
  for (auto& m : p.milestones) {
    util::release(m.title);
    util::release(m.text);
  }
}

std::string_view department_name(const Plan& p, std::string_view id) {
  for (const auto& [k, name] : p.departments)
    if (k == id) return name;
  return id;
}

int status_rank(std::string_view status) {
  static constexpr std::string_view kOrder[] = {"未整改", "整改中", "已整改", "已销号"};
  for (int i = 0; i < 4; ++i)
    if (kOrder[i] == status) return i;
  return -1;
}

}  // namespace scip::plan
