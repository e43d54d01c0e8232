// check/rules_periods — the figures of one region and indicator side by side
// in time, after all submission files are read. See rules.h.
//
// A flow (accumulate: sum) adds its figures up, so two figures whose periods
// overlap would count the same months twice: 2022-H1 600 + 2022-Q3 300 +
// 2022 1,300 is not 2,200. The periods a submission may give (years, halves,
// quarters, months, days) nest or do not meet, so when two overlap one holds
// the other: the whole-period figure is counted and the part is marked
// covered (period-covered, a warning naming the row that counts). A level (accumulate: latest) takes its last
// figure, so two figures for periods ending the same day (2020 and 2020-H2)
// with different values leave "the last" undefined: the second is refused
// (conflicting-level). `max` indicators take the largest and need neither.
// A cumulative figure of a flow (累计: since the plan's start) is a total to
// date, not a part of a period: it covers nothing and is covered by nothing,
// and a later cumulative figure may not be smaller than an earlier one
// (cumulative-decreasing: the later is refused).
#include <fmt/format.h>

#include <algorithm>
#include <span>
#include <vector>

#include "check/rules.h"
#include "submission/series_index.h"
#include "util/parallel.h"
#include "util/text.h"

namespace scip::check {

namespace {

using submission::Figure;

// The series [begin, end) of an index: each series's figures marked covered
// (each figure is in one series, so walks of different series write to
// different figures), and what is refused and said, kept apart from other
// walks' until they are joined in the order of the series.
class PeriodChecker {
 public:
  PeriodChecker(submission::FigureSet& set, const plan::Corpus& corpus, i18n::Lang lang)
      : set_(set), corpus_(corpus), out_(lang) {
    rejected_.keep_figures = set.rejected.keep_figures;
  }

  void run(const submission::SeriesIndex& index, size_t begin, size_t end) {
    std::vector<uint32_t> members;
    for (size_t s = begin; s < end; ++s) {
      std::span<const uint32_t> of = index.members(s);
      if (of.size() < 2) continue;
      members.assign(of.begin(), of.end());
      series(members);
    }
  }
  Diagnostics& diagnostics() { return out_; }
  const submission::Rejected& rejected() const { return rejected_; }
  const std::vector<uint32_t>& refused() const { return refused_; }  // figure numbers, in no order

 private:
  Figure& fig(uint32_t i) { return set_.figures[i]; }

  // The figures of one region and indicator, by when their periods start.
  // (The arrays below are members, reused from series to series: a national
  // set has a million series, and a fresh array for each was millions of
  // allocations.)
  void series(std::vector<uint32_t>& members) {
    std::sort(members.begin(), members.end(), [&](uint32_t a, uint32_t b) { return earlier(fig(a), fig(b)); });
    const std::string& accumulate = corpus_.indicators.at(fig(members[0]).indicator).accumulate;
    if (accumulate == "sum") {
      own_.clear();
      cumulative_.clear();
      for (uint32_t i : members) (fig(i).cumulative ? cumulative_ : own_).push_back(i);
      flow(own_);
      never_decreasing(cumulative_);
    }
    if (accumulate == "latest") level(members);
  }

  // By start; the longer first when two start together (so a year comes
  // before its first half); then by file and line, for a stable order.
  static bool earlier(const Figure& a, const Figure& b) {
    if (a.first_day != b.first_day) return a.first_day < b.first_day;
    if (a.last_day() != b.last_day()) return a.last_day() > b.last_day();
    if (a.file != b.file) return a.file < b.file;
    return a.line < b.line;
  }

  // A flow: each figure against the counted ones before it that overlap it.
  void flow(const std::vector<uint32_t>& members) {
    std::vector<uint32_t>& counted = counted_;
    counted.clear();
    for (uint32_t i : members) {
      Figure& f = fig(i);
      auto holder = std::find_if(counted.begin(), counted.end(), [&](uint32_t k) {
        return fig(k).first_day <= f.first_day && fig(k).last_day() >= f.last_day();
      });
      if (holder != counted.end()) {
        f.covered = true;
        report("period-covered", f, fig(*holder), "diag.period-covered", "hint.period-covered");
        continue;
      }
      counted.push_back(i);
    }
  }

  // Cumulative figures of a flow, in the order their periods end: each at
  // least the largest before it.
  void never_decreasing(std::vector<uint32_t>& members) {
    std::stable_sort(members.begin(), members.end(),
                     [&](uint32_t a, uint32_t b) { return fig(a).last_day() < fig(b).last_day(); });
    const Figure* top = nullptr;
    for (uint32_t i : members) {
      Figure& f = fig(i);
      if (top && f.value < top->value && f.last_day() > top->last_day()) {
        refused_.push_back(i);
        rejected_.add(f);
        report("cumulative-decreasing", f, *top, "diag.cumulative-decreasing", "hint.cumulative-decreasing");
        continue;
      }
      if (!top || f.value >= top->value) top = &f;
    }
  }

  // A level: figures for periods that end the same day must agree; each is
  // compared with the first (in `members`' order) that ends that day.
  void level(const std::vector<uint32_t>& members) {
    ends_.clear();  // (last day, place in members), sorted: those of a day together, the first first
    for (uint32_t k = 0; k < members.size(); ++k) ends_.push_back({fig(members[k]).last_day(), k});
    std::sort(ends_.begin(), ends_.end());
    first_.assign(members.size(), 0);
    for (size_t g = 0, end = 0; g < ends_.size(); g = end)
      for (end = g; end < ends_.size() && ends_[end].first == ends_[g].first; ++end) first_[ends_[end].second] = ends_[g].second;
    for (uint32_t k = 0; k < members.size(); ++k) {
      Figure& f = fig(members[k]);
      const Figure& first = fig(members[first_[k]]);
      if (first_[k] == k || first.value == f.value) continue;
      refused_.push_back(members[k]);
      rejected_.add(f);
      report("conflicting-level", f, first, "diag.conflicting-level", "hint.conflicting-level");
    }
  }

  void report(std::string_view code, const Figure& f, const Figure& other, std::string_view message,
              std::string_view hint) {
    auto args = [&](std::string_view id) {
      return out_.tr(id, fmt::arg("region", corpus_.regions.at(f.region).name),
                     fmt::arg("indicator", corpus_.indicators.at(f.indicator).id), fmt::arg("period", f.period().str()),
                     fmt::arg("value", fmt::format("{:g}", f.value)), fmt::arg("other_period", other.period().str()),
                     fmt::arg("other", fmt::format("{:g}", other.value)),
                     fmt::arg("where", set_.where(other.file, other.line)),
                     fmt::arg("last", f.period().last.str()));
    };
    add_at_figure(out_, set_, code, f, args(message), args(hint))
        .about_figures = true;
  }

  submission::FigureSet& set_;
  const plan::Corpus& corpus_;
  Diagnostics out_;
  submission::Rejected rejected_;
  std::vector<uint32_t> refused_;
  std::vector<uint32_t> own_, cumulative_, counted_, first_;  // of the series at hand
  std::vector<std::pair<long, uint32_t>> ends_;
};

}  // namespace

// The series are walked in as many stretches as threads; the stretches'
// diagnostics are put one after the other (the order of one walk), and the
// refused figures are then removed in place (a copy would hold the set twice
// for a moment).
void check_periods(submission::FigureSet& set, const plan::Corpus& corpus, Diagnostics& out, unsigned threads,
                   size_t fewest) {
  std::vector<uint32_t> refused;
  {
    const submission::SeriesIndex index(set.figures);
    const util::Stretches stretches(index.size(), threads, fewest);
    std::vector<PeriodChecker> walks(stretches.count, PeriodChecker(set, corpus, out.lang()));
    util::parallel_for(stretches.count, static_cast<unsigned>(stretches.count),
                       [&](size_t k) { walks[k].run(index, stretches.begin(k), stretches.end(k)); });
    for (auto& w : walks) {
      out.append(std::move(w.diagnostics()));
      set.rejected.add(w.rejected());
      refused.insert(refused.end(), w.refused().begin(), w.refused().end());
    }
  }
  if (refused.empty()) return;
  std::sort(refused.begin(), refused.end());
  size_t kept = 0, next = 0;
  for (uint32_t i = 0; i < set.figures.size(); ++i) {
    while (next < refused.size() && refused[next] < i) ++next;
    if (next < refused.size() && refused[next] == i) continue;
    set.figures[kept++] = set.figures[i];
  }
  set.figures.resize(kept);
}

}  // namespace scip::check
