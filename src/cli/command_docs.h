// cli/command_docs — the command line described as data, read off the CLI11
// definitions themselves.
//
// The man pages (cli/manpage_cmd) and the shell completions
// (cli/completion_cmd) are generated from this, and `--help` is CLI11
// printing the same definitions, so an option added to a subcommand appears
// in all four without a second list to keep. Choices come from the option's
// IsMember check (CLI11 shows it as "TEXT:{a,b,c}").
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace scip::cli {

struct OptionDoc {
  std::vector<std::string> names;  // "-o", "--output"; empty for a positional
  std::string positional;          // its name ("paths"), for a positional
  std::string value;               // "FILE", "TEXT"…; empty for a flag
  std::vector<std::string> choices;
  std::string description;
  bool many = false;  // a positional that takes several values
  bool files = false;  // its value is a file or folder (type FILE, DIR or PATH)
};

struct CommandDoc {
  std::string name;  // "scip" for the top level
  std::string description;
  std::string footer;  // the examples
  std::vector<OptionDoc> options;
  bool hidden = false;  // not listed in --help (the man page generator itself)
};

// The top level first, then each subcommand in the order they were added.
std::vector<CommandDoc> describe(const CLI::App& app);

}  // namespace scip::cli
