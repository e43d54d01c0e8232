// check/diagnostic — one problem found in one place, and the list of them.
//
// A diagnostic is what a compiler prints: file, line, column, severity, a
// stable kebab-case code (the same in every language), a message that quotes
// the offending value, and an optional hint. The severity of a code is fixed
// by the rule catalog (rule_catalog.h), so no call site can disagree with the
// documentation of its rule.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "i18n/messages.h"
#include "util/fields.h"
#include "util/line_index.h"

namespace scip::check {

enum class Severity { error, warning, note };

struct Diagnostic {
  std::string file;
  util::Pos pos;
  Severity severity = Severity::error;
  std::string code;
  std::string message;
  std::string hint;
  // For files not kept in memory (CSV): the text of the line and the
  // code-point column the caret goes under, since pos.column is a field number.
  std::string excerpt;
  int excerpt_column = 0;
  // About submitted figures, not the plans: such an error leaves out figures
  // (a row, or a whole file with a broken header) but nothing else, so
  // progress still measures what is left, and progress shows such warnings
  // beside its table. Set by the submission rules; plans' diagnostics never
  // have it.
  bool about_figures = false;
  // In a workbook: the sheet; pos is then (row, column) of a cell, shown
  // `book.xlsx:Sheet!D7` in every format.
  std::string sheet;
  bool operator==(const Diagnostic&) const = default;
};

// "Sheet!D7" for a diagnostic in a workbook, "Sheet" when it has no cell;
// empty otherwise.
std::string cell_of(const Diagnostic& d);
// Where, as people read it: "file:line:column", "book.xlsx:Sheet!D7", "file".
std::string place_of(const Diagnostic& d);

// Its members (util/fields.h), for the check cache.
template <class V, util::TypeOrConst<Diagnostic> S>
void fields(V& v, S& x) {
  v.internal(x.file);
  v.internal(x.pos);
  v.internal(x.severity);
  v.internal(x.code);
  v.internal(x.message);
  v.internal(x.hint);
  v.internal(x.excerpt);
  v.internal(x.excerpt_column);
  v.internal(x.about_figures);
  v.internal(x.sheet);
}

std::string_view severity_name(Severity s);  // "error", "warning", "note" (never translated)

class Diagnostics {
 public:
  explicit Diagnostics(i18n::Lang lang) : lang_(lang) {}
  i18n::Lang lang() const { return lang_; }

  // Adds a diagnostic whose severity is the catalog's for `code`.
  Diagnostic& add(std::string_view code, const std::string& file, util::Pos pos, std::string message,
                  std::string hint = {});
  // A later rule that knows better what a reported mistake is (a department's
  // name where its id belongs) gives the diagnostic at `pos` its hint.
  void refine_hint(const std::string& file, util::Pos pos, std::string hint);

  template <class... Args>
  std::string tr(std::string_view id, Args&&... args) const {
    return i18n::tr(lang_, id, std::forward<Args>(args)...);
  }

  // Moves `more`'s diagnostics after these (a rule that ran in stretches
  // joins them in order).
  void append(Diagnostics&& more);

  std::vector<Diagnostic>& items() { return items_; }
  const std::vector<Diagnostic>& items() const { return items_; }

 private:
  i18n::Lang lang_;
  std::vector<Diagnostic> items_;
};

// At most `max` diagnostics of one code in one file are listed; the rest are
// counted, and summarize() adds one file-level diagnostic per (file, code)
// saying how many more there were (diag.more-like-this), with the hint of the
// last one listed. A million rows with the same mistake must not take a
// million diagnostics' memory: the file checker and the rules over all the
// figures go through one of these.
class DiagnosticCap {
 public:
  explicit DiagnosticCap(size_t max) : max_(max) {}
  // Whether one more diagnostic of `code` in `file` is to be listed.
  bool take(const std::string& file, std::string_view code, const std::string& hint);
  // Counts `n` more of `code` in `file` that are not listed, after the listed
  // ones were taken (a rule that chose those itself).
  void pass_over(const std::string& file, std::string_view code, size_t n);
  void summarize(Diagnostics& out, bool about_figures = false) const;

 private:
  struct Tally {
    size_t count = 0;
    std::string hint;
  };
  size_t max_;
  std::map<std::pair<std::string, std::string>, Tally> tallies_;
};

}  // namespace scip::check
