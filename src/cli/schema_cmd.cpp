// cli/schema_cmd — prints the schema the binary validates against, byte for
// byte the file in schemas/ (it is embedded at build time).
#include "cli/schema_cmd.h"

#include <iostream>

#include "check/schema_source.h"

namespace scip::cli {

CLI::App* setup_schema(CLI::App& app, SchemaCmdOptions& o, i18n::Lang lang) {
  CLI::App* cmd = app.add_subcommand("schema", i18n::tr(lang, "help.schema"));
  cmd->add_option("name", o.name, i18n::tr(lang, "help.schema.name"))
      ->required()
      ->check(CLI::IsMember(check::document_types()));
  cmd->footer(i18n::tr(lang, "help.schema.examples"));
  return cmd;
}

int run_schema(const SchemaCmdOptions& o) {
  std::cout << check::embedded_schema(o.name);
  return kOk;
}

}  // namespace scip::cli
