// cli/manpage_cmd — `scip manpage`: the man page scip.1, in the language of
// --lang (the build writes man1/scip.1 and zh_CN/man1/scip.1 with it).
#pragma once

#include "cli/common.h"

namespace scip::cli {

CLI::App* setup_manpage(CLI::App& app, i18n::Lang lang);
int run_manpage(const CLI::App& app, i18n::Lang lang);

}  // namespace scip::cli
