// i18n/lang — choosing the language, and looking messages up.
#include <cstdlib>
#include <stdexcept>
#include <unordered_map>

#include "i18n/messages.h"

namespace scip::i18n {

namespace {
const std::unordered_map<std::string_view, const MessageText*>& index() {
  static const auto table = [] {
    std::unordered_map<std::string_view, const MessageText*> m;
    for (const auto& t : all_messages()) m.emplace(t.id, &t);
    return m;
  }();
  return table;
}
}  // namespace

bool has_message(std::string_view id) { return index().count(id) != 0; }

std::string_view message(Lang lang, std::string_view id) {
  auto it = index().find(id);
  if (it == index().end()) throw std::logic_error("scip bug: no message with id " + std::string(id));
  return lang == Lang::zh ? it->second->zh : it->second->en;
}

std::string_view html_lang(Lang lang) { return lang == Lang::zh ? "zh-CN" : "en"; }

std::optional<Lang> parse_lang(std::string_view name) {
  if (name.substr(0, 2) == "zh") return Lang::zh;
  if (name.substr(0, 2) == "en" || name == "C" || name == "POSIX" || name.substr(0, 2) == "C.")
    return Lang::en;
  return std::nullopt;
}

Lang detect_lang(std::optional<std::string_view> flag) {
  if (flag) {
    if (auto l = parse_lang(*flag)) return *l;
  }
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) return std::string_view(v).substr(0, 2) == "zh" ? Lang::zh : Lang::en;
  }
  return Lang::en;
}

}  // namespace scip::i18n
