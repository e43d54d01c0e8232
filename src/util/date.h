// util/date — calendar dates as plans write them.
//
// Plans give deadlines as a year (2025, meaning the end of that year) or as a
// date (2025-12-31). Dates are checked against the real calendar, so
// 2021-02-30 is rejected rather than silently rolled over.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "util/fields.h"

namespace scip::util {

struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
  std::string str() const;  // YYYY-MM-DD
};

template <class V, TypeOrConst<Date> S>
void fields(V& v, S& x) {
  v.internal(x.year);
  v.internal(x.month);
  v.internal(x.day);
}

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);

// "YYYY-MM-DD" with a real calendar date; nullopt otherwise.
std::optional<Date> parse_date(std::string_view s);

// Days since 1970-01-01 (negative before).
long days_since_epoch(const Date& d);

// The date `days` days after 1970-01-01 (the inverse of days_since_epoch).
Date date_from_days(long days);

// Today's date on this machine (local time).
Date today();

}  // namespace scip::util
