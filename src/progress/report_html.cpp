// progress/report_html — the progress report as one self-contained HTML page.
//
// The page a leader is handed (templates/progress.html, filled here):
//   a title block (the plans, the as-of date, the method, 序时进度 in one line);
//   the count of targets per status, with the traffic light, a symbol and the
//   word (never colour alone: the colours are Okabe–Ito's, and a reader with
//   red–green colour blindness still has the symbol and the word);
//   with --by department or region, a stacked bar of statuses per group; else,
//   per group, each target's percent complete against the expected share;
//   the table: the target's name, lead and supporting departments, source
//   clause, value and actual, a bar with a marker at the expected share, the
//   status; under each row, in an expandable detail, a chart of the reported
//   figures over time against the target path (the straight line 序时进度
//   assumes) and the arithmetic of `--explain`, inputs with file and line;
//   the legend of the marks and any refused rows.
// The code computes data and geometry; the template holds all markup, and
// every word comes from the message table.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "progress/report.h"
#include "progress/report_parts.h"
#include "util/date.h"
#include "util/html_page.h"
#include "util/table.h"

namespace scip::progress {

std::string_view embedded_progress_html();  // templates/progress.html, embedded by the build

namespace {

using util::HtmlData;
using util::HtmlList;
using util::svg_number;

const char* light_name(Light l) {
  switch (l) {
    case Light::green: return "green";
    case Light::yellow: return "yellow";
    case Light::red: return "red";
    case Light::grey: return "grey";
  }
  return "grey";
}

// The shape that goes with the colour, for readers who do not see it.
const char* light_symbol(Light l) {
  switch (l) {
    case Light::green: return "✓";
    case Light::yellow: return "▲";
    case Light::red: return "✕";
    case Light::grey: return "○";
  }
  return "○";
}

std::string join(const std::vector<std::string_view>& v, i18n::Lang lang) {
  return fmt::format("{}", fmt::join(v, lang == i18n::Lang::zh ? "、" : ", "));
}

HtmlData status_item(Status s, size_t n, i18n::Lang lang) {
  HtmlData d;
  d.set("code", std::string(status_code(s)));
  d.set("word", status_text(s, lang));
  d.set("symbol", light_symbol(light_of(s)));
  d.set("light", light_name(light_of(s)));
  d.set("n", std::to_string(n));
  return d;
}

HtmlData words(const Table& t, i18n::Lang L) {
  HtmlData w;
  for (const char* key : {"heading", "summary", "chart-stack", "chart-percent", "targets", "legend-done", "legend-expected",
                          "col-target", "col-region", "col-departments", "col-target-value", "col-actual", "col-progress",
                          "col-status", "source", "lead", "support", "inputs", "trajectory", "target-path",
                          "legend-reported", "notes"}) {
    std::string name = key;
    std::replace(name.begin(), name.end(), '-', '_');
    w.set(name, i18n::tr(L, std::string("html.progress.") + key));
  }
  const Options& op = t.options;
  w.set("as_of_line", i18n::tr(L, op.method == Method::growth ? "progress.title.growth" : "progress.title.linear",
                               fmt::arg("as_of", op.as_of.str()), fmt::arg("margin", util::format_number(op.behind_margin))));
  w.set("method_line", i18n::tr(L, "html.progress.expected-explained"));
  w.set("footer", i18n::tr(L, "html.progress.footer", fmt::arg("version", SCIP_VERSION)));
  return w;
}

HtmlList plans_of(const std::vector<const Row*>& rows) {
  HtmlList out;
  std::set<const plan::Plan*> seen;
  for (const Row* r : rows) {
    const plan::Plan& p = *r->plan;
    if (!seen.insert(&p).second) continue;
    HtmlData d;
    d.set("title", p.title);
    d.set("region", p.region.name + " " + p.region.code);
    d.set("period", fmt::format("{}–{}", p.start, p.end));
    util::set_if(d, "issuer", p.issuer);
    out.push_back(d);
  }
  return out;
}

// Stacked statuses per group (--by department, --by region).
HtmlData stack_chart(const Groups& groups, i18n::Lang L) {
  const double label_x = 250, x0 = 258, area = 440, pitch = 24, h = 16;
  size_t most = 1;
  for (const auto& g : groups) most = std::max(most, g.second.size());
  HtmlList bars;
  double y = 8;
  for (const auto& [name, members] : groups) {
    HtmlData b;
    b.set("label", util::truncate_display(name, 34));
    b.set("text_y", svg_number(y + h - 3));
    HtmlList segs;
    double x = x0;
    for (Status s : kAllStatuses) {
      size_t n = count_status(members, s);
      if (!n) continue;
      double w = area * static_cast<double>(n) / static_cast<double>(most);
      HtmlData seg;
      seg.set("x", svg_number(x));
      seg.set("y", svg_number(y));
      seg.set("w", svg_number(w));
      seg.set("h", svg_number(h));
      seg.set("light", light_name(light_of(s)));
      seg.set("title", fmt::format("{}: {} {}", name, n, status_text(s, L)));
      segs.push_back(seg);
      x += w;
    }
    b.set("segs", segs);
    b.set("total", std::to_string(members.size()));
    b.set("total_x", svg_number(x + 6));
    b.set("label_x", svg_number(label_x));
    bars.push_back(b);
    y += pitch;
  }
  HtmlData d;
  d.set("bars", bars);
  d.set("width", svg_number(x0 + area + 40));
  d.set("height", svg_number(y + 4));
  HtmlList legend;
  for (Status s : kAllStatuses) {
    size_t n = 0;
    for (const auto& g : groups) n += count_status(g.second, s);
    if (n) legend.push_back(status_item(s, n, L));
  }
  d.set("stack_legend", legend);
  return d;
}

std::string row_name(const Row& r, const plan::Corpus& c) {
  if (!r.target->name.empty()) return r.target->name.str();
  if (r.indicator >= 0) return c.indicators.at(r.indicator).name;
  return r.target->text.str();
}

// Percent complete against expected, one bar per target that has a percent.
std::optional<HtmlData> percent_chart(const std::vector<const Row*>& rows, const plan::Corpus& c) {
  const double label_x = 290, x0 = 298, per_percent = 3.4, cap = 120, pitch = 22, h = 14, top = 22;
  HtmlList bars;
  double y = top;
  for (const Row* r : rows) {
    if (!r->percent) continue;
    HtmlData b;
    b.set("label", util::truncate_display(row_name(*r, c), 30) + " · " + region_label(c, r->region));
    b.set("label_x", svg_number(label_x));
    b.set("text_y", svg_number(y + h - 2));
    b.set("y", svg_number(y));
    b.set("h", svg_number(h));
    double w = std::clamp(*r->percent, 0.0, cap) * per_percent;
    b.set("w", svg_number(w));
    b.set("light", light_name(light_of(r->status)));
    b.set("title", fmt::format("{} {}", pct(r->percent), r->expected ? "/ " + pct(r->expected) : ""));
    double ex = x0 + std::clamp(r->expected.value_or(0), 0.0, cap) * per_percent;
    b.set("ex", svg_number(ex));
    b.set("y_top", svg_number(y - 3));
    b.set("y_bottom", svg_number(y + h + 3));
    b.set("value", pct(r->percent));
    b.set("value_x", svg_number(x0 + std::max(w, ex - x0) + 6));
    bars.push_back(b);
    y += pitch;
  }
  if (bars.empty()) return std::nullopt;
  HtmlData d;
  d.set("bars", bars);
  d.set("x0", svg_number(x0));
  d.set("x100", svg_number(x0 + 100 * per_percent));
  d.set("tick_y", svg_number(12));
  d.set("axis_h", svg_number(y));
  d.set("width", svg_number(x0 + cap * per_percent + 60));
  d.set("height", svg_number(y + 4));
  return d;
}

// The reported figures over time against the target path. A point is drawn
// only where the arithmetic is the table's: a sum's running total, or each
// reported level of a latest/max indicator; when the last point would not be
// the row's actual (a cumulative 累计 figure, a roll-up of levels), only the
// actual itself is drawn, at the as-of date.
// A rate whose baseline is assumed (0) has no path: the table gives it no
// percent for the same reason.
std::optional<HtmlData> trajectory(const Row& r, const Table& t, const plan::Corpus& c, i18n::Lang L) {
  if (!r.target_value || !r.baseline || milestone(r)) return std::nullopt;
  if (r.baseline_assumed && plan::is_rate(c.indicators.at(r.indicator))) return std::nullopt;
  const double left = 10, right = 350, top = 14, bottom = 96;
  long t0 = util::days_since_epoch(r.window_from) - 1, t1 = util::days_since_epoch(r.deadline);
  long as_of = util::days_since_epoch(t.options.as_of);
  if (t1 <= t0) return std::nullopt;
  struct Point {
    long day;
    double value;
    std::string title;
  };
  std::vector<Point> pts;
  bool sum = r.accumulate == "sum";
  std::vector<Input> shown;
  for (const Input& in : r.inputs)
    if (in.use == Use::used || (!sum && !r.rolled_up && (in.use == Use::superseded || in.use == Use::not_largest)))
      shown.push_back(in);
  std::stable_sort(shown.begin(), shown.end(), [](const Input& a, const Input& b) { return a.period().last < b.period().last; });
  bool cumulative = std::any_of(shown.begin(), shown.end(), [](const Input& in) { return in.cumulative(); });
  if (sum) pts.push_back({t0, *r.baseline, ""});
  double running = *r.baseline;
  for (const Input& in : shown) {
    running = sum ? running + in.value() : in.value();
    pts.push_back({util::days_since_epoch(in.period().last), running, fmt::format("{}: {}", in.period().str(), util::format_number(in.value()))});
  }
  bool exact = r.actual && !pts.empty() && !cumulative && !(r.rolled_up && !sum) &&
               std::abs(pts.back().value - *r.actual) <= 1e-9 * std::max(1.0, std::abs(*r.actual));
  if (r.accumulate == "max" && exact) exact = std::abs(std::max_element(pts.begin(), pts.end(), [](auto& a, auto& b) { return a.value < b.value; })->value - *r.actual) < 1e-9;
  if (!exact) {
    pts.clear();
    if (r.actual) pts.push_back({std::min(as_of, t1), *r.actual, util::format_number(*r.actual)});
  }
  double lo = std::min({0.0, *r.baseline, *r.target_value}), hi = std::max(*r.baseline, *r.target_value);
  for (const auto& p : pts) lo = std::min(lo, p.value), hi = std::max(hi, p.value);
  hi += (hi - lo) * 0.08;
  if (hi <= lo) hi = lo + 1;
  auto x = [&](long day) { return left + (right - left) * static_cast<double>(std::clamp(day, t0, t1) - t0) / static_cast<double>(t1 - t0); };
  auto y = [&](double v) { return bottom - (bottom - top) * (v - lo) / (hi - lo); };
  HtmlData d;
  d.set("width", svg_number(right + 10));
  d.set("height", svg_number(116));
  d.set("left", svg_number(left));
  d.set("right", svg_number(right));
  d.set("top", svg_number(top));
  d.set("bottom", svg_number(bottom));
  d.set("label_y", svg_number(110));
  d.set("px1", svg_number(x(t0)));
  d.set("py1", svg_number(y(*r.baseline)));
  d.set("px2", svg_number(x(t1)));
  d.set("py2", svg_number(y(*r.target_value)));
  d.set("target_y", svg_number(std::max(top, y(*r.target_value) - 4)));
  d.set("asof_x", svg_number(x(as_of)));
  d.set("from", r.window_from.str());
  d.set("to", r.deadline.str());
  d.set("target", i18n::tr(L, "html.progress.target-label", fmt::arg("value", target_text(r, L)), fmt::arg("unit", r.unit)));
  std::string points;
  HtmlList dots;
  for (const auto& p : pts) {
    points += (points.empty() ? "" : " ") + svg_number(x(p.day)) + "," + svg_number(y(p.value));
    if (p.title.empty()) continue;
    HtmlData dot;
    dot.set("x", svg_number(x(p.day)));
    dot.set("y", svg_number(y(p.value)));
    dot.set("title", p.title);
    dots.push_back(dot);
  }
  if (pts.size() > 1) {
    d.set("has_line", true);
    d.set("points", points);
  }
  d.set("dots", dots);
  return d;
}

std::string source_of(const Row& r) {
  if (!r.target->source.empty()) return r.target->source.str();
  if (r.task && !r.task->source.empty()) return r.task->source.str();
  return r.action ? r.action->source.str() : "";
}

HtmlData table_row(const Row& r, const Table& t, const plan::Corpus& c, const submission::FigureSet& subs,
                   const TablePrintOptions& o) {
  i18n::Lang L = o.lang;
  HtmlData d;
  d.set("key", r.key(c));
  d.set("code", std::string(status_code(r.status)));
  d.set("name", row_name(r, c));
  d.set("id", r.target->id);
  util::set_if(d, "source", source_of(r));
  d.set("region", region_label(c, r.region));
  util::set_if(d, "leads", join(r.leads(), L));
  std::vector<std::string_view> names = r.supports();
  std::string supports = r.action && r.action->support_all && names.empty() ? i18n::tr(L, "kind.support-all") : join(names, L);
  util::set_if(d, "supports", supports);
  d.set("target", target_text(r, L));
  d.set("unit", std::string(r.unit));
  d.set("deadline", deadline_text(r));
  d.set("actual", actual_text(r, L));
  d.set("percent", pct(r.percent));
  if (r.expected) d.set("expected_text", pct(r.expected));
  if (r.percent) {
    HtmlData bar;
    bar.set("done", svg_number(std::clamp(*r.percent, 0.0, 100.0)));
    bar.set("expected", svg_number(std::clamp(r.expected.value_or(0), 0.0, 100.0)));
    bar.set("title", fmt::format("{} / {}", pct(r.percent), pct(r.expected)));
    d.set("bar", bar);
  }
  d.set("status", status_text(r.status, L));
  d.set("light", light_name(light_of(r.status)));
  d.set("symbol", light_symbol(light_of(r.status)));
  if (!r.reason.empty()) d.set("reason", i18n::tr(L, r.reason));
  if (r.indicator >= 0) {
    HtmlData detail;
    std::ostringstream explain;
    write_explain(explain, {&r}, t, c, subs, o);
    detail.set("explain", explain.str());
    detail.set("n_inputs", std::to_string(r.inputs.size() + r.below.size()));
    if (auto traj = trajectory(r, t, c, L)) detail.set("traj", *traj);
    d.set("detail", detail);
  }
  return d;
}

}  // namespace

void write_html(std::ostream& out, const Table& t, const std::vector<const Row*>& rows, const plan::Corpus& c,
                const submission::FigureSet& subs, const TablePrintOptions& o) {
  i18n::Lang L = o.lang;
  HtmlData page = util::page_data(i18n::html_lang(L), i18n::tr(L, "html.progress.page-title", fmt::arg("as_of", t.options.as_of.str())));
  page.set("w", words(t, L));
  page.set("plans", plans_of(rows));
  page.set("count_line", rows.empty() ? i18n::tr(L, t.rows.empty() ? "progress.empty" : "progress.empty-filtered")
                                      : counts_text(rows, L));
  HtmlList summary;
  for (Status s : kAllStatuses)
    if (size_t n = count_status(rows, s)) summary.push_back(status_item(s, n, L));
  page.set("summary", summary);
  if (subs.rejected.rows) page.set("rejected", rejected_note(subs, L));

  Groups groups;
  if (o.by == GroupBy::target) {
    for (const Row* r : rows) {
      std::string name = plan_heading(*r->plan);
      if (groups.empty() || groups.back().first != name) groups.push_back({name, {}});
      groups.back().second.push_back(r);
    }
  } else {
    groups = group(rows, o, c);
  }
  bool stacked = o.by == GroupBy::department || o.by == GroupBy::region;
  if (stacked && !groups.empty()) page.set("stack", stack_chart(groups, L));
  HtmlList group_list;
  for (const auto& [name, members] : groups) {
    HtmlData g;
    g.set("name", name);
    g.set("counts", counts_text(members, L));
    if (!stacked)
      if (auto chart = percent_chart(members, c)) g.set("chart", *chart);
    HtmlList list;
    for (const Row* r : members) list.push_back(table_row(*r, t, c, subs, o));
    g.set("rows", list);
    group_list.push_back(g);
  }
  page.set("groups", group_list);
  HtmlList notes;
  for (const auto& line : legend_lines(rows, L)) notes.push_back(HtmlData(line));
  if (!notes.empty()) page.set("has_notes", true);
  page.set("notes", notes);
  util::render_html(out, embedded_progress_html(), std::move(page));
}

}  // namespace scip::progress
