// diff/report_html — the 十三五/十四五 对照表 as one self-contained HTML page.
//
// templates/diff.html, filled here: the two plans and the summary at the top,
// then one table per section in the NEW plan's order, the OLD plan's side on
// the left and the NEW plan's on the right, a paired action on one row (its
// tasks and targets under it, indented). Reworded text is a word diff shown
// with <del> and <ins> (no [-…-]{+…+} markup), an inferred pairing carries
// how it was made and its score. The lead and supporting departments an
// action gains and loses are one row per action (`support +4 −8`), each
// department listed. Every change of the JSON output is an element with its
// data-key, which the browser test counts.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "diff/report.h"
#include "util/html_page.h"
#include "util/text.h"
#include "util/text_diff.h"

namespace scip::diff {

std::string_view embedded_diff_html();  // templates/diff.html, embedded by the build

namespace {

using util::HtmlData;
using util::HtmlList;

// The key the browser test finds the change by (tests/html_report.py).
std::string key_of(const Change& c) {
  return fmt::format("{}|{}|{}|{}|{}", c.kind, c.old_path, c.new_path, c.old_value, c.new_value);
}

HtmlData segment(const std::string& text, const char* mark) {
  HtmlData s;
  s.set("text", text);
  if (*mark) s.set(mark, true);
  return s;
}

// The two sides of a change: a word diff when both sides are text that was
// reworded, the whole side marked when added or removed, else as they are.
std::pair<HtmlList, HtmlList> sides(const Change& c, i18n::Lang L) {
  HtmlList olds, news;
  char m = change_marker(c.kind);
  bool text = util::ends_with(c.kind, "-renamed") || util::ends_with(c.kind, "-reworded") ||
              c.kind == "plan-title-changed" || c.kind == "milestone-changed";
  if (text && !c.old_value.empty() && !c.new_value.empty()) {
    for (const auto& op : util::diff_words(c.old_value, c.new_value)) {
      if (op.kind != util::DiffOp::added) olds.push_back(segment(op.text, op.kind == util::DiffOp::removed ? "del" : ""));
      if (op.kind != util::DiffOp::removed) news.push_back(segment(op.text, op.kind == util::DiffOp::added ? "ins" : ""));
    }
  } else {
    if (!c.old_value.empty()) olds.push_back(segment(shown_value(c, c.old_value, L), m == '-' ? "del" : ""));
    if (!c.new_value.empty()) news.push_back(segment(shown_value(c, c.new_value, L), m == '+' ? "ins" : ""));
  }
  return {olds, news};
}

std::string change_word(char m, i18n::Lang L) {
  return i18n::tr(L, std::string("diff.xlsx.marker.") + (m == '+' ? "added" : m == '-' ? "removed" : m == '=' ? "kept"
                                                         : m == '>' ? "moved" : "changed"));
}

std::string marker_class(char m) {
  return m == '+' ? "added" : m == '-' ? "removed" : m == '=' ? "kept" : m == '>' ? "moved" : "changed";
}

std::string element_word(const std::string& element, i18n::Lang L) {
  return i18n::has_message("kind." + element) ? i18n::tr(L, "kind." + element) : element;
}

// How a pair was made ("title 0.86", "id"), or an unpaired task's closest candidate.
std::string matched_text(const Change& c, i18n::Lang L) {
  if (c.similarity) return fmt::format("{} {:.2f}", c.how, *c.similarity);
  if (!c.closest_similarity) return c.how;
  std::string closest = i18n::tr(L, "diff.how.closest", fmt::arg("id", last_id(c.closest)),
                                 fmt::arg("score", fmt::format("{:.2f}", *c.closest_similarity)));
  return std::string(util::trim(closest));
}

HtmlData change_row(const Change& c, i18n::Lang L) {
  HtmlData r;
  char m = change_marker(c.kind);
  r.set("key", key_of(c));
  r.set("marker", marker_class(m));
  r.set("symbol", m == '>' ? "→" : std::string(1, m));
  // A plan-level change names its field (标题, 方案期, 文号…), not "plan".
  bool field = util::starts_with(c.kind, "plan-");
  r.set("element", field ? i18n::tr(L, "html.diff.field." + c.kind) : element_word(element_of(c.kind), L));
  r.set("change", change_word(m, L));
  r.set("code", c.kind);
  r.set("el", element_of(c.kind));
  r.set("depth", std::to_string(std::min(c.depth, 3)));
  util::set_if(r, "old_id", c.old_path.empty() ? "" : last_id(c.old_path));
  util::set_if(r, "new_id", c.new_path.empty() ? "" : last_id(c.new_path));
  auto [olds, news] = sides(c, L);
  r.set("old_segs", olds);
  r.set("new_segs", news);
  util::set_if(r, "matched", matched_text(c, L));
  if (c.severity == "weakened" || c.severity == "attention") {
    r.set("sev", c.severity);
    r.set("severity", i18n::tr(L, "diff.severity." + c.severity));
  }
  return r;
}

// Lead or support changes of one action, as one row listing each department.
struct DepartmentRow {
  const Change* first = nullptr;
  std::vector<const Change*> added, removed;
};

HtmlData department_row(const DepartmentRow& g, i18n::Lang L) {
  HtmlData r;
  const Change& c = *g.first;
  std::string element = element_of(c.kind);  // lead | support
  r.set("marker", "changed");
  r.set("symbol", "~");
  r.set("element", element_word(element, L));
  r.set("change", fmt::format("+{} −{}", g.added.size(), g.removed.size()));
  r.set("code", element + "-changed");
  bool lead_lost = element == "lead" && !g.removed.empty();
  if (lead_lost) {
    r.set("sev", "attention");
    r.set("severity", i18n::tr(L, "diff.severity.attention"));
  }
  r.set("el", element);
  r.set("depth", std::to_string(std::min(c.depth + 1, 3)));
  util::set_if(r, "old_id", c.old_path.empty() ? "" : last_id(c.old_path));
  util::set_if(r, "new_id", c.new_path.empty() ? "" : last_id(c.new_path));
  auto items = [L](const std::vector<const Change*>& v, bool old_side) {
    HtmlList out;
    for (const Change* x : v) {
      HtmlData i;
      i.set("key", key_of(*x));
      i.set("text", shown_value(*x, old_side ? x->old_value : x->new_value, L));
      out.push_back(i);
    }
    return out;
  };
  r.set("old_items", items(g.removed, true));
  r.set("new_items", items(g.added, false));
  return r;
}

bool department_change(const Change& c) {
  return c.kind == "support-added" || c.kind == "support-removed" || c.kind == "lead-added" || c.kind == "lead-removed";
}

// The sections in order, each with its rows; department changes of one action
// gathered on the row of the first.
HtmlList sections_of(const PlanDiff& d, i18n::Lang L) {
  HtmlList sections;
  std::string current;
  HtmlList rows;
  std::map<std::string, DepartmentRow> gathered;  // element + action path -> row
  std::vector<std::pair<size_t, std::string>> slots;  // where each gathered row goes among `rows`
  auto close = [&] {
    if (current.empty()) return;
    // Insert gathered rows from the last slot back, so earlier positions hold.
    for (auto it = slots.rbegin(); it != slots.rend(); ++it)
      rows.insert(rows.begin() + static_cast<long>(it->first), department_row(gathered.at(it->second), L));
    HtmlData s;
    s.set("name", i18n::tr(L, "diff.section." + current));
    s.set("rows", rows);
    sections.push_back(s);
    rows.clear();
    gathered.clear();
    slots.clear();
  };
  for (const Change& c : d.changes) {
    std::string section = section_of(c);
    if (section != current) {
      close();
      current = section;
    }
    if (department_change(c)) {
      std::string group = element_of(c.kind) + "|" + c.old_path + "|" + c.new_path;
      auto [it, fresh] = gathered.try_emplace(group);
      if (fresh) {
        it->second.first = &c;
        slots.push_back({rows.size(), group});
      }
      (util::ends_with(c.kind, "-added") ? it->second.added : it->second.removed).push_back(&c);
      continue;
    }
    rows.push_back(change_row(c, L));
  }
  close();
  return sections;
}

}  // namespace

void write_html(std::ostream& out, const PlanDiff& d, const DiffPrintOptions& o) {
  i18n::Lang L = o.lang;
  std::string heading = i18n::tr(L, "diff.heading", fmt::arg("old", d.old_id), fmt::arg("new", d.new_id));
  HtmlData page = util::page_data(i18n::html_lang(L), heading);
  HtmlData w;
  for (const char* key : {"summary", "col-change", "col-old", "col-new", "col-matched", "legend"}) {
    std::string name = key;
    std::replace(name.begin(), name.end(), '-', '_');
    w.set(name, i18n::tr(L, std::string("html.diff.") + key));
  }
  w.set("heading", heading);
  w.set("footer", i18n::tr(L, "html.diff.footer", fmt::arg("version", SCIP_VERSION)));
  page.set("w", w);
  page.set("old_title", d.old_title);
  page.set("new_title", d.new_title);
  page.set("plan_old_id", d.old_id);  // not old_id: a row without one would find the page's
  page.set("plan_new_id", d.new_id);
  HtmlList summary;
  summary.push_back(HtmlData(severity_line(d, L)));
  for (const auto& line : summary_lines(d, L)) summary.push_back(HtmlData(line));
  page.set("summary", summary);
  if (d.empty()) page.set("same", i18n::tr(L, "diff.same"));
  page.set("sections", sections_of(d, L));
  util::render_html(out, embedded_diff_html(), std::move(page));
}

}  // namespace scip::diff
