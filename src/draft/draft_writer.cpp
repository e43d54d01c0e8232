// draft/draft_writer — see draft_writer.h.
#include "draft/draft_writer.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace scip::draft {

namespace {

void comment(YAML::Emitter& y, const std::vector<Remark>& remarks) {
  if (remarks.empty()) return;
  std::string text;
  for (const auto& r : remarks) text += (text.empty() ? "" : "; ") + r.text;
  y << YAML::Comment(text);
}

std::string number(double v) { return fmt::format("{}", v); }

void emit_targets(YAML::Emitter& y, const std::vector<DraftTarget>& targets) {
  if (targets.empty()) return;
  y << YAML::Key << "targets" << YAML::Value << YAML::BeginSeq;
  for (const auto& t : targets) {
    y << YAML::BeginMap << YAML::Key << "id" << YAML::Value << t.id;
    comment(y, t.remarks);
    if (!t.indicator.empty()) y << YAML::Key << "indicator" << YAML::Value << t.indicator;
    y << YAML::Key << "name" << YAML::Value << t.found.name;
    y << YAML::Key << "value" << YAML::Value << number(t.found.value);
    y << YAML::Key << "unit" << YAML::Value << (t.found.unit == "%" ? YAML::DoubleQuoted : YAML::Auto) << t.found.unit;
    if (!t.found.op.empty()) y << YAML::Key << "op" << YAML::Value << YAML::DoubleQuoted << t.found.op;
    y << YAML::Key << "by" << YAML::Value << t.found.by;
    if (!t.found.per.empty()) y << YAML::Key << "per" << YAML::Value << t.found.per;
    y << YAML::Key << "source" << YAML::Value << t.source;
    y << YAML::Key << "text" << YAML::Value << t.found.quote;
    y << YAML::EndMap;
  }
  y << YAML::EndSeq;
}

void emit_ids(YAML::Emitter& y, const char* key, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  y << YAML::Key << key << YAML::Value << YAML::Flow << ids;
}

void emit_header(YAML::Emitter& y, const Draft& d) {
  y << YAML::Key << "scip" << YAML::Value << 1 << YAML::Key << "type" << YAML::Value << "plan";
  y << YAML::Key << "id" << YAML::Value << d.id;
  comment(y, {d.header_remarks.back()});
  y << YAML::Key << "title" << YAML::Value << d.title;
  if (!d.region_code.empty()) {
    y << YAML::Key << "region" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "code" << YAML::Value
      << YAML::DoubleQuoted << d.region_code << YAML::Key << "name" << YAML::Value << d.region_name << YAML::Key << "level"
      << YAML::Value << d.region_level << YAML::EndMap;
  }
  std::vector<Remark> rest(d.header_remarks.begin(), d.header_remarks.end() - 1);
  comment(y, rest);
  y << YAML::Key << "period" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "start" << YAML::Value << d.start
    << YAML::Key << "end" << YAML::Value << d.end << YAML::EndMap;
  if (d.fyp) y << YAML::Key << "fyp" << YAML::Value << d.fyp;
  if (!d.issuer.empty()) y << YAML::Key << "issuer" << YAML::Value << d.issuer;
  if (!d.document.empty()) y << YAML::Key << "document" << YAML::Value << d.document;
  if (!d.issued.empty()) y << YAML::Key << "issued" << YAML::Value << d.issued;
}

void emit_action(YAML::Emitter& y, const DraftAction& a) {
  y << YAML::BeginMap << YAML::Key << "id" << YAML::Value << a.id;
  comment(y, a.remarks);
  y << YAML::Key << "kind" << YAML::Value << a.kind << YAML::Key << "title" << YAML::Value << a.title;
  y << YAML::Key << "source" << YAML::Value << a.source;
  if (!a.text.empty()) y << YAML::Key << "text" << YAML::Value << a.text;
  emit_ids(y, "lead", a.lead);
  emit_ids(y, "support", a.support);
  if (a.support_all) y << YAML::Key << "support_all" << YAML::Value << true;
  emit_targets(y, a.targets);
  if (!a.tasks.empty()) {
    y << YAML::Key << "tasks" << YAML::Value << YAML::BeginSeq;
    for (const auto& t : a.tasks) {
      y << YAML::BeginMap << YAML::Key << "id" << YAML::Value << t.id;
      comment(y, t.remarks);
      y << YAML::Key << "title" << YAML::Value << t.title << YAML::Key << "source" << YAML::Value << t.source;
      if (!t.text.empty()) y << YAML::Key << "text" << YAML::Value << t.text;
      emit_ids(y, "lead", t.lead);
      emit_ids(y, "support", t.support);
      emit_targets(y, t.targets);
      y << YAML::EndMap;
    }
    y << YAML::EndSeq;
  }
  y << YAML::EndMap;
}

}  // namespace

std::string draft_yaml(const Draft& d, const std::string& document, i18n::Lang lang) {
  YAML::Emitter y;
  y.SetIndent(2);
  y << YAML::Comment(i18n::tr(lang, "import.header", fmt::arg("document", document)));
  y << YAML::BeginMap;
  emit_header(y, d);
  y << YAML::Key << "source" << YAML::Value << document;
  if (!d.departments.empty()) {
    y << YAML::Key << "departments" << YAML::Value << YAML::BeginMap;
    for (const auto& [id, name] : d.departments) y << YAML::Key << id << YAML::Value << name;
    y << YAML::EndMap;
  }
  if (!d.goals.empty()) {
    y << YAML::Key << "goals" << YAML::Value << YAML::BeginSeq;
    for (const auto& g : d.goals) {
      y << YAML::BeginMap << YAML::Key << "id" << YAML::Value << g.id << YAML::Key << "source" << YAML::Value << g.source;
      y << YAML::Key << "text" << YAML::Value << g.text;
      emit_targets(y, g.targets);
      y << YAML::EndMap;
    }
    y << YAML::EndSeq;
  }
  if (!d.actions.empty()) {
    y << YAML::Key << "actions" << YAML::Value << YAML::BeginSeq;
    for (const auto& a : d.actions) emit_action(y, a);
    y << YAML::EndSeq;
  }
  if (!d.milestones.empty()) {
    y << YAML::Key << "milestones" << YAML::Value << YAML::BeginSeq;
    for (const auto& m : d.milestones) {
      y << YAML::Flow << YAML::BeginMap << YAML::Key << "id" << YAML::Value << m.id << YAML::Key << "title" << YAML::Value
        << m.title;
      if (m.from && m.from != m.by) y << YAML::Key << "from" << YAML::Value << m.from;
      y << YAML::Key << "by" << YAML::Value << m.by << YAML::Key << "source" << YAML::Value << m.source << YAML::EndMap;
    }
    y << YAML::EndSeq;
  }
  y << YAML::EndMap;
  return std::string(y.c_str()) + "\n";
}

void write_draft_report(std::ostream& out, const Draft& d, const std::string& document, i18n::Lang lang) {
  size_t tasks = 0, targets = 0, projects = 0;
  std::vector<Remark> todo;
  auto take = [&](const std::vector<Remark>& r) { todo.insert(todo.end(), r.begin(), r.end()); };
  auto count_targets = [&](const std::vector<DraftTarget>& ts) {
    targets += ts.size();
    for (const auto& t : ts) take(t.remarks);
  };
  take(d.header_remarks);
  for (const auto& g : d.goals) count_targets(g.targets);
  for (const auto& a : d.actions) {
    projects += a.kind == "project";
    take(a.remarks);
    count_targets(a.targets);
    tasks += a.tasks.size();
    for (const auto& t : a.tasks) {
      take(t.remarks);
      count_targets(t.targets);
    }
  }
  out << i18n::tr(lang, "import.report.found", fmt::arg("document", document), fmt::arg("actions", d.actions.size() - projects),
                  fmt::arg("projects", projects), fmt::arg("tasks", tasks), fmt::arg("departments", d.departments.size()),
                  fmt::arg("goals", d.goals.size()), fmt::arg("targets", targets), fmt::arg("milestones", d.milestones.size()))
      << "\n";
  std::stable_sort(todo.begin(), todo.end(), [](const Remark& a, const Remark& b) { return a.line < b.line; });
  if (!todo.empty()) out << i18n::tr(lang, "import.report.review", fmt::arg("count", todo.size())) << "\n";
  for (const auto& r : todo) out << fmt::format("  {}:{}: {}\n", document, r.line, r.text);
  if (!d.skipped.empty()) out << i18n::tr(lang, "import.report.skipped", fmt::arg("count", d.skipped.size())) << "\n";
  for (const auto& r : d.skipped) out << fmt::format("  {}:{}: {}\n", document, r.line, r.text);
}

}  // namespace scip::draft
