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
#include <optional>
#include <unordered_map>

#include "check/rules.h"
#include "region/registry.h"
#include "util/key_index.h"
#include "util/table.h"

namespace scip::check {

namespace {

struct Part {
  double sum = 0;
  size_t figures = 0;
};

// As the file checker does: a hundred in a file, then how many more.
constexpr size_t kMaxPerFile = 100;

}  // namespace

void check_parts(const submission::FigureSet& set, const plan::Corpus& corpus, Diagnostics& out) {
  // Each region's parent among the corpus's regions (-1: none), once.
  std::vector<int> parent(corpus.regions.size(), -1);
  for (size_t i = 0; i < corpus.regions.size(); ++i) {
    const auto& above = corpus.ancestors(static_cast<int>(i));
    if (!above.empty()) parent[i] = corpus.regions.find_code(above.back());
  }
  // The parts: figures summed by (parent, indicator, period), keyed as a
  // figure of the parent would be.
  auto key_as = [](const submission::Figure& f, int region) {
    submission::Figure k = f;
    k.region = region;
    return submission::figure_key(k);
  };
  // Rates are not added up: decided once per indicator, not once per figure.
  std::vector<char> rate(corpus.indicators.size());
  for (size_t i = 0; i < rate.size(); ++i) rate[i] = plan::is_rate(corpus.indicators.at(static_cast<int>(i)));
  auto part_of = [&](const submission::Figure& f) {
    int up = parent[static_cast<size_t>(f.region)];
    return f.covered || up < 0 || rate[static_cast<size_t>(f.indicator)] ? std::optional<uint64_t>() : key_as(f, up);
  };
  // Sums and counts only: the rows of a part are gathered again for the few
  // parts that disagree (a national set has a million parts).
  util::KeyIndex part_index;  // part key -> its place in parts
  util::BigVector<Part> parts;
  for (size_t i = 0; i < set.figures.size(); ++i)
    if (auto k = part_of(set.figures[i])) {
      auto [at, fresh] = part_index.try_emplace(*k, static_cast<uint32_t>(parts.size()));
      if (fresh) parts.emplace_back();
      Part& p = parts[*at];
      p.sum += set.figures[i].value;
      ++p.figures;
    }
  if (parts.empty()) return;
  const region::Registry& reg = region::Registry::builtin();
  std::unordered_map<uint64_t, size_t> expected_memo;  // (region, year) -> regions directly under it
  auto expected = [&](int region, int year) {
    uint64_t k = (static_cast<uint64_t>(region) << 16) | static_cast<uint64_t>(year);
    if (auto it = expected_memo.find(k); it != expected_memo.end()) return it->second;
    const std::string& code = corpus.regions.at(region).code;
    size_t n = 0;
    for (const region::Record* r : reg.below(code, year, year)) n += r->parent == code;
    return expected_memo[k] = n;
  };
  DiagnosticCap cap(kMaxPerFile);
  const std::string hint = out.tr("hint.parts-disagree");
  struct Disagreement {
    const submission::Figure* own;
    const Part* part;
    bool complete;
  };
  std::vector<Disagreement> found;
  std::unordered_map<uint64_t, std::vector<const submission::Figure*>> rows_of;  // of the parts that disagree
  for (const auto& own : set.figures) {
    if (own.covered) continue;
    uint64_t key = submission::figure_key(own);
    const uint32_t* at = part_index.find(key);
    if (!at) continue;
    const Part& part = parts[*at];
    size_t n = expected(own.region, own.period().last.year);
    bool complete = n > 0 && part.figures >= n;
    double tolerance = std::max(1.0, std::abs(own.value) * 0.01);
    bool disagree = complete ? std::abs(own.value - part.sum) > tolerance : part.sum > own.value + tolerance;
    if (!disagree) continue;
    if (!cap.take(set.files[own.file], "parts-disagree", hint)) continue;
    found.push_back({&own, &part, complete});
    rows_of.try_emplace(key);
  }
  if (!rows_of.empty())
    for (const auto& f : set.figures)
      if (auto k = part_of(f))
        if (auto it = rows_of.find(*k); it != rows_of.end()) it->second.push_back(&f);
  for (const Disagreement& d : found) {
    const submission::Figure& own = *d.own;
    std::vector<std::string> rows;
    for (const auto* f : rows_of.at(submission::figure_key(own))) rows.push_back(set.where(f->file, f->line));
    const plan::Indicator& ind = corpus.indicators.at(own.indicator);
    add_at_figure(out, set, "parts-disagree", own,
            out.tr(d.complete ? "diag.parts-disagree" : "diag.parts-exceed", fmt::arg("region", corpus.regions.at(own.region).name),
                   fmt::arg("indicator", ind.id), fmt::arg("period", own.period().str()),
                   fmt::arg("own", util::format_number(own.value)), fmt::arg("sum", util::format_number(d.part->sum)),
                   fmt::arg("n", d.part->figures), fmt::arg("rows", fmt::join(rows, ", "))),
            hint)
        .about_figures = true;
  }
  cap.summarize(out, true);
}

}  // namespace scip::check
