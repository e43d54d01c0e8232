// diff/coverage — see coverage.h.
#include "diff/coverage.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "util/json_writer.h"
#include "util/text.h"

namespace scip::diff {

namespace {

// The parent's item -> its pairing (old side = parent).
std::map<std::string, const Pairing*> by_parent(const PlanDiff& d) {
  std::map<std::string, const Pairing*> m;
  for (const auto& p : d.pairings) m.emplace(p.old_path, &p);
  return m;
}

const plan::Action* action_at(const plan::Plan& p, const std::string& path) {
  for (const auto& a : p.actions)
    if ("actions/" + a.id == path) return &a;
  return nullptr;
}

std::string task_title_at(const plan::Plan& p, const std::string& path) {
  for (const auto& a : p.actions)
    for (const auto& t : a.tasks)
      if ("actions/" + a.id + "/tasks/" + t.id == path) return t.title.str();
  return "";
}

CoveredItem item(const std::string& path, const std::string& title, const std::map<std::string, const Pairing*>& pairs) {
  CoveredItem it{.path = path, .title = title};
  if (auto p = pairs.find(path); p != pairs.end()) {
    it.child_path = p->second->new_path;
    it.how = p->second->how;
    it.similarity = p->second->similarity;
  }
  return it;
}

// How the child's figure compares with the parent's, for the same indicator.
std::string compare(const plan::Target& parent, const plan::Target& child) {
  if (!child.value) return "not-quantified";
  if (parent.unit != child.unit) return "other-unit";
  if (parent.by && child.by && parent.by->valid && child.by->valid && parent.by->year != child.by->year) return "other-year";
  bool down = parent.op == "<=" || parent.op == "<";
  double pv = *parent.value, cv = *child.value;
  if (std::abs(pv - cv) <= 1e-9 * std::max(1.0, std::abs(pv))) {
    bool strict_p = parent.op == ">" || parent.op == "<", strict_c = child.op == ">" || child.op == "<";
    if (strict_p != strict_c) return strict_c ? "stricter" : "weaker";
    if (parent.by && child.by && parent.by->valid && child.by->valid && child.by->end() > parent.by->end()) return "later";
    return "equal";
  }
  return (down ? cv < pv : cv > pv) ? "stricter" : "weaker";
}

// The child's target for a quantified target of the parent: the same
// indicator with the nearest deadline, else the one diff paired with it.
std::optional<TargetRef> child_target(const TargetRef& p, const std::vector<TargetRef>& child,
                                      const std::map<std::string, const Pairing*>& pairs, std::string& how) {
  std::optional<TargetRef> best;
  int best_gap = 0;
  if (!p.t->indicator.empty())
    for (const auto& c : child) {
      if (c.t->indicator != p.t->indicator) continue;
      int gap = p.t->by && c.t->by ? std::abs(p.t->by->year - c.t->by->year) : 1000;
      if (!best || gap < best_gap) best = c, best_gap = gap;
    }
  if (best) {
    how = "indicator";
    return best;
  }
  if (auto it = pairs.find(p.path); it != pairs.end())
    for (const auto& c : child)
      if (c.path == it->second->new_path) {
        how = it->second->how;
        return c;
      }
  return std::nullopt;
}

}  // namespace

int Coverage::covered(const std::vector<CoveredItem>& v) const {
  return static_cast<int>(std::count_if(v.begin(), v.end(), [](const CoveredItem& i) { return !i.child_path.empty(); }));
}

int Coverage::covered_targets() const {
  return static_cast<int>(std::count_if(targets.begin(), targets.end(), [](const CoveredTarget& t) { return !t.child_path.empty(); }));
}

double Coverage::lowest_percent() const {
  double low = 100;
  auto share = [&](int n, size_t total) {
    if (total) low = std::min(low, 100.0 * n / static_cast<double>(total));
  };
  share(covered(actions), actions.size());
  share(covered(tasks), tasks.size());
  share(covered_targets(), targets.size());
  return low;
}

Coverage cover(const plan::Plan& parent, const plan::Plan& child, const DiffOptions& opts) {
  PlanDiff d = diff_plans(parent, child, opts);
  auto pairs = by_parent(d);
  Coverage c{.parent_id = parent.id, .parent_title = parent.title, .child_id = child.id, .child_title = child.title};
  std::set<std::string> implementing;
  for (const auto& a : parent.actions) {
    CoveredItem it = item("actions/" + a.id, a.title.str(), pairs);
    if (const plan::Action* ca = action_at(child, it.child_path)) it.child_title = ca->title.str();
    implementing.insert(it.child_path);
    c.actions.push_back(it);
    for (const auto& t : a.tasks) {
      CoveredItem ti = item("actions/" + a.id + "/tasks/" + t.id, t.title.str(), pairs);
      ti.child_title = task_title_at(child, ti.child_path);
      c.tasks.push_back(ti);
    }
  }
  // Declared first: a child item's `implements:` wins over any pairing.
  for (const auto& ca : child.actions) {
    for (const auto& id : ca.implements)
      for (auto& it : c.actions)
        if (it.path == "actions/" + std::string(id)) {
          it.child_path = "actions/" + ca.id;
          it.child_title = ca.title;
          it.how = "implements";
          it.similarity.reset();
          implementing.insert(it.child_path);
        }
    for (const auto& ct : ca.tasks)
      for (const auto& id : ct.implements)
        for (auto& it : c.tasks)
          if (last_id(it.path) == id) {
            it.child_path = "actions/" + ca.id + "/tasks/" + ct.id;
            it.child_title = ct.title;
            it.how = "implements";
            it.similarity.reset();
          }
  }
  // Merged actions: each OLD action a NEW one continues implements it.
  for (const auto& ca : child.actions)
    for (const auto& from : ca.continues)
      for (auto& it : c.actions)
        if (it.path == "actions/" + std::string(from) && it.child_path.empty()) {
          it.child_path = "actions/" + ca.id;
          it.child_title = ca.title;
          it.how = "continues";
          implementing.insert(it.child_path);
        }
  std::vector<TargetRef> child_targets = targets_of(child);
  for (const auto& p : targets_of(parent)) {
    if (!p.t->value) continue;
    CoveredTarget ct{.path = p.path, .label = target_label(*p.t)};
    if (auto m = child_target(p, child_targets, pairs, ct.how)) {
      ct.child_path = m->path;
      ct.child_label = target_label(*m->t);
      ct.comparison = compare(*p.t, *m->t);
    }
    c.targets.push_back(ct);
  }
  for (const auto& a : child.actions)
    if (!implementing.count("actions/" + a.id)) c.extra.push_back({.path = "actions/" + a.id, .title = a.title.str()});
  return c;
}

namespace {

std::string how_text(const CoveredItem& it, i18n::Lang L) {
  if (it.similarity) return i18n::tr(L, "cover.how.inferred", fmt::arg("how", it.how), fmt::arg("score", fmt::format("{:.2f}", *it.similarity)));
  return it.how;
}

void write_items(std::ostream& out, const std::vector<CoveredItem>& items, bool md, i18n::Lang L) {
  for (const auto& it : items) {
    std::string line = it.child_path.empty()
                           ? i18n::tr(L, "cover.line.missing", fmt::arg("id", last_id(it.path)), fmt::arg("title", it.title))
                           : i18n::tr(L, "cover.line.covered", fmt::arg("id", last_id(it.path)), fmt::arg("title", it.title),
                                      fmt::arg("child_id", last_id(it.child_path)), fmt::arg("child_title", it.child_title),
                                      fmt::arg("how", how_text(it, L)));
    out << (md ? "- " : "  ") << (it.child_path.empty() ? "✗ " : "✓ ") << util::neutralize_controls(line) << "\n";
  }
}

void write_coverage_text(std::ostream& out, const Coverage& c, bool md, i18n::Lang L) {
  std::string heading = i18n::tr(L, "cover.heading", fmt::arg("child", c.child_id), fmt::arg("parent", c.parent_id));
  out << (md ? "## " : "") << heading << "\n";
  auto section = [&](const char* id) { out << "\n" << (md ? "### " : "") << coverage_section_heading(c, id, L) << (md ? "\n\n" : "\n"); };
  section("actions");
  write_items(out, c.actions, md, L);
  if (!c.tasks.empty()) {
    section("tasks");
    write_items(out, c.tasks, md, L);
  }
  section("targets");
  for (const auto& t : c.targets) {
    std::string line = t.child_path.empty()
                           ? i18n::tr(L, "cover.target.missing", fmt::arg("id", last_id(t.path)), fmt::arg("label", t.label))
                           : i18n::tr(L, "cover.target.covered", fmt::arg("id", last_id(t.path)), fmt::arg("label", t.label),
                                      fmt::arg("child_id", last_id(t.child_path)), fmt::arg("child_label", t.child_label),
                                      fmt::arg("comparison", i18n::tr(L, "cover.comparison." + t.comparison)));
    out << (md ? "- " : "  ") << (t.child_path.empty() ? "✗ " : "✓ ") << util::neutralize_controls(line) << "\n";
  }
  if (!c.extra.empty()) {
    out << "\n" << (md ? "### " : "") << i18n::tr(L, "cover.section.extra") << (md ? "\n\n" : "\n");
    for (const auto& e : c.extra)
      out << (md ? "- " : "  ") << "+ " << last_id(e.path) << " " << util::neutralize_controls(e.title) << "\n";
  }
  out << "\n" << coverage_summary(c, L) << "\n";
  if (std::any_of(c.targets.begin(), c.targets.end(), [](const CoveredTarget& t) { return t.comparison == "weaker"; }))
    out << i18n::tr(L, "cover.note.weaker") << "\n";
}

void write_items_json(util::JsonWriter& w, std::string_view key, const std::vector<CoveredItem>& items) {
  w.key(key).begin_array(true);
  for (const auto& it : items) {
    w.begin_object().field("path", it.path).field("title", it.title).field("covered", !it.child_path.empty());
    w.key("by");
    if (it.child_path.empty()) {
      w.null();
    } else {
      w.begin_object().field("path", it.child_path).field("title", it.child_title).field("matched_by", it.how).key("similarity");
      if (it.similarity) w.number(fmt::format("{:.3f}", *it.similarity));
      else w.null();
      w.end_object();
    }
    w.end_object();
  }
  w.end_array();
}

void write_coverage_json(std::ostream& out, const Coverage& c) {
  util::JsonWriter w(out);
  w.begin_object().field("parent", c.parent_id).field("child", c.child_id);
  write_items_json(w, "actions", c.actions);
  write_items_json(w, "tasks", c.tasks);
  w.key("targets").begin_array(true);
  for (const auto& t : c.targets) {
    w.begin_object().field("path", t.path).field("target", t.label).field("covered", !t.child_path.empty()).key("by");
    if (t.child_path.empty()) w.null();
    else w.begin_object().field("path", t.child_path).field("target", t.child_label).field("matched_by", t.how).end_object();
    w.key("comparison");
    if (t.comparison.empty()) w.null();
    else w.value(t.comparison);
    w.end_object();
  }
  w.end_array();
  write_items_json(w, "extra", c.extra);
  w.key("summary").begin_object();
  auto pair = [&](std::string_view key, int n, size_t total) {
    w.key(key).begin_object().field("covered", n).field("total", total).end_object();
  };
  pair("actions", c.covered(c.actions), c.actions.size());
  pair("tasks", c.covered(c.tasks), c.tasks.size());
  pair("targets", c.covered_targets(), c.targets.size());
  w.end_object().end_object();
  out << "\n";
}

}  // namespace

std::string coverage_section_heading(const Coverage& c, const std::string& section, i18n::Lang L) {
  if (section == "actions") return i18n::tr(L, "cover.section.actions", fmt::arg("n", c.covered(c.actions)), fmt::arg("total", c.actions.size()));
  if (section == "tasks") return i18n::tr(L, "cover.section.tasks", fmt::arg("n", c.covered(c.tasks)), fmt::arg("total", c.tasks.size()));
  if (section == "targets")
    return i18n::tr(L, "cover.section.targets", fmt::arg("n", c.covered_targets()), fmt::arg("total", c.targets.size()));
  if (section == "extra") return i18n::tr(L, "cover.section.extra");
  return "";
}

std::string coverage_summary(const Coverage& c, i18n::Lang L) {
  return i18n::tr(L, "cover.summary", fmt::arg("actions", c.covered(c.actions)), fmt::arg("actions_total", c.actions.size()),
                  fmt::arg("tasks", c.covered(c.tasks)), fmt::arg("tasks_total", c.tasks.size()),
                  fmt::arg("targets", c.covered_targets()), fmt::arg("targets_total", c.targets.size()));
}

std::vector<CoverRow> coverage_rows(const Coverage& c, i18n::Lang L) {
  std::vector<CoverRow> rows;
  auto items = [&](const char* section, const std::vector<CoveredItem>& v) {
    for (const auto& it : v)
      rows.push_back({.section = section, .status = it.child_path.empty() ? "missing" : "covered", .parent_id = last_id(it.path),
                      .parent_text = it.title, .child_id = last_id(it.child_path), .child_text = it.child_title,
                      .how = it.child_path.empty() ? "" : how_text(it, L)});
  };
  items("actions", c.actions);
  items("tasks", c.tasks);
  for (const auto& t : c.targets)
    rows.push_back({.section = "targets", .status = t.child_path.empty() ? "missing" : "covered", .parent_id = last_id(t.path),
                    .parent_text = t.label, .child_id = last_id(t.child_path), .child_text = t.child_label,
                    .how = t.comparison.empty() ? "" : i18n::tr(L, "cover.comparison." + t.comparison), .comparison = t.comparison});
  for (const auto& e : c.extra)
    rows.push_back({.section = "extra", .status = "extra", .child_id = last_id(e.path), .child_text = e.title});
  return rows;
}

void write_coverage(std::ostream& out, const Coverage& c, CoverFormat format, i18n::Lang lang) {
  if (format == CoverFormat::json) write_coverage_json(out, c);
  else if (format == CoverFormat::html) write_coverage_html(out, c, lang);
  else if (format == CoverFormat::xlsx) write_coverage_xlsx(out, c, lang);
  else write_coverage_text(out, c, format == CoverFormat::markdown, lang);
}

}  // namespace scip::diff
