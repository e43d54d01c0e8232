// check/rules_plan — rules inside one plan or one catalog. See rules.h.
#include <fmt/format.h>

#include <map>
#include <set>

#include "check/rules.h"
#include "region/registry.h"
#include "util/number.h"
#include "util/table.h"
#include "util/text.h"

namespace scip::check {

namespace {

std::string num_str(double v) { return fmt::format("{}", v); }

// Duplicate ids of one kind of element ("action", "task", ...).
class IdSet {
 public:
  IdSet(const char* kind, const plan::Document& doc, Diagnostics& out) : kind_(kind), doc_(doc), out_(out) {}
  void add(const std::string& id, const util::CompactString& ptr) {
    if (id.empty()) return;
    auto [it, fresh] = seen_.emplace(id, ptr.str());
    if (!fresh)
      out_.add("duplicate-id", doc_.path, doc_.pos(ptr + "/id"),
               out_.tr("diag.duplicate-id", fmt::arg("kind", out_.tr(std::string("kind.") + kind_)),
                       fmt::arg("id", util::quoted(id)), fmt::arg("line", doc_.pos(it->second + "/id").line)),
               out_.tr("hint.duplicate-id"));
  }

 private:
  const char* kind_;
  const plan::Document& doc_;
  Diagnostics& out_;
  std::map<std::string, std::string> seen_;
};

void check_when_calendar(const std::optional<plan::When>& w, const std::string& ptr, const plan::Document& doc,
                         Diagnostics& out) {
  // The schema checks the form YYYY-MM-DD; here the calendar (2021-02-30).
  if (w && !w->valid && w->text.size() == 10 && w->text[4] == '-' && w->text[7] == '-' &&
      !doc.reported.count(ptr))
    out.add("invalid-date", doc.path, doc.pos(ptr), out.tr("diag.invalid-date.calendar", fmt::arg("value", w->text)),
            out.tr("hint.format.date"));
}

// A count of people more than the plan's region holds: 12000 with 万人 for a
// county is 1.2亿 people, a unit typed wrong. (Person-times, 人次, may exceed
// the population and are not checked.)
void check_people(const plan::Plan& plan, const plan::Target& t, const plan::Document& doc, Diagnostics& out) {
  double ceiling = region::population_ceiling(plan.region.level);
  auto scale = util::unit_scale(t.unit, "人");
  if (!ceiling || !scale || *t.value * *scale <= ceiling) return;
  out.add("implausible-target", doc.path, doc.pos(t.ptr + "/value"),
          out.tr("diag.implausible-target", fmt::arg("id", util::quoted(t.id)), fmt::arg("value", num_str(*t.value)),
                 fmt::arg("unit", t.unit), fmt::arg("people", util::format_number(*t.value * *scale, 0)),
                 fmt::arg("level", out.tr("level." + plan.region.level)),
                 fmt::arg("ceiling", util::format_number(ceiling, 0))),
          out.tr("hint.implausible-target"));
}

void check_target(const plan::Plan& plan, const plan::Target& t, const plan::Document& doc, Diagnostics& out) {
  check_when_calendar(t.by, t.ptr + "/by", doc, out);
  check_when_calendar(t.baseline_at, t.baseline_ptr + "/at", doc, out);
  if (t.by && t.by->valid && plan.start && plan.end && plan.start <= plan.end &&
      (t.by->year < plan.start || t.by->year > plan.end))
    out.add("deadline-outside-period", doc.path, doc.pos(t.ptr + "/by"),
            out.tr("diag.deadline-outside-period", fmt::arg("id", util::quoted(t.id)), fmt::arg("by", t.by->text),
                   fmt::arg("start", plan.start), fmt::arg("end", plan.end)),
            out.tr("hint.deadline-outside-period"));
  if (t.value) {
    if (t.unit == "%" && (*t.value < 0 || *t.value > 100))
      out.add("percent-out-of-range", doc.path, doc.pos(t.ptr + "/value"),
              out.tr("diag.percent-out-of-range", fmt::arg("id", util::quoted(t.id)), fmt::arg("value", num_str(*t.value))));
    else if (*t.value < 0)
      out.add("negative-target", doc.path, doc.pos(t.ptr + "/value"),
              out.tr("diag.negative-target", fmt::arg("id", util::quoted(t.id)), fmt::arg("value", num_str(*t.value))),
              out.tr("hint.negative-target"));
    else
      check_people(plan, t, doc, out);
  }
  if (t.baseline_at && t.baseline_at->valid && t.by && t.by->valid && t.baseline_at->end() > t.by->end())
    out.add("baseline-after-deadline", doc.path, doc.pos(t.baseline_ptr + "/at"),
            out.tr("diag.baseline-after-deadline", fmt::arg("id", util::quoted(t.id)), fmt::arg("at", t.baseline_at->text),
                   fmt::arg("by", t.by->text)));
  if (t.baseline_value && t.value && *t.value >= 0) {
    double b = *t.baseline_value, v = *t.value;
    bool met = t.op == ">=" ? b >= v : t.op == ">" ? b > v : t.op == "<=" ? b <= v : t.op == "<" ? b < v : b == v;
    if (met)
      out.add("baseline-meets-target", doc.path, doc.pos(t.baseline_ptr + "/value"),
              out.tr("diag.baseline-meets-target", fmt::arg("id", util::quoted(t.id)), fmt::arg("baseline", num_str(b)),
                     fmt::arg("op", t.op), fmt::arg("value", num_str(v))),
              out.tr("hint.baseline-meets-target"));
  }
}

// The department a lead or support entry names by its name rather than its id:
// the name exactly (市农业农村局), a part of it (农业农村局), or a near miss.
std::optional<std::pair<std::string, std::string>> department_by_name(
    const std::string& ref, const std::vector<std::pair<std::string, std::string>>& departments) {
  if (ref.empty()) return std::nullopt;
  std::vector<std::string> names;
  const std::pair<std::string, std::string>* part = nullptr;
  size_t parts = 0;
  for (const auto& d : departments) {
    if (d.second == ref) return d;
    names.push_back(d.second);
    if (d.second.find(ref) != std::string::npos || ref.find(d.second) != std::string::npos) {
      part = &d;
      ++parts;
    }
  }
  if (parts == 1) return *part;
  if (auto dym = util::did_you_mean(ref, names))
    for (const auto& d : departments)
      if (d.second == *dym) return d;
  return std::nullopt;
}

std::string department_hint(const std::pair<std::string, std::string>& dept, const std::string& ref,
                            const Diagnostics& out) {
  return dept.second == ref ? out.tr("hint.department-by-name", fmt::arg("id", dept.first))
                            : out.tr("hint.department-near-name", fmt::arg("id", dept.first), fmt::arg("name", dept.second));
}

}  // namespace

std::pair<int, int> fyp_years(int n) {
  if (n == 1) return {1953, 1957};
  if (n == 2) return {1958, 1962};
  if (n >= 3) return {1966 + 5 * (n - 3), 1970 + 5 * (n - 3)};
  return {0, 0};
}

void check_plan(const plan::Plan& plan, const plan::Document& doc, Diagnostics& out) {
  // Period and five-year plan number.
  if (plan.start && plan.end && plan.start > plan.end)
    out.add("period-order", doc.path, doc.pos("/period/start"),
            out.tr("diag.period-order", fmt::arg("start", plan.start), fmt::arg("end", plan.end)));
  bool period_ok = !doc.reported.count("/period/start") && !doc.reported.count("/period/end");
  if (plan.fyp && plan.start && plan.end && period_ok && !doc.reported.count("/fyp")) {
    auto [s, e] = fyp_years(*plan.fyp);
    if (plan.start < s || plan.end > e)
      out.add("fyp-mismatch", doc.path, doc.pos("/fyp"),
              out.tr("diag.fyp-mismatch", fmt::arg("fyp", *plan.fyp), fmt::arg("fs", s), fmt::arg("fe", e),
                     fmt::arg("start", plan.start), fmt::arg("end", plan.end)),
              out.tr("hint.fyp-mismatch"));
  }
  if (!plan.issued.empty())
    check_when_calendar(plan::parse_when(nlohmann::json(plan.issued)), "/issued", doc, out);

  // Region code against level (the registry's level when it holds the
  // code, else the code's digits), then against the registry.
  const std::string& code = plan.region.code;
  if (code.size() == 6 && !plan.region.level.empty() && !doc.reported.count("/region/level") &&
      !doc.reported.count("/region/code")) {
    const std::string& lv = plan.region.level;
    const region::Record* known = region::Registry::builtin().latest(code);
    bool ok = known                ? lv == region::level_name(known->level)
              : lv == "national"   ? code == "000000"
              : lv == "province"   ? code.substr(2) == "0000" && code != "000000"
              : lv == "prefecture" ? code.substr(4) == "00" && code.substr(2) != "0000"
                                   : code.substr(4) != "00";
    if (lv == "national") ok = code == "000000";
    if (!ok)
      out.add("level-mismatch", doc.path, doc.pos("/region/level"),
              out.tr("diag.level-mismatch", fmt::arg("code", code), fmt::arg("level", lv)),
              out.tr("hint.level-mismatch"));
  }
  check_plan_regions(plan, doc, out);

  // Ids unique within the plan, per kind of element.
  IdSet goals("goal", doc, out), actions("action", doc, out), tasks("task", doc, out),
      targets("target", doc, out), milestones("milestone", doc, out);
  for (const auto& g : plan.goals) goals.add(g.id, g.ptr);
  for (const auto& a : plan.actions) {
    actions.add(a.id, a.ptr);
    for (const auto& t : a.tasks) tasks.add(t.id, t.ptr);
  }
  plan::for_each_target(plan, [&](const plan::Target& t) { targets.add(t.id, t.ptr); });
  for (const auto& m : plan.milestones) milestones.add(m.id, m.ptr);

  // Departments: declared, used, and a lead for every action.
  std::vector<std::string> dept_ids;
  std::map<std::string, std::string> dept_by_name;
  for (const auto& [id, name] : plan.departments) {
    dept_ids.push_back(id);
    dept_by_name.emplace(name, id);
  }
  std::set<std::string> declared(dept_ids.begin(), dept_ids.end()), used;
  // A plan names the same few departments on every task: each distinct
  // reference is looked up once (the near-name search is the costly part).
  std::map<std::string, std::optional<std::pair<std::string, std::string>>, std::less<>> looked_up;
  auto check_refs = [&](const util::PackedStrings& refs, const util::CompactString& ptr, const char* role) {
    size_t i = 0;
    for (auto it = refs.begin(); it != refs.end(); ++it, ++i) {
      const std::string ref(*it);
      used.insert(ref);
      std::string at = ptr + "/" + role + "/" + std::to_string(i);
      auto known = looked_up.find(ref);
      if (known == looked_up.end()) known = looked_up.emplace(ref, department_by_name(ref, plan.departments)).first;
      const auto& by_name = known->second;
      if (by_name) used.insert(by_name->first);  // a department's name is a use of it: no unused-department
      if (declared.count(ref)) continue;
      if (doc.reported.count(at)) {  // not an id (the schema said so): say which department's name it is
        if (by_name) out.refine_hint(doc.path, doc.pos(at), department_hint(*by_name, ref, out));
        continue;
      }
      std::string hint;
      if (by_name)
        hint = department_hint(*by_name, ref, out);
      else if (auto dym = util::did_you_mean(ref, dept_ids)) {
        hint = out.tr("hint.did-you-mean", fmt::arg("value", *dym));
        used.insert(*dym);  // a misspelling of edu is a use of edu: no unused-department after it
      }
      else
        hint = out.tr("hint.declare-department", fmt::arg("id", ref));
      out.add("unknown-department", doc.path, doc.pos(ptr + "/" + role + "/" + std::to_string(i)),
              out.tr("diag.unknown-department", fmt::arg("role", out.tr(std::string("role.") + role)), fmt::arg("id", util::quoted(ref))), hint);
    }
  };
  for (const auto& a : plan.actions) {
    check_refs(a.lead, a.ptr, "lead");
    check_refs(a.support, a.ptr, "support");
    bool has_lead = !a.lead.empty();
    for (const auto& t : a.tasks) {
      check_refs(t.lead, t.ptr, "lead");
      check_refs(t.support, t.ptr, "support");
      has_lead = has_lead || !t.lead.empty();
    }
    if (!has_lead && plan.leads != "unstated")
      out.add("missing-lead", doc.path, doc.pos(a.ptr), out.tr("diag.missing-lead", fmt::arg("id", util::quoted(a.id))),
              out.tr("hint.missing-lead"));
  }
  for (const auto& id : dept_ids)
    if (!used.count(id))
      out.add("unused-department", doc.path, doc.key("/departments/" + plan::pointer_token(id)),
              out.tr("diag.unused-department", fmt::arg("id", util::quoted(id))), out.tr("hint.unused-department"));

  // Targets and milestones.
  plan::for_each_target(plan, [&](const plan::Target& t) { check_target(plan, t, doc, out); });
  for (const auto& m : plan.milestones) {
    check_when_calendar(m.from, m.ptr + "/from", doc, out);
    check_when_calendar(m.by, m.ptr + "/by", doc, out);
    if (m.from && m.by && m.from->valid && m.by->valid && m.from->start() > m.by->end())
      out.add("milestone-order", doc.path, doc.pos(m.ptr + "/from"),
              out.tr("diag.milestone-order", fmt::arg("id", util::quoted(m.id)), fmt::arg("from", m.from->text),
                     fmt::arg("by", m.by->text)));
  }
}

void check_catalog(const plan::Catalog& catalog, const plan::Document& doc, Diagnostics& out) {
  IdSet ids("indicator", doc, out);
  for (const auto& ind : catalog.indicators) ids.add(ind.id, ind.ptr);
}

}  // namespace scip::check
