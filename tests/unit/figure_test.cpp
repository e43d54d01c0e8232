// submission::Figure keeps its period as a kind, its first day and its
// length in days: every period form round-trips, the key and the order by day
// agree with util::Period's, and the ids it cannot hold are told apart.
#include <doctest/doctest.h>

#include "submission/figure.h"
#include "util/period.h"

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

using scip::submission::Figure;
using scip::submission::figure_key;
using scip::submission::repeated_keys;
using scip::util::parse_period;

TEST_CASE("a figure's period round-trips through its day numbers") {
  for (const char* text : {"2023", "2023-H2", "2023-Q1", "2024-02", "2024-02-29", "1999年底", "2025年第四季度", "1970-01-01", "1969-12-31", "2099-12-31", "2024", "2000"}) {
    std::string shown = text;
    CAPTURE(shown);
    auto p = parse_period(text);
    REQUIRE(p);
    Figure f;
    f.set_period(*p);
    CHECK(f.period() == *p);
    CHECK(f.period().str() == p->str());
  }
}

TEST_CASE("figures order by day numbers as their periods do, and the key tells periods apart") {
  Figure a, b, c;
  a.set_period(*parse_period("2023-H1"));
  b.set_period(*parse_period("2023-Q2"));
  c.set_period(*parse_period("2023-04"));
  CHECK((a.first_day < b.first_day) == (a.period().first < b.period().first));
  CHECK(a.last_day() == b.last_day());
  CHECK(b.first_day == c.first_day);
  CHECK(b.last_day() > c.last_day());
  a.region = b.region = c.region = 7;
  a.indicator = b.indicator = c.indicator = 3;
  CHECK(figure_key(b) != figure_key(c));  // same first day, other kind
  Figure b2 = b;
  b2.value = 99;
  CHECK(figure_key(b) == figure_key(b2));
  b2.cumulative = true;
  CHECK(figure_key(b) != figure_key(b2));
}

TEST_CASE("a figure holds region ids below 2^20 and indicator ids below 2^16, no others") {
  CHECK(Figure::fits(0, 0));
  CHECK(Figure::fits(Figure::kRegionLimit - 1, Figure::kIndicatorLimit - 1));
  CHECK_FALSE(Figure::fits(Figure::kRegionLimit, 0));
  CHECK_FALSE(Figure::fits(0, Figure::kIndicatorLimit));
  CHECK_FALSE(Figure::fits(-1, 0));
  CHECK_FALSE(Figure::fits(0, -1));
  // The largest ids that fit stay apart in the key: no region's bits run into
  // the indicator's.
  Figure a, b;
  a.set_period(*parse_period("2023"));
  b = a;
  a.region = Figure::kRegionLimit - 1;
  a.indicator = 0;
  b.region = 0;
  b.indicator = static_cast<uint16_t>(Figure::kIndicatorLimit - 1);
  CHECK(figure_key(a) != figure_key(b));
  uint64_t region_bits = figure_key(a) >> 44, indicator_bits = (figure_key(b) >> 28) & 0xFFFF;
  CHECK(region_bits == static_cast<uint64_t>(Figure::kRegionLimit - 1));
  CHECK(indicator_bits == static_cast<uint64_t>(Figure::kIndicatorLimit - 1));
}

TEST_CASE("a leap year's figure keeps its 366 days") {
  Figure f;
  f.set_period(*parse_period("2024"));
  CHECK(f.last_day() - f.first_day == 365);
  CHECK(f.period().last.month == 12);
  CHECK(f.period().last.day == 31);
}

namespace {

// The keys more than one figure has, counted in a map: what repeated_keys
// finds by parts.
std::vector<uint64_t> repeated_by_map(const scip::util::BigVector<Figure>& figures) {
  std::map<uint64_t, int> count;
  for (const Figure& f : figures) ++count[figure_key(f)];
  std::vector<uint64_t> out;
  for (const auto& [k, n] : count)
    if (n > 1) out.push_back(k);
  return out;
}

}  // namespace

TEST_CASE("repeated_keys finds each key that repeats once, sorted, however many parts it splits the keys into") {
  std::mt19937 rng(7);
  scip::util::BigVector<Figure> figures;
  const char* periods[] = {"2021", "2022", "2023-Q1", "2023-Q2", "2023-H1"};
  for (int i = 0; i < 5000; ++i) {
    Figure f;
    f.region = static_cast<int>(rng() % 40);
    f.indicator = static_cast<uint16_t>(rng() % 6);
    f.set_period(*parse_period(periods[rng() % 5]));
    f.cumulative = rng() % 7 == 0;
    figures.push_back(f);
  }
  std::vector<uint64_t> expected = repeated_by_map(figures);
  REQUIRE(expected.size() > 100);  // (40 regions x 6 indicators x 5 periods x 2 bases: most of 5000 repeat)
  REQUIRE(expected.size() < figures.size());
  for (size_t part : {size_t{1}, size_t{3}, size_t{100}, size_t{4999}, size_t{5000}, scip::submission::kRepeatedKeysPart}) {
    CAPTURE(part);
    for (unsigned threads : {1u, 2u, 3u}) {
      CAPTURE(threads);
      CHECK(repeated_keys(figures, part, threads) == expected);
    }
  }
}

TEST_CASE("repeated_keys: none among distinct keys, none in an empty set, every key when all repeat") {
  scip::util::BigVector<Figure> figures;
  CHECK(repeated_keys(figures, 2).empty());
  for (int r = 0; r < 50; ++r) {
    Figure f;
    f.region = r;
    f.set_period(*parse_period("2023"));
    figures.push_back(f);
  }
  CHECK(repeated_keys(figures, 2).empty());
  scip::util::BigVector<Figure> twice = figures;
  twice.insert(twice.end(), figures.begin(), figures.end());
  std::vector<uint64_t> all;
  for (const Figure& f : figures) all.push_back(figure_key(f));
  std::sort(all.begin(), all.end());
  CHECK(repeated_keys(twice, 2) == all);
  CHECK(repeated_keys(twice) == all);
}
