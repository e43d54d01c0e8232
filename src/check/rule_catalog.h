// check/rule_catalog — every rule scip checks, documented in one place.
//
// Each rule has a stable code, a fixed severity, and an example of a file that
// breaks it and of one that keeps it. Its "must/should" sentence and the
// reason it matters are messages "rule.<code>.must" and "rule.<code>.why" in
// the message table, so they exist in both languages. `scip explain CODE`
// prints an entry, `scip explain --list` all of them, and the README's rule
// table is generated from here (`scip explain --list --format markdown`).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "check/diagnostic.h"

namespace scip::check {

struct Rule {
  std::string_view code;
  Severity severity;
  std::string_view group;  // yaml | schema | plan | corpus | findings | ledger | rubric | catalog | submission
  std::string_view bad;    // an example that triggers the rule
  std::string_view good;   // the same example, fixed
};

std::span<const Rule> all_rules();
const Rule* find_rule(std::string_view code);

// The rule's "must" sentence and the reason it matters (from the message table).
std::string_view rule_must(const Rule& r, i18n::Lang lang);
std::string_view rule_why(const Rule& r, i18n::Lang lang);
// What `scip explain CODE` prints: code and severity, the sentence, why, a
// bad and a good example (also the help text of SARIF's rule descriptors).
std::string rule_explanation(const Rule& r, i18n::Lang lang);

}  // namespace scip::check
