// submission/series_index — the figures of each series, together.
//
// A series is one region's figures of one indicator over time: what the
// period rules (check/rules_periods) and progress (progress/progress) walk.
// A national run has three million figures in about a million series.
//
// The index is one array of figure numbers, series after series (by region,
// then indicator: the order of series_key), each series's figures in the
// order they were read; and, per series, its key and where it begins. Region
// and indicator ids are the corpus's small integers, so the figures are
// placed by a counting sort over the (region, indicator) grid: one pass to
// count, one to place, 4 bytes a figure. (Sorting (key, figure) pairs took
// 16 bytes a figure, 48 MB at national scale, and a comparison sort.) When
// the grid would be much larger than the figures (ids far apart, which the
// corpus does not make), the pairs are sorted instead; the index is the same.
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "submission/figure.h"
#include "util/big_array.h"

namespace scip::submission {

class SeriesIndex {
 public:
  SeriesIndex() = default;
  explicit SeriesIndex(const util::BigVector<Figure>& figures);

  // The number of series (each has at least one figure).
  size_t size() const { return starts_.size(); }
  // Series s's key (series_key) and its figure numbers, in the order read.
  uint64_t key(size_t s) const { return starts_[s].first; }
  std::span<const uint32_t> members(size_t s) const;
  // A region's figures of an indicator; empty when it reported none.
  std::span<const uint32_t> find(int region, int indicator) const;

 private:
  void count_and_place(const util::BigVector<Figure>& figures, size_t regions, size_t indicators);
  void sort_pairs(const util::BigVector<Figure>& figures);

  util::BigVector<uint32_t> order_;                      // figure numbers, series by series
  std::vector<std::pair<uint64_t, uint32_t>> starts_;   // (series key, where it begins in order_), by key
};

}  // namespace scip::submission
