// cli/usage_error — CLI11's parse errors in the user's language.
//
// CLI11 words its errors in English ("--format: xyz not in {…}", "new is
// required"). Each form it uses is an entry "usage.cli11.*" of the message
// table whose English text is CLI11's, with {a}, {b}, {c} where CLI11
// puts the option and the value; the error is matched against those forms and
// said again in the chosen language. A form not in the table is shown as
// CLI11 wrote it (and tests/cli/usage-errors-zh pins the common ones).
#pragma once

#include <string>
#include <string_view>

#include "i18n/messages.h"

namespace scip::cli {

std::string usage_error_text(std::string_view cli11_message, i18n::Lang lang);

}  // namespace scip::cli
