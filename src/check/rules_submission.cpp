// check/rules_submission — CSV submissions: reading, checking, keeping.
//
// A submission is read as a stream (util/decode, util/csv_reader): the
// encoding is detected first (UTF-8 with or without BOM, GB18030, UTF-16
// with BOM), then every record is checked as it passes and forgotten; only
// one Report per (region, indicator, period) stays. Diagnostics point at the
// CSV line (line breaks inside quoted fields counted) and the field number,
// and carry the line's text so the report can show it with a caret.
//
// The header names the columns, in English or in Chinese, in any order.
// Rows with errors are reported and left out; everything else about the row
// is still checked, so one run shows all of a file's problems.
#include <fmt/format.h>

#include <array>
#include <map>
#include <unordered_map>

#include "check/rules.h"
#include "util/csv_reader.h"
#include "util/number.h"
#include "util/text.h"

namespace scip {

namespace {

enum Col { c_region, c_indicator, c_period, c_value, c_unit, c_source, c_note, c_reported_on, c_count };

struct ColumnName {
  Col col;
  std::string_view canonical;
  std::array<std::string_view, 5> names;  // accepted header texts (lower case)
};
constexpr std::array<ColumnName, c_count> kColumns{{
    {c_region, "region", {"region", "地区", "地区代码", "地区名称", "行政区划代码"}},
    {c_indicator, "indicator", {"indicator", "指标", "指标代码", "指标名称", ""}},
    {c_period, "period", {"period", "时期", "期间", "年度", "统计期"}},
    {c_value, "value", {"value", "数值", "完成值", "", ""}},
    {c_unit, "unit", {"unit", "单位", "", "", ""}},
    {c_source, "source", {"source", "来源", "", "", ""}},
    {c_note, "note", {"note", "备注", "", "", ""}},
    {c_reported_on, "reported_on", {"reported_on", "填报日期", "", "", ""}},
}};
constexpr int kRequired = 4;  // region, indicator, period, value

std::string q(std::string_view s) { return fmt::format("'{}'", util::neutralize_controls(s)); }

// Units for which a negative figure is impossible: everything counted.
bool is_count(const Indicator& ind) { return ind.unit != "%" && ind.unit.find("元") == std::string::npos; }

// (region, indicator, period) packed in 64 bits: region and indicator ids
// (20 and 16 bits), the period's kind (3) and first day (25 bits of days since
// 1900). One small map entry per distinct figure.
uint64_t key_of(const Report& r) {
  auto day = static_cast<uint64_t>(util::days_since_epoch(r.period.first) + 25567);  // 1900-01-01 = 0
  return (static_cast<uint64_t>(r.region) << 44) | (static_cast<uint64_t>(r.indicator) << 28) |
         (static_cast<uint64_t>(r.period.kind) << 25) | (day & 0x1FFFFFF);
}

// Whether `again` corrects `first`: a different value with a later reported_on.
bool is_correction(const Report& again, const Report& first) {
  return again.reported_on != Report::kNoDate && first.reported_on != Report::kNoDate &&
         again.reported_on > first.reported_on && again.value != first.value;
}

// The diagnostic for a (region, indicator, period) reported again, in this
// file or another: an error with another value, a warning with the same, a
// note when a later reported_on date makes one a correction of the other.
struct Duplicate {
  std::string_view code;
  std::string message, hint;
  bool replaces_first = false;  // the report again is a later correction: it takes the first's place
};
Duplicate duplicate(const Diagnostics& d, const Corpus& corpus, const Report& again, const Report& first,
                    const std::string& first_path) {
  bool later = is_correction(again, first);  // this row corrects the first; or the first corrects it
  if (later || is_correction(first, again)) {
    return {"corrected-report",
            d.tr(later ? "diag.corrected-report" : "diag.corrected-report-earlier",
                 fmt::arg("region", corpus.regions.at(again.region).name),
                 fmt::arg("indicator", corpus.indicators.at(again.indicator).id), fmt::arg("period", again.period.str()),
                 fmt::arg("value", fmt::format("{:g}", again.value)), fmt::arg("other", fmt::format("{:g}", first.value)),
                 fmt::arg("date", util::date_from_days(again.reported_on).str()),
                 fmt::arg("odate", util::date_from_days(first.reported_on).str()),
                 fmt::arg("where", fmt::format("{}:{}", first_path, first.line))),
            {}, later};
  }
  bool same = first.value == again.value;
  return {same ? "repeated-report" : "conflicting-report",
          d.tr(same ? "diag.repeated-report" : "diag.conflicting-report",
               fmt::arg("region", corpus.regions.at(again.region).name),
               fmt::arg("indicator", corpus.indicators.at(again.indicator).id), fmt::arg("period", again.period.str()),
               fmt::arg("value", fmt::format("{:g}", again.value)), fmt::arg("other", fmt::format("{:g}", first.value)),
               fmt::arg("where", fmt::format("{}:{}", first_path, first.line))),
          d.tr(same ? "hint.repeated-report" : "hint.conflicting-report")};
}

class FileChecker {
 public:
  FileChecker(const std::string& path, uint32_t index, const Corpus& corpus, const util::Date& as_of, Diagnostics& out)
      : path_(path), index_(index), corpus_(corpus), as_of_(as_of), out_(out) {}

  SubmissionFile run(util::ByteSource& src);

 private:
  // Reports a problem of a row. A code is listed at most kMaxPerCode times
  // per file; the rest are counted (a million rows with the same mistake must
  // not take a million diagnostics' memory) and summed up at the end.
  void at(std::string_view code, const util::CsvRecord& rec, int field, std::string msg, std::string hint = {}) {
    auto& n = per_code_[std::string(code)];
    if (++n.count > kMaxPerCode) return;
    n.hint = hint;
    int f = std::max(field, 0);
    Diagnostic& d = out_.add(code, path_, Pos{rec.line, f + 1}, std::move(msg), std::move(hint));
    // Only the part of the line that will be shown is kept: a row can be megabytes long.
    util::ShownLine shown = util::show_line(
        rec.first_line, static_cast<size_t>(f) < rec.columns.size() ? rec.columns[static_cast<size_t>(f)] : 1);
    d.excerpt = std::move(shown.text);
    d.excerpt_column = static_cast<int>(shown.column);
  }
  static constexpr size_t kMaxPerCode = 100;
  struct Tally {
    size_t count = 0;
    std::string hint;
  };
  std::map<std::string, Tally> per_code_;
  bool read_header(const util::CsvRecord& rec);
  void row(const util::CsvRecord& rec);

  const std::string& path_;
  uint32_t index_;
  const Corpus& corpus_;
  util::Date as_of_;
  Diagnostics& out_;
  std::array<int, c_count> field_{};  // field number of each column, -1 if absent
  size_t header_fields_ = 0;
  SubmissionFile result_;
  std::unordered_map<uint64_t, size_t> seen_;
};

bool FileChecker::read_header(const util::CsvRecord& rec) {
  field_.fill(-1);
  header_fields_ = rec.size();
  std::vector<std::string> known;
  for (const auto& c : kColumns)
    for (auto n : c.names)
      if (!n.empty()) known.emplace_back(n);
  for (size_t i = 0; i < rec.size(); ++i) {
    std::string name = util::lower_ascii(util::fold_width(rec.field(i)));
    const ColumnName* match = nullptr;
    for (const auto& c : kColumns)
      for (auto n : c.names)
        if (!n.empty() && n == name) match = &c;
    if (!match) {
      auto dym = util::did_you_mean(name, known);
      at("csv-unknown-column", rec, static_cast<int>(i), out_.tr("diag.csv-unknown-column", fmt::arg("column", q(name))),
         dym ? out_.tr("hint.did-you-mean", fmt::arg("value", *dym)) : out_.tr("hint.csv-unknown-column"));
      continue;
    }
    if (field_[match->col] >= 0) {
      at("csv-duplicate-column", rec, static_cast<int>(i),
         out_.tr("diag.csv-duplicate-column", fmt::arg("column", q(name)), fmt::arg("first", field_[match->col] + 1)),
         out_.tr("hint.csv-duplicate-column"));
      continue;
    }
    field_[match->col] = static_cast<int>(i);
  }
  bool ok = true;
  for (int c = 0; c < kRequired; ++c)
    if (field_[c] < 0) {
      ok = false;
      at("csv-missing-column", rec, 0,
         out_.tr("diag.csv-missing-column", fmt::arg("column", kColumns[c].canonical)),
         out_.tr("hint.csv-missing-column", fmt::arg("names", fmt::format("{}", fmt::join(
             std::vector<std::string_view>(kColumns[c].names.begin(),
                 std::find(kColumns[c].names.begin(), kColumns[c].names.end(), std::string_view{})), " / ")))));
    }
  return ok;
}

void FileChecker::row(const util::CsvRecord& rec) {
  if (rec.size() != header_fields_) {
    at("csv-field-count", rec, static_cast<int>(std::min(rec.size(), header_fields_)) - (rec.size() > header_fields_ ? 0 : 1),
       out_.tr("diag.csv-field-count", fmt::arg("found", rec.size()), fmt::arg("expected", header_fields_)),
       out_.tr("hint.csv-field-count"));
    return;
  }
  bool ok = true;
  // Each cell folded once (full width to ASCII, trimmed); the value is parsed
  // from the raw text so its diagnostics quote what was written.
  std::array<std::string, c_count> cell;
  for (int c = 0; c < c_count; ++c)
    if (field_[c] >= 0) cell[c] = util::fold_width(rec.field(static_cast<size_t>(field_[c])));
  for (int c = 0; c < kRequired; ++c)
    if (cell[c].empty()) {
      at("empty-field", rec, field_[c], out_.tr("diag.empty-field", fmt::arg("column", kColumns[c].canonical)),
         out_.tr("hint.empty-field"));
      ok = false;
    }
  if (!ok) return;

  Report r;
  r.file = index_;
  r.line = static_cast<uint32_t>(rec.line);
  r.column = static_cast<uint32_t>(field_[c_value] + 1);
  // Region.
  const std::string& region = cell[c_region];
  Resolved reg = corpus_.regions.resolve(region);
  if (reg.ambiguous()) {
    std::vector<std::string> codes;
    for (int id : reg.candidates) codes.push_back(corpus_.regions.at(id).code);
    at("ambiguous-region", rec, field_[c_region],
       out_.tr("diag.ambiguous-region", fmt::arg("value", q(region)), fmt::arg("codes", fmt::join(codes, ", "))),
       out_.tr("hint.ambiguous-region"));
    ok = false;
  } else if (reg.id < 0) {
    auto dym = corpus_.regions.suggest(region);
    at("unknown-region", rec, field_[c_region], out_.tr("diag.unknown-region", fmt::arg("value", q(region))),
       dym ? out_.tr("hint.did-you-mean", fmt::arg("value", *dym)) : out_.tr("hint.unknown-region"));
    ok = false;
  }
  r.region = reg.id;
  // Indicator.
  const std::string& indicator = cell[c_indicator];
  Resolved ind = corpus_.indicators.resolve(indicator);
  if (ind.id < 0) {
    auto dym = corpus_.indicators.suggest(indicator);
    at("unknown-indicator", rec, field_[c_indicator],
       out_.tr("diag.report-unknown-indicator", fmt::arg("value", q(indicator))),
       dym ? out_.tr("hint.did-you-mean", fmt::arg("value", *dym))
           : out_.tr(corpus_.indicators.size() ? "hint.report-unknown-indicator" : "hint.no-catalog"));
    ok = false;
  }
  r.indicator = ind.id;
  // Period.
  const std::string& period = cell[c_period];
  auto per = util::parse_period(period);
  if (!per) {
    at("bad-period", rec, field_[c_period], out_.tr("diag.bad-period", fmt::arg("value", q(period))),
       out_.tr("hint.bad-period"));
    ok = false;
  } else {
    r.period = *per;
    if (per->first > as_of_) {
      at("future-period", rec, field_[c_period],
         out_.tr("diag.future-period", fmt::arg("value", q(period)), fmt::arg("as_of", as_of_.str())),
         out_.tr("hint.future-period"));
      ok = false;
    } else if (reg.id >= 0) {
      const auto& plans = corpus_.plans_for(reg.id);
      bool inside = false;
      std::vector<std::string> spans;
      for (const Plan* p : plans) {
        if (p->start && p->end && per->first.year >= p->start && per->last.year <= p->end) inside = true;
        spans.push_back(fmt::format("{} {}–{}", p->id, p->start, p->end));
      }
      if (!inside && !plans.empty())
        at("period-outside-plan", rec, field_[c_period],
           out_.tr("diag.period-outside-plan", fmt::arg("value", q(period)),
                   fmt::arg("region", corpus_.regions.at(reg.id).name), fmt::arg("plans", fmt::join(spans, ", "))),
           out_.tr("hint.period-outside-plan"));
    }
  }
  // Value and unit.
  std::string raw = std::string(rec.field(static_cast<size_t>(field_[c_value])));
  util::NumberResult num = util::parse_number(raw);
  if (!num.number) {
    if (auto yn = util::parse_yes_no(raw)) {
      num.number = util::Number{};
      num.number->value = *yn;
    }
  }
  if (!num.number) {
    static constexpr std::array<std::string_view, 4> kReason{"value.empty", "value.no-digits", "value.bad-grouping",
                                                              "value.bad-digits"};
    at("unparsable-value", rec, field_[c_value],
       out_.tr("diag.unparsable-value", fmt::arg("value", q(raw)),
               fmt::arg("reason", out_.tr(kReason[static_cast<size_t>(num.error)]))),
       out_.tr("hint.unparsable-value"));
    return;
  }
  const util::Number& n = *num.number;
  r.value = n.value;
  r.approximate = n.approximate;
  const std::string& unit_col = cell[c_unit];
  std::string unit = n.unit.empty() ? unit_col : n.unit;
  if (ind.id >= 0) {
    const Indicator& I = corpus_.indicators.at(ind.id);
    int unit_field = !n.unit.empty() || field_[c_unit] < 0 ? field_[c_value] : field_[c_unit];
    if (!n.unit.empty() && !unit_col.empty() && n.unit != unit_col) {
      at("unit-mismatch", rec, unit_field,
         out_.tr("diag.report-unit-twice", fmt::arg("value", q(raw)), fmt::arg("unit", q(unit_col))),
         out_.tr("hint.unit-mismatch", fmt::arg("base", I.unit)));
      ok = false;
    } else if (!unit.empty() && !I.unit.empty()) {
      if (auto scale = util::unit_scale(unit, I.unit)) {
        r.value *= *scale;
      } else {
        at("unit-mismatch", rec, unit_field,
           out_.tr("diag.report-unit-mismatch", fmt::arg("unit", q(unit)), fmt::arg("indicator", q(I.id)),
                   fmt::arg("base", q(I.unit))),
           out_.tr("hint.unit-mismatch", fmt::arg("base", I.unit)));
        ok = false;
      }
    }
    if (r.value < 0 && is_count(I)) {
      at("negative-value", rec, field_[c_value],
         out_.tr("diag.negative-value", fmt::arg("value", q(raw)), fmt::arg("indicator", q(I.id))),
         out_.tr("hint.negative-value"));
      ok = false;
    }
  }
  if (field_[c_reported_on] >= 0) {
    const std::string& on = cell[c_reported_on];
    if (std::optional<util::Date> date = util::parse_date(on))
      r.reported_on = static_cast<int32_t>(util::days_since_epoch(*date));
    else if (!on.empty())
      at("invalid-date", rec, field_[c_reported_on], out_.tr("diag.bad-reported-on", fmt::arg("value", q(on))),
         out_.tr("hint.bad-reported-on"));
  }
  if (!ok) return;
  if (n.approximate)
    at("approximate-value", rec, field_[c_value],
       out_.tr("diag.approximate-value", fmt::arg("value", q(raw)), fmt::arg("number", fmt::format("{:g}", r.value)),
               fmt::arg("marker", n.marker)));
  auto [it, fresh] = seen_.emplace(key_of(r), result_.reports.size());
  if (fresh) {
    result_.reports.push_back(r);
    return;
  }
  Report& first = result_.reports[it->second];
  Duplicate dup = duplicate(out_, corpus_, r, first, path_);
  if (dup.replaces_first) first = r;
  at(dup.code, rec, field_[c_value], std::move(dup.message), std::move(dup.hint));
}

SubmissionFile FileChecker::run(util::ByteSource& src) {
  util::Detection det = util::detect_encoding(src);
  util::DecodingReader dec(src, det.encoding);
  util::CsvReader reader(dec);
  util::CsvRecord rec;
  bool header = false, header_ok = false;
  size_t rows = 0;
  while (reader.next(rec)) {
    if (rec.unclosed_quote) {
      at("csv-unclosed-quote", rec, static_cast<int>(rec.size()) - 1, out_.tr("diag.csv-unclosed-quote"),
         out_.tr("hint.csv-unclosed-quote"));
      break;
    }
    if (!header) {
      header = true;
      header_ok = read_header(rec);
      if (!header_ok) break;  // without the columns no row can be read
      continue;
    }
    row(rec);
    ++rows;
  }
  report_encoding(out_, path_, det, dec.error_offset());
  if (!dec.error_offset()) {
    if (!header) out_.add("csv-missing-column", path_, Pos{}, out_.tr("diag.csv-empty"), out_.tr("hint.csv-empty"));
    else if (header_ok && rows == 0) out_.add("csv-no-rows", path_, Pos{1, 1}, out_.tr("diag.csv-no-rows"), out_.tr("hint.csv-no-rows"));
  }
  for (const auto& [code, t] : per_code_)
    if (t.count > kMaxPerCode)
      out_.add(code, path_, Pos{}, out_.tr("diag.more-like-this", fmt::arg("n", t.count - kMaxPerCode),
                                            fmt::arg("code", code), fmt::arg("max", kMaxPerCode)), t.hint);
  return std::move(result_);
}

}  // namespace

SubmissionFile check_submission(const std::string& path, const std::string* bytes, uint32_t file_index,
                                const Corpus& corpus, const util::Date& as_of, Diagnostics& out) {
  FileChecker fc(path, file_index, corpus, as_of, out);
  if (bytes) {
    util::StringSource src(*bytes);
    return fc.run(src);
  }
  // Not a regular file (a FIFO would block the read), or cannot be opened.
  std::optional<util::PathError> problem = util::regular_file_problem(path);
  std::string error;
  std::unique_ptr<util::ByteSource> src;
  if (!problem && !(src = util::open_file_source(path, error)))
    problem = util::PathError{path, util::PathProblem::os_error, error};
  if (problem) {
    report_path_error(out, *problem);
    SubmissionFile f;
    f.unreadable = true;
    return f;
  }
  try {
    return fc.run(*src);
  } catch (const std::runtime_error& e) {  // a read error half-way (EIO, a directory…)
    out.add("read-error", path, Pos{}, out.tr("diag.read-error", fmt::arg("reason", e.what())), out.tr("hint.read-error"));
    SubmissionFile f;
    f.unreadable = true;
    return f;
  }
}

void merge_submissions(std::vector<SubmissionFile>& files, const std::vector<std::string>& paths,
                       const Corpus& corpus, SubmissionSet& out, Diagnostics& diags) {
  out.files = paths;
  if (files.size() == 1) {  // nothing to compare across files
    out.reports = std::move(files[0].reports);
    out.reports.shrink_to_fit();
    return;
  }
  std::unordered_map<uint64_t, size_t> seen;
  for (auto& f : files) {
    for (const Report& r : f.reports) {
      auto [it, fresh] = seen.emplace(key_of(r), out.reports.size());
      if (fresh) {
        out.reports.push_back(r);
        continue;
      }
      Report& first = out.reports[it->second];
      Duplicate dup = duplicate(diags, corpus, r, first, paths[first.file]);
      if (dup.replaces_first) first = r;
      diags.add(dup.code, paths[r.file], Pos{static_cast<int>(r.line), static_cast<int>(r.column)},
                std::move(dup.message), std::move(dup.hint));
    }
    f.reports.clear();
    f.reports.shrink_to_fit();
  }
}

}  // namespace scip
