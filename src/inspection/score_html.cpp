// inspection/score_html — a scorecard as one self-contained page, and as a workbook.
//
// The page (templates/score.html): the ranking, each region's total with a
// bar of its share of the rubric's points, one column per item (the cell's
// title is how the score was computed), the items with their evidence, and
// each region's arithmetic in a <details> block — what --explain prints. The
// workbook: the ranking sheet (numbers as numbers, a filter) and one row per
// region and item with its score and how.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>

#include "inspection/score_report.h"
#include "util/html_page.h"
#include "util/table.h"
#include "util/xlsx_book.h"

namespace scip::inspection {

std::string_view embedded_score_html();  // templates/score.html, embedded by the build

namespace {

using util::HtmlData;
using util::HtmlList;


}  // namespace

void write_scorecard_html(std::ostream& out, const Scorecard& c, const ReportOptions& o) {
  i18n::Lang L = o.lang;
  std::string heading = i18n::tr(L, "score.heading", fmt::arg("title", c.rubric_title), fmt::arg("plan", c.plan_id),
                                 fmt::arg("date", c.as_of.str()));
  HtmlData page = util::page_data(i18n::html_lang(L), heading);
  page.set("heading", heading);
  HtmlData w;
  w.set("col_rank", i18n::tr(L, "score.col.rank"));
  w.set("col_region", i18n::tr(L, "score.col.region"));
  w.set("col_total", i18n::tr(L, "score.col.total", fmt::arg("max", score_number(c.max_points))));
  w.set("col_unscored", i18n::tr(L, "score.col.unscored"));
  w.set("legend", i18n::tr(L, "score.legend"));
  w.set("explain", i18n::tr(L, "html.score.explain"));
  w.set("footer", i18n::tr(L, "html.score.footer", fmt::arg("version", SCIP_VERSION)));
  page.set("w", w);
  HtmlList items;
  if (!c.regions.empty())
    for (const auto& s : c.regions.front().items) {
      HtmlData i;
      i.set("id", s.item->id);
      i.set("name", s.item->name);
      i.set("points", score_number(s.item->points.value_or(0)));
      util::set_if(i, "evidence", s.item->evidence);
      items.push_back(i);
    }
  page.set("items", items);
  HtmlList regions;
  for (const auto& r : c.regions) {
    HtmlData d;
    d.set("code", r.code);
    d.set("name", r.name);
    d.set("rank", std::to_string(r.rank));
    d.set("total", score_number(r.total));
    d.set("bar", util::svg_number(c.max_points > 0 ? 100 * r.total / c.max_points : 0));
    d.set("unscored", r.unscored ? std::to_string(r.unscored) : "");
    HtmlList cells;
    for (const auto& s : r.items) {
      HtmlData x;
      x.set("id", s.item->id);
      x.set("score", score_cell(s));
      x.set("how", s.how);
      cells.push_back(x);
    }
    d.set("cells", cells);
    regions.push_back(d);
  }
  page.set("regions", regions);
  page.set("explain", !c.regions.empty());
  util::render_html(out, embedded_score_html(), std::move(page));
}

void write_scorecard_xlsx(std::ostream& out, const Scorecard& c, const ReportOptions& o) {
  i18n::Lang L = o.lang;
  util::XlsxBook book;
  lxw_format *head = book.header(), *title = book.title(), *wrap = book.wrapped();
  lxw_worksheet* rank = book.add_sheet(i18n::tr(L, "score.xlsx.sheet.rank"));
  worksheet_write_string(rank, 0, 0,
                         i18n::tr(L, "score.heading", fmt::arg("title", c.rubric_title), fmt::arg("plan", c.plan_id),
                                  fmt::arg("date", c.as_of.str()))
                             .c_str(),
                         title);
  std::vector<std::string> cols = {i18n::tr(L, "score.col.rank"), i18n::tr(L, "score.col.region"),
                                   i18n::tr(L, "score.col.total", fmt::arg("max", score_number(c.max_points)))};
  if (!c.regions.empty())
    for (const auto& s : c.regions.front().items) cols.push_back(fmt::format("{} ({})", s.item->name, score_number(s.item->points.value_or(0))));
  cols.push_back(i18n::tr(L, "score.col.unscored"));
  for (lxw_col_t k = 0; k < cols.size(); ++k) {
    worksheet_write_string(rank, 2, k, cols[k].c_str(), head);
    worksheet_set_column(rank, k, k, k == 1 ? 16 : 12, k >= 3 ? wrap : nullptr);
  }
  lxw_row_t y = 3;
  for (const auto& r : c.regions) {
    worksheet_write_number(rank, y, 0, r.rank, nullptr);
    worksheet_write_string(rank, y, 1, r.name.c_str(), nullptr);
    worksheet_write_number(rank, y, 2, r.total, nullptr);
    lxw_col_t k = 3;
    for (const auto& s : r.items) {
      if (s.score) worksheet_write_number(rank, y, k, *s.score, nullptr);
      else worksheet_write_string(rank, y, k, "—", nullptr);
      ++k;
    }
    worksheet_write_number(rank, y, k, r.unscored, nullptr);
    ++y;
  }
  worksheet_write_string(rank, y + 1, 0, i18n::tr(L, "score.legend").c_str(), nullptr);
  worksheet_freeze_panes(rank, 3, 2);

  lxw_worksheet* how = book.add_sheet(i18n::tr(L, "score.xlsx.sheet.how"));
  const char* hcols[] = {"region-code", "region", "item", "points", "score", "self", "how"};
  const double widths[] = {12, 16, 16, 8, 8, 10, 70};
  for (lxw_col_t k = 0; k < std::size(hcols); ++k) {
    std::string id = std::string(hcols[k]) == "region" ? "score.col.region" : std::string("score.csv.") + hcols[k];
    worksheet_write_string(how, 0, k, i18n::tr(L, id).c_str(), head);
    worksheet_set_column(how, k, k, widths[k], k == 6 ? wrap : nullptr);
  }
  lxw_row_t n = 0;
  for (const auto& r : c.regions)
    for (const auto& s : r.items) {
      ++n;
      worksheet_write_string(how, n, 0, r.code.c_str(), nullptr);
      worksheet_write_string(how, n, 1, r.name.c_str(), nullptr);
      worksheet_write_string(how, n, 2, s.item->id.c_str(), nullptr);
      worksheet_write_number(how, n, 3, s.item->points.value_or(0), nullptr);
      if (s.score) worksheet_write_number(how, n, 4, *s.score, nullptr);
      worksheet_write_number(how, n, 5, s.self_assessed ? 1 : 0, nullptr);
      worksheet_write_string(how, n, 6, s.how.c_str(), wrap);
    }
  worksheet_freeze_panes(how, 1, 0);
  worksheet_autofilter(how, 0, 0, std::max<lxw_row_t>(n, 1), static_cast<lxw_col_t>(std::size(hcols) - 1));
  book.finish(out);
}

}  // namespace scip::inspection
