// check/rules_regions — region codes and names against the region registry
// (region/registry.h), for the year they concern.
//
// A plan's own region must be a code in force during the plan's period, and
// its name must be the registry's (full or short); so must each region it
// lists under `regions:` — except a statistical unit of the NBS (5th digit
// 7–9), which GB/T 2260 does not hold: kept as listed, with a note.
// A submission's region that the corpus does not know is explained: a code
// that never existed, a code abolished before the figure's period (naming
// where its area went), or a real code elsewhere (naming where it is). No
// "did you mean" is offered for a code: the nearest code is another real
// region, and a figure filed under it would be wrong in silence. A target's
// allocations (指标分解) must name regions under the plan's, and add up to the
// target.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "check/rules.h"
#include "region/registry.h"
#include "util/table.h"
#include "util/text.h"

namespace scip::check {

namespace {

const region::Registry& registry() { return region::Registry::builtin(); }

std::string successors_text(const region::Record& r) {
  std::vector<std::string> parts;
  for (const auto& s : r.successors) {
    if (s.year) continue;  // parts moved while the code lived on
    const region::Record* to = registry().latest(s.code);
    parts.push_back(to ? fmt::format("{} {}", s.code, to->name) : std::string(s.code));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

// The record of `code` in force at some time in [from, to], latest first.
const region::Record* in_force(std::string_view code, int from, int to) {
  for (int y = to; y >= from; --y)
    if (const region::Record* r = registry().at(code, y)) return r;
  return nullptr;
}

bool name_matches(const region::Record& r, const std::string& name) {
  if (name == r.name) return true;
  auto shorts = region::short_names(r.name);
  return std::find(shorts.begin(), shorts.end(), name) != shorts.end();
}

}  // namespace

std::optional<RegionProblem> region_code_problem(std::string_view code, int from, int to, i18n::Lang lang) {
  auto records = registry().records(code);
  if (records.empty()) {
    bool stat = region::statistical_code(code);
    return RegionProblem{"region-code-unknown", i18n::tr(lang, "diag.region-code-unknown", fmt::arg("code", code)),
                         i18n::tr(lang, stat ? "hint.region-code-statistical" : "hint.region-code-unknown")};
  }
  if (in_force(code, from, to)) return std::nullopt;
  const region::Record& last = records.back();
  if (last.until == 0 || last.until > to) return std::nullopt;  // in force only later: not this rule's business
  std::string to_codes = successors_text(last);
  return RegionProblem{"region-code-abolished",
                       i18n::tr(lang, "diag.region-code-abolished", fmt::arg("code", code), fmt::arg("name", last.name),
                                fmt::arg("year", last.until), fmt::arg("successors", to_codes.empty() ? "—" : to_codes)),
                       i18n::tr(lang, "hint.region-code-abolished")};
}

std::optional<RegionProblem> region_elsewhere(std::string_view code, int year, const plan::Corpus& corpus,
                                              i18n::Lang lang) {
  const region::Record* r = registry().at(code, year);
  if (!r) r = registry().latest(code);
  if (!r) return std::nullopt;
  const region::Record* up = registry().latest(r->parent);
  std::string where = up ? fmt::format("{} {}", up->name, up->code) : std::string(r->parent);
  std::vector<std::string> plans;
  for (const plan::Plan* p : corpus.plans) {
    std::string label = p->region.name + " " + p->region.code;
    if (std::find(plans.begin(), plans.end(), label) == plans.end()) plans.push_back(label);
  }
  return RegionProblem{"region-elsewhere",
                       i18n::tr(lang, "diag.region-elsewhere", fmt::arg("code", code), fmt::arg("name", r->name),
                                fmt::arg("where", where), fmt::arg("plans", fmt::format("{}", fmt::join(plans, ", ")))),
                       i18n::tr(lang, "hint.region-elsewhere", fmt::arg("where", up ? up->name : where))};
}

namespace {

// One region of a plan (its own, or one listed): the code in force during
// the period, and the name the registry's.
void check_region_entry(const std::string& code, const std::string& name, const std::vector<std::string>& aliases,
               const std::string& ptr, const plan::Plan& plan, const plan::Document& doc, Diagnostics& out) {
  if (code.size() != 6 || code == "000000" || doc.reported.count(ptr + "/code")) return;
  if (registry().records(code).empty() && region::statistical_code(code) && ptr != "/region") {
    out.add("statistical-region-code", doc.path, doc.pos(ptr + "/code"),
            out.tr("diag.statistical-region-code", fmt::arg("code", code), fmt::arg("digit", code.substr(4, 1))));
    return;
  }
  if (auto p = region_code_problem(code, plan.start, plan.end, out.lang())) {
    out.add(p->code, doc.path, doc.pos(ptr + "/code"), p->message, p->hint);
    return;
  }
  const region::Record* r = in_force(code, plan.start, plan.end);
  if (!r || name.empty()) return;
  bool ok = name_matches(*r, name);
  for (const auto& a : aliases) ok = ok || name_matches(*r, a);
  if (!ok)
    out.add("region-name-mismatch", doc.path, doc.pos(ptr + "/name"),
            out.tr("diag.region-name-mismatch", fmt::arg("code", code), fmt::arg("registry", r->name),
                   fmt::arg("name", name)),
            out.tr("hint.region-name-mismatch", fmt::arg("name", name)));
}

// 指标分解: each code a region under the plan's region (in the registry or
// listed), and the shares adding up to the target (not for rates: a rate's
// shares are each region's own rate).
void check_allocations(const plan::Plan& plan, const plan::Target& t, const plan::Document& doc, Diagnostics& out) {
  if (t.allocations.empty()) return;
  double sum = 0;
  for (const auto& allocation : t.allocations) {
    const std::string& code = allocation.first;
    sum += allocation.second;
    bool listed = std::any_of(plan.regions.begin(), plan.regions.end(), [&](const plan::Region& r) { return r.code == code; });
    if (listed || plan::region_under(code, plan.region.code)) continue;
    const region::Record* r = registry().latest(code);
    out.add("allocation-region", doc.path, doc.pos(t.ptr + "/allocations/" + code),
            out.tr("diag.allocation-region", fmt::arg("code", code), fmt::arg("name", r ? r->name : std::string("?")),
                   fmt::arg("region", plan.region.name)),
            out.tr("hint.allocation-region"));
  }
  if (!t.value || plan::unit_is_rate(t.unit)) return;
  double tolerance = std::max(1e-9, std::abs(*t.value) * 0.005);
  if (std::abs(sum - *t.value) <= tolerance) return;
  out.add("allocation-sum", doc.path, doc.pos(t.ptr + "/allocations"),
          out.tr("diag.allocation-sum", fmt::arg("target", t.id), fmt::arg("sum", util::format_number(sum)),
                 fmt::arg("value", util::format_number(*t.value)), fmt::arg("unit", t.unit)),
          out.tr(sum < *t.value ? "hint.allocation-short" : "hint.allocation-over"));
}

}  // namespace

void check_plan_regions(const plan::Plan& plan, const plan::Document& doc, Diagnostics& out) {
  plan::for_each_target(plan, [&](const plan::Target& t) { check_allocations(plan, t, doc, out); });
  if (plan.start == 0 || plan.end == 0 || plan.start > plan.end) return;
  check_region_entry(plan.region.code, plan.region.name, {}, "/region", plan, doc, out);
  for (size_t i = 0; i < plan.regions.size(); ++i) {
    const plan::Region& r = plan.regions[i];
    check_region_entry(r.code, r.name, r.aliases, "/regions/" + std::to_string(i), plan, doc, out);
  }
}

}  // namespace scip::check
