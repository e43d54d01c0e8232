// check/diagnostic — see diagnostic.h.
#include "check/diagnostic.h"

#include <stdexcept>

#include "check/rule_catalog.h"

namespace scip::check {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

Diagnostic& Diagnostics::add(std::string_view code, const std::string& file, util::Pos pos,
                             std::string message, std::string hint) {
  const Rule* rule = find_rule(code);
  if (!rule) throw std::logic_error("scip bug: diagnostic code not in the rule catalog: " + std::string(code));
  items_.push_back(Diagnostic{file, pos, rule->severity, std::string(code), std::move(message), std::move(hint), {}, 0});
  return items_.back();
}

}  // namespace scip::check
