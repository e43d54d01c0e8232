// progress/report — see report.h.
#include "progress/report.h"

#include "progress/report_parts.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "util/json_writer.h"
#include "util/table.h"
#include "util/text.h"

namespace scip::progress {

namespace {

const char* kGreen = "\x1b[32m";
const char* kYellow = "\x1b[33m";
const char* kRed = "\x1b[31m";
const char* kGrey = "\x1b[90m";

const char* status_color(Status s) {
  switch (light_of(s)) {
    case Light::green: return kGreen;
    case Light::yellow: return kYellow;
    case Light::red: return kRed;
    case Light::grey: return kGrey;
  }
  return kGrey;
}

// Plain numbers for CSV and JSON: no grouping, up to 6 decimals.
std::string raw(double v) {
  std::string s = fmt::format("{:.6f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}
std::string raw(util::OptionalDouble v) { return v ? raw(*v) : ""; }

}  // namespace

std::string pct(util::OptionalDouble v) { return v ? util::format_number(*v, 1, true) + "%" : "—"; }

std::string deadline_text(const Row& r) {
  return r.target->by && r.target->by->valid ? r.target->by->text.str() : std::to_string(r.deadline.year);
}

bool milestone(const Row& r) { return r.indicator >= 0 && !r.target_value; }

std::string target_text(const Row& r, i18n::Lang lang) {
  if (milestone(r)) return i18n::tr(lang, "progress.milestone");
  if (!r.target_value) return "—";
  std::string op = r.target->op == ">=" || r.target->op == "==" ? "" : r.target->op + " ";
  return op + util::format_number(*r.target_value);
}

bool lists_inputs(Format f) { return f == Format::json || f == Format::xlsx || f == Format::html; }

std::string actual_text(const Row& r, i18n::Lang lang) {
  std::string refused = r.refused_rows ? " ⚠" : "";
  if (!r.actual && milestone(r) && !r.any_inputs && !r.any_below) return i18n::tr(lang, "progress.not-reported") + refused;
  if (!r.actual) return (r.rollup_refused ? "— †" : "—") + refused;
  std::string s = milestone(r) ? i18n::tr(lang, *r.actual >= 1 ? "progress.yes" : "progress.no") : util::format_number(*r.actual);
  if (r.approximate) s = "≈" + s;
  if (r.rolled_up) s += " Σ";
  if (r.any_below) s += " ‡";
  return s + refused;
}

util::OptionalDouble growth_ratio(const Row& r) {
  if (!r.growth_observed || !r.growth_required) return std::nullopt;
  return 100.0 * *r.growth_observed / *r.growth_required;
}

std::string region_label(const plan::Corpus& c, int region) { return region >= 0 ? c.regions.at(region).name : "—"; }

std::vector<std::string> groups_of(const Row& r, GroupBy by, const plan::Corpus& c, i18n::Lang lang) {
  switch (by) {
    case GroupBy::action:
      return {r.action ? r.action->title.str() : i18n::tr(lang, "progress.group.goals")};
    case GroupBy::department:
      if (auto leads = r.leads(); !leads.empty()) return {leads.begin(), leads.end()};
      if (r.action) return {i18n::tr(lang, "progress.group.no-lead")};
      // A goal of the whole plan: its coordinating office's (the issuer, or
      // the region's 纲要办).
      if (!r.plan->issuer.empty()) return {r.plan->issuer};
      return {i18n::tr(lang, "progress.group.office", fmt::arg("region", r.plan->region.name))};
    case GroupBy::region: {
      const plan::Region& reg = c.regions.at(r.region);
      return {reg.name + " " + reg.code};
    }
    default: return {""};
  }
}

size_t count_status(const std::vector<const Row*>& rows, Status s) {
  return static_cast<size_t>(std::count_if(rows.begin(), rows.end(), [&](const Row* r) { return r->status == s; }));
}

std::string counts_text(const std::vector<const Row*>& rows, i18n::Lang lang) {
  std::vector<std::string> parts;
  for (Status s : kAllStatuses) {
    size_t n = count_status(rows, s);
    if (n) parts.push_back(fmt::format("{} {}", n, status_text(s, lang)));
  }
  return i18n::tr(lang, rows.size() == 1 ? "progress.count.one" : "progress.count", fmt::arg("n", rows.size()),
            fmt::arg("statuses", fmt::join(parts, lang == i18n::Lang::zh ? "，" : ", ")));
}

Groups group(const std::vector<const Row*>& rows, const TablePrintOptions& o, const plan::Corpus& c) {
  Groups g;
  for (const Row* r : rows)
    for (const auto& name : groups_of(*r, o.by, c, o.lang)) {
      auto it = std::find_if(g.begin(), g.end(), [&](const auto& x) { return x.first == name; });
      if (it == g.end()) {
        g.push_back({name, {}});
        it = g.end() - 1;
      }
      it->second.push_back(r);
    }
  return g;
}

std::string plan_heading(const plan::Plan& p) {
  return fmt::format("{}  {} · {} {} · {}–{}", p.id, p.title, p.region.name, p.region.code, p.start, p.end);
}

std::string target_label(const Row& r, bool several_plans) {
  return several_plans ? r.plan->id + "/" + r.target->id : r.target->id;
}

std::vector<std::string> rejected_places(const submission::FigureSet& subs) {
  std::vector<std::string> at;
  for (const auto& [file, line] : subs.rejected.first)
    at.push_back(subs.where(file, line));
  return at;
}

std::string rejected_note(const submission::FigureSet& subs, i18n::Lang lang) {
  const auto& r = subs.rejected;
  std::string more = r.rows > r.first.size() ? ", …" : "";
  return i18n::tr(lang, "progress.rejected", fmt::arg("n", r.rows),
                  fmt::arg("where", fmt::format("{}{}", fmt::join(rejected_places(subs), ", "), more)));
}

std::vector<std::string> legend_lines(const std::vector<const Row*>& rows, i18n::Lang lang) {
  auto any = [&](auto pred) { return std::any_of(rows.begin(), rows.end(), pred); };
  std::vector<std::string> out;
  auto add = [&](bool on, const char* id, const char* mark = "") {
    if (on) out.push_back(mark + i18n::tr(lang, id));
  };
  add(any([](const Row* r) { return r->baseline_assumed; }), "progress.legend.baseline-assumed");
  add(any([](const Row* r) { return r->approximate; }), "progress.legend.approximate");
  add(any([](const Row* r) { return r->rolled_up > 0; }), "progress.legend.rolled-up");
  add(any([](const Row* r) { return r->rollup_refused; }), "progress.legend.no-rollup");
  add(any([](const Row* r) { return r->any_below; }), "progress.legend.shadowed");
  add(any([](const Row* r) { return r->refused_rows > 0; }), "progress.legend.refused");
  add(any([](const Row* r) { return r->growth_fallback; }), "progress.legend.growth-fallback", "↺ ");
  add(any([](const Row* r) { return r->contribution; }), "progress.legend.contribution");
  return out;
}

namespace {

// Column `col` out of the table (Markdown has no bar column).
void drop_column(util::TextTable& tt, size_t col) {
  tt.header.erase(tt.header.begin() + static_cast<long>(col));
  tt.right.erase(tt.right.begin() + static_cast<long>(col));
  for (auto& row : tt.rows) row.erase(row.begin() + static_cast<long>(col));
}

// Column `col` moved to the front; the fitting's column numbers follow it.
void move_first(util::TextTable& tt, size_t col) {
  auto front = [col](auto& v) { std::rotate(v.begin(), v.begin() + static_cast<long>(col), v.begin() + static_cast<long>(col) + 1); };
  front(tt.header);
  front(tt.right);
  for (auto& row : tt.rows) front(row);
  auto moved = [col](size_t c) { return c == col ? 0 : c < col ? c + 1 : c; };
  if (tt.shrink >= 0) tt.shrink = static_cast<int>(moved(static_cast<size_t>(tt.shrink)));
  for (auto& c : tt.drop_order) c = moved(c);
}

void write_table(std::ostream& out, const Table& t, const std::vector<const Row*>& rows, const plan::Corpus& c,
                 const submission::FigureSet& subs, const TablePrintOptions& o) {
  i18n::Lang L = o.lang;
  bool md = o.format == Format::markdown;
  bool growth = t.options.method == Method::growth;
  std::string title = i18n::tr(L, growth ? "progress.title.growth" : "progress.title.linear",
                         fmt::arg("as_of", t.options.as_of.str()),
                         fmt::arg("margin", util::format_number(t.options.behind_margin)));
  int width = md ? 0 : o.width;
  auto say = [&](const std::string& line) { out << util::wrap_lines(line, width) << "\n"; };
  out << (md ? "**" + title + "**\n" : util::wrap_lines(title, width) + "\n");
  if (rows.empty()) {
    out << "\n" << i18n::tr(L, t.rows.empty() ? "progress.empty" : "progress.empty-filtered") << "\n";
    if (subs.rejected.rows) out << "\n" << rejected_note(subs, L) << "\n";
    return;
  }
  std::set<const plan::Plan*> plans;
  for (const Row* r : rows) plans.insert(r->plan);
  bool several = plans.size() > 1;

  util::TextTable tt;
  // The columns in one order; Chinese puts the name first (tt.shrink and
  // drop_order name columns in this order, table_order() reorders).
  enum Col { kId, kRegion, kName, kUnit, kBaseline, kTarget, kDeadline, kActual, kPercent, kBar, kExpected, kStatus, kCols };
  bool zh = L == i18n::Lang::zh;
  for (const char* h : {"target", "region", "indicator", "unit", "baseline", "target-value", "deadline", "actual", "percent", "",
                        growth ? "growth" : "expected", "status"})
    tt.header.push_back(*h ? i18n::tr(L, std::string("progress.col.") + h) : "");
  tt.right = {false, false, false, false, true, true, false, true, true, false, true, false};
  if (!md) {
    tt.width = o.width;
    tt.shrink = kName;
    // By region, the region is in every heading already.
    if (o.by == GroupBy::region) tt.drop_order.push_back(kRegion);
    // Chinese: the name leads and the id goes early; English: the id leads.
    auto order = zh ? std::vector<size_t>{kBar, kId, kBaseline, kDeadline, kUnit, kExpected, kRegion}
                    : std::vector<size_t>{kBar, kBaseline, kDeadline, kName, kUnit, kExpected, kRegion};
    tt.drop_order.insert(tt.drop_order.end(), order.begin(), order.end());
  }
  auto add_row = [&](const Row& r) {
    std::vector<util::Cell> cells(kCols);
    cells[kId] = {util::neutralize_controls(o.by == GroupBy::target ? r.target->id : target_label(r, several)), ""};
    cells[kRegion] = {util::neutralize_controls(region_label(c, r.region)), ""};
    std::string ind = r.indicator >= 0 ? c.indicators.at(r.indicator).name
                      : (!r.target->name.empty() ? r.target->name : r.target->text).str();
    cells[kName] = {util::neutralize_controls(ind), ""};
    cells[kUnit] = {util::neutralize_controls(r.unit), ""};
    cells[kBaseline] = {r.baseline ? util::format_number(*r.baseline) + (r.baseline_assumed ? "*" : "") : "—", ""};
    cells[kTarget] = {target_text(r, L) + (r.contribution ? " ⊂" : ""), ""};
    cells[kDeadline] = {deadline_text(r), ""};
    cells[kActual] = {actual_text(r, L), ""};
    cells[kPercent] = {pct(r.percent), ""};
    if (!md && r.percent) cells[kBar] = {util::percent_bar(*r.percent, 8), ""};
    cells[kExpected] = {pct(growth ? growth_ratio(r) : r.expected) + (growth && r.growth_fallback ? " ↺" : ""), ""};
    cells[kStatus] = {status_text(r.status, L), o.color ? status_color(r.status) : ""};
    tt.rows.push_back(std::move(cells));
  };

  auto heading = [&](const std::string& text) { return md ? "### " + util::neutralize_controls(text) : "▸ " + util::neutralize_controls(text); };
  if (o.by == GroupBy::target) {
    const plan::Plan* last = nullptr;
    for (const Row* r : rows) {
      if (r->plan != last) {
        std::vector<const Row*> of_plan;
        for (const Row* x : rows)
          if (x->plan == r->plan) of_plan.push_back(x);
        tt.headings.push_back({tt.rows.size(), heading(plan_heading(*r->plan)) + (md ? "\n\n" : "\n  ") + counts_text(of_plan, L)});
        last = r->plan;
      }
      add_row(*r);
    }
  } else {
    for (const auto& [name, members] : group(rows, o, c)) {
      tt.headings.push_back({tt.rows.size(), heading(name) + (md ? "\n\n" : " — ") + counts_text(members, L)});
      for (const Row* r : members) add_row(*r);
    }
  }
  if (md) drop_column(tt, kBar);
  if (zh) move_first(tt, kName);
  if (md) {
    util::write_markdown_table(out, tt);
  } else {
    out << "\n";
    util::write_text_table(out, tt);
  }
  out << "\n";
  for (const auto& line : legend_lines(rows, L)) say(line);
  out << (md ? "\n" : "");
  say(counts_text(rows, L));
  if (subs.rejected.rows) say(md ? "\n**" + rejected_note(subs, L) + "**" : rejected_note(subs, L));
}

void write_csv(std::ostream& out, const std::vector<const Row*>& rows, const plan::Corpus& c,
               const submission::FigureSet& subs, const TablePrintOptions& o) {
  i18n::Lang L = o.lang;
  // A UTF-8 byte order mark: without it Excel on Chinese Windows reads the
  // file as GBK and shows the Chinese as garbage.
  out << "\xEF\xBB\xBF";
  std::vector<std::string> head;
  if (o.by != GroupBy::target) head.push_back(i18n::tr(L, "progress.col.group"));
  for (const char* h : {"plan", "target", "region-code", "region", "indicator-id", "indicator", "unit", "baseline",
                        "baseline-assumed", "op", "target-value", "deadline", "actual", "approximate", "rolled-up", "refused-rows", "percent", "expected",
                        "growth", "status", "status-code"})
    head.push_back(i18n::tr(L, std::string("progress.col.") + h));
  util::write_csv_row(out, head);
  std::vector<std::string> status_texts(std::size(kAllStatuses));  // by Status: looked up once, not once per row
  for (Status s : kAllStatuses) status_texts.at(static_cast<size_t>(s)) = status_text(s, L);
  auto row_cells = [&](const Row& r) {
    std::vector<std::string> v;
    v.reserve(head.size() + 1);
    v.push_back(r.plan->id);
    v.push_back(r.target->id);
    v.push_back(r.region >= 0 ? c.regions.at(r.region).code : "");
    v.push_back(region_label(c, r.region));
    v.push_back(r.indicator >= 0 ? c.indicators.at(r.indicator).id : "");
    v.push_back(r.indicator >= 0 ? c.indicators.at(r.indicator).name : r.target->name.str());
    v.emplace_back(r.unit);
    v.push_back(raw(r.baseline));
    v.push_back(r.baseline_assumed ? "1" : "0");
    v.push_back(r.target->op.str());
    v.push_back(raw(r.target_value));
    v.push_back(r.deadline.str());
    v.push_back(raw(r.actual));
    v.push_back(r.approximate ? "1" : "0");
    v.push_back(std::to_string(r.rolled_up));
    v.push_back(std::to_string(r.refused_rows));
    v.push_back(r.percent ? fmt::format("{:.1f}", *r.percent) : "");
    v.push_back(r.expected ? fmt::format("{:.1f}", *r.expected) : "");
    auto g = growth_ratio(r);
    v.push_back(g ? fmt::format("{:.1f}", *g) : "");
    v.push_back(status_texts.at(static_cast<size_t>(r.status)));
    v.push_back(std::string(status_code(r.status)));
    return v;
  };
  if (o.by == GroupBy::target) {
    for (const Row* r : rows) util::write_csv_row(out, row_cells(*r));
  } else {
    for (const auto& [name, members] : group(rows, o, c))
      for (const Row* r : members) {
        auto v = row_cells(*r);
        v.insert(v.begin(), name);
        util::write_csv_row(out, v);
      }
  }
  // A last row of one cell, where a person reading the sheet sees it.
  if (subs.rejected.rows) util::write_csv_row(out, {rejected_note(subs, L)});
}

void number(util::JsonWriter& w, std::string_view key, util::OptionalDouble v) {
  w.key(key);
  if (v) w.number(raw(*v));
  else w.null();
}

void write_json_row(util::JsonWriter& w, const Row& r, const plan::Corpus& c, const submission::FigureSet& subs,
                    const TablePrintOptions& o) {
  const plan::Region* reg = r.region >= 0 ? &c.regions.at(r.region) : nullptr;
  w.begin_object().field("key", r.key(c)).field("plan", r.plan->id).field("target", r.target->id);
  w.field("name", r.target->name).key("region").begin_object();
  w.field("code", reg ? reg->code : "").field("name", reg ? reg->name : "").end_object();
  w.key("action");
  if (r.action) w.value(r.action->id);
  else w.null();
  w.key("leads").begin_array();
  for (const auto& l : r.leads()) w.value(l);
  w.end_array().key("indicator");
  if (r.indicator >= 0) {
    const plan::Indicator& ind = c.indicators.at(r.indicator);
    w.begin_object().field("id", ind.id).field("name", ind.name).field("unit", ind.unit);
    w.field("accumulate", r.accumulate).end_object();
  } else {
    w.null();
  }
  w.field("op", r.target->op);
  number(w, "target_value", r.target_value);
  number(w, "target_unit_scale", r.scale);
  number(w, "baseline", r.baseline);
  w.field("baseline_assumed", r.baseline_assumed).key("window").begin_object();
  w.field("from", r.window_from.str()).field("deadline", r.deadline.str()).end_object();
  number(w, "actual", r.actual);
  w.field("approximate", r.approximate).field("rolled_up_regions", r.rolled_up);
  w.field("rollup_refused", r.rollup_refused).field("contribution", r.contribution);
  number(w, "allocation", r.allocation);
  number(w, "percent", r.percent);
  number(w, "expected", r.expected);
  w.field("elapsed_days", static_cast<long long>(r.elapsed_days)).field("total_days", static_cast<long long>(r.total_days));
  number(w, "growth_observed", r.growth_observed);
  number(w, "growth_required", r.growth_required);
  w.field("growth_fallback", r.growth_fallback).field("status", status_code(r.status));
  w.field("status_text", status_text(r.status, o.lang)).key("reason");
  if (r.reason.empty()) w.null();
  else w.value(i18n::tr(o.lang, r.reason));
  w.field("shadowed_reports", r.below.size()).field("refused_rows", static_cast<size_t>(r.refused_rows));
  w.key("refused").begin_array();
  for (uint32_t i : r.refused) {
    const submission::RefusedFigure& f = subs.rejected.figures[i];
    w.begin_object().field("file", subs.files[f.file]).field("line", static_cast<size_t>(f.line));
    if (f.file < subs.sheets.size() && !subs.sheets[f.file].empty()) w.field("sheet", subs.sheets[f.file]);
    w.field("region", c.regions.at(f.region()).code).key("period");
    if (f.has_period()) w.value(f.period().str());
    else w.null();
    w.end_object();
  }
  w.end_array();
  w.key("inputs").begin_array();
  std::vector<Input> all = r.inputs;
  for (uint32_t i : r.below) all.push_back(input_of(subs, i, Use::shadowed));
  for (const Input& in : all) {
    w.begin_object().field("file", subs.files[in.file()]).field("line", static_cast<size_t>(in.line()));
    if (in.file() < subs.sheets.size() && !subs.sheets[in.file()].empty()) w.field("sheet", subs.sheets[in.file()]);
    w.field("region", c.regions.at(in.region()).code).field("period", in.period().str());
    number(w, "value", in.value());
    w.field("approximate", in.approximate()).field("cumulative", in.cumulative()).field("use", use_code(in.use)).end_object();
  }
  w.end_array().end_object();
}

void write_json(std::ostream& out, const Table& t, const std::vector<const Row*>& rows, const plan::Corpus& c,
                const submission::FigureSet& subs, const TablePrintOptions& o) {
  const Options& op = t.options;
  util::JsonWriter w(out);
  w.begin_object().field("as_of", op.as_of.str()).field("method", op.method == Method::growth ? "growth" : "linear");
  number(w, "behind_margin", op.behind_margin);
  w.key("rows").begin_array(true);
  for (const Row* r : rows) write_json_row(w, *r, c, subs, o);
  w.end_array().key("counts").begin_object();
  for (Status s : kAllStatuses) {
    auto n = static_cast<long long>(count_status(rows, s));
    if (n) w.field(status_code(s), static_cast<long long>(n));
  }
  w.end_object();
  if (o.by != GroupBy::target) {
    w.key("groups").begin_array(true);
    for (const auto& [name, members] : group(rows, o, c)) {
      w.begin_object().field("group", name).key("keys").begin_array();
      for (const Row* m : members) w.value(m->key(c));
      w.end_array().end_object();
    }
    w.end_array();
  }
  w.key("rejected_rows").begin_object().field("count", subs.rejected.rows).key("first").begin_array();
  for (const auto& place : rejected_places(subs)) w.value(place);
  w.end_array().end_object();
  w.end_object();
  out << "\n";
}

}  // namespace

Light light_of(Status s) {
  switch (s) {
    case Status::achieved:
    case Status::on_track:
    case Status::done: return Light::green;
    case Status::behind: return Light::yellow;
    case Status::off_track:
    case Status::overdue:
    case Status::deteriorating: return Light::red;
    default: return Light::grey;
  }
}

std::string status_text(Status s, i18n::Lang lang) { return i18n::tr(lang, std::string("progress.status.") + std::string(status_code(s))); }

std::optional<Status> status_from_word(std::string_view word) {
  if (auto s = parse_status(word)) return s;
  for (Status s : kAllStatuses)
    for (i18n::Lang lang : {i18n::Lang::en, i18n::Lang::zh})
      if (status_text(s, lang) == word) return s;
  return std::nullopt;
}

std::string use_code(Use u) {
  switch (u) {
    case Use::used: return "used";
    case Use::before_window: return "before-window";
    case Use::after_deadline: return "after-deadline";
    case Use::not_ended: return "not-ended";
    case Use::covered: return "covered";
    case Use::superseded: return "superseded";
    case Use::not_largest: return "not-largest";
    case Use::shadowed: return "shadowed";
    case Use::in_cumulative: return "in-cumulative";
  }
  return "?";
}

void write_progress(std::ostream& out, const Table& t, const plan::Corpus& corpus, const submission::FigureSet& subs,
                    const TablePrintOptions& o) {
  std::vector<const Row*> rows;
  for (const auto& r : t.rows)
    if (o.only.empty() || std::find(o.only.begin(), o.only.end(), r.status) != o.only.end()) rows.push_back(&r);
  switch (o.format) {
    case Format::table:
    case Format::markdown: write_table(out, t, rows, corpus, subs, o); break;
    case Format::csv: write_csv(out, rows, corpus, subs, o); break;
    case Format::json: write_json(out, t, rows, corpus, subs, o); break;
    case Format::xlsx: write_xlsx(out, t, rows, corpus, subs, o); break;
    case Format::html: write_html(out, t, rows, corpus, subs, o); break;
  }
}

std::vector<const Row*> find_rows(const Table& t, const plan::Corpus& corpus, const std::string& what) {
  std::string target = what, region;
  if (auto at = what.find('@'); at != std::string::npos) {
    target = what.substr(0, at);
    region = what.substr(at + 1);
    plan::Resolved r = corpus.regions.resolve(region);
    if (r.id >= 0) region = corpus.regions.at(r.id).code;
  }
  std::vector<const Row*> out;
  for (const auto& r : t.rows) {
    bool name = target == r.target->id || target == r.plan->id + "/" + r.target->id || target == r.target->name ||
                (r.indicator >= 0 && target == corpus.indicators.at(r.indicator).name);
    bool place = region.empty() || (r.region >= 0 && corpus.regions.at(r.region).code == region);
    if (name && place) out.push_back(&r);
  }
  return out;
}

namespace {

// One target's --explain block, step by step: what is measured and against
// what, which reports were read and how each was used, the arithmetic, and
// the rule that gave the status.
struct ExplainWriter {
  std::ostream& out;
  const plan::Corpus& c;
  const submission::FigureSet& subs;
  const Options& op;
  i18n::Lang L;

  std::string label(const char* id) const {
    return util::pad_right(i18n::tr(L, std::string("progress.explain.label.") + id), 10);
  }

  void heading(const Row& r, const plan::Region* reg) const {
    std::string name = !r.target->name.empty() ? r.target->name.str()
                     : r.indicator >= 0   ? c.indicators.at(r.indicator).name
                                          : r.target->text.str();
    out << r.key(c) << "  " << util::neutralize_controls(name) << " ("
        << (reg ? reg->name + " " + reg->code : "—") << ")\n";
  }

  // The indicator, the target and its baseline, and the window of reports read.
  void measure(const Row& r, const plan::Indicator& ind) const {
    out << "  " << label("indicator")
        << i18n::tr(L, "progress.explain.indicator-line", fmt::arg("id", ind.id), fmt::arg("name", ind.name),
              fmt::arg("unit", ind.unit), fmt::arg("accumulate", r.accumulate))
        << "\n";
    if (r.target_value) {
      std::string scale = r.scale != 1 ? fmt::format(" ({} {})", util::format_number(*r.target->value), r.target->unit) : "";
      out << "  " << label("target") << r.target->op.view() << " " << util::format_number(*r.target_value) << " " << ind.unit
          << scale << ", " << i18n::tr(L, "progress.explain.by", fmt::arg("date", r.deadline.str())) << "\n";
      out << "  " << label("baseline") << util::format_number(*r.baseline)
          << (r.baseline_assumed ? fmt::format(" {}", i18n::tr(L, "progress.explain.baseline-assumed"))
                                 : r.target->baseline_at ? fmt::format(" ({})", r.target->baseline_at->text) : "")
          << "\n";
    } else {
      out << "  " << label("target") << i18n::tr(L, "progress.milestone") << ", "
          << i18n::tr(L, "progress.explain.by", fmt::arg("date", r.deadline.str())) << "\n";
    }
    out << "  " << label("window")
        << i18n::tr(L, "progress.explain.window", fmt::arg("from", r.window_from.str()), fmt::arg("to", r.deadline.str()),
              fmt::arg("as_of", op.as_of.str()))
        << "\n";
  }

  // Where the figures came from, then each report with its use, and each
  // refused row that would have counted.
  void reports(const Row& r, const plan::Region* reg) const {
    out << "  " << label("reports");
    if (r.rolled_up) out << i18n::tr(L, "progress.explain.rolled-up", fmt::arg("n", r.rolled_up), fmt::arg("region", reg->name),
                               fmt::arg("accumulate", r.accumulate));
    else if (r.rollup_refused) out << i18n::tr(L, "progress.reason.rate-no-rollup");
    else if (r.inputs.empty()) out << i18n::tr(L, "progress.explain.none");
    else out << i18n::tr(L, "progress.explain.own", fmt::arg("region", reg->name));
    out << "\n";
    std::vector<Input> listed = r.inputs;
    for (uint32_t i : r.below) listed.push_back(input_of(subs, i, Use::shadowed));
    for (const Input& in : listed) {
      out << "    " << subs.where(in.file(), in.line()) << "  " << c.regions.at(in.region()).name << " "
          << c.regions.at(in.region()).code << "  " << in.period().str() << "  " << (in.approximate() ? "≈" : "")
          << (in.cumulative() ? i18n::tr(L, "progress.explain.cumulative") : "") << util::format_number(in.value()) << "  " << i18n::tr(L, "progress.use." + use_code(in.use)) << "\n";
    }
    for (uint32_t i : r.refused) {
      const submission::RefusedFigure& f = subs.rejected.figures[i];
      const plan::Region& at = c.regions.at(f.region());
      out << "    " << subs.where(f.file, f.line) << "  " << at.name << " " << at.code << "  "
          << (f.has_period() ? f.period().str() : i18n::tr(L, "progress.explain.no-period")) << "  "
          << i18n::tr(L, "progress.use.refused") << "\n";
    }
  }

  // The actual as a sum of the figures used, the percent done against the
  // expected share of the window, and the growth rate when it was the method.
  void arithmetic(const Row& r) const {
    if (r.actual) {
      std::vector<std::string> terms;
      if (r.accumulate == "sum" && r.target_value) terms.push_back(util::format_number(*r.baseline));
      for (const Input& in : r.inputs)
        if (in.use == Use::used) terms.push_back(util::format_number(in.value()));
      std::string how = r.accumulate == "sum" || r.rolled_up ? fmt::format("{}", fmt::join(terms, " + ")) + " = " : "";
      if (milestone(r)) how.clear();
      out << "  " << label("actual") << how << (milestone(r) ? actual_text(r, L) : util::format_number(*r.actual)) << (r.approximate ? fmt::format(" {}", i18n::tr(L, "progress.explain.approximate")) : "") << "\n";
    }
    if (r.percent) {
      bool down = r.target->op == "<=" || r.target->op == "<";
      std::string b = util::format_number(*r.baseline), a = util::format_number(*r.actual), tv = util::format_number(*r.target_value);
      out << "  " << label("percent")
          << (down ? fmt::format("({} − {}) / ({} − {})", b, a, b, tv) : fmt::format("({} − {}) / ({} − {})", a, b, tv, b))
          << " = " << pct(r.percent) << "\n";
      out << "  " << label("expected")
          << i18n::tr(L, "progress.explain.expected", fmt::arg("elapsed", r.elapsed_days), fmt::arg("total", r.total_days),
                fmt::arg("since", util::date_from_days(util::days_since_epoch(r.window_from) - 1).str()),
                fmt::arg("value", pct(r.expected)))
          << "\n";
    }
    if (r.growth_observed) {
      out << "  " << label("growth")
          << i18n::tr(L, "progress.explain.growth", fmt::arg("observed", util::format_number(100 * *r.growth_observed, 2)),
                fmt::arg("required", util::format_number(100 * *r.growth_required, 2)),
                fmt::arg("ratio", pct(growth_ratio(r))))
          << "\n";
    } else if (r.growth_fallback) {
      out << "  " << label("growth") << i18n::tr(L, "progress.legend.growth-fallback") << "\n";
    }
  }

  void status(const Row& r) const {
    out << "  " << label("status") << status_text(r.status, L) << " — ";
    if (!r.reason.empty()) out << i18n::tr(L, r.reason);
    else if (milestone(r)) out << i18n::tr(L, "progress.explain.rule-milestone");
    else if (op.method == Method::growth && r.growth_observed) out << i18n::tr(L, "progress.explain.rule-growth");
    else out << i18n::tr(L, "progress.explain.rule-linear", fmt::arg("margin", util::format_number(op.behind_margin)));
    out << "\n";
  }

  void row(const Row& r) const {
    const plan::Region* reg = r.region >= 0 ? &c.regions.at(r.region) : nullptr;
    heading(r, reg);
    if (r.indicator < 0) {
      out << "  " << label("status") << status_text(r.status, L) << ": " << i18n::tr(L, r.reason) << "\n";
      return;
    }
    measure(r, c.indicators.at(r.indicator));
    reports(r, reg);
    arithmetic(r);
    status(r);
  }
};

}  // namespace

void write_explain(std::ostream& out, const std::vector<const Row*>& rows, const Table& t, const plan::Corpus& c,
                   const submission::FigureSet& subs, const TablePrintOptions& o) {
  if (o.format == Format::json) {
    write_json(out, t, rows, c, subs, o);
    return;
  }
  const ExplainWriter w{out, c, subs, t.options, o.lang};
  for (size_t n = 0; n < rows.size(); ++n) {
    if (n) out << "\n";
    w.row(*rows[n]);
  }
}

}  // namespace scip::progress
