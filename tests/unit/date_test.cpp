// Unit tests for util/date.
#include <doctest/doctest.h>

#include "util/date.h"

using namespace scip::util;

TEST_CASE("dates are checked against the calendar") {
  CHECK(parse_date("2025-12-31").has_value());
  CHECK(parse_date("2024-02-29").has_value());
  CHECK_FALSE(parse_date("2021-02-29").has_value());
  CHECK_FALSE(parse_date("2021-02-30").has_value());
  CHECK_FALSE(parse_date("1900-02-29").has_value());
  CHECK(parse_date("2000-02-29").has_value());
  CHECK_FALSE(parse_date("0000-01-01").has_value());
  CHECK_FALSE(parse_date("2021-13-01").has_value());
  CHECK_FALSE(parse_date("2025/12/31").has_value());
  CHECK_FALSE(parse_date("2025-1-1").has_value());
}

TEST_CASE("dates order and count days") {
  CHECK(Date{2021, 1, 1} < Date{2021, 1, 2});
  CHECK(days_since_epoch({1970, 1, 1}) == 0);
  CHECK(days_since_epoch({2021, 1, 1}) - days_since_epoch({2020, 1, 1}) == 366);
  CHECK(Date{2025, 12, 31}.str() == "2025-12-31");
}
