// Unit tests of util/number (values as Chinese reports write them) and
// util/period (reporting periods).
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "util/number.h"
#include "util/period.h"

using namespace scip::util;

namespace {
Number num(std::string_view s) {
  NumberResult r = parse_number(s);
  REQUIRE_MESSAGE(r.number, "does not parse: " << s);
  return *r.number;
}
NumberError fails(std::string_view s) {
  NumberResult r = parse_number(s);
  REQUIRE_MESSAGE(!r.number, "parses but should not: " << s);
  return r.error;
}
}  // namespace

TEST_CASE("numbers in every form the bulletins use") {
  CHECK(num("1228").value == 1228);
  CHECK(num("1,228").value == 1228);
  CHECK(num("12,440").value == 12440);
  CHECK(num("1,234,567").value == 1234567);
  CHECK(num("１２２８").value == 1228);      // full-width digits
  CHECK(num("１，２２８").value == 1228);    // full-width comma
  CHECK(num("　1228 ").value == 1228);       // ideographic and ASCII spaces
  CHECK(num("1.3万").value == doctest::Approx(13000));
  CHECK(num("173万").value == 1730000);
  CHECK(num("1.3万").scale == "万");
  CHECK(num("≥1000").value == 1000);
  CHECK(num("≥1000").approximate);
  CHECK(num("不少于1000").marker == "不少于");  // kept, so a second scale in a unit column is caught
  CHECK(num("1300").scale.empty());
  CHECK(num("2亿").value == 2e8);
  CHECK(num("3千").value == 3000);
  CHECK(num("1.5百万").value == 1500000);
  CHECK(num("1.3 万").value == doctest::Approx(13000));
  CHECK(num("-5").value == -5);
  CHECK(num("+5").value == 5);
  CHECK(num("0.5").value == 0.5);
  Number p = num("90%");
  CHECK(p.value == 90);
  CHECK(p.percent);
  CHECK(p.unit == "%");
  CHECK(num("９０％").value == 90);
  CHECK_FALSE(num("1228").approximate);
}

TEST_CASE("approximate markers keep the value and say so") {
  Number a = num("超4万");
  CHECK(a.value == 40000);
  CHECK(a.approximate);
  CHECK(a.marker == "超");
  Number b = num("890余");
  CHECK(b.value == 890);
  CHECK(b.approximate);
  CHECK(b.marker == "余");
  CHECK(num("约1.2万").value == doctest::Approx(12000));
  CHECK(num("约1.2万").approximate);
  Number c = num("1万人以上");
  CHECK(c.value == 10000);
  CHECK(c.unit == "人");
  CHECK(c.approximate);
  Number d = num("4万余人");
  CHECK(d.value == 40000);
  CHECK(d.unit == "人");
  CHECK(d.approximate);
  CHECK(num("超过100").approximate);
  CHECK(num("近100").approximate);
  CHECK(num("100左右").approximate);
  CHECK_FALSE(num("达100").approximate);  // 达 only introduces the number
}

TEST_CASE("units written after the number") {
  Number a = num("173万元");
  CHECK(a.value == 1730000);
  CHECK(a.unit == "元");
  CHECK(num("1228人").unit == "人");
  CHECK(num("3165 人次").unit == "人次");
}

TEST_CASE("what must not parse, with the reason") {
  CHECK(fails("") == NumberError::empty);
  CHECK(fails("  ") == NumberError::empty);
  CHECK(fails("一千") == NumberError::no_digits);
  CHECK(fails("abc") == NumberError::no_digits);
  CHECK(fails("万") == NumberError::no_digits);
  CHECK(fails("1,22") == NumberError::bad_grouping);
  CHECK(fails("12,34,567") == NumberError::bad_grouping);
  CHECK(fails("1234,567") == NumberError::bad_grouping);
  CHECK(fails("12a4") == NumberError::bad_digits);
  CHECK(fails("1.2.3") == NumberError::bad_digits);
  CHECK(fails("1.") == NumberError::bad_digits);
  CHECK(fails("90%人") == NumberError::bad_digits);
  CHECK(fails("1e999999") == NumberError::bad_digits);
}

TEST_CASE("plain decimals, read in place, give what the whole way gives") {
  // A trailing space sends a cell the whole way (trim, separators, units).
  for (const std::string& s : std::vector<std::string>{"0", "-0", "7", "007", "1228", "-3", "12.5", "0.1", "0.30000000000000004",
                        "9007199254740993", "123456789012345678901234567890", "2.2250738585072014",
                        "1.7976931348623157", "-0.000001", std::string(300, '9')}) {
    Number fast = num(s), whole = num(s + " ");
    CHECK_MESSAGE(fast.value == whole.value, s);
    CHECK_MESSAGE(std::signbit(fast.value) == std::signbit(whole.value), s);
    CHECK(fast.unit.empty());
    CHECK(fast.scale.empty());
    CHECK_FALSE(fast.approximate);
    CHECK_FALSE(fast.percent);
  }
  CHECK(num("0.1").value == 0.1);
  CHECK(num("9007199254740993").value == 9007199254740992.0);  // nearest, ties to even
  CHECK(fails(std::string(400, '9')) == NumberError::bad_digits);  // beyond a double: refused, not infinity
  CHECK(fails(std::string(400, '9') + " ") == NumberError::bad_digits);
  CHECK(fails(".5") == NumberError::no_digits);
  CHECK(fails("5.") == NumberError::bad_digits);
  CHECK(fails("-") == NumberError::no_digits);
  CHECK(fails("1.2.3") == NumberError::bad_digits);
}

TEST_CASE("yes and no for milestones") {
  CHECK(parse_yes_no("是") == 1.0);
  CHECK(parse_yes_no("已完成") == 1.0);
  CHECK(parse_yes_no("Done") == 1.0);
  CHECK(parse_yes_no("否") == 0.0);
  CHECK(parse_yes_no("未完成") == 0.0);
  CHECK_FALSE(parse_yes_no("也许"));
}

TEST_CASE("units and their 万/亿 scales") {
  CHECK(unit_scale("人", "人") == 1.0);
  CHECK(unit_scale("万人", "人") == 1e4);
  CHECK(unit_scale("万人次", "人次") == 1e4);
  CHECK(unit_scale("亿元", "元") == 1e8);
  CHECK(unit_scale("千人", "人") == 1e3);
  CHECK_FALSE(unit_scale("人", "人次"));
  CHECK_FALSE(unit_scale("个", "万元"));
  CHECK_FALSE(unit_scale("万", "人"));
}

TEST_CASE("periods") {
  auto p = parse_period("2020");
  REQUIRE(p);
  CHECK(p->kind == PeriodKind::year);
  CHECK(p->first == Date{2020, 1, 1});
  CHECK(p->last == Date{2020, 12, 31});
  CHECK(p->str() == "2020");
  CHECK(parse_period("2020年")->str() == "2020");
  CHECK(parse_period("2020年度")->str() == "2020");
  CHECK(parse_period("２０２０")->str() == "2020");
  auto h = parse_period("2020-H2");
  REQUIRE(h);
  CHECK(h->first == Date{2020, 7, 1});
  CHECK(h->last == Date{2020, 12, 31});
  CHECK(parse_period("2020-h1")->last == Date{2020, 6, 30});
  auto q = parse_period("2020-Q3");
  REQUIRE(q);
  CHECK(q->first == Date{2020, 7, 1});
  CHECK(q->last == Date{2020, 9, 30});
  CHECK(q->str() == "2020-Q3");
  auto m = parse_period("2020-02");
  REQUIRE(m);
  CHECK(m->last == Date{2020, 2, 29});  // leap year
  CHECK(parse_period("2021-02")->last == Date{2021, 2, 28});
  auto d = parse_period("2020-07-15");
  REQUIRE(d);
  CHECK(d->kind == PeriodKind::day);
  CHECK(d->first == d->last);
  for (std::string_view bad : {"", "20", "2020Q3", "2020-Q5", "2020-Q0", "2020-H3", "2020-13", "2020-00", "2021-02-29",
                                "2020/13", "1800", "2200", "2020-7x", "二〇二〇", "2020-Q3x", "2020/Q3"})
    CHECK_MESSAGE(!parse_period(bad), bad);
  // Spreadsheet forms of a month (util/period.h lists them all).
  CHECK(parse_period("2020/07")->str() == "2020-07");
  CHECK(parse_period("2020-7")->str() == "2020-07");
}

TEST_CASE("累计 marks a cumulative figure, not an approximate one") {
  auto n = parse_number("累计3750");
  REQUIRE(n.number);
  CHECK(n.number->value == 3750);
  CHECK(n.number->cumulative);
  CHECK(!n.number->approximate);
  auto m = parse_number("累计达1.2万");
  REQUIRE(m.number);
  CHECK(m.number->value == 12000);
  CHECK(m.number->cumulative);
  auto plain = parse_number("3750");
  REQUIRE(plain.number);
  CHECK(!plain.number->cumulative);
}

TEST_CASE("a spreadsheet's stored number, its decimal point moved: digits, never arithmetic") {
  using scip::util::shift_decimal_point;
  CHECK(shift_decimal_point("0.885", 2) == "88.5");  // 0.885 × 100 in doubles is 88.50000000000001
  CHECK(shift_decimal_point("0.7025", 2) == "70.25");
  CHECK(shift_decimal_point("1", 2) == "100");
  CHECK(shift_decimal_point("0", 2) == "0");
  CHECK(shift_decimal_point("-0.05", 2) == "-5");
  CHECK(shift_decimal_point("-0", 2) == "0");
  CHECK(shift_decimal_point(".5", 2) == "50");
  CHECK(shift_decimal_point("12.", 0) == "12");
  CHECK(shift_decimal_point("0012.500", 0) == "12.5");
  CHECK(shift_decimal_point("1.5E-3", 0) == "0.0015");
  CHECK(shift_decimal_point("1.5e-3", 2) == "0.15");
  CHECK(shift_decimal_point("2.5E+3", 0) == "2500");
  CHECK(shift_decimal_point("1E21", 0) == "1000000000000000000000");
  CHECK(shift_decimal_point("1.0000000000000001E-3", 0) == "0.0010000000000000001");
  for (const char* bad : {"", "-", ".", "1e", "1e+", "1.2.3", "12a", "1,200", "0x10", "1E401", "1E-9999", " 1", "+1"})
    CHECK_MESSAGE(!shift_decimal_point(bad, 2), bad);
}

TEST_CASE("the scale a unit begins with") {
  CHECK(unit_prefix_scale("万元") == 1e4);
  CHECK(unit_prefix_scale("亿元") == 1e8);
  CHECK(unit_prefix_scale("万人次") == 1e4);
  CHECK(unit_prefix_scale("元") == 1);
  CHECK(unit_prefix_scale("万") == 1);  // a scale alone is not a scaled unit
  CHECK(unit_prefix_scale("") == 1);
  CHECK(unit_prefix_scale("%") == 1);
}
