// Unit tests of submission/reader: how a value's own unit or scale and the
// unit column combine (a scale is applied once, never twice).
#include <doctest/doctest.h>

#include "submission/reader.h"

using namespace scip;
using submission::UnitReading;

namespace {

UnitReading reading(std::string_view value, std::string_view unit_cell) {
  plan::Indicator ind;
  ind.unit = "人";
  submission::Header h;
  h.field.fill(-1);
  h.field[submission::value] = 3;
  h.field[submission::unit] = 4;
  return submission::read_unit(*util::parse_number(value).number, unit_cell, ind, h);
}

}  // namespace

TEST_CASE("a scale in the value and a scale in the unit column is a scale written twice") {
  UnitReading u = reading("1.3万", "万人");
  CHECK(u.kind == UnitReading::scale_twice);
  CHECK(u.once == 13000);
  CHECK(u.twice == 130000000);
  CHECK(u.field == 4);
  u = reading("1.3万人", "万人");
  CHECK(u.kind == UnitReading::scale_twice);
  CHECK(u.once == 13000);
}

TEST_CASE("a scale written once is applied once") {
  UnitReading u = reading("1.3万", "人");
  CHECK(u.kind == UnitReading::scaled);
  CHECK(u.scale == 1);  // 13000 already
  u = reading("1.3", "万人");
  CHECK(u.kind == UnitReading::scaled);
  CHECK(u.scale == 1e4);
  u = reading("1.3万人", "人");
  CHECK(u.kind == UnitReading::scaled);
  CHECK(u.scale == 1);
  u = reading("1.3万", "");
  CHECK(u.kind == UnitReading::none);  // the indicator's own unit: 13000 as it is
}

TEST_CASE("two different units, or a unit that does not fit") {
  CHECK(reading("1300人", "万人").kind == UnitReading::given_twice);
  CHECK(reading("5", "个").kind == UnitReading::incompatible);
}

TEST_CASE("the basis column: 累计 or 当期, anything else refused") {
  bool bad = false;
  CHECK(submission::read_basis("累计", bad) == true);
  CHECK(!bad);
  CHECK(submission::read_basis("Cumulative", bad) == true);
  CHECK(submission::read_basis("当期", bad) == false);
  CHECK(!submission::read_basis("", bad));
  CHECK(!bad);
  CHECK(!submission::read_basis("年末", bad));
  CHECK(bad);
}
