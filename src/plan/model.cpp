// plan/model — see model.h.
#include "plan/model.h"

namespace scip::plan {

using nlohmann::json;

util::Date When::end() const { return date ? *date : util::Date{year, 12, 31}; }
util::Date When::start() const { return date ? *date : util::Date{year, 1, 1}; }

namespace {

std::string str(const json& j, const char* key) {
  if (j.is_object() && j.contains(key) && j[key].is_string()) return j[key].get<std::string>();
  return {};
}

std::optional<double> num(const json& j, const char* key) {
  if (j.is_object() && j.contains(key) && j[key].is_number()) return j[key].get<double>();
  return std::nullopt;
}

std::vector<std::string> strs(const json& j, const char* key) {
  std::vector<std::string> out;
  if (j.is_object() && j.contains(key) && j[key].is_array()) {
    for (const auto& v : j[key])
      if (v.is_string()) out.push_back(v.get<std::string>());
  } else if (j.is_object() && j.contains(key) && j[key].is_string()) {
    // `lead: edu` (reported as wrong-type) still names edu for the other rules.
    out.push_back(j[key].get<std::string>());
  }
  return out;
}

bool flag(const json& j, const char* key) {
  return j.is_object() && j.contains(key) && j[key].is_boolean() && j[key].get<bool>();
}

const json& arr(const json& j, const char* key) {
  static const json empty = json::array();
  if (j.is_object() && j.contains(key) && j[key].is_array()) return j[key];
  return empty;
}

std::optional<When> when(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key)) return std::nullopt;
  return parse_when(j[key]);
}

std::vector<Target> targets(const json& j, const std::string& ptr) {
  std::vector<Target> out;
  const json& a = arr(j, "targets");
  for (size_t i = 0; i < a.size(); ++i) {
    const json& t = a[i];
    if (!t.is_object()) continue;  // wrong-type, reported by the schema
    Target x;
    x.ptr = ptr + "/targets/" + std::to_string(i);
    x.id = str(t, "id");
    x.indicator = str(t, "indicator");
    x.name = str(t, "name");
    x.text = str(t, "text");
    x.unit = str(t, "unit");
    x.source = str(t, "source");
    x.per = str(t, "per");
    x.each_region = flag(t, "each_region");
    if (auto op = str(t, "op"); !op.empty()) x.op = op;
    x.accumulate = str(t, "accumulate");
    x.value = num(t, "value");
    x.by = when(t, "by");
    if (t.contains("baseline") && t["baseline"].is_object()) {
      x.baseline_value = num(t["baseline"], "value");
      x.baseline_at = when(t["baseline"], "at");
      x.baseline_ptr = x.ptr + "/baseline";
    }
    out.push_back(std::move(x));
  }
  return out;
}

// The fields that actions and tasks share.
template <class T>
void read_work_item(T& x, const json& j, std::string ptr) {
  x.ptr = std::move(ptr);
  x.id = str(j, "id");
  x.title = str(j, "title");
  x.text = str(j, "text");
  x.source = str(j, "source");
  x.lead = strs(j, "lead");
  x.support = strs(j, "support");
  x.continues = strs(j, "continues");
  x.targets = targets(j, x.ptr);
}

}  // namespace

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
  p.id = str(j, "id");
  p.title = str(j, "title");
  p.issuer = str(j, "issuer");
  p.document = str(j, "document");
  p.issued = str(j, "issued");
  p.parent = str(j, "parent");
  if (j.is_object() && j.contains("region") && j["region"].is_object()) {
    p.region.code = str(j["region"], "code");
    p.region.name = str(j["region"], "name");
    p.region.level = str(j["region"], "level");
  }
  if (j.is_object() && j.contains("period") && j["period"].is_object()) {
    const json& per = j["period"];
    if (per.contains("start") && per["start"].is_number_integer()) p.start = per["start"].get<int>();
    if (per.contains("end") && per["end"].is_number_integer()) p.end = per["end"].get<int>();
  }
  if (j.is_object() && j.contains("fyp") && j["fyp"].is_number_integer()) p.fyp = j["fyp"].get<int>();
  const json& regions = arr(j, "regions");
  for (size_t i = 0; i < regions.size(); ++i) {
    if (!regions[i].is_object()) continue;
    Region r;
    r.code = str(regions[i], "code");
    r.name = str(regions[i], "name");
    r.aliases = strs(regions[i], "aliases");
    if (!r.code.empty()) p.regions.push_back(std::move(r));
  }
  if (j.is_object() && j.contains("departments") && j["departments"].is_object())
    for (const auto& [k, v] : j["departments"].items())
      p.departments.emplace_back(k, v.is_string() ? v.get<std::string>() : std::string());
  const json& goals = arr(j, "goals");
  for (size_t i = 0; i < goals.size(); ++i) {
    if (!goals[i].is_object()) continue;
    Goal g;
    g.ptr = "/goals/" + std::to_string(i);
    g.id = str(goals[i], "id");
    g.text = str(goals[i], "text");
    g.source = str(goals[i], "source");
    g.targets = targets(goals[i], g.ptr);
    p.goals.push_back(std::move(g));
  }
  const json& actions = arr(j, "actions");
  for (size_t i = 0; i < actions.size(); ++i) {
    const json& aj = actions[i];
    if (!aj.is_object()) continue;
    Action a;
    read_work_item(a, aj, "/actions/" + std::to_string(i));
    a.kind = str(aj, "kind");
    a.support_all = flag(aj, "support_all");
    const json& tasks = arr(aj, "tasks");
    for (size_t k = 0; k < tasks.size(); ++k) {
      if (!tasks[k].is_object()) continue;
      Task t;
      read_work_item(t, tasks[k], a.ptr + "/tasks/" + std::to_string(k));
      a.tasks.push_back(std::move(t));
    }
    p.actions.push_back(std::move(a));
  }
  const json& ms = arr(j, "milestones");
  for (size_t i = 0; i < ms.size(); ++i) {
    if (!ms[i].is_object()) continue;
    Milestone m;
    m.ptr = "/milestones/" + std::to_string(i);
    m.id = str(ms[i], "id");
    m.title = str(ms[i], "title");
    m.text = str(ms[i], "text");
    m.source = str(ms[i], "source");
    m.from = when(ms[i], "from");
    m.by = when(ms[i], "by");
    p.milestones.push_back(std::move(m));
  }
  return p;
}

Catalog catalog_from_json(const json& j) {
  Catalog c;
  const json& a = arr(j, "indicators");
  for (size_t i = 0; i < a.size(); ++i) {
    if (!a[i].is_object()) continue;
    Indicator x;
    x.ptr = "/indicators/" + std::to_string(i);
    x.id = str(a[i], "id");
    x.name = str(a[i], "name");
    x.unit = str(a[i], "unit");
    x.accumulate = str(a[i], "accumulate");
    x.direction = str(a[i], "direction");
    x.aliases = strs(a[i], "aliases");
    c.indicators.push_back(std::move(x));
  }
  return c;
}

}  // namespace scip::plan
