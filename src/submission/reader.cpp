// submission/reader — see reader.h.
#include "submission/reader.h"

#include <algorithm>

#include "util/date.h"
#include "util/text.h"

namespace scip::submission {

namespace {

struct ColumnNames {
  std::string_view canonical;
  std::array<std::string_view, 5> headers;  // accepted header texts (lower case); "" unused
};
constexpr std::array<ColumnNames, kColumnCount> kColumns{{
    {"region", {"region", "地区", "地区代码", "地区名称", "行政区划代码"}},
    {"indicator", {"indicator", "指标", "指标代码", "指标名称", ""}},
    {"period", {"period", "时期", "期间", "年度", "统计期"}},
    {"value", {"value", "数值", "完成值", "", ""}},
    {"unit", {"unit", "单位", "", "", ""}},
    {"source", {"source", "来源", "", "", ""}},
    {"note", {"note", "备注", "", "", ""}},
    {"reported_on", {"reported_on", "填报日期", "", "", ""}},
    {"basis", {"basis", "口径", "统计口径", "数据口径", ""}},
}};

int column_of(std::string_view header) {
  for (int c = 0; c < kColumnCount; ++c)
    for (auto n : kColumns[static_cast<size_t>(c)].headers)
      if (!n.empty() && n == header) return c;
  return -1;
}

}  // namespace

std::string_view column_name(int c) { return kColumns[static_cast<size_t>(c)].canonical; }

std::vector<std::string_view> column_headers(int c) {
  const auto& h = kColumns[static_cast<size_t>(c)].headers;
  return {h.begin(), std::find(h.begin(), h.end(), std::string_view{})};
}

std::vector<std::string> all_column_headers() {
  std::vector<std::string> all;
  for (int c = 0; c < kColumnCount; ++c)
    for (auto n : column_headers(c)) all.emplace_back(n);
  return all;
}

Header read_header(const util::CsvRecord& rec) {
  Header h;
  h.field.fill(-1);
  h.fields = rec.size();
  for (size_t i = 0; i < rec.size(); ++i) {
    std::string text = util::lower_ascii(util::fold_width(rec.field(i)));
    if (util::trim(text).empty()) {
      h.unnamed.push_back(i);
      continue;
    }
    h.named = i + 1;
    int c = column_of(text);
    if (c < 0) h.unknown.push_back({i, std::move(text)});
    else if (h.field[static_cast<size_t>(c)] >= 0) h.repeated.push_back({i, std::move(text), c});
    else h.field[static_cast<size_t>(c)] = static_cast<int>(i);
  }
  for (int c = 0; c < kRequiredColumns; ++c)
    if (h.field[static_cast<size_t>(c)] < 0) h.missing.push_back(c);
  return h;
}

plan::Resolved read_region(std::string_view cell, const plan::Corpus& corpus) { return corpus.regions.resolve(cell); }

plan::Resolved read_indicator(std::string_view cell, const plan::Corpus& corpus) {
  return corpus.indicators.resolve(cell);
}

std::optional<util::Period> read_period(std::string_view cell) { return util::parse_period(cell); }

util::NumberResult read_value(std::string_view raw) {
  util::NumberResult num = util::parse_number(raw);
  if (!num.number)
    if (auto yn = util::parse_yes_no(raw)) {
      num.number = util::Number{};
      num.number->value = *yn;
    }
  return num;
}

std::optional<util::Date> read_reported_on(std::string_view cell) { return util::parse_loose_date(cell); }

UnitReading read_unit(const util::Number& n, std::string_view unit_cell, const plan::Indicator& ind, const Header& h) {
  UnitReading u;
  u.unit = n.unit.empty() ? std::string(unit_cell) : n.unit;
  u.field = !n.unit.empty() || h.field[unit] < 0 ? h.field[value] : h.field[unit];
  // A value with a scale and no unit (173万) for an indicator counted in a
  // scaled unit (万元), and no unit column or a scaled one: 173 万元, or
  // 173万 of them? Neither is guessed.
  if (double base_scale = util::unit_prefix_scale(ind.unit);
      !n.scale.empty() && n.unit.empty() && base_scale > 1 &&
      (unit_cell.empty() || util::unit_prefix_scale(unit_cell) > 1)) {
    u.kind = UnitReading::scale_in_base;
    u.field = h.field[value];
    u.once = n.value / base_scale;
    u.twice = n.value;
    return u;
  }
  // The unit column with a scale of its own (万人) after a value that has one
  // (1.3万, 1.3万人): the scale written twice. (1300人 with 万人 is two
  // different units: given_twice.)
  std::string_view own = n.unit.empty() ? std::string_view(ind.unit) : std::string_view(n.unit);
  std::optional<double> column_scale = unit_cell.empty() ? std::nullopt : util::unit_scale(unit_cell, own);
  if (!n.scale.empty() && column_scale && *column_scale > 1) {
    u.kind = UnitReading::scale_twice;
    u.field = h.field[unit];
    u.once = n.value * util::unit_scale(own, ind.unit).value_or(1);
    u.twice = u.once * *column_scale;
  } else if (!n.unit.empty() && !unit_cell.empty() && n.unit != unit_cell) {
    u.kind = UnitReading::given_twice;
  } else if (!u.unit.empty() && !ind.unit.empty()) {
    std::optional<double> scale = util::unit_scale(u.unit, ind.unit);
    u.kind = scale ? UnitReading::scaled : UnitReading::incompatible;
    u.scale = scale.value_or(1);
  }
  return u;
}

Row read_row(const util::CsvRecord& rec, const Header& h, const plan::Corpus& corpus) {
  Row r;
  read_row(rec, h, corpus, r);
  return r;
}

void read_row(const util::CsvRecord& rec, const Header& h, const plan::Corpus& corpus, Row& r) {
  for (size_t c = 0; c < kColumnCount; ++c)
    if (h.field[c] >= 0) util::fold_width_into(rec.field(static_cast<size_t>(h.field[c])), r.cell[c]);
    else r.cell[c].clear();
  if (r.memo_corpus != &corpus) {
    r.memo_region.clear();
    r.memo_indicator.clear();
    r.memo_corpus = &corpus;
  }
  r.region = r.memo_region.get(r.cell[region], [&](std::string_view c) { return read_region(c, corpus); });
  r.indicator = r.memo_indicator.get(r.cell[indicator], [&](std::string_view c) { return read_indicator(c, corpus); });
  r.period = r.memo_period.get(r.cell[period], read_period);
  r.raw_value.assign(rec.field(static_cast<size_t>(h.field[value])));
  r.value = read_value(r.raw_value);
  r.reported_on = h.field[reported_on] >= 0 ? r.memo_reported_on.get(r.cell[reported_on], read_reported_on) : std::nullopt;
  r.bad_basis = false;
  r.cumulative = h.field[basis] >= 0 ? read_basis(r.cell[basis], r.bad_basis) : std::nullopt;
}

std::optional<bool> read_basis(std::string_view cell, bool& bad) {
  bad = false;
  std::string c = util::lower_ascii(std::string(util::trim(cell)));
  if (c.empty()) return std::nullopt;
  for (std::string_view w : {"累计", "累计值", "累计数", "cumulative"})
    if (c == w) return true;
  for (std::string_view w : {"当期", "本期", "当年", "当期值", "period"})
    if (c == w) return false;
  bad = true;
  return std::nullopt;
}

RecordStream::RecordStream(util::ByteSource& src)
    : detection_(util::detect_encoding(src)), decoder_(src, detection_.encoding), csv_(decoder_) {}

bool RecordStream::next(util::CsvRecord& rec) { return csv_.next(rec); }

}  // namespace scip::submission
