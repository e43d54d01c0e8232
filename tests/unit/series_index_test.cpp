// submission::SeriesIndex groups figures by (region, indicator) exactly as
// sorting (series key, figure number) pairs does: the same series in the
// same order, each with its figures in the order read — whether it counts
// over the grid of ids or, for ids far apart, sorts.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <utility>
#include <vector>

#include "submission/series_index.h"

using scip::submission::Figure;
using scip::submission::series_key;
using scip::submission::SeriesIndex;
using scip::util::BigVector;

namespace {

BigVector<Figure> figures_of(const std::vector<std::pair<int, int>>& ids) {
  BigVector<Figure> out;
  for (auto [region, indicator] : ids) {
    Figure f;
    f.region = region;
    f.indicator = indicator;
    out.push_back(f);
  }
  return out;
}

// The series by sorting pairs, written out here as the reference.
std::vector<std::pair<uint64_t, std::vector<uint32_t>>> reference(const BigVector<Figure>& figures) {
  std::vector<std::pair<uint64_t, uint32_t>> keyed;
  for (uint32_t i = 0; i < figures.size(); ++i) keyed.push_back({series_key(figures[i].region, figures[i].indicator), i});
  std::sort(keyed.begin(), keyed.end());
  std::vector<std::pair<uint64_t, std::vector<uint32_t>>> out;
  for (const auto& [key, i] : keyed) {
    if (out.empty() || out.back().first != key) out.push_back({key, {}});
    out.back().second.push_back(i);
  }
  return out;
}

void check_against_reference(const BigVector<Figure>& figures) {
  SeriesIndex index(figures);
  auto want = reference(figures);
  REQUIRE(index.size() == want.size());
  for (size_t s = 0; s < want.size(); ++s) {
    CHECK(index.key(s) == want[s].first);
    auto got = index.members(s);
    CHECK(std::vector<uint32_t>(got.begin(), got.end()) == want[s].second);
  }
  for (const auto& [key, members] : want) {
    auto got = index.find(static_cast<int>(key >> 32), static_cast<int>(key & 0xFFFFFFFF));
    CHECK(std::vector<uint32_t>(got.begin(), got.end()) == members);
  }
}

}  // namespace

TEST_CASE("series by counting over the grid: as sorting pairs would") {
  std::mt19937 random(19);
  std::vector<std::pair<int, int>> ids;
  for (int i = 0; i < 5000; ++i)
    ids.push_back({static_cast<int>(random() % 40), static_cast<int>(random() % 7)});
  BigVector<Figure> figures = figures_of(ids);
  check_against_reference(figures);
  // A region and indicator with no figure, inside and outside the grid.
  std::vector<std::pair<int, int>> sparse = {{0, 0}, {3, 2}, {3, 2}, {39, 6}};
  SeriesIndex small(figures_of(sparse));
  CHECK(small.size() == 3);
  CHECK(small.find(3, 2).size() == 2);
  CHECK(small.find(3, 2)[0] == 1);
  CHECK(small.find(3, 2)[1] == 2);
  CHECK(small.find(1, 1).empty());
  CHECK(small.find(40, 0).empty());
  CHECK(small.find(0, 7).empty());
}

TEST_CASE("series of ids far apart: sorted, the same index") {
  // 5,000,000 regions × 3 indicators would be a grid of 15 million counters
  // for 6 figures.
  check_against_reference(figures_of({{5'000'000, 2}, {0, 0}, {5'000'000, 2}, {7, 1}, {0, 0}, {5'000'000, 0}}));
  // A figure without a region (-1) cannot be placed on the grid.
  check_against_reference(figures_of({{-1, 0}, {2, 1}, {-1, 0}, {2, 1}}));
}

TEST_CASE("no figures, no series") {
  SeriesIndex index{BigVector<Figure>{}};
  CHECK(index.size() == 0);
  CHECK(index.find(0, 0).empty());
}
