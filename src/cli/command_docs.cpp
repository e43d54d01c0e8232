// cli/command_docs — see command_docs.h.
#include "cli/command_docs.h"

namespace scip::cli {

namespace {

std::vector<std::string> choices_of(const std::string& type_name) {
  std::vector<std::string> out;
  size_t open = type_name.find('{'), close = type_name.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return out;
  std::string list = type_name.substr(open + 1, close - open - 1);
  size_t start = 0;
  for (size_t i = 0; i <= list.size(); ++i)
    if (i == list.size() || list[i] == ',') {
      if (i > start) out.push_back(list.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

OptionDoc describe_option(const CLI::Option& o) {
  OptionDoc d;
  for (const auto& s : o.get_snames()) d.names.push_back("-" + s);
  for (const auto& l : o.get_lnames()) d.names.push_back("--" + l);
  if (d.names.empty()) d.positional = o.get_name(true);
  std::string type = o.get_type_name();
  d.choices = choices_of(type);
  if (o.get_expected_max() > 0 || !d.positional.empty()) d.value = type.substr(0, type.find(':'));
  d.description = o.get_description();
  d.many = !d.positional.empty() && o.get_items_expected_max() > 1;
  d.files = d.value == "FILE" || d.value == "DIR" || d.value == "PATH";
  return d;
}

CommandDoc describe_command(const CLI::App& app, const std::string& name) {
  CommandDoc c;
  c.name = name;
  c.description = app.get_description();
  c.footer = app.get_footer();
  c.hidden = app.get_group().empty();
  for (const CLI::Option* o : app.get_options()) c.options.push_back(describe_option(*o));
  return c;
}

}  // namespace

std::vector<CommandDoc> describe(const CLI::App& app) {
  std::vector<CommandDoc> out{describe_command(app, "scip")};
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    out.push_back(describe_command(*sub, sub->get_name()));
  return out;
}

}  // namespace scip::cli
