// The message table: no message in one language only, the same placeholders
// in both, and every rule documented.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "check/rule_catalog.h"
#include "i18n/messages.h"

using namespace scip;
using namespace scip::i18n;
using scip::check::all_rules;
using scip::util::Pos;

namespace {
std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> out;
  std::string s(text);
  static const std::regex re("\\{([a-z_]*)\\}");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it)
    out.insert((*it)[1]);
  return out;
}
}  // namespace

TEST_CASE("every message exists in both languages with the same placeholders") {
  std::set<std::string_view> ids;
  for (const auto& m : all_messages()) {
    INFO("message " << m.id);
    CHECK(ids.insert(m.id).second);  // unique ids
    CHECK_FALSE(m.en.empty());
    CHECK_FALSE(m.zh.empty());
    CHECK(placeholders(m.en) == placeholders(m.zh));
  }
}

TEST_CASE("every rule has its sentence and reason in both languages, and a bad and a good example") {
  std::set<std::string_view> codes;
  for (const auto& r : all_rules()) {
    INFO("rule " << r.code);
    CHECK(codes.insert(r.code).second);
    CHECK(has_message("rule." + std::string(r.code) + ".must"));
    CHECK(has_message("rule." + std::string(r.code) + ".why"));
    CHECK_FALSE(r.bad.empty());
    CHECK_FALSE(r.good.empty());
    // Codes are kebab-case.
    CHECK(std::regex_match(std::string(r.code), std::regex("[a-z0-9]+(-[a-z0-9]+)*")));
  }
}

TEST_CASE("language selection") {
  CHECK(parse_lang("zh_CN.UTF-8") == Lang::zh);
  CHECK(parse_lang("en_US.UTF-8") == Lang::en);
  CHECK(parse_lang("C") == Lang::en);
  CHECK_FALSE(parse_lang("fr").has_value());
  CHECK(tr(Lang::zh, "summary.errors", fmt::arg("n", 2)) == "2 个错误");
  CHECK_THROWS_AS(message(Lang::en, "no.such.message"), std::logic_error);
}
