// util/number — numbers as Chinese reports and spreadsheets write them.
//
// "1228", "1,228", "１２２８" (full-width digits), "1.3万" (万 = 10⁴, 亿 = 10⁸,
// also 千, 百万, 千万), "173万元", "90%", and the approximate forms of a
// bulletin: "超4万" (over), "890余" (and more), "约1.2万", "1万人以上", and
// the lower bounds of a form, "≥1000", "不少于1000". The
// value is kept, scaled to units, with a flag saying it is approximate; text
// after the number that is not a scale or a marker is returned as the unit
// ("人", "元", "人次"). parse_number never guesses: "1,22", "12a4", "1.2.3",
// "" are failures with a reason.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scip::util {

struct Number {
  double value = 0;          // scaled: "1.3万" gives 13000
  bool approximate = false;  // 超/余/约/以上/多/近/左右/逾…
  std::string marker;        // the approximate marker(s) as written
  bool percent = false;      // "90%": value 90, unit "%"
  std::string unit;          // what followed the number ("人", "元", "%"); may be empty
  std::string scale;         // the scale word applied to `value` ("万" in "1.3万"); may be empty
  bool cumulative = false;   // "累计3750": a total since the plan's start, not the period's own figure
};

enum class NumberError { empty, no_digits, bad_grouping, bad_digits };

struct NumberResult {
  std::optional<Number> number;
  NumberError error = NumberError::empty;
};

NumberResult parse_number(std::string_view text);

// "是", "已完成", "完成", "done", "yes", "true" -> 1; "否", "未完成", "no",
// "false" -> 0 (milestone reports); nullopt otherwise.
std::optional<double> parse_yes_no(std::string_view text);

// A number as a spreadsheet stores it ("0.705", "-12", "1.5E-3"), written
// without an exponent and with its decimal point moved `places` to the right
// ("0.705" and 2 give "70.5": a cell formatted 0.0% shows 70.5%). The digits
// are moved, not multiplied, so nothing is rounded. nullopt for any other
// text, or an exponent beyond ±400.
std::optional<std::string> shift_decimal_point(std::string_view text, int places);

// The scale a unit begins with: "万元" 10000, "元" and "万" alone 1.
double unit_prefix_scale(std::string_view unit);

// A multiplier written as a unit prefix: "万人" with base "人" -> 10000;
// "人" -> 1; nullopt when `unit` is not `base` or a scale of it.
std::optional<double> unit_scale(std::string_view unit, std::string_view base);

}  // namespace scip::util
