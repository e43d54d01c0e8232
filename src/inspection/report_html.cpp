// inspection/report_html — the 整改台账 as one self-contained HTML page.
//
// templates/findings.html, filled here: tiles (findings, open, overdue,
// closed, the on-time closure rate), the table per region or lead department,
// then the findings (open ones first, the most overdue at the top), each
// coloured: overdue red, warned or closed late yellow, closed green. Each
// finding's row carries its key and status, which the browser test checks
// against the JSON.
#include <fmt/format.h>

#include <algorithm>

#include "inspection/report.h"
#include "util/html_page.h"

namespace scip::inspection {

std::string_view embedded_findings_html();  // templates/findings.html, embedded by the build

namespace {

using util::HtmlData;
using util::HtmlList;

HtmlData tile(const std::string& n, const std::string& label, const char* tone) {
  HtmlData t;
  t.set("n", n);
  t.set("label", label);
  t.set("tone", tone);
  return t;
}

HtmlData group_data(const Group& g, const std::string& name, i18n::Lang L, bool total) {
  HtmlData d;
  d.set("name", name);
  d.set("total", std::to_string(g.total));
  d.set("open", std::to_string(g.open));
  d.set("overdue", std::to_string(g.overdue));
  d.set("closed", std::to_string(g.closed));
  d.set("rate", rate_text(g, L));
  if (total) d.set("total_row", true);
  return d;
}

}  // namespace

void write_ledger_html(std::ostream& out, const Ledger& l, const ReportOptions& o) {
  i18n::Lang L = o.lang;
  std::string heading = ledger_heading(l, L);
  HtmlData page = util::page_data(i18n::html_lang(L), heading);
  page.set("heading", heading);
  HtmlData w;
  auto word = [&](const char* key, const std::string& id) { w.set(key, i18n::tr(L, id)); };
  word("col_group", o.by_department ? "findings.col.department" : "findings.col.region");
  for (const char* c : {"total", "open", "overdue", "closed", "rate", "region", "id", "status", "deadline", "where", "lead", "text"})
    word((std::string("col_") + c).c_str(), std::string("findings.col.") + c);
  word("groups", o.by_department ? "html.findings.by-department" : "html.findings.by-region");
  word("legend", "findings.legend");
  w.set("footer", i18n::tr(L, "html.findings.footer", fmt::arg("version", SCIP_VERSION)));
  auto shown = listed(l, o.all);
  w.set("findings", i18n::tr(L, o.all ? "findings.section.all" : "findings.section.open", fmt::arg("n", shown.size())));
  page.set("w", w);

  HtmlList tiles;
  tiles.push_back(tile(std::to_string(l.all.total), i18n::tr(L, "findings.col.total"), "l-grey"));
  tiles.push_back(tile(std::to_string(l.all.open), i18n::tr(L, "findings.col.open"), l.all.open ? "l-yellow" : "l-green"));
  tiles.push_back(tile(std::to_string(l.all.overdue), i18n::tr(L, "findings.col.overdue"), l.all.overdue ? "l-red" : "l-green"));
  tiles.push_back(tile(std::to_string(l.all.closed), i18n::tr(L, "findings.col.closed"), "l-green"));
  tiles.push_back(tile(rate_text(l.all, L), i18n::tr(L, "findings.col.rate"), "l-grey"));
  page.set("tiles", tiles);

  HtmlList groups;
  for (const auto& g : l.groups) groups.push_back(group_data(g, g.name, L, false));
  groups.push_back(group_data(l.all, i18n::tr(L, "findings.all"), L, true));
  page.set("groups", groups);

  HtmlList rows;
  for (const FindingState* s : shown) {
    HtmlData r;
    r.set("key", s->file_id + "|" + s->finding->id);
    r.set("region", s->region_name);
    r.set("id", s->finding->id);
    r.set("status", s->status);
    r.set("tone", tone_of(*s));
    r.set("deadline", s->finding->deadline ? s->finding->deadline->text.str() : "");
    r.set("where", where_text(*s, L));
    r.set("lead", s->lead);
    r.set("text", s->finding->text);
    rows.push_back(r);
  }
  page.set("findings", rows);
  util::render_html(out, embedded_findings_html(), std::move(page));
}

}  // namespace scip::inspection
