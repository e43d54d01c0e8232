// submission::Figure keeps its period as a kind and two day numbers: every
// period form round-trips, and the key and the order by day agree with
// util::Period's.
#include <doctest/doctest.h>

#include "submission/figure.h"
#include "util/period.h"

#include <string>

using scip::submission::Figure;
using scip::submission::figure_key;
using scip::util::parse_period;

TEST_CASE("a figure's period round-trips through its day numbers") {
  for (const char* text : {"2023", "2023-H2", "2023-Q1", "2024-02", "2024-02-29", "1999年底", "2025年第四季度", "1970-01-01", "1969-12-31", "2099-12-31"}) {
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
  CHECK(a.last_day == b.last_day);
  CHECK(b.first_day == c.first_day);
  CHECK(b.last_day > c.last_day);
  a.region = b.region = c.region = 7;
  a.indicator = b.indicator = c.indicator = 3;
  CHECK(figure_key(b) != figure_key(c));  // same first day, other kind
  Figure b2 = b;
  b2.value = 99;
  CHECK(figure_key(b) == figure_key(b2));
  b2.cumulative = true;
  CHECK(figure_key(b) != figure_key(b2));
}
