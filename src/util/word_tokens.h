// util/word_tokens — text cut into the words a reader sees.
//
// An inline diff is only readable if its pieces are words: a changed year
// must read [-2020-]{+2025+}, never 202[-0-]{+5+}. ICU's dictionary-based
// word break iterator segments Chinese into words (到|2025|年|完成|农村|学校)
// and keeps numbers whole; here a number also keeps its percent sign (90%),
// and runs of spaces stay tokens so the text can be put back together.
// If ICU cannot be used, Chinese falls back to single characters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace scip::util {

std::vector<std::string> word_tokens(std::string_view utf8);

}  // namespace scip::util
