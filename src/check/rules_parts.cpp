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
#include <vector>

#include "check/rules.h"
#include "region/registry.h"
#include "util/hash.h"
#include "util/key_index.h"
#include "util/parallel.h"
#include "util/table.h"

namespace scip::check {

namespace {

struct Part {
  double sum = 0;
  size_t figures = 0;
};

// As the file checker does: a hundred in a file, then how many more.
constexpr size_t kMaxPerFile = 100;

// The part a figure counts in: (its region's parent, indicator, period),
// keyed as a figure of the parent would be; none for a covered figure, a
// region without a parent among the corpus's, or a rate.
class PartOf {
 public:
  explicit PartOf(const plan::Corpus& corpus) : parent_(corpus.regions.size(), -1), rate_(corpus.indicators.size()) {
    for (size_t i = 0; i < corpus.regions.size(); ++i) {  // each region's parent, once
      const auto& above = corpus.ancestors(static_cast<int>(i));
      if (!above.empty()) parent_[i] = corpus.regions.find_code(above.back());
    }
    // Rates are not added up: decided once per indicator, not once per figure.
    for (size_t i = 0; i < rate_.size(); ++i) rate_[i] = plan::is_rate(corpus.indicators.at(static_cast<int>(i)));
  }
  std::optional<uint64_t> operator()(const submission::Figure& f) const {
    int up = parent_[static_cast<size_t>(f.region)];
    if (f.covered || up < 0 || rate_[static_cast<size_t>(f.indicator)]) return std::nullopt;
    submission::Figure as_parent = f;
    as_parent.region = up;
    return submission::figure_key(as_parent);
  }

 private:
  std::vector<int> parent_;  // by region id; -1: none
  std::vector<char> rate_;   // by indicator id
};

// How many regions the registry has directly under a region in a year.
class RegionsUnder {
 public:
  explicit RegionsUnder(const plan::Corpus& corpus) : corpus_(corpus) {}
  size_t operator()(int region, int year) {
    uint64_t k = (static_cast<uint64_t>(region) << 16) | static_cast<uint64_t>(year);
    if (auto it = memo_.find(k); it != memo_.end()) return it->second;
    const std::string& code = corpus_.regions.at(region).code;
    size_t n = 0;
    for (const region::Record* r : region::Registry::builtin().below(code, year, year)) n += r->parent == code;
    return memo_[k] = n;
  }

 private:
  const plan::Corpus& corpus_;
  std::unordered_map<uint64_t, size_t> memo_;  // (region, year) -> regions directly under it
};

// A figure that disagrees with the total of its parts.
struct Candidate {
  size_t own;  // index into the set's figures
  Part part;
  bool complete;  // every region under it reported: compared both ways
  static bool earlier(const Candidate& a, const Candidate& b) { return a.own < b.own; }  // in the set's order
};

// The disagreements the cap lists, gathered pass by pass: in each file the
// first kMaxPerFile of them in the set's order, as one pass over the set
// would have met them, and how many there were in all. (The bench's national
// corpus has a quarter of a million: they are counted, not kept.)
class FirstPerFile {
 public:
  explicit FirstPerFile(const submission::FigureSet& set) : set_(set), group_of_(set.files.size()) {
    std::unordered_map<std::string_view, size_t> by_name;  // a workbook's sheets share their file's cap
    for (size_t i = 0; i < set.files.size(); ++i) {
      auto [it, fresh] = by_name.try_emplace(set.files[i], groups_.size());
      if (fresh) groups_.push_back({&set.files[i], {}, 0});
      group_of_[i] = it->second;
    }
  }
  void add(const Candidate& c) {
    Group& g = groups_[group_of_[set_.figures[c.own].file]];
    ++g.count;
    if (g.first.size() == kMaxPerFile && !Candidate::earlier(c, g.first.back())) return;
    g.first.insert(std::upper_bound(g.first.begin(), g.first.end(), c, Candidate::earlier), c);
    if (g.first.size() > kMaxPerFile) g.first.pop_back();
  }
  // Every file's listed ones, in the set's order.
  std::vector<Candidate> listed() const {
    std::vector<Candidate> all;
    for (const Group& g : groups_) all.insert(all.end(), g.first.begin(), g.first.end());
    std::sort(all.begin(), all.end(), Candidate::earlier);
    return all;
  }
  // Takes in what another finder of the same set found (in other passes):
  // the result is the same as one finder's over both, in any order.
  void add_all(const FirstPerFile& other) {
    for (size_t g = 0; g < groups_.size(); ++g) {
      const Group& theirs = other.groups_[g];
      for (const Candidate& c : theirs.first) add(c);
      groups_[g].count += theirs.count - theirs.first.size();  // (add counted the listed ones)
    }
  }
  // How many of each file are beyond the listed: (the file, how many).
  std::vector<std::pair<const std::string*, size_t>> unlisted() const {
    std::vector<std::pair<const std::string*, size_t>> out;
    for (const Group& g : groups_)
      if (g.count > g.first.size()) out.emplace_back(g.file, g.count - g.first.size());
    return out;
  }

 private:
  struct Group {
    const std::string* file;       // its name in the set
    std::vector<Candidate> first;  // sorted by figure, at most kMaxPerFile
    size_t count = 0;
  };
  const submission::FigureSet& set_;
  std::vector<size_t> group_of_;  // by file index
  std::vector<Group> groups_;
};

// The parts whose key falls in `pass` (util::mix64's bits under `mask`):
// summed, then each own figure of the pass against its part. `index` and
// `parts` are the pass's room, emptied here. False when no part fell in it.
bool check_pass(const submission::FigureSet& set, const PartOf& part_of, RegionsUnder& regions_under, uint64_t mask,
                uint64_t pass, util::KeyIndex& index, util::BigVector<Part>& parts, FirstPerFile& out) {
  index.clear();
  parts.clear();
  for (const auto& f : set.figures)  // sums and counts only: the rows of the few listed are gathered later
    if (auto k = part_of(f); k && (util::mix64(*k) & mask) == pass) {
      auto [at, fresh] = index.try_emplace(*k, static_cast<uint32_t>(parts.size()));
      if (fresh) parts.emplace_back();
      Part& p = parts[*at];
      p.sum += f.value;
      ++p.figures;
    }
  if (parts.empty()) return false;
  for (size_t i = 0; i < set.figures.size(); ++i) {
    const submission::Figure& own = set.figures[i];
    if (own.covered) continue;
    uint64_t key = submission::figure_key(own);
    if ((util::mix64(key) & mask) != pass) continue;
    const uint32_t* at = index.find(key);
    if (!at) continue;
    const Part& part = parts[*at];
    size_t n = regions_under(own.region, own.period().last.year);
    bool complete = n > 0 && part.figures >= n;
    double tolerance = std::max(1.0, std::abs(own.value) * 0.01);
    if (complete ? std::abs(own.value - part.sum) > tolerance : part.sum > own.value + tolerance)
      out.add({i, part, complete});
  }
  return true;
}

// The listed disagreements, each with the rows of its part, then how many
// more each file had.
void report(const submission::FigureSet& set, const plan::Corpus& corpus, const PartOf& part_of,
            const FirstPerFile& found, Diagnostics& out) {
  DiagnosticCap cap(kMaxPerFile);
  const std::string hint = out.tr("hint.parts-disagree");
  std::vector<Candidate> listed = found.listed();
  std::unordered_map<uint64_t, std::vector<const submission::Figure*>> rows_of;  // of the parts listed
  for (const Candidate& c : listed) rows_of.try_emplace(submission::figure_key(set.figures[c.own]));
  for (const auto& f : set.figures)
    if (auto k = part_of(f))
      if (auto it = rows_of.find(*k); it != rows_of.end()) it->second.push_back(&f);
  for (const Candidate& c : listed) {
    const submission::Figure& own = set.figures[c.own];
    cap.take(set.files[own.file], "parts-disagree", hint);  // (at most kMaxPerFile a file: each is taken)
    std::vector<std::string> rows;
    for (const auto* f : rows_of.at(submission::figure_key(own))) rows.push_back(set.where(f->file, f->line));
    const plan::Indicator& ind = corpus.indicators.at(own.indicator);
    add_at_figure(out, set, "parts-disagree", own,
                  out.tr(c.complete ? "diag.parts-disagree" : "diag.parts-exceed",
                         fmt::arg("region", corpus.regions.at(own.region).name), fmt::arg("indicator", ind.id),
                         fmt::arg("period", own.period().str()), fmt::arg("own", util::format_number(own.value)),
                         fmt::arg("sum", util::format_number(c.part.sum)), fmt::arg("n", c.part.figures),
                         fmt::arg("rows", fmt::join(rows, ", "))),
                  hint)
        .about_figures = true;
  }
  for (const auto& [file, n] : found.unlisted()) cap.pass_over(*file, "parts-disagree", n);
  cap.summarize(out, true);
}

}  // namespace

// A national set has a third of a million parts, and their index (kept half
// full, and twice that while it grows) was the largest thing progress held.
// So the parts are summed in passes, about `figures_per_pass` figures' worth
// each, a part's pass picked by util::mix64 of its key: not by the bits the
// index homes keys with (util::fibonacci_bits), which would crowd each pass's
// keys into one stretch of the index. A part's figures are summed in the
// set's order whatever the passes, and the disagreements listed under the
// cap are the first of each file in that order (FirstPerFile), so the
// diagnostics do not depend on the passes, nor on which thread ran which:
// the passes run on `threads` threads (0: one per core), thread t taking
// passes t, t + threads, … with a room and a finder of its own, the finders
// joined afterwards. (Passes are of nearly equal size, the hash's doing, so
// taking them in a fixed stripe costs no balance, and each thread's room is
// faulted in once.)
void check_parts(const submission::FigureSet& set, const plan::Corpus& corpus, Diagnostics& out,
                 size_t figures_per_pass, unsigned threads) {
  const PartOf part_of(corpus);
  int bits = 0;
  while (bits < 16 && (set.figures.size() >> bits) > std::max<size_t>(figures_per_pass, 1)) ++bits;
  const uint64_t mask = (uint64_t{1} << bits) - 1;
  const size_t stripes = std::min<size_t>(util::thread_count(threads), mask + 1);
  std::vector<FirstPerFile> found(stripes, FirstPerFile(set));
  std::vector<char> any_part(stripes, 0);
  util::parallel_for(stripes, static_cast<unsigned>(stripes), [&](size_t t) {
    RegionsUnder regions_under(corpus);
    util::KeyIndex index;  // part key -> its place in parts
    util::BigVector<Part> parts;
    for (uint64_t pass = t; pass <= mask; pass += stripes)
      any_part[t] = check_pass(set, part_of, regions_under, mask, pass, index, parts, found[t]) || any_part[t];
  });
  if (std::find(any_part.begin(), any_part.end(), 1) == any_part.end()) return;
  for (size_t t = 1; t < stripes; ++t) found[0].add_all(found[t]);
  report(set, corpus, part_of, found[0], out);
}

}  // namespace scip::check
