// util/line_index — see line_index.h.
#include "util/line_index.h"

#include <algorithm>

#include "util/text.h"

namespace scip::util {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(i + 1);
}

Pos LineIndex::at_offset(size_t off) const {
  if (off > text_.size()) off = text_.size();
  auto it = std::upper_bound(starts_.begin(), starts_.end(), off);
  size_t line = static_cast<size_t>(it - starts_.begin());  // 1-based
  size_t start = starts_[line - 1];
  return Pos{static_cast<int>(line), static_cast<int>(codepoint_count(text_.substr(start, off - start))) + 1};
}

std::string_view LineIndex::line_text(int line) const {
  if (line < 1 || static_cast<size_t>(line) > starts_.size()) return {};
  size_t start = starts_[line - 1];
  size_t end = static_cast<size_t>(line) < starts_.size() ? starts_[line] : text_.size();
  std::string_view s = text_.substr(start, end - start);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace scip::util
