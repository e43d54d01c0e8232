// check/rules_plausible — figures measured against the targets they feed.
// See rules.h.
//
// A figure ten times the whole target of its region (or of a region above
// it) is almost always a scale written wrong (13000 in a 万人 column is
// 1.3亿 people) or a figure filed under the wrong indicator. It is not
// refused — a target may be modest — but warned about with both numbers, so
// nobody reads a 1,000,000% "achieved" without having been told.
#include <fmt/format.h>

#include <unordered_map>

#include "check/rules.h"
#include "util/key_index.h"
#include "util/number.h"
#include "util/parallel.h"
#include "util/table.h"
#include "util/text.h"

namespace scip::check {

namespace {

struct Whole {
  double value = 0;  // in the indicator's base unit
  std::string key;   // plan-id/target-id
  size_t order = 0;  // among the indicator's targets, in plan order: the first of equal wholes is named
};

// The largest target of each indicator in each region: noted once from the
// plans, then only read.
class Wholes {
 public:
  explicit Wholes(const plan::Corpus& corpus) : corpus_(corpus) {
    for (const plan::Plan* p : corpus_.plans)
      plan::for_each_target(*p, [&](const plan::Target& t) { note_target(*p, t); });
  }
  // indicator -> region -> its largest target (the first of equal ones)
  const std::unordered_map<int, std::unordered_map<int, Whole>>& by_indicator() const { return targets_; }

 private:
  void note_target(const plan::Plan& p, const plan::Target& t) {
    if (!t.value || *t.value <= 0 || t.indicator.empty()) return;
    int ind = corpus_.indicators.find_id(t.indicator);
    if (ind < 0) return;
    const plan::Indicator& indicator = corpus_.indicators.at(ind);
    if (plan::is_rate(indicator)) return;  // percent-over-100 and the unit rules cover rates
    double scale = t.unit.empty() ? 1 : util::unit_scale(t.unit, indicator.unit).value_or(0);
    if (scale <= 0) return;
    int region = corpus_.regions.find_code(p.region.code);
    if (region < 0) return;  // (every plan's region is in the corpus)
    auto& at_region = targets_[ind];
    Whole whole{*t.value * scale, p.id + "/" + t.id, order_++};
    auto [it, fresh] = at_region.try_emplace(region, whole);
    if (!fresh && whole.value > it->second.value) it->second = std::move(whole);
  }

  const plan::Corpus& corpus_;
  std::unordered_map<int, std::unordered_map<int, Whole>> targets_;
  size_t order_ = 0;
};

// The figures [begin, end) of a set against the wholes, into `out`.
class PlausibilityChecker {
 public:
  PlausibilityChecker(const submission::FigureSet& set, const plan::Corpus& corpus, const Wholes& wholes,
                      Diagnostics& out)
      : set_(set), corpus_(corpus), targets_(wholes.by_indicator()), out_(out) {}

  void run(size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) check(set_.figures[i]);
  }

 private:
  static constexpr double kFactor = 10;

  // The largest target for the indicator in the figure's region or above
  // (the first in plan order of equal ones).
  const Whole* whole_for(const submission::Figure& f) {
    auto [memo, fresh] = memo_.try_emplace(submission::series_key(f.region, f.indicator), static_cast<uint32_t>(found_.size()));
    if (!fresh) return found_[*memo];
    const Whole* best = nullptr;
    if (auto it = targets_.find(f.indicator); it != targets_.end()) {
      auto consider = [&](int region) {
        auto w = it->second.find(region);
        if (w == it->second.end()) return;
        const Whole& whole = w->second;
        if (!best || whole.value > best->value || (whole.value == best->value && whole.order < best->order)) best = &whole;
      };
      consider(f.region);
      for (int a : corpus_.ancestor_ids(f.region)) consider(a);
    }
    found_.push_back(best);
    return best;
  }

  void check(const submission::Figure& f) {
    const Whole* whole = whole_for(f);
    if (!whole || f.value <= kFactor * whole->value) return;
    const plan::Indicator& ind = corpus_.indicators.at(f.indicator);
    add_at_figure(out_, set_, "implausible-value", f,
             out_.tr("diag.implausible-value", fmt::arg("region", corpus_.regions.at(f.region).name),
                     fmt::arg("indicator", ind.id), fmt::arg("period", f.period().str()),
                     fmt::arg("value", util::format_number(f.value)), fmt::arg("unit", ind.unit),
                     fmt::arg("times", util::format_number(f.value / whole->value, 0)), fmt::arg("target", whole->key),
                     fmt::arg("whole", util::format_number(whole->value))),
             out_.tr("hint.implausible-value"))
        .about_figures = true;
  }

  const submission::FigureSet& set_;
  const plan::Corpus& corpus_;
  const std::unordered_map<int, std::unordered_map<int, Whole>>& targets_;
  Diagnostics& out_;
  util::KeyIndex memo_;              // series -> its place in found_ (a node per series was a million allocations)
  std::vector<const Whole*> found_;  // the whole of each series looked up
};

}  // namespace

// The figures are checked in as many stretches as threads, each with a memo
// of its own, and the stretches' diagnostics put one after the other: the
// order of one pass over the set.
void check_plausible(const submission::FigureSet& set, const plan::Corpus& corpus, Diagnostics& out,
                     unsigned threads, size_t fewest) {
  if (set.figures.empty()) return;  // a check of plans alone: nothing to compare
  const Wholes wholes(corpus);
  const util::Stretches stretches(set.figures.size(), threads, fewest);
  std::vector<Diagnostics> found(stretches.count, Diagnostics(out.lang()));
  util::parallel_for(stretches.count, static_cast<unsigned>(stretches.count), [&](size_t k) {
    PlausibilityChecker(set, corpus, wholes, found[k]).run(stretches.begin(k), stretches.end(k));
  });
  for (auto& f : found) out.append(std::move(f));
}

}  // namespace scip::check
