// util/period — the time a reported figure covers.
//
// Submissions name their period as a year, a half, a quarter, a month or a
// day, in the ISO-like forms (2020, 2020-H1, 2020-Q3, 2020-07, 2020-07-15)
// or the ones Excel, WPS and people write (2020年上半年, 2020年第三季度,
// 2020年7月, 2020.7, 2020/7/15 …; see parse_period). Every period has a first
// and a last day, checked against the calendar; the forms nest (a day lies in
// one month, a month in one quarter…), which the overlap rules rely on.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/date.h"

namespace scip::util {

enum class PeriodKind : uint8_t { year, half, quarter, month, day };

struct Period {
  PeriodKind kind = PeriodKind::year;
  Date first, last;
  std::string str() const;  // canonical: 2020, 2020-H1, 2020-Q3, 2020-07, 2020-07-15
  auto operator<=>(const Period&) const = default;
};

// A reporting period as people and spreadsheets write it: 2023, 2023年(度),
// 2023-H1, 2023年上半年, 2023-Q3, 2023年(第)三季度, 2023-07, 2023.7, 2023/7,
// 2023年7月, 2023-07-15, 2023/7/15, 2023.7.15, 2023年7月15日 (a day), and
// 2023年底 / 2023年末 (31 December: a point in time, for levels). Full-width
// digits are read as digits. nullopt for anything else, never a guess.
std::optional<Period> parse_period(std::string_view text);

// A date in any of the day forms above (2024-01-15, 2024/1/15, 2024.1.15,
// 2024年1月15日): what a reported_on cell from Excel or WPS holds.
std::optional<Date> parse_loose_date(std::string_view text);

}  // namespace scip::util
