// inspection/report — see report.h.
#include "inspection/report.h"

#include <fmt/format.h>

#include <algorithm>

#include "util/json_writer.h"
#include "util/table.h"
#include "util/text.h"

namespace scip::inspection {

using i18n::tr;

Format format_from_word(const std::string& w) {
  return w == "markdown" ? Format::markdown
         : w == "csv"    ? Format::csv
         : w == "json"   ? Format::json
         : w == "html"   ? Format::html
         : w == "xlsx"   ? Format::xlsx
                         : Format::table;
}

std::string rate_text(const Group& g, i18n::Lang L) {
  auto r = g.on_time_rate();
  if (!r) return "—";
  return tr(L, "findings.rate", fmt::arg("percent", util::format_number(*r, 1)), fmt::arg("n", g.closed_on_time), fmt::arg("due", g.due));
}

// "21 days overdue", "2 days left (3-day warning)", "closed 2020-06-20, on time".
std::string where_text(const FindingState& s, i18n::Lang L) {
  if (!s.open()) {
    if (!s.closed_on) return tr(L, "findings.where.closed-undated");
    return tr(L, s.on_time ? "findings.where.closed-on-time" : "findings.where.closed-late", fmt::arg("date", s.closed_on->str()));
  }
  if (!s.finding->deadline) return "";
  if (s.days_left < 0) return tr(L, "findings.where.overdue", fmt::arg("days", -s.days_left));
  if (s.days_left == 0) return tr(L, "findings.where.today");
  if (s.warning) return tr(L, "findings.where.warning", fmt::arg("days", s.days_left), fmt::arg("warning", s.warning));
  return tr(L, "findings.where.left", fmt::arg("days", s.days_left));
}

std::vector<const FindingState*> listed(const Ledger& l, bool all) {
  std::vector<const FindingState*> out;
  for (const auto& s : l.findings)
    if (all || s.open()) out.push_back(&s);
  std::stable_sort(out.begin(), out.end(), [](const FindingState* a, const FindingState* b) {
    if (a->open() != b->open()) return a->open();
    return a->open() && a->days_left < b->days_left;
  });
  return out;
}

std::string ledger_heading(const Ledger& l, i18n::Lang L) {
  return tr(L, "findings.heading", fmt::arg("titles", fmt::format("{}", fmt::join(l.titles, "; "))), fmt::arg("date", l.as_of.str()));
}

const char* tone_of(const FindingState& s) {
  if (s.overdue()) return "l-red";
  if (s.open()) return s.warning ? "l-yellow" : "l-grey";
  return s.on_time || !s.finding->deadline ? "l-green" : "l-yellow";
}

namespace {

util::TextTable group_table(const Ledger& l, const ReportOptions& o) {
  i18n::Lang L = o.lang;
  util::TextTable t;
  t.header = {tr(L, o.by_department ? "findings.col.department" : "findings.col.region"), tr(L, "findings.col.total"),
              tr(L, "findings.col.open"), tr(L, "findings.col.overdue"), tr(L, "findings.col.closed"), tr(L, "findings.col.rate")};
  t.right = {false, true, true, true, true, true};
  auto row = [&](const Group& g, const std::string& name) {
    t.rows.push_back({{name}, {std::to_string(g.total)}, {std::to_string(g.open)}, {std::to_string(g.overdue)},
                      {std::to_string(g.closed)}, {rate_text(g, L)}});
  };
  for (const auto& g : l.groups) row(g, g.name);
  row(l.all, tr(L, "findings.all"));
  t.width = o.width;
  return t;
}

util::TextTable finding_table(const Ledger& l, const ReportOptions& o) {
  i18n::Lang L = o.lang;
  util::TextTable t;
  t.header = {tr(L, "findings.col.region"), tr(L, "findings.col.id"), tr(L, "findings.col.status"), tr(L, "findings.col.deadline"),
              tr(L, "findings.col.where"), tr(L, "findings.col.lead"), tr(L, "findings.col.text")};
  t.right = {false, false, false, false, false, false, false};
  for (const FindingState* s : listed(l, o.all))
    t.rows.push_back({{s->region_name}, {s->finding->id}, {s->status}, {s->finding->deadline ? s->finding->deadline->text.str() : ""},
                      {where_text(*s, L)}, {s->lead}, {s->finding->text}});
  t.width = o.width;
  t.shrink = 6;
  t.drop_order = {5};
  return t;
}

void write_ledger_text(std::ostream& out, const Ledger& l, const ReportOptions& o, bool md) {
  i18n::Lang L = o.lang;
  out << (md ? "## " : "") << util::neutralize_controls(ledger_heading(l, L)) << "\n\n";
  auto table = [&](const util::TextTable& t) { md ? util::write_markdown_table(out, t) : util::write_text_table(out, t); };
  table(group_table(l, o));
  auto shown = listed(l, o.all);
  out << "\n" << (md ? "### " : "") << tr(L, o.all ? "findings.section.all" : "findings.section.open", fmt::arg("n", shown.size()))
      << "\n" << (md ? "\n" : "");
  if (!shown.empty()) table(finding_table(l, o));
  out << "\n" << tr(L, "findings.legend") << "\n";
}

void write_ledger_csv(std::ostream& out, const Ledger& l, const ReportOptions& o) {
  i18n::Lang L = o.lang;
  std::vector<std::string> head;
  for (const char* c : {"file", "id", "region-code", "region", "category", "lead", "status", "deadline", "days-left", "overdue",
                        "warning", "closed-on", "on-time", "text"})
    head.push_back(tr(L, std::string("findings.csv.") + c));
  util::write_csv_row(out, head);
  for (const auto& s : l.findings) {
    const auto& f = *s.finding;
    bool dated = f.deadline && f.deadline->valid;
    util::write_csv_row(out, {s.file_id, f.id, s.region_code, s.region_name, f.category, s.lead, s.status,
                              dated ? f.deadline->text.str() : "", dated && s.open() ? std::to_string(s.days_left) : "",
                              s.overdue() ? "1" : "0", s.warning ? std::to_string(s.warning) : "",
                              s.closed_on ? s.closed_on->str() : "", !s.open() && s.on_time ? "1" : "0", f.text});
  }
}

void write_group_json(util::JsonWriter& w, const Group& g) {
  w.begin_object().field("key", g.key).field("name", g.name).field("findings", g.total).field("open", g.open);
  w.field("overdue", g.overdue).field("closed", g.closed).field("due", g.due).field("closed_on_time", g.closed_on_time);
  w.key("on_time_rate");
  if (auto r = g.on_time_rate()) w.number(fmt::format("{:.4g}", *r));
  else w.null();
  w.end_object();
}

void write_ledger_json(std::ostream& out, const Ledger& l, const ReportOptions& o) {
  util::JsonWriter w(out);
  w.begin_object().field("as_of", l.as_of.str()).field("by", o.by_department ? "department" : "region");
  w.key("groups").begin_array(true);
  for (const auto& g : l.groups) write_group_json(w, g);
  w.end_array();
  w.key("findings").begin_array(true);
  for (const auto& s : l.findings) {
    const auto& f = *s.finding;
    w.begin_object().field("file", s.file_id).field("id", f.id).field("region", s.region_code).field("region_name", s.region_name);
    w.field("category", f.category).field("lead", s.lead).field("status", s.status);
    w.key("deadline");
    if (f.deadline) w.value(f.deadline->text);
    else w.null();
    w.field("days_left", static_cast<long long>(s.days_left)).field("overdue", s.overdue()).field("warning", s.warning);
    w.key("closed_on");
    if (s.closed_on) w.value(s.closed_on->str());
    else w.null();
    w.field("on_time", !s.open() && s.on_time).end_object();
  }
  w.end_array();
  w.key("all");
  write_group_json(w, l.all);
  w.end_object();
  out << "\n";
}

}  // namespace

void write_ledger(std::ostream& out, const Ledger& l, const ReportOptions& o) {
  switch (o.format) {
    case Format::table: return write_ledger_text(out, l, o, false);
    case Format::markdown: return write_ledger_text(out, l, o, true);
    case Format::csv: return write_ledger_csv(out, l, o);
    case Format::json: return write_ledger_json(out, l, o);
    case Format::html: return write_ledger_html(out, l, o);
    case Format::xlsx: return write_ledger_xlsx(out, l, o);
  }
}

}  // namespace scip::inspection
