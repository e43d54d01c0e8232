// submission/scores — see scores.h.
#include "submission/scores.h"

#include <fmt/format.h>

#include "util/decode.h"
#include "util/number.h"
#include "util/text.h"
#include "util/workbook.h"

namespace scip::submission {

namespace {

enum Col { kRegion, kItem, kSelf, kAudit, kCols };

int score_column_of(std::string_view header) {
  std::string h = util::lower_ascii(std::string(util::trim(util::fold_width(header))));
  static const std::vector<std::pair<Col, std::vector<std::string>>> kNames = {
      {kRegion, {"地区", "region", "单位", "市州", "市（州）", "县（区）"}},
      {kItem, {"项目", "item", "考核项目", "评分项目", "指标"}},
      {kSelf, {"自评分", "self", "self score", "自评"}},
      {kAudit, {"审核分", "audit", "audit score", "审核", "考核得分"}}};
  for (const auto& [col, names] : kNames)
    for (const auto& n : names)
      if (h == n) return col;
  return -1;
}

struct Columns {
  int field[kCols] = {-1, -1, -1, -1};
};

Columns columns_of(const util::CsvRecord& rec) {
  Columns c;
  for (size_t i = 0; i < rec.size(); ++i)
    if (int col = score_column_of(rec.field(i)); col >= 0 && c.field[col] < 0) c.field[col] = static_cast<int>(i);
  return c;
}

// Reads the rows after the header into `out`.
void take_rows(const std::vector<util::CsvRecord>& recs, const std::function<std::string(const util::CsvRecord&)>& where,
               ScoresRead& out) {
  std::optional<Columns> cols;
  for (const auto& rec : recs) {
    if (!cols) {
      if (is_scores_header(rec)) cols = columns_of(rec);
      continue;
    }
    auto cell = [&](Col c) { return cols->field[c] < 0 ? std::string() : std::string(util::trim(rec.field(static_cast<size_t>(cols->field[c])))); };
    ManualScore s{.region = cell(kRegion), .item = cell(kItem), .self = {}, .audit = {}, .where = where(rec)};
    if (s.region.empty() && s.item.empty()) continue;  // an empty row
    if (s.region.empty() || s.item.empty()) {
      out.problems.push_back({s.where, "scores.problem.incomplete-row", ""});
      continue;
    }
    for (auto [c, target] : {std::pair{kSelf, &s.self}, std::pair{kAudit, &s.audit}}) {
      std::string text = cell(c);
      if (text.empty()) continue;
      auto n = util::parse_number(text);
      if (!n.number || n.number->approximate || n.number->percent || !n.number->unit.empty())
        out.problems.push_back({s.where, "scores.problem.not-a-score", text});
      else
        *target = n.number->value;
    }
    out.scores.push_back(std::move(s));
  }
  if (!cols) out.no_header = true;
}

}  // namespace

bool is_scores_header(const util::CsvRecord& rec) {
  Columns c = columns_of(rec);
  return c.field[kSelf] >= 0 || c.field[kAudit] >= 0;
}

ScoresRead read_scores(const std::string& path) {
  ScoresRead out;
  std::vector<util::CsvRecord> recs;
  if (util::is_workbook_path(path)) {
    try {
      auto wb = util::open_workbook(path);
      if (wb->sheets().empty()) throw util::WorkbookError("no sheet");
      std::string sheet = wb->sheets().front().name;
      wb->rows(0, [&](const util::WorkbookRow& row) {
        util::CsvRecord rec;
        size_t n = row.cells.empty() ? 0 : static_cast<size_t>(row.cells.back().column);
        rec.fields.assign(n, "");
        for (const auto& c : row.cells) rec.fields[static_cast<size_t>(c.column - 1)] = c.text;
        rec.count = n;
        rec.line = row.row;
        recs.push_back(std::move(rec));
      });
      take_rows(recs, [&](const util::CsvRecord& r) { return fmt::format("{}:{}!{}", path, sheet, r.line); }, out);
    } catch (const util::WorkbookError& e) {
      out.error = e.what();
    }
    return out;
  }
  std::string error;
  auto src = util::open_file_source(path, error);
  if (!src) {
    out.error = error;
    return out;
  }
  util::Detection det = util::detect_encoding(*src);
  size_t bad = 0;
  auto text = util::decode_all(*src, det.encoding, &bad);
  if (!text) {
    out.error = fmt::format("byte {} is not {}", bad, util::encoding_name(det.encoding));
    return out;
  }
  recs = util::parse_csv(*text);
  take_rows(recs, [&](const util::CsvRecord& r) { return fmt::format("{}:{}", path, r.line); }, out);
  return out;
}

}  // namespace scip::submission
