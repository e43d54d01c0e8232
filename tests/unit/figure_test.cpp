// submission::Figure keeps its period as a kind, its first day and its
// length in days: every period form round-trips, the key and the order by day
// agree with util::Period's, and the ids it cannot hold are told apart.
#include <doctest/doctest.h>

#include "submission/figure.h"
#include "util/period.h"

#include <string>

using scip::submission::Figure;
using scip::submission::figure_key;
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
