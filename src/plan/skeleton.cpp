// plan/skeleton — see skeleton.h.
#include "plan/skeleton.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace scip::plan {

namespace {

std::string todo(i18n::Lang lang, const std::string& id) { return i18n::tr(lang, "skeleton.todo." + id); }

void emit_target(YAML::Emitter& y, const Target& t, i18n::Lang lang) {
  y << YAML::BeginMap << YAML::Key << "id" << YAML::Value << t.id;
  if (!t.indicator.empty()) y << YAML::Key << "indicator" << YAML::Value << t.indicator.str();
  if (!t.name.empty()) y << YAML::Key << "name" << YAML::Value << t.name.str();
  y << YAML::Comment(i18n::tr(lang, "skeleton.todo.value", fmt::arg("op", t.op), fmt::arg("value", fmt::format("{}", *t.value)),
                              fmt::arg("unit", t.unit), fmt::arg("by", t.by ? t.by->text.str() : "")));
  y << YAML::Key << "unit" << YAML::Value << t.unit.str();
  if (t.by) y << YAML::Key << "by" << YAML::Value << t.by->text.str();
  y << YAML::EndMap;
}

}  // namespace

std::string skeleton_plan(const Plan& parent, const SkeletonRegion& region, i18n::Lang lang) {
  YAML::Emitter y;
  y.SetIndent(2);
  y << YAML::Comment(i18n::tr(lang, "skeleton.header", fmt::arg("parent", parent.id), fmt::arg("title", parent.title),
                              fmt::arg("region", region.name), fmt::arg("code", region.code)));
  y << YAML::BeginMap;
  y << YAML::Key << "scip" << YAML::Value << 1;
  y << YAML::Key << "type" << YAML::Value << "plan";
  y << YAML::Key << "id" << YAML::Value << fmt::format("{}-{}-{}", region.code, parent.start, parent.end);
  y << YAML::Key << "title" << YAML::Value
    << i18n::tr(lang, "skeleton.title", fmt::arg("region", region.name), fmt::arg("start", parent.start), fmt::arg("end", parent.end));
  y << YAML::Comment(todo(lang, "title"));
  y << YAML::Key << "region" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "code" << YAML::Value
    << YAML::DoubleQuoted << region.code << YAML::Key << "name" << YAML::Value << region.name << YAML::Key << "level"
    << YAML::Value << region.level << YAML::EndMap;
  y << YAML::Key << "period" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "start" << YAML::Value
    << parent.start << YAML::Key << "end" << YAML::Value << parent.end << YAML::EndMap;
  if (parent.fyp) y << YAML::Key << "fyp" << YAML::Value << *parent.fyp;
  y << YAML::Key << "parent" << YAML::Value << parent.id;
  y << YAML::Key << "departments" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::EndMap;
  y << YAML::Comment(todo(lang, "departments"));
  bool quantified = false;
  for (const auto& g : parent.goals)
    for (const auto& t : g.targets) quantified = quantified || t.value.has_value();
  if (quantified) {
    y << YAML::Key << "goals" << YAML::Value << YAML::BeginSeq;
    for (const auto& g : parent.goals) {
      y << YAML::BeginMap << YAML::Key << "id" << YAML::Value << g.id << YAML::Key << "text" << YAML::Value << g.text.str();
      y << YAML::Comment(todo(lang, "goal"));
      y << YAML::Key << "targets" << YAML::Value << YAML::BeginSeq;
      for (const auto& t : g.targets)
        if (t.value) emit_target(y, t, lang);
      y << YAML::EndSeq << YAML::EndMap;
    }
    y << YAML::EndSeq;
  }
  y << YAML::Key << "actions" << YAML::Value << YAML::BeginSeq;
  for (const auto& a : parent.actions) {
    y << YAML::BeginMap << YAML::Key << "id" << YAML::Value << a.id << YAML::Key << "kind" << YAML::Value << a.kind
      << YAML::Key << "title" << YAML::Value << a.title.str();
    y << YAML::Comment(todo(lang, "action"));
    for (const auto& t : a.targets)
      if (t.value) {
        y << YAML::Key << "targets" << YAML::Value << YAML::BeginSeq;
        for (const auto& x : a.targets)
          if (x.value) emit_target(y, x, lang);
        y << YAML::EndSeq;
        break;
      }
    y << YAML::EndMap;
  }
  y << YAML::EndSeq << YAML::EndMap;
  return std::string(y.c_str()) + "\n";
}

}  // namespace scip::plan
