// inspection/score_report — see score_report.h.
#include "inspection/score_report.h"

#include <fmt/format.h>

#include "util/json_writer.h"
#include "util/table.h"
#include "util/text.h"

namespace scip::inspection {

namespace {

using i18n::tr;


util::TextTable rank_table(const Scorecard& c, const ReportOptions& o) {
  i18n::Lang L = o.lang;
  util::TextTable t;
  t.header = {tr(L, "score.col.rank"), tr(L, "score.col.region"), tr(L, "score.col.total", fmt::arg("max", score_number(c.max_points)))};
  t.right = {true, false, true};
  if (!c.regions.empty())
    for (const auto& s : c.regions.front().items) {
      t.header.push_back(fmt::format("{} ({})", s.item->id, score_number(s.item->points.value_or(0))));
      t.right.push_back(true);
    }
  t.header.push_back(tr(L, "score.col.unscored"));
  t.right.push_back(true);
  for (const auto& r : c.regions) {
    std::vector<util::Cell> row{{std::to_string(r.rank)}, {r.name}, {score_number(r.total)}};
    for (const auto& s : r.items) row.push_back({score_cell(s)});
    row.push_back({r.unscored ? std::to_string(r.unscored) : ""});
    t.rows.push_back(std::move(row));
  }
  t.width = o.width;
  t.shrink = 1;
  t.shrink_min = 8;
  return t;
}

void write_scorecard_text(std::ostream& out, const Scorecard& c, const ReportOptions& o, bool md) {
  i18n::Lang L = o.lang;
  out << (md ? "## " : "")
      << util::neutralize_controls(tr(L, "score.heading", fmt::arg("title", c.rubric_title), fmt::arg("plan", c.plan_id),
                                      fmt::arg("date", c.as_of.str())))
      << "\n\n";
  auto t = rank_table(c, o);
  md ? util::write_markdown_table(out, t) : util::write_text_table(out, t);
  out << "\n";
  if (!c.regions.empty()) {
    for (const auto& s : c.regions.front().items)
      out << (md ? "- " : "  ") << s.item->id << ": " << util::neutralize_controls(s.item->name)
          << (s.item->evidence.empty() ? "" : " — " + util::neutralize_controls(s.item->evidence)) << "\n";
    out << "\n";
  }
  out << tr(L, "score.legend") << "\n";
  for (const auto& u : c.unused_scores) out << tr(L, "score.unused", fmt::arg("what", util::neutralize_controls(u))) << "\n";
}

void write_scorecard_csv(std::ostream& out, const Scorecard& c, const ReportOptions& o) {
  i18n::Lang L = o.lang;
  util::write_csv_row(out, {tr(L, "score.col.rank"), tr(L, "score.csv.region-code"), tr(L, "score.col.region"), tr(L, "score.csv.item"),
                            tr(L, "score.csv.points"), tr(L, "score.csv.score"), tr(L, "score.csv.self"), tr(L, "score.csv.how")});
  for (const auto& r : c.regions)
    for (const auto& s : r.items)
      util::write_csv_row(out, {std::to_string(r.rank), r.code, r.name, s.item->id, score_number(s.item->points.value_or(0)),
                                s.score ? score_number(*s.score) : "", s.self_assessed ? "1" : "0", s.how});
}

void write_scorecard_json(std::ostream& out, const Scorecard& c) {
  util::JsonWriter w(out);
  w.begin_object().field("rubric", c.rubric_id).field("plan", c.plan_id).field("as_of", c.as_of.str());
  w.key("max_points").number(score_number(c.max_points));
  w.key("regions").begin_array(true);
  for (const auto& r : c.regions) {
    w.begin_object().field("rank", r.rank).field("region", r.code).field("name", r.name);
    w.key("total").number(fmt::format("{:.6g}", r.total));
    w.field("unscored", r.unscored).key("items").begin_array();
    for (const auto& s : r.items) {
      w.begin_object().field("item", s.item->id).key("score");
      if (s.score) w.number(fmt::format("{:.6g}", *s.score));
      else w.null();
      w.field("self_assessed", s.self_assessed).field("how", s.how).end_object();
    }
    w.end_array().end_object();
  }
  w.end_array().end_object();
  out << "\n";
}

}  // namespace

std::string score_cell(const ItemScore& s) {
  if (!s.score) return "—";
  return score_number(*s.score) + (s.self_assessed ? "*" : "");
}

void write_scorecard(std::ostream& out, const Scorecard& c, const ReportOptions& o) {
  switch (o.format) {
    case Format::markdown: return write_scorecard_text(out, c, o, true);
    case Format::csv: return write_scorecard_csv(out, c, o);
    case Format::json: return write_scorecard_json(out, c);
    case Format::html: return write_scorecard_html(out, c, o);
    case Format::xlsx: return write_scorecard_xlsx(out, c, o);
    default: return write_scorecard_text(out, c, o, false);
  }
}

bool write_score_explanation(std::ostream& out, const Scorecard& c, const std::string& region, i18n::Lang L) {
  for (const auto& r : c.regions) {
    if (r.code != region && r.name != region) continue;
    out << tr(L, "score.explain.heading", fmt::arg("region", r.name), fmt::arg("code", r.code), fmt::arg("rank", r.rank),
              fmt::arg("title", c.rubric_title), fmt::arg("date", c.as_of.str()))
        << "\n";
    for (const auto& s : r.items)
      out << fmt::format("  {} {} ({}): {}\n      {}\n", s.item->id, util::neutralize_controls(s.item->name), score_number(s.item->points.value_or(0)),
                         score_cell(s), util::neutralize_controls(s.how));
    out << tr(L, "score.explain.total", fmt::arg("total", score_number(r.total)), fmt::arg("max", score_number(c.max_points)),
              fmt::arg("unscored", r.unscored))
        << "\n";
    return true;
  }
  return false;
}

}  // namespace scip::inspection
