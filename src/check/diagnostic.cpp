// check/diagnostic — see diagnostic.h.
#include "check/diagnostic.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "check/rule_catalog.h"
#include "util/text.h"
#include "util/workbook.h"

namespace scip::check {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

std::string cell_of(const Diagnostic& d) {
  if (d.sheet.empty()) return {};
  return d.pos.known() ? d.sheet + "!" + util::cell_name(d.pos.line, std::max(d.pos.column, 1)) : d.sheet;
}

std::string place_of(const Diagnostic& d) {
  std::string file = util::neutralize_controls(d.file);
  if (!d.sheet.empty()) return file + ":" + util::neutralize_controls(cell_of(d));
  if (!d.pos.known()) return file;
  return fmt::format("{}:{}:{}", file, d.pos.line, d.pos.column);
}

void Diagnostics::refine_hint(const std::string& file, util::Pos pos, std::string hint) {
  for (auto it = items_.rbegin(); it != items_.rend(); ++it)
    if (it->file == file && it->pos.line == pos.line && it->pos.column == pos.column) {
      it->hint = std::move(hint);
      return;
    }
}

Diagnostic& Diagnostics::add(std::string_view code, const std::string& file, util::Pos pos,
                             std::string message, std::string hint) {
  const Rule* rule = find_rule(code);
  if (!rule) throw std::logic_error("scip bug: diagnostic code not in the rule catalog: " + std::string(code));
  items_.push_back(Diagnostic{file, pos, rule->severity, std::string(code), std::move(message), std::move(hint), {}, 0, false, {}});
  return items_.back();
}

void Diagnostics::append(Diagnostics&& more) {
  items_.insert(items_.end(), std::make_move_iterator(more.items_.begin()), std::make_move_iterator(more.items_.end()));
  more.items_.clear();
}

bool DiagnosticCap::take(const std::string& file, std::string_view code, const std::string& hint) {
  Tally& t = tallies_[{file, std::string(code)}];
  if (++t.count > max_) return false;
  t.hint = hint;
  return true;
}

void DiagnosticCap::pass_over(const std::string& file, std::string_view code, size_t n) {
  Tally& t = tallies_[{file, std::string(code)}];
  if (t.count < max_) throw std::logic_error("DiagnosticCap::pass_over before the listed ones were taken");
  t.count += n;
}

void DiagnosticCap::summarize(Diagnostics& out, bool about_figures) const {
  for (const auto& [key, t] : tallies_)
    if (t.count > max_)
      out.add(key.second, key.first, util::Pos{},
              out.tr("diag.more-like-this", fmt::arg("n", t.count - max_), fmt::arg("code", key.second), fmt::arg("max", max_)),
              t.hint)
          .about_figures = about_figures;
}

}  // namespace scip::check
