// cli/common — what every subcommand shares: language, colour, exit codes.
//
// Exit codes are a contract (README, "Exit codes"):
//   0  success, no errors
//   1  errors found (check: also warnings with --strict)
//   2  usage error, or a path that cannot be read
//   3  internal error: a bug in scip (please report it)
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/messages.h"

namespace scip::cli {

enum Exit { kOk = 0, kFound = 1, kUsage = 2, kInternal = 3 };

struct GlobalOptions {
  std::string lang;          // --lang; empty: from the environment
  std::string color = "auto";  // --color auto|always|never
  std::string output;          // -o FILE; empty: standard output
};

// Runs `command` with standard output going to `g.output`, written
// atomically (util/atomic_file.h): the file is replaced only when the
// command finished with exit code 0 or 1, and never when it names one of the
// command's input files (exit 2). Colour is off in auto mode.
int run_to_file(GlobalOptions& g, const std::vector<std::string>& inputs, i18n::Lang lang,
                const std::function<int()>& command);

// Whether to colour output on stdout: never with NO_COLOR or TERM=dumb in
// auto mode, always/never as asked.
bool use_color(const std::string& mode);

// The width a terminal table is fitted to: `asked` (--width) when given, the
// terminal's columns when standard output is one and goes to no file, else 100.
int table_width(int asked, const GlobalOptions& g);

// The output format: `asked` when --format was given (`given`); else the one
// -o FILE's extension names among `choices` (.html, .xlsx, .csv, .json, .md
// for markdown), so that `-o report.html` writes a page; else `asked`.
std::string output_format(const std::string& asked, bool given, const std::string& output,
                          const std::vector<std::string>& choices);

// Whether a workbook (`format` xlsx) would go to a terminal: said on stderr,
// and the command returns kUsage (binary bytes would garble the screen).
bool xlsx_to_terminal(const std::string& format, const GlobalOptions& g, i18n::Lang lang);

// The language from --lang (looked up in argv before CLI11 parses, so that
// --help itself is translated) or from LC_ALL / LC_MESSAGES / LANG.
i18n::Lang lang_from_args(int argc, char** argv);

// Accepts a calendar date YYYY-MM-DD (for --as-of).
CLI::Validator date_validator(i18n::Lang lang);

// --max-file-size SIZE (8M, 512K, 1G; 0: no limit) for commands that read plans.
void add_max_file_size(CLI::App* cmd, uint64_t& target, i18n::Lang lang);

// "a, b,c" -> {"a", "b", "c"} (empty parts dropped).
std::vector<std::string> split_commas(const std::string& s);
// "scip: no target 'x' in the table; did you mean "y"?" for a name given on
// the command line that the corpus does not know. Returns the exit code (2).
int not_found(i18n::Lang lang, std::string_view message_id, const std::string& value, const std::optional<std::string>& dym);

}  // namespace scip::cli
