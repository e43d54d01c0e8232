// submission/series_index — see series_index.h.
#include "submission/series_index.h"

#include <algorithm>

namespace scip::submission {

SeriesIndex::SeriesIndex(const util::BigVector<Figure>& figures) {
  if (figures.empty()) return;
  int max_region = -1, max_indicator = -1;
  bool ids = true;  // every figure has a region
  for (const Figure& f : figures) {
    ids = ids && f.region >= 0;
    max_region = std::max(max_region, f.region);
    max_indicator = std::max(max_indicator, static_cast<int>(f.indicator));
  }
  size_t regions = static_cast<size_t>(max_region) + 1, indicators = static_cast<size_t>(max_indicator) + 1;
  // The grid's counters cost 4 bytes a cell: worth it while they are not
  // many more than the figures.
  if (ids && regions * indicators <= 2 * figures.size() + (size_t{1} << 20))
    count_and_place(figures, regions, indicators);
  else
    sort_pairs(figures);
}

void SeriesIndex::count_and_place(const util::BigVector<Figure>& figures, size_t regions, size_t indicators) {
  auto cell = [&](const Figure& f) { return static_cast<size_t>(f.region) * indicators + static_cast<size_t>(f.indicator); };
  util::BigVector<uint32_t> next(regions * indicators + 1, 0);  // figures per cell, then where each cell's next goes
  for (const Figure& f : figures) ++next[cell(f) + 1];
  size_t series = 0;
  for (size_t c = 1; c < next.size(); ++c) {
    series += next[c] != 0;
    next[c] += next[c - 1];
  }
  starts_.reserve(series);
  for (size_t c = 0; c + 1 < next.size(); ++c)
    if (next[c + 1] != next[c])
      starts_.push_back({series_key(static_cast<int>(c / indicators), static_cast<int>(c % indicators)), next[c]});
  order_.resize(figures.size());
  for (size_t i = 0; i < figures.size(); ++i) order_[next[cell(figures[i])]++] = static_cast<uint32_t>(i);
}

void SeriesIndex::sort_pairs(const util::BigVector<Figure>& figures) {
  util::BigVector<std::pair<uint64_t, uint32_t>> keyed(figures.size());
  for (size_t i = 0; i < figures.size(); ++i)
    keyed[i] = {series_key(figures[i].region, figures[i].indicator), static_cast<uint32_t>(i)};
  std::sort(keyed.begin(), keyed.end());
  order_.resize(keyed.size());
  for (size_t i = 0; i < keyed.size(); ++i) {
    order_[i] = keyed[i].second;
    if (i == 0 || keyed[i].first != keyed[i - 1].first) starts_.push_back({keyed[i].first, static_cast<uint32_t>(i)});
  }
  starts_.shrink_to_fit();
}

std::span<const uint32_t> SeriesIndex::members(size_t s) const {
  size_t end = s + 1 == starts_.size() ? order_.size() : starts_[s + 1].second;
  return {order_.data() + starts_[s].second, end - starts_[s].second};
}

std::span<const uint32_t> SeriesIndex::find(int region, int indicator) const {
  uint64_t key = series_key(region, indicator);
  auto it = std::lower_bound(starts_.begin(), starts_.end(), key,
                             [](const auto& start, uint64_t k) { return start.first < k; });
  if (it == starts_.end() || it->first != key) return {};
  return members(static_cast<size_t>(it - starts_.begin()));
}

}  // namespace scip::submission
