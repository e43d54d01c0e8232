// diff/report — see report.h.
#include "diff/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "util/json_writer.h"
#include "util/text.h"
#include "util/text_diff.h"

namespace scip::diff {

namespace {

std::string how_suffix(const Change& c, i18n::Lang lang) {
  if (c.kind == "action-split" || c.kind == "action-merged") return "";  // the line names the lineage
  if (c.how == "continues" && !c.old_path.empty())
    return i18n::tr(lang, "diff.how.continues", fmt::arg("id", last_id(c.old_path)));
  if (c.similarity && (c.how == "title" || c.how == "content" || c.how == "similarity" || c.how == "moved"))
    return i18n::tr(lang, c.how == "content" ? "diff.how.content" : "diff.how.inferred",
              fmt::arg("score", fmt::format("{:.2f}", *c.similarity)));
  return "";
}

std::string line_for(const Change& c, const DiffPrintOptions& o) {
  auto inline_diff = [&](const std::string& a, const std::string& b) {
    return util::render_inline(util::diff_words(a, b), o.format == Format::markdown ? util::InlineStyle::html
                                                       : o.color                       ? util::InlineStyle::color
                                                                                       : util::InlineStyle::markers);
  };
  auto clean = [&](const std::string& value) {
    std::string s = shown_value(c, value, o.lang);
    return s.empty() ? std::string("—") : util::neutralize_controls(s);
  };
  // A pairing across different ids shows both: youth-4 → youth-3.
  std::string id = last_id(c.new_path.empty() ? c.old_path : c.new_path);
  if (!c.old_path.empty() && !c.new_path.empty() && last_id(c.old_path) != id && c.kind != "task-moved" &&
      c.kind != "action-split")
    id = last_id(c.old_path) + " → " + id;
  std::string text;
  const std::string& k = c.kind;
  if (util::starts_with(k, "plan-"))
    text = i18n::tr(o.lang, "diff.line." + k, fmt::arg("old", clean(c.old_value)), fmt::arg("new", clean(c.new_value)),
              fmt::arg("diff", inline_diff(clean(c.old_value), clean(c.new_value))));
  else if (k == "action-renamed" || k == "action-split")
    text = i18n::tr(o.lang, "diff.line." + k, fmt::arg("id", id), fmt::arg("old_id", last_id(c.old_path)),
              fmt::arg("diff", inline_diff(clean(c.old_value), clean(c.new_value))), fmt::arg("old", clean(c.old_value)),
              fmt::arg("new", clean(c.new_value)));
  else if (k == "task-reworded") {
    // The title as an inline diff; the body is only said to have changed
    // (JSON carries both texts in full).
    auto split = [](const std::string& s) {
      auto at = s.find("。");
      return at == std::string::npos ? std::make_pair(s, std::string()) : std::make_pair(s.substr(0, at), s.substr(at));
    };
    auto [ot, ob] = split(clean(c.old_value));
    auto [nt, nb] = split(clean(c.new_value));
    text = i18n::tr(o.lang, ot == nt ? "diff.line.task-reworded.text" : (ob == nb ? "diff.line.task-reworded" : "diff.line.task-reworded.both"),
              fmt::arg("id", id), fmt::arg("old_id", last_id(c.old_path)), fmt::arg("diff", inline_diff(ot, nt)));
  } else
    text = i18n::tr(o.lang, "diff.line." + k, fmt::arg("id", id), fmt::arg("old_id", last_id(c.old_path)),
              fmt::arg("old", clean(c.old_value)), fmt::arg("new", clean(c.new_value)),
              fmt::arg("old_path", c.old_path), fmt::arg("new_path", c.new_path));
  return text + how_suffix(c, o.lang);
}

std::string summary_counts(const ChangeCounts& c, i18n::Lang lang, const char* id) {
  return i18n::tr(lang, id, fmt::arg("old", c.old_count), fmt::arg("new", c.new_count), fmt::arg("kept", c.kept),
            fmt::arg("renamed", c.renamed), fmt::arg("reworded", c.reworded), fmt::arg("merged", c.merged),
            fmt::arg("split", c.split), fmt::arg("moved", c.moved), fmt::arg("removed", c.removed),
            fmt::arg("added", c.added));
}

void write_counts(util::JsonWriter& w, std::string_view key, const ChangeCounts& c) {
  w.key(key).begin_object();
  w.field("old", c.old_count).field("new", c.new_count).field("kept", c.kept).field("renamed", c.renamed);
  w.field("reworded", c.reworded).field("merged", c.merged).field("split", c.split).field("moved", c.moved);
  w.field("removed", c.removed).field("added", c.added);
  w.end_object();
}

void write_diff_json(std::ostream& out, const PlanDiff& d) {
  util::JsonWriter w(out);
  w.begin_object().field("old", d.old_id).field("new", d.new_id);
  w.key("changes").begin_array(true);
  for (const auto& c : d.changes) {
    w.begin_object().field("kind", c.kind).field("old_path", c.old_path).field("new_path", c.new_path);
    w.field("old", c.old_value).field("new", c.new_value).field("matched_by", c.how).key("similarity");
    if (c.similarity) w.number(fmt::format("{:.3f}", *c.similarity));
    else w.null();
    w.key("severity");
    if (c.severity.empty()) w.null();
    else w.value(c.severity);
    if (c.closest_similarity) {
      w.key("closest").begin_object().field("path", c.closest);
      w.key("similarity").number(fmt::format("{:.3f}", *c.closest_similarity));
      w.end_object();
    }
    w.end_object();
  }
  w.end_array().key("summary").begin_object();
  write_counts(w, "actions", d.actions);
  write_counts(w, "tasks", d.tasks);
  write_counts(w, "targets", d.targets);
  w.key("numeric_targets").begin_object().field("old", d.old_numeric_targets).field("new", d.new_numeric_targets).end_object();
  write_counts(w, "departments", d.departments);
  w.key("severity").begin_object();
  for (const char* sev : kSeverities)
    w.field(sev, static_cast<long long>(std::count_if(d.changes.begin(), d.changes.end(), [&](const Change& c) { return c.severity == sev; })));
  w.end_object();
  w.end_object().field("differ", !d.empty()).end_object();
  out << "\n";
}


// A deadline shift shared by at least this many targets is one line.
constexpr int kSharedShift = 3;

// "2020 → 2025" -> how many target-deadline-changed changes make it.
std::map<std::pair<std::string, std::string>, int> deadline_shifts(const PlanDiff& d) {
  std::map<std::pair<std::string, std::string>, int> n;
  for (const auto& c : d.changes)
    if (c.kind == "target-deadline-changed") ++n[{c.old_value, c.new_value}];
  return n;
}

// " (closest: youth-3 0.31)": the best candidate of an unpaired task.
std::string closest_suffix(const Change& c, const DiffPrintOptions& o) {
  if (!c.closest_similarity) return "";
  return i18n::tr(o.lang, "diff.how.closest", fmt::arg("id", last_id(c.closest)),
                        fmt::arg("score", fmt::format("{:.2f}", *c.closest_similarity)));
}

std::string severity_suffix(const Change& c, const DiffPrintOptions& o) {
  if (c.severity != "weakened" && c.severity != "attention") return "";
  return " [" + i18n::tr(o.lang, "diff.severity." + c.severity) + "]";
}

// Whether change i has changes under it (the next change is deeper).
bool has_children(const PlanDiff& d, size_t i) {
  return i + 1 < d.changes.size() && d.changes[i + 1].depth > d.changes[i].depth;
}

// The tree: sections, then each change under its parent. Without --verbose
// a support list's changes are one line per action and a deadline shift that
// most targets share is one line at the top; without --all an item kept as
// it was is shown only to hold the changes under it (marked ~, not =).
void write_tree(std::ostream& out, const PlanDiff& d, const DiffPrintOptions& o) {
  bool md = o.format == Format::markdown;
  auto shifts = deadline_shifts(d);
  int paired = d.targets.kept + d.targets.reworded;
  bool shown_shift = false;
  for (const auto& [fromto, n] : shifts) {
    if (o.verbose || n < kSharedShift) continue;
    if (!shown_shift) out << "\n";
    shown_shift = true;
    out << (md ? "- " : "  ")
        << i18n::tr(o.lang, "diff.line.shared-deadline", fmt::arg("old", fromto.first), fmt::arg("new", fromto.second),
                    fmt::arg("n", n), fmt::arg("of", paired))
        << "\n";
  }
  std::string section;
  for (size_t i = 0; i < d.changes.size(); ++i) {
    const Change& c = d.changes[i];
    bool kept = util::ends_with(c.kind, "-kept");
    if (kept && !o.all && !has_children(d, i)) continue;
    if (c.kind == "target-deadline-changed" && !o.verbose && shifts[{c.old_value, c.new_value}] >= kSharedShift) continue;
    std::string s = section_of(c);
    if (s != section) {
      section = s;
      out << "\n" << (md ? "### " : "") << i18n::tr(o.lang, "diff.section." + s) << (md ? "\n\n" : "\n");
    }
    char m = change_marker(c.kind);
    if (kept && has_children(d, i)) m = '~';
    std::string mark = m == '>' ? "→" : std::string(1, m);
    int indent = c.depth <= 1 ? 0 : c.depth - 1;
    std::string line = line_for(c, o) + closest_suffix(c, o);
    if (c.kind == "action-removed" && !o.verbose) {
      // What went with it is one clause, not a line per task and target.
      int tasks = 0, targets = 0;
      size_t k = i + 1;
      for (; k < d.changes.size() && d.changes[k].depth > c.depth; ++k)
        (d.changes[k].kind == "task-removed" ? tasks : targets) += 1;
      if (k > i + 1) line += i18n::tr(o.lang, "diff.line.removed-contents", fmt::arg("tasks", tasks), fmt::arg("targets", targets));
      i = k - 1;
    }
    line += severity_suffix(c, o);
    bool support = c.kind == "support-added" || c.kind == "support-removed";
    if (support && !o.verbose) {
      // This action's support changes, in one line.
      int added = 0, removed = 0;
      size_t k = i;
      for (; k < d.changes.size() && (d.changes[k].kind == "support-added" || d.changes[k].kind == "support-removed") &&
             d.changes[k].new_path == c.new_path && d.changes[k].old_path == c.old_path;
           ++k)
        (d.changes[k].kind == "support-added" ? added : removed) += 1;
      i = k - 1;
      mark = "~";
      line = i18n::tr(o.lang, "diff.line.support-summary", fmt::arg("added", added), fmt::arg("removed", removed));
    }
    if (md) out << std::string(static_cast<size_t>(indent) * 2, ' ') << "- `" << mark << "` " << line << "\n";
    else out << "  " << std::string(static_cast<size_t>(indent) * 2, ' ') << mark << " " << line << "\n";
  }
}

}  // namespace

std::string shown_value(const Change& c, const std::string& value, i18n::Lang lang) {
  return util::starts_with(c.kind, "support-") && value == kEveryMember ? i18n::tr(lang, "kind.support-all") : value;
}

char change_marker(const std::string& kind) {
  if (util::ends_with(kind, "-added")) return '+';
  if (util::ends_with(kind, "-removed")) return '-';
  if (util::ends_with(kind, "-kept")) return '=';
  if (kind == "task-moved" || kind == "action-merged" || kind == "action-split") return '>';  // printed as →
  return '~';
}

std::string section_of(const Change& c) {
  return util::starts_with(c.kind, "plan-") ? "plan"
         : util::starts_with(c.kind, "department-") ? "departments"
         : util::starts_with(c.kind, "milestone-") ? "milestones"
         : util::starts_with(c.new_path.empty() ? c.old_path : c.new_path, "goals/") ? "goals"
                                                                                    : "actions";
}

int count_severity(const PlanDiff& d, const std::string& severity) {
  return static_cast<int>(std::count_if(d.changes.begin(), d.changes.end(), [&](const Change& c) { return c.severity == severity; }));
}

std::vector<std::string> summary_lines(const PlanDiff& d, i18n::Lang lang) {
  int quantified = 0, dequantified = 0, value = 0, deadline = 0;
  for (const auto& c : d.changes) {
    quantified += c.kind == "target-quantified";
    dequantified += c.kind == "target-dequantified";
    value += c.kind == "target-value-changed";
    deadline += c.kind == "target-deadline-changed";
  }
  return {summary_counts(d.actions, lang, "diff.summary.actions"), summary_counts(d.tasks, lang, "diff.summary.tasks"),
          i18n::tr(lang, "diff.summary.targets", fmt::arg("old", d.targets.old_count), fmt::arg("new", d.targets.new_count),
             fmt::arg("onum", d.old_numeric_targets), fmt::arg("nnum", d.new_numeric_targets),
             fmt::arg("quantified", quantified), fmt::arg("dequantified", dequantified), fmt::arg("value", value),
             fmt::arg("deadline", deadline), fmt::arg("removed", d.targets.removed), fmt::arg("added", d.targets.added)),
          summary_counts(d.departments, lang, "diff.summary.departments")};
}

std::string severity_line(const PlanDiff& d, i18n::Lang lang) {
  return i18n::tr(lang, "diff.summary.severity", fmt::arg("weakened", count_severity(d, "weakened")),
                  fmt::arg("attention", count_severity(d, "attention")), fmt::arg("info", count_severity(d, "info")));
}

void write_diff(std::ostream& out, const PlanDiff& d, const DiffPrintOptions& o) {
  if (o.format == Format::json) {
    write_diff_json(out, d);
    return;
  }
  if (o.format == Format::xlsx) {
    write_xlsx(out, d, o);
    return;
  }
  if (o.format == Format::html) {
    write_html(out, d, o);
    return;
  }
  bool md = o.format == Format::markdown;
  if (md) out << "## " << i18n::tr(o.lang, "diff.heading", fmt::arg("old", d.old_id), fmt::arg("new", d.new_id)) << "\n";
  else out << i18n::tr(o.lang, "diff.heading", fmt::arg("old", d.old_id), fmt::arg("new", d.new_id)) << "\n";
  if (!o.stat_only && d.empty()) out << "\n" << i18n::tr(o.lang, "diff.same") << "\n";
  if (!d.empty()) out << "\n" << (md ? "**" + severity_line(d, o.lang) + "**" : severity_line(d, o.lang)) << "\n";
  if (!o.stat_only && !d.empty()) write_tree(out, d, o);
  out << "\n" << (md ? "### " : "") << i18n::tr(o.lang, "diff.section.summary") << (md ? "\n\n" : "\n");
  for (const auto& l : summary_lines(d, o.lang)) out << (md ? "- " : "  ") << l << "\n";
}

}  // namespace scip::diff
