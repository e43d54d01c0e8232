// check/rules_submission — the rules on submitted figures.
//
// submission/reader reads a file into rows whose every column is typed; this
// file decides what of it is acceptable, one short function per column, and
// keeps one Figure per (region, indicator, period). Diagnostics point at the
// CSV line (line breaks inside quoted fields counted) and the field number,
// and carry the line's text so the report can show it with a caret.
//
// Rows with errors are reported and left out; everything else about the row
// is still checked, so one run shows all of a file's problems. Every error
// here costs figures only (Diagnostic::about_figures), never the plans: the
// progress command measures what is left and says what was dropped.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "check/rules.h"
#include "region/registry.h"
#include "submission/reader.h"
#include "submission/scores.h"
#include "util/big_array.h"
#include "util/key_index.h"
#include "util/number.h"
#include "util/release.h"
#include "util/table.h"
#include "util/text.h"
#include "util/workbook.h"

namespace scip::check {

namespace {

using submission::Figure;
using submission::Header;
using submission::Row;
namespace col = submission;

// The diagnostic for a (region, indicator, period) reported again, in this
// file or another: an error with another value, a warning with the same, a
// note when a later reported_on date makes one a correction of the other.
struct Duplicate {
  std::string_view code;
  std::string message, hint;
  bool replaces_first = false;  // the figure again is a later correction: it takes the first's place
};
Duplicate duplicate(const Diagnostics& d, const plan::Corpus& corpus, const Figure& again, const Figure& first,
                    const std::string& first_where) {
  const std::string& region = corpus.regions.at(again.region).name;
  const std::string& indicator = corpus.indicators.at(again.indicator).id;
  std::string period = again.period().str(), value = fmt::format("{:g}", again.value),
              other = fmt::format("{:g}", first.value), where = first_where;
  auto say = [&](std::string_view id, auto&&... more) {
    return d.tr(id, fmt::arg("region", region), fmt::arg("indicator", indicator), fmt::arg("period", period),
                fmt::arg("value", value), fmt::arg("other", other), fmt::arg("where", where), more...);
  };
  bool later = submission::corrects(again, first);  // this row corrects the first; or the first corrects it
  if (later || submission::corrects(first, again)) {
    std::string date = util::date_from_days(again.reported_on).str(), odate = util::date_from_days(first.reported_on).str();
    return {"corrected-report",
            say(later ? "diag.corrected-report" : "diag.corrected-report-earlier", fmt::arg("date", date),
                fmt::arg("odate", odate)),
            {}, later};
  }
  bool same = first.value == again.value;
  return {same ? "repeated-report" : "conflicting-report", say(same ? "diag.repeated-report" : "diag.conflicting-report"),
          d.tr(same ? "hint.repeated-report" : "hint.conflicting-report")};
}

// The figures of the file being read, and their places by key: one of each
// per thread, emptied for each file and keeping their memory (a thread reads
// file after file; release_file_buffers gives it back). Fresh arrays for each
// file grew by doubling and were then copied to their size, faulting in their
// pages three times over; now the figures are copied once, at their size,
// when the file is done.
struct FileBuffers {
  util::BigVector<Figure> figures;
  util::KeyIndex seen;  // figure key -> its place in figures
};
thread_local FileBuffers file_buffers;

FileBuffers& buffers_for_file() {
  constexpr size_t kKept = size_t{1} << 20;  // figures (64 MiB): more is memory held for nothing
  if (file_buffers.figures.capacity() > kKept) util::release(file_buffers.figures);
  file_buffers.figures.clear();
  file_buffers.seen.clear();
  return file_buffers;
}

class FileChecker {
 public:
  FileChecker(const SubmissionTable& table, uint32_t index, const plan::Corpus& corpus, const util::Date& as_of,
              Diagnostics& out, bool keep_refused)
      : table_(table), path_(table.path), index_(index), corpus_(corpus), as_of_(as_of), out_(out) {
    result_.rejected.keep_figures = keep_refused;
  }

  SubmissionFile run(util::ByteSource& src);           // a CSV
  SubmissionFile run_sheet(util::Workbook& workbook);  // a workbook's sheet

 private:
  // Reports a problem of a row. The same message again (the same unknown
  // indicator on every row) is not a new diagnostic: the first one counts
  // the rows it stands for. A code is listed at most kMaxPerCode times per
  // file; the rest are counted (a million rows with the same mistake must
  // not take a million diagnostics' memory) and summed up at the end.
  void at(std::string_view code, int field, std::string msg, std::string hint = {});
  Diagnostic& add_at(std::string_view code, int field, std::string msg, std::string hint);
  void summarize_repeats();
  // Names nothing in the corpus knows (and no near miss): one diagnostic per
  // code and file that lists them, not one per name (a file of another
  // plan's indicators is one mistake: the wrong catalog, or none).
  void pooled(std::string_view code, int field, const std::string& name, std::string msg, std::string hint);
  void summarize_pools();
  bool find_header(const util::CsvRecord& rec);  // false: not yet (a title row above it)
  bool header(const Header& h);
  void unnamed_cells();
  bool empty_record() const;
  bool take(const util::CsvRecord& rec);  // false: nothing more of the table can be read
  void finish();
  SubmissionFile summarize();
  bool total_row();
  void formula_cells();
  bool row(const Row& r);  // false: the row is refused
  void reject() { result_.rejected.add(index_, static_cast<uint32_t>(rec_->line)); }  // a row not read
  void reject(const Row& r);  // a row read and refused
  bool region(const Row& r);
  bool indicator(const Row& r);
  bool period(const Row& r);
  void period_in_plans(const Row& r);
  bool value(const Row& r, Figure& f);
  bool percent_known(const Row& r, const Figure& f, const plan::Indicator& ind);
  void reported_on(const Row& r, Figure& f);
  bool basis(const Row& r, Figure& f);
  bool keep(const Row& r, const Figure& f);

  static constexpr size_t kMaxPerCode = 100;
  static constexpr size_t kHeaderSearch = 20;  // the header is within the first 20 lines
  static constexpr size_t kLinesShown = 5;     // of the rows a repeated diagnostic stands for
  DiagnosticCap cap_{kMaxPerCode};
  struct Repeat {
    std::string code;
    size_t index = 0;       // in out_
    size_t more = 0;
    std::vector<size_t> lines;
  };
  std::unordered_map<std::string, Repeat, util::StringHash, std::equal_to<>> repeats_;  // by message (and code)
  static constexpr size_t kNamesKept = 1000;         // distinct names counted per pool
  struct Pool {
    size_t index = 0, rows = 0;
    std::vector<std::string> names;  // distinct, in order of appearance, at most kNamesKept
    std::vector<size_t> lines;       // after the first, at most kLinesShown
  };
  std::map<std::string, Pool, std::less<>> pools_;
  std::vector<util::CsvRecord> above_;               // records read while looking for the header
  bool unnamed_reported_ = false;
  const SubmissionTable& table_;
  const std::string& path_;
  uint32_t index_;
  bool have_header_ = false, header_ok_ = false;
  bool no_header_ = false;  // a sheet of several whose first rows hold no header: given up
  bool scores_sheet_ = false;  // a rubric's scores (自评分 / 审核分): not figures, not read
  size_t rows_ = 0;
  std::vector<int> formula_fields_;  // of the current workbook row: formulas with no cached value
  std::vector<int> unknown_format_fields_;  // of the current workbook row: numbers of a format not known (.xls)
  const plan::Corpus& corpus_;
  util::Date as_of_;
  Diagnostics& out_;
  const util::CsvRecord* rec_ = nullptr;  // the record being checked
  Header header_;
  Row row_;
  SubmissionFile result_;
  FileBuffers& buffers_ = buffers_for_file();
  util::BigVector<Figure>& figures_ = buffers_.figures;  // result_.figures until the file is done
  util::KeyIndex& seen_ = buffers_.seen;                 // figure key -> its place in figures_
};

void FileChecker::at(std::string_view code, int field, std::string msg, std::string hint) {
  // (Looked up by the message alone, without a copy: a file of a million
  // repeated rows asks a million times. The code must match too.)
  if (auto it = repeats_.find(std::string_view(msg)); it != repeats_.end() && it->second.code == code) {
    Repeat& r = it->second;
    if (r.more++ < kLinesShown) r.lines.push_back(rec_->line);
    return;
  }
  if (!cap_.take(path_, code, hint)) return;  // counted by the cap; the map stays as small as the listed diagnostics
  Repeat& r = repeats_[msg];
  r.index = out_.items().size();
  r.code = code;
  add_at(code, field, std::move(msg), std::move(hint));
}

Diagnostic& FileChecker::add_at(std::string_view code, int field, std::string msg, std::string hint) {
  int f = std::max(field, 0);
  Diagnostic& d = out_.add(code, path_, util::Pos{rec_->line, f + 1}, std::move(msg), std::move(hint));
  // Only the part of the line that will be shown is kept: a row can be megabytes long.
  util::ShownLine shown = util::show_line(
      rec_->first_line, static_cast<size_t>(f) < rec_->columns.size() ? rec_->columns[static_cast<size_t>(f)] : 1);
  d.excerpt = std::move(shown.text);
  d.excerpt_column = static_cast<int>(shown.column);
  return d;
}

void FileChecker::pooled(std::string_view code, int field, const std::string& name, std::string msg, std::string hint) {
  auto it = pools_.find(code);
  if (it == pools_.end()) {
    it = pools_.emplace(std::string(code), Pool{}).first;
    it->second.index = out_.items().size();
    it->second.names.push_back(name);
    add_at(code, field, std::move(msg), std::move(hint));
  } else if (it->second.lines.size() < kLinesShown) {
    it->second.lines.push_back(rec_->line);
  }
  Pool& p = it->second;
  ++p.rows;
  if (p.names.size() < kNamesKept && std::find(p.names.begin(), p.names.end(), name) == p.names.end())
    p.names.push_back(name);
}

// One name on several rows: the first row's message says how many more; several
// names: the message lists them.
void FileChecker::summarize_pools() {
  for (auto& [code, p] : pools_) {
    std::string& message = out_.items()[p.index].message;
    std::string lines = fmt::format("{}", fmt::join(p.lines, ", "));
    if (p.rows - 1 > p.lines.size()) lines += ", …";
    if (p.names.size() == 1) {
      if (p.rows > 1) message += out_.tr("diag.same-on-rows", fmt::arg("n", p.rows - 1), fmt::arg("lines", lines));
      continue;
    }
    std::vector<std::string> shown;
    for (size_t i = 0; i < p.names.size() && i < kLinesShown; ++i) shown.push_back(util::quoted(p.names[i]));
    std::string names = fmt::format("{}", fmt::join(shown, ", "));
    if (p.names.size() > shown.size()) names += ", …";
    std::string count = p.names.size() < kNamesKept ? std::to_string(p.names.size()) : fmt::format("{}+", kNamesKept);
    message = out_.tr(code == "unknown-region" ? "diag.unknown-regions" : "diag.report-unknown-indicators",
                      fmt::arg("names", names), fmt::arg("n", count), fmt::arg("rows", p.rows));
  }
}

void FileChecker::summarize_repeats() {
  for (auto& [key, r] : repeats_) {
    if (r.more == 0) continue;
    std::string lines = fmt::format("{}", fmt::join(r.lines, ", "));
    if (r.more > r.lines.size()) lines += ", …";
    out_.items()[r.index].message += out_.tr("diag.same-on-rows", fmt::arg("n", r.more), fmt::arg("lines", lines));
  }
}

// The header is the first record that names every required column, within
// the first kHeaderSearch records: a workbook saved as CSV keeps its title
// rows (a merged title, 填报单位：…) above it. The rows above are noted once,
// as the title. When no record within reach is a header, the first one's
// problems are reported as the header's.
bool FileChecker::find_header(const util::CsvRecord& rec) {
  Header h = submission::read_header(rec);
  if (!h.missing.empty() && above_.size() + 1 < kHeaderSearch) {
    above_.push_back(rec);
    return false;
  }
  if (!h.missing.empty() && !table_.only_sheet) {  // one sheet of several, without a header: not a table
    no_header_ = true;
    return false;
  }
  if (!h.missing.empty() && !above_.empty()) {  // no header anywhere: the first record was meant as one
    rec_ = &above_.front();
    h = submission::read_header(above_.front());
  } else if (!above_.empty()) {
    std::string title;
    for (const auto& r : above_)
      for (size_t i = 0; i < r.size() && title.empty(); ++i) title = std::string(util::trim(r.field(i)));
    out_.add("csv-title-rows", path_, util::Pos{above_.front().line, 1},
             out_.tr("diag.csv-title-rows", fmt::arg("n", above_.size()), fmt::arg("line", rec.line),
                     fmt::arg("title", util::quoted(title))));
  }
  return true;
}

bool FileChecker::header(const Header& h) {
  header_ = h;
  std::vector<std::string> known = submission::all_column_headers();
  for (const auto& u : h.unknown) {
    auto dym = util::did_you_mean(u.text, known);
    at("csv-unknown-column", static_cast<int>(u.field), out_.tr("diag.csv-unknown-column", fmt::arg("column", util::quoted(u.text))),
       dym ? out_.tr("hint.did-you-mean", fmt::arg("value", *dym)) : out_.tr("hint.csv-unknown-column"));
  }
  for (const auto& r : h.repeated)
    at("csv-duplicate-column", static_cast<int>(r.field),
       out_.tr("diag.csv-duplicate-column", fmt::arg("column", util::quoted(r.text)),
               fmt::arg("first", h.field[static_cast<size_t>(r.column)] + 1)),
       out_.tr("hint.csv-duplicate-column"));
  for (int c : h.missing)
    at("csv-missing-column", 0, out_.tr("diag.csv-missing-column", fmt::arg("column", submission::column_name(c))),
       out_.tr("hint.csv-missing-column",
               fmt::arg("names", fmt::format("{}", fmt::join(submission::column_headers(c), " / ")))));
  return h.missing.empty();
}

bool FileChecker::region(const Row& r) {
  const std::string& text = r.cell[col::region];
  int field = header_.field[col::region];
  if (r.region.ambiguous()) {
    std::vector<std::string> codes;
    for (int id : r.region.candidates) codes.push_back(corpus_.regions.at(id).code);
    at("ambiguous-region", field,
       out_.tr("diag.ambiguous-region", fmt::arg("value", util::quoted(text)), fmt::arg("codes", fmt::join(codes, ", "))),
       out_.tr("hint.ambiguous-region"));
    return false;
  }
  if (r.region.id >= 0) return true;
  // A code: why the corpus does not hold it, from the registry, and never a
  // "did you mean" (the nearest code is another real region).
  std::string code(util::trim(util::fold_width(text)));
  if (!region::is_code(code)) {  // a registry name the plans do not hold: 中宁县 is 640521
    int year = r.period ? r.period->last.year : as_of_.year;
    std::vector<std::string> codes;
    for (const region::Record* rec : region::Registry::builtin().named(code))
      if (rec->valid_in(year) && std::find(codes.begin(), codes.end(), rec->code) == codes.end())
        codes.emplace_back(rec->code);
    if (codes.size() == 1) code = codes.front();
  }
  if (region::is_code(code)) {
    int year = r.period ? r.period->last.year : as_of_.year;
    auto problem = region_code_problem(code, year, year, out_.lang());
    if (!problem) problem = region_elsewhere(code, year, corpus_, out_.lang());
    if (problem) {
      at(problem->code, field, problem->message, problem->hint);
      return false;
    }
  }
  auto dym = corpus_.regions.suggest(text);
  if (dym)
    at("unknown-region", field, out_.tr("diag.unknown-region", fmt::arg("value", util::quoted(text))),
       out_.tr("hint.did-you-mean", fmt::arg("value", *dym)));
  else
    pooled("unknown-region", field, text, out_.tr("diag.unknown-region", fmt::arg("value", util::quoted(text))),
           out_.tr("hint.unknown-region"));
  return false;
}

bool FileChecker::indicator(const Row& r) {
  if (r.indicator.id >= 0) return true;
  const std::string& text = r.cell[col::indicator];
  auto dym = corpus_.indicators.suggest(text);
  std::string msg = out_.tr("diag.report-unknown-indicator", fmt::arg("value", util::quoted(text)));
  if (dym)
    at("unknown-indicator", header_.field[col::indicator], std::move(msg), out_.tr("hint.did-you-mean", fmt::arg("value", *dym)));
  else
    pooled("unknown-indicator", header_.field[col::indicator], text, std::move(msg),
           corpus_.indicators.size()
               ? out_.tr("hint.report-unknown-indicator",
                         fmt::arg("catalogs", fmt::format("{}", fmt::join(corpus_.catalog_files, ", "))))
               : out_.tr("hint.no-catalog"));
  return false;
}

bool FileChecker::period(const Row& r) {
  const std::string& text = r.cell[col::period];
  int field = header_.field[col::period];
  if (!r.period) {
    at("bad-period", field, out_.tr("diag.bad-period", fmt::arg("value", util::quoted(text))), out_.tr("hint.bad-period"));
    return false;
  }
  if (r.period->first > as_of_) {
    at("future-period", field,
       out_.tr("diag.future-period", fmt::arg("value", util::quoted(text)), fmt::arg("as_of", as_of_.str())),
       out_.tr("hint.future-period"));
    return false;
  }
  if (r.region.id >= 0) period_in_plans(r);
  return true;
}

// period-outside-plan (a warning): no plan of the region covers the period.
void FileChecker::period_in_plans(const Row& r) {
  const auto& plans = corpus_.plans_for(r.region.id);
  bool inside = std::any_of(plans.begin(), plans.end(), [&](const plan::Plan* p) {
    return p->start && p->end && r.period->first.year >= p->start && r.period->last.year <= p->end;
  });
  if (inside || plans.empty()) return;  // the usual row: nothing to say, nothing formatted
  std::vector<std::string> spans;
  for (const plan::Plan* p : plans) spans.push_back(fmt::format("{} {}–{}", p->id, p->start, p->end));
  at("period-outside-plan", header_.field[col::period],
     out_.tr("diag.period-outside-plan", fmt::arg("value", util::quoted(r.cell[col::period])),
             fmt::arg("region", corpus_.regions.at(r.region.id).name), fmt::arg("plans", fmt::join(spans, ", "))),
     out_.tr("hint.period-outside-plan"));
}

// The value and its unit, scaled into the indicator's base unit.
bool FileChecker::value(const Row& r, Figure& f) {
  int field = header_.field[col::value];
  const util::Number& n = *r.value.number;
  f.value = n.value;
  f.approximate = n.approximate;
  if (r.indicator.id < 0) return true;
  const plan::Indicator& ind = corpus_.indicators.at(r.indicator.id);
  submission::UnitReading u = submission::read_unit(n, r.cell[col::unit], ind, header_);
  bool ok = true;
  if (u.kind == submission::UnitReading::scale_in_base) {
    at("unit-given-twice", u.field,
       out_.tr("diag.scale-in-base", fmt::arg("value", util::quoted(r.raw_value)), fmt::arg("indicator", util::quoted(ind.id)),
               fmt::arg("once", util::format_number(u.once, 2)), fmt::arg("twice", util::format_number(u.twice, 2)),
               fmt::arg("base", ind.unit)),
       out_.tr("hint.scale-in-base", fmt::arg("once", util::format_number(u.once, 2)), fmt::arg("base", ind.unit)));
    ok = false;
  } else if (u.kind == submission::UnitReading::scale_twice) {
    at("unit-given-twice", u.field,
       out_.tr("diag.unit-given-twice", fmt::arg("value", util::quoted(r.raw_value)),
               fmt::arg("unit", util::quoted(r.cell[col::unit])), fmt::arg("once", util::format_number(u.once, 2)),
               fmt::arg("twice", util::format_number(u.twice, 2)), fmt::arg("base", ind.unit)),
       out_.tr("hint.unit-given-twice"));
    ok = false;
  } else if (u.kind == submission::UnitReading::given_twice) {
    at("unit-given-twice", u.field,
       out_.tr("diag.report-unit-twice", fmt::arg("value", util::quoted(r.raw_value)), fmt::arg("unit", util::quoted(r.cell[col::unit]))),
       out_.tr("hint.unit-mismatch", fmt::arg("base", ind.unit)));
    ok = false;
  } else if (u.kind == submission::UnitReading::incompatible) {
    at("unit-mismatch", u.field,
       out_.tr("diag.report-unit-mismatch", fmt::arg("unit", util::quoted(u.unit)), fmt::arg("indicator", util::quoted(ind.id)),
               fmt::arg("base", util::quoted(ind.unit))),
       out_.tr("hint.unit-mismatch", fmt::arg("base", ind.unit)));
    ok = false;
  } else if (u.kind == submission::UnitReading::scaled) {
    f.value *= u.scale;
  }
  if (f.value < 0 && plan::is_count(ind)) {
    at("negative-value", field,
       out_.tr("diag.negative-value", fmt::arg("value", util::quoted(r.raw_value)), fmt::arg("indicator", util::quoted(ind.id))),
       out_.tr("hint.negative-value"));
    ok = false;
  }
  if (ok && ind.unit == "%" && f.value > 100) {  // a share of a whole: 130% is a typo or a count
    at("percent-over-100", field,
       out_.tr("diag.percent-over-100", fmt::arg("value", util::quoted(r.raw_value)), fmt::arg("indicator", util::quoted(ind.id))),
       out_.tr("hint.percent-over-100"));
    ok = false;
  }
  return ok && percent_known(r, f, ind);
}

// A fraction of a percentage in an .xls number cell: the file does not say
// whether the cell shows 0.88 or 88% (an .xlsx does, and is read as shown),
// so neither is guessed.
bool FileChecker::percent_known(const Row& r, const Figure& f, const plan::Indicator& ind) {
  int field = header_.field[col::value];
  if (ind.unit != "%" || !(f.value > 0 && f.value < 1) || !r.value.number || !r.value.number->unit.empty() ||
      std::find(unknown_format_fields_.begin(), unknown_format_fields_.end(), field) == unknown_format_fields_.end())
    return true;
  at("ambiguous-percent", field,
     out_.tr("diag.ambiguous-percent", fmt::arg("value", util::quoted(r.raw_value)), fmt::arg("indicator", util::quoted(ind.id)),
             fmt::arg("number", r.raw_value), fmt::arg("percent", util::shift_decimal_point(r.raw_value, 2).value_or("?"))),
     out_.tr("hint.ambiguous-percent"));
  return false;
}

void FileChecker::reported_on(const Row& r, Figure& f) {
  int field = header_.field[col::reported_on];
  if (field < 0) return;
  if (r.reported_on) f.reported_on = static_cast<int32_t>(util::days_since_epoch(*r.reported_on));
  else if (!r.cell[col::reported_on].empty())
    at("invalid-date", field, out_.tr("diag.bad-reported-on", fmt::arg("value", util::quoted(r.cell[col::reported_on]))),
       out_.tr("hint.bad-reported-on"));
}

bool FileChecker::row(const Row& r) {
  bool ok = true;

  for (int c = 0; c < submission::kRequiredColumns; ++c)
    if (r.cell[static_cast<size_t>(c)].empty()) {
      at("empty-field", header_.field[static_cast<size_t>(c)],
         out_.tr("diag.empty-field", fmt::arg("column", submission::column_name(c))), out_.tr("hint.empty-field"));
      ok = false;
    }
  if (!ok) return false;
  Figure f;
  f.file = index_;
  f.line = static_cast<uint32_t>(rec_->line);
  ok = region(r);
  // A region outside every checked plan has no catalog to look its indicator
  // up in: an unknown indicator there would only repeat the region's error.
  ok = (r.region.id < 0 && !r.region.ambiguous() ? false : indicator(r)) && ok;
  ok = period(r) && ok;
  if (!r.value.number) {
    static constexpr std::array<std::string_view, 4> kReason{"value.empty", "value.no-digits", "value.bad-grouping",
                                                              "value.bad-digits"};
    at("unparsable-value", header_.field[col::value],
       out_.tr("diag.unparsable-value", fmt::arg("value", util::quoted(r.raw_value)),
               fmt::arg("reason", out_.tr(kReason[static_cast<size_t>(r.value.error)]))),
       out_.tr("hint.unparsable-value"));
    return false;
  }
  if (ok && !Figure::fits(r.region.id, r.indicator.id)) {  // a corpus of over a million regions or 65,536 indicators
    bool region_beyond = r.region.id >= Figure::kRegionLimit;
    at("too-many-ids", header_.field[region_beyond ? col::region : col::indicator],
       out_.tr(region_beyond ? "diag.too-many-regions" : "diag.too-many-indicators",
               fmt::arg("value", util::quoted(r.cell[region_beyond ? col::region : col::indicator])),
               fmt::arg("limit", region_beyond ? Figure::kRegionLimit : Figure::kIndicatorLimit)),
       out_.tr("hint.too-many-ids"));
    return false;
  }
  f.region = r.region.id;
  f.indicator = static_cast<uint16_t>(r.indicator.id);  // (-1, in a row refused below, is never read)
  if (r.period) f.set_period(*r.period);
  ok = value(r, f) && ok;
  ok = basis(r, f) && ok;
  reported_on(r, f);
  return ok && keep(r, f);
}

// basis: 累计 in the value or the basis column makes the figure cumulative
// (since the plan's start); a basis the column does not name, or a value
// written 累计 in a row whose column says 当期, is refused.
bool FileChecker::basis(const Row& r, Figure& f) {
  bool in_value = r.value.number && r.value.number->cumulative;
  if (r.bad_basis || (in_value && r.cumulative == false)) {
    at("bad-basis", header_.field[r.bad_basis ? col::basis : col::value],
       out_.tr(r.bad_basis ? "diag.bad-basis" : "diag.basis-contradicts",
               fmt::arg("value", util::quoted(r.bad_basis ? r.cell[col::basis] : r.raw_value))),
       out_.tr("hint.bad-basis"));
    return false;
  }
  f.cumulative = in_value || r.cumulative.value_or(false);
  return true;
}

// A good row: noted if approximate, kept once per (region, indicator, period).
bool FileChecker::keep(const Row& r, const Figure& f) {
  const util::Number& n = *r.value.number;
  if (n.approximate)
    at("approximate-value", header_.field[col::value],
       out_.tr("diag.approximate-value", fmt::arg("value", util::quoted(r.raw_value)),
               fmt::arg("number", fmt::format("{:g}", f.value)), fmt::arg("marker", n.marker)));
  auto [at_first, fresh] = seen_.try_emplace(submission::figure_key(f), static_cast<uint32_t>(figures_.size()));
  if (fresh) {
    figures_.push_back(f);
    return true;
  }
  Figure& first = figures_[*at_first];
  Duplicate dup = duplicate(out_, corpus_, f, first,
                            table_.sheet_name.empty() ? fmt::format("{}:{}", path_, first.line)
                                                      : fmt::format("{}:{}!A{}", path_, table_.sheet_name, first.line));
  if (dup.replaces_first) first = f;
  at(dup.code, header_.field[col::value], std::move(dup.message), std::move(dup.hint));
  return dup.code != "conflicting-report";  // a second value that is not a correction is refused
}

SubmissionFile FileChecker::run(util::ByteSource& src) {
  submission::RecordStream records(src);
  util::CsvRecord rec;
  while (records.next(rec))
    if (!take(rec)) break;
  finish();
  report_encoding(out_, path_, records.detection(), records.error_offset());
  if (!records.error_offset()) {
    if (!have_header_ && !scores_sheet_)
      out_.add("csv-missing-column", path_, util::Pos{}, out_.tr("diag.csv-empty"), out_.tr("hint.csv-empty"));
    else if (header_ok_ && rows_ == 0)
      out_.add("csv-no-rows", path_, util::Pos{1, 1}, out_.tr("diag.csv-no-rows"), out_.tr("hint.csv-no-rows"));
  }
  return summarize();
}

// A sheet's rows as records: a field per column up to the last cell (so the
// field number is the column: D is 4), the excerpt the cells joined by commas.
SubmissionFile FileChecker::run_sheet(util::Workbook& workbook) {
  util::CsvRecord rec;
  bool more = true;
  workbook.rows(static_cast<size_t>(table_.sheet), [&](const util::WorkbookRow& row) {
    if (!more) return;
    size_t n = static_cast<size_t>(row.cells.back().column);
    if (rec.fields.size() < n) rec.fields.resize(n);
    rec.columns.assign(n, 1);
    for (size_t i = 0; i < n; ++i) rec.fields[i].clear();
    formula_fields_.clear();
    unknown_format_fields_.clear();
    for (const auto& c : row.cells) {
      rec.fields[static_cast<size_t>(c.column - 1)] = c.text;
      if (c.formula_without_value) formula_fields_.push_back(c.column - 1);
      if (c.number_format_unknown) unknown_format_fields_.push_back(c.column - 1);
    }
    rec.count = n;
    rec.line = rec.end_line = row.row;
    rec.first_line.clear();
    for (size_t i = 0; i < n; ++i) {
      if (i) rec.first_line += ',';
      rec.columns[i] = static_cast<int>(util::codepoint_count(rec.first_line)) + 1;
      rec.first_line += rec.fields[i].size() > 200 ? rec.fields[i].substr(0, 200) : rec.fields[i];
    }
    more = take(rec);
  });
  finish();
  if (!have_header_ && table_.only_sheet)
    out_.add("csv-missing-column", path_, util::Pos{}, out_.tr("diag.csv-empty"), out_.tr("hint.csv-empty"));
  else if (header_ok_ && rows_ == 0)
    out_.add("csv-no-rows", path_, util::Pos{1, 1}, out_.tr("diag.csv-no-rows"), out_.tr("hint.csv-no-rows"));
  return summarize();
}

// One record of the table: the header is looked for, then each row is read.
bool FileChecker::take(const util::CsvRecord& rec) {
  rec_ = &rec;
  if (rec.unclosed_quote) {
    at("csv-unclosed-quote", static_cast<int>(rec.size()) - 1, out_.tr("diag.csv-unclosed-quote"),
       out_.tr("hint.csv-unclosed-quote"));
    reject();  // this row and the rest of the file
    return false;
  }
  if (!have_header_) {
    if (empty_record()) return true;
    if (submission::is_scores_header(rec)) {  // 自评分 / 审核分: a rubric's scores, read by scip score
      out_.add("scores-sheet", path_, util::Pos{rec.line, 1}, out_.tr("diag.scores-sheet"));
      scores_sheet_ = true;
      return false;
    }
    if (!find_header(rec)) return !no_header_;
    have_header_ = true;
    header_ok_ = header(submission::read_header(*rec_));
    rec_ = &rec;
    if (header_ok_) result_.value_column = static_cast<uint32_t>(header_.field[col::value] + 1);
    if (!header_ok_) result_.rejected.add(index_, 0);  // without the columns no row can be read
    return header_ok_;
  }
  if (empty_record()) return true;  // a row Excel left empty: nothing to read, nothing wrong
  if (total_row()) return true;
  ++rows_;
  if (rec.size() > header_.fields || rec.size() < header_.named) {
    if (!table_.sheet_name.empty() && rec.size() < header_.named) {
      // a sheet's row ends at its last cell: the cells after it are empty
    } else {
      at("csv-field-count",
         static_cast<int>(std::min(rec.size(), header_.fields)) - (rec.size() > header_.fields ? 0 : 1),
         out_.tr("diag.csv-field-count", fmt::arg("found", rec.size()), fmt::arg("expected", header_.fields)),
         out_.tr("hint.csv-field-count"));
      reject();
      return true;
    }
  }
  unnamed_cells();
  if (!formula_fields_.empty()) {
    formula_cells();
    reject();
    return true;
  }
  Row& r = row_;  // reused: its cells keep their capacity
  submission::read_row(rec, header_, corpus_, r);
  // Everything but the value: a row of a template not filled in yet. Noted,
  // not counted, and not a refused row either.
  if (r.cell[col::value].empty() && !r.cell[col::region].empty() && !r.cell[col::indicator].empty() &&
      !r.cell[col::period].empty()) {
    at("no-value", header_.field[col::value], out_.tr("diag.no-value"));
    return true;
  }
  if (!row(r)) reject(r);
  return true;
}

// A refused row whose region and indicator were read is kept as the figure
// it would have been (without its value), for the targets it concerns to say so.
void FileChecker::reject(const Row& r) {
  if (r.region.id < 0 || r.indicator.id < 0) return reject();
  submission::RefusedFigure refused(submission::series_key(r.region.id, r.indicator.id), index_,
                                    static_cast<uint32_t>(rec_->line));
  if (r.period) refused.set_period(*r.period);
  result_.rejected.add(refused);
}

// Every record was a title: the first one is reported as the header (or, in
// a workbook of several sheets, the sheet is noted as not read).
void FileChecker::finish() {
  if (have_header_ || scores_sheet_ || above_.empty()) return;
  if (!table_.only_sheet) {
    // A sheet of prose (instructions, a list of names and units) is not a
    // table of figures that lost its header: no note for it.
    bool tabular = std::any_of(above_.begin(), above_.end(), [](const util::CsvRecord& r) {
      size_t filled = 0;
      for (size_t i = 0; i < r.size(); ++i) filled += !util::trim(r.field(i)).empty();
      return filled >= 3;
    });
    if (tabular) out_.add("sheet-without-header", path_, util::Pos{}, out_.tr("diag.sheet-without-header"));
    return;
  }
  rec_ = &above_.front();
  have_header_ = true;
  header(submission::read_header(above_.front()));
  result_.rejected.add(index_, 0);
}

SubmissionFile FileChecker::summarize() {
  result_.figures.assign(figures_.begin(), figures_.end());  // kept until every file is read
  summarize_repeats();
  summarize_pools();
  cap_.summarize(out_);
  result_.has_header = have_header_ || scores_sheet_;
  return std::move(result_);
}

// 合计/总计/小计 rows (a sum Excel computed under the rows) are not figures.
bool FileChecker::total_row() {
  static constexpr std::string_view kTotals[] = {"合计", "总计", "小计"};
  for (size_t i = 0; i < rec_->size(); ++i) {
    std::string_view cell = util::trim(rec_->field(i));
    if (cell.empty()) continue;
    if (cell.find("计") == std::string_view::npos) return false;  // the usual row: no copy, no search
    std::string compact(cell);
    std::erase(compact, ' ');  // 合 计, as a title cell is often spaced
    for (std::string_view t : kTotals)
      if (util::ends_with(compact, t)) {
        at("total-row", static_cast<int>(i), out_.tr("diag.total-row", fmt::arg("value", util::quoted(compact))));
        return true;
      }
    return false;  // only the first filled cell says it
  }
  return false;
}

void FileChecker::formula_cells() {
  for (int f : formula_fields_)
    at("formula-without-value", f, out_.tr("diag.formula-without-value"), out_.tr("hint.formula-without-value"));
}

bool FileChecker::empty_record() const {
  for (size_t i = 0; i < rec_->size(); ++i)
    if (!util::trim(rec_->field(i)).empty()) return false;
  return true;
}

// A value under a column with no header is not read: said once per file.
void FileChecker::unnamed_cells() {
  if (unnamed_reported_) return;
  for (size_t f : header_.unnamed)
    if (f < rec_->size() && !util::trim(rec_->field(f)).empty()) {
      unnamed_reported_ = true;
      at("csv-unnamed-column", static_cast<int>(f),
         out_.tr("diag.csv-unnamed-column", fmt::arg("field", f + 1), fmt::arg("value", util::quoted(rec_->field(f)))),
         out_.tr("hint.csv-unnamed-column"));
      return;
    }
}

// What the file checker reported is about figures only: it costs the rows, or
// the whole file when its header, encoding or quoting is broken. (A path that
// cannot be read at all is a read-error, which is not.)
void mark_about_figures(Diagnostics& out, size_t first) {
  for (size_t i = first; i < out.items().size(); ++i) out.items()[i].about_figures = true;
}

// A workbook's sheet: the diagnostics carry the sheet's name. (The file was
// opened once already, to list its sheets.)
SubmissionFile check_sheet(const SubmissionTable& table, uint32_t index, FileChecker& fc, Diagnostics& out) {
  size_t first = out.items().size();
  SubmissionFile f;
  try {
    std::unique_ptr<util::Workbook> wb = util::open_workbook(table.path);
    f = fc.run_sheet(*wb);
  } catch (const util::WorkbookError& e) {
    out.add("bad-workbook", table.path, util::Pos{}, out.tr("diag.bad-workbook", fmt::arg("reason", e.what())),
            out.tr("hint.bad-workbook"));
    f = SubmissionFile{};
    f.rejected.add(index, 0);
  }
  mark_about_figures(out, first);
  for (size_t i = first; i < out.items().size(); ++i) out.items()[i].sheet = table.sheet_name;
  return f;
}

SubmissionFile unreadable_file() {
  SubmissionFile f;
  f.unreadable = true;
  return f;
}

}  // namespace

void release_file_buffers() {
  util::release(file_buffers.figures);
  file_buffers.seen = util::KeyIndex();
}

SubmissionFile check_submission(const SubmissionTable& table, const std::string* bytes, uint32_t file_index,
                                const plan::Corpus& corpus, const util::Date& as_of, Diagnostics& out,
                                bool keep_refused) {
  const std::string& path = table.path;
  if (corpus.plans.empty()) {  // one error for the file, not one for each of its rows (or sheets)
    if (table.first_sheet)
      out.add("no-plans", path, util::Pos{1, 1}, out.tr("diag.no-plans"), out.tr("hint.no-plans", fmt::arg("path", path)));
    SubmissionFile f;
    f.rejected.add(file_index, 0);
    f.has_header = true;  // not looked for: no "no header" error on top
    return f;
  }
  FileChecker fc(table, file_index, corpus, as_of, out, keep_refused);
  size_t first = out.items().size();
  if (table.sheet >= 0) return check_sheet(table, file_index, fc, out);
  if (bytes) {
    util::StringSource src(*bytes);
    SubmissionFile f = fc.run(src);
    mark_about_figures(out, first);
    return f;
  }
  // Not a regular file (a FIFO would block the read), or cannot be opened.
  std::optional<util::PathError> problem = util::regular_file_problem(path);
  std::string error;
  std::unique_ptr<util::ByteSource> src;
  if (!problem && !(src = util::open_file_source(path, error)))
    problem = util::PathError{path, util::PathProblem::os_error, error};
  if (problem) {
    report_path_error(out, *problem);
    return unreadable_file();
  }
  try {
    SubmissionFile f = fc.run(*src);
    mark_about_figures(out, first);
    return f;
  } catch (const std::runtime_error& e) {  // a read error half-way (EIO, a directory…)
    mark_about_figures(out, first);
    out.add("read-error", path, util::Pos{}, out.tr("diag.read-error", fmt::arg("reason", e.what())),
            out.tr("hint.read-error"));
    return unreadable_file();
  }
}

std::vector<SubmissionTable> submission_tables(const std::vector<std::string>& paths, Diagnostics& out,
                                               bool& unreadable) {
  std::vector<SubmissionTable> tables;
  for (const auto& path : paths) {
    if (!util::is_workbook_path(path)) {
      tables.push_back({path, -1, {}, true, true});
      continue;
    }
    if (auto problem = util::regular_file_problem(path)) {  // a FIFO would block the read
      report_path_error(out, *problem);
      unreadable = true;
      continue;
    }
    try {
      std::unique_ptr<util::Workbook> wb = util::open_workbook(path);
      const auto& sheets = wb->sheets();
      size_t visible = 0, listed = 0;
      for (const auto& s : sheets) visible += !s.hidden;
      for (size_t i = 0; i < sheets.size(); ++i) {
        if (!sheets[i].visibility_known) {
          Diagnostic& d = out.add("hidden-sheet", path, util::Pos{}, out.tr("diag.sheet-visibility-unknown"));
          d.sheet = sheets[i].name;
          d.about_figures = true;
        }
        if (sheets[i].hidden) {
          Diagnostic& d = out.add("hidden-sheet", path, util::Pos{}, out.tr("diag.hidden-sheet"));
          d.sheet = sheets[i].name;
          d.about_figures = true;
          continue;
        }
        tables.push_back({path, static_cast<int>(i), sheets[i].name, visible == 1, listed++ == 0});
      }
    } catch (const util::WorkbookError& e) {
      out.add("bad-workbook", path, util::Pos{}, out.tr("diag.bad-workbook", fmt::arg("reason", e.what())),
              out.tr("hint.bad-workbook"))
          .about_figures = true;
    }
  }
  return tables;
}

Diagnostic& add_at_figure(Diagnostics& out, const submission::FigureSet& set, std::string_view code,
                          const submission::Figure& f, std::string message, std::string hint) {
  int column = f.file < set.value_columns.size() ? static_cast<int>(set.value_columns[f.file]) : 0;
  Diagnostic& d = out.add(code, set.files[f.file], util::Pos{static_cast<int>(f.line), column},
                          std::move(message), std::move(hint));
  if (f.file < set.sheets.size()) d.sheet = set.sheets[f.file];
  return d;
}

// The files' figures as one set, in file order, with one figure per key.
// Rather than a hash map of every figure (three million at national scale),
// the keys are sorted, and only the figures whose key repeats are grouped
// (by key, each group in the order its rows were read) and compared: the same
// diagnostics and the same surviving figures as reading them one by one, in a
// fraction of the memory.
void merge_submissions(std::vector<SubmissionFile>& files, const std::vector<std::string>& paths,
                       const plan::Corpus& corpus, submission::FigureSet& out, Diagnostics& diags,
                       unsigned threads) {
  out.files = paths;
  size_t total = 0;
  for (const auto& f : files) {
    out.rejected.add(f.rejected);
    out.value_columns.push_back(f.value_column);
    total += f.figures.size();
  }
  util::BigVector<Figure>& all = out.figures;
  all.reserve(total);
  // The set's pages are faulted in on every core a stretch ahead of the copy
  // (util::prefault), as each file's figures are given back after their copy:
  // all of them at once would hold the figures twice.
  constexpr size_t kStretch = size_t{16} << 20;  // bytes
  size_t faulted = 0;                              // bytes of `all` faulted in
  for (auto& f : files) {
    size_t need = (all.size() + f.figures.size()) * sizeof(Figure);
    if (need > faulted) {
      size_t upto = std::min(std::max(need, faulted + kStretch), total * sizeof(Figure));
      util::prefault(reinterpret_cast<char*>(all.data()) + faulted, upto - faulted, threads);
      faulted = upto;
    }
    all.insert(all.end(), f.figures.begin(), f.figures.end());
    util::release(f.figures);
  }
  if (files.size() <= 1) return;  // nothing to compare across files (a file's own repeats are merged already)
  std::vector<uint64_t> repeated = submission::repeated_keys(all, submission::kRepeatedKeysPart, threads);
  if (repeated.empty()) return;
  std::vector<std::pair<uint64_t, uint32_t>> keys;  // (key, position) of each figure whose key repeats
  for (size_t i = 0; i < all.size(); ++i) {
    uint64_t k = submission::figure_key(all[i]);
    if (std::binary_search(repeated.begin(), repeated.end(), k)) keys.emplace_back(k, static_cast<uint32_t>(i));
  }
  util::release(repeated);
  std::sort(keys.begin(), keys.end());
  std::vector<bool> dropped(all.size(), false);
  for (size_t g = 0; g < keys.size();) {
    size_t end = g + 1;
    while (end < keys.size() && keys[end].first == keys[g].first) ++end;
    Figure& first = all[keys[g].second];
    for (size_t k = g + 1; k < end; ++k) {
      const Figure r = all[keys[k].second];
      dropped[keys[k].second] = true;
      Duplicate dup = duplicate(diags, corpus, r, first, out.where(first.file, first.line));
      if (dup.replaces_first) first = r;
      if (dup.code == "conflicting-report") out.rejected.add(r);
      add_at_figure(diags, out, dup.code, r, std::move(dup.message), std::move(dup.hint)).about_figures = true;
    }
    g = end;
  }
  util::release(keys);
  size_t kept = 0;
  for (size_t i = 0; i < all.size(); ++i)
    if (!dropped[i]) all[kept++] = all[i];
  all.resize(kept);
  // Giving back the room of the dropped figures copies the kept ones: worth
  // it only when many were dropped (at national scale the copy alone would
  // double the set's 190 MB for a moment).
  if (kept < all.capacity() / 4 * 3) all.shrink_to_fit();
}

}  // namespace scip::check
