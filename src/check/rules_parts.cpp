// check/rules_parts — a region's own figure against the figures of the
// regions directly under it, for the same indicator and period. See rules.h.
//
// When a city reports 高素质农民 3,000 for 2021 and its three counties report
// 1,200 + 900 + 800 = 2,900, one of them is wrong, and `scip progress` uses
// the city's own figure (‡). That is said here, with both numbers and the
// rows, as a warning: scip cannot know which is right. Only indicators that
// add up across regions are compared (never rates), only figures that count
// (not one covered by a wider period), and the counties' total is compared
// both ways only when every region under the city in the registry reported;
// when some did not, only parts that exceed the whole are a disagreement.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "check/rules.h"
#include "region/registry.h"
#include "util/table.h"

namespace scip::check {

namespace {

// The code directly above a region: the registry's parent, or by the code's
// digits for a unit the registry does not hold.
std::string parent_code(const std::string& code) {
  if (const region::Record* r = region::Registry::builtin().latest(code)) return r->parent;
  auto above = plan::region_ancestors(code);
  return above.empty() ? std::string() : above.back();
}

struct Part {
  double sum = 0;
  std::vector<const submission::Figure*> figures;
};

}  // namespace

void check_parts(const submission::FigureSet& set, const plan::Corpus& corpus, Diagnostics& out) {
  // The parts: figures summed by (parent, indicator, period).
  std::unordered_map<std::string, int> region_of_code;
  for (size_t i = 0; i < corpus.regions.size(); ++i) region_of_code[corpus.regions.at(static_cast<int>(i)).code] = static_cast<int>(i);
  auto key = [](int region, int indicator, const util::Period& p) {
    return fmt::format("{}/{}/{}", region, indicator, p.str());
  };
  std::unordered_map<std::string, Part> parts;
  for (const auto& f : set.figures) {
    if (f.covered || plan::is_rate(corpus.indicators.at(f.indicator))) continue;
    auto it = region_of_code.find(parent_code(corpus.regions.at(f.region).code));
    if (it == region_of_code.end()) continue;
    Part& p = parts[key(it->second, f.indicator, f.period)];
    p.sum += f.value;
    p.figures.push_back(&f);
  }
  const region::Registry& reg = region::Registry::builtin();
  for (const auto& own : set.figures) {
    if (own.covered) continue;
    auto it = parts.find(key(own.region, own.indicator, own.period));
    if (it == parts.end()) continue;
    const Part& part = it->second;
    const std::string& code = corpus.regions.at(own.region).code;
    size_t expected = 0;
    for (const region::Record* r : reg.below(code, own.period.last.year, own.period.last.year))
      expected += r->parent == code;
    bool complete = expected > 0 && part.figures.size() >= expected;
    double tolerance = std::max(1.0, std::abs(own.value) * 0.01);
    bool disagree = complete ? std::abs(own.value - part.sum) > tolerance : part.sum > own.value + tolerance;
    if (!disagree) continue;
    std::vector<std::string> rows;
    for (const auto* f : part.figures) rows.push_back(fmt::format("{}:{}", set.files[f->file], f->line));
    const plan::Indicator& ind = corpus.indicators.at(own.indicator);
    out.add("parts-disagree", set.files[own.file], util::Pos{static_cast<int>(own.line), static_cast<int>(own.column)},
            out.tr(complete ? "diag.parts-disagree" : "diag.parts-exceed", fmt::arg("region", corpus.regions.at(own.region).name),
                   fmt::arg("indicator", ind.id), fmt::arg("period", own.period.str()),
                   fmt::arg("own", util::format_number(own.value)), fmt::arg("sum", util::format_number(part.sum)),
                   fmt::arg("n", part.figures.size()), fmt::arg("rows", fmt::join(rows, ", "))),
            out.tr("hint.parts-disagree"))
        .about_figures = true;
  }
}

}  // namespace scip::check
