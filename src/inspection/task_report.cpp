// inspection/task_report — see task_report.h.
#include "inspection/task_report.h"

#include <fmt/format.h>

#include "util/json_writer.h"
#include "util/table.h"
#include "util/text.h"

namespace scip::inspection {

namespace {

using i18n::tr;

// "推进中", "推进中 (2022)" when not reported in the last period, "—" when never.
std::string cell_text(const TaskCell& c, i18n::Lang L) {
  if (!c.entry) return "—";
  if (c.stale) return tr(L, "tasks.cell.stale", fmt::arg("status", c.entry->status), fmt::arg("period", c.period));
  return c.entry->status;
}

util::TextTable task_table(const TaskView& v, const ReportOptions& o) {
  i18n::Lang L = o.lang;
  util::TextTable t;
  t.header = {tr(L, "tasks.col.task")};
  for (const auto& [code, name] : v.regions) t.header.push_back(name);
  t.header.push_back(tr(L, "tasks.col.lead"));
  t.right.assign(t.header.size(), false);
  std::string action;
  for (const auto& r : v.rows) {
    if (r.action_id != action) {
      action = r.action_id;
      t.headings.emplace_back(t.rows.size(), r.action_id + " " + r.action_title);
    }
    std::vector<util::Cell> row{{r.task_id + " " + r.task_title}};
    for (const auto& c : r.cells) row.push_back({cell_text(c, L)});
    row.push_back({r.lead});
    t.rows.push_back(std::move(row));
  }
  t.width = o.width;
  t.shrink = 0;
  t.shrink_min = 16;
  t.drop_order = {t.header.size() - 1};
  return t;
}

util::TextTable milestone_table(const TaskView& v, const ReportOptions& o) {
  i18n::Lang L = o.lang;
  util::TextTable t;
  t.header = {tr(L, "tasks.col.milestone"), tr(L, "tasks.col.region"), tr(L, "tasks.col.by"), tr(L, "tasks.col.state"),
              tr(L, "tasks.col.done")};
  t.right.assign(t.header.size(), false);
  for (const auto& m : v.milestones)
    t.rows.push_back({{m.milestone->id + " " + m.milestone->title}, {m.region_name}, {m.milestone->by ? m.milestone->by->text.str() : ""},
                      {tr(L, "tasks.state." + m.state)}, {m.done_on ? m.done_on->str() : ""}});
  t.width = o.width;
  t.shrink = 0;
  return t;
}

void write_task_view_text(std::ostream& out, const TaskView& v, const ReportOptions& o, bool md) {
  i18n::Lang L = o.lang;
  out << (md ? "## " : "")
      << util::neutralize_controls(tr(L, "tasks.heading", fmt::arg("plan", v.plan_id), fmt::arg("title", v.plan_title),
                                      fmt::arg("date", v.as_of.str())))
      << "\n";
  out << (v.last_period.empty() ? tr(L, "tasks.no-entries") : tr(L, "tasks.last-period", fmt::arg("period", v.last_period))) << "\n\n";
  auto table = [&](const util::TextTable& t) { md ? util::write_markdown_table(out, t) : util::write_text_table(out, t); };
  table(task_table(v, o));
  if (!v.milestones.empty()) {
    out << "\n" << (md ? "### " : "") << tr(L, "tasks.section.milestones") << "\n" << (md ? "\n" : "");
    table(milestone_table(v, o));
  }
  if (!v.last_period.empty()) {
    out << "\n";
    for (size_t i = 0; i < v.regions.size(); ++i)
      out << tr(L, "tasks.reported", fmt::arg("region", v.regions[i].second), fmt::arg("n", v.reported(i)), fmt::arg("total", v.rows.size()),
                fmt::arg("period", v.last_period))
          << "\n";
  }
  out << "\n" << tr(L, "tasks.legend") << "\n";
}

void write_task_view_csv(std::ostream& out, const TaskView& v, const ReportOptions& o) {
  i18n::Lang L = o.lang;
  std::vector<std::string> head;
  for (const char* c : {"action", "task", "title", "region-code", "region", "status", "period", "stale", "note"})
    head.push_back(tr(L, std::string("tasks.csv.") + c));
  util::write_csv_row(out, head);
  for (const auto& r : v.rows)
    for (size_t i = 0; i < r.cells.size(); ++i) {
      const auto& c = r.cells[i];
      util::write_csv_row(out, {r.action_id, r.task_id, r.task_title, v.regions[i].first, v.regions[i].second,
                                c.entry ? c.entry->status : "", c.period, c.stale ? "1" : "0", c.entry ? c.entry->note : ""});
    }
}

void write_task_view_json(std::ostream& out, const TaskView& v) {
  util::JsonWriter w(out);
  w.begin_object().field("plan", v.plan_id).field("as_of", v.as_of.str()).key("last_period");
  if (v.last_period.empty()) w.null();
  else w.value(v.last_period);
  w.key("tasks").begin_array(true);
  for (const auto& r : v.rows)
    for (size_t i = 0; i < r.cells.size(); ++i) {
      const auto& c = r.cells[i];
      w.begin_object().field("action", r.action_id).field("task", r.task_id).field("region", v.regions[i].first).key("status");
      if (c.entry) w.value(c.entry->status);
      else w.null();
      w.key("period");
      if (c.entry) w.value(c.period);
      else w.null();
      w.field("stale", c.stale).end_object();
    }
  w.end_array();
  w.key("milestones").begin_array(true);
  for (const auto& m : v.milestones) {
    w.begin_object().field("milestone", m.milestone->id).field("region", m.region_code).field("state", m.state).key("done_on");
    if (m.done_on) w.value(m.done_on->str());
    else w.null();
    w.end_object();
  }
  w.end_array().end_object();
  out << "\n";
}

}  // namespace

void write_task_view(std::ostream& out, const TaskView& v, const ReportOptions& o) {
  switch (o.format) {
    case Format::markdown: return write_task_view_text(out, v, o, true);
    case Format::csv: return write_task_view_csv(out, v, o);
    case Format::json: return write_task_view_json(out, v);
    default: return write_task_view_text(out, v, o, false);
  }
}

}  // namespace scip::inspection
