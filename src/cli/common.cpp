// cli/common — see common.h.
#include "cli/common.h"

#include "util/date.h"

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

Lang lang_from_args(int argc, char** argv) {
  std::optional<std::string_view> flag;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--lang" && i + 1 < argc) flag = argv[i + 1];
    else if (a.substr(0, 7) == "--lang=") flag = a.substr(7);
  }
  return detect_lang(flag);
}

CLI::Validator date_validator(Lang lang) {
  return CLI::Validator(
      [lang](std::string& s) -> std::string {
        return util::parse_date(s) ? std::string() : tr(lang, "usage.bad-date", fmt::arg("value", s));
      },
      "DATE");
}

}  // namespace scip::cli
