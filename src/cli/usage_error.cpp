// cli/usage_error — see usage_error.h.
#include "cli/usage_error.h"

#include <optional>
#include <vector>

#include "util/text.h"

namespace scip::cli {

namespace {

// Matches `text` against a form with {a}, {b}, {c} (each at most once, in
// that order): the literal parts must match, the placeholders take what is between.
std::optional<std::vector<std::string>> match_form(std::string_view form, std::string_view text) {
  std::vector<std::string> parts;
  while (true) {
    size_t open = form.find('{');
    if (open == std::string_view::npos) {
      if (form != text) return std::nullopt;
      return parts;
    }
    std::string_view literal = form.substr(0, open);
    if (!util::consume_prefix(text, literal)) return std::nullopt;
    size_t close = form.find('}', open);
    form.remove_prefix(close + 1);
    // The placeholder takes text up to the next literal (the first `{` of the
    // form after it), or everything when nothing follows.
    std::string_view next = form.substr(0, form.find('{'));
    size_t end = next.empty() ? text.size() : text.find(next);
    if (end == std::string_view::npos || end == 0) return std::nullopt;
    parts.emplace_back(text.substr(0, end));
    text.remove_prefix(end);
  }
}

}  // namespace

std::string usage_error_text(std::string_view message, i18n::Lang lang) {
  for (const auto& m : i18n::all_messages()) {
    if (!m.id.starts_with("usage.cli11.")) continue;
    if (auto parts = match_form(m.en, message)) {
      parts->resize(3);
      return i18n::tr(lang, m.id, fmt::arg("a", (*parts)[0]), fmt::arg("b", (*parts)[1]), fmt::arg("c", (*parts)[2]));
    }
  }
  return std::string(message);
}

}  // namespace scip::cli
