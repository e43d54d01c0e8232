// Unit tests of submission/reader: how a value's own unit or scale and the
// unit column combine (a scale is applied once, never twice).
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "submission/reader.h"
#include "util/date.h"

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

namespace {

util::CsvRecord record(std::vector<std::string> fields) {
  util::CsvRecord rec;
  rec.count = fields.size();
  rec.fields = std::move(fields);
  rec.line = 2;
  return rec;
}

submission::Header first_four() {
  submission::Header h;
  h.field.fill(-1);
  for (int c = 0; c < 4; ++c) h.field[static_cast<size_t>(c)] = c;
  return h;
}

}  // namespace

TEST_CASE("a row read into a reused Row reads as it does into a fresh one (the memo of recent cells)") {
  plan::Corpus corpus;
  corpus.regions.add("640521", "中宁县");
  corpus.regions.add("640522", "海原县");
  corpus.regions.add("640502", "海原县");  // the same name twice: ambiguous
  plan::Indicator ind;
  ind.id = "volunteers";
  ind.name = "科普志愿者";
  corpus.indicators.add(ind);
  submission::Header h = first_four();
  // Regions, indicators and periods that come back after others have pushed
  // them out of the memo, unknown and ambiguous names, full-width forms.
  std::vector<std::vector<std::string>> rows = {
      {"640521", "volunteers", "2023-Q1", "1"}, {"640521", "volunteers", "2023-Q2", "2"},
      {"海原县", "科普志愿者", "2023-Q3", "3"},  {"640522", "volunteers", "2023-Q4", "4"},
      {"６４０５２１", "ｖolunteers", "2023", "5"}, {"640521", "volunteers", "2023-Q1", "6"},
      {"999999", "nobody", "2023-13", "7"},    {"640521", "volunteers", "2024-Q1", "8"},
      {"2023-Q1", "2023-Q2", "2023-Q3", "9"},  {"2023-H1", "2023-H2", "2023-01", "10"},
      {"2023-02", "2023-03", "2023-04", "11"}, {"640521", "volunteers", "2023-Q1", "12"},
      {"海原县", "科普志愿者", "2023-Q3", "13"}};
  submission::Row reused;
  for (const auto& fields : rows) {
    util::CsvRecord rec = record(fields);
    CAPTURE(fields[0]);
    CAPTURE(fields[2]);
    submission::read_row(rec, h, corpus, reused);
    submission::Row fresh = submission::read_row(rec, h, corpus);
    CHECK(reused.region.id == fresh.region.id);
    CHECK(reused.region.candidates == fresh.region.candidates);
    CHECK(reused.indicator.id == fresh.indicator.id);
    CHECK(reused.indicator.candidates == fresh.indicator.candidates);
    CHECK(reused.period == fresh.period);
  }
  submission::read_row(record(rows[2]), h, corpus, reused);
  CHECK(reused.region.ambiguous());
  CHECK(reused.indicator.id == 0);

  // Another corpus: what the first one resolved is not reused.
  plan::Corpus other;
  other.regions.add("110000", "北京市");
  other.regions.add("640521", "中宁县");
  submission::read_row(record(rows[0]), h, other, reused);
  CHECK(reused.region.id == 1);
  CHECK(reused.indicator.id == -1);
}

TEST_CASE("a reused Row reads each reported_on date as a fresh one does, past the memo's eight") {
  plan::Corpus corpus;
  corpus.regions.add("640521", "中宁县");
  submission::Header h = first_four();
  h.field[submission::reported_on] = 4;
  // Ten distinct dates, then the first again (pushed out of the memo), the
  // same dates in full width and with slashes, nothing, and no date at all.
  std::vector<std::string> dates;
  for (int d = 1; d <= 10; ++d) dates.push_back(fmt::format("2024-04-{:02}", d));
  for (std::string more : {"2024-04-01", "２０２４-０４-０２", "2024/4/3", "", "下旬", "2024-02-30", "2024-04-10"})
    dates.push_back(more);
  submission::Row reused;
  for (const auto& date : dates) {
    CAPTURE(date);
    util::CsvRecord rec = record({"640521", "volunteers", "2024-Q1", "1", date});
    submission::read_row(rec, h, corpus, reused);
    submission::Row fresh = submission::read_row(rec, h, corpus);
    CHECK(reused.reported_on == fresh.reported_on);
    CHECK(fresh.reported_on == util::parse_loose_date(fresh.cell[submission::reported_on]));
  }
  CHECK(reused.reported_on == util::Date{2024, 4, 10});
}

TEST_CASE("RecentMemo computes a text it has not kept, and keeps only the last N") {
  util::RecentMemo<int, 2> memo;
  int calls = 0;
  auto length = [&](std::string_view s) {
    ++calls;
    return static_cast<int>(s.size());
  };
  CHECK(memo.get("a", length) == 1);
  CHECK(memo.get("bb", length) == 2);
  CHECK(memo.get("a", length) == 1);
  CHECK(calls == 2);
  CHECK(memo.get("ccc", length) == 3);  // replaces the oldest entry, "a"
  CHECK(calls == 3);
  CHECK(memo.get("bb", length) == 2);
  CHECK(calls == 3);
  CHECK(memo.get("a", length) == 1);
  CHECK(calls == 4);
  memo.clear();
  CHECK(memo.get("a", length) == 1);
  CHECK(calls == 5);
}
