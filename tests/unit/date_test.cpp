// Unit tests for util/date.
#include <doctest/doctest.h>

#include "util/date.h"
#include "util/period.h"

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

TEST_CASE("periods as Excel, WPS and people write them") {
  auto p = [](std::string_view s) { return scip::util::parse_period(s); };
  auto str = [&](std::string_view s) { auto x = p(s); return x ? x->str() : std::string("none"); };
  CHECK(str("2023年上半年") == "2023-H1");
  CHECK(str("2023年下半年") == "2023-H2");
  CHECK(str("2023年第三季度") == "2023-Q3");
  CHECK(str("2023年三季度") == "2023-Q3");
  CHECK(str("2023年第1季度") == "2023-Q1");
  CHECK(str("2023年12月") == "2023-12");
  CHECK(str("2023年7月份") == "2023-07");
  CHECK(str("2023.12") == "2023-12");
  CHECK(str("2023/12") == "2023-12");
  CHECK(str("2023-7") == "2023-07");
  CHECK(str("2023/7/1") == "2023-07-01");
  CHECK(str("2023.7.1") == "2023-07-01");
  CHECK(str("2023年7月1日") == "2023-07-01");
  CHECK(str("２０２３年第四季度") == "2023-Q4");
  CHECK(str("2023年底") == "2023-12-31");
  CHECK(str("2023年度") == "2023");
  CHECK(str("2023年全年") == "2023");
  // Never a guess.
  for (std::string_view bad : {"2023年第五季度", "2023.13", "2023/2/30", "2023Q3", "2023年中", "2023-7/1", "2023年13月",
                               "2023年7月1", "2023..7", "23年"})
    CHECK_MESSAGE(!p(bad), bad);
}

TEST_CASE("reported_on dates as spreadsheets write them") {
  using scip::util::parse_loose_date;
  CHECK(parse_loose_date("2024/1/15")->str() == "2024-01-15");
  CHECK(parse_loose_date("2024年1月15日")->str() == "2024-01-15");
  CHECK(parse_loose_date("2024.1.15")->str() == "2024-01-15");
  CHECK(parse_loose_date("2024-01-15")->str() == "2024-01-15");
  CHECK(!parse_loose_date("2024-01"));
  CHECK(!parse_loose_date("2024年底"));
  CHECK(!parse_loose_date("2024/2/30"));
}
