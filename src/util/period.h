// util/period — the time a reported figure covers.
//
// Submissions name their period as 2020 (the year), 2020-H1 / 2020-H2,
// 2020-Q1 … 2020-Q4, 2020-07 (a month) or 2020-07-15 (a day, for a figure
// counted up to that date); 2020年 and 2020年度 are read as the year.
// Full-width digits are accepted. Every period has a first and a last day,
// checked against the calendar.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/date.h"

namespace scip::util {

enum class PeriodKind { year, half, quarter, month, day };

struct Period {
  PeriodKind kind = PeriodKind::year;
  Date first, last;
  std::string str() const;  // canonical: 2020, 2020-H1, 2020-Q3, 2020-07, 2020-07-15
  auto operator<=>(const Period&) const = default;
};

std::optional<Period> parse_period(std::string_view text);

}  // namespace scip::util
