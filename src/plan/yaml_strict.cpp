// plan/yaml_strict — see yaml_strict.h.
//
// One pass, one line at a time. The state carried from line to line is what
// can span lines: the block entries still open (the columns of their keys and
// dashes: a value's later lines must be indented more than the innermost),
// the depth of an open flow collection, an open quoted scalar, an open block
// scalar. Within a line the scanner only looks at what the rules above need:
// it does not build anything.
#include "plan/yaml_strict.h"

#include <string>
#include <vector>

namespace scip::plan {

namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }
bool flow_indicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

class Scanner {
 public:
  Scanner(std::string_view text, const util::LineIndex& index) : t_(text), index_(index) {}

  std::optional<StrictProblem> run() {
    size_t start = 0;
    while (start <= t_.size() && !problem_) {
      size_t end = t_.find('\n', start);
      if (end == std::string_view::npos) end = t_.size();
      size_t line_end = end > start && t_[end - 1] == '\r' ? end - 1 : end;
      line(start, line_end);
      if (end == t_.size()) break;
      start = end + 1;
    }
    if (!problem_ && directive_pending_) fail(directive_at_, "yaml.strict.directive-without-document");
    return problem_;
  }

 private:
  void fail(size_t at, std::string_view id) {
    if (!problem_) problem_ = StrictProblem{index_.at_offset(at), id};
  }
  // A separator after an indicator: a space, a tab or the end of the line.
  bool sep(size_t q) const { return q >= le_ || blank(t_[q]); }
  size_t skip_blanks(size_t q) const {
    while (q < le_ && blank(t_[q])) ++q;
    return q;
  }
  int owner() const { return owners_.empty() ? -1 : owners_.back(); }
  void open_entry(int col) {
    while (!owners_.empty() && owners_.back() >= col) owners_.pop_back();
    owners_.push_back(col);
  }
  bool marker(size_t ls, std::string_view m) const {
    return le_ - ls >= 3 && t_.substr(ls, 3) == m && sep(ls + 3);
  }

  void line(size_t ls, size_t le) {
    le_ = le;
    int indent = 0;
    while (ls + static_cast<size_t>(indent) < le && t_[ls + static_cast<size_t>(indent)] == ' ') ++indent;
    size_t content = skip_blanks(ls);
    bool empty = content == le;
    if (block_scalar_ && block_line(ls, indent, empty)) return;
    if (quote_ || flow_ > 0) {  // a line inside a quoted scalar or a flow collection
      if (!empty && owner() >= 0 && indent <= owner()) fail(content, "yaml.strict.under-indented");
      inline_part(content);
      return;
    }
    if (empty || t_[content] == '#') return;
    if (marker(ls, "---")) {
      owners_.clear();
      directive_pending_ = false;
      in_document_ = true;
      inline_part(skip_blanks(ls + 3));
      return;
    }
    if (marker(ls, "...")) {
      if (directive_pending_) fail(directive_at_, "yaml.strict.directive-without-document");
      owners_.clear();
      in_document_ = false;
      return;
    }
    if (indent == 0 && t_[ls] == '%' && !in_document_) {
      directive_pending_ = true;
      directive_at_ = ls;
      return;
    }
    in_document_ = true;
    block_line_start(ls, indent, content);
  }

  // A line in block context: its entries (`- `, `? `, `: `, `key: `), then
  // its value; a line that opens no entry continues the innermost one's value
  // and must be indented more than it.
  void block_line_start(size_t ls, int indent, size_t p) {
    bool entry = false;
    while (p < le_ && (t_[p] == '-' || t_[p] == '?' || t_[p] == ':') && sep(p + 1)) {
      open_entry(static_cast<int>(p - ls));
      entry = true;
      p = skip_blanks(p + 1);
    }
    if (p >= le_ || t_[p] == '#') return;
    if (auto after = implicit_key(p)) {
      open_entry(static_cast<int>(p - ls));
      p = *after;
    } else if (!entry && indent <= owner()) {
      fail(p, "yaml.strict.under-indented");
      return;
    }
    inline_part(p);
  }

  // Where the value starts if the line has `key:` at p, else nothing.
  std::optional<size_t> implicit_key(size_t q) const {
    while (q < le_ && (t_[q] == '&' || t_[q] == '!')) {  // anchor, tag
      while (q < le_ && !blank(t_[q])) ++q;
      q = skip_blanks(q);
    }
    if (q >= le_) return std::nullopt;
    char c = t_[q];
    if (c == '"' || c == '\'') {
      for (++q; q < le_ && t_[q] != c; ++q)
        if (c == '"' && t_[q] == '\\') ++q;
      if (q >= le_) return std::nullopt;
      q = skip_blanks(q + 1);
      if (q < le_ && t_[q] == ':' && sep(q + 1)) return q + 1;
      return std::nullopt;
    }
    if (c == '[' || c == '{') {
      int depth = 0;
      for (; q < le_; ++q) {
        if (t_[q] == '[' || t_[q] == '{') ++depth;
        if ((t_[q] == ']' || t_[q] == '}') && --depth == 0) break;
      }
      if (q >= le_) return std::nullopt;
      q = skip_blanks(q + 1);
      if (q < le_ && t_[q] == ':' && sep(q + 1)) return q + 1;
      return std::nullopt;
    }
    for (size_t s = q; q < le_; ++q) {
      if (t_[q] == ':' && sep(q + 1)) return q + 1;
      if (t_[q] == '#' && q > s && blank(t_[q - 1])) return std::nullopt;
    }
    return std::nullopt;
  }

  // A line of an open block scalar: true when the line belongs to it.
  bool block_line(size_t ls, int indent, bool empty) {
    if (empty) {
      if (!block_text_seen_ && indent > leading_spaces_) {
        leading_spaces_ = indent;
        leading_at_ = ls;
      }
      return true;
    }
    if (indent > block_owner_ && !(indent == 0 && (marker(ls, "---") || marker(ls, "...")))) {
      if (!block_text_seen_ && block_auto_ && leading_spaces_ > indent)
        fail(leading_at_ + static_cast<size_t>(indent), "yaml.strict.block-leading-spaces");
      block_text_seen_ = true;
      return true;
    }
    block_scalar_ = false;
    return false;
  }

  // The rest of a line from p: scalars, flow collections, comments.
  void inline_part(size_t p) {
    while (p < le_ && !problem_) {
      if (quote_) {
        p = quoted(p);
        if (!quote_ && p < le_ && t_[p] == '#') fail(p, "yaml.strict.comment-needs-space");
        continue;
      }
      char c = t_[p];
      if (blank(c)) {
        ++p;
      } else if (c == '#') {
        return;  // a comment: every way here passed a blank or a checked indicator
      } else if (c == '"' || c == '\'') {
        quote_ = c;
        expect_entry_ = false;
        ++p;
      } else if (c == '&' || c == '!' || c == '*') {  // anchor, tag, alias
        while (p < le_ && !blank(t_[p]) && !(flow_ > 0 && flow_indicator(t_[p]))) ++p;
        expect_entry_ = false;
      } else if (flow_ > 0) {
        p = flow_token(p);
      } else if (c == '[' || c == '{') {
        flow_ = 1;
        expect_entry_ = true;
        ++p;
      } else if (c == '|' || c == '>') {
        block_header(p);
        return;
      } else {
        return;  // a plain scalar: the rest of the line
      }
    }
  }

  size_t flow_token(size_t p) {
    char c = t_[p];
    if (c == ',') {
      if (expect_entry_) fail(p, "yaml.strict.flow-empty-entry");
      expect_entry_ = true;
      return after_indicator(p + 1);
    }
    if (c == ']' || c == '}') {
      --flow_;
      expect_entry_ = false;
      return after_indicator(p + 1);
    }
    if (c == '[' || c == '{') {
      ++flow_;
      expect_entry_ = true;
      return p + 1;
    }
    if ((c == '?' || c == ':') && (sep(p + 1) || flow_indicator(t_[p + 1]))) {
      expect_entry_ = false;
      return p + 1;
    }
    if (c == '-' && expect_entry_ && (sep(p + 1) || flow_indicator(t_[p + 1]))) {
      fail(p, "yaml.strict.flow-dash");
      return le_;
    }
    expect_entry_ = false;  // a plain scalar, up to a flow indicator, `: ` or ` #`
    for (; p < le_; ++p) {
      char d = t_[p];
      if (flow_indicator(d)) break;
      if (d == ':' && (sep(p + 1) || flow_indicator(t_[p + 1]))) break;
      if (d == '#' && blank(t_[p - 1])) break;
    }
    return p;
  }

  // After `,`, `]` or `}`, a `#` must be apart.
  size_t after_indicator(size_t p) {
    if (p < le_ && t_[p] == '#') fail(p, "yaml.strict.comment-needs-space");
    return p;
  }

  // Inside a quoted scalar from p: where it closes on this line, or the end
  // of the line (the scalar goes on).
  size_t quoted(size_t p) {
    static constexpr std::string_view kEscapes = "0abt\tnvfre \"/\\N_LPxuU";
    for (; p < le_; ++p) {
      if (quote_ == '"' && t_[p] == '\\') {
        if (p + 1 < le_ && kEscapes.find(t_[p + 1]) == std::string_view::npos) fail(p, "yaml.strict.bad-escape");
        ++p;
        continue;
      }
      if (t_[p] != quote_) continue;
      if (quote_ == '\'' && p + 1 < le_ && t_[p + 1] == '\'') {
        ++p;
        continue;
      }
      quote_ = 0;
      return p + 1;
    }
    return le_;
  }

  // `|` or `>`, its indicators, then a separated comment or nothing.
  void block_header(size_t p) {
    size_t q = p + 1;
    bool explicit_indent = false;
    for (; q < le_ && ((t_[q] >= '1' && t_[q] <= '9') || t_[q] == '+' || t_[q] == '-'); ++q)
      explicit_indent = explicit_indent || (t_[q] >= '1' && t_[q] <= '9');
    if (q < le_ && t_[q] == '#') fail(q, "yaml.strict.comment-needs-space");
    block_scalar_ = true;
    block_auto_ = !explicit_indent;
    block_owner_ = owner();
    block_text_seen_ = false;
    leading_spaces_ = -1;
  }

  std::string_view t_;
  const util::LineIndex& index_;
  size_t le_ = 0;  // end of the current line (before \r\n)
  std::vector<int> owners_;
  int flow_ = 0;
  bool expect_entry_ = false;  // in a flow collection, just after `[`, `{` or `,`
  char quote_ = 0;
  bool block_scalar_ = false, block_auto_ = true, block_text_seen_ = false;
  int block_owner_ = -1, leading_spaces_ = -1;
  size_t leading_at_ = 0;
  bool in_document_ = false, directive_pending_ = false;
  size_t directive_at_ = 0;
  std::optional<StrictProblem> problem_;
};

}  // namespace

std::optional<StrictProblem> strict_yaml_problem(std::string_view text, const util::LineIndex& index) {
  return Scanner(text, index).run();
}

}  // namespace scip::plan
