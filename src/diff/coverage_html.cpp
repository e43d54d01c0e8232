// diff/coverage_html — the 对标对表 as one self-contained HTML page.
//
// templates/cover.html, filled here: the two plans at the top, a tile per
// kind (actions, tasks, quantified targets: covered of total, green when all
// are, red when none), then one table per kind with the parent's item on the
// left and the child's on the right, how they were paired (or how the figures
// compare) in the last column; the child's own actions last. The rows are
// diff/coverage's CoverRow, the same the workbook shows.
#include <fmt/format.h>

#include <algorithm>

#include "diff/coverage.h"
#include "util/html_page.h"

namespace scip::diff {

std::string_view embedded_cover_html();  // templates/cover.html, embedded by the build

namespace {

using util::HtmlData;
using util::HtmlList;

// The colour of a share: all covered green, some yellow, none red.
const char* tone(int n, size_t total) { return total == 0 ? "l-grey" : n == static_cast<int>(total) ? "l-green" : n == 0 ? "l-red" : "l-yellow"; }

const char* row_tone(const CoverRow& r) {
  if (r.status == "missing") return "l-red";
  if (r.status == "extra") return "l-grey";
  return r.comparison == "weaker" ? "l-yellow" : "l-green";
}

HtmlData tile(int n, size_t total, const std::string& label) {
  HtmlData t;
  t.set("n", fmt::format("{}/{}", n, total));
  t.set("label", label);
  t.set("tone", tone(n, total));
  return t;
}

HtmlData row_data(const CoverRow& r, i18n::Lang L) {
  HtmlData d;
  d.set("status", r.status);
  d.set("key", r.section + "|" + r.parent_id + "|" + r.child_id);  // what tests/html_report.py finds the row by
  d.set("tone", row_tone(r));
  d.set("mark", r.status == "missing" ? "✗" : r.status == "extra" ? "+" : "✓");
  d.set("status_word", i18n::tr(L, "cover.status." + r.status));
  util::set_if(d, "cmp", r.comparison);
  util::set_if(d, "parent_id", r.parent_id);
  d.set("parent_text", r.parent_text);
  util::set_if(d, "child_id", r.child_id);
  d.set("child_text", r.child_text);
  d.set("how", r.how);
  return d;
}

}  // namespace

void write_coverage_html(std::ostream& out, const Coverage& c, i18n::Lang L) {
  std::string heading = i18n::tr(L, "cover.heading", fmt::arg("child", c.child_id), fmt::arg("parent", c.parent_id));
  HtmlData page = util::page_data(i18n::html_lang(L), heading);
  HtmlData w;
  w.set("heading", heading);
  for (const char* key : {"col-status", "col-parent", "col-child", "col-how"}) {
    std::string name = key;
    std::replace(name.begin(), name.end(), '-', '_');
    w.set(name, i18n::tr(L, std::string("html.cover.") + key));
  }
  w.set("footer", i18n::tr(L, "html.cover.footer", fmt::arg("version", SCIP_VERSION)));
  page.set("w", w);
  page.set("child_line", i18n::tr(L, "cover.plan-line", fmt::arg("label", i18n::tr(L, "html.cover.child")), fmt::arg("title", c.child_title)));
  page.set("parent_line",
           i18n::tr(L, "cover.plan-line", fmt::arg("label", i18n::tr(L, "html.cover.parent")), fmt::arg("title", c.parent_title)));
  page.set("plan_child_id", c.child_id);
  page.set("plan_parent_id", c.parent_id);
  HtmlList tiles;
  tiles.push_back(tile(c.covered(c.actions), c.actions.size(), i18n::tr(L, "cover.kind.actions")));
  if (!c.tasks.empty()) tiles.push_back(tile(c.covered(c.tasks), c.tasks.size(), i18n::tr(L, "cover.kind.tasks")));
  tiles.push_back(tile(c.covered_targets(), c.targets.size(), i18n::tr(L, "cover.kind.targets")));
  page.set("tiles", tiles);
  page.set("summary", coverage_summary(c, L));
  if (std::any_of(c.targets.begin(), c.targets.end(), [](const CoveredTarget& t) { return t.comparison == "weaker"; }))
    page.set("weaker_note", i18n::tr(L, "cover.note.weaker"));
  HtmlList sections;
  std::vector<CoverRow> rows = coverage_rows(c, L);
  for (const char* section : {"actions", "tasks", "targets", "extra"}) {
    HtmlList list;
    for (const auto& r : rows)
      if (r.section == section) list.push_back(row_data(r, L));
    if (list.empty()) continue;
    HtmlData s;
    s.set("heading", coverage_section_heading(c, section, L));
    s.set("rows", list);
    sections.push_back(s);
  }
  page.set("sections", sections);
  util::render_html(out, embedded_cover_html(), std::move(page));
}

}  // namespace scip::diff
