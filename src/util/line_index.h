// util/line_index — positions in a text as people count them.
//
// Every diagnostic names a 1-based line and a 1-based column counted in code
// points (a Chinese character is one column, as editors count; yaml-cpp and
// the CSV reader count bytes from 0). Pos is that pair; LineIndex turns a
// byte offset of a whole text into one and hands back a line's text for the
// excerpt under a diagnostic. YAML plans and CSV submissions both use it.
#pragma once

#include <string_view>
#include <vector>

#include "util/fields.h"

namespace scip::util {

struct Pos {
  int line = 0;    // 1-based; 0 = unknown
  int column = 0;  // 1-based, in code points
  bool known() const { return line > 0; }
  bool operator==(const Pos&) const = default;
};

template <class V, TypeOrConst<Pos> S>
void fields(V& v, S& x) {
  v.internal(x.line);
  v.internal(x.column);
}

// Converts a byte offset in `text` into a 1-based line/column position.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Pos at_offset(size_t byte_offset) const;
  std::string_view line_text(int line) const;  // without the line end
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

}  // namespace scip::util
