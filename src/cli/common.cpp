// cli/common — see common.h.
#include "cli/common.h"

#include "util/atomic_file.h"
#include "util/date.h"
#include "util/text.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace scip::cli {

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no = std::getenv("NO_COLOR");
  if (no && *no) return false;
  const char* term = std::getenv("TERM");
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return isatty(STDOUT_FILENO) != 0;
}

int table_width(int asked, const GlobalOptions& g) {
  if (asked > 0) return asked;
  winsize ws{};
  if (g.output.empty() && isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 100;
}

std::string output_format(const std::string& asked, bool given, const std::string& output,
                          const std::vector<std::string>& choices) {
  if (given || output.empty()) return asked;
  std::string ext = std::filesystem::path(output).extension().string();
  for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  std::string name = ext == ".md" ? "markdown" : ext == ".htm" ? "html" : ext.empty() ? "" : ext.substr(1);
  return std::find(choices.begin(), choices.end(), name) != choices.end() ? name : asked;
}

i18n::Lang lang_from_args(int argc, char** argv) {
  std::optional<std::string_view> flag;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--lang" && i + 1 < argc) flag = argv[i + 1];
    else if (a.substr(0, 7) == "--lang=") flag = a.substr(7);
  }
  return i18n::detect_lang(flag);
}

CLI::Validator date_validator(i18n::Lang lang) {
  return CLI::Validator(
      [lang](std::string& s) -> std::string {
        return util::parse_date(s) ? std::string() : i18n::tr(lang, "usage.bad-date", fmt::arg("value", s));
      },
      "DATE");
}

bool xlsx_to_terminal(const std::string& format, const GlobalOptions& g, i18n::Lang lang) {
  if (format != "xlsx" || !g.output.empty() || !isatty(STDOUT_FILENO)) return false;
  std::cerr << "scip: " << i18n::tr(lang, "usage.xlsx-to-terminal") << "\n";
  return true;
}

int run_to_file(GlobalOptions& g, const std::vector<std::string>& inputs, i18n::Lang lang,
                const std::function<int()>& command) {
  namespace fs = std::filesystem;
  // scip never writes over what it reads: refuse when the output is one of
  // the input files (compared as files, so ./a.csv and a.csv match).
  std::error_code ec;
  if (fs::exists(g.output, ec))
    for (const auto& input : inputs)
      if (fs::equivalent(input, g.output, ec) && !ec) {
        std::cerr << "scip: " << i18n::tr(lang, "usage.output-is-input", fmt::arg("path", g.output)) << "\n";
        return kUsage;
      }
  util::AtomicFile file(g.output);
  auto cannot_write = [&] {
    std::cerr << "scip: " << i18n::tr(lang, "usage.cannot-write", fmt::arg("path", g.output), fmt::arg("reason", file.error()))
              << "\n";
    return kUsage;
  };
  if (!file.ok()) return cannot_write();
  if (g.color == "auto") g.color = "never";
  std::streambuf* saved = std::cout.rdbuf(file.stream().rdbuf());
  int code;
  try {
    code = command();
  } catch (...) {
    std::cout.rdbuf(saved);
    throw;  // the temporary file is removed; the target is untouched
  }
  std::cout.flush();
  std::cout.rdbuf(saved);
  // Exit 0 and 1 are complete outputs; so is exit 2 when the command still
  // wrote its report (check with an unreadable path). An empty output never
  // replaces a file (progress refusing plans with errors writes nothing).
  bool wrote = file.stream().tellp() > 0;
  if (!(code == kOk || code == kFound || (code == kUsage && wrote))) return code;
  if (!file.commit()) return cannot_write();
  return code;
}

void add_max_file_size(CLI::App* cmd, uint64_t& target, i18n::Lang lang) {
  cmd->add_option("--max-file-size", target, i18n::tr(lang, "help.max-file-size"))
      ->transform(CLI::AsSizeValue(false).description(""))
      ->type_name("SIZE")
      ->default_str(target % (1u << 20) == 0 ? std::to_string(target >> 20) + "M" : std::to_string(target));
}

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == ',') {
      std::string part(util::trim(std::string_view(s).substr(start, i - start)));
      if (!part.empty()) out.push_back(part);
      start = i + 1;
    }
  return out;
}

// "scip: no target 'x' in the table; did you mean "y"?" for a name given on
// the command line that the corpus does not know. Returns the exit code.
int not_found(i18n::Lang lang, std::string_view message_id, const std::string& value, const std::optional<std::string>& dym) {
  std::cerr << "scip: " << i18n::tr(lang, message_id, fmt::arg("value", util::neutralize_controls(value)))
            << (dym ? "; " + i18n::tr(lang, "hint.did-you-mean", fmt::arg("value", *dym)) : std::string()) << "\n";
  return kUsage;
}

}  // namespace scip::cli
