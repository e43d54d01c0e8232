// i18n/messages — every word scip shows a user, in English and in Chinese.
//
// Diagnostics, hints, summaries, help texts, table headers and the rule
// catalog's explanations all come from the one table in messages.cpp, keyed by
// a stable id. Each entry holds both languages side by side, so a message can
// not exist in one language only (tests/unit/messages_test.cpp checks that
// both are present and use the same {placeholders}). Texts are fmt format
// strings with named arguments: tr(lang, "check.summary", fmt::arg("files", 3)).
#pragma once

#include <fmt/format.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace scip::i18n {

enum class Lang { en, zh };

struct MessageText {
  std::string_view id;
  std::string_view en;
  std::string_view zh;
};

std::span<const MessageText> all_messages();

// The text of message `id`; an unknown id is a bug in scip (std::logic_error).
std::string_view message(Lang lang, std::string_view id);
bool has_message(std::string_view id);

template <class... Args>
std::string tr(Lang lang, std::string_view id, Args&&... args) {
  return fmt::format(fmt::runtime(message(lang, id)), std::forward<Args>(args)...);
}

// "zh", "zh_CN.UTF-8", "en", "C" ... -> a language; nullopt for unknown names.
std::optional<Lang> parse_lang(std::string_view name);
// The language as an HTML page declares it: "zh-CN" or "en".
std::string_view html_lang(Lang lang);

// From --lang if given, else LC_ALL, LC_MESSAGES, LANG (first one set): zh*
// gives Chinese, anything else English.
Lang detect_lang(std::optional<std::string_view> flag);

}  // namespace scip::i18n
