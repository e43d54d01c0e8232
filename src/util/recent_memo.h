// util/recent_memo — what a function gave for the last few distinct texts.
//
// A submission names the same region and indicator row after row, and cycles
// through a handful of periods; resolving a name (fold, hash, look up) or
// parsing a period is most of the work of reading such a cell. `RecentMemo`
// keeps the results for the last `N` distinct texts and computes a text it
// has not kept: with N small, a miss costs N short comparisons, and the memo's
// memory is bounded whatever the input. The function must depend on the text
// alone (a caller whose function depends on more clears the memo when that
// changes).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace scip::util {

template <class Value, size_t N>
class RecentMemo {
  static_assert(N > 0);

 public:
  // The value for `text`: kept, or `compute(text)` kept in place of the
  // oldest entry.
  template <class Compute>
  const Value& get(std::string_view text, Compute&& compute) {
    for (size_t i = 0; i < used_; ++i)
      if (texts_[i] == text) return values_[i];
    // Computed before anything changes: if `compute` (or the copy of the
    // text) throws, the memo holds what it held, and no text is left paired
    // with another's value.
    Value value = compute(text);
    size_t slot = used_ < N ? used_ : next_;
    texts_[slot].assign(text);
    values_[slot] = std::move(value);
    if (used_ < N) ++used_;
    next_ = (slot + 1) % N;
    return values_[slot];
  }

  void clear() { used_ = next_ = 0; }

 private:
  std::array<std::string, N> texts_;
  std::array<Value, N> values_;
  size_t used_ = 0, next_ = 0;  // entries in use; the one to replace next once full
};

}  // namespace scip::util
