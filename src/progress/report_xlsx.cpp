// progress/report_xlsx — the progress report as a workbook, for a leader.
//
// Three sheets, headed in the user's language:
//   summary  what the report is (as-of date, method, 序时进度 in one line),
//            targets per status with the traffic-light fills and a column
//            chart of them, then per lead department and per region;
//   targets  one row per target: numbers as numbers (sortable, summable),
//            percent cells formatted as percent, the status filled with its
//            light, frozen header and an auto-filter, widths that fit Chinese;
//   inputs   every figure behind every row (file and row or sheet!cell,
//            region, period, value, whether it was used) and the rows refused,
//            so the report can be audited.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <map>

#include "progress/report.h"
#include "progress/report_parts.h"
#include "util/xlsx_book.h"

namespace scip::progress {

namespace {

using util::XlsxBook;

struct Formats {
  lxw_format *head, *title, *percent, *number;
  std::map<Light, lxw_format*> light;
};

Formats make_formats(XlsxBook& book) {
  Formats f{};
  f.head = book.header();
  f.title = book.title();
  f.percent = book.format();
  format_set_num_format(f.percent, "0.0%");
  f.number = book.format();
  format_set_num_format(f.number, "#,##0.##");
  const std::pair<Light, lxw_color_t> fills[] = {
      {Light::green, 0xC6EFCE}, {Light::yellow, 0xFFEB9C}, {Light::red, 0xFFC7CE}, {Light::grey, 0xEDEDED}};
  for (auto [light, color] : fills) f.light[light] = book.fill(color);
  return f;
}

// Writes a row of texts; widths[i] grows to fit.
void text_row(lxw_worksheet* ws, lxw_row_t row, const std::vector<std::string>& cells, lxw_format* fmt,
              std::vector<double>& widths) {
  for (size_t c = 0; c < cells.size(); ++c) {
    worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), cells[c].c_str(), fmt);
    if (widths.size() <= c) widths.resize(c + 1, 8);
    widths[c] = std::max(widths[c], std::min(60.0, XlsxBook::width_of(cells[c])));
  }
}

void number_cell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, util::OptionalDouble v, lxw_format* fmt) {
  if (v) worksheet_write_number(ws, row, col, *v, fmt);
}

void set_widths(lxw_worksheet* ws, const std::vector<double>& widths) {
  for (size_t c = 0; c < widths.size(); ++c)
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
}

void targets_sheet(XlsxBook& book, const Formats& f, const std::vector<const Row*>& rows, const plan::Corpus& c,
                   i18n::Lang L) {
  lxw_worksheet* ws = book.add_sheet(i18n::tr(L, "progress.xlsx.sheet.targets"));
  std::vector<double> widths;
  std::vector<std::string> head;
  for (const char* h : {"plan", "target", "name", "region-code", "region", "indicator", "unit", "baseline", "op",
                        "target-value", "deadline", "actual", "percent", "expected", "status", "leads", "supports", "source",
                        "refused-rows"})
    head.push_back(i18n::tr(L, std::string("progress.xlsx.col.") + h));
  text_row(ws, 0, head, f.head, widths);
  lxw_row_t n = 0;
  for (const Row* r : rows) {
    lxw_row_t y = ++n;
    std::string region_code = r->region >= 0 ? c.regions.at(r->region).code : "";
    std::string region = r->region >= 0 ? c.regions.at(r->region).name : "";
    std::string indicator = r->indicator >= 0 ? c.indicators.at(r->indicator).name : "";
    std::string name = r->target->name.empty() ? indicator : r->target->name.str();
    text_row(ws, y, {r->plan->id, r->target->id, name, region_code, region, indicator, std::string(r->unit)}, nullptr, widths);
    number_cell(ws, y, 7, r->baseline, f.number);
    worksheet_write_string(ws, y, 8, r->target->op.c_str(), nullptr);
    number_cell(ws, y, 9, r->target_value, f.number);
    worksheet_write_string(ws, y, 10, r->deadline.str().c_str(), nullptr);
    number_cell(ws, y, 11, r->actual, f.number);
    number_cell(ws, y, 12, r->percent ? util::OptionalDouble(*r->percent / 100) : std::nullopt, f.percent);
    number_cell(ws, y, 13, r->expected ? util::OptionalDouble(*r->expected / 100) : std::nullopt, f.percent);
    worksheet_write_string(ws, y, 14, status_text(r->status, L).c_str(), f.light.at(light_of(r->status)));
    std::string leads = fmt::format("{}", fmt::join(r->leads(), "、")), supports = fmt::format("{}", fmt::join(r->supports(), "、"));
    for (auto [col, text] : {std::pair{15, leads}, std::pair{16, supports}, std::pair{17, r->target->source.str()}}) {
      worksheet_write_string(ws, y, static_cast<lxw_col_t>(col), text.c_str(), nullptr);
      if (widths.size() <= static_cast<size_t>(col)) widths.resize(static_cast<size_t>(col) + 1, 8);
      widths[static_cast<size_t>(col)] = std::max(widths[static_cast<size_t>(col)], std::min(60.0, XlsxBook::width_of(text)));
    }
    if (r->refused_rows) worksheet_write_number(ws, y, 18, r->refused_rows, nullptr);  // listed on the Inputs sheet
  }
  for (size_t col : {7u, 9u, 11u, 12u, 13u}) widths[col] = std::max(widths[col], 12.0);
  set_widths(ws, widths);
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_autofilter(ws, 0, 0, n, static_cast<lxw_col_t>(head.size() - 1));
}

void inputs_sheet(XlsxBook& book, const Formats& f, const std::vector<const Row*>& rows, const plan::Corpus& c,
                  const submission::FigureSet& subs, i18n::Lang L) {
  lxw_worksheet* ws = book.add_sheet(i18n::tr(L, "progress.xlsx.sheet.inputs"));
  std::vector<double> widths;
  std::vector<std::string> head;
  for (const char* h : {"key", "where", "region-code", "region", "period", "value", "cumulative", "use"})
    head.push_back(i18n::tr(L, std::string("progress.xlsx.col.") + h));
  text_row(ws, 0, head, f.head, widths);
  lxw_row_t y = 0;
  auto use_cell = [&](const std::string& use) {
    worksheet_write_string(ws, y, 7, use.c_str(), nullptr);
    widths.resize(std::max<size_t>(widths.size(), 8), 8);
    widths[7] = std::max(widths[7], std::min(60.0, XlsxBook::width_of(use)));
  };
  for (const Row* r : rows) {
    std::string key = r->key(c);
    for (const Input& in : r->inputs) {
      ++y;
      const plan::Region& reg = c.regions.at(in.region());
      text_row(ws, y, {key, subs.where(in.file(), in.line()), reg.code, reg.name, in.period().str()}, nullptr, widths);
      worksheet_write_number(ws, y, 5, in.value(), f.number);
      worksheet_write_string(ws, y, 6, in.cumulative() ? "累计" : "", nullptr);
      use_cell(i18n::tr(L, "progress.use." + use_code(in.use)));
    }
    for (uint32_t i : r->refused) {  // rows it would have read, refused: no value
      const submission::RefusedFigure& refused = subs.rejected.figures[i];
      const plan::Region& reg = c.regions.at(refused.region());
      ++y;
      text_row(ws, y, {key, subs.where(refused.file, refused.line), reg.code, reg.name,
                       refused.has_period() ? refused.period().str() : ""}, nullptr, widths);
      use_cell(i18n::tr(L, "progress.use.refused"));
    }
  }
  if (subs.rejected.rows) {  // the rows refused, below the inputs
    y += 2;
    std::string note = i18n::tr(L, "progress.xlsx.rejected", fmt::arg("n", subs.rejected.rows));
    worksheet_write_string(ws, y, 0, note.c_str(), f.head);
    for (const auto& [file, line] : subs.rejected.first) worksheet_write_string(ws, ++y, 1, subs.where(file, line).c_str(), nullptr);
  }
  set_widths(ws, widths);
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_autofilter(ws, 0, 0, std::max<lxw_row_t>(y, 1), 7);
}

// A table of counts per status for each group (lead department, region).
lxw_row_t counts_block(lxw_worksheet* ws, const Formats& f, lxw_row_t y, const std::string& title,
                       const std::map<std::string, std::map<Status, int>>& groups, i18n::Lang L) {
  worksheet_write_string(ws, y, 0, title.c_str(), f.head);
  lxw_col_t x = 1;
  for (Status s : kAllStatuses)
    worksheet_write_string(ws, y, x++, status_text(s, L).c_str(), f.light.at(light_of(s)));
  for (const auto& [name, counts] : groups) {
    ++y;
    worksheet_write_string(ws, y, 0, name.c_str(), nullptr);
    x = 1;
    for (Status s : kAllStatuses) {
      auto it = counts.find(s);
      if (it != counts.end()) worksheet_write_number(ws, y, x, it->second, nullptr);
      ++x;
    }
  }
  return y + 2;
}

void summary_sheet(XlsxBook& book, const Formats& f, const Table& t, const std::vector<const Row*>& rows,
                   const plan::Corpus& c, i18n::Lang L) {
  lxw_worksheet* ws = book.add_sheet(i18n::tr(L, "progress.xlsx.sheet.summary"));
  std::string title = i18n::tr(L, "progress.xlsx.title", fmt::arg("as_of", t.options.as_of.str()));
  worksheet_write_string(ws, 0, 0, title.c_str(), f.title);
  std::string method = i18n::tr(L, t.options.method == Method::growth ? "progress.xlsx.method.growth" : "progress.xlsx.method.linear");
  worksheet_write_string(ws, 1, 0, method.c_str(), nullptr);
  lxw_row_t y = 3;
  worksheet_write_string(ws, y, 0, i18n::tr(L, "progress.xlsx.col.status").c_str(), f.head);
  worksheet_write_string(ws, y, 1, i18n::tr(L, "progress.xlsx.col.count").c_str(), f.head);
  lxw_row_t first = y + 1;
  for (Status s : kAllStatuses) {
    double n = static_cast<double>(count_status(rows, s));
    ++y;
    worksheet_write_string(ws, y, 0, status_text(s, L).c_str(), f.light.at(light_of(s)));
    worksheet_write_number(ws, y, 1, n, nullptr);
  }
  lxw_row_t last = y;
  lxw_chart* chart = workbook_add_chart(book.workbook(), LXW_CHART_COLUMN);
  lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
  std::string sheet = i18n::tr(L, "progress.xlsx.sheet.summary");
  chart_series_set_categories(series, sheet.c_str(), first, 0, last, 0);
  chart_series_set_values(series, sheet.c_str(), first, 1, last, 1);
  chart_title_set_name(chart, i18n::tr(L, "progress.xlsx.chart").c_str());
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  worksheet_insert_chart(ws, 3, 3, chart);

  std::map<std::string, std::map<Status, int>> by_lead, by_region;
  for (const Row* r : rows) {
    for (std::string_view l : r->leads()) ++by_lead[std::string(l)][r->status];
    if (r->region >= 0) ++by_region[c.regions.at(r->region).name][r->status];
  }
  y = std::max<lxw_row_t>(y + 2, 20);
  y = counts_block(ws, f, y, i18n::tr(L, "progress.xlsx.by-lead"), by_lead, L);
  counts_block(ws, f, y, i18n::tr(L, "progress.xlsx.by-region"), by_region, L);
  worksheet_set_column(ws, 0, 0, 28, nullptr);
  worksheet_set_column(ws, 1, static_cast<lxw_col_t>(std::size(kAllStatuses)), 10, nullptr);
}

}  // namespace

void write_xlsx(std::ostream& out, const Table& t, const std::vector<const Row*>& rows, const plan::Corpus& corpus,
                const submission::FigureSet& subs, const TablePrintOptions& o) {
  XlsxBook book;
  Formats f = make_formats(book);
  summary_sheet(book, f, t, rows, corpus, o.lang);
  targets_sheet(book, f, rows, corpus, o.lang);
  inputs_sheet(book, f, rows, corpus, subs, o.lang);
  book.finish(out);
}

}  // namespace scip::progress
