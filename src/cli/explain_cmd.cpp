// cli/explain_cmd — the rule catalog for people: one entry (as `rustc
// --explain` does) or the whole list, as text or as the Markdown table that
// the README includes.
#include "cli/explain_cmd.h"

#include <iostream>

#include "check/rule_catalog.h"
#include "util/text.h"

namespace scip::cli {

CLI::App* setup_explain(CLI::App& app, ExplainCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("explain", i18n::tr(lang, "help.explain"));
  cmd->add_option("code", o.code, i18n::tr(lang, "help.explain.code"))->type_name("CODE");
  cmd->add_flag("--list", o.list, i18n::tr(lang, "help.explain.list"));
  cmd->add_option("--format", o.format, i18n::tr(lang, "help.explain.format"))
      ->check(CLI::IsMember({"text", "markdown"}))
      ->capture_default_str();
  cmd->footer(i18n::tr(lang, "help.explain.examples"));
  return cmd;
}

namespace {

std::string md_cell(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '|' ? std::string("\\|") : c == '\n' ? std::string(" ") : std::string(1, c);
  return out;
}

}  // namespace

int run_explain(const ExplainCmdOptions& o, i18n::Lang lang) {
  if (o.list || o.code.empty()) {
    if (o.format == "markdown") {
      std::cout << "| " << i18n::tr(lang, "explain.col.code") << " | " << i18n::tr(lang, "explain.col.severity") << " | "
                << i18n::tr(lang, "explain.col.rule") << " |\n|---|---|---|\n";
      for (const auto& r : check::all_rules())
        std::cout << "| `" << r.code << "` | " << check::severity_name(r.severity) << " | "
                  << md_cell(check::rule_must(r, lang)) << " |\n";
      return kOk;
    }
    size_t w = 0;
    for (const auto& r : check::all_rules()) w = std::max(w, r.code.size());
    for (const auto& r : check::all_rules())
      std::cout << util::pad_right(r.code, static_cast<int>(w)) << "  " << util::pad_right(check::severity_name(r.severity), 7)
                << "  " << check::rule_must(r, lang) << "\n";
    return kOk;
  }
  const check::Rule* r = check::find_rule(o.code);
  if (!r) {
    std::vector<std::string> codes;
    for (const auto& x : check::all_rules()) codes.emplace_back(x.code);
    std::string hint;
    if (auto dym = util::did_you_mean(o.code, codes)) hint = " " + i18n::tr(lang, "hint.did-you-mean", fmt::arg("value", *dym));
    std::cerr << "scip: " << i18n::tr(lang, "explain.unknown", fmt::arg("code", util::neutralize_controls(o.code))) << hint
              << "\n";
    return kUsage;
  }
  std::cout << check::rule_explanation(*r, lang);
  return kOk;
}

}  // namespace scip::cli
